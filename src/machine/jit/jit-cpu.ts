/**
 * The compiling engine: a Cpu whose run() executes guest basic blocks translated to JavaScript
 * functions (translate.ts) instead of one instruction at a time, with exactly the interpreter's
 * results: registers, memory, pc, instret, cycles, fetch/load/store counts, every TLB counter and
 * replacement state, walks, traps. The interpreter (Cpu.interpret) stays the reference and runs
 * whatever a block cannot: an instruction left out of blocks (ecall, CSR...), a fetch, load or
 * store that misses the fast path (a TLB miss, a walk, a fault, a store into translated code), a
 * misaligned access or jump target (the trap), and any block that could reach the
 * instruction limit or the timer, instruction by instruction, so that run() stops where the
 * interpreter would.
 *
 * Blocks are cached by physical address (per frame) and depend only on the words they came from,
 * so address-space switches, remaps and ASIDs need no invalidation. A frame's blocks are dropped
 * when it is written: a guest store into it (such stores never get a fast-path entry, so the MMU
 * reports each one through its CodeWatch), any kernel write through Ram (loading a program,
 * zero-filling or copying a reused frame, swap-in, read() into a buffer), and fence.i drops all.
 */
import { Cpu, STOP_LIMIT, STOP_TRAP, mulhu } from '../cpu.js';
import type { Ram } from '../ram.js';
import { FAST_MASK, type CodeWatch, type Mmu } from '../mmu.js';
import type { Costs } from '../costs.js';
import type { Tlb } from '../tlb.js';
import { MAX_BLOCK, translateBlock, type TranslateOptions, type Translation } from './translate.js';

const PAGE_SHIFT = 12;
const WORDS_PER_PAGE = 1024;

/** A block's function (translate.ts): the machine's context, then pc0, room and timerRoom. */
type BlockFunction = (k: BlockContext, pc0: number, room: number, timerRoom: number) => number;

/**
 * A translated block: its function, length in instructions and most cycles (see translate.ts),
 * its physical address, and how often it left an access that missed the fast path to the
 * interpreter (at JitCpu.inlineAfter, it is translated again with the MMU's slow path inside).
 */
interface Block {
  run: BlockFunction | null;
  length: number;
  maxCost: number;
  pa: number;
  misses: number;
}

/** Stands for "the interpreter runs the instruction here" in the cache. */
const NO_BLOCK: Block = { run: null, length: 0, maxCost: 0, pa: -1, misses: 0 };

/**
 * The cache of a frame that holds no translations: every word reads null. A frame's own cache is
 * a copy of it, so that every cache has the same elements kind and V8's code for the dispatcher
 * sees one array map on every machine (an empty `[]` here cost a deoptimization per new machine).
 */
const NO_PAGE: readonly (Block | null)[] = new Array<Block | null>(WORDS_PER_PAGE).fill(null);

/** What a block's code reads of its machine (the names translate.ts's source uses). */
interface BlockContext {
  c: JitCpu;
  x: Int32Array;
  i32: Int32Array;
  i16: Int16Array;
  u16: Uint16Array;
  i8: Int8Array;
  u8: Uint8Array;
  dec: Uint8Array;
  lT: Int32Array;
  lB: Int32Array;
  lS: Int32Array;
  sT: Int32Array;
  sB: Int32Array;
  sS: Int32Array;
  fT: Int32Array;
  fS: Int32Array;
  itlb: Tlb;
  dtlb: Tlb;
  /** The DTLB slot each access of the running block hit (translate.ts), -1 for none. */
  ts: Int32Array;
}
const CONTEXT_NAMES: readonly (keyof BlockContext)[] = ['c', 'x', 'i32', 'i16', 'u16', 'i8', 'u8', 'dec', 'lT', 'lB', 'lS', 'sT', 'sB', 'sS', 'fT', 'fS', 'itlb', 'dtlb', 'ts'];

/**
 * Compiled functions by source, shared by every machine of the process: a block's source holds
 * no machine's state (it reads it from its context), so a second machine running the same code
 * with the same costs reuses the function and the code V8 optimized for it. Emptied when full.
 */
const compiled = new Map<string, BlockFunction>();
const MAX_COMPILED = 2048;

/** The function of a block's translation (translate.ts), compiled once per process. */
function compile({ source, exits }: Translation): BlockFunction {
  const key = `${exits.join()}\n${source}`;
  let f = compiled.get(key);
  if (f === undefined) {
    if (compiled.size >= MAX_COMPILED) compiled.clear();
    // The block copies what it uses into its own locals first (V8 keeps locals in registers).
    const used = CONTEXT_NAMES.filter((name) => new RegExp(`\\b${name}\\b`).test(source));
    const prologue = used.length > 0 ? `const ${used.map((name) => `${name} = k.${name}`).join(', ')};` : '';
    f = new Function('mulhu', 'X', `'use strict'; return function block(k, pc0, room, timerRoom) {\n${prologue}\n${source}\n};`)(
      mulhu, Int32Array.from(exits)) as BlockFunction;
    compiled.set(key, f);
  }
  return f;
}

export class JitCpu extends Cpu implements CodeWatch {
  /**
   * Misses after which a block calls the MMU itself (TranslateOptions.inlineSlowPaths): a block
   * whose accesses keep missing (a page walk every few instructions) runs faster with the call
   * inside; the rare misses of other blocks stay out of them (see translate.ts). The engines'
   * test lowers it to run its programs through both kinds of block.
   */
  static inlineAfter = 64;

  /** Set by a block on exit: the instruction cycles it spent and the pc to continue at. */
  spent = 0;
  nextPc = 0;
  /**
   * Set by a block on exit: how many instructions from nextPc on are the interpreter's, -2 if
   * the access there trapped (translate.ts).
   */
  interpretNext = 0;
  /** Set when translated code was dropped; a block whose slow-path store did it leaves at once. */
  codeChanged = false;
  /** Blocks translated so far (the engine's tests check that blocks, not the interpreter, ran). */
  translations = 0;
  /** Per frame: non-zero while `blocks` holds translations of it (the MMU's CodeWatch). */
  readonly frames: Uint8Array;
  private readonly blocks: (Block | null)[][];
  private readonly options: TranslateOptions;
  private readonly context: BlockContext;

  constructor(ram: Ram, mmu: Mmu, costs: Costs, cyclesPerTick: number) {
    super(ram, mmu, costs, cyclesPerTick);
    this.frames = new Uint8Array(ram.frames);
    this.blocks = new Array<(Block | null)[]>(ram.frames).fill(NO_PAGE as (Block | null)[]);
    this.options = { opCycles: this.opCycles, takenExtra: this.branchTakenExtra, memory: this.memoryCycles, unified: mmu.itlb === mmu.dtlb };
    const [fetch, load, store] = mmu.fast;
    this.context = {
      c: this, x: this.x, i32: ram.i32, i16: ram.i16, u16: ram.u16, i8: ram.i8, u8: ram.bytes, dec: ram.decoded,
      lT: load.tag, lB: load.base, lS: load.slot, sT: store.tag, sB: store.base, sS: store.slot, fT: fetch.tag,
      fS: fetch.slot, itlb: mmu.itlb, dtlb: mmu.dtlb, ts: new Int32Array(MAX_BLOCK).fill(-1),
    };
    mmu.codeWatch = this;
    ram.onWrite = (pa, length) => {
      for (let f = pa >>> PAGE_SHIFT; f <= (pa + length - 1) >>> PAGE_SHIFT; f++) if (this.frames[f] !== 0) this.dropFrame(f);
    };
  }

  /** CodeWatch: a store into a frame of translated code is about to happen. */
  stored(pa: number): void {
    this.dropFrame(pa >>> PAGE_SHIFT);
  }

  /** Drop every translation (fence.i). */
  flushCode(): void {
    for (let f = 0; f < this.frames.length; f++) if (this.frames[f] !== 0) this.dropFrame(f);
  }

  /** A block's data access that missed the fast path (inlineSlowPaths): the MMU, its cycles, its fault. */
  slowData(va: number, access: number): number {
    return this.translateData(va, access);
  }

  /**
   * A block's pending DTLB touches (translate.ts), made in the order the accesses happened:
   * `slots[executed..previous)`, from the previous round of a looping block, then
   * `slots[0..executed)` from this one; -1 stands for none (the MMU was off).
   */
  touchData(slots: Int32Array, executed: number, previous: number): void {
    const dtlb = this.dtlb;
    for (let j = executed; j < previous; j++) {
      const s = slots[j];
      if (s >= 0) dtlb.touch(s);
    }
    for (let j = 0; j < executed; j++) {
      const s = slots[j];
      if (s >= 0) dtlb.touch(s);
    }
  }

  /**
   * Before a block's slow path (translate.ts): its pending DTLB touches made (touchData), and
   * `slots[0..accesses)` forgotten, so that the epilogue does not make them again (the access
   * that goes to the MMU is touched there). A loop, not `fill`: V8 calls into C++ for that.
   */
  settleData(slots: Int32Array, executed: number, previous: number, accesses: number): void {
    this.touchData(slots, executed, previous);
    for (let j = 0; j < accesses; j++) slots[j] = -1;
  }

  private dropFrame(frame: number): void {
    this.frames[frame] = 0;
    this.blocks[frame] = NO_PAGE as (Block | null)[];
    this.codeChanged = true;
  }

  /** The block at physical address `pa`, translated now if it is not cached. */
  private blockAt(pa: number): Block {
    const frame = pa >>> PAGE_SHIFT;
    let page = this.blocks[frame];
    if (page === NO_PAGE) {
      page = this.blocks[frame] = NO_PAGE.slice();
      this.frames[frame] = 1;
      this.mmu.dropFastStores(frame);
    }
    const index = (pa >>> 2) & (WORDS_PER_PAGE - 1);
    const cached = page[index];
    if (cached !== null) return cached;
    const block = this.translate(pa, this.options);
    page[index] = block;
    return block;
  }

  private translate(pa: number, options: TranslateOptions): Block {
    const t = translateBlock(this.ram.i32, pa >>> 2, options);
    if (t.length === 0) return NO_BLOCK;
    this.translations++;
    return { run: compile(t), length: t.length, maxCost: t.maxCost, pa, misses: 0 };
  }

  /** Translate `block` again with the MMU's slow path inside, if its frame still holds it. */
  private inlineSlowPaths(block: Block): void {
    const page = this.blocks[block.pa >>> PAGE_SHIFT];
    const index = (block.pa >>> 2) & (WORDS_PER_PAGE - 1);
    if (page[index] === block) page[index] = this.translate(block.pa, { ...this.options, inlineSlowPaths: true });
  }

  /**
   * As Cpu.run: up to `limit` instructions, stopping at a trap or when the timer reaches
   * `deadline`, at exactly the instruction where the interpreter stops.
   */
  override run(limit: number): number {
    const mmu = this.mmu;
    // Modes in which every access must reach the MMU have no fast path for blocks to use.
    if (this.probe.accesses || mmu.accessHook !== null || !this.user) return super.run(limit);
    const budget = this.deadline - this.cycles;
    const fetchTag = this.fastFetch.tag, fetchBase = this.fastFetch.base, fetchSlot = this.fastFetch.slot;
    const blocks = this.blocks;
    const itlb = mmu.itlb;
    const context = this.context;
    let pc = this.pc;
    // Instructions retired and cycles counted against the timer by this call (as interpret()),
    // and what blocks add to the counters, kept here until the interpreter runs or run() returns.
    let n = 0, timer = 0, retired = 0, fetches = 0, cycles = 0;
    let stop = STOP_LIMIT;
    while (n < limit) {
      const vpn = pc >>> PAGE_SHIFT;
      const fi = vpn & FAST_MASK;
      let block = NO_BLOCK;
      // Instructions for the interpreter if no block runs: one, or the block that might stop.
      let count = 1;
      if (fetchTag[fi] === vpn) {
        const pa = fetchBase[fi] + (pc & 0xfff);
        const cached = blocks[pa >>> PAGE_SHIFT][(pa >>> 2) & (WORDS_PER_PAGE - 1)];
        block = cached === null ? this.blockAt(pa) : cached;
      }
      if (block.run !== null && n + block.length <= limit && timer + block.maxCost < budget) {
        const slot = fetchSlot[fi];
        if (slot !== itlb.last && slot >= 0) itlb.touch(slot);
        const r = block.run(context, pc, limit - n, budget - timer);
        const spent = this.spent;
        cycles += spent;
        pc = this.nextPc;
        n += r;
        retired += r;
        fetches += r;
        timer += spent;
        const next = this.interpretNext;
        if (next === 0) continue;
        if (next < 0) {
          // An access trapped in the MMU: pc at it, its fetch counted.
          fetches++;
          stop = STOP_TRAP;
          break;
        }
        // The block left an instruction to the interpreter (an access that missed the fast path),
        // and the rest of it: they come next, up to the limit and the timer.
        if (++block.misses === JitCpu.inlineAfter) this.inlineSlowPaths(block);
        count = Math.min(next, limit - n);
      } else if (block.run !== null) {
        count = Math.min(block.length, limit - n);
      }
      // The interpreter, for one instruction, the rest of a block, or the block that might stop.
      this.pc = pc;
      this.instret += retired;
      this.fetches += fetches;
      this.cycles += cycles;
      retired = fetches = cycles = 0;
      const before = this.instret;
      const stopped = this.interpret(count, budget - timer);
      n += this.instret - before;
      timer += this.timerSpent;
      pc = this.pc;
      if (stopped !== STOP_LIMIT) {
        stop = stopped;
        break;
      }
    }
    this.pc = pc;
    this.instret += retired;
    this.fetches += fetches;
    this.cycles += cycles;
    return stop;
  }
}
