/**
 * Random RV32IM programs aimed at the compiling engine's hard paths (docs/engine.md): counted and
 * nested loops whose loads and stores step through buffers of many pages (in .bss, .data, on the
 * stack and beside code) by small constants, by 256 bytes or more, by a register, by a page, by
 * masked or remu-computed offsets, or by two strides at once; bytes, halves and words, signed and
 * not; forward and backward branches, loop heads inside blocks, calls, a jump table, jalr to
 * computed targets and into the middle of functions; mul/div/rem at their edge values; code in a
 * read-write-execute mapping called, patched with and without fence.i, rewriting itself and its
 * own loop head, stored beside; write(1) of a checksum of everything; fork and sched_yield; and,
 * rarely, a trap (misaligned access or jump, a store into code made read-only, a call into code
 * made non-executable), which kills the process.
 *
 * Registers: s1 is the checksum; s0 the code mapping; s2 and s3 loop counters; s4 to s11, a2
 * and a3 a step's pointers and strides; t0 to t2 a step's scratch. Functions and routines use a0, a1, ra
 * and t3 to t6 only, so a call leaves every loop's state alone.
 */
import type { Rng } from '../rng.js';

/** What the machine lets a program do. */
export interface ProgramShape {
  /** Pages of the .bss buffer (more than the DTLB has entries, mostly), and of the .data buffer. */
  bssPages: number;
  dataPages: number;
  /** Pages of the stack buffer (sp is moved down by as much at the start: the stack grows into it). */
  stackPages: number;
  /** fork and the mappings' protections mean something (the MMU is on). */
  mmu: boolean;
  /** About how many instructions the program may run. */
  budget: number;
}

/** Functions reachable through the jump table (a power of 2). */
const FUNCTIONS = 4;
/** Where data beside code starts in the code mapping's first page (the routines are below it, and in the second page). */
const BESIDE_CODE = 2048;
/** Interesting operands of the M extension. */
const EDGES = [0, 1, -1, 2, -2, 3, 7, 0x7fffffff, -0x80000000, 0x80000001 | 0, 0x12345678, -0x12345678, 0xffff, 0x10000];

/** Instructions that only change a0: the words patched into routines (and their originals). */
const ALTS = ['addi a0, a0, 7', 'xori a0, a0, 0x5a', 'slli a0, a0, 1', 'add a0, a0, a0', 'srai a0, a0, 1', 'mul a0, a0, a0',
  'addi a0, a0, -3', 'nop', 'sub a0, zero, a0', 'ori a0, a0, 0x101'];

/** A buffer a loop walks: how to get its base into a register, and its size in bytes. */
interface Buffer {
  base: (reg: string) => string[];
  bytes: number;
  name: string;
}

const LOADS = [['lb', 1], ['lbu', 1], ['lh', 2], ['lhu', 2], ['lw', 4], ['lw', 4]] as const;
const STORES = [['sb', 1], ['sh', 2], ['sw', 4], ['sw', 4]] as const;

class Program {
  readonly text: string[] = [];
  private labels = 0;
  /** Instructions the program is estimated to run so far. */
  spent = 0;
  forks = 0;
  /** The program has ended in a trap of its own making: nothing after it would run. */
  trapped = false;

  /** The routines of the code mapping (if `code`). */
  readonly routines: ReturnType<typeof routines>;

  constructor(readonly rng: Rng, readonly shape: ProgramShape, readonly code: boolean) {
    this.routines = routines(rng);
  }

  label(what: string): string {
    return `${what}_${this.labels++}`;
  }

  emit(...lines: string[]): void {
    this.text.push(...lines);
  }

  /** ALU instructions mixing `value` into the checksum (s1), through t2. */
  mix(value: string): string[] {
    const r = this.rng;
    switch (r.int(7)) {
      case 0: return [`add s1, s1, ${value}`];
      case 1: return [`xor s1, s1, ${value}`];
      case 2: return [`slli t2, s1, ${1 + r.int(7)}`, `add s1, t2, ${value}`];
      case 3: return [`sub s1, s1, ${value}`, 'srli t2, s1, 3', 'xor s1, s1, t2'];
      case 4: return [`${r.pick(['sll', 'srl', 'sra'])} t2, s1, ${value}`, 'add s1, s1, t2'];
      case 5: return [`${r.pick(['slt', 'sltu', 'or', 'and'])} t2, s1, ${value}`, 'addi s1, s1, 1', 'add s1, s1, t2'];
      default: return [`${r.pick(['slti', 'sltiu', 'andi', 'ori', 'xori'])} t2, ${value}, ${r.pick([-2048, -1, 0, 1, 100, 2047])}`, 'add s1, s1, t2'];
    }
  }
}

/** `n` rounded down to a multiple of `m`. */
const floorTo = (n: number, m: number): number => Math.floor(n / m) * m;

/** The buffers a program's loops walk. */
function buffers(p: Program): Buffer[] {
  const { shape } = p;
  const list: Buffer[] = [
    { name: 'bss', bytes: shape.bssPages * 4096, base: (reg) => [`la ${reg}, bss_buf`] },
    { name: 'data', bytes: shape.dataPages * 4096, base: (reg) => [`la ${reg}, data_buf`] },
    { name: 'stack', bytes: shape.stackPages * 4096, base: (reg) => [`mv ${reg}, sp`] }, // sp moved down at the start: the stack grows
  ];
  if (p.code) list.push({ name: 'code', bytes: 4096 - BESIDE_CODE, base: (reg) => [`li ${reg}, ${BESIDE_CODE}`, `add ${reg}, ${reg}, s0`] });
  return list;
}

/**
 * How a loop's pointer moves a round: by `bytes`, added as immediates, added from a register set
 * before the loop (or its negation subtracted), or added from a register the loop sets each
 * round (a step the translator's stride analysis does not follow).
 */
interface Step {
  kind: 'immediate' | 'register' | 'subtracted' | 'reloaded';
  bytes: number;
}

/** A step for a loop whose accesses are `align`-byte aligned: small, wide, a page, a register's value. */
function step(p: Program, align: number, misaligned: boolean): Step {
  const r = p.rng;
  const sign = r.chance(0.25) ? -1 : 1;
  const kind = r.pick(['small', 'small', 'wide', 'page', 'page', 'register', 'reloaded'] as const);
  const skew = misaligned ? 1 : 0;
  if (kind === 'small') return { kind: 'immediate', bytes: sign * (align * (1 + r.int(4)) + skew) };
  if (kind === 'wide') return { kind: 'immediate', bytes: sign * (floorTo(256 + r.int(1792), align) + skew) };
  const bytes = kind === 'page' ? 4096 * (1 + r.int(2)) : r.pick([4, 8, 64, 256, 1000, 4096, 4100, 8192, 12288]);
  return { kind: kind === 'page' ? r.pick(['register', 'subtracted', 'reloaded'] as const) : kind, bytes: sign * (floorTo(bytes, align) + skew) };
}

/** What the stride register of a step holds. */
const strideValue = (s: Step): number => (s.kind === 'subtracted' ? -s.bytes : s.bytes);

/** The instructions that move `reg` by `s` (`stride`: the register holding strideValue(s), set before the loop). */
function move(reg: string, s: Step, stride: string): string[] {
  if (s.kind === 'register') return [`add ${reg}, ${reg}, ${stride}`];
  if (s.kind === 'subtracted') return [`sub ${reg}, ${reg}, ${stride}`];
  if (s.kind === 'reloaded') return [`li t0, ${s.bytes}`, `add ${reg}, ${reg}, t0`];
  const out: string[] = [];
  for (let left = s.bytes; left !== 0;) {
    const part = Math.max(-2048, Math.min(2047, left));
    out.push(`addi ${reg}, ${reg}, ${part}`);
    left -= part;
  }
  return out;
}

/** One load or store at `off(ptr)` of a random width, its value mixed into the checksum. */
function access(p: Program, ptr: string, off: number, store: boolean, width: number): string[] {
  const r = p.rng;
  if (store) {
    const op = STORES.find(([, w]) => w === width)![0];
    return r.chance(0.5) ? [`${op} s1, ${off}(${ptr})`] : [`addi t1, s1, ${r.int(100)}`, `${op} t1, ${off}(${ptr})`];
  }
  const op = r.pick(LOADS.filter(([, w]) => w === width))[0];
  return [`${op} t1, ${off}(${ptr})`, ...p.mix('t1')];
}

/** A loop body of 1 to 4 accesses through `ptr` (offsets below 64, aligned to `align`, the widest). */
function body(p: Program, ptr: string, align: number, misaligned: boolean): string[] {
  const r = p.rng;
  const out: string[] = [];
  const n = 1 + r.int(4);
  for (let i = 0; i < n; i++) {
    const width = r.pick([1, 2, 4, 4].filter((w) => w <= align));
    const off = floorTo(r.int(64), width) + (misaligned && i === n - 1 && width > 1 ? 1 : 0);
    out.push(...access(p, ptr, off, r.chance(0.4), width));
    if (r.chance(0.3)) out.push(...p.mix('s2'));
  }
  return out;
}

/** Bytes past a loop pointer its accesses may reach (offsets below 64, a function's below 36), with room to align its start. */
const SPAN = 128;

/** A loop's pointer: its register, the register holding its base and the one holding its step, its buffer, step and accesses. */
interface Pointer {
  reg: string;
  baseReg: string;
  strideReg: string;
  buffer: Buffer;
  step: Step;
  body: string[];
}

/** The registers of a loop's pointers: the first one's base moves by the outer loop's step (in s7). */
const POINTER_REGS = [['s4', 's6', 's5'], ['s9', 's10', 's8'], ['s11', 'a2', 'a3']] as const;

/**
 * A counted loop (or two nested) with one to three pointers, each over a buffer (other pages,
 * most often: more DTLB slots a round): each starts where every round stays inside its buffer
 * and moves by a random step; the outer loop moves the first one's start. Sometimes a call, or
 * a misaligned access (in the first round, or in the outer loop's second: the process dies of
 * SIGBUS).
 */
function memoryLoop(p: Program): void {
  const r = p.rng;
  const align = r.pick([1, 2, 4, 4, 4]);
  const trap = !p.trapped && r.chance(0.015);
  const nested = r.chance(0.35);
  const outer = nested ? step(p, align, trap && align > 1) : null;
  const count = r.pick([1, 1, 2, 2, 3]);
  const pointers: Pointer[] = POINTER_REGS.slice(0, count).map(([reg, baseReg, strideReg], i) => ({
    reg, baseReg, strideReg, buffer: r.pick(buffers(p)), step: step(p, align, false), body: body(p, reg, align, trap && !outer && i === 0),
  }));
  const call = align === 4 && r.chance(0.15) ? ['mv a0, s1', 'mv a1, s4', `jal ra, fn_${r.int(FUNCTIONS)}`, ...p.mix('a0')] : [];
  const perRound = pointers.reduce((n, q) => n + q.body.length + 2, call.length * 6 + 2);
  let rounds = r.pick([1, 2, 3, 12, 13, 40, 200, 700, 1500, 3000, 6000]);
  let outerRounds = outer ? r.pick([2, 3, 5, 13, 30]) : 1;
  // The bytes a pointer reaches below and above its start.
  const reach = (q: Pointer): { lo: number; hi: number } => {
    const o = outer && q.reg === 's4' ? outer.bytes * (outerRounds - 1) : 0;
    const inner = q.step.bytes * (rounds - 1);
    return { lo: Math.min(0, inner) + Math.min(0, o), hi: Math.max(0, inner) + Math.max(0, o) };
  };
  const tooBig = (): boolean => p.spent + perRound * rounds * outerRounds > p.shape.budget || pointers.some((q) => {
    const { lo, hi } = reach(q);
    return hi - lo + SPAN > q.buffer.bytes;
  });
  while (rounds * outerRounds > 1 && tooBig()) {
    if (rounds >= outerRounds) rounds = Math.floor(rounds / 2);
    else outerRounds = Math.floor(outerRounds / 2);
  }
  p.spent += perRound * rounds * outerRounds;
  const innerLoop = p.label('inner'), outerLoop = p.label('outer');
  p.emit(`# ${nested ? `nested loop, ${outerRounds} x ` : 'loop, '}${rounds} rounds${outer ? `, outer step ${outer.bytes}` : ''}: ` +
    pointers.map((q) => `${q.buffer.name} step ${q.step.bytes}`).join(', '));
  for (const q of pointers) {
    const { lo, hi } = reach(q);
    const start = Math.ceil(-lo / 4) * 4 + floorTo(r.int(Math.max(1, q.buffer.bytes - SPAN - hi + lo)), 4);
    p.emit(...q.buffer.base(q.baseReg), `li t0, ${start}`, `add ${q.baseReg}, ${q.baseReg}, t0`, `li ${q.strideReg}, ${strideValue(q.step)}`);
  }
  p.emit(`li s7, ${outer ? strideValue(outer) : 0}`);
  if (nested) p.emit(`li s3, ${outerRounds}`, `${outerLoop}:`);
  p.emit(...pointers.map((q) => `mv ${q.reg}, ${q.baseReg}`), `li s2, ${rounds}`, `${innerLoop}:`, ...pointers.flatMap((q) => q.body), ...call,
    ...pointers.flatMap((q) => move(q.reg, q.step, q.strideReg)), 'addi s2, s2, -1', `bnez s2, ${innerLoop}`);
  if (outer) p.emit(...move('s6', outer, 's7'), 'addi s3, s3, -1', `bnez s3, ${outerLoop}`);
  if (trap) p.trapped = true;
}

/**
 * A loop whose accesses go where its counter says: a page by `remu` or a masked product (pages in
 * an order its code does not show), or the counter shifted (a step the stride analysis computes).
 */
function computedLoop(p: Program): void {
  const r = p.rng;
  const buffer = r.pick(buffers(p));
  const pages = Math.max(1, Math.floor(buffer.bytes / 4096));
  const kind = r.int(3);
  // (the shifted counter's rounds fit the buffer 4 bytes apart)
  const rounds = Math.max(1, Math.min(r.pick([20, 100, 500, 2000, 6000]), Math.floor((p.shape.budget - p.spent) / 16),
    kind === 1 ? Math.floor((buffer.bytes - 64) / 4) : Infinity));
  p.spent += rounds * 16;
  const loop = p.label('computed');
  p.emit(`# computed addresses over ${buffer.name}, ${rounds} rounds`, ...buffer.base('s6'), 'li s8, 0', `li s2, ${rounds}`);
  if (kind === 0) {
    // a page index: counter remu n, n pages (another slot every round)
    const n = 1 + r.int(pages);
    p.emit(`li s7, ${n}`, `${loop}:`, 'remu t0, s8, s7', 'slli t0, t0, 12', `addi t0, t0, ${floorTo(r.int(2048), 4)}`, 'add t0, t0, s6');
  } else if (kind === 1) {
    // the down-counter shifted, at most the buffer
    let shift = r.pick([2, 6, 8, 12]);
    while (shift > 2 && rounds * 2 ** shift > buffer.bytes - 64) shift--;
    p.emit(`li s7, ${-(2 ** shift)}`, `add s6, s6, s7`, `${loop}:`, `slli t0, s2, ${shift}`, 'add t0, s6, t0');
  } else {
    // an offset: counter * stride, masked to the buffer
    let mask = 1;
    while (mask * 2 <= buffer.bytes - 64) mask *= 2;
    p.emit(`li s7, ${mask - 4}`, `li s10, ${r.pick([4, 12, 260, 4096, 4100, 12292, 40964])}`, `${loop}:`, 'mul t0, s8, s10', 'and t0, t0, s7', 'add t0, t0, s6');
  }
  p.emit(...access(p, 't0', 0, r.chance(0.4), 4), 'addi s8, s8, 1', 'addi s2, s2, -1', `bnez s2, ${loop}`);
}

/** Branches on data: a loop head inside straight code, forward branches both ways, two ways back to the head (a branch, or a jump), sometimes a fence. */
function branchy(p: Program): void {
  const r = p.rng;
  const rounds = Math.max(1, Math.min(r.pick([5, 50, 300, 2000, 6000]), Math.floor((p.shape.budget - p.spent) / 14)));
  p.spent += rounds * 14;
  const head = p.label('head'), skip = p.label('skip'), done = p.label('done'), over = p.label('over');
  const fence = r.chance(0.1) ? [r.pick(['fence', 'fence rw, rw', 'fence.i'])] : [];
  p.emit(`# branches, ${rounds} rounds`, `li s2, ${rounds}`, `li s8, ${r.int(1000)}`, ...p.mix('s8'), `${head}:`, `addi s8, s8, ${1 + r.int(9)}`,
    `andi t0, s8, ${r.pick([1, 2, 3, 7])}`, `${r.pick(['beqz', 'bnez'])} t0, ${skip}`, ...p.mix('s8'), ...fence,
    `${r.pick(['blt', 'bge', 'bltu', 'bgeu', 'beq', 'bne'])} s1, s8, ${over}`, ...p.mix('s2'), `${over}:`);
  if (r.chance(0.5)) p.emit('addi s2, s2, -1', `bnez s2, ${head}`, `j ${done}`);
  else p.emit('addi s2, s2, -1', `beqz s2, ${done}`, `j ${head}`); // a loop closed by a jump
  p.emit(`${skip}:`, ...p.mix('t0'), 'addi s2, s2, -1', `bnez s2, ${head}`, `${done}:`);
}

/** Calls: direct, through the jump table (an index from the checksum), into a function's second instruction, to a computed local label. */
function calls(p: Program): void {
  const r = p.rng;
  const rounds = Math.max(1, Math.min(r.pick([1, 10, 100, 600, 2000]), Math.floor((p.shape.budget - p.spent) / 40)));
  p.spent += rounds * 40;
  const loop = p.label('calls'), here = p.label('here'), there = p.label('there');
  p.emit(`# calls, ${rounds} rounds`, `li s2, ${rounds}`, `${loop}:`, 'mv a0, s1', 'la a1, bss_buf', `addi a1, a1, ${floorTo(r.int(2000), 4)}`);
  const kind = r.int(4);
  if (kind === 0) p.emit(`jal ra, fn_${r.int(FUNCTIONS)}`);
  else {
    p.emit('la t0, jump_table', `srli t1, s1, ${r.int(8)}`, `andi t1, t1, ${FUNCTIONS - 1}`, 'slli t1, t1, 2', 'add t0, t0, t1', 'lw t2, 0(t0)');
    // into the second instruction (the first only adds to a0)
    p.emit(`jalr ra, ${kind === 3 ? 4 : 0}(t2)`);
  }
  p.emit(...p.mix('a0'),
    // a jump to one of two local targets
    `la t0, ${here}`, 'andi t1, s1, 1', 'slli t1, t1, 3', 'add t0, t0, t1', 'jalr zero, 0(t0)',
    `${here}:`, 'addi s1, s1, 5', `j ${there}`, 'xori s1, s1, 9', `${there}:`,
    'addi s2, s2, -1', `bnez s2, ${loop}`);
}

/** mul, mulh*, div*, rem* on edge values, sometimes in a loop whose divisor reaches 0 and -1. */
function mulDiv(p: Program): void {
  const r = p.rng;
  const ops = ['mul', 'mulh', 'mulhsu', 'mulhu', 'div', 'divu', 'rem', 'remu'];
  const operand = (): number => (r.chance(0.8) ? r.pick(EDGES) : r.next() | 0);
  p.emit('# mul/div');
  for (let i = 1 + r.int(4); i > 0; i--) {
    p.emit(`li t0, ${operand()}`, r.chance(0.3) ? 'mv t1, s1' : `li t1, ${operand()}`, `${r.pick(ops)} t2, t0, t1`, ...p.mix('t2'));
  }
  if (r.chance(0.5)) {
    const rounds = 3 + r.int(6), loop = p.label('divloop');
    p.spent += rounds * 10;
    p.emit(`li s2, ${rounds}`, `${loop}:`, `addi t1, s2, -${1 + r.int(3)}`, `li t0, ${operand()}`, `${r.pick(ops)} t2, t0, t1`, ...p.mix('t2'),
      'addi s2, s2, -1', `bnez s2, ${loop}`);
  }
  p.spent += 20;
}

/**
 * The routines copied into the code mapping (both pages), one word per instruction: their
 * instructions (with random words from ALTS) and the words of each that may be patched with
 * another of ALTS.
 */
function routines(rng: Rng): { name: string; words: string[]; patchable: number[] }[] {
  const alt = (): string => rng.pick(ALTS);
  return [
    { name: 'r_inc', words: [alt(), alt(), alt(), 'ret'], patchable: [0, 1, 2] },
    { name: 'r_loop', words: [`li t3, ${2 + rng.int(40)}`, alt(), 'addi t3, t3, -1', 'bnez t3, .-8', 'ret'], patchable: [1] },
    // rewrites its own fourth word (with t5) before it runs it
    { name: 'r_self', words: ['auipc t4, 0', 'sw t5, 12(t4)', alt(), alt(), 'ret'], patchable: [2, 3] },
    // a loop rewriting its own head each round (t3 rounds): addi a0, a0, 3 and 7 by turns
    { name: 'r_head', words: ['addi a0, a0, 3', 'auipc t4, 0', 'addi t4, t4, -4', 'lw t6, 0(t4)', 'lui t5, 0x400', 'xor t6, t6, t5', 'sw t6, 0(t4)',
      'addi t3, t3, -1', 'bnez t3, .-32', 'ret'], patchable: [] },
    { name: 'r_mem', words: ['lw t4, 0(a1)', alt(), 'add a0, a0, t4', 'sw a0, 4(a1)', 'ret'], patchable: [1] },
  ];
}

/** The routines' offsets from code_start. */
function offsets(list: ReturnType<typeof routines>): number[] {
  let at = 0;
  return list.map((r) => (at += 4 * r.words.length) - 4 * r.words.length);
}

/** Calls into the code mapping, patches of it with and without fence.i, stores beside it. */
function selfModifying(p: Program): void {
  const r = p.rng;
  const which = r.int(p.routines.length);
  const routine = p.routines[which];
  const page = r.chance(0.3) ? 4096 : 0;
  const rounds = Math.max(1, Math.min(r.pick([1, 5, 20, 100, 400]), Math.floor((p.shape.budget - p.spent) / 60)));
  p.spent += rounds * 60;
  const loop = p.label('smc');
  const patchable = routine.patchable;
  const patch = (): string[] => {
    if (patchable.length === 0) return [];
    const fence = r.chance(0.5) ? ['fence.i'] : [];
    return ['la t0, alts', `lw t1, ${4 * r.int(ALTS.length)}(t0)`, `sw t1, ${4 * r.pick(patchable)}(s10)`, ...fence];
  };
  p.emit(`# code at s0 + ${page}: ${routine.name}, ${rounds} rounds`, `li t0, ${page + offsets(p.routines)[which]}`, 'add s10, s0, t0', `li s2, ${rounds}`, `${loop}:`);
  if (r.chance(0.3)) p.emit(...patch());
  if (r.chance(0.2)) p.emit(`li t0, ${BESIDE_CODE}`, 'add t0, t0, s0', `sw s1, ${floorTo(r.int(1024), 4)}(t0)`); // data beside code
  p.emit('mv a0, s1', 'la a1, bss_buf', `addi a1, a1, ${floorTo(r.int(2000), 4)}`, `li t3, ${1 + r.int(30)}`, 'la t5, alts', `lw t5, ${4 * r.int(ALTS.length)}(t5)`,
    'jalr ra, 0(s10)', ...p.mix('a0'), 'addi s2, s2, -1', `bnez s2, ${loop}`);
  if (r.chance(0.5)) p.emit(...patch());
  if (r.chance(0.1)) p.emit('fence.i');
}

/** A trap of the program's own making, after which nothing runs (the kernel kills the process). */
function trap(p: Program): void {
  const r = p.rng;
  const kinds = ['misaligned jump', 'misaligned load'];
  if (p.code && p.shape.mmu) kinds.push('store into read-only code', 'call into non-executable code');
  const kind = r.pick(kinds);
  p.emit(`# trap: ${kind}`);
  if (kind === 'misaligned jump') p.emit('la t0, fn_0', 'addi t0, t0, 2', 'jalr ra, 0(t0)');
  else if (kind === 'misaligned load') p.emit('la t0, data_buf', `lw t1, ${r.pick([1, 2, 3])}(t0)`, ...p.mix('t1'));
  else {
    const store = kind === 'store into read-only code';
    p.emit('mv a0, s0', 'li a1, 8192', `li a2, ${store ? 5 : 3}`, 'li a7, 226', 'ecall', ...p.mix('a0'));
    p.emit(...(store ? ['sw s1, 0(s0)'] : ['mv a0, s1', 'jalr ra, 0(s0)']));
  }
  p.trapped = true;
}

/** write(1) of the checksum (4 bytes, or 0 to 3 of them as it says). */
function write(p: Program): void {
  const length = p.rng.chance(0.7) ? ['li a2, 4'] : ['andi a2, s1, 3'];
  p.emit('# write', 'la a1, out_buf', 'sw s1, 0(a1)', 'li a0, 1', ...length, 'li a7, 64', 'ecall', ...p.mix('a0'));
}

/** fork (the child's a0 is 0, the parent's the child's pid: the checksums part), or sched_yield. */
function system(p: Program): void {
  if (p.shape.mmu && p.forks < 2 && p.rng.chance(0.6)) {
    p.forks++;
    p.emit('# fork', 'li a0, 17', 'li a1, 0', 'li a2, 0', 'li a3, 0', 'li a4, 0', 'li a7, 220', 'ecall', ...p.mix('a0'));
  } else p.emit('# sched_yield', 'li a7, 124', 'ecall', ...p.mix('a0'));
}

/** The functions of the jump table: each first adds to a0 (a call may skip it), some loop, some use memory at a1. */
function functions(rng: Rng): string[] {
  const out: string[] = [];
  for (let f = 0; f < FUNCTIONS; f++) {
    out.push(`fn_${f}:`, `addi a0, a0, ${f + 1}`);
    if (rng.chance(0.5)) out.push(`li t3, ${1 + rng.int(20)}`, `fn_${f}_loop:`, `${rng.pick(['add', 'xor', 'mul'])} a0, a0, t3`, 'addi t3, t3, -1', `bnez t3, fn_${f}_loop`);
    if (rng.chance(0.6)) out.push(`lw t4, ${4 * rng.int(8)}(a1)`, 'add a0, a0, t4', `sw a0, ${4 * rng.int(8)}(a1)`);
    if (rng.chance(0.3)) out.push(`lbu t4, ${rng.int(32)}(a1)`, 'xor a0, a0, t4', `sh a0, ${2 * rng.int(16)}(a1)`);
    out.push('ret');
  }
  return out;
}

/** The program, as assembly. */
export function enginesProgram(rng: Rng, shape: ProgramShape): string {
  const p = new Program(rng, shape, rng.chance(0.5));
  const steps = 6 + rng.int(19);
  const kinds: [number, (p: Program) => void][] = [[8, memoryLoop], [2, computedLoop], [2, branchy], [2, calls], [2, mulDiv], [2, write], [1, system]];
  if (p.code) kinds.push([5, selfModifying]);
  const weight = kinds.reduce((n, [w]) => n + w, 0);
  for (let i = 0; i < steps && !p.trapped && p.spent < shape.budget; i++) {
    let pick = rng.int(weight);
    kinds.find(([w]) => (pick -= w) < 0)![1](p);
  }
  if (!p.trapped && rng.chance(0.03)) trap(p);
  // With the MMU off nothing is mapped, and .bss is as executable as anything.
  const mapping = shape.mmu ? ['li a0, 0', 'li a1, 8192', 'li a2, 7', 'li a3, 0x22', 'li a4, -1', 'li a5, 0', 'li a7, 222', 'ecall',
    'li t0, -4096', 'bltu a0, t0, mapped', 'li a0, 99', 'li a7, 93', 'ecall', 'mapped:', 'mv s0, a0'] : ['la s0, code_area'];
  const codeMapping = p.code ? [
    '# the code mapping: two read-write-execute pages, the routines copied into both',
    ...mapping,
    'mv t2, s0', 'jal ra, copy_code', 'li t2, 4096', 'add t2, s0, t2', 'jal ra, copy_code', 'fence.i',
  ] : [];
  const wait = p.forks > 0 ? ['# wait for every child', 'wait_more:', 'li a0, -1', 'li a1, 0', 'li a2, 0', 'li a3, 0', 'li a7, 260', 'ecall', 'bgez a0, wait_more'] : [];
  return [
    '  .text',
    '  .globl _start',
    '_start:',
    `li s1, ${rng.next() | 0}`,
    `li t0, ${shape.stackPages * 4096}`, 'sub sp, sp, t0',
    ...codeMapping,
    ...p.text,
    '# the end: the checksum written, the exit status from it',
    'la a1, out_buf', 'sw s1, 0(a1)', 'li a0, 1', 'li a2, 4', 'li a7, 64', 'ecall',
    ...wait,
    'andi a0, s1, 127', 'li a7, 93', 'ecall',
    ...functions(rng),
    '# copies code_start..code_end to t2',
    'copy_code:', 'la t0, code_start', 'la t1, code_end', 'copy_word:', 'lw t3, 0(t0)', 'sw t3, 0(t2)', 'addi t0, t0, 4', 'addi t2, t2, 4',
    'bltu t0, t1, copy_word', 'ret',
    'code_start:', ...p.routines.flatMap((r) => [`${r.name}:`, ...r.words]), 'code_end:',
    'alts:', ...ALTS,
    '  .data',
    '  .balign 4096',
    'data_buf:',
    ...Array.from({ length: 8 }, () => `.word ${rng.next() | 0}, ${rng.next() | 0}, ${rng.next() | 0}, ${rng.next() | 0}`),
    `.fill ${shape.dataPages * 1024 - 32}, 4, ${rng.next() | 0}`,
    'jump_table: .word fn_0, fn_1, fn_2, fn_3',
    '  .bss',
    '  .balign 4096',
    `bss_buf: .space ${shape.bssPages * 4096}`,
    'out_buf: .space 16',
    '  .balign 4096',
    'code_area: .space 8192',
    '',
  ].map((line) => (line.endsWith(':') || line.startsWith('  .') || line === '' ? line : `  ${line}`)).join('\n');
}
