/**
 * futex_time64 (futex.ts) beyond what test/c/futex.c checks against qemu-riscv32: waiters moved
 * by FUTEX_CMP_REQUEUE and woken on the other futex, a wake that skips waiters whose bitset does
 * not match, a process that ends while it waits (not counted by a wake), and an untimed wait a
 * handler with SA_RESTART interrupts, which starts again.
 */
import { describe, expect, it } from 'vitest';
import { EXIT, runAsm } from './harness.js';

/** futex(a0 = `addr`, op, val, a3, a4, a5) into a0. */
const FUTEX = (addr: string, op: number, val: number, a3 = '0', a4 = '0', a5 = 0): string => `
  la a0, ${addr}
  li a1, ${op}
  li a2, ${val}
  ${/^[a-z]/.test(a3) ? `la a3, ${a3}` : `li a3, ${a3}`}
  ${/^[a-z]/.test(a4) ? `la a4, ${a4}` : `li a4, ${a4}`}
  li a5, ${a5}
  li a7, 422
  ecall
`;
/** A shared anonymous page whose address is stored at `words`, and futex words in it at words[0..3]. */
const SHARED = `
  li a0, 0
  li a1, 4096
  li a2, 3
  li a3, 0x21
  li a4, -1
  li a5, 0
  li a7, 222
  ecall
  la t0, words
  sw a0, 0(t0)
`;
/** A child (clone SIGCHLD) that runs `body` and exits 0; the parent goes on. */
const CHILD = (body: string, n: number): string => `
  li a0, 17
  li a1, 0
  li a7, 220
  ecall
  bnez a0, 9${n}f
  ${body}
  li a0, 0${EXIT}
9${n}:
`;
/** Sleep `ms` milliseconds (clock_nanosleep, CLOCK_MONOTONIC). */
const NAP = (ms: number): string => `
  la a2, nap${ms}
  li a0, 1
  li a1, 0
  li a3, 0
  li a7, 407
  ecall
`;
/** futex on the shared word `i` (its address loaded from `words`). */
const SHARED_FUTEX = (i: number, op: number, val: number, a3 = 0, word2 = -1, a5 = 0): string => `
  lw a0, words
  addi a0, a0, ${4 * i}
  li a1, ${op}
  li a2, ${val}
  li a3, ${a3}
  lw a4, words
  addi a4, a4, ${4 * word2}
  li a5, ${a5}
  li a7, 422
  ecall
`;
/** wait4(-1, 0, 0, 0). */
const REAP = `
  li a0, -1
  li a1, 0
  li a2, 0
  li a3, 0
  li a7, 260
  ecall
`;
/** Write a0 as one byte to stdout. */
const PRINT = `
  la t0, out
  sb a0, 0(t0)
  li a0, 1
  la a1, out
  li a2, 1
  li a7, 64
  ecall
`;
const DATA = `
  .data
  .balign 8
words: .word 0
out: .byte 0
  .balign 8
nap5: .dword 0, 5000000
nap20: .dword 0, 20000000
action: .word handler, 0x10000000, 0, 0
timer: .word 0, 0, 0, 10000
  .text
handler:
  ret
`;

describe('futex', () => {
  it('FUTEX_CMP_REQUEUE moves waiters to another futex, where a wake finds them', () => {
    // Two children wait on word 0; the parent wakes none and moves both to word 1 (2), then wakes word 1 (2).
    const wait = `${SHARED_FUTEX(0, 0, 0)}${PRINT}`;
    const r = runAsm(`${SHARED}${CHILD(wait, 1)}${CHILD(wait, 2)}${NAP(20)}
      ${SHARED_FUTEX(0, 4, 0, 2, 1, 0)}
      addi a0, a0, 48
      ${PRINT}${SHARED_FUTEX(0, 1, 10)}
      addi a0, a0, 48
      ${PRINT}${SHARED_FUTEX(1, 1, 10)}
      addi a0, a0, 48
      ${PRINT}${REAP}${REAP}
      li a0, 0${EXIT}${DATA}`);
    expect(r.result.status).toBe(0);
    // moved 2, woke 0 on word 0, woke 2 on word 1, then each child's wait returns 0 (a zero byte).
    expect([...r.stdoutBytes]).toEqual([0x32, 0x30, 0x32, 0, 0]);
  });

  it('FUTEX_WAKE_BITSET wakes only the waiters whose bitset shares a bit', () => {
    const waitBits = (bits: number): string => `${SHARED_FUTEX(0, 9, 0, 0, -1, bits)}${PRINT}`;
    const r = runAsm(`${SHARED}${CHILD(waitBits(1), 1)}${CHILD(waitBits(2), 2)}${NAP(20)}
      ${SHARED_FUTEX(0, 10, 10, 0, -1, 2)}
      addi a0, a0, 48
      ${PRINT}${SHARED_FUTEX(0, 10, 10, 0, -1, 1)}
      addi a0, a0, 48
      ${PRINT}${REAP}${REAP}
      li a0, 0${EXIT}${DATA}`);
    expect(r.result.status).toBe(0);
    // The wake for bit 2 finds one of the two waiters, the wake for bit 1 the other; then the
    // children run (the parent waits for them) and each wait returns 0.
    expect([...r.stdoutBytes]).toEqual([0x31, 0x31, 0, 0]);
  });

  it('does not count a waiter that has ended', () => {
    // The child waits and is killed (SIGKILL from the parent); a wake then finds nobody.
    const r = runAsm(`${SHARED}${CHILD(SHARED_FUTEX(0, 0, 0), 1)}
      mv s0, a0
      ${NAP(5)}
      mv a0, s0
      li a1, 9
      li a7, 129
      ecall
      ${REAP}${SHARED_FUTEX(0, 1, 10)}${EXIT}${DATA}`);
    expect(r.result.status).toBe(0);
  });

  it('an untimed wait that a handler with SA_RESTART interrupts starts again, and a later wake ends it', () => {
    const r = runAsm(`${SHARED}
      li a0, 14
      la a1, action
      li a2, 0
      li a3, 8
      li a7, 134
      ecall
      ${CHILD(`${NAP(20)}${SHARED_FUTEX(0, 1, 1)}`, 1)}
      li a0, 0
      la a1, timer
      li a2, 0
      li a7, 103
      ecall               # SIGALRM in 10 ms: while the parent waits
      ${SHARED_FUTEX(0, 0, 0)}${EXIT}${DATA}`);
    // Without the restart the wait would return -EINTR (status 252); restarted, the child's wake at 20 ms ends it: 0.
    expect(r.result.status).toBe(0);
  });
});
