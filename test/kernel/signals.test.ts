/**
 * Signal handlers where qemu-riscv32 7.2 is not Linux or cannot show it (test/c/signals.c has the
 * rest against qemu): sa_mask blocked while the handler runs, the default action of a signal
 * unblocked after its handler went, SIGCHLD ignored (no zombie), execve resetting handlers, the
 * MMU off, and the frame's layout as Linux's riscv rt_sigframe.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assemble } from '../../asm/assembler.js';
import { GuestFs } from '../../src/kernel/fs.js';
import { runAsm, runElf } from './harness.js';

/** rt_sigaction(sig, &act, 0, 8) with act = { handler, flags, mask }: `act` a label of 4 words. */
const SIGACTION = (sig: number, act: string): string => `li a0, ${sig}\n  la a1, ${act}\n  li a2, 0\n  li a3, 8\n  li a7, 134\n  ecall\n`;
/** kill(getpid(), sig) */
const KILL_SELF = (sig: number): string => `li a7, 172\n  ecall\n  li a1, ${sig}\n  li a7, 129\n  ecall\n`;
/** rt_sigprocmask(how, &set, &old, 8) */
const SIGPROCMASK = (how: number, set: string, old: string): string => `li a0, ${how}\n  la a1, ${set}\n  la a2, ${old}\n  li a3, 8\n  li a7, 135\n  ecall\n`;
const EXIT_REG = (reg: string): string => `mv a0, ${reg}\n  li a7, 93\n  ecall\n`;
const SIGUSR1 = 10, SIGTERM = 15, SIGALRM = 14, SIGCHLD = 17;

describe('signal handlers', () => {
  it('return through the [vdso] trampoline, whose page comes in without the disk: a minor fault, as the kernel image holds it', () => {
    const r = runAsm(`
      ${SIGACTION(SIGUSR1, 'act')}
      ${KILL_SELF(SIGUSR1)}
      li a0, 0
      li a7, 93
      ecall
    handler:
      ret
    .data
    act: .word handler, 0, 0, 0
    `);
    expect(r.result.status).toBe(0);
    const vdso = r.kernel.history[0].vmas.find((v) => v.name === '[vdso]')!;
    expect(vdso.faults).toEqual({ minor: 1, major: 0, protection: 0, evictions: 0 });
  });

  it('run with their sa_mask and their own signal blocked, as Linux (qemu-riscv32 leaves sa_mask out)', () => {
    const both = (1 << (SIGALRM - 1)) | (1 << (SIGUSR1 - 1));
    const r = runAsm(`
      ${SIGACTION(SIGUSR1, 'act')}
      ${KILL_SELF(SIGUSR1)}
      la t0, old
      lw t1, 0(t0)                # the mask the handler saw
      li t2, ${both}
      li a0, 42
      beq t1, t2, 1f
      li a0, 1
    1:
      li a7, 93
      ecall
    handler:
      li a0, 0
      li a1, 0
      la a2, old
      li a3, 8
      li a7, 135
      ecall                       # rt_sigprocmask(SIG_BLOCK, NULL, &old)
      ret
    .data
    act: .word handler, 0, ${1 << (SIGALRM - 1)}, 0
    old: .word 0, 0
    `);
    expect(r.result.status).toBe(42);
  });

  it('a signal blocked while it had a handler takes its default action when unblocked with the handler gone', () => {
    const r = runAsm(`
      ${SIGACTION(SIGTERM, 'act')}
      ${SIGPROCMASK(0, 'set', 'old')}
      ${KILL_SELF(SIGTERM)}
      ${SIGACTION(SIGTERM, 'dfl')}
      ${SIGPROCMASK(1, 'set', 'old')}
      li a0, 3
      li a7, 93
      ecall
    handler:
      ret
    .data
    act: .word handler, 0, 0, 0
    dfl: .word 0, 0, 0, 0
    set: .word ${1 << (SIGTERM - 1)}, 0
    old: .word 0, 0
    `);
    expect(r.result).toEqual({ status: 128 + SIGTERM, end: 'signal', report: expect.stringMatching(/^SIGTERM: sent by pid 1 /) });
  });

  it('a parent that ignores SIGCHLD leaves no zombie: waitid finds no child (ECHILD)', () => {
    const r = runAsm(`
      ${SIGACTION(SIGCHLD, 'ign')}
      li a0, 17
      li a1, 0
      li a7, 220
      ecall                       # fork
      beqz a0, child
      li a0, 0
      li a1, 0
      la a2, info
      li a3, 4
      li a4, 0
      li a7, 95
      ecall                       # waitid(P_ALL, 0, &info, WEXITED)
      neg a0, a0
      li a7, 93
      ecall
    child:
      li a0, 5
      li a7, 93
      ecall
    .data
    ign: .word 1, 0, 0, 0
    .bss
    info: .space 128
    `);
    expect(r.result.status).toBe(10); // ECHILD
    expect(r.kernel.procs.has(2)).toBe(false);
  });

  it("the frame is Linux's riscv rt_sigframe: siginfo, then the ucontext with the mask at 20 and pc, x1..x31 from 160", () => {
    // The handler checks a1 (&info) and a2 (&uc) and reads the saved s1 and pc; returns them in a0.
    const r = runAsm(`
      ${SIGACTION(SIGUSR1, 'act')}
      li s1, 77
      li a7, 172
      ecall
      li a1, ${SIGUSR1}
      li a7, 129
    before:
      ecall
      la t0, result
      lw a0, 0(t0)
      li a7, 93
      ecall
    handler:
      addi t0, a1, 128
      bne t0, a2, bad             # uc right after the 128-byte siginfo
      lw t1, 0(a1)                # si_signo
      li t2, ${SIGUSR1}
      bne t1, t2, bad
      lw t1, ${160 + 4 * 9}(a2)     # saved s1 (x9)
      li t2, 77
      bne t1, t2, bad
      lw t1, 160(a2)              # saved pc: after kill's ecall
      la t2, before
      addi t2, t2, 4
      bne t1, t2, bad
      andi t1, sp, 15
      bnez t1, bad                # the frame is 16-byte aligned
      li t1, 1
      la t0, result
      sw t1, 0(t0)
      ret
    bad:
      la t0, result
      li t1, 2
      sw t1, 0(t0)
      ret
    .data
    act: .word handler, 4, 0, 0
    result: .word 0
    `);
    expect(r.result.status).toBe(1);
    expect(r.kernel.process.vmas.map((v) => v.name)).toContain('[vdso]');
  });

  it('are reset by execve: a handled signal after it takes the default action', () => {
    // The program installs a handler, then runs itself again (argc 2): the new image's kill ends it.
    const elf = assemble([{ path: 'self.s', text: `.globl _start\n_start:
      lw t0, 0(sp)
      li t1, 2
      beq t0, t1, execed
      ${SIGACTION(SIGUSR1, 'act')}
      ${KILL_SELF(SIGUSR1)}
      la a0, path
      la a1, argv
      li a2, 0
      li a7, 221
      ecall
      li a0, 99
      li a7, 93
      ecall
    execed:
      ${KILL_SELF(SIGUSR1)}
      li a0, 0
      li a7, 93
      ecall
    handler:
      ret
    .data
    act: .word handler, 0, 0, 0
    path: .asciz "/self"
    argv: .word path, path, 0
    ` }]).elf;
    const root = mkdtempSync(join(tmpdir(), 'vmlab-sig-exec-'));
    writeFileSync(join(root, 'self'), elf, { mode: 0o755 });
    const r = runElf(elf, {}, ['self'], 10_000_000, { fs: new GuestFs(root, false) });
    expect(r.result).toEqual({ status: 128 + SIGUSR1, end: 'signal', report: expect.stringMatching(/^SIGUSR1: sent by pid 1 /) });
  });

  // Found by an adversarial test (native Linux 6.18 as the reference; qemu 7.2 keeps every flag, and refuses SS_AUTODISARM).
  it('keeps SA_EXPOSE_TAGBITS among the flags it knows, and SS_AUTODISARM given with SS_DISABLE, as Linux reads them back', () => {
    const r = runAsm(`
      li a0, ${SIGUSR1}
      la a1, act
      la a2, old
      li a3, 8
      li a7, 134
      ecall                       # rt_sigaction(SIGUSR1, {flags: all ones}, &old)
      li a0, ${SIGUSR1}
      li a1, 0
      la a2, old
      li a3, 8
      li a7, 134
      ecall                       # read it back
      la a0, stack
      li a1, 0
      li a7, 132
      ecall                       # sigaltstack({SS_DISABLE | SS_AUTODISARM}, NULL)
      li a0, 0
      la a1, back
      li a7, 132
      ecall                       # sigaltstack(NULL, &back)
      li a0, 1
      la a1, old + 4
      li a2, 4
      li a7, 64
      ecall
      li a0, 1
      la a1, back + 4
      li a2, 4
      li a7, 64
      ecall
      li a0, 0
      li a7, 93
      ecall
    handler:
      ret
    .data
    act: .word handler, -1, 0, 0
    old: .word 0, 0, 0, 0
    stack: .word 0, ${(0x80000000 | 2) | 0}, 0
    back: .word 0, 0, 0
    `);
    expect([r.stdoutBytes.readUInt32LE(0), r.stdoutBytes.readUInt32LE(4)]).toEqual([0xd8000807, 0x80000002]);
  });

  // Found by an adversarial test: SA_RESETHAND cleared the flags and mask too; unknown flags were kept.
  it('SA_RESETHAND resets the handler only; flags Linux does not know are dropped (qemu-riscv32 keeps both otherwise)', () => {
    const r = runAsm(`
      ${SIGACTION(SIGUSR1, 'act')}
      ${KILL_SELF(SIGUSR1)}
      li a0, ${SIGUSR1}
      li a1, 0
      la a2, old
      li a3, 8
      li a7, 134
      ecall                       # rt_sigaction(SIGUSR1, NULL, &old)
      la t0, old
      lw t1, 0(t0)                # handler: SIG_DFL
      lw t2, 4(t0)                # flags: SA_RESETHAND | SA_RESTART, 0x400 dropped
      lw t3, 8(t0)                # mask kept
      li t4, ${(0x80000000 | 0x10000000) | 0}
      li a0, 1
      bnez t1, 1f
      bne t2, t4, 1f
      li t4, ${1 << (SIGALRM - 1)}
      bne t3, t4, 1f
      li a0, 42
    1:
      li a7, 93
      ecall
    handler:
      ret
    .data
    act: .word handler, ${0x80000000 | 0x10000000 | 0x400}, ${1 << (SIGALRM - 1)}, 0
    old: .word 9, 9, 9, 9
    `);
    expect(r.result.status).toBe(42);
  });

  // Found by an adversarial test: a frame that could not be written for another signal killed the
  // process; Linux raises SIGSEGV (force_sigsegv), which a SIGSEGV handler on the normal stack takes.
  it('a frame that cannot be written raises SIGSEGV, to its handler if it has one', () => {
    const r = runAsm(`
      li a0, 0
      li a1, 8192
      li a2, 1
      li a3, 0x22
      li a4, -1
      li a5, 0
      li a7, 222
      ecall                       # a read-only page pair for the alternate stack
      la t0, ss
      sw a0, 0(t0)
      la a0, ss
      li a1, 0
      li a7, 132
      ecall                       # sigaltstack
      ${SIGACTION(SIGUSR1, 'act')}
      ${SIGACTION(11, 'segv')}
      ${KILL_SELF(SIGUSR1)}
      li a0, 1
      li a7, 93
      ecall
    handler:
      ret
    segvhandler:
      li a0, 7
      li a7, 93
      ecall
    .data
    ss: .word 0, 0, 8192
    act: .word handler, ${0x08000000}, 0, 0
    segv: .word segvhandler, 0, 0, 0
    `);
    expect(r.result.status).toBe(7);
  });

  // Found by an adversarial test: a frame rt_sigreturn could not read killed the process; Linux raises SIGSEGV.
  it('rt_sigreturn with no frame at sp raises SIGSEGV, which a handler takes (si_code SI_KERNEL)', () => {
    const r = runAsm(`
      la a0, ss
      li a1, 0
      li a7, 132
      ecall                       # sigaltstack: the handler's frame cannot go where sp is
      ${SIGACTION(11, 'segv')}
      li sp, 0x100
      li a7, 139
      ecall
      li a0, 1
      li a7, 93
      ecall
    segvhandler:
      lw a0, 8(a1)                # si_code
      li a7, 93
      ecall
    .data
    segv: .word segvhandler, 0x08000004, 0, 0
    ss: .word altstack, 0, 8192
    .bss
    altstack: .space 8192
    `);
    expect(r.result.status).toBe(0x80);
  });

  it('with the MMU off, a handler is -ENOSYS (nowhere to map the trampoline); SIG_IGN works', () => {
    const r = runAsm(`
      ${SIGACTION(SIGUSR1, 'act')}
      neg s0, a0
      ${SIGACTION(SIGUSR1, 'ign')}
      ${KILL_SELF(SIGUSR1)}
      ${EXIT_REG('s0')}
    handler:
      ret
    .data
    act: .word handler, 0, 0, 0
    ign: .word 1, 0, 0, 0
    `, { mmu: false });
    expect(r.result.status).toBe(38);
  });
});
