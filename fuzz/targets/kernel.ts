/**
 * The system-call layer and the kernel: random guest programs, each a sequence of about 24
 * system calls with random arguments (file descriptors, user pointers good and bad, paths that
 * exist, do not, are too long or escape the root, absurd lengths and offsets) mixed with loops
 * that touch many pages, forking up to 3 times (so up to 8 processes run the rest of the
 * sequence), on a tiny machine (32 KiB to 1 MiB of RAM, little swap), under every replacement
 * policy, always with the invariant checker on. The guest's file tree is fuzz/corpus/root/, or,
 * for a quarter of the cases, a temporary copy of it with --write-through.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assemble } from '../../asm/assembler.js';
import { GuestFs } from '../../src/kernel/fs.js';
import { KERNEL_POLICIES } from '../../src/kernel/kernel.js';
import { repoPath } from '../corpus.js';
import { Rng } from '../rng.js';
import type { FuzzOptions, Target } from '../target.js';
import { runGuest } from './guest.js';

const ROOT = 'fuzz/corpus/root';
const MAX_INSTRUCTIONS = 300_000;
const BUFFER_BYTES = 256 * 1024;

/** Paths the guest names: existing files and directories, missing ones, and bad ones. */
const PATHS = [
  '/', '/a.txt', 'a.txt', '/dir', '/dir/b.txt', '/dir/../a.txt', '/../../a.txt', '/hello.elf', '/new', '/dir/new', '/missing/x',
  '/a.txt/x', '', '.', `/${'n'.repeat(256)}`, `/${'m'.repeat(255)}`, `/${'d/'.repeat(2100)}`, '/dir/', '/hello.elf/',
];

/** Interesting 32-bit numbers for lengths, offsets and flags. */
const NUMBERS = [0, 1, 2, 3, 7, 8, 17, 100, 4095, 4096, 4097, 8192, 65536, 0x100000, 0x7fffffff, 0x80000000, 0xfffff000, 0xffffffff, -1, -2];

interface Program {
  lines: string[];
  labels: number;
  forks: number;
}

/** `li` or `la` or `mv` of a random value of `kind` into register `reg`. */
function value(rng: Rng, reg: string, kind: 'fd' | 'ptr' | 'len' | 'num' | 'path' | 'pid' | 'sig' | 'off'): string {
  const li = (n: number): string => `  li ${reg}, ${n | 0}`;
  switch (kind) {
    case 'fd': return rng.chance(0.5) ? `  mv ${reg}, s2` : rng.chance(0.3) ? `  lw ${reg}, ${rng.pick([0, 4])}(s0)`
      : li(rng.pick([0, 1, 2, 3, 4, 5, 6, 7, -1, -100, 255, 256, 1000]));
    case 'ptr': {
      const base = rng.pick(['s0', 's0', 's1', 's1', 'sp', 'zero']);
      const off = rng.pick([0, 0, 4, 100, 4095, 4096, 8192, 0x3f000, -4, -4096]);
      return rng.chance(0.85) ? `  li ${reg}, ${off}\n  add ${reg}, ${reg}, ${base}`
        : li(rng.pick([0x1000, 0x400000, 0x7ffff000, 0x80000000, 0xfffff000, rng.next()]));
    }
    case 'path': return rng.chance(0.95) ? `  la ${reg}, path${rng.int(PATHS.length)}` : value(rng, reg, 'ptr');
    case 'len': return li(rng.chance(0.6) ? rng.pick([0, 1, 10, 100, 4096, 5000, 8192, 20000]) : rng.pick(NUMBERS));
    case 'pid': return li(rng.pick([0, 1, 2, 3, 4, -1, -2, 99, 0x7fffffff]));
    case 'sig': return li(rng.pick([0, 1, 9, 9, 13, 15, 17, 64, 65, -1]));
    case 'off': return li(rng.chance(0.5) ? rng.int(3) : rng.pick(NUMBERS));
    default: return li(rng.chance(0.5) ? rng.int(16) : rng.pick(NUMBERS));
  }
}

/** An argument: a kind of value, a list of numbers (one of them), or a list mixing numbers and prepared-data kinds. */
type Arg = Parameters<typeof value>[2] | 'action' | 'mask' | 'altstack' | (number | 'action' | 'mask' | 'altstack' | 'ptr')[];

/** System calls: number, argument kinds (a list of numbers: one of them), and what to keep of a0. */
const CALLS: { nr: number; args: Arg[]; keep?: 's1' | 's2'; weight: number; brk?: true }[] = [
  { nr: 56, args: [[-100, -100, 3], 'path', [0, 1, 2, 0o102, 0o1102, 0o2101, 0o302, 0o200000, 0o2000002, 0o4000, 3], [0o644, 0o755, 0, 0o7777]], keep: 's2', weight: 6 },
  { nr: 57, args: ['fd'], weight: 2 },
  { nr: 63, args: ['fd', 'ptr', 'len'], weight: 4 },
  { nr: 64, args: ['fd', 'ptr', 'len'], weight: 4 },
  { nr: 62, args: ['fd', [0, 0, 1, 2, 0x7fffffff, -1], 'off', 'ptr', [0, 1, 2, 3]], weight: 4 },
  { nr: 80, args: ['fd', 'ptr'], weight: 1 },
  { nr: 291, args: [[-100, 3], 'path', [0, 0x1000, 0x100], [0x7ff], 'ptr'], weight: 1 },
  { nr: 35, args: [[-100, 3], 'path', [0, 0x200, 1]], weight: 1 },
  { nr: 82, args: ['fd'], weight: 1 },
  { nr: 222, args: [[0, 0, 0x10000000, 0x480000, 0x400000, 0x7fff0000], 'len', [0, 1, 3, 3, 3, 7], [0x22, 0x22, 0x21, 0x02, 0x01, 0x32, 0x31, 0x03, 0x4022, 0x40], 'fd', [0, 0, 1, 0x100000]], keep: 's1', weight: 6 },
  { nr: 215, args: ['ptr', 'len'], weight: 2 },
  { nr: 226, args: ['ptr', 'len', [0, 1, 3, 4, 5, 7, 8]], weight: 2 },
  { nr: 227, args: ['ptr', 'len', [0, 1, 2, 4, 6, 8]], weight: 1 },
  { nr: 220, args: [[17], [0]], weight: 3 },
  { nr: 260, args: [[-1, 0, 2], 'ptr', [0, 1, 0x40000000]], weight: 2 },
  { nr: 95, args: [[0, 1, 2], 'pid', 'ptr', [4, 5, 0, 1, 0x01000004]], weight: 1 },
  { nr: 129, args: ['pid', 'sig'], weight: 1 },
  { nr: 124, args: [], weight: 1 },
  { nr: 172, args: [], weight: 1 },
  { nr: 173, args: [], weight: 1 },
  { nr: 59, args: ['ptr', [0, 0o2000000, 0o4000, 1]], weight: 2 },
  { nr: 23, args: ['fd'], keep: 's2', weight: 1 },
  { nr: 24, args: ['fd', 'fd', [0, 0o2000000, 1]], weight: 1 },
  { nr: 221, args: ['path', [0, 0, 1], [0]], weight: 1 },
  { nr: 214, args: [[0, 0x480000, 0x482345, 0x800000, 0x10001000, 0x10008000, 0x20000000]], weight: 3, brk: true },
];

/**
 * The calls added after the first set (FuzzOptions.newerCalls): the clocks and sleeping, process
 * groups and sessions, thread and user ids, fcntl (pipe sizes too), uname, getrandom, a
 * packet-mode pipe, the directory calls. Their own list, so that without them a seed still makes the case it made.
 */
const NEWER_CALLS: typeof CALLS = [
  { nr: 403, args: [[0, 1, 2, 3, 4, 10, -6], 'ptr'], weight: 1 },
  { nr: 406, args: [[0, 1, 2, 12], 'ptr'], weight: 1 },
  { nr: 407, args: [[0, 1, 2, 3, 4, 8, 10], [0, 1, 2], 'ptr', 'ptr'], weight: 1 },
  { nr: 160, args: ['ptr'], weight: 1 },
  { nr: 278, args: ['ptr', 'len', [0, 1, 2, 4, 6, 8]], weight: 1 },
  { nr: 25, args: ['fd', [0, 1, 2, 3, 4, 1030, 1031, 1032, 999], 'num'], keep: 's2', weight: 2 },
  { nr: 154, args: ['pid', 'pid'], weight: 1 },
  { nr: 155, args: ['pid'], weight: 1 },
  { nr: 156, args: ['pid'], weight: 1 },
  { nr: 157, args: [], weight: 1 },
  { nr: 178, args: [], weight: 1 },
  { nr: 96, args: ['ptr'], weight: 1 },
  { nr: 174, args: [], weight: 1 },
  { nr: 59, args: ['ptr', [0o40000, 0o44000]], weight: 1 },
  { nr: 34, args: [[-100, 3], 'path', [0o755, 0, 0o7777]], weight: 1 },
  { nr: 61, args: ['fd', 'ptr', 'len'], weight: 2 },
  { nr: 276, args: [[-100, 3], 'path', [-100, 3], 'path', [0, 0, 1, 2, 3, 4]], weight: 1 },
  { nr: 37, args: [[-100, 3], 'path', [-100, 3], 'path', [0, 0, 0x400, 0x1000, 1]], weight: 1 },
  { nr: 36, args: ['path', [-100, 3], 'path'], weight: 1 },
  { nr: 52, args: ['fd', [0o644, 0o755, 0, 0o7777]], weight: 1 },
  { nr: 53, args: [[-100, 3], 'path', [0o644, 0o755, 0, 0o7777]], weight: 1 },
  { nr: 83, args: ['fd'], weight: 1 },
  { nr: 165, args: [[0, 1, -1, 2], 'ptr'], weight: 1 },
  { nr: 153, args: [['ptr', 0]], weight: 1 },
  { nr: 232, args: ['ptr', 'len', 'ptr'], weight: 1 },
  { nr: 166, args: [[0, 0o22, 0o777, 0o170777]], weight: 1 },
  { nr: 179, args: [['ptr', 0]], weight: 1 },
  { nr: 102, args: [[0, 1, 2, 3], 'ptr'], weight: 1 },
  { nr: 103, args: [[0, 1, 2, 3], ['ptr', 0], ['ptr', 0]], weight: 1 },
  { nr: 261, args: [[0, 1, 2, 99], [0, 1, 3, 7, 9, 16], ['ptr', 0], ['ptr', 0]], weight: 1 },
  // The signal calls: rt_sigaction with one of the prepared actions (ACTIONS), rt_sigprocmask,
  // rt_sigpending, sigaltstack with a prepared stack_t, rt_sigsuspend, and rt_sigreturn out of any handler.
  { nr: 134, args: ['sig', 'action', ['action', 0, 'ptr'], [8, 8, 8, 4]], weight: 3 },
  { nr: 135, args: [[0, 1, 2, 3], ['mask', 0, 'ptr'], ['mask', 0, 'ptr'], [8, 8, 16]], weight: 2 },
  { nr: 136, args: ['ptr', [8, 8, 4]], weight: 1 },
  { nr: 132, args: [['altstack', 0, 'ptr'], ['altstack', 0, 'ptr']], weight: 1 },
  { nr: 133, args: ['mask', [8, 8, 16]], weight: 1 },
  { nr: 139, args: [], weight: 1 },
  // Locking: mlock, munlock, mlock2, mlockall, munlockall; mmap with MAP_LOCKED, MAP_POPULATE
  // (and MAP_NONBLOCK); madvise of locked memory (MADV_DONTNEED_LOCKED too).
  { nr: 228, args: ['ptr', 'len'], weight: 1 },
  { nr: 229, args: ['ptr', 'len'], weight: 1 },
  { nr: 284, args: ['ptr', 'len', [0, 1, 2]], weight: 1 },
  { nr: 230, args: [[0, 1, 2, 3, 4, 5, 6, 7, 8]], weight: 1 },
  { nr: 231, args: [], weight: 1 },
  { nr: 222, args: [[0, 0, 0x10000000], 'len', [0, 1, 3, 3], [0x2022, 0x8022, 0x18022, 0x2002, 0x8002, 0x2021], 'fd', [0, 0, 1]], keep: 's1', weight: 2 },
  { nr: 233, args: ['ptr', 'len', [4, 8, 24]], weight: 1 },
  // mremap: shrink, grow, move (MREMAP_MAYMOVE, MREMAP_FIXED, MREMAP_DONTUNMAP), a second mapping.
  { nr: 216, args: ['ptr', 'len', 'len', [0, 1, 1, 3, 5, 2, 8], 'ptr'], keep: 's1', weight: 2 },
  // Waiting for descriptors: ppoll_time64 and pselect6_time64 with a timeout or none, a mask or none.
  { nr: 414, args: ['ptr', [0, 1, 2, 3, 1025], ['ptr', 0], ['mask', 0, 'ptr'], [8, 8, 4]], weight: 1 },
  { nr: 413, args: [[0, 1, 4, 8, 33, -1], ['ptr', 0], ['ptr', 0], ['ptr', 0], ['ptr', 0], ['ptr', 0]], weight: 1 },
  // futex_time64: waits (with a timeout or none), wakes, requeues, wake_op, unknown operations.
  { nr: 422, args: ['ptr', [0, 1, 1, 4, 5, 9, 10, 128, 129, 256, 265, 99], [0, 1, 2, -1], [0, 'ptr', 1, 2], ['ptr', 0], [0, 1, -1, 0x10005009]], weight: 2 },
];

/**
 * The prepared sigactions (handler, flags, mask, mask high): the program's handler, SIG_IGN and
 * SIG_DFL, with flags Linux knows and one it does not; `actions + 16 * k` is the k-th.
 */
const ACTIONS: [string, number, number][] = [
  ['fuzzhandler', 0, 0], ['fuzzhandler', 0x10000000, 1 << 9], ['fuzzhandler', 0x40000000 | 0x80000000, 0],
  ['fuzzhandler', 0x08000000 | 4, 0x4000], ['1', 0, 0], ['0', 2, 0], ['fuzzhandler', 0x400, -1],
];
/** The prepared stack_t for sigaltstack (sp, flags, size): in the buffer, disabled, auto-disarmed, too small. */
const ALT_STACKS: [string, number, number][] = [['buf + 0x30000', 0, 0x8000], ['0', 2, 0], ['buf + 0x30000', 0x80000000, 0x8000], ['buf', 0, 16]];

/** The address of one of the prepared signal data (an action, a mask, a stack_t) into `reg`, or a value of `kind`. */
function prepared(rng: Rng, reg: string, kind: Exclude<Arg, unknown[]>): string {
  if (kind === 'action') return `  la ${reg}, actions + ${16 * rng.int(ACTIONS.length)}`;
  if (kind === 'mask') return `  la ${reg}, actions + ${16 * rng.int(ACTIONS.length) + 8}`;
  if (kind === 'altstack') return `  la ${reg}, altstacks + ${12 * rng.int(ALT_STACKS.length)}`;
  return value(rng, reg, kind);
}

/** One random system call, appended to `prog`. */
function addCall(rng: Rng, prog: Program, options: FuzzOptions): void {
  const calls = (options.newerCalls ? [...CALLS, ...NEWER_CALLS] : CALLS).filter((c) => (options.brk || !c.brk) && (c.nr !== 220 || prog.forks < 3));
  let pick = rng.int(calls.reduce((n, c) => n + c.weight, 0));
  const call = calls.find((c) => (pick -= c.weight) < 0)!;
  if (call.nr === 220) prog.forks++;
  call.args.forEach((arg, i) => {
    const kind = Array.isArray(arg) ? rng.pick(arg) : arg;
    prog.lines.push(typeof kind === 'number' ? `  li a${i}, ${kind | 0}` : prepared(rng, `a${i}`, kind));
  });
  if (call.nr === 221 && rng.chance(0.5)) prog.lines.push('  mv a1, s0'); // argv from the buffer
  prog.lines.push(`  li a7, ${call.nr}`, '  ecall');
  if (call.keep === 's2') prog.lines.push('  mv s2, a0');
  if (call.keep === 's1') {
    const skip = `skip${prog.labels++}`;
    prog.lines.push('  li t0, -4096', `  bgeu a0, t0, ${skip}`, '  mv s1, a0', `${skip}:`);
  }
}

/**
 * A loop storing to (or loading from) pages: page faults, COW, eviction. Mostly inside the buffer
 * or the stack; the last mapping (s1, if any) may be shorter than the loop, or protected.
 */
function addTouch(rng: Rng, prog: Program): void {
  const loop = `touch${prog.labels++}`;
  const skip = `untouched${prog.labels++}`;
  const where = rng.pick(['buf', 'buf', 'buf', 'map', 'stack']);
  const pages = where === 'buf' ? 1 + rng.int(BUFFER_BYTES / 4096) : 1 + rng.int(where === 'map' ? 4 : 16);
  const start = where === 'buf' ? `  li t0, ${rng.int(BUFFER_BYTES / 4096 - pages + 1) * 4096}
  add t0, t0, s0`
    : where === 'map' ? `  beqz s1, ${skip}
  mv t0, s1` : '  addi t0, sp, -16';
  prog.lines.push(start, `  li t1, ${pages}`, `  li t2, ${where === 'stack' ? -4096 : 4096}`,
    `${loop}:`, rng.chance(0.7) ? '  sw t1, 0(t0)' : '  lw t3, 0(t0)', '  add t0, t0, t2', '  addi t1, t1, -1', `  bnez t1, ${loop}`,
    `${skip}:`);
}

/** The guest program of a case, as assembly. */
export function guestProgram(rng: Rng, options: FuzzOptions): string {
  const prog: Program = { lines: [], labels: 0, forks: 0 };
  const steps = 16 + rng.int(17);
  for (let i = 0; i < steps; i++) {
    prog.lines.push(`# step ${i}`);
    if (rng.chance(0.25)) addTouch(rng, prog);
    else addCall(rng, prog, options);
  }
  return [
    '  .data',
    ...PATHS.map((p, i) => `path${i}: .asciz "${p}"`),
    '  .balign 4',
    `actions: ${ACTIONS.map(([handler, flags, mask]) => `.word ${handler}, ${flags | 0}, ${mask | 0}, 0`).join('\n  ')}`,
    `altstacks: ${ALT_STACKS.map(([sp, flags, size]) => `.word ${sp}, ${flags | 0}, ${size}`).join('\n  ')}`,
    '  .bss',
    '  .balign 4096',
    `buf: .space ${BUFFER_BYTES}`,
    '  .text',
    '  .globl _start',
    '_start:',
    '  la s0, buf',
    '  li s1, 0',
    '  li s2, 3',
    ...prog.lines,
    '  li a0, 0',
    '  li a7, 94',
    '  ecall',
    // The handler the prepared actions name: a system call, then back through the trampoline.
    'fuzzhandler:',
    '  li a7, 172',
    '  ecall',
    '  ret',
    '',
  ].join('\n');
}

export const kernelTarget: Target = {
  name: 'kernel',
  generate(seed, options) {
    const rng = new Rng(seed);
    // Drawn even when the options fix them, so that the rest of a case is the same either way.
    const pickedRam = rng.pick([32, 48, 64, 96, 128, 192, 256, 1024]);
    const ram = options.ramKiB ?? pickedRam;
    const swap = rng.pick([0, 16, 64, 256, 4096]);
    const pickedPolicy = rng.pick(KERNEL_POLICIES);
    const policy = options.policy ?? pickedPolicy;
    const quantum = rng.pick([500, 5_000, 100_000, 1_000_000]);
    const asid = rng.chance(0.5);
    const writeThrough = rng.chance(0.25);
    const source = guestProgram(rng, options);
    const command = ['run', '--ram', `${ram}k`, '--swap', `${swap}k`, '--policy', policy, '--quantum', String(quantum),
      ...(asid ? ['--asid'] : []), ...(writeThrough ? ['--write-through'] : []), '--root', ROOT, '--check',
      '--max-instructions', String(MAX_INSTRUCTIONS), 'FILE'];
    return { input: Buffer.from(source), ext: 's', command, options: { ram, swap, policy, quantum, asid, writeThrough } };
  },
  run(c) {
    const o = c.options!;
    const elf = assemble([{ path: 'guest.s', text: Buffer.from(c.input).toString('utf8') }]).elf;
    const root = o.writeThrough ? mkdtempSync(join(tmpdir(), 'vmlab-fuzz-')) : repoPath(ROOT);
    if (o.writeThrough) cpSync(repoPath(ROOT), root, { recursive: true });
    try {
      return runGuest(elf, { ramBytes: Number(o.ram) * 1024, asid: Boolean(o.asid) }, {
        fs: new GuestFs(root, Boolean(o.writeThrough)), policy: o.policy as (typeof KERNEL_POLICIES)[number],
        swapBytes: Number(o.swap) * 1024, quantum: Number(o.quantum),
      }, MAX_INSTRUCTIONS);
    } finally {
      if (o.writeThrough) rmSync(root, { recursive: true, force: true });
    }
  },
};
