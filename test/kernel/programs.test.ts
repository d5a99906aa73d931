/** The chapter's programs (programs/*.s) and what --stats shows for each. */
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GuestFs } from '../../src/kernel/fs.js';
import { runProgram } from './harness.js';

const poem = 'test/fixtures/files/poem.txt';
const cwd = (writeThrough = false, root = '.'): { fs: GuestFs } => ({ fs: new GuestFs(root, writeThrough) });

describe('programs', () => {
  it('mmapcopy copies a file to stdout byte for byte', () => {
    const r = runProgram('mmapcopy.s', ['README.md'], {}, cwd());
    expect(r.stdout).toBe(readFileSync('README.md', 'utf8'));
    expect(r.result.status).toBe(0);
  });

  it('residency: mincore shows the pages touched, getrusage one minor fault for each', () => {
    const r = runProgram('residency.s', [], {}, cwd());
    expect(r.stdout).toBe('before: 00000000\nafter:  10101010, 4 minor faults more\n');
    expect(r.result.status).toBe(0);
    expect(r.kernel.process.vmas.find((v) => v.name === '[anon]')!.faults.minor).toBe(4);
  });

  it('paging: first touches fault (major from the file, minor for new pages), second touches hit', () => {
    const r = runProgram('paging.s', [], {}, cwd());
    expect(r.stdout).toBe('touched 16 pages twice\n');
    expect(r.kernel.process.faults).toEqual({ minor: 9, major: 9, protection: 0, invalid: 0, cow: 0 });
    expect(r.kernel.process.vmas.find((v) => v.name === '.data+.bss')!.faults).toEqual({ minor: 8, major: 8, protection: 0, evictions: 0 });
  });

  it.each([
    ['write', 'SIGSEGV: store at 0x7f7fd000: [anon] [0x7f7fd000-0x7f7fe000 r--] is not writable (pc 0x00400074)'],
    ['exec', 'SIGSEGV: fetch at 0x00401000: .data [0x00401000-0x00402000 rw-] is not executable (pc 0x00401000)'],
    ['kernel', 'SIGSEGV: load at 0xc0000000: kernel space (supervisor-only) (pc 0x0040008c)'],
  ])('protection %s', (kind, report) => {
    expect(runProgram('protection.s', [kind], {}, cwd()).result).toEqual({ status: 139, end: 'signal', report });
  });

  it('shared-file: the write through the mapping is what read() returns; the host file changes only with write-through', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vmlab-prog-'));
    copyFileSync(poem, join(dir, 'poem.txt'));
    const r = runProgram('shared-file.s', ['poem.txt'], {}, cwd(false, dir));
    expect(r.stdout).toBe('SHAREDge is the unit of transfer\n');
    expect(readFileSync(join(dir, 'poem.txt'), 'utf8')).toBe(readFileSync(poem, 'utf8'));
    runProgram('shared-file.s', ['poem.txt'], {}, cwd(true, dir));
    expect(readFileSync(join(dir, 'poem.txt'), 'utf8').startsWith('SHAREDge')).toBe(true);
  });

  it('cow-private: the write is in the mapping, never in the file; one copy-on-write', () => {
    const r = runProgram('cow-private.s', [poem], {}, cwd());
    expect(r.stdout).toBe('mapping: COPYpage\nfile:    The page\n');
    expect(r.kernel.process.faults.cow).toBe(1);
  });

  it('stack: grows a page at a time, and overflows its limit with a clear report', () => {
    const r = runProgram('stack.s', ['1000'], {}, cwd());
    expect(r.stdout).toBe('depth 1000\n');
    const stack = r.kernel.process.vmas.find((v) => v.name === '[stack]')!;
    expect(stack.faults.minor).toBe((stack.end - stack.start) / 4096);
    expect(stack.end - stack.start).toBeGreaterThan(1000 * 1024);
    const over = runProgram('stack.s', ['100000'], {}, cwd());
    expect(over.result.status).toBe(139);
    expect(over.result.report).toMatch(/^SIGSEGV: store at 0x7f7fe[0-9a-f]{3}: stack overflow: the stack would grow past its limit of 8 MiB/);
  });

  it('locality: column-major order misses the DTLB on most accesses, row-major once a page', () => {
    const row = runProgram('locality.s', ['row'], {}, cwd());
    const col = runProgram('locality.s', ['col'], {}, cwd());
    expect([row.result.status, col.result.status]).toEqual([0, 0]);
    expect(row.machine.dtlb.misses).toBeLessThan(1000);
    expect(col.machine.dtlb.misses).toBeGreaterThan(100 * row.machine.dtlb.misses);
  });
});
