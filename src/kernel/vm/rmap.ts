/**
 * The reverse map: for each frame mapped into user space, the page-table entries that map it
 * (root table, virtual address) in the order they were added, and what replacement policies need
 * to know of it: when it was mapped and when it was last used (when the kernel observes every
 * access, for exact LRU).
 *
 * It is kept in typed arrays, nothing allocated per mapping: per frame a record of its first and
 * last mapping and their count, and each mapping a node (root, va, next) in a pool whose freed
 * nodes are reused first. A caller walks a frame's mappings with a cursor (`first`, `next`,
 * `rootOf`, `vaOf`); `mappings()` copies them into objects, for code that is not on the fault path.
 */
import { FrameList } from './framelist.js';
import { ResidentPagesByRoot } from './rss.js';

export interface Mapping {
  root: number;
  va: number;
}

/** Told when a frame gains its first mapping (becomes resident), loses one of several, and loses its last one. */
export interface ResidencyObserver {
  resident(frame: number, now: number): void;
  lost(frame: number): void;
  gone(frame: number): void;
}

/** No node: the end of a chain. */
const NONE = -1;
/** A frame's record: its first and last mapping's nodes and their count. */
const FRAME_WORDS = 4;
const HEAD = 0;
const TAIL = 1;
const COUNT = 2;
/** A mapping's node: root table, virtual address, the frame's next mapping. */
const NODE_WORDS = 4;
const ROOT = 0;
const VA = 1;
const NEXT = 2;

export class ReverseMap {
  /** Per frame, FRAME_WORDS words (HEAD, TAIL, COUNT). */
  private readonly perFrame: Int32Array;
  /** The mappings' nodes, NODE_WORDS words each; the pool doubles when full. */
  private nodes = new Int32Array(0);
  /** Nodes never used start at `unused`; freed ones are chained through NEXT from `freeNode`. */
  private unused = 0;
  private freeNode = NONE;
  /** The mapped frames in the order they became resident. */
  private readonly order = new FrameList();
  private mapped = 0;
  readonly loadedAt: Float64Array;
  readonly lastUsed: Float64Array;
  /** Who is told of frames becoming resident and ceasing to be (the reclaimer). */
  observer: ResidencyObserver | null = null;
  /** The pages each address space maps (each mapping added or removed here is one, but for `uncountedFrame`'s). */
  readonly residentByRoot: ResidentPagesByRoot;
  /** A frame whose mappings no address space counts: the shared zero frame, as Linux leaves it out of RSS (-1: none). */
  uncountedFrame = -1;

  constructor(frames: number) {
    this.residentByRoot = new ResidentPagesByRoot(frames);
    this.perFrame = new Int32Array(frames * FRAME_WORDS);
    this.loadedAt = new Float64Array(frames);
    this.lastUsed = new Float64Array(frames);
  }

  /** `va` under `root` now maps `frame` (at time `now`). */
  add(frame: number, root: number, va: number, now: number): void {
    const node = this.newNode();
    const nodes = this.nodes, rec = frame * FRAME_WORDS;
    nodes[node + ROOT] = root;
    nodes[node + VA] = va;
    nodes[node + NEXT] = NONE;
    if (frame !== this.uncountedFrame) this.residentByRoot.change(root, 1);
    if (this.perFrame[rec + COUNT]++ > 0) {
      nodes[this.perFrame[rec + TAIL] + NEXT] = node;
      this.perFrame[rec + TAIL] = node;
      return;
    }
    this.perFrame[rec + HEAD] = node;
    this.perFrame[rec + TAIL] = node;
    this.order.push(frame);
    this.mapped++;
    this.loadedAt[frame] = now;
    this.lastUsed[frame] = now;
    this.observer?.resident(frame, now);
  }

  /** `va` under `root` no longer maps `frame` (nothing if it did not). */
  remove(frame: number, root: number, va: number): void {
    const nodes = this.nodes, rec = frame * FRAME_WORDS;
    let before = NONE;
    let node = this.first(frame);
    while (node !== NONE && (nodes[node + ROOT] !== root || nodes[node + VA] !== (va | 0))) {
      before = node;
      node = nodes[node + NEXT];
    }
    if (node === NONE) return;
    if (frame !== this.uncountedFrame) this.residentByRoot.change(root, -1);
    const after = nodes[node + NEXT];
    if (before === NONE) this.perFrame[rec + HEAD] = after;
    else nodes[before + NEXT] = after;
    if (after === NONE) this.perFrame[rec + TAIL] = before;
    nodes[node + NEXT] = this.freeNode;
    this.freeNode = node;
    if (--this.perFrame[rec + COUNT] > 0) {
      this.observer?.lost(frame);
      return;
    }
    this.order.remove(frame);
    this.mapped--;
    this.observer?.gone(frame);
  }

  /** How many PTEs map `frame`. */
  count(frame: number): number {
    return this.perFrame[frame * FRAME_WORDS + COUNT];
  }

  /** A cursor at the first mapping of `frame`, or -1 if it has none. */
  first(frame: number): number {
    return this.count(frame) > 0 ? this.perFrame[frame * FRAME_WORDS + HEAD] : NONE;
  }

  /** The cursor at the mapping after `cursor`'s, or -1 after the last. */
  next(cursor: number): number {
    return this.nodes[cursor + NEXT];
  }

  /** The root table of the mapping at `cursor`. */
  rootOf(cursor: number): number {
    return this.nodes[cursor + ROOT];
  }

  /** The virtual address of the mapping at `cursor`. */
  vaOf(cursor: number): number {
    return this.nodes[cursor + VA] >>> 0;
  }

  /** The mappings of `frame` (empty if none), as new objects. */
  mappings(frame: number): Mapping[] {
    const list: Mapping[] = [];
    for (let m = this.first(frame); m !== NONE; m = this.next(m)) list.push({ root: this.rootOf(m), va: this.vaOf(m) });
    return list;
  }

  /** Every mapped frame, in the order they became resident. */
  *frames(): IterableIterator<number> {
    for (let frame = this.order.first(); frame !== NONE; frame = this.order.after(frame)) yield frame;
  }

  /** How many frames are mapped. */
  get size(): number {
    return this.mapped;
  }

  /** A node for a new mapping: the last freed, or one never used (the pool grows when it is full). */
  private newNode(): number {
    if (this.freeNode !== NONE) {
      const node = this.freeNode;
      this.freeNode = this.nodes[node + NEXT];
      return node;
    }
    if (this.unused === this.nodes.length) {
      const nodes = new Int32Array(Math.max(1024 * NODE_WORDS, 2 * this.nodes.length));
      nodes.set(this.nodes);
      this.nodes = nodes;
    }
    const node = this.unused;
    this.unused += NODE_WORDS;
    return node;
  }
}
