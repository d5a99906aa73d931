/** Inputs vmlab must refuse in one line: devices, FIFOs, huge files, ELF files broken by the fuzzer. */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vmlab, vmlabIn } from './vmlab.js';

const dir = mkdtempSync(join(tmpdir(), 'vmlab-inputs-'));

/** fuzz/corpus/elf/hello-vmlab.elf with the 32-bit little-endian `value` at `offset`, as a file in `dir`. */
function patchedHello(name: string, patches: [offset: number, value: number, size?: 2 | 4][]): string {
  const bytes = Uint8Array.from(readFileSync('fuzz/corpus/elf/hello-vmlab.elf'));
  const view = new DataView(bytes.buffer);
  for (const [offset, value, size] of patches) {
    if (size === 2) view.setUint16(offset, value, true);
    else view.setUint32(offset, value, true);
  }
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const header = new DataView(readFileSync('fuzz/corpus/elf/hello-vmlab.elf').buffer);
const shoff = header.getUint32(32, true);
const shstrndx = header.getUint16(50, true);

describe('inputs vmlab refuses', () => {
  it('a device, before reading it (vmlab run /dev/zero used to read forever)', () => {
    for (const command of ['run', 'disasm', 'asm']) {
      expect(vmlab(command, '/dev/zero')).toEqual({ stdout: '', stderr: "vmlab: cannot read '/dev/zero': not a regular file\n", status: 1 });
    }
  });

  it('a FIFO, without waiting for a writer', () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    expect(vmlab('run', fifo)).toEqual({ stdout: '', stderr: `vmlab: cannot read '${fifo}': not a regular file\n`, status: 1 });
  });

  it('a file over 256 MiB (a sparse one: no disk space used)', () => {
    const big = join(dir, 'big.elf');
    writeFileSync(big, '');
    truncateSync(big, 300 * 1024 * 1024);
    expect(vmlab('disasm', big)).toEqual({
      stdout: '', stderr: `vmlab: cannot read '${big}': too large (314,572,800 bytes; at most 256 MiB)\n`, status: 1,
    });
  });

  it('an executable whose .shstrtab is NOBITS (it spun for 70 s), in run and in disasm', () => {
    const bad = patchedHello('nobits.elf', [[shoff + shstrndx * 40 + 4, 8]]);
    const message = `bad ELF file: the section name table (section ${shstrndx}) has no bytes in the file`;
    expect(vmlab('run', bad)).toEqual({ stdout: '', stderr: `vmlab: ${bad}: cannot execute: ${message}\n`, status: 126 });
    expect(vmlab('disasm', bad)).toEqual({ stdout: '', stderr: `vmlab: ${bad}: ${message}\n`, status: 1 });
  });

  it('an executable with more program headers than Linux reads (129)', () => {
    const bad = patchedHello('phnum.elf', [[28, 0], [44, 129, 2]]);
    expect(vmlab('run', bad).stderr).toBe(`vmlab: ${bad}: cannot execute: too many program headers (129; at most 128)\n`);
  });
});

describe('vmlab disasm of odd but valid files', () => {
  it('skips a code section without bytes in the file (NOBITS), as objdump does', () => {
    const odd = patchedHello('nobits-text.elf', [[shoff + 1 * 40 + 4, 8]]);
    expect(vmlab('disasm', odd)).toEqual({ stdout: `\n${odd}:     file format elf32-littleriscv\n\n`, stderr: '', status: 0 });
  });
});

describe('option limits', () => {
  it('refuses a swap area over 2 GiB, or of part of a page', () => {
    expect(vmlab('run', '--swap', '100G', 'programs/hello.s')).toEqual({ stdout: '', stderr: "vmlab: bad --swap '100G': must be a multiple of 4 KiB, at most 2 GiB\n", status: 1 });
    expect(vmlab('run', '--swap', '4097', 'programs/hello.s')).toEqual({ stdout: '', stderr: "vmlab: bad --swap '4097': must be a multiple of 4 KiB, at most 2 GiB\n", status: 1 });
  });
});

describe('host memory', () => {
  it('--ram 2G costs vmlab only what the guest touches (hello: far under 512 MiB resident)', () => {
    const script = "const { main } = await import('./dist/src/cli/main.js'); const status = await main(['run', '--ram', '2G', 'programs/hello.s']);" +
      ' process.stderr.write(`${status} ${process.resourceUsage().maxRSS}`);';
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    const [status, maxRssKiB] = r.stderr.trim().split(' ').map(Number);
    expect([r.stdout, status]).toEqual(['Hello from vmlab!\n', 0]);
    expect(maxRssKiB).toBeLessThan(512 * 1024);
  });
});

describe('.include and .incbin', () => {
  it('find a file from the directory vmlab runs in first, as GNU as does, then beside the including file', () => {
    const root = mkdtempSync(join(tmpdir(), 'vmlab-include-'));
    mkdirSync(join(root, 'sub'));
    writeFileSync(join(root, 'sub', 'main.s'), '.globl _start\n_start:\n.include "defs.s"\n.include "only-here.s"\n li a7, 93\n ecall\n');
    writeFileSync(join(root, 'defs.s'), ' li a0, 40\n'); // GNU as takes this one (run from root)
    writeFileSync(join(root, 'sub', 'defs.s'), ' li a0, 1\n');
    writeFileSync(join(root, 'sub', 'only-here.s'), ' addi a0, a0, 2\n');
    expect(vmlabIn(root, ['run', 'sub/main.s'])).toEqual({ stdout: '', stderr: '', status: 42 });
  });
});
