/**
 * Replay: simulate a replacement policy on a page reference string with a fixed number of frames
 * (the textbook exercise), counting hits and misses and recording each step.
 */
import type { ResidentPage, TeachingPolicy } from './policy.js';

export interface ReplayStep {
  page: number;
  hit: boolean;
  /** The page evicted to make room, if any. */
  evicted: number | null;
  /** The pages in frames 0..frames-1 after the step (null: empty frame). */
  frames: (number | null)[];
}

export interface ReplayResult {
  policy: string;
  hits: number;
  misses: number;
  steps: ReplayStep[];
}

/**
 * Run `policy` over `refs` with `frames` frames (its teaching form: chooseVictim). Each step is
 * recorded in `steps`, unless `record` is false (a long reference string with many frames: a step
 * holds every frame), or given to `record` when it is a function, as it is taken.
 */
export function replay(refs: readonly number[], frames: number, policy: TeachingPolicy,
  record: boolean | ((step: ReplayStep, index: number) => void) = true): ReplayResult {
  const slots: (ResidentPage | null)[] = new Array(frames).fill(null);
  const where = new Map<number, number>();
  const steps: ReplayStep[] = [];
  const onStep = typeof record === 'function' ? record : record ? (step: ReplayStep): void => { steps.push(step); } : null;
  let hits = 0, filled = 0;
  refs.forEach((page, now) => {
    const frame = where.get(page);
    let evicted: number | null = null;
    if (frame !== undefined) {
      hits++;
      slots[frame] = { ...slots[frame]!, lastUsed: now, referenced: true };
    } else {
      // the frames fill in order and never empty again
      let free = filled < frames ? filled++ : -1;
      if (free < 0) {
        const victim = policy.chooseVictim(slots as ResidentPage[], now);
        free = victim.frame;
        evicted = victim.page;
        where.delete(victim.page);
      }
      slots[free] = { frame: free, page, loadedAt: now, lastUsed: now, referenced: true, dirty: false, mappings: [page * 4096] };
      where.set(page, free);
    }
    onStep?.({ page, hit: frame !== undefined, evicted, frames: slots.map((s) => (s ? s.page : null)) }, now);
  });
  return { policy: policy.name, hits, misses: refs.length - hits, steps };
}
