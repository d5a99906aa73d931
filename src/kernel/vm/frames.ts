/**
 * Physical frames: allocation (kalloc/kfree, xv6's names) with a reference count per frame.
 * Frames are handed out lowest first, so runs are deterministic.
 */
import { FRAME_SHIFT, type Ram } from '../../machine/ram.js';

export class Frames {
  private readonly freeList: Int32Array;
  private top = 0;
  /** Per frame: its references (PTEs, the page cache, the fault handler...); at most one per PTE in RAM, so 32 bits never wrap. */
  readonly refcount: Uint32Array;
  /** Most frames ever in use at once. */
  peakUsed = 0;
  /** Per frame: non-zero while its owner (the page cache) wants to hear when one reference is left. */
  readonly watched: Uint8Array;
  /** Called when the count of a watched frame falls to 1 (only its owner's reference is left). */
  onOneLeft: (frame: number) => void = () => {};

  constructor(private readonly ram: Ram) {
    this.freeList = new Int32Array(ram.frames);
    this.limit = ram.frames;
    this.refcount = new Uint32Array(ram.frames);
    this.watched = new Uint8Array(ram.frames);
    for (let f = ram.frames - 1; f >= 0; f--) this.freeList[this.top++] = f;
  }

  get free(): number {
    return this.top;
  }

  get used(): number {
    return this.limit - this.top;
  }

  /** Frames from here up are not handed out (the MMU off: the program's own memory, reserveFrom). */
  private limit: number;

  /**
   * With the MMU off, the program's segments, heap, mapped areas and stack are RAM itself, from
   * frame `first` up: those frames are never handed out (to the page cache), so nothing the
   * kernel caches lands on them. Call before any frame at or above `first` is allocated.
   */
  reserveFrom(first: number): void {
    let kept = 0;
    for (let i = 0; i < this.top; i++) if (this.freeList[i] < first) this.freeList[kept++] = this.freeList[i];
    this.top = kept;
    this.limit = Math.min(this.limit, first);
  }

  /** The first frame reserveFrom keeps for the program (the number of frames if none is). */
  get firstReserved(): number {
    return this.limit;
  }

  /**
   * Allocate a frame with reference count 1, zeroed unless `zero` is false (the caller overwrites
   * all of it at once). Returns its number, or -1 if RAM is full.
   */
  kalloc(zero = true): number {
    if (this.top === 0) return -1;
    const f = this.freeList[--this.top];
    if (zero) this.ram.zero(f << FRAME_SHIFT, 1 << FRAME_SHIFT);
    this.refcount[f] = 1;
    this.peakUsed = Math.max(this.peakUsed, this.used);
    return f;
  }

  /**
   * Allocate `count` free frames starting at a multiple of `count` (a power of two), zeroed, each
   * with reference count 1: the lowest such run. Returns the first frame, or -1 if no aligned run
   * is wholly free. Costs time proportional to RAM (a megapage fault, rare).
   */
  allocRun(count: number): number {
    let first = -1;
    for (let start = 0; start + count <= this.limit && first < 0; start += count) {
      let free = true;
      for (let f = start; f < start + count && free; f++) free = this.refcount[f] === 0;
      if (free) first = start;
    }
    if (first < 0) return -1;
    let kept = 0;
    for (let i = 0; i < this.top; i++) {
      const f = this.freeList[i];
      if (f < first || f >= first + count) this.freeList[kept++] = f;
    }
    this.top = kept;
    this.refcount.fill(1, first, first + count);
    this.ram.zero(first << FRAME_SHIFT, count << FRAME_SHIFT);
    this.peakUsed = Math.max(this.peakUsed, this.used);
    return first;
  }

  /** Drop one reference to `frame`; the frame is free again when none is left. */
  kfree(frame: number): void {
    if (this.refcount[frame] === 0) throw new Error(`kfree of free frame ${frame}`);
    const left = --this.refcount[frame];
    if (left === 0) this.freeList[this.top++] = frame;
    else if (left === 1 && this.watched[frame] !== 0) this.onOneLeft(frame);
  }
}
