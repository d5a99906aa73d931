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
 * A block is translated once the interpreter has run JitCpu.translateAfter instructions from its
 * start (its heat): code that runs once, or a few times, is never translated.
 *
 * Blocks are cached by physical address (per frame) and depend only on the words they came from,
 * so address-space switches, remaps and ASIDs need no invalidation. A frame's blocks are dropped
 * when it is written: a guest store into it (such stores never get a fast-path entry, so the MMU
 * reports each one through its CodeWatch), any kernel write through Ram (loading a program,
 * zero-filling or copying a reused frame, swap-in, read() into a buffer), and fence.i drops all.
 */
import { Cpu, STOP_LIMIT, STOP_TRAP, mulhu } from '../cpu.js';
import type { Ram, RamWatcher } from '../ram.js';
import { FAST_MASK, type CodeWatch, type Mmu } from '../mmu.js';
import type { Costs } from '../costs.js';
import type { Tlb } from '../tlb.js';
import { MAX_ROOM, OVERFLOW, ROUND_CHANGED, blockLength, translateBlock, type TranslateOptions, type Translation } from './translate.js';

const PAGE_SHIFT = 12;
const WORDS_PER_PAGE = 1024;

/** A block's function (translate.ts): the machine's context, then pc0, room and timerRoom. */
type BlockFunction = (k: BlockContext, pc0: number, room: number, timerRoom: number) => number;

/**
 * A translated block: its function, length in instructions and most cycles (see translate.ts),
 * its physical address and the options it was translated with, how often it left an access
 * that missed the fast path to the interpreter, the instruction count (instret) at the first
 * miss of the latest JitCpu.inlineAfter (JitCpu.noteMiss), and how often it left because a
 * round hit another DTLB slot (JitCpu.noteRoundChange).
 */
interface Block {
  run: BlockFunction | null;
  length: number;
  maxCost: number;
  pa: number;
  options: TranslateOptions | null;
  misses: number;
  missesFrom: number;
  roundChanges: number;
  roundChangesFrom: number;
}

/** Stands for "the interpreter runs the instruction here" in the cache. */
const NO_BLOCK: Block = { run: null, length: 0, maxCost: 0, pa: -1, options: null, misses: 0, missesFrom: 0, roundChanges: 0, roundChangesFrom: 0 };

/**
 * A block is translated again with the MMU's slow path inside when JitCpu.inlineAfter of its
 * misses come within inlineAfter * MISS_SPACING instructions (a page walk every few
 * instructions), or after MANY_MISSES * inlineAfter misses in all. Misses that are spread out,
 * such as a loop's first touches of fresh pages (a page fault each, then the walk), stay with
 * the interpreter: a new translation is compiled and optimized by V8 anew, which costs more
 * than a few dozen exits in a short run.
 */
const MISS_SPACING = 1024;
const MANY_MISSES = 16;

/**
 * A block is translated again to list the touches of its round changes (TranslateOptions.
 * listTouches) when JitCpu.listTouchesAfter of them come within listTouchesAfter *
 * ROUND_CHANGE_SPACING instructions (a strided loop crossing a page every few rounds). Rarer
 * ones, such as a sequential loop's once a page, cost less as exits than the new translation
 * (V8 compiles it anew) and its list's bookkeeping in every round would.
 */
const ROUND_CHANGE_SPACING = 256;

/**
 * What comes after runBlocks: nothing (the limit), a trap, a block not translated yet (translated,
 * or run by the interpreter until it is hot: see JitCpu.translateAfter), the interpreter for
 * one instruction, for a block that might reach the limit or the timer, or for the rest of a
 * block that left an access to it; or blocks again, after a block that left because a round hit
 * another DTLB slot is counted.
 */
const NEXT_DONE = 0, NEXT_TRAP = 1, NEXT_TRANSLATE = 2, NEXT_INTERPRET = 3, NEXT_STOPPING = 4, NEXT_MISSED = 5, NEXT_ROUND_CHANGED = 6;

/**
 * `v`, held by V8 as a small integer if it is a 32-bit one. The timer's figures come from fields
 * that hold doubles (the deadline may be Infinity), and a block that V8 optimized for small
 * integers deoptimizes when its room arrives as a double.
 */
const small = (v: number): number => (v === (v | 0) ? v | 0 : v);

/** Per frame of code: a word's heat (see JitCpu.translateAfter), then the length of its block (cached). */
const HEAT_WORDS = 2 * WORDS_PER_PAGE;
/** The most heat a word counts (a Uint16Array's). */
const MAX_HEAT = 0xffff;

/** The first calls of a looping block that run one round each (JitCpu.translate). */
const WARM_ROUNDS = 12;

/**
 * The cache of a frame that holds no translations: every word reads null. A frame's own cache is
 * a copy of it, so that every cache has the same elements kind and V8's code for the dispatcher
 * sees one array map on every machine (an empty `[]` here cost a deoptimization per new machine).
 */
const NO_PAGE: readonly (Block | null)[] = new Array<Block | null>(WORDS_PER_PAGE).fill(null);

/**
 * The cache of a frame whose code the interpreter runs (see REWRITES_TO_INTERPRET): every word
 * reads NO_BLOCK.
 */
const INTERPRETED_PAGE: readonly (Block | null)[] = new Array<Block | null>(WORDS_PER_PAGE).fill(NO_BLOCK);

/**
 * Guest stores that drop a frame's translations after which its code is left to the interpreter
 * until the kernel writes the frame (a new program, a reused frame): a loop that stores into its
 * own code page (data beside code, `ld -N`) would otherwise translate its blocks again after
 * every store, many times slower than interpreting them.
 */
const REWRITES_TO_INTERPRET = 16;

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
  /**
   * The DTLB slot each access of the running block hit (translate.ts), -1 for none; from
   * OVERFLOW on, the touches its rounds listed (TranslateOptions.listTouches), and after them
   * the pending ones, copied there by touchListed: OVERFLOW + MAX_ROOM + MAX_BLOCK (= OVERFLOW)
   * at most.
   */
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

/**
 * The function of a block's translation (translate.ts), compiled once per process; named
 * `block_` and the physical address (hex) it was first translated at, which profiles show.
 */
function compile({ source, exits }: Translation, pa: number): BlockFunction {
  const key = `${exits.join()}\n${source}`;
  let f = compiled.get(key);
  if (f === undefined) {
    if (compiled.size >= MAX_COMPILED) compiled.clear();
    // The block copies what it uses into its own locals first (V8 keeps locals in registers).
    const used = CONTEXT_NAMES.filter((name) => new RegExp(`\\b${name}\\b`).test(source));
    const prologue = used.length > 0 ? `const ${used.map((name) => `${name} = k.${name}`).join(', ')};` : '';
    f = new Function('mulhu', 'X', `'use strict'; return function block_${pa.toString(16)}(k, pc0, room, timerRoom) {\n${prologue}\n${source}\n};`)(
      mulhu, Int32Array.from(exits)) as BlockFunction;
    compiled.set(key, f);
  }
  return f;
}

export class JitCpu extends Cpu implements CodeWatch, RamWatcher {
  /**
   * Misses after which a block calls the MMU itself (TranslateOptions.inlineSlowPaths), if they
   * came close together (see MISS_SPACING): a block whose accesses keep missing (a page walk
   * every few instructions) runs faster with the call inside; the rare misses of other blocks
   * stay out of them (see translate.ts). The engines' test sets it to 1 (every block that
   * missed once) to run its programs through both kinds of block.
   */
  static inlineAfter = 64;

  /**
   * Round changes (a looping block's access hitting another DTLB slot than in the previous round,
   * translate.ts) after which a block is translated again to list those touches instead
   * (TranslateOptions.listTouches): each such exit costs a return to the dispatcher and a run of
   * the rest of the round as another block, and a strided loop that crosses a page every few
   * rounds makes one each time. The engines' test sets it to 1.
   */
  static listTouchesAfter = 16;

  /**
   * Instructions the interpreter runs from a block's start before that block is translated (its
   * heat, counted per physical word: the block's length at each start). Translating costs about
   * 45 µs a block (translating, building the function, V8 compiling it) where interpreting costs
   * about 10 ns an instruction, so a block is translated once interpreting it has cost about as
   * much as translating it would, and never if it does not run that long: about twice the
   * better of the two at most, for code that is not rewritten (a frame the guest keeps storing
   * into starts again at each rewrite, up to REWRITES_TO_INTERPRET). From 1 (a block is
   * translated at its second start) to 65,535 (the most heat a word counts; above, never); 0
   * translates at the first start. A program of 16,000 small loops each run 200 rounds
   * in all (26 M instructions) took 2.7 s of CPU when blocks were translated at their second
   * start, against 0.3 s on the interpreter; 20,000 blocks that each run once, 905 ms when every
   * block was translated (docs/engine.md, Blocks). The engines' test runs its short programs at
   * 1, so that their blocks run through both engines.
   */
  static translateAfter = 2048;

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
  /** What runBlocks ran (instructions, timer cycles) and leaves to run() (see runBlocks). */
  private ran = 0;
  private ranTimer = 0;
  private interpretCount = 0;
  private untranslated = 0;
  /** The block whose exit runBlocks returned for (NEXT_MISSED, NEXT_ROUND_CHANGED). */
  private exited: Block = NO_BLOCK;
  /** Blocks translated so far (the engine's tests check that blocks, not the interpreter, ran). */
  translations = 0;
  /** Per frame: non-zero while `blocks` holds translations of it (the MMU's CodeWatch). */
  readonly frames: Uint8Array;
  /** Per frame: guest stores that dropped its translations, up to REWRITES_TO_INTERPRET. */
  private readonly rewrites: Uint8Array;
  /**
   * Per frame, null until code there runs: the heat of each of its words as a block's start (see
   * translateAfter), then the length of the block there plus one (0: not known yet); forgotten
   * with the frame's translations and contents. (A guest store into a frame without translations
   * is not watched, and fence.i drops only frames with translations, so a cached length may be an
   * old one: the interpreter then runs that many instructions, the frame's new ones, and nothing
   * but the dispatcher's grouping, and when the block gets hot, changes.)
   */
  private readonly heat: (Uint16Array | null)[];
  private readonly blocks: (Block | null)[][];
  /** How blocks are translated with translation off, and on (see TranslateOptions.listStrided). */
  private readonly options: TranslateOptions;
  private readonly stridedOptions: TranslateOptions;
  private readonly context: BlockContext;

  constructor(ram: Ram, mmu: Mmu, costs: Costs, cyclesPerTick: number) {
    super(ram, mmu, costs, cyclesPerTick);
    this.frames = new Uint8Array(ram.frames);
    this.rewrites = new Uint8Array(ram.frames);
    this.heat = new Array<Uint16Array | null>(ram.frames).fill(null);
    this.blocks = new Array<(Block | null)[]>(ram.frames).fill(NO_PAGE as (Block | null)[]);
    this.options = { opCycles: this.opCycles, takenExtra: this.branchTakenExtra, memory: this.memoryCycles, unified: mmu.itlb === mmu.dtlb };
    this.stridedOptions = { ...this.options, listStrided: true };
    const [fetch, load, store] = mmu.fast;
    // Copied into a new object, not left as the literal: V8 makes each literal after the first
    // from a copy of the first and then stores this machine's values into it, which marks every
    // field as changed, and so threw away every optimized block (they count on the fields of a
    // context never changing) as each new machine was made.
    this.context = Object.assign({}, {
      c: this, x: this.x, i32: ram.i32, i16: ram.i16, u16: ram.u16, i8: ram.i8, u8: ram.bytes, dec: ram.decoded,
      lT: load.tag, lB: load.base, lS: load.slot, sT: store.tag, sB: store.base, sS: store.slot, fT: fetch.tag,
      fS: fetch.slot, itlb: mmu.itlb, dtlb: mmu.dtlb, ts: new Int32Array(OVERFLOW + MAX_ROOM + OVERFLOW).fill(-1),
    });
    mmu.codeWatch = this;
    ram.watcher = this;
  }

  /** RamWatcher: a write through Ram (the kernel's) gave frames new contents. */
  written(pa: number, length: number): void {
    for (let f = pa >>> PAGE_SHIFT; f <= (pa + length - 1) >>> PAGE_SHIFT; f++) {
      if (this.frames[f] !== 0) this.dropFrame(f);
      if (this.rewrites[f] !== 0) this.forgetRewrites(f);
      this.heat[f] = null;
    }
  }

  /** CodeWatch: a store into a frame of translated code is about to happen. */
  stored(pa: number): void {
    const frame = pa >>> PAGE_SHIFT;
    if (this.rewrites[frame] < REWRITES_TO_INTERPRET) this.rewrites[frame]++;
    this.dropFrame(frame);
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
    // One loop for both parts (indices executed..previous-1, then 0..executed-1, wrapping at
    // count): V8 inlines this into blocks, and a loop no block had run yet would deoptimize the
    // first block that runs it. Wrapped by a subtraction, not `%`: no integer division per
    // touch, and a little less for V8 to compile in every block.
    const from = executed < previous ? executed : 0, count = executed < previous ? previous : executed;
    for (let t = 0; t < count; t++) {
      const i = from + t;
      const s = slots[i < count ? i : i - count];
      if (s >= 0) dtlb.touch(s);
    }
  }

  /**
   * touchData for a block that lists touches (TranslateOptions.listTouches): the `listed` ones
   * from slots[OVERFLOW] on first. The pending ones are copied after the list, and the DTLB
   * touches the whole run in one loop (Tlb.touchAll), a loop that runs in every call, the first
   * calls of a looping block too, whose list is empty: V8 deoptimized blocks whose inlined
   * touchAll had not run before, at its first run.
   */
  touchListed(slots: Int32Array, executed: number, previous: number, listed: number): void {
    const from = executed < previous ? executed : 0, count = executed < previous ? previous : executed;
    let end = OVERFLOW + listed;
    for (let t = 0; t < count; t++) {
      const i = from + t;
      slots[end++] = slots[i < count ? i : i - count];
    }
    this.dtlb.touchAll(slots, OVERFLOW, end);
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
    this.heat[frame] = null;
    this.codeChanged = true;
  }

  /** The kernel wrote `frame` (new contents): its rewrites are forgotten, and its code may be translated again. */
  private forgetRewrites(frame: number): void {
    this.rewrites[frame] = 0;
    if (this.blocks[frame] === INTERPRETED_PAGE) this.blocks[frame] = NO_PAGE as (Block | null)[];
  }

  /**
   * Before a block not yet translated starts at physical address `pa`: 0 if it is translated now
   * (the interpreter has run translateAfter of its instructions from there), else how many
   * instructions the interpreter runs instead (the block's, at least one).
   */
  private prepare(pa: number): number {
    const frame = pa >>> PAGE_SHIFT;
    const heat = this.heat[frame] ?? (this.heat[frame] = new Uint16Array(HEAT_WORDS));
    const index = (pa >>> 2) & (WORDS_PER_PAGE - 1);
    if (heat[index] >= JitCpu.translateAfter) {
      this.blockAt(pa);
      return 0;
    }
    let length = heat[WORDS_PER_PAGE + index] - 1;
    if (length < 0) heat[WORDS_PER_PAGE + index] = (length = Math.max(1, blockLength(this.ram.i32, pa >>> 2))) + 1;
    heat[index] = Math.min(MAX_HEAT, heat[index] + length);
    return length;
  }

  /** The block at physical address `pa`, translated now if it is not cached. */
  private blockAt(pa: number): Block {
    const frame = pa >>> PAGE_SHIFT;
    let page = this.blocks[frame];
    if (page === NO_PAGE && this.rewrites[frame] === REWRITES_TO_INTERPRET) {
      // Rewritten too often: not watched (its stores take the fast path), run by the interpreter.
      this.blocks[frame] = INTERPRETED_PAGE as (Block | null)[];
      return NO_BLOCK;
    }
    if (page === NO_PAGE) {
      page = this.blocks[frame] = NO_PAGE.slice();
      this.frames[frame] = 1;
      this.mmu.dropFastStores(frame);
    }
    const index = (pa >>> 2) & (WORDS_PER_PAGE - 1);
    const cached = page[index];
    if (cached !== null) return cached;
    // A block that does not loop ends where it runs into a block translated before it, at a word
    // some branch or jump goes to (TranslateOptions.startsBlock): gcc's -O2 fib, whose recursion
    // it makes into nested loops, had the same tail translated in each loop head's block: 1,640
    // instructions for a function of 280 (466 now); V8 spent 275 ms compiling its blocks in a
    // 6 M-instruction run even before jumps were followed.
    const startsBlock = (wordIndex: number): boolean => {
      const other = page[wordIndex & (WORDS_PER_PAGE - 1)];
      return other !== null && other !== NO_BLOCK;
    };
    const block = this.translate(pa, { ...(this.mmu.enabled ? this.stridedOptions : this.options), startsBlock });
    page[index] = block;
    return block;
  }

  private translate(pa: number, options: TranslateOptions): Block {
    const t = translateBlock(this.ram.i32, pa >>> 2, options);
    if (t.length === 0) return NO_BLOCK;
    this.translations++;
    const run = compile(t, pa);
    const block: Block = { run, length: t.length, maxCost: t.maxCost, pa, options, misses: 0, missesFrom: 0, roundChanges: 0, roundChangesFrom: 0 };
    // A looping block's first calls run one round each (room 0), so that its way out and its
    // epilogue have run, with V8 recording their types, before V8 optimizes it in the middle of a
    // long loop (on-stack replacement): code that had never run when V8 compiled it would
    // deoptimize the block at its first exit. (V8 records types only from a function's 8th call
    // or so, or once it has run a while.)
    if (t.loops) {
      let rounds = WARM_ROUNDS;
      block.run = (k, pc0, _room, timerRoom) => {
        if (--rounds === 0) block.run = run;
        return run(k, pc0, 0, timerRoom);
      };
    }
    return block;
  }

  /**
   * Count a miss of `block` (an access it left to the interpreter) at instruction count `now`,
   * and translate it again with the MMU's slow path inside if it misses often (MISS_SPACING).
   */
  private noteMiss(block: Block, now: number): void {
    const after = JitCpu.inlineAfter;
    if (block.misses++ % after === 0) block.missesFrom = now;
    if (block.misses % after !== 0) return;
    if (now - block.missesFrom <= after * MISS_SPACING || block.misses >= after * MANY_MISSES) this.retranslate(block, { inlineSlowPaths: true });
  }

  /**
   * Count a round change of `block` at instruction count `now`, and translate it again to list
   * such touches if listTouchesAfter of them came close together (ROUND_CHANGE_SPACING).
   */
  private noteRoundChange(block: Block, now: number): void {
    if (block.options!.inlineSlowPaths === true) return; // it lists no touches (TranslateOptions.listTouches)
    const after = JitCpu.listTouchesAfter;
    if (block.roundChanges++ % after === 0) block.roundChangesFrom = now;
    if (block.roundChanges % after === 0 && now - block.roundChangesFrom <= after * ROUND_CHANGE_SPACING) this.retranslate(block, { listTouches: true });
  }

  /** Translate `block` again with its options and `change`, if its frame still holds it. */
  private retranslate(block: Block, change: Partial<TranslateOptions>): void {
    const page = this.blocks[block.pa >>> PAGE_SHIFT];
    const index = (block.pa >>> 2) & (WORDS_PER_PAGE - 1);
    if (page[index] === block) page[index] = this.translate(block.pa, { ...block.options!, ...change });
  }

  /**
   * As Cpu.run: up to `limit` instructions, stopping at a trap or when the timer reaches
   * `deadline`, at exactly the instruction where the interpreter stops. Blocks run in runBlocks;
   * what they cannot do (translating, and the instructions left to the interpreter) is done here,
   * out of its loop, so that V8 optimizes that loop without this rarer code inlined in it.
   */
  override run(limit: number): number {
    const mmu = this.mmu;
    // Modes in which every access must reach the MMU have no fast path for blocks to use.
    if (this.probe.accesses || mmu.accessHook !== null || !this.user) return super.run(limit);
    const budget = small(this.deadline - this.cycles);
    // Instructions retired and cycles counted against the timer by this call (as interpret()).
    let n = 0, timer = 0;
    for (;;) {
      const next = this.runBlocks(limit - n, budget - timer);
      n += this.ran;
      timer += this.ranTimer;
      if (next === NEXT_DONE) return STOP_LIMIT;
      if (next === NEXT_TRAP) return STOP_TRAP;
      // A block not translated yet: translated now, or run by the interpreter this time.
      if (next === NEXT_TRANSLATE && (this.interpretCount = this.prepare(this.untranslated)) === 0) continue;
      if (next === NEXT_ROUND_CHANGED) {
        this.noteRoundChange(this.exited, this.instret);
        continue;
      }
      // The interpreter, for one instruction, the rest of a block that left an access to it, a
      // block that might reach the limit or the timer, or a block not translated yet.
      let count = this.interpretCount;
      if (next !== NEXT_INTERPRET) count = Math.min(count, limit - n);
      if (next === NEXT_MISSED) this.noteMiss(this.exited, this.instret);
      const before = this.instret;
      const stopped = this.interpret(count, budget - timer);
      n += this.instret - before;
      timer = small(timer + this.timerSpent);
      if (stopped !== STOP_LIMIT) return stopped;
    }
  }

  /**
   * Run translated blocks from pc while each can run whole: its translation is cached, its first
   * fetch hits the fast path, and it cannot reach `limit` instructions or `budget` timer cycles.
   * Writes back pc and the counters, leaves in `ran` and `ranTimer` the instructions and timer
   * cycles it ran, and returns what comes next (NEXT_*): nothing (the limit), a trap, a block not
   * translated yet (at `untranslated`), or the interpreter: one instruction, or `interpretCount`
   * up to the limit (a block that might stop, or the rest of `exited`, which left an access to
   * it); or a round change of `exited`, which run() counts.
   */
  private runBlocks(limit: number, budget: number): number {
    const fetchTag = this.fastFetch.tag, fetchBase = this.fastFetch.base, fetchSlot = this.fastFetch.slot;
    const blocks = this.blocks;
    const itlb = this.mmu.itlb;
    const context = this.context;
    let pc = this.pc;
    // Instructions retired (and fetched), cycles (all counted against the timer) and fetches of
    // instructions that trapped.
    let n = 0, cycles = 0, trapped = 0;
    // What comes next, and what it needs (fields written once, on the way out: see below).
    let next = NEXT_DONE, count = 0, untranslated = 0, exited = NO_BLOCK;
    while (n < limit) {
      const vpn = pc >>> PAGE_SHIFT;
      const fi = vpn & FAST_MASK;
      // (The rare ways out only set locals: an operation that had not run when V8 optimized this
      // loop, such as a store to a field, would deoptimize it.)
      if (fetchTag[fi] !== vpn) {
        next = NEXT_INTERPRET;
        count = 1;
        break;
      }
      const pa = fetchBase[fi] + (pc & 0xfff);
      const block = blocks[pa >>> PAGE_SHIFT][(pa >>> 2) & (WORDS_PER_PAGE - 1)];
      if (block === null) {
        next = NEXT_TRANSLATE;
        untranslated = pa;
        break;
      }
      const run = block.run;
      if (run === null) {
        next = NEXT_INTERPRET;
        count = 1;
        break;
      }
      const length = block.length;
      if (n + length > limit || cycles + block.maxCost >= budget) {
        next = NEXT_STOPPING;
        count = length;
        break;
      }
      const slot = fetchSlot[fi];
      if (slot !== itlb.last && slot >= 0) itlb.touch(slot);
      // At most MAX_ROOM instructions a call: a long loop returns here now and then, so that V8
      // compiles its block once, for the next call, instead of also replacing the running call's
      // code on the stack (on-stack replacement: a second compilation of the same block).
      n += run(context, pc, limit - n < MAX_ROOM ? limit - n : MAX_ROOM, budget - cycles);
      cycles += this.spent;
      pc = this.nextPc;
      const rest = this.interpretNext;
      if (rest === 0) continue;
      if (rest === ROUND_CHANGED) {
        // The block left before an access that hit another DTLB slot than in its previous round
        // (its pending touches are made): counted in run(), then blocks go on at pc.
        next = NEXT_ROUND_CHANGED;
        exited = block;
      } else if (rest < 0) {
        // An access trapped in the MMU: pc at it, its fetch counted.
        trapped = 1;
        next = NEXT_TRAP;
      } else {
        // The block left an instruction to the interpreter (an access that missed the fast
        // path), and the rest of it: they come next, up to the limit and the timer.
        next = NEXT_MISSED;
        count = rest;
        exited = block;
      }
      break;
    }
    this.interpretCount = count;
    this.untranslated = untranslated;
    this.exited = exited;
    this.pc = pc;
    this.instret += n;
    this.fetches += n + trapped;
    this.cycles += cycles;
    this.ran = n;
    this.ranTimer = cycles;
    return next;
  }
}
