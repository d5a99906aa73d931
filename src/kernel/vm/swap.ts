/**
 * The swap area: slots of one page on the disk, allocated lowest first (a freed slot is reused
 * first, last freed first). Their contents are kept by vmlab in memory: one store of pages indexed
 * by slot, grown a chunk at a time as slots are first used, so a large area (--swap, at most
 * 2 GiB) costs only what has been swapped out to it at once, and a page in or out is a copy
 * with nothing allocated. A non-present PTE that remembers a swapped-out page holds its slot in
 * the PPN bits and PTE_SWAP in a bit reserved for software (RSW). A slot is counted like a frame:
 * one reference per PTE holding it (processes that forked share it) plus one while a clean frame
 * in RAM still has its copy (the swap cache: `cachedFrame`); it is free when the last goes.
 */
import { PAGE_SIZE } from './pagetable.js';

/** RSW bit 8 of a PTE with V = 0: the page is in the swap slot held in bits 31:10. */
export const PTE_SWAP = 1 << 8;

export const isSwapEntry = (pte: number): boolean => (pte & 1) === 0 && (pte & PTE_SWAP) !== 0;
export const swapSlotOf = (pte: number): number => pte >>> 10;
export const swapEntry = (slot: number): number => (slot << 10) | PTE_SWAP;

/** Slots per chunk of the page store (1 MiB of pages). */
const CHUNK_SHIFT = 8;
const SLOTS_PER_CHUNK = 1 << CHUNK_SHIFT;
/** The fewest slots the per-slot arrays are made for when they first grow. */
const MIN_CAPACITY = 1024;

export class SwapArea {
  /** The pages, SLOTS_PER_CHUNK slots to a chunk; a chunk is made when its first slot is first used. */
  private readonly chunks: Uint8Array[] = [];
  /** Per slot below `next`: its references (0: free). */
  private refs = new Int32Array(0);
  /** Per slot below `next`: the frame that still holds its page (the swap cache), plus one; 0 if none. */
  private cachedIn = new Int32Array(0);
  /** The free slots below `next`, a stack: the slot freed last is reused first. */
  private freeSlots = new Int32Array(0);
  private freeCount = 0;
  /** Slots from `next` on have never been used. */
  private next = 0;
  private inUse = 0;
  swapIns = 0;
  swapOuts = 0;

  constructor(readonly slots: number) {}

  /** Slots in use. */
  get used(): number {
    return this.inUse;
  }

  /** Store the page at byte `at` of `bytes` with one reference; returns its slot, or -1 if the area is full. */
  store(bytes: Uint8Array, at = 0): number {
    let slot: number;
    if (this.freeCount > 0) slot = this.freeSlots[--this.freeCount];
    else if (this.next < this.slots) slot = this.firstUse();
    else return -1;
    this.chunks[slot >>> CHUNK_SHIFT].set(bytes.subarray(at, at + PAGE_SIZE), (slot & (SLOTS_PER_CHUNK - 1)) * PAGE_SIZE);
    this.refs[slot] = 1;
    this.inUse++;
    this.swapOuts++;
    return slot;
  }

  /**
   * Read a page back: a view of the slot's page, valid until the slot is freed. The slot keeps its
   * copy (the swap cache): while the page in RAM stays clean it can be evicted again without a
   * write. The caller releases the slot when the copy is stale.
   */
  load(slot: number): Uint8Array {
    if (this.references(slot) === 0) throw new Error(`swap slot ${slot} is empty`);
    this.swapIns++;
    const at = (slot & (SLOTS_PER_CHUNK - 1)) * PAGE_SIZE;
    return this.chunks[slot >>> CHUNK_SHIFT].subarray(at, at + PAGE_SIZE);
  }

  /** One more reference to `slot` (a PTE holding it was copied by fork). */
  retain(slot: number): void {
    if (this.references(slot) === 0) throw new Error(`swap slot ${slot} is empty`);
    this.refs[slot]++;
  }

  /** Drop one reference to `slot`; the slot is free when none is left (nothing if it is free). */
  release(slot: number): void {
    if (this.references(slot) === 0) return;
    if (--this.refs[slot] > 0) return;
    this.freeSlots[this.freeCount++] = slot;
    this.inUse--;
  }

  /** References to `slot` (0 if free). */
  references(slot: number): number {
    return slot >= 0 && slot < this.next ? this.refs[slot] : 0;
  }

  /** The frame recorded as still holding `slot`'s page (setCachedFrame), or -1. */
  cachedFrame(slot: number): number {
    return slot >= 0 && slot < this.next ? this.cachedIn[slot] - 1 : -1;
  }

  /** Record that `frame` still holds the page of `slot`, a slot in use (-1: no frame does now). */
  setCachedFrame(slot: number, frame: number): void {
    this.cachedIn[slot] = frame + 1;
  }

  /** The slots in use, lowest first. */
  *usedSlots(): IterableIterator<number> {
    for (let slot = 0; slot < this.next; slot++) if (this.refs[slot] > 0) yield slot;
  }

  /** The next never-used slot, growing the per-slot arrays and the page store to hold it. */
  private firstUse(): number {
    const slot = this.next++;
    if (slot === this.refs.length) {
      const capacity = Math.min(this.slots, Math.max(MIN_CAPACITY, 2 * slot));
      this.refs = grown(this.refs, capacity);
      this.cachedIn = grown(this.cachedIn, capacity);
      this.freeSlots = grown(this.freeSlots, capacity);
    }
    if ((slot & (SLOTS_PER_CHUNK - 1)) === 0) {
      this.chunks.push(new Uint8Array(Math.min(SLOTS_PER_CHUNK, this.slots - slot) * PAGE_SIZE));
    }
    return slot;
  }
}

/** A copy of `a` with room for `length` elements (the rest zero). */
function grown(a: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(length);
  b.set(a);
  return b;
}
