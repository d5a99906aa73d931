/**
 * Page-replacement policies: which resident page to evict when a page must come in and no frame
 * is free. A policy sees each resident page's metadata (when it was loaded, when last used, its
 * reference bit) and picks one; the simulator that drives it (replay.ts) keeps the metadata.
 */

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

export interface ReplacementPolicy {
  readonly name: string;
  /** The page to evict among `resident` (all frames full), at time `now` (a tick count). */
  chooseVictim(resident: readonly ResidentPage[], now: number): ResidentPage;
  /**
   * Optional: after a fault, the addresses of other pages to map now (fault-around, read-ahead);
   * those outside the area or already present are ignored.
   */
  faultAround?(fault: FaultInfo): number[];
}

/** The oldest load (first in, first out). */
export function fifo(): ReplacementPolicy {
  return { name: 'fifo', chooseVictim: (resident) => minBy(resident, (p) => p.loadedAt) };
}

/** The least recently used (exact). */
export function lru(): ReplacementPolicy {
  return { name: 'lru', chooseVictim: (resident) => minBy(resident, (p) => p.lastUsed) };
}

/**
 * Second chance: a hand sweeps the frames in order; a referenced page has its bit cleared and
 * is passed over, the first unreferenced one is the victim.
 */
export function clock(): ReplacementPolicy {
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
  };
}

/** A uniformly random resident page, from a seeded generator (same seed, same choices). */
export function random(seed: number): ReplacementPolicy {
  let state = (seed >>> 0) || 1;
  return {
    name: 'random',
    chooseVictim: (resident) => {
      state ^= state << 13; state ^= state >>> 17; state ^= state << 5;
      state >>>= 0;
      return [...resident].sort((a, b) => a.frame - b.frame)[state % resident.length];
    },
  };
}

/**
 * Belady's optimal policy: the page whose next reference is farthest in the future (never used
 * again first). It needs the whole reference string, so it exists only for replay, where a
 * page's `lastUsed` is the index of its last reference: the next use is precomputed for every
 * index (one pass, backwards), so a choice costs one look-up per resident page.
 */
export function opt(refs: readonly number[]): ReplacementPolicy {
  const next = new Float64Array(refs.length);
  const seen = new Map<number, number>();
  for (let i = refs.length - 1; i >= 0; i--) {
    next[i] = seen.get(refs[i]) ?? Infinity;
    seen.set(refs[i], i);
  }
  return {
    name: 'opt',
    chooseVictim: (resident) => {
      let best = resident[0];
      for (const p of resident) {
        const a = next[p.lastUsed], b = next[best.lastUsed];
        if (a > b || (a === b && p.frame < best.frame)) best = p;
      }
      return best;
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
export function makePolicy(name: PolicyName, refs: readonly number[], seed: number): ReplacementPolicy {
  switch (name) {
    case 'fifo': return fifo();
    case 'lru': return lru();
    case 'clock': return clock();
    case 'random': return random(seed);
    case 'opt': return opt(refs);
  }
}
