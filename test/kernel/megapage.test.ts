/**
 * User megapages (examples/megapage-handler.ts): 4 MiB of anonymous memory mapped by one level-1
 * PTE, split into 1,024 ordinary pages when part of it must change (munmap, mprotect, fork's
 * copy-on-write) or when reclaim finds nothing else to evict. Every run here is under the
 * invariant checker (after every kernel entry), so the frame and table accounting of each step
 * is checked too.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runAsm, EXIT } from './harness.js';
import { loadFaultHandlerPlugin } from '../../src/kernel/fault-plugin.js';
import type { FaultHandler } from '../../src/kernel/faultapi.js';
import { collectStats } from '../../src/stats/report.js';

let megapage: { handle: FaultHandler; name: string };
beforeAll(async () => {
  megapage = await loadFaultHandlerPlugin('examples/megapage-handler.ts');
});

/** mmap(BASE, BYTES, PROT, private anonymous fixed); a0 == BASE or it exits 1. */
const mmap = (base: string, bytes: string, prot = 3): string => `
  li a0, ${base}
  li a1, ${bytes}
  li a2, ${prot}
  li a3, 0x32
  li a4, -1
  li a5, 0
  li a7, 222
  ecall
  li t0, ${base}
  bne a0, t0, broken`;

const BROKEN = `
broken:
  li a0, 1${EXIT}`;

describe('megapages', () => {
  it('munmap and mprotect of one page split its megapage; fork splits the others and copies on write per page', () => {
    const source = `
  .equ BASE, 0x10000000
  .equ PAGES, 3072
  .globl _start
_start:${mmap('BASE', 'PAGES * 4096')}
  li t1, 0                  # page i holds i
  li t2, PAGES
  li t3, 4096
1:
  sw t1, 0(t0)
  add t0, t0, t3
  addi t1, t1, 1
  blt t1, t2, 1b
  li a0, BASE + 0x402000    # munmap page 1026 (in the second megapage)
  li a1, 4096
  li a7, 215
  ecall
  bnez a0, broken
  li a0, BASE + 0x404000    # page 1028 read-only
  li a1, 4096
  li a2, 1
  li a7, 226
  ecall
  bnez a0, broken
  li a0, 17                 # fork
  li a1, 0
  li a7, 220
  ecall
  bltz a0, broken
  beqz a0, child
  mv s2, a0
  li a0, 1                  # waitid(P_PID, pid, &info, WEXITED)
  mv a1, s2
  la a2, info
  li a3, 4
  li a4, 0
  li a7, 95
  ecall
  bnez a0, broken
  la t0, info
  lw t1, 20(t0)
  bnez t1, broken           # the child exited 0
  li t0, BASE               # every page but the unmapped one still holds its index
  li t1, 0
  li t2, PAGES
  li t3, 4096
  li t4, 1026
2:
  beq t1, t4, 3f
  lw t5, 0(t0)
  bne t5, t1, broken
3:
  add t0, t0, t3
  addi t1, t1, 1
  blt t1, t2, 2b
  li a0, 0${EXIT}
child:                      # pages 0-63: page i becomes i + 1 (a copy each), read back
  li t0, BASE
  li t1, 0
  li t2, 64
  li t3, 4096
4:
  addi t5, t1, 1
  sw t5, 0(t0)
  lw t6, 0(t0)
  bne t6, t5, broken
  add t0, t0, t3
  addi t1, t1, 1
  blt t1, t2, 4b
  li a0, 0${EXIT}${BROKEN}
  .bss
info: .space 128
`;
    const run = runAsm(source, { ramBytes: 16 * 1024 * 1024 }, ['t'], 10_000_000, { faultHandler: megapage });
    expect(run.result).toMatchObject({ status: 0, end: 'exit' });
    expect(run.kernel.memory.megapages).toEqual({ mapped: 3, split: 3 });
    expect(collectStats('t', run.machine, run.kernel, run.result, 0).megapages).toEqual({ mapped: 3, split: 3, freed: 0 });
    expect(run.kernel.process.faults).toMatchObject({ minor: 5, cow: 0 }); // 3 megapages, the stack, the page of info
    const child = run.kernel.history[1];
    expect({ cow: child.faults.cow, copies: child.cowCopies }).toEqual({ cow: 64, copies: 64 });
    expect(run.kernel.pageTables.deposits.size).toBe(0);
    expect(run.kernel.frames.used).toBe(run.kernel.pageCache.size); // everything freed at exit but the cache
  });

  it('a process that exits with its megapages frees their frames and the tables set aside', () => {
    const source = `${mmap('0x10000000', '0x800000')}
  li t1, 4096
  li t2, 2048
1:
  sw t2, 0(t0)
  add t0, t0, t1
  addi t2, t2, -1
  bnez t2, 1b
  li a0, 0${EXIT}${BROKEN}`;
    const run = runAsm(source, { ramBytes: 16 * 1024 * 1024 }, ['t'], 10_000_000, { faultHandler: megapage });
    expect(run.result).toMatchObject({ status: 0, end: 'exit' });
    expect(run.kernel.memory.megapages).toEqual({ mapped: 2, split: 0 });
    expect(collectStats('t', run.machine, run.kernel, run.result, 0).megapages).toEqual({ mapped: 2, split: 0, freed: 2 });
    expect(run.machine.dtlb.misses).toBeLessThan(10);
    expect(run.kernel.frames.used).toBe(run.kernel.pageCache.size);
  });

  it('with no aligned 4 MiB free, the handler falls back to pages; reclaim splits a megapage when nothing else can go', () => {
    // 8 MiB of RAM: one megapage fits. No swap: the dirty pages of the second area cannot be
    // evicted, so reclaim splits the megapage (only read: clean) and drops its pages.
    const source = `
  .equ A, 0x10000000
  .equ B, 0x10400000
  .globl _start
_start:${mmap('A', '0x400000', 1)}
  li t1, 4096               # read every page of A: a megapage, clean
  li t2, 1024
1:
  lw t3, 0(t0)
  bnez t3, broken
  add t0, t0, t1
  addi t2, t2, -1
  bnez t2, 1b${mmap('B', '0x400000')}
  li t1, 4096               # write every page of B: no aligned 4 MiB left, pages
  li t2, 1024
2:
  sw t2, 0(t0)
  add t0, t0, t1
  addi t2, t2, -1
  bnez t2, 2b
  li t0, A                  # A reads as zeros again
  li t1, 4096
  li t2, 1024
3:
  lw t3, 0(t0)
  bnez t3, broken
  add t0, t0, t1
  addi t2, t2, -1
  bnez t2, 3b
  li a0, 0${EXIT}${BROKEN}`;
    const run = runAsm(source, { ramBytes: 8 * 1024 * 1024 }, ['t'], 10_000_000, { faultHandler: megapage, swapBytes: 0 });
    expect(run.result).toMatchObject({ status: 0, end: 'exit' });
    expect(run.kernel.memory.megapages).toEqual({ mapped: 1, split: 1 });
    expect(collectStats('t', run.machine, run.kernel, run.result, 0).megapages).toEqual({ mapped: 1, split: 1, freed: 0 });
    const { evictions, swapOuts, cleanDrops } = run.kernel.reclaimer.stats;
    // Every page evicted was dropped without a write: 1,031 of the split megapage's, and the text page.
    expect({ evictions, swapOuts, cleanDrops }).toEqual({ evictions: 1032, swapOuts: 0, cleanDrops: 1031 });
  });

  it('count 1,024 pages each in getrusage\'s ru_maxrss, page by page once split', () => {
    const run = runAsm(`
  .equ BASE, 0x10000000
  .globl _start
_start:
  la t0, ru                 # .bss's page first
  sw zero, 0(t0)${mmap('BASE', '2 * 1024 * 4096 + 8 * 4096')}
  li t0, BASE               # one store in each megapage
  sw t0, 0(t0)
  li t1, 0x400000
  add t0, t0, t1
  sw t0, 0(t0)
  li a0, BASE + 0x1000      # munmap a page of the first: it is split, 2,047 pages left
  li a1, 4096
  li a7, 215
  ecall
  bnez a0, broken
  li t0, BASE + 0x800000    # 5 pages more after them
  li t1, 5
  li t2, 4096
1:sw t0, 0(t0)
  add t0, t0, t2
  addi t1, t1, -1
  bnez t1, 1b
  li a0, 0                  # getrusage(RUSAGE_SELF, ru), written out
  la a1, ru
  li a7, 165
  ecall
  li a0, 1
  la a1, ru
  li a2, 72
  li a7, 64
  ecall
  li a0, 0${EXIT}${BROKEN}
  .bss
ru: .space 72
`, {}, ['t'], 10_000_000, { faultHandler: megapage });
    expect(run.result.status).toBe(0);
    // .text, .bss and the stack's page, and at most 2,047 + 5 pages of the mapping (before: 2,048).
    expect(run.stdoutBytes.readInt32LE(16)).toBe((3 + 2047 + 5) * 4);
  });
});
