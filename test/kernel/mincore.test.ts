/**
 * mincore (mincore.ts) where qemu-riscv32 cannot show Linux's behaviour (test/c/mincore.c checks
 * the rest against it): the bytes before a hole are written, pages evicted to swap read 0, and
 * with the MMU off every page is in memory.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GuestFs } from '../../src/kernel/fs.js';
import { EXIT, runAsm, live } from './harness.js';

/** mmap(0, PAGES pages, read+write, private anonymous) into s0. */
const MMAP = (pages: number): string => `
  li a0, 0
  li a1, ${pages} * 4096
  li a2, 3
  li a3, 0x22
  li a4, -1
  li a5, 0
  li a7, 222
  ecall
  mv s0, a0
`;
/** Store into page i of s0 for i in [from, to). */
const TOUCH = (from: number, to: number): string => `
  li t0, ${from}
  li t1, ${to}
1:slli t2, t0, 12
  add t2, t2, s0
  sw t0, 0(t2)
  addi t0, t0, 1
  blt t0, t1, 1b
`;
/** mincore(s0, PAGES pages, vec) into s1, then `bytes` bytes of vec to stdout; exit with mincore's result. */
const MINCORE = (pages: number, bytes = pages): string => `
  mv a0, s0
  li a1, ${pages} * 4096
  la a2, vec
  li a7, 232
  ecall
  mv s1, a0
  li a0, 1
  la a1, vec
  li a2, ${bytes}
  li a7, 64
  ecall
  mv a0, s1
  neg a0, a0${EXIT}
  .data
vec: .fill 4096, 1, 7
`;

describe('mincore', () => {
  it('writes the bytes of the areas before a hole, then gives -ENOMEM, as Linux', () => {
    const run = runAsm(`${MMAP(8)}${TOUCH(0, 1)}${TOUCH(3, 4)}
      li a0, 5 * 4096            # munmap page 5
      add a0, a0, s0
      li a1, 4096
      li a7, 215
      ecall
      ${MINCORE(8)}`);
    expect(run.result.status).toBe(12);
    expect([...run.stdoutBytes]).toEqual([1, 0, 0, 1, 0, 7, 7, 7]);
  });

  it('reads 0 for a page reclaim sent to swap, 1 for one in memory', () => {
    // 96 pages written in 64 frames of RAM: the first ones written went out to swap.
    const run = runAsm(`${MMAP(96)}${TOUCH(0, 96)}${MINCORE(96)}`, { ramBytes: 64 * 4096 }, ['t'], 10_000_000, { swapBytes: 1024 * 1024 });
    expect(run.result.status).toBe(0);
    const vec = [...run.stdoutBytes];
    const zeros = vec.indexOf(1);
    // The oldest pages went first: a run of 0s, then 1s; at least the 32 pages RAM could not hold.
    expect(vec).toEqual([...Array(zeros).fill(0), ...Array(96 - zeros).fill(1)]);
    expect(zeros).toBeGreaterThanOrEqual(96 - 64);
    // Each 0 is an eviction (an evicted page whose frame the swap cache still holds reads 1, as Linux).
    const area = run.kernel.history[0].vmas.find((v) => v.faults.minor === 96)!;
    expect(zeros).toBeLessThanOrEqual(area.faults.evictions);
  });

  it('with the MMU off, gives 1 for every page of an area', () => {
    const run = runAsm(`${MMAP(4)}${MINCORE(4)}`, { mmu: false });
    expect(run.result.status).toBe(0);
    expect([...run.stdoutBytes]).toEqual([1, 1, 1, 1]);
  });

  it('reads 0 for a file page still on its way from the disk, as Linux reads a folio not yet up to date', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vmlab-mincore-'));
    writeFileSync(join(dir, 'data.bin'), Buffer.alloc(4096, 7));
    // A child's read() starts the page's read; its parent asks while it is under way, then after touching it.
    const run = runAsm(`
      li a0, -100                 # openat(AT_FDCWD, "data.bin", O_RDONLY)
      la a1, path
      li a2, 0
      li a7, 56
      ecall
      mv s4, a0
      li a0, 0                    # mmap(0, 4096, PROT_READ, MAP_SHARED, fd, 0)
      li a1, 4096
      li a2, 1
      li a3, 1
      mv a4, s4
      li a5, 0
      li a7, 222
      ecall
      mv s0, a0
      li a0, 17
      li a1, 0
      li a7, 220
      ecall
      beqz a0, child
      li a7, 124                  # the child runs and starts the read
      ecall
      mv a0, s0
      li a1, 4096
      la a2, vec
      li a7, 232
      ecall
      lbu t0, 0(s0)               # waits for the read
      mv a0, s0
      li a1, 4096
      la a2, vec + 1
      li a7, 232
      ecall
      li a0, 1
      la a1, vec
      li a2, 2
      li a7, 64
      ecall
      li a0, 0${EXIT}
    child:
      mv a0, s4
      la a1, vec + 8
      li a2, 1
      li a7, 63
      ecall
      li a0, 0${EXIT}
      .data
      path: .asciz "data.bin"
      vec: .space 16
    `, {}, ['t'], 10_000_000, { fs: new GuestFs(dir, false) });
    expect([...run.stdoutBytes]).toEqual([0, 1]);
  });
});
