/**
 * The reverse map: for each frame mapped into user space, the page-table entries that map it
 * (root table, virtual address) in the order they were added, and what replacement policies need
 * to know of it: when it was mapped and when it was last used (when the kernel observes every
 * access, for exact LRU).
 *
 * It is kept in typed arrays, nothing allocated per mapping: per frame a record of its first and
 * last mapping and their count, and each mapping a node (root, va, next, previous) in a pool whose
 * freed nodes are reused first. A caller walks a frame's mappings with a cursor (`first`, `next`,
 * `rootOf`, `vaOf`); `mappings()` copies them into objects, for code that is not on the fault path.
 * A frame with more than CROWDED mappings (a file page mapped at many addresses, a page shared by
 * many forked processes) also has an index from (root, va) to its node, so that removing one of N
 * mappings costs the same at any N.
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
/** A mapping's node: root table, virtual address, the frame's next and previous mappings. */
const NODE_WORDS = 4;
const ROOT = 0;
const VA = 1;
const NEXT = 2;
const PREV = 3;
/** A frame with more mappings than this is indexed: below it, a removal walks the frame's list. */
const CROWDED = 16;

/** The index key of the mapping of `va` under root table `root` (both below 2^32: an exact double). */
function mappingKey(root: number, va: number): number {
  return root * 0x100000 + (va >>> 12);
}

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
  /** The crowded frames' indexes: for each, the node of each of its mappings by `mappingKey`. */
  private readonly crowded = new Map<number, Map<number, number>>();
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
    const count = ++this.perFrame[rec + COUNT];
    if (count > 1) {
      const tail = this.perFrame[rec + TAIL];
      nodes[tail + NEXT] = node;
      nodes[node + PREV] = tail;
      this.perFrame[rec + TAIL] = node;
      if (count > CROWDED) this.index(frame).set(mappingKey(root, va), node);
      return;
    }
    nodes[node + PREV] = NONE;
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
    const index = this.crowded.get(frame);
    let node: number;
    if (index !== undefined) {
      const key = mappingKey(root, va);
      node = index.get(key) ?? NONE;
      index.delete(key);
    } else {
      node = this.first(frame);
      while (node !== NONE && (nodes[node + ROOT] !== root || nodes[node + VA] !== (va | 0))) node = nodes[node + NEXT];
    }
    if (node === NONE) return;
    if (frame !== this.uncountedFrame) this.residentByRoot.change(root, -1);
    const before = nodes[node + PREV], after = nodes[node + NEXT];
    if (before === NONE) this.perFrame[rec + HEAD] = after;
    else nodes[before + NEXT] = after;
    if (after === NONE) this.perFrame[rec + TAIL] = before;
    else nodes[after + PREV] = before;
    nodes[node + NEXT] = this.freeNode;
    this.freeNode = node;
    const count = --this.perFrame[rec + COUNT];
    if (index !== undefined && count <= CROWDED / 2) this.crowded.delete(frame);
    if (count > 0) {
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

  /** The index of crowded `frame`, made from its list the first time it is wanted. */
  private index(frame: number): Map<number, number> {
    let index = this.crowded.get(frame);
    if (index === undefined) {
      index = new Map();
      for (let m = this.first(frame); m !== NONE; m = this.next(m)) index.set(mappingKey(this.rootOf(m), this.vaOf(m)), m);
      this.crowded.set(frame, index);
    }
    return index;
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
