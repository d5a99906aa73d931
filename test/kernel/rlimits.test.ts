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

  it('keeps a process\'s limits across execve', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vmlab-rlimits-'));
    const show = `.globl _start\n_start:\n  li a2, 0\n  la a3, old\n${PRLIMIT(7)}${WRITE16('old')}  li a0, 0${EXIT}.data\nold: .space 16\n`;
    writeFileSync(join(dir, 'show'), assemble([{ path: 'show.s', text: show }]).elf, { mode: 0o755 });
    const run = runAsm(`${SET(7, 'limit')}
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
    expect(pairs(run.stdoutBytes)).toEqual([[100n, 200n]]);
  });
});
