/**
 * The interval timers (itimers.ts, cputimers.ts) to the cycle, which qemu-riscv32 (real time on
 * the host) cannot show: test/c/itimer.c checks the calls against it. The clock runs at 1 MHz
 * here: a microsecond is a cycle.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/machine/machine.js';
import { EXIT, runAsm } from './harness.js';

const { trapEntry } = DEFAULT_CONFIG.costs;

const MHZ = { clockHz: 1_000_000 };
/** setitimer(which, &label, 0). */
const SET = (which: number, label: string): string => `  li a0, ${which}\n  la a1, ${label}\n  li a2, 0\n  li a7, 103\n  ecall\n`;
/** rt_sigaction(sig, {handler}, 0, 8). */
const HANDLE = (sig: number): string => `  li a0, ${sig}\n  la a1, action\n  li a2, 0\n  li a3, 8\n  li a7, 134\n  ecall\n`;
/** clock_gettime(CLOCK_MONOTONIC, &label). */
const NOW = (label: string): string => `  li a0, 1\n  la a1, ${label}\n  li a7, 403\n  ecall\n`;

describe('interval timers', () => {
  it('ITIMER_REAL: SIGALRM on the cycle it is due, into a process that spins', () => {
    // Set for 5,000 µs; the handler reads the clock, then the program exits.
    const run = runAsm(`${HANDLE(14)}${NOW('before')}${SET(0, 'timer')}
    spin: j spin
    handler:
      ${NOW('after')}
      li a0, 1
      la a1, before
      li a2, 32
      li a7, 64
      ecall
      li a0, 0${EXIT}
      .data
      action: .word handler, 0, 0, 0
      timer: .word 0, 0, 0, 5000
      .balign 8
      before: .space 16
      after: .space 16
    `, MHZ);
    const ns = (at: number): bigint => run.stdoutBytes.readBigInt64LE(at) * 1_000_000_000n + run.stdoutBytes.readBigInt64LE(at + 8);
    const elapsed = Number(ns(16) - ns(0)) / 1000;
    // 5,000 µs, and the few hundred cycles of the calls and the signal's delivery around them. The
    // time slice is a whole second at this clock: the CPU stops for the alarm, not for the slice.
    expect(elapsed).toBeGreaterThanOrEqual(5000);
    expect(elapsed).toBeLessThan(6000);
  });

  it('ITIMER_PROF counts system time and ITIMER_VIRTUAL does not: a loop of system calls sets off one, not the other', () => {
    // Both every 1,000 µs of their time; then 100 getpid calls (200 cycles of kernel entry each, a
    // few of user time); the handlers count, and the counts are written out.
    const run = runAsm(`${HANDLE(26)}${HANDLE(27)}${SET(1, 'timer')}${SET(2, 'timer')}
      li s1, 100
    1:li a7, 172
      ecall
      addi s1, s1, -1
      bnez s1, 1b
      li a0, 1
      la a1, counts
      li a2, 8
      li a7, 64
      ecall
      li a0, 0${EXIT}
    handler:
      la t0, counts
      addi t1, a0, -26
      slli t1, t1, 2
      add t0, t0, t1
      lw t1, 0(t0)
      addi t1, t1, 1
      sw t1, 0(t0)
      ret
      .data
      action: .word handler, 0x10000000, 0, 0
      timer: .word 0, 1000, 0, 1000
      counts: .word 0, 0
    `, MHZ);
    const [virtual, prof] = [run.stdoutBytes.readInt32LE(0), run.stdoutBytes.readInt32LE(4)];
    const p = run.kernel.history[0];
    // PROF: once for each 1,000 cycles of CPU time since it was set (about 20,000: 100 entries of 200).
    expect(prof).toBeGreaterThanOrEqual(Math.floor((100 * 200) / 1000));
    expect(prof).toBeLessThanOrEqual(Math.floor(p.cycles.run / 1000));
    // VIRTUAL: the user time is the loop's few instructions and the handlers'.
    expect(virtual).toBeLessThanOrEqual(Math.floor((p.cycles.run - p.kernelCycles) / 1000));
    expect(virtual).toBeLessThan(prof / 4);
  });

  it('a SIGALRM that falls due inside setitimer is sent first, as the timer interrupt would have: the old value then reads 0', () => {
    // ITIMER_REAL for 300 µs, D rounds of a loop, then setitimer(NULL, &old), with the cycle
    // counter read just before each call. A call samples the clock after its trap's entry
    // (trapEntry cycles in): the timer is due at the first sample + 300.
    const outcomes = new Set<string>();
    for (let d = 1; d < 80; d += 3) {
      const run = runAsm(`${HANDLE(14)}
        rdcycle s2
        ${SET(0, 'timer')}
        li t0, ${d}
      1:addi t0, t0, -1
        bnez t0, 1b
        rdcycle s3
        li a0, 0
        li a1, 0
        la a2, old
        li a7, 103
        ecall
        la t0, cycles
        sw s2, 0(t0)
        sw s3, 4(t0)
        li a0, 1
        la a1, old
        li a2, 28
        li a7, 64
        ecall
        li a0, 0${EXIT}
      handler:
        la t0, count
        lw t1, 0(t0)
        addi t1, t1, 1
        sw t1, 0(t0)
        ret
        .data
        action: .word handler, 0, 0, 0
        timer: .word 0, 0, 0, 300
        old: .space 16
        count: .word 0
        cycles: .word 0, 0
      `, MHZ);
      const out = run.stdoutBytes;
      const left = out.readInt32LE(8) * 1e6 + out.readInt32LE(12), alarms = out.readInt32LE(16);
      const due = out.readInt32LE(20) + trapEntry + 300, sampled = out.readInt32LE(24) + trapEntry;
      expect([left, alarms]).toEqual(sampled >= due ? [0, 1] : [due - sampled, 0]);
      outcomes.add(sampled >= due ? 'fired' : 'pending');
    }
    expect([...outcomes].sort()).toEqual(['fired', 'pending']);
  });

  it('a periodic timer whose SIGALRM is blocked fires once and waits: a program blocked for good is still a deadlock', () => {
    // SIGALRM blocked, a 1 µs periodic timer, then a read of an empty pipe nobody writes.
    const run = runAsm(`
      li a0, 0                    # rt_sigprocmask(SIG_BLOCK, {SIGALRM}, 0, 8)
      la a1, mask
      li a2, 0
      li a3, 8
      li a7, 135
      ecall
      ${SET(0, 'timer')}
      la a0, fds
      li a1, 0
      li a7, 59
      ecall
      la t0, fds
      lw a0, 0(t0)
      la a1, fds
      li a2, 1
      li a7, 63
      ecall
      li a0, 0${EXIT}
      .data
      mask: .word 1 << 13, 0
      timer: .word 0, 1, 0, 1
      fds: .word 0, 0
    `, MHZ);
    expect(run.result.end).toBe('deadlock');
    expect(run.machine.cpu.cycles).toBeLessThan(100_000);
  });
});
