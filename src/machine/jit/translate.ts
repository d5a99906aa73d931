/**
 * Guest code → JavaScript source, a block at a time. A block starts at a physical address and
 * runs to the first jalr, backward branch, fence.i or jump out of its page (included), to the
 * last word of its page, up to an instruction the interpreter must run (ecall, ebreak, a CSR
 * access, an illegal word, a jump or branch whose offset is misaligned), which it leaves out, or
 * up to a loop's head; a jump within its page goes on at the target, and a forward branch leaves
 * the block when taken and lets it go on when not (an extended basic block), up to MAX_BLOCK
 * instructions (see blockPath).
 * The source is the body of `function (pc0, room, timerRoom)`, where pc0 is the virtual address
 * of the block's first instruction, and room and timerRoom the instructions and timer cycles the
 * caller has left (a block that branches back to its own start runs another round only while a
 * whole round fits in both). Blocks depend on the words they were made from, never on where they
 * are mapped, so one translation of a frame serves every virtual page that maps it; nor on the
 * machine (the caller gives the names below from its own), so one compiled source serves every
 * machine with the same costs.
 *
 * The body reproduces the interpreter (cpu.ts) exactly: the same data fast path (a hit is a DTLB
 * hit), the same counters. An access that misses the fast path, or that is misaligned, leaves the
 * block before it: the interpreter runs that instruction (TLB lookup, walk, fault, trap) and the
 * rest of the block, and blocks go on from there. It returns the number of instructions retired, and leaves in
 * c.spent their instruction cycles, in c.nextPc the pc to continue at, in c.interpretNext how
 * many instructions from there on the interpreter runs (0: none). Names the body uses (jit-cpu.ts binds them from
 * the machine's context before the body): c (the CPU), x, i32, i16, u16, i8, u8, dec (the
 * decoded-instruction cache), lT/lB/lS and sT/sB/sS (load and store fast tables: tag, base,
 * slot), fT/fS (fetch fast table), itlb, dtlb, ts (the DTLB slots of the block's accesses), X (its
 * exits) and mulhu.
 */
import { INSTRUCTIONS, type InstructionRow } from '../../isa/table.js';
import { decode, decodeToRun } from '../../isa/decode.js';
import { immB, immJ, immS } from '../../isa/fields.js';
import { FAST_MASK } from '../mmu.js';
import { stridesAcrossPages } from './stride.js';

/** How long a block may be, in instructions (a page holds 1024). */
export const MAX_BLOCK = 256;

/**
 * The most instructions a block may be given room for in one call (its caller, JitCpu.runBlocks,
 * keeps to it, so that a long loop returns to it now and then): so a looping block's listed DTLB
 * touches (listTouches), at most one per instruction, fit in `ts` from OVERFLOW on.
 */
export const MAX_ROOM = 4096;
/** Where a block's listed DTLB touches start in `ts`, after the slots of its accesses. */
export const OVERFLOW = MAX_BLOCK;

/** What translation needs to know of the machine. */
export interface TranslateOptions {
  /** Cycles of each instruction-table row; a taken branch adds takenExtra, a memory access memory. */
  opCycles: Int32Array;
  takenExtra: number;
  memory: number;
  /**
   * One TLB serves fetches and data: a data access can change what the next fetch finds, so the
   * fetch is checked again after each one (the interpreter checks before every instruction).
   */
  unified: boolean;
  /**
   * Accesses that miss the fast path go to the MMU from inside the block (c.slowData) instead of
   * leaving the rest of the block to the interpreter: for a block whose accesses miss often.
   */
  inlineSlowPaths?: boolean;
  /**
   * A looping block's access that hits another DTLB slot than it did in the previous round lists
   * the touch of the slot it hit then, for the epilogue to make first, instead of leaving the
   * block: for a block whose rounds often change pages (a strided loop). The list costs a loop
   * that rarely changes pages more than the exits it saves (see roundChanged). Not with
   * inlineSlowPaths: a block that calls the MMU makes and forgets its pending touches at each
   * call, so its rounds seldom find a changed slot, and the list's code made its misses slower.
   */
  listTouches?: boolean;
  /**
   * listTouches from the start for a loop whose accesses step through memory by a register's
   * value or by WIDE_STEP bytes or more a round (stride.ts): it would leave its block at every
   * page it crosses until it was translated again. Only worth it with translation on.
   */
  listStrided?: boolean;
  /**
   * Words (indices in `words`) where other blocks start: a block that does not loop ends before
   * the first one its path runs into that a branch or jump goes to (see blockPath), so that a
   * tail other blocks lead into is not translated (and compiled by V8) again in each of them.
   */
  startsBlock?: (wordIndex: number) => boolean;
}

export interface Translation {
  /** The body of `function (pc0, room, timerRoom)`, or '' when the first instruction is left to the interpreter. */
  source: string;
  /**
   * The block's exits, six numbers each, which the body reads as `X` (an Int32Array):
   * instructions, cycles, loads and stores of the round that leaves, the pc to continue at as
   * an offset from pc0 (plus `to`, the target of a jalr), and how many instructions from there
   * on are the interpreter's (see `interpreted` in translateBlock), 0 for none, -2 if the
   * instruction there trapped in the MMU (inlineSlowPaths; the trap is recorded), -3 if the
   * round that leaves hit another DTLB slot there than the previous round (blocks go on there).
   */
  exits: number[];
  /** Instructions in the block. */
  length: number;
  /** The most cycles its instructions can cost (every branch taken when that costs more). */
  maxCost: number;
  /** Whether the block branches back to its start: a loop inside the function, a round at a time. */
  loops: boolean;
}

/** Stands for the block's number of accesses until the whole block is known. */
const ACCESSES = '/*accesses*/';
/**
 * An exit's last field (see Translation.exits): the rest of the block is the interpreter's; a
 * trap; a round that changed DTLB slots (ROUND_CHANGED, which jit-cpu.ts counts).
 */
const INTERPRET_REST = -1, TRAPPED = -2;
export const ROUND_CHANGED = -3;
const ACCESS_LOAD = 1, ACCESS_STORE = 2;

const LOADS: Record<string, { align: number; read: (p: string) => string }> = {
  lb: { align: 0, read: (p) => `i8[${p}]` },
  lh: { align: 1, read: (p) => `i16[${p} >>> 1]` },
  lw: { align: 3, read: (p) => `i32[${p} >>> 2]` },
  lbu: { align: 0, read: (p) => `u8[${p}]` },
  lhu: { align: 1, read: (p) => `u16[${p} >>> 1]` },
};
const STORES: Record<string, { align: number; write: (p: string, v: string) => string }> = {
  sb: { align: 0, write: (p, v) => `u8[${p}] = ${v};` },
  sh: { align: 1, write: (p, v) => `u16[${p} >>> 1] = ${v};` },
  sw: { align: 3, write: (p, v) => `i32[${p} >>> 2] = ${v};` },
};
const BRANCHES: Record<string, (a: string, b: string) => string> = {
  beq: (a, b) => `${a} === ${b}`,
  bne: (a, b) => `${a} !== ${b}`,
  blt: (a, b) => `${a} < ${b}`,
  bge: (a, b) => `${a} >= ${b}`,
  bltu: (a, b) => `(${a} >>> 0) < (${b} >>> 0)`,
  bgeu: (a, b) => `(${a} >>> 0) >= (${b} >>> 0)`,
};

/**
 * The value an ALU or M instruction computes, as a JS expression of a, b (registers) and imm.
 * Registers live in JS locals during a block, so every value must be a signed 32-bit integer, as
 * the Int32Array would make it.
 */
function aluExpression(name: string, a: string, b: string, imm: number, shamt: number): string | null {
  switch (name) {
    case 'addi': return a === '0' ? String(imm) : imm === 0 ? a : `(${a} + ${imm}) | 0`; // li, mv
    case 'slti': return `${a} < ${imm} ? 1 : 0`;
    case 'sltiu': return `(${a} >>> 0) < ${imm >>> 0} ? 1 : 0`;
    case 'xori': return `${a} ^ ${imm}`;
    case 'ori': return `${a} | ${imm}`;
    case 'andi': return `${a} & ${imm}`;
    case 'slli': return `${a} << ${shamt}`;
    case 'srli': return `(${a} >>> ${shamt}) | 0`;
    case 'srai': return `${a} >> ${shamt}`;
    case 'add': return `(${a} + ${b}) | 0`;
    case 'sub': return `(${a} - ${b}) | 0`;
    case 'sll': return `${a} << (${b} & 31)`;
    case 'slt': return `${a} < ${b} ? 1 : 0`;
    case 'sltu': return `(${a} >>> 0) < (${b} >>> 0) ? 1 : 0`;
    case 'xor': return `${a} ^ ${b}`;
    case 'srl': return `(${a} >>> (${b} & 31)) | 0`;
    case 'sra': return `${a} >> (${b} & 31)`;
    case 'or': return `${a} | ${b}`;
    case 'and': return `${a} & ${b}`;
    case 'mul': return `Math.imul(${a}, ${b})`;
    case 'mulh': return `(mulhu(${a} >>> 0, ${b} >>> 0) - (${a} < 0 ? ${b} : 0) - (${b} < 0 ? ${a} : 0)) | 0`;
    case 'mulhsu': return `(mulhu(${a} >>> 0, ${b} >>> 0) - (${a} < 0 ? ${b} : 0)) | 0`;
    case 'mulhu': return `mulhu(${a} >>> 0, ${b} >>> 0)`;
    case 'div': return `${b} === 0 ? -1 : ${a} === -2147483648 && ${b} === -1 ? ${a} : (${a} / ${b}) | 0`;
    case 'divu': return `(${b} >>> 0) === 0 ? -1 : ((${a} >>> 0) / (${b} >>> 0)) | 0`;
    case 'rem': return `${b} === 0 ? ${a} : ${a} === -2147483648 && ${b} === -1 ? 0 : ${a} % ${b} | 0`;
    case 'remu': return `(${b} >>> 0) === 0 ? ${a} | 0 : ((${a} >>> 0) % (${b} >>> 0)) | 0`;
    default: return null;
  }
}

/** Whether the block must end before `row` (the interpreter runs it). */
function leftToInterpreter(row: InstructionRow | undefined, w: number): boolean {
  if (row === undefined) return true;
  if (row.cls === 'system' || row.cls === 'csr') return true; // ecall, ebreak, CSR accesses
  if (row.format === 'branch') return (immB(w) & 3) !== 0;
  if (row.format === 'jal') return (immJ(w) & 3) !== 0;
  return false;
}

/**
 * The words of the block that starts at `words[first]`, in the order it runs them (its path):
 * on from word to word, and on at the target of a jump (`jal`) in the same page that is not in
 * the path yet; ending before the first instruction left to the interpreter, after any other
 * jump, a jalr, fence.i or backward branch, at the end of its page or MAX_BLOCK; and before any
 * instruction that a branch, a jump or the flow in the path goes back to (a loop's head); and,
 * given `startsBlock`, before a word it runs into (not one it jumps to) where another block
 * starts and some branch or jump goes.
 *
 * A block goes on past a forward branch (mostly an `if`) but not past a backward one (mostly a
 * loop's, taken on every round but the last): code that runs once a loop is over had usually not
 * run when V8 optimized the block, and code that had not run then deoptimizes it (V8 compiles
 * it again), which costs a short run more than a few more block exits. A loop's head starts a
 * block of its own, so that no loop body is translated (and compiled) twice, in the block that
 * leads to it and in its own; a branch or jump back to the block's own start makes it a loop.
 * A jump in the page is followed rather than left: the jump that ends an `if`'s first arm, a
 * `switch`'s case or an interpreter's handler (gcc's `j` back to its dispatch), a call of a
 * function nearby. Each would otherwise cost a return to the dispatcher (JitCpu.runBlocks) and a
 * block of its own: 70 % of the block calls of a bytecode interpreter's loop (gcc -O2) ended in
 * a `j` in their page, 40 % of a recursive fib's (-O0) in a call.
 */
function blockPath(words: Int32Array, first: number, startsBlock?: (wordIndex: number) => boolean): number[] {
  const path: number[] = [];
  path.length = walkPath(words, first, startsBlock, path);
  return path;
}

/**
 * Where walkPath marks the words of the path it is walking: placeOf[word & 1023] is the word's
 * index in it if walkOf[word & 1023] is the walk's number. Kept between calls, so that a walk
 * allocates nothing but its path (blockLength runs one at every start of a block not yet hot).
 */
const placeOf = new Int16Array(1024);
const walkOf = new Uint32Array(1024);
let walks = 0;
/** blockLength's path, used again by every call. */
const lengthPath: number[] = [];

/** blockPath's walk: fills `path` (emptied first) and returns the block's length, `path`'s first words. */
function walkPath(words: Int32Array, first: number, startsBlock: ((wordIndex: number) => boolean) | undefined, path: number[]): number {
  const pageStart = first & ~1023, pageEnd = pageStart + 1024;
  path.length = 0;
  if (++walks === 0x100000000) {
    walkOf.fill(0);
    walks = 1;
  }
  const walk = walks;
  let head = MAX_BLOCK; // the first loop head in the path (an index in it)
  // Whether wi is in the path; if it is past the first word, it is a loop's head.
  const backTo = (wi: number): boolean => {
    if (wi < pageStart || wi >= pageEnd || walkOf[wi & 1023] !== walk) return false;
    const at = placeOf[wi & 1023];
    if (at > 0) head = Math.min(head, at);
    return true;
  };
  // Whether the path came to wi by a jump (followed on purpose, even where another block starts).
  let jumped = false;
  for (let wi = first; wi >= pageStart && wi < pageEnd && path.length < MAX_BLOCK;) {
    if (backTo(wi)) break; // the flow into a word of the path
    if (wi !== first && !jumped && startsBlock?.(wi) === true && jumpedTo(words, wi)) break;
    jumped = false;
    const w = words[wi];
    const row = decodeToRun(w);
    if (leftToInterpreter(row, w)) break;
    walkOf[wi & 1023] = walk;
    placeOf[wi & 1023] = path.length;
    path.push(wi);
    const { name, format } = row!;
    if (format === 'branch') {
      const target = wi + immB(w) / 4;
      if (backTo(target) || target <= wi) break;
    } else if (name === 'jal') {
      const target = wi + immJ(w) / 4;
      if (backTo(target) || target < pageStart || target >= pageEnd) break;
      wi = target;
      jumped = true;
      continue;
    } else if (name === 'jalr' || name === 'fence.i') {
      break;
    }
    wi++;
  }
  return Math.min(head, path.length);
}

/**
 * Whether a branch or jump in the page of `words[target]` goes to it: a place where paths join (a
 * loop's head, the code after an `if`), not one where a run of the interpreter happened to stop
 * (the timer's end of a time slice), which can start a block too. A scan of the page, made only
 * where another block starts (blockPath).
 */
function jumpedTo(words: Int32Array, target: number): boolean {
  const pageStart = target & ~1023;
  for (let wi = pageStart; wi < Math.min(pageStart + 1024, words.length); wi++) {
    const w = words[wi];
    const format = decode(w)?.format;
    if ((format === 'branch' && wi + immB(w) / 4 === target) || (format === 'jal' && wi + immJ(w) / 4 === target)) return true;
  }
  return false;
}

/**
 * The number of instructions in the block that starts at `words[first]` (blockPath), without
 * translating it: 0 if its first instruction is the interpreter's.
 */
export function blockLength(words: Int32Array, first: number): number {
  return walkPath(words, first, undefined, lengthPath);
}

/** Whether the last instruction of the block of `path` branches or jumps back to its start. */
function loopsBack(words: Int32Array, path: readonly number[]): boolean {
  if (path.length === 0) return false;
  const last = path[path.length - 1];
  const w = words[last];
  const format = decode(w)?.format;
  const offset = format === 'branch' ? immB(w) : format === 'jal' ? immJ(w) : -1;
  return offset === -4 * (last - path[0]);
}

/** `rnd * v + ` (what rnd whole rounds of `v` each add), or nothing for v = 0. */
function rounds(v: number): string {
  return v === 0 ? '' : `rnd * ${v} + `;
}

/**
 * The statement that sets `maxRounds`, the most whole rounds a looping block may have run and
 * still start another, from the caller's room and timerRoom: another round (`length`
 * instructions, at most `maxCost` cycles) starts after round r while r * length + length <= room
 * and r * cycles + maxCost < timerRoom, where `cycles` is what a whole round costs. Computed once
 * a call, so that a round only counts itself (rnd). The divisions are of integers below 2^53, so
 * their floor and ceiling are exact.
 */
function roundLimit(length: number, cycles: number, maxCost: number): string {
  const byTimer = cycles > 0 ? `Math.ceil((timerRoom - ${maxCost}) / ${cycles}) - 1` : `(${maxCost} < timerRoom ? Infinity : -1)`;
  return `const maxRounds = Math.min(Math.floor((room - ${length}) / ${length}), ${byTimer});`;
}

/**
 * Translate the block whose first word is `words[first]` (`words` holds RAM as 32-bit words;
 * the block stops within its 1024-word page: see blockPath).
 *
 * Every way out of the block (a taken branch, its end, an instruction for the interpreter) only
 * sets a constant in a local and breaks to one epilogue, which writes the registers back and
 * reports to the CPU. So an exit that first happens after V8 optimized the block holds no
 * operation V8 needs type feedback for (it would deoptimize the whole block there and compile it
 * again), and the source is a fraction of what a copy of the write-back at every exit made.
 */
export function translateBlock(words: Int32Array, first: number, options: TranslateOptions): Translation {
  const pageEnd = (first | 1023) + 1;
  // A block that loops keeps its whole loop; any other ends where another block starts.
  let path = blockPath(words, first);
  if (options.startsBlock !== undefined && !loopsBack(words, path)) path = blockPath(words, first, options.startsBlock);
  // Whether the block branches back to its start, a loop inside the function (split TLBs only:
  // with one TLB the fetch there must be checked again); every access of it is then in every
  // round. And whether it lists the touches of its round changes (see roundChanged).
  const loops = !options.unified && loopsBack(words, path);
  const list = !options.unified && options.inlineSlowPaths !== true && (options.listTouches === true ||
    (options.listStrided === true && loops && stridesAcrossPages(words, path)));
  // e: where the exit's fields start in X (see Translation.exits); to: a jalr's target - pc0.
  const out: string[] = ['let va = 0, p = 0, vpn = 0, fi = 0, s = 0, t = 0, ov = 0, rnd = 0, e = 0, to = 0;'];
  const exits: number[] = [];
  const exitAt = new Map<string, number>();
  const exitNumber = (fields: number[]): number => {
    const key = fields.join();
    let at = exitAt.get(key);
    if (at === undefined) {
      at = exits.length;
      exits.push(...fields);
      exitAt.set(key, at);
    }
    return at;
  };
  if (options.unified) out.push(`const vpn0 = pc0 >>> 12, ffi = vpn0 & ${FAST_MASK};`);
  // A fast-path hit touches its DTLB slot (if it is not the most recent one already): with one
  // unified TLB at once, as the next fetch depends on it; with split TLBs nothing in the block
  // reads the DTLB's recency, so the block only notes the slot of its m-th access in ts[m] and
  // the epilogue touches them in the order of their last use, which leaves the replacement state
  // (LRU stamps' order, tree-PLRU bits) as the touches one by one would. In a block that loops,
  // the touches pending before access m of a round are the previous round's from m on, then
  // this round's: when m hits another slot than it did in the previous round, the touch of the
  // slot it hit then (ts[m]) is due before all of those, and after every touch made or listed
  // before, so the block either leaves before instruction i (roundChanged), and the epilogue
  // makes them in order, the one m would overwrite included, and blocks go on at instruction i;
  // or, listTouches, adds it to its list (ts from OVERFLOW on, ov of them), which the epilogue
  // touches first, and goes on. Every access of a looping block runs in every whole round (a
  // taken forward branch leaves the block), so from the second round on ts[m] holds the previous
  // round's slot. Code that had not run when V8 optimized a loop would deoptimize it where it
  // first runs, which was a loop's first page crossing: so the addition runs in the first calls
  // of a looping block too, which run one round each (room 0, JitCpu.translate), without
  // counting (ov += 0); and the checks' comparisons run whole there (`&`, not `&&`), so that V8
  // has seen them too. A block with the MMU's slow path inside has c.settleData make and forget
  // the touches pending in ts in the middle of a round: a slot of -1 there is no round change.
  const roundChanged = (m: number, i: number): string => list
    ? `t = ts[${m}]; if (((t !== s) & (rnd > 0)) | (room === 0)) { ts[${OVERFLOW} + ov] = t; ov += rnd > 0 ? 1 : 0; }`
    : `t = ts[${m}]; if ((t !== s) & (t >= 0) & (rnd > 0)) { e = ${exitNumber([i, cost, loads, stores, here, ROUND_CHANGED])}; break block; }`;
  const hit = (slots: string, m: number, i: number): string => options.unified
    ? `s = ${slots}[fi]; if (s !== dtlb.last && s >= 0) dtlb.touch(s);`
    : `s = ${slots}[fi]; ${loops ? `${roundChanged(m, i)} ` : ''}ts[${m}] = s;`;
  // A looping block (split TLBs, no slow path inside) keeps, for its m-th access, the page it
  // last reached (v<m>) and what turns an address there into a RAM offset (d<m>): a round that
  // finds its access on the same page as in the previous round has nothing to look up, touch or
  // check, since nothing in the block changes the fast tables; on another page it takes the fast
  // path as above. The round check then runs only when a page changes: matmul's inner loop took
  // 26 ms with the MMU on and 19-20 off when every round looked up and checked its accesses, and
  // takes 16-17 and 14-15 now (docs/engine.md, "Seventh round"). The fast tables' bases are
  // int32 (RAM is at most 2 GiB), so va + d<m>, a base plus an offset in its page, is one too.
  const pageCached = loops && options.inlineSlowPaths !== true;
  // `here`: the offset from pc0 of the instruction being translated (blockPath may jump).
  let cost = 0, loads = 0, stores = 0, length = 0, maxCost = 0, here = 0;
  // An access's virtual address `va` (register `base` + `offset`), its page and, unless the
  // block keeps its page (pageCached), its index in the fast tables.
  const address = (base: string, offset: number): string =>
    `va = (${base} + ${offset}) | 0; vpn = va >>> 12;${pageCached ? '' : ` fi = vpn & ${FAST_MASK};`}`;
  // The statement that leaves the block after `n` instructions of this round, continuing at
  // pc0 + `offset` (+ `to`, which a jalr sets); `spent` is their cycles. In a block that loops on
  // itself, rnd whole rounds came before (each the same instructions, cycles and accesses: `round`).
  const exit = (n: number, spent: number, offset: number, l = loads, st = stores): string =>
    `{ e = ${exitNumber([n, spent, l, st, offset, 0])}; break block; }`;
  // Instruction n of this round is left to the interpreter, and the rest of the block with it
  // (run() runs them next; the exit's last field, -1 here, becomes their number): an access that
  // missed the fast path (the MMU's lookup, walk, fault, a store into translated code) or is
  // misaligned, a jalr to a misaligned target. The block holds no call for these rare cases: an
  // optimized block would deoptimize at each first one, and every new machine has them anew.
  const interpreted = (n: number): string => `{ e = ${exitNumber([n, cost, loads, stores, here, INTERPRET_REST])}; break block; }`;
  // An access at instruction n of this round whose translation faulted (inlineSlowPaths).
  const trapped = (n: number, l: number, st: number): string => `{ e = ${exitNumber([n, cost, l, st, here, TRAPPED])}; break block; }`;
  // The fast-path lookup of an access in table t (l: loads, s: stores) that leaves p the
  // physical address, or leaves the block; `stored` is the store, done before a stale-code exit
  // (`after`: the cycles up to and with it).
  const lookup = (t: string, align: number, i: number, access: number, stored = '', after = 0): string[] => {
    const m = loads + stores;
    if (pageCached) {
      return [...(align ? [`if ((va & ${align}) !== 0) ${interpreted(i)}`] : []),
        `if (vpn !== v${m}) { fi = vpn & ${FAST_MASK}; if (${t}T[fi] !== vpn) ${interpreted(i)} ${hit(`${t}S`, m, i)} v${m} = vpn; d${m} = (${t}B[fi] - (vpn << 12)) | 0; }`,
        `p = (va + d${m}) | 0;`];
    }
    if (!options.inlineSlowPaths) {
      return [`if (${align ? `(va & ${align}) !== 0 || ` : ''}${t}T[fi] !== vpn) ${interpreted(i)}`, `${hit(`${t}S`, m, i)} p = ${t}B[fi] + (va & 4095);`];
    }
    // Before the MMU (lookup, insert, walk) the pending DTLB touches are made and forgotten. A
    // store that lands in a frame of translated code (this one's, perhaps) is done, and the block
    // left, so that nothing stale runs.
    const settle = options.unified ? '' : `c.settleData(ts, ${m}, ${loops ? `rnd > 0 ? ${ACCESSES} : 0` : '0'}, ${ACCESSES}); `;
    const l = loads + (access === ACCESS_LOAD ? 1 : 0), st = stores + (access === ACCESS_STORE ? 1 : 0);
    const stale = stored ? ` if (c.codeChanged) { ${stored} c.codeChanged = false; ${exit(i + 1, after, here + 4, l, st)} }` : '';
    return [...(align ? [`if ((va & ${align}) !== 0) ${interpreted(i)}`] : []),
      `if (${t}T[fi] === vpn) { ${hit(`${t}S`, m, i)} p = ${t}B[fi] + (va & 4095); }`,
      `else { ${settle}p = c.slowData(va, ${access}); if (p < 0) ${trapped(i, l, st)}${stale} }`];
  };

  // A branch or jump back to the block's own start (split TLBs: nothing in the block touches the
  // ITLB, so the fetch the interpreter would make there changes nothing): another round, if the
  // instruction limit (room) and the timer (timerRoom) allow a whole one, as run() checks: while
  // rnd rounds are at most maxRounds (see roundLimit). It makes the block a loop (and ends it,
  // see blockPath): every round but the last runs the same instructions, cycles and accesses
  // (`round`: all of the block's accesses, as the branch back is its last instruction).
  let round = { instructions: 0, cycles: 0, loads: 0, stores: 0 };
  const again = (n: number, spent: number): string => {
    round = { instructions: n, cycles: spent, loads, stores };
    return `{ if (++rnd > maxRounds) ${exit(0, 0, 0, 0, 0)} continue; }`;
  };
  // Registers live in locals (r5...) for the block: loaded on entry, written back on the way out.
  const written = new Set<number>();
  const reg = (r: number): string => `r${r}`;
  const bodyStart = out.length;
  // The last instruction left the block (a jump): no exit after it.
  let ended = false;
  for (let k = 0; k < path.length; k++) {
    const wi = path[k];
    here = 4 * (wi - first);
    const w = words[wi];
    const row = decodeToRun(w)!;
    const { name, format } = row;
    const i = length;
    const rd = (w >>> 7) & 31, rs1 = (w >>> 15) & 31, rs2 = (w >>> 20) & 31;
    const a = rs1 === 0 ? '0' : reg(rs1), b = rs2 === 0 ? '0' : reg(rs2);
    const own = options.opCycles[INSTRUCTIONS.indexOf(row)];
    const set = (value: string): void => {
      if (rd === 0) return;
      written.add(rd);
      out.push(`${reg(rd)} = ${value};`);
    };
    out.push(`// ${i}: ${name}`);
    let memory = false;
    if (format === 'load') {
      const { align, read } = LOADS[name];
      out.push(address(a, w >> 20), ...lookup('l', align, i, ACCESS_LOAD));
      set(read('p'));
      loads++;
      cost += own + options.memory;
      memory = true;
    } else if (format === 'store') {
      const { align, write } = STORES[name];
      // A frame of translated code has no fast-path entry for stores: a store there goes to the
      // interpreter (or the MMU), which drops the frame's blocks first.
      const store = `${write('p', b)} dec[p >>> 2] = 0;`;
      const after = cost + own + options.memory;
      out.push(address(a, immS(w)), ...lookup('s', align, i, ACCESS_STORE, store, after), store);
      stores++;
      cost += own + options.memory;
      memory = true;
    } else if (format === 'branch') {
      const taken = own + options.takenExtra;
      maxCost = Math.max(maxCost, cost + taken);
      const target = here + immB(w);
      const loop = target === 0 && !options.unified;
      const jump = loop ? again(i + 1, cost + taken) : exit(i + 1, cost + taken, target);
      // Taken, the block is left (or starts again); not taken, it goes on (an extended block)
      // if the branch is a forward one (blockPath).
      out.push(`if (${BRANCHES[name](a, b)}) ${jump}`);
      cost += own;
    } else if (name === 'jal') {
      set(`(pc0 + ${here + 4}) | 0`);
      cost += own;
      const target = here + immJ(w);
      const loop = target === 0 && !options.unified;
      // The block goes on at the target if it is the next word of its path (blockPath).
      if (k + 1 === path.length) {
        out.push(loop ? again(i + 1, cost) : exit(i + 1, cost, target));
        ended = true;
      }
    } else if (name === 'jalr') {
      out.push(`va = ((${a} + ${w >> 20}) & ~1) | 0;`, `if ((va & 3) !== 0) ${interpreted(i)}`);
      set(`(pc0 + ${here + 4}) | 0`);
      cost += own;
      out.push('to = (va - pc0) | 0;', exit(i + 1, cost, 0));
      ended = true;
    } else if (name === 'lui') {
      set(String(w & 0xfffff000));
      cost += own;
    } else if (name === 'auipc') {
      set(`(pc0 + ${here + (w & 0xfffff000)}) | 0`);
      cost += own;
    } else if (name === 'fence.i') {
      // Every store into translated code has already dropped it; fence.i drops the rest too.
      cost += own;
      out.push('c.flushCode();', exit(i + 1, cost, here + 4));
      ended = true;
    } else if (row.cls === 'fence') { // fence and fence.tso: nothing to order on one hart
      cost += own;
    } else {
      const value = aluExpression(name, a, b, w >> 20, rs2);
      if (value === null) throw new Error(`translate: no translation for ${name}`);
      set(value);
      cost += own;
    }
    length++;
    if (memory && options.unified && !ended && wi + 1 < pageEnd) {
      // The next fetch, as the interpreter makes it: still in the fetch fast table, touched.
      out.push(`if (fT[ffi] !== vpn0) ${exit(length, cost, here + 4)}`,
        's = fS[ffi]; if (s !== itlb.last && s >= 0) itlb.touch(s);');
    }
  }
  if (length === 0) return { source: '', exits: [], length: 0, maxCost: 0, loops: false };
  for (let at = 0; at < exits.length; at += 6) if (exits[at + 5] === INTERPRET_REST) exits[at + 5] = length - exits[at];
  if (!ended) out.push(exit(length, cost, here + 4));
  maxCost = Math.max(maxCost, cost);
  if (loops) {
    out.splice(bodyStart, 0, roundLimit(round.instructions, round.cycles, maxCost), 'for (;;) {');
    out.push('}');
  }
  out.splice(bodyStart, 0, 'block: {');
  out.push('}');
  const used = [...new Set([...out.join('\n').matchAll(/\br(\d+)\b/g)].map((m) => Number(m[1])))].sort((p, q) => p - q);
  if (used.length > 0) out.splice(bodyStart, 0, `let ${used.map((r) => `r${r} = x[${r}]`).join(', ')};`);
  // The epilogue. First the DTLB touches still pending: the listed ones, then those of the
  // previous round's accesses that this one did not repeat, if there was a previous round, then
  // this round's.
  const previous = loops ? `rnd > 0 ? ${loads + stores} : 0` : '0';
  if (pageCached && loads + stores > 0) {
    const accesses = Array.from({ length: loads + stores }, (_, m) => m);
    out.splice(bodyStart, 0, `let ${accesses.map((m) => `v${m} = -1, d${m} = 0`).join(', ')};`);
  }
  if (!options.unified && loads + stores > 0) {
    out.push(list ? `c.touchListed(ts, X[e + 2] + X[e + 3], ${previous}, ov);` : `c.touchData(ts, X[e + 2] + X[e + 3], ${previous});`);
  }
  // Then every register the block may have changed is written back (one not yet changed at this
  // exit still holds the value it was loaded with), and the exit's figures reported.
  out.push([...written].sort((p, q) => p - q).map((r) => `x[${r}] = r${r};`).join(' '),
    `c.loads += ${rounds(round.loads)}X[e + 2]; c.stores += ${rounds(round.stores)}X[e + 3]; c.spent = ${rounds(round.cycles)}X[e + 1]; ` +
    'c.nextPc = (pc0 + X[e + 4] + to) | 0; c.interpretNext = X[e + 5];',
    `return ${rounds(round.instructions)}X[e];`);
  const source = out.join('\n')
    .split(ACCESSES).join(String(loads + stores));
  return { source, exits, length, maxCost, loops };
}
