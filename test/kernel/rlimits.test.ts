/**
 * Resource limits (rlimits.ts) as vmlab keeps and enforces them, where qemu-riscv32 (which hands
 * prlimit64 to the host) cannot show them: the first process's limits, RLIMIT_STACK's hold on the
 * stack's growth, RLIMIT_NOFILE's on new descriptors, and execve keeping them. test/c/rlimits.c
 * checks the call's errors against qemu-riscv32.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assemble } from '../../asm/assembler.js';
import { GuestFs } from '../../src/kernel/fs.js';
import { EXIT, runAsm } from './harness.js';

const INFINITY = 2n ** 64n - 1n;
/** prlimit64(0, resource, a2, a3): a2 and a3 (the new and old limits) set up before it. */
const PRLIMIT = (resource: number | string): string => `
  li a0, 0
  li a1, ${resource}
  li a7, 261
  ecall
`;
/** Write the 16 bytes at `label` to stdout. */
const WRITE16 = (label: string): string => `
  li a0, 1
  la a1, ${label}
  li a2, 16
  li a7, 64
  ecall
`;
/** Set RLIMIT `resource` to (cur, max) from `label`'s two words pairs (low word first). */
const SET = (resource: number, label: string): string => `  la a2, ${label}\n  li a3, 0\n${PRLIMIT(resource)}`;
const RECURSE = `
  call f
  li a0, 0${EXIT}
f: addi sp, sp, -64
  sw ra, 60(sp)
  beqz s0, 1f
  addi s0, s0, -1
  call f
1:lw ra, 60(sp)
  addi sp, sp, 64
  ret
`;

/** The (soft, hard) pairs in 16-byte records of `bytes`. */
const pairs = (bytes: Buffer): [bigint, bigint][] =>
  Array.from({ length: bytes.length / 16 }, (_, i) => [bytes.readBigUInt64LE(16 * i), bytes.readBigUInt64LE(16 * i + 8)]);

describe('resource limits', () => {
  it('start as Linux starts a process from a shell, the stack\'s soft limit --stack-limit and the processes\' the process table', () => {
    const each = Array.from({ length: 16 }, (_, r) => `  li a2, 0\n  la a3, old\n${PRLIMIT(r)}${WRITE16('old')}`).join('');
    const run = runAsm(`${each}  li a0, 0${EXIT}\n.data\nold: .space 16\n`, {}, ['t'], 10_000_000, { stackLimit: 1024 * 1024, maxProcs: 32 });
    const mib = (n: number): bigint => BigInt(n * 1024 * 1024);
    expect(pairs(run.stdoutBytes)).toEqual([
      [INFINITY, INFINITY], [INFINITY, INFINITY], [INFINITY, INFINITY], [mib(1), INFINITY], // cpu, fsize, data, stack
      [0n, INFINITY], [INFINITY, INFINITY], [32n, 32n], [1024n, 4096n], // core, rss, nproc, nofile
      [mib(8), mib(8)], [INFINITY, INFINITY], [INFINITY, INFINITY], [32n, 32n], // memlock, as, locks, sigpending
      [819_200n, 819_200n], [0n, 0n], [0n, 0n], [INFINITY, INFINITY], // msgqueue, nice, rtprio, rttime
    ]);
  });

  it('takes 2^32 - 1 and more as RLIM_INFINITY, as rv32 Linux keeps a limit in 32 bits', () => {
    const run = runAsm(`${SET(1, 'big')}  li a2, 0\n  la a3, old\n${PRLIMIT(1)}${WRITE16('old')}  li a0, 0${EXIT}
      .data\nbig: .word 0xffffffff, 0, 0, 1\nold: .space 16\n`);
    expect(pairs(run.stdoutBytes)).toEqual([[INFINITY, INFINITY]]);
  });

  it('stops the stack at a lowered RLIMIT_STACK, and lets it past --stack-limit once raised', () => {
    const low = runAsm(`${SET(3, 'limit')}  li s0, 10000\n${RECURSE}.data\nlimit: .word 65536, 0, -1, -1\n`, {}, ['t'], 10_000_000);
    expect(low.result.status).toBe(139);
    expect(low.result.report).toMatch(/stack overflow: the stack would grow past its limit of 64 KiB/);
    // 4,000 frames of 64 bytes: 250 KiB, past a --stack-limit of 128 KiB once the limit is unlimited.
    const raised = runAsm(`${SET(3, 'limit')}  li s0, 4000\n${RECURSE}.data\nlimit: .word -1, -1, -1, -1\n`, {}, ['t'], 10_000_000,
      { stackLimit: 128 * 1024 });
    expect(raised.result.status).toBe(0);
    const kept = runAsm(`  li s0, 4000\n${RECURSE}`, {}, ['t'], 10_000_000, { stackLimit: 128 * 1024 });
    expect(kept.result.report).toMatch(/stack overflow: the stack would grow past its limit of 128 KiB/);
  });

  it('gives EMFILE once every descriptor below RLIMIT_NOFILE is taken', () => {
    // With a limit of 6, pipe2 succeeds once (3 and 4), then needs two of 5 alone: -EMFILE.
    const run = runAsm(`${SET(7, 'limit')}
      la a0, fds
      li a1, 0
      li a7, 59
      ecall
      mv s1, a0
      la a0, fds
      li a1, 0
      li a7, 59
      ecall
      slli s1, s1, 8
      sub a0, s1, a0              # 0 - -24
      ${EXIT}
      .data\nlimit: .word 6, 0, 4096, 0\nfds: .word 0, 0\n`);
    expect(run.result.status).toBe(24);
  });

  it('keeps a process\'s limits and its umask across execve', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vmlab-rlimits-'));
    // The new program writes its RLIMIT_NOFILE, then its umask (what umask(0) returns) in the next 16 bytes.
    const show = `.globl _start\n_start:\n  li a2, 0\n  la a3, old\n${PRLIMIT(7)}${WRITE16('old')}
      li a0, 0\n  li a7, 166\n  ecall\n  la t0, old\n  sw a0, 0(t0)\n${WRITE16('old')}  li a0, 0${EXIT}.data\nold: .space 16\n`;
    writeFileSync(join(dir, 'show'), assemble([{ path: 'show.s', text: show }]).elf, { mode: 0o755 });
    const run = runAsm(`${SET(7, 'limit')}
      li a0, 027
      li a7, 166
      ecall
      la a0, path
      la a1, argv
      li a2, 0
      li a7, 221
      ecall
      li a0, 9${EXIT}
      .data
      limit: .word 100, 0, 200, 0
      path: .asciz "show"
      .balign 4
      argv: .word path, 0
    `, {}, ['t'], 10_000_000, { fs: new GuestFs(dir, false) });
    expect(pairs(run.stdoutBytes.subarray(0, 16))).toEqual([[100n, 200n]]);
    expect(run.stdoutBytes.readInt32LE(16)).toBe(0o27);
  });

  /** mmap(0, PAGES pages, PROT, FLAGS, -1, 0); its result (or -errno) into `reg`. */
  const mmap = (pages: number, prot: number, flags: number, reg: string): string => `
    li a0, 0
    li a1, ${pages} * 4096
    li a2, ${prot}
    li a3, ${flags}
    li a4, -1
    li a5, 0
    li a7, 222
    ecall
    mv ${reg}, a0
  `;
  /** Store word `reg` at words + 4 * i. */
  const save = (reg: string, i: number): string => `  la t0, words\n  sw ${reg}, ${4 * i}(t0)\n`;
  const words = (bytes: Buffer): number[] => Array.from({ length: bytes.length / 4 }, (_, i) => bytes.readInt32LE(4 * i));
  const WRITE_WORDS = (n: number): string => `  li a0, 1\n  la a1, words\n  li a2, ${4 * n}\n  li a7, 64\n  ecall\n`;

  it('refuses an mmap past RLIMIT_AS, counting every area, and one of data past RLIMIT_DATA', () => {
    // The program has 3 areas of a page (.text, .data, the stack): RLIMIT_AS of 20 pages, RLIMIT_DATA of 8.
    const run = runAsm(`${SET(9, 'space')}${SET(2, 'data')}
      ${mmap(18, 1, 0x22, 's1')}${save('s1', 0)}       # 3 + 18 > 20: -ENOMEM
      ${mmap(10, 1, 0x22, 's1')}${save('s1', 1)}       # read-only: not data, 13 of 20
      ${mmap(8, 3, 0x22, 's1')}${save('s1', 2)}        # data: 1 (.data) + 8 > 8: -ENOMEM
      ${mmap(7, 3, 0x22, 's1')}${save('s1', 3)}        # data: 8 of 8, 20 of 20
      ${mmap(1, 3, 0x21, 's1')}${save('s1', 4)}        # shared: not data, but 21 > 20: -ENOMEM
      ${WRITE_WORDS(5)}  li a0, 0${EXIT}
      .data\nspace: .word 20 * 4096, 0, -1, -1\ndata: .word 8 * 4096, 0, -1, -1\nwords: .space 20\n`);
    const [tooBig, readOnly, tooMuchData, data, shared] = words(run.stdoutBytes);
    expect([tooBig, tooMuchData, shared]).toEqual([-12, -12, -12]);
    expect(readOnly).toBeGreaterThan(0);
    expect(data).toBeGreaterThan(0);
  });

  it('holds brk, mprotect to writable and the stack\'s growth to RLIMIT_DATA and RLIMIT_AS', () => {
    const run = runAsm(`${SET(2, 'data')}
      li a0, 0                    # brk(0): the break
      li a7, 214
      ecall
      mv s2, a0
      li t1, 3 * 4096             # brk + 3 pages: data 1 + 3 = 4 of 4
      add a0, s2, t1
      li a7, 214
      ecall
      sub s1, a0, s2
      ${save('s1', 0)}
      li t1, 4 * 4096             # one more page: refused, the old break returned
      add a0, s2, t1
      li a7, 214
      ecall
      sub s1, a0, s2
      ${save('s1', 1)}
      ${mmap(2, 1, 0x22, 's3')}
      mv a0, s3                   # mprotect of a read-only page to writable: data past the limit
      li a1, 4096
      li a2, 3
      li a7, 226
      ecall
      ${save('a0', 2)}
      ${WRITE_WORDS(3)}
      ${SET(9, 'space')}           # then RLIMIT_AS at the areas' 9 pages: the stack cannot grow
      li t0, -8192
      add t0, sp, t0
      sw zero, 0(t0)
      li a0, 0${EXIT}
      .data\ndata: .word 4 * 4096, 0, -1, -1\nspace: .word 9 * 4096, 0, -1, -1\nwords: .space 12\n`);
    expect(words(run.stdoutBytes)).toEqual([3 * 4096, 3 * 4096, -12]);
    expect(run.result.status).toBe(139);
    expect(run.result.report).toMatch(/stack overflow: the address space would grow past its limit \(RLIMIT_AS\)/);
  });

  it('sends SIGXCPU at RLIMIT_CPU\'s soft limit, a second later again, and SIGKILL at the hard one', () => {
    // At 1,000 cycles a second, with the scheduler looking every 100 cycles: soft 1 s, hard 3 s.
    // The handler writes an x and reads the soft limit back (a second more each time).
    const run = runAsm(`${SET(0, 'limit')}
      li a0, 24                   # rt_sigaction(SIGXCPU, {handler}, 0, 8)
      la a1, action
      li a2, 0
      li a3, 8
      li a7, 134
      ecall
    spin:
      j spin
    handler:
      li a0, 1
      la a1, x
      li a2, 1
      li a7, 64
      ecall
      li a2, 0
      la a3, old
      ${PRLIMIT(0)}${WRITE16('old')}
      ret
      .data
      limit: .word 1, 0, 3, 0
      action: .word handler, 0, 0, 0
      x: .ascii "x"
      .balign 8
      old: .space 16
    `, { clockHz: 1000 }, ['t'], 10_000_000, { quantum: 100 });
    expect(run.result.status).toBe(128 + 9);
    expect(run.result.report).toMatch(/CPU time limit exceeded \(RLIMIT_CPU\)/);
    const out = run.stdoutBytes;
    expect([out.subarray(0, 1).toString(), out.readBigUInt64LE(1), out.subarray(17, 18).toString(), out.readBigUInt64LE(18)])
      .toEqual(['x', 2n, 'x', 3n]);
    expect(out.length).toBe(34);
    expect(run.kernel.history[0].cycles.run).toBeGreaterThanOrEqual(3000);
    expect(run.kernel.history[0].cycles.run).toBeLessThan(3000 + 200);
  });

  it('holds the stack to a limit that is not a whole number of pages by the page it would add, as Linux', () => {
    const touch = (below: number): string => `  li t0, 0x7ffff000 - ${below}\n  sb zero, 0(t0)\n`;
    const fifteen = runAsm(`${SET(3, 'limit')}${touch(15 * 4096)}  li a0, 0${EXIT}.data\nlimit: .word 65536 - 100, 0, -1, -1\n`);
    expect(fifteen.result.status).toBe(0);
    const sixteenth = runAsm(`${SET(3, 'limit')}${touch(65536 - 108)}  li a0, 0${EXIT}.data\nlimit: .word 65536 - 100, 0, -1, -1\n`);
    expect(sixteenth.result.report).toMatch(/stack overflow/);
  });

  it('holds an mprotect over several areas to RLIMIT_DATA area by area: the first changed, -ENOMEM at the one past it', () => {
    // Two read-only areas of 2 pages (one executable, so they stay apart); RLIMIT_DATA leaves room for 3 pages.
    const run = runAsm(`${mmap(4, 1, 0x22, 's3')}
      li t0, 2 * 4096             # the second half executable: two areas
      add a0, s3, t0
      li a1, 2 * 4096
      li a2, 5
      li a7, 226
      ecall
      ${SET(2, 'data')}
      mv a0, s3                   # all four pages writable: the first area fits, the second not
      li a1, 4 * 4096
      li a2, 3
      li a7, 226
      ecall
      ${save('a0', 0)}${WRITE_WORDS(1)}
      sw zero, 0(s3)              # the first area is writable now
      li t0, 2 * 4096
      add t0, s3, t0
      sw zero, 0(t0)              # the second is not: SIGSEGV
      li a0, 0${EXIT}
      .data\ndata: .word 4 * 4096, 0, -1, -1\nwords: .space 4\n`);
    expect(words(run.stdoutBytes)).toEqual([-12]);
    expect(run.result.status).toBe(139);
  });

  it('brk: the heap and the program\'s data within RLIMIT_DATA byte for byte, even going down; no allowance for a soft limit of 0', () => {
    const run = runAsm(`
      li a0, 0
      li a7, 214
      ecall
      mv s2, a0                   # the break
      li t1, 10 * 4096
      add a0, s2, t1
      li a7, 214
      ecall
      ${SET(2, 'page')}
      li t1, 5 * 4096             # down to 5 pages: still past 4 KiB of data, refused
      add a0, s2, t1
      li a7, 214
      ecall
      sub s1, a0, s2
      ${save('s1', 0)}
      ${SET(2, 'zero')}
      li t1, 11 * 4096            # a soft limit of 0: refused
      add a0, s2, t1
      li a7, 214
      ecall
      sub s1, a0, s2
      ${save('s1', 1)}${WRITE_WORDS(2)}  li a0, 0${EXIT}
      .data\npage: .word 4096, 0, -1, -1\nzero: .word 0, 0, -1, -1\nwords: .space 8\n`);
    expect(words(run.stdoutBytes)).toEqual([10 * 4096, 10 * 4096]);
  });

  it('finds a zombie for prlimit64, as Linux finds it until it is reaped', () => {
    const run = runAsm(`
      li a0, 17
      li a1, 0
      li a7, 220
      ecall
      beqz a0, child
      mv s2, a0
      li a0, 1                    # waitid(P_PID, pid, &info, WEXITED | WNOWAIT): a zombie still
      mv a1, s2
      la a2, info
      li a3, 4 | 0x01000000
      li a4, 0
      li a7, 95
      ecall
      mv a0, s2
      li a1, 7
      li a2, 0
      la a3, old
      li a7, 261
      ecall
      neg a0, a0${EXIT}
    child:
      li a0, 0${EXIT}
      .data\ninfo: .space 128\nold: .space 16\n`);
    expect(run.result.status).toBe(0);
  });

  it('execve: arguments past RLIMIT_STACK are -E2BIG before the point of no return; an image past RLIMIT_AS ends the process with SIGSEGV', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vmlab-rlimits-'));
    writeFileSync(join(dir, 'small'), assemble([{ path: 'small.s', text: `.globl _start\n_start:\n  li a0, 0${EXIT}` }]).elf, { mode: 0o755 });
    const exec = (resource: number, limit: string, arg: string): string => `${SET(resource, 'limit')}
      la a0, path
      la a1, argv
      li a2, 0
      li a7, 221
      ecall
      neg a0, a0${EXIT}
      .data
      limit: .word ${limit}, 0, -1, -1
      path: .asciz "small"
      big: .fill 20000, 1, 120
      .byte 0
      .balign 4
      argv: .word path, ${arg}, 0
    `;
    const io = { fs: new GuestFs(dir, false) };
    // 20,000 bytes of argument against a 16 KiB stack: E2BIG (7), and the caller goes on.
    expect(runAsm(exec(3, '16384', 'big'), {}, ['t'], 10_000_000, io).result.status).toBe(7);
    const space = runAsm(exec(9, '4096', '0'), {}, ['t'], 10_000_000, io);
    expect(space.result.status).toBe(128 + 11); // SIGSEGV, as Linux's bprm_execve past the point of no return
    expect(space.result.report).toMatch(/^SIGSEGV: execve small: its areas pass the address space's limit \(RLIMIT_AS\)/);
  });
});
