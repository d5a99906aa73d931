/** Memory pressure: eviction by each policy, swap out and in, dirty file pages, out of memory. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GuestFs } from '../../src/kernel/fs.js';
import { KERNEL_POLICIES } from '../../src/kernel/kernel.js';
import { EXIT, runAsm, runProgram } from './harness.js';

const SMALL = { ramBytes: 64 * 1024 }; // 16 frames

/** Write word i to page i of a 40-page array, then sum them back: 0 + 1 + ... + 39 = 780. */
const PATTERN = `la t0, a\n  li t1, 0\n  li t2, 40\n  li t3, 4096
  1: sw t1, 0(t0)\n  add t0, t0, t3\n  addi t1, t1, 1\n  blt t1, t2, 1b
  la t0, a\n  li t1, 0\n  li a0, 0
  2: lw t4, 0(t0)\n  add a0, a0, t4\n  add t0, t0, t3\n  addi t1, t1, 1\n  blt t1, t2, 2b
  li t5, 780\n  sub a0, a0, t5\n  snez a0, a0${EXIT}.bss\na: .space 40 * 4096\n`;

describe('memory pressure', () => {
  it.each(KERNEL_POLICIES)('%s: pages swapped out come back intact', (policy) => {
    const r = runAsm(PATTERN, SMALL, ['t'], 10_000_000, { policy });
    expect(r.result).toEqual({ status: 0, end: 'exit', report: null });
    const stats = r.kernel.reclaimer;
    expect(stats.stats.swapOuts).toBeGreaterThan(20);
    expect(stats.swap.swapIns).toBeGreaterThan(20);
    expect(r.kernel.frames.peakUsed).toBe(16);
    expect(stats.swap.used).toBe(0); // every slot freed at exit
    const bss = r.kernel.process.vmas.find((v) => v.name === '.bss')!;
    expect(bss.faults.evictions).toBeGreaterThan(20); // counted per area too
  });

  it.each(KERNEL_POLICIES)('%s: rv32im-test still passes in 16 frames', (policy) => {
    const r = runProgram('rv32im-test.s', [], SMALL, { policy });
    expect([r.stdout, r.result.status]).toEqual(['rv32im-test: all checks passed\n', 0]);
  });

  it('clock and lru keep the hot pages that fifo throws out', () => {
    const majors = (policy: (typeof KERNEL_POLICIES)[number]): number =>
      runProgram('bss-touch.s', ['50'], SMALL, { policy }).kernel.process.faults.major;
    expect(majors('clock')).toBe(1);
    expect(majors('lru')).toBe(1);
    expect(majors('fifo')).toBeGreaterThan(1);
  });

  it('random is reproducible from the seed', () => {
    const evictions = (seed: number): number[] => {
      const r = runAsm(PATTERN, { ...SMALL, seed }, ['t'], 10_000_000, { policy: 'random' });
      return [r.kernel.reclaimer.stats.evictions, r.kernel.reclaimer.swap.swapIns, r.machine.cpu.cycles];
    };
    expect(evictions(3)).toEqual(evictions(3));
  });

  it('writes a dirty shared file page back when it is evicted, and the file has the write', () => {
    const root = mkdtempSync(join(tmpdir(), 'vmlab-reclaim-'));
    writeFileSync(join(root, 'f.txt'), 'original');
    const r = runAsm(`li a0, -100\n  la a1, name\n  li a2, 2\n  li a7, 56\n  ecall\n  mv s0, a0
      li a0, 0\n  li a1, 4096\n  li a2, 3\n  li a3, 1\n  mv a4, s0\n  li a5, 0\n  li a7, 222\n  ecall
      li t0, 'X'\n  sb t0, 0(a0)                      # dirty the shared page
      la t0, a\n  li t1, 30\n  li t3, 4096
      1: sw t1, 0(t0)\n  add t0, t0, t3\n  addi t1, t1, -1\n  bnez t1, 1b   # push it out
      mv a0, s0\n  la a1, buf\n  li a2, 8\n  li a7, 63\n  ecall
      la t0, buf\n  lbu a0, 0(t0)${EXIT}.data\nname: .asciz "f.txt"\n.bss\n.align 2\nbuf: .space 8\na: .space 30 * 4096\n`,
    SMALL, ['t'], 10_000_000, { fs: new GuestFs(root, true), policy: 'fifo' });
    expect(r.result.status).toBe('X'.charCodeAt(0));
    expect(r.kernel.reclaimer.stats.dirtyFileEvictions).toBeGreaterThanOrEqual(1);
    expect(readFileSync(join(root, 'f.txt'), 'utf8')).toBe('Xriginal');
  });

  it('kills with SIGKILL when RAM and swap are full', () => {
    const r = runProgram('bss-touch.s', ['100'], SMALL, { swapBytes: 64 * 1024 });
    expect(r.result.status).toBe(137);
    expect(r.result.report).toMatch(/^SIGKILL: out of memory: RAM and swap are full \(no frame for 0x[0-9a-f]+ in /);
  });
});

describe('programs under memory pressure', () => {
  it.each(KERNEL_POLICIES)('integrity.s: a pattern over 4x RAM reads back intact (%s)', (policy) => {
    const r = runProgram('integrity.s', ['256'], SMALL, { policy });
    expect([r.stdout, r.result.status]).toEqual(['', 0]);
    expect(r.kernel.reclaimer.swap.swapIns).toBeGreaterThanOrEqual(64);
  });

  it.each(KERNEL_POLICIES)('integrity.s runs in the smallest RAM, 8 frames (%s)', (policy) => {
    const r = runProgram('integrity.s', ['64'], { ramBytes: 32 * 1024 }, { policy });
    expect(r.result).toEqual({ status: 0, end: 'exit', report: null });
  });

  it('thrash.s: faults explode once the working set no longer fits (the knee)', () => {
    const faults = (ram: number, policy: (typeof KERNEL_POLICIES)[number]): number => {
      const f = runProgram('thrash.s', ['32'], { ramBytes: ram * 1024 }, { policy }).kernel.process.faults;
      return f.minor + f.major;
    };
    for (const policy of KERNEL_POLICIES) expect(faults(144, policy)).toBe(34); // fits: first touches only
    expect(faults(128, 'lru')).toBe(1602); // a loop just larger than RAM: LRU misses every time
    expect(faults(128, 'random')).toBeLessThan(faults(128, 'lru'));
  });
});

describe('fault service times', () => {
  it('count every page fault, with the disk wait in the major ones', () => {
    const r = runProgram('paging.s', [], { disk: 'ssd' });
    const s = r.kernel.process.faultService.summary();
    expect(s.count).toBe(17); // 18 faults, but the stack's first page was faulted in by exec, not by a trap
    expect(s.min).toBeLessThan(1000); // a minor fault: trap entry and exit, zeroing a page
    expect(s.max).toBeGreaterThan(100_000); // a major one waits for the disk (100 us)
    expect(s.mean).toBeCloseTo(r.kernel.process.faultService.total / 17);
  });
});

describe('clean pages', () => {
  it('are dropped without a write: a page read back from swap and not written again goes back to its slot', () => {
    // Write 40 pages, then read them twice: the second pass finds clean pages from swap.
    const r = runAsm(`la t0, a\n  li t1, 40\n  li t3, 4096
      1: sw t1, 0(t0)\n  add t0, t0, t3\n  addi t1, t1, -1\n  bnez t1, 1b
      li s1, 2
      2: la t0, a\n  li t1, 40
      3: lw t4, 0(t0)\n  add t0, t0, t3\n  addi t1, t1, -1\n  bnez t1, 3b
      addi s1, s1, -1\n  bnez s1, 2b\n  li a0, 0${EXIT}.bss\na: .space 40 * 4096\n`, SMALL, ['t'], 10_000_000, { policy: 'fifo' });
    expect(r.result.status).toBe(0);
    const s = r.kernel.reclaimer.stats;
    expect(s.cleanDrops).toBeGreaterThan(40);
    expect(s.swapOuts).toBeLessThan(45); // each written page went to swap about once
    expect(r.kernel.reclaimer.swap.used).toBe(0);
  });
});
