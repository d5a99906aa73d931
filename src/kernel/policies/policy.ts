/**
 * Page-replacement policies: which resident page to evict when a page must come in and no frame
 * is free. A policy comes in one or both of two forms:
 *
 * - the teaching form, chooseVictim(pages, now): the policy is shown every resident page's
 *   metadata (when it was loaded, when last used, its reference bit) and picks one. Simple, but
 *   building that list costs time proportional to RAM on every eviction. Policies that are only
 *   sketches use it.
 * - the event form: the policy is told when a frame becomes resident (mapped), stops being
 *   resident (unmapped: evicted, unmapped or freed) and, if it asks for it, each access (used:
 *   exact LRU); it keeps its own structure, and pickVictim(candidates, now) answers from it. The
 *   kernel and the replay simulator (replay.ts) use this form when a policy has it: the built-ins
 *   pick a victim in time that does not grow with RAM, and pick exactly the victim their teaching
 *   form would.
 */
import { FrameList } from '../vm/framelist.js';

/** What a policy sees of a resident page. */
export interface ResidentPage {
  /** The frame holding it (0..frames-1), and the page. */
  readonly frame: number;
  readonly page: number;
  /** When it was loaded and when it was last referenced (reference indices). */
  readonly loadedAt: number;
  readonly lastUsed: number;
  /** The reference (accessed) bit: set on every reference; a policy may clear it. */
  referenced: boolean;
  /** Whether the page was written since it was loaded (the PTE's dirty bit; replay: false). */
  readonly dirty: boolean;
  /** The virtual addresses that map it (the reverse map's owner mappings; several if shared). */
  readonly mappings: readonly number[];
}

/** A page fault just handled, for fault-around / read-ahead. */
export interface FaultInfo {
  /** The faulting page's address, whether it was major (read from disk), and its area. */
  va: number;
  major: boolean;
  vma: { name: string; start: number; end: number };
}

/**
 * What the event form's pickVictim may choose from: the frames that may be evicted now (resident,
 * not just faulted in by a process that has not run since, not already refused in this reclaim).
 */
export interface Candidates {
  /** How many frames are candidates. */
  readonly count: number;
  /** The k-th candidate in frame order, the lowest frame being the 0th (0 ≤ k < count): O(log frames). */
  nth(k: number): number;
  /** Whether `frame` is a candidate. */
  eligible(frame: number): boolean;
  /** The reference (accessed) bit of `frame`: set in any PTE that maps it. */
  referenced(frame: number): boolean;
  /** Clear the reference bit of `frame` in every PTE that maps it (a second chance). */
  clearReferenced(frame: number): void;
}

export interface ReplacementPolicy {
  readonly name: string;
  /**
   * Teaching form: the page to evict among `resident` (every candidate page), at time `now` (a
   * tick count). Costs time proportional to RAM per eviction (the list is built each time).
   */
  chooseVictim?(resident: readonly ResidentPage[], now: number): ResidentPage;
  /** Event form: the frame to evict, one of `candidates` (at least one), at time `now`. */
  pickVictim?(candidates: Candidates, now: number): number;
  /** Event form: `frame` became resident (its first user mapping), or a locked page set aside may be evicted again, at time `now`. */
  mapped?(frame: number, now: number): void;
  /** Event form: `frame` is no longer resident (evicted, or its last mapping went away), or is a locked page set aside (reclaim.ts). */
  unmapped?(frame: number): void;
  /**
   * Event form, optional: `frame` was accessed at time `now`. Asking for it makes the kernel
   * observe every memory access (no TLB fast path): a run is several times slower.
   */
  used?(frame: number, now: number): void;
  /**
   * Optional: after a fault, the addresses of other pages to map now (fault-around, read-ahead);
   * those outside the area or already present are ignored.
   */
  faultAround?(fault: FaultInfo): number[];
  /**
   * A plug-in's, for the kernel: throw the failure of a `mapped` or `unmapped` notice held back
   * since it was sent (the kernel is mid-change then), if there was one. The kernel calls it
   * whenever its state is whole again: at each return to its loop.
   */
  raiseHeldFailure?(): void;
}

/** A policy with the teaching form (and maybe the event form): what replay can run. */
export type TeachingPolicy = ReplacementPolicy & Pick<Required<ReplacementPolicy>, 'chooseVictim'>;

/** The oldest load (first in, first out): a queue of frames in the order they were mapped. */
export function fifo(): TeachingPolicy {
  return listPolicy('fifo', (p) => p.loadedAt, false);
}

/** The least recently used (exact): a list of frames from the least to the most recently used. */
export function lru(): TeachingPolicy {
  return listPolicy('lru', (p) => p.lastUsed, true);
}

/**
 * A policy whose victim is the page with the smallest `key`: in the event form, the first
 * candidate of a list of frames appended when mapped (and, if `recency`, moved to the back when
 * used), which is in increasing order of `key`.
 */
function listPolicy(name: string, key: (p: ResidentPage) => number, recency: boolean): TeachingPolicy {
  const list = new FrameList();
  const policy: TeachingPolicy = {
    name,
    chooseVictim: (resident) => minBy(resident, key),
    mapped: (frame) => list.push(frame),
    unmapped: (frame) => list.remove(frame),
    pickVictim: (candidates) => {
      let frame = list.first();
      while (!candidates.eligible(frame)) frame = list.after(frame);
      return frame;
    },
  };
  if (recency) policy.used = (frame): void => list.moveToBack(frame);
  return policy;
}

/**
 * Second chance: a hand sweeps the frames in order; a referenced page has its bit cleared and
 * is passed over, the first unreferenced one is the victim. The hand is a position among the
 * candidates in frame order (it does not follow a frame when lower ones come and go).
 */
export function clock(): TeachingPolicy {
  let hand = 0;
  return {
    name: 'clock',
    chooseVictim: (resident) => {
      const byFrame = [...resident].sort((a, b) => a.frame - b.frame);
      for (;;) {
        const page = byFrame[hand % byFrame.length];
        hand = (hand + 1) % byFrame.length;
        if (!page.referenced) return page;
        page.referenced = false;
      }
    },
    pickVictim: (candidates) => {
      const count = candidates.count;
      for (;;) {
        const frame = candidates.nth(hand % count);
        hand = (hand + 1) % count;
        if (!candidates.referenced(frame)) return frame;
        candidates.clearReferenced(frame);
      }
    },
  };
}

/** A uniformly random resident page (by its position in frame order), from a seeded generator (same seed, same choices). */
export function random(seed: number): TeachingPolicy {
  let state = (seed >>> 0) || 1;
  const next = (): number => {
    state ^= state << 13; state ^= state >>> 17; state ^= state << 5;
    state >>>= 0;
    return state;
  };
  return {
    name: 'random',
    chooseVictim: (resident) => [...resident].sort((a, b) => a.frame - b.frame)[next() % resident.length],
    pickVictim: (candidates) => candidates.nth(next() % candidates.count),
  };
}

/**
 * Belady's optimal policy: the page whose next reference is farthest in the future (never used
 * again first; of several never used again, the one loaded last, as OSTEP's Figure 22.1 and its
 * paging-policy.py choose). It needs the whole reference string, so it exists only for replay,
 * where the next use is precomputed for every index (one pass, backwards). The teaching form
 * looks it up for every resident page; the event form keeps the frames in a heap by next use and
 * load time (an entry left by a frame's earlier use is skipped when it comes up), so a choice
 * costs O(log refs).
 */
export function opt(refs: readonly number[]): TeachingPolicy {
  const next = new Float64Array(refs.length);
  const seen = new Map<number, number>();
  for (let i = refs.length - 1; i >= 0; i--) {
    next[i] = seen.get(refs[i]) ?? Infinity;
    seen.set(refs[i], i);
  }
  // The event form: each frame's next use and load time, and a heap of (next use, frame, load
  // time) entries, farthest first, then loaded last. Only pages never used again tie on next use.
  const nextOf = new Map<number, number>();
  const loadedAt: number[] = []; // by frame
  type Entry = [use: number, frame: number, loaded: number];
  const heap: Entry[] = [];
  const before = (a: Entry, b: Entry): boolean => a[0] > b[0] || (a[0] === b[0] && a[2] > b[2]);
  const push = (entry: Entry): void => {
    let i = heap.push(entry) - 1;
    while (i > 0 && before(heap[i], heap[(i - 1) >> 1])) {
      [heap[i], heap[(i - 1) >> 1]] = [heap[(i - 1) >> 1], heap[i]];
      i = (i - 1) >> 1;
    }
  };
  const pop = (): Entry => {
    const top = heap[0], last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < heap.length && before(heap[l], heap[m])) m = l;
        if (r < heap.length && before(heap[r], heap[m])) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m], heap[i]];
        i = m;
      }
    }
    return top;
  };
  const touch = (frame: number, now: number): void => {
    nextOf.set(frame, next[now]);
    push([next[now], frame, loadedAt[frame]]);
    // Entries left by earlier uses go only when they come up: past 4 a frame, the heap is made
    // again from the current ones, so that it stays in proportion to the frames, not the references.
    if (heap.length > 4 * nextOf.size + 64) {
      const current = [...nextOf].map(([f, use]): Entry => [use, f, loadedAt[f]]);
      heap.length = 0;
      for (const entry of current) push(entry);
    }
  };
  return {
    name: 'opt',
    chooseVictim: (resident) => {
      let best = resident[0];
      for (const p of resident) {
        const a = next[p.lastUsed], b = next[best.lastUsed];
        if (a > b || (a === b && p.loadedAt > best.loadedAt)) best = p;
      }
      return best;
    },
    mapped: (frame, now) => {
      loadedAt[frame] = now;
      touch(frame, now);
    },
    used: touch,
    unmapped: (frame) => { nextOf.delete(frame); },
    pickVictim: (candidates) => {
      for (;;) {
        const [use, frame, loaded] = pop();
        if (nextOf.get(frame) === use && loadedAt[frame] === loaded && candidates.eligible(frame)) return frame;
      }
    },
  };
}

function minBy(pages: readonly ResidentPage[], key: (p: ResidentPage) => number): ResidentPage {
  let best = pages[0];
  for (const p of pages) if (key(p) < key(best) || (key(p) === key(best) && p.frame < best.frame)) best = p;
  return best;
}

export const POLICY_NAMES = ['fifo', 'lru', 'clock', 'random', 'opt'] as const;
export type PolicyName = (typeof POLICY_NAMES)[number];

/** A fresh policy by name, for replaying `refs` (opt needs them) with `seed` (random). */
export function makePolicy(name: PolicyName, refs: readonly number[], seed: number): TeachingPolicy {
  switch (name) {
    case 'fifo': return fifo();
    case 'lru': return lru();
    case 'clock': return clock();
    case 'random': return random(seed);
    case 'opt': return opt(refs);
  }
}
