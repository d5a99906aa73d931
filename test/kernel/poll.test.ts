/**
 * ppoll_time64 and pselect6_time64 (poll.ts) where qemu-riscv32 cannot show Linux's behaviour
 * (test/c/poll.c checks the rest against it): too many descriptors, the revents an interrupted
 * wait leaves (and -EFAULT when it cannot), the signal mask a wait holds, the time left of a
 * huge timeout, select's count clamped to the descriptor table, and a timeout's length on the
 * machine's clock.
 */
import { describe, expect, it } from 'vitest';
import { EXIT, runAsm } from './harness.js';

/** ppoll(fds at `fds`, n, timeout at `tsp` or 0, mask at `mask` or 0, 8) into a0. */
const PPOLL = (fds: string, n: number, tsp = '0', mask = '0'): string => `
  ${fds === '0' || /^0x/.test(fds) ? `li a0, ${fds}` : `la a0, ${fds}`}
  li a1, ${n}
  ${tsp === '0' ? 'li a2, 0' : `la a2, ${tsp}`}
  ${mask === '0' ? 'li a3, 0' : `la a3, ${mask}`}
  li a4, 8
  li a7, 414
  ecall
`;
/** pipe2(pipefd, 0), then the read end into the first pollfd at `fds`. */
const PIPE = (fds: string): string => `
  la a0, pipefd
  li a1, 0
  li a7, 59
  ecall
  lw t0, pipefd
  sw t0, ${fds}, t1
`;
/** rt_sigaction(SIGALRM, action, 0, 8), and ITIMER_REAL in 1,000 cycles (1 MHz: a cycle is a microsecond). */
const ALARM = `
  li a0, 14
  la a1, action
  li a2, 0
  li a3, 8
  li a7, 134
  ecall
  li a0, 0
  la a1, timer
  li a2, 0
  li a7, 103
  ecall
`;
const DATA = `
  .data
  .balign 8
pipefd: .word 0, 0
fds: .word 0, 0x00070001     # fd, events POLLIN, revents 7
zero: .dword 0, 0
action: .word handler, 0, 0, 0
timer: .word 0, 0, 0, 1000
alarmmask: .word 1 << 13, 0
count: .word 0
  .text
handler:
  la t0, count
  lw t1, 0(t0)
  addi t1, t1, 1
  sw t1, 0(t0)
  ret
`;
const MHZ = { clockHz: 1_000_000 };

describe('ppoll', () => {
  it('refuses more descriptors than RLIMIT_NOFILE with -EINVAL before reading the array', () => {
    const r = runAsm(`${PPOLL('0x10', 1025, 'zero')}  neg a0, a0${EXIT}${DATA}`);
    expect(r.result.status).toBe(22);
  });

  it('leaves the revents of a wait a handler interrupts at 0, and returns -EINTR', () => {
    const r = runAsm(`${PIPE('fds')}${ALARM}${PPOLL('fds', 1)}
      mv s0, a0
      lhu t0, fds + 6
      lw t1, count
      slli t1, t1, 8
      or a0, t0, t1
      slli s0, s0, 16
      or a0, a0, s0
      srli a0, a0, 0
      li t2, -4 << 16 | 1 << 8
      sub a0, a0, t2${EXIT}${DATA}`, MHZ);
    // a0 - (-EINTR << 16 | 1 handler run << 8 | revents 0) = 0
    expect(r.result.status).toBe(0);
  });

  it('holds the signals its mask blocks while it waits: the timeout ends it, the handler runs after', () => {
    const r = runAsm(`${PIPE('fds')}${ALARM}
      la t0, zero
      li t1, 2000000       # a timeout of 2 ms: 2,000 cycles at 1 MHz
      sw t1, 8(t0)
      ${PPOLL('fds', 1, 'zero', 'alarmmask')}
      mv s0, a0            # 0: timed out, not interrupted
      lw s1, count         # the handler has run once by the time the program sees the result
      slli s1, s1, 4
      add a0, s0, s1${EXIT}${DATA}`, MHZ);
    // ppoll returned 0 (the alarm, due at 1 ms, did not interrupt the 2 ms wait), then the mask
    // came back and the handler ran on the way out of the call, as Linux delivers it.
    expect(r.result.status).toBe(0x10);
  });

  it("lasts its timeout on the machine's clock (and the calls' own few cycles), and writes no time left", () => {
    const r = runAsm(`${PIPE('fds')}
      li a0, 1
      la a1, before
      li a7, 403
      ecall
      la t0, zero
      li t1, 3000000       # 3 ms
      sw t1, 8(t0)
      ${PPOLL('fds', 1, 'zero')}
      li a0, 1
      la a1, after
      li a7, 403
      ecall
      lw t0, before + 8
      lw t1, after + 8
      sub t1, t1, t0
      li t2, 1000
      div a0, t1, t2       # microseconds waited
      lw t0, zero + 8
      add a0, a0, t0       # plus the time left's nanoseconds (0)
      li t2, 3000
      sub a0, a0, t2${EXIT}${DATA}
      .data
      .balign 8
    before: .dword 0, 0
    after: .dword 0, 0`, MHZ);
    // 3,000 µs and the cycles of the calls' traps: under 200 more.
    expect(r.result.status).toBeGreaterThanOrEqual(0);
    expect(r.result.status).toBeLessThan(200);
  });
});

describe('ppoll, interrupted', () => {
  it('writes back the time left of the longest timeout exactly (its end saturated as Linux\'s)', () => {
    // A timeout of INT64_MAX seconds and 999,999,999 ns, interrupted by the alarm at 1 ms: the
    // end saturates at TIME64_MAX seconds, so the time left is TIME64_MAX s less the time now.
    const r = runAsm(`${PIPE('fds')}${ALARM}
      la t0, zero
      li t1, -1
      sw t1, 0(t0)
      li t1, 0x7fffffff
      sw t1, 4(t0)
      li t1, 999999999
      sw t1, 8(t0)
      ${PPOLL('fds', 1, 'zero')}
      li a0, 1
      la a1, zero
      li a2, 16
      li a7, 64
      ecall
      li a0, 0${EXIT}${DATA}`, MHZ);
    const seconds = r.stdoutBytes.readBigInt64LE(0), nanoseconds = r.stdoutBytes.readBigInt64LE(8);
    expect(seconds).toBe(2n ** 63n - 2n);
    expect(nanoseconds > 0n && nanoseconds < 1_000_000_000n).toBe(true);
  });

  it('returns -EFAULT when the revents cannot be written after a handler interrupts the wait', () => {
    // The array is a read-only page of zeros: entry 0 is fd 0 (always ready) with no events asked.
    const r = runAsm(`
      li a0, 0
      li a1, 4096
      li a2, 1
      li a3, 0x22
      li a4, -1
      li a5, 0
      li a7, 222
      ecall
      mv s0, a0
      ${ALARM}
      mv a0, s0
      li a1, 1
      li a2, 0
      li a3, 0
      li a4, 8
      li a7, 414
      ecall
      neg a0, a0${EXIT}${DATA}`, MHZ);
    expect(r.result.status).toBe(14);
  });
});

describe('pselect6', () => {
  it("clamps its count to the descriptor table's 32 on rv32: a bit above it is not looked at", () => {
    const r = runAsm(`
      li a0, 64
      la a1, sets
      li a2, 0
      li a3, 0
      la a4, zero
      li a5, 0
      li a7, 413
      ecall               # bit 40 (not open) beyond the table: ignored, nothing ready: 0
      mv s0, a0
      li a0, 64
      la a1, sets + 8
      li a2, 0
      li a3, 0
      la a4, zero
      li a5, 0
      li a7, 413
      ecall               # bit 20 (not open) within it: -EBADF
      neg a0, a0
      slli a0, a0, 4
      add a0, a0, s0${EXIT}${DATA}
      .data
    sets: .word 0, 1 << 8, 1 << 20, 0`);
    expect(r.result.status).toBe(9 << 4);
  });

  it("gives a forked child a table as large as its open descriptors, not its parent's: a bit past 32 is not looked at there", () => {
    // dup3(0, 40) grows the parent's table past 32; close(40); fork. The child's pselect of 64
    // with bit 40 set finds nothing (its table is 32: 0); the parent's is -EBADF.
    const r = runAsm(`
      li a0, 0
      li a1, 40
      li a2, 0
      li a7, 24
      ecall
      li a0, 40
      li a7, 57
      ecall
      li a0, 17
      li a1, 0
      li a7, 220
      ecall
      mv s0, a0
      li a0, 64
      la a1, sets
      li a2, 0
      li a3, 0
      la a4, zero
      li a5, 0
      li a7, 413
      ecall
      bnez s0, 1f
      ${EXIT}
    1:mv s1, a0
      li a0, -1
      la a1, status
      li a2, 0
      li a3, 0
      li a7, 260
      ecall
      lw t0, status
      srli t0, t0, 8
      neg a0, s1
      slli t0, t0, 4
      add a0, a0, t0${EXIT}${DATA}
      .data
    status: .word 0
    sets: .word 0, 1 << 8`);
    // The parent: -EBADF (9); the child exited 0 (its pselect's 0).
    expect(r.result.status).toBe(9);
  });
});

