/**
 * Determinism inside one host process: a run's statistics do not depend on the runs before it
 * (tests, sweep workers and the bench run many kernels in one process). The disk places a file's
 * pages by its inode number, so the numbers of inodes outside the tree (an executable given as
 * bytes, shared anonymous memory) are counted per kernel.
 */
import { describe, expect, it } from 'vitest';
import { collectStats } from '../../src/stats/report.js';
import { runAsm } from './harness.js';

/**
 * Maps 24 pages of shared anonymous memory, writes each page's number into it, then reads them
 * back and exits with their sum (276) & 255 = 20. In 64 KiB of RAM the pages go to the disk and
 * come back: shared anonymous memory is written to the disk at its inode's blocks.
 */
const SHARED_ANON_SWEEP = `
  li a0, 0
  li a1, 24 * 4096
  li a2, 3          # PROT_READ | PROT_WRITE
  li a3, 0x21       # MAP_SHARED | MAP_ANONYMOUS
  li a4, -1
  li a5, 0
  li a7, 222        # mmap2
  ecall
  mv s0, a0
  li t0, 0
  li t1, 24
  li t3, 4096
write:
  mul t2, t0, t3
  add t2, t2, s0
  sw t0, 0(t2)
  addi t0, t0, 1
  blt t0, t1, write
  li t0, 0
  li a0, 0
read:
  mul t2, t0, t3
  add t2, t2, s0
  lw t4, 0(t2)
  add a0, a0, t4
  addi t0, t0, 1
  blt t0, t1, read
  andi a0, a0, 255
  li a7, 93
  ecall
`;

describe('two runs of one program in one process', () => {
  it('give the same statistics under --disk hdd, cycles included (inode numbers are per kernel)', () => {
    const stats = (): ReturnType<typeof collectStats> => {
      const run = runAsm(SHARED_ANON_SWEEP, { disk: 'hdd', ramBytes: 64 * 1024 });
      return { ...collectStats('t.s', run.machine, run.kernel, run.result, 0), host: { seconds: 0, mips: 0 } };
    };
    const first = stats(), second = stats();
    expect(first.exit).toEqual({ status: 20, end: 'exit', report: null });
    // The executable's page is read from the disk (1 major fault); the 24 shared pages are written
    // to it (evicted: dirty file pages) and read back (24 major faults).
    expect([first.faults.major, first.disk.reads, first.disk.writes, first.reclaim.dirtyFileEvictions]).toEqual([25, 25, 25, 24]);
    expect(first.cycles).toBe(257_861_541);
    expect(second).toEqual(first);
  });
});
