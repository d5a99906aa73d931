/**
 * mremap (mremap.ts) where qemu-riscv32 cannot show Linux's behaviour (test/c/mremap.c checks the
 * rest against it): growing in place, a shared mapping mapped again, the errors qemu's own
 * mremap gets wrong, a move's pages (present, swapped out, locked) taken along without a fault,
 * MREMAP_DONTUNMAP, and the MMU off.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GuestFs } from '../../src/kernel/fs.js';
import { EXIT, runAsm, live } from './harness.js';

const MMAP = (reg: string, pages: number, flags = 0x22): string => `
  li a0, 0
  li a1, ${pages} * 4096
  li a2, 3
  li a3, ${flags}
  li a4, -1
  li a5, 0
  li a7, 222
  ecall
  mv ${reg}, a0
`;
/** mremap(a0..a4 as given) into a0. */
const MREMAP = (addr: string, oldLen: string, newLen: string, flags: number, to = '0'): string => `
  ${/^-?\d/.test(addr) ? 'li' : 'mv'} a0, ${addr}
  li a1, ${oldLen}
  li a2, ${newLen}
  li a3, ${flags}
  ${/^-?\d/.test(to) ? 'li' : 'mv'} a4, ${to}
  li a7, 216
  ecall
`;
/** Write page i's index into page i of `reg`, for i in [0, n). */
const FILL = (reg: string, n: number): string => `
  li t0, 0
  li t1, ${n}
1:slli t2, t0, 12
  add t2, t2, ${reg}
  sw t0, 8(t2)
  addi t0, t0, 1
  blt t0, t1, 1b
`;
/** Exit 0 if page i of `reg` holds i for i in [0, n), else with 100 + the first page that does not. */
const CHECK = (reg: string, n: number): string => `
  li t0, 0
  li t1, ${n}
1:slli t2, t0, 12
  add t2, t2, ${reg}
  lw t3, 8(t2)
  bne t3, t0, 2f
  addi t0, t0, 1
  blt t0, t1, 1b
  li a0, 0${EXIT}
2:addi a0, t0, 100${EXIT}
`;

describe('mremap', () => {
  it('grows an area in place when nothing is mapped above it', () => {
    const r = runAsm(`${MMAP('s0', 8)}
      li a0, 4 * 4096
      add a0, a0, s0
      li a1, 4 * 4096
      li a7, 215
      ecall               # the top four pages unmapped
      ${FILL('s0', 4)}${MREMAP('s0', '4 * 4096', '7 * 4096', 0)}
      bne a0, s0, 9f
      ${FILL('s0', 7)}${CHECK('s0', 7)}
    9:li a0, 99${EXIT}`);
    expect(r.result.status).toBe(0);
    expect(r.kernel.history[0].vmas.filter((v) => v.name === '[anon]').map((v) => v.end - v.start)).toEqual([7 * 4096]);
  });

  it('moves the pages themselves: no fault brings them in again, swapped-out ones included', () => {
    // 48 pages written in 40 frames of RAM: some went to swap. Read back where they are, or
    // after a move: the same faults (only the pages that had gone to swap come back).
    const program = (move: string): string => `${MMAP('s0', 48)}${FILL('s0', 48)}${MMAP('s1', 1)}
      mv s2, s0
      ${move}${CHECK('s2', 48)}`;
    const small = (source: string) => runAsm(source, { ramBytes: 40 * 4096 }, ['t'], 10_000_000, { swapBytes: 1024 * 1024 });
    const still = small(program(''));
    const moved = small(program(`${MREMAP('s0', '48 * 4096', '64 * 4096', 1)}
      mv s2, a0`));
    expect([still.result.status, moved.result.status]).toEqual([0, 0]);
    expect(moved.kernel.history[0].faults).toEqual(still.kernel.history[0].faults);
    expect(moved.kernel.history[0].faults.major).toBeGreaterThan(0);
  });

  it('moves without a single fault when the pages are in RAM', () => {
    const before = runAsm(`${MMAP('s0', 16)}${FILL('s0', 16)}${CHECK('s0', 16)}`).kernel.history[0].faults.minor;
    const r = runAsm(`${MMAP('s0', 16)}${FILL('s0', 16)}${MMAP('s1', 1)}${MREMAP('s0', '16 * 4096', '32 * 4096', 1)}
      mv s2, a0
      ${CHECK('s2', 16)}`);
    expect(r.result.status).toBe(0);
    expect(r.kernel.history[0].faults.minor).toBe(before); // the extra mmap's page is never touched
  });

  it('maps a shared area a second time with an old length of 0: the same pages', () => {
    const r = runAsm(`${MMAP('s0', 1, 0x21)}
      li t0, 77
      sw t0, 0(s0)
      ${MREMAP('s0', '0', '4096', 1)}
      mv s1, a0
      beq s1, s0, 9f
      lw t0, 0(s1)
      li t1, 88
      sw t1, 4(s1)
      lw t1, 4(s0)
      add a0, t0, t1
      addi a0, a0, -165${EXIT}
    9:li a0, 99${EXIT}`);
    expect(r.result.status).toBe(0);
  });

  it("gives Linux's errors where qemu's mremap does not", () => {
    // A new length of 0, a private area mapped again: -EINVAL; an unmapped address: -EFAULT; too
    // big a growth: -ENOMEM (RLIMIT_AS is infinite: no free range); MREMAP_DONTUNMAP with another length -EINVAL.
    const results: number[] = [];
    for (const call of [MREMAP('s0', '4096', '0', 1), MREMAP('s0', '0', '4096', 1), MREMAP('4096', '4096', '4096', 0),
      MREMAP('s0', '4096', '0x7ff00000', 1), MREMAP('s0', '4096', '8192', 5)]) {
      results.push(runAsm(`${MMAP('s0', 1)}${call}  neg a0, a0${EXIT}`).result.status);
    }
    expect(results).toEqual([22, 22, 14, 12, 22]);
  });

  it('MREMAP_DONTUNMAP leaves the old range mapped and empty, and unlocked', () => {
    const r = runAsm(`${MMAP('s0', 2, 0x2022)}${FILL('s0', 2)}${MREMAP('s0', '2 * 4096', '2 * 4096', 5)}
      mv s1, a0
      li t2, 4096 + 8
      add t2, t2, s0
      lw t0, 0(t2)        # the old range reads zeros
      bnez t0, 9f
      ${CHECK('s1', 2)}
    9:li a0, 99${EXIT}`);
    expect(r.result.status).toBe(0);
    const areas = r.kernel.history[0].vmas.filter((v) => v.name === '[anon]').map((v) => [v.end - v.start, v.locked]);
    expect(areas).toContainEqual([2 * 4096, undefined]);
    expect(areas).toContainEqual([2 * 4096, 'populated']);
  });

  it('with the MMU off, as Linux without one: a shrink, no move, no growth', () => {
    const results: number[] = [];
    for (const call of [MREMAP('s0', '2 * 4096', '4096', 0), MREMAP('s0', '2 * 4096', '3 * 4096', 1), MREMAP('s0', '2 * 4096', '3 * 4096', 0)]) {
      results.push(runAsm(`${MMAP('s0', 2)}${call}  sub a0, a0, s0
        bnez a0, 1f
        li a0, 1
      1:neg a0, a0${EXIT}`, { mmu: false }).result.status);
    }
    expect(results).toEqual([255, 22, 12]); // 255: -1, the same address
  });

  it('refuses an old length past user space (-EINVAL) instead of unmapping everything above, the stack included', () => {
    const r = runAsm(`${MMAP('s0', 4)}${MREMAP('s0', '0xfffff000', '4096', 0)}
      mv s1, a0
      ${MREMAP('s0', '0xfffff000', '4096', 3, '0x10000000')}
      add a0, a0, s1
      neg a0, a0${EXIT}`);
    expect(r.result.status).toBe(44); // -EINVAL twice, and the stack still there to run on
  });

  // Found by an adversarial test: "internal error: Cannot read properties of undefined".
  it('moving a shared area onto itself with an old length of 0 unmaps it and is -EFAULT, as Linux finds no area then', () => {
    // mremap(a, 0, 2 pages, MAYMOVE | FIXED, a); then the first page is gone: mincore is -ENOMEM.
    const r = runAsm(`${MMAP('s0', 2, 0x21)}${MREMAP('s0', '0', '8192', 3, 's0')}  neg s1, a0
  mv a0, s0
  li a1, 4096
  la a2, vec
  li a7, 232
  ecall
  neg a0, a0
  slli s1, s1, 4
  or a0, a0, s1${EXIT}
.data
vec: .byte 0`);
    expect([r.result.status >> 4, r.result.status & 15]).toEqual([14, 12]);
  });

  it('refuses MREMAP_FIXED to page 0 with -EPERM, as mmap there', () => {
    const r = runAsm(`${MMAP('s0', 1)}${MREMAP('s0', '4096', '4096', 3, '0')}  neg a0, a0${EXIT}`);
    expect(r.result.status).toBe(1);
  });

  it("refuses to grow a file mapping past rv32's 32-bit page offset (-EINVAL)", () => {
    const dir = mkdtempSync(join(tmpdir(), 'vmlab-mremap-'));
    writeFileSync(join(dir, 'f'), 'x');
    const r = runAsm(`
      li a0, -100
      la a1, path
      li a2, 0
      li a7, 56
      ecall
      mv a4, a0
      li a0, 0
      li a1, 16 * 4096
      li a2, 1
      li a3, 2
      li a5, 0xffffffe0
      li a7, 222
      ecall               # 16 pages at page 2^32 - 32 of the file
      mv s0, a0
      ${MREMAP('s0', '16 * 4096', '32 * 4096', 1)}
      neg a0, a0${EXIT}
      .data
    path: .asciz "f"`, {}, ['t'], 10_000_000, { fs: new GuestFs(dir, false) });
    expect(r.result.status).toBe(22);
  });
});

