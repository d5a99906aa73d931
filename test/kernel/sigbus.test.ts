/**
 * SIGBUS past the end of a mapped file, as Linux does it: a page of a file mapping wholly past the
 * file's end is not mapped (no zero page); the access kills the process with SIGBUS, reported as
 * SIGSEGV is (one line, status 128 + 7 = 135, `wait` status for a parent: test/c/sigbus.c against
 * qemu-riscv32, test/fixtures/c/sigbus.json). The bytes of the last page past the end read as
 * zeros, and a write there stays in memory: the file keeps its size.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vmlabIn } from '../cli/vmlab.js';

const HUNDRED = '0123456789'.repeat(10);

/**
 * Maps the 100-byte small.bin shared over two pages at 0x10000000 (MAP_FIXED), reads offsets
 * 50 and 4095, writes 'X' at 200 and reads it back, msyncs, asks lseek for the file's size, and
 * writes those four bytes ('0', 0, 'X', 100 = 'd') on stdout. Then it reads offset 4096.
 */
const PROGRAM = `
  .globl _start
_start:
  li a0, -100               # openat(AT_FDCWD, "small.bin", O_RDWR)
  la a1, path
  li a2, 2
  li a3, 0
  li a7, 56
  ecall
  mv s1, a0
  li a0, 0x10000000         # mmap2(0x10000000, 8192, rw, MAP_SHARED | MAP_FIXED, fd, 0)
  li a1, 8192
  li a2, 3
  li a3, 0x11
  mv a4, s1
  li a5, 0
  li a7, 222
  ecall
  mv s0, a0
  la s2, out
  lbu t0, 50(s0)
  sb t0, 0(s2)
  li t1, 4095
  add t1, t1, s0
  lbu t0, 0(t1)
  sb t0, 1(s2)
  li t0, 'X'
  sb t0, 200(s0)
  lbu t0, 200(s0)
  sb t0, 2(s2)
  mv a0, s0                 # msync(map, 8192, MS_SYNC)
  li a1, 8192
  li a2, 4
  li a7, 227
  ecall
  mv a0, s1                 # _llseek(fd, 0, 0, &size, SEEK_END)
  li a1, 0
  li a2, 0
  la a3, size
  li a4, 2
  li a7, 62
  ecall
  lw t0, size
  sb t0, 3(s2)
  li a0, 1                  # write(1, out, 4)
  mv a1, s2
  li a2, 4
  li a7, 64
  ecall
  li t1, 4096
  add t1, t1, s0
  lbu t0, 0(t1)             # SIGBUS
  li a0, 0
  li a7, 93
  ecall
  .data
path: .asciz "small.bin"
out: .space 4
  .balign 8
size: .space 8
`;

describe('a shared file mapping past the end of its 100-byte file', () => {
  it('reads the file and zeros in the last page, keeps a write there in memory, and kills the process with SIGBUS on the next page', () => {
    const root = mkdtempSync(join(tmpdir(), 'vmlab-sigbus-'));
    writeFileSync(join(root, 'small.bin'), HUNDRED);
    writeFileSync(join(root, 'p.s'), PROGRAM);
    const json = join(root, 'stats.json');
    const r = vmlabIn(root, ['run', 'p.s', '--root', '.', '--write-through', '--check', '--stats', '--stats-json', json]);
    expect(r.status).toBe(135);
    expect(Buffer.from(r.stdout, 'latin1')).toEqual(Buffer.from(['0'.charCodeAt(0), 0, 'X'.charCodeAt(0), 100]));
    const stats = JSON.parse(readFileSync(json, 'utf8'));
    const pc = stats.processes[0].exit.report.match(/\(pc (0x[0-9a-f]{8})\)$/)[1];
    expect(r.stderr.split('\n')[0]).toBe(
      `vmlab: p.s: SIGBUS: load at 0x10001000: past the end of the file in /small.bin [0x10000000-0x10002000 rw-] (pc ${pc})`);
    expect(stats.exit).toEqual({
      status: 135, end: 'signal',
      report: `SIGBUS: load at 0x10001000: past the end of the file in /small.bin [0x10000000-0x10002000 rw-] (pc ${pc})`,
    });
    expect(stats.processes[0].exit.signal).toBe('SIGBUS');
    // The file's page was read once (a major fault); the SIGBUS is no fault of any kind (as Linux counts).
    expect(stats.vmas.find((v: { name: string }) => v.name === '/small.bin').faults).toEqual({ minor: 0, major: 1, protection: 0, evictions: 0 });
    // The write at offset 200 stayed in memory: the file on the host has its 100 bytes.
    expect(readFileSync(join(root, 'small.bin'), 'utf8')).toBe(HUNDRED);
  });

  it('its fault event answers sigbus (counted as no kind), and --dump-at that fault names SIGBUS', () => {
    const root = mkdtempSync(join(tmpdir(), 'vmlab-sigbus-'));
    writeFileSync(join(root, 'small.bin'), HUNDRED);
    writeFileSync(join(root, 'p.s'), PROGRAM);
    const r = vmlabIn(root, ['run', 'p.s', '--root', '.', '--trace', 'trace.jsonl', '--trace-what', 'faults']);
    expect(r.status).toBe(135);
    const faults = readFileSync(join(root, 'trace.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l)).filter((e) => e.type === 'fault');
    const last = faults[faults.length - 1];
    expect({ va: last.va, access: last.access, area: last.area, kind: last.kind, result: last.result })
      .toEqual({ va: 0x10001000, access: 'load', area: '/small.bin', kind: 'none', result: 'sigbus' });
    const dump = vmlabIn(root, ['run', 'p.s', '--root', '.', '--dump', 'areas', '--dump-at', `fault:${faults.length}`, '--dump-file', 'dump.txt']);
    expect(dump.status).toBe(135);
    expect(readFileSync(join(root, 'dump.txt'), 'utf8')).toContain(`page fault ${faults.length} (pid 1, load at 0x10001000, SIGBUS)`);
  });

  it('a plug-in handler asking the page cache for a page past the end is stopped: one line, status 70', () => {
    const root = mkdtempSync(join(tmpdir(), 'vmlab-sigbus-'));
    writeFileSync(join(root, 'small.bin'), HUNDRED);
    writeFileSync(join(root, 'p.s'), PROGRAM);
    writeFileSync(join(root, 'h.js'), `export default (f, k) => {
  if (f.area && f.area.name === '/small.bin') k.releaseFrame(k.filePage(f.page).frame);
  return k.builtIn();
};`);
    const r = vmlabIn(root, ['run', 'p.s', '--root', '.', '--fault-handler', 'h.js']);
    expect(r.status).toBe(70);
    expect(r.stderr).toBe("vmlab: p.s: stopped: fault handler 'h.js': the kernel refused filePage of 0x10001000, which is past the end of the file (fileEnd)\n");
  });

  it('a page the policy wants mapped around a fault is skipped when it is past the end: the access to it gets SIGBUS', () => {
    const root = mkdtempSync(join(tmpdir(), 'vmlab-sigbus-'));
    writeFileSync(join(root, 'small.bin'), HUNDRED);
    writeFileSync(join(root, 'p.s'), PROGRAM);
    writeFileSync(join(root, 'next.js'), 'export default { name: "next", chooseVictim: (pages) => pages[0], faultAround: (f) => [f.va + 4096] };');
    const r = vmlabIn(root, ['run', 'p.s', '--root', '.', '--policy', 'next.js', '--check', '--stats']);
    expect(r.status).toBe(135);
    expect(r.stderr.split('\n')[0]).toMatch(/^vmlab: p\.s: SIGBUS: load at 0x10001000: past the end of the file in \/small\.bin \[0x10000000-0x10002000 rw-\] \(pc 0x[0-9a-f]{8}\)$/);
  });
});
