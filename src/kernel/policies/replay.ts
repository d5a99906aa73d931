/**
 * Replay: simulate a replacement policy on a page reference string with a fixed number of frames
 * (the textbook exercise), counting hits and misses and recording each step.
 */
import type { Candidates, ResidentPage, TeachingPolicy } from './policy.js';

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
 * Run `policy` over `refs` with `frames` frames, counting hits and misses. Each step is recorded
 * in `steps`, unless `record` is false (a long reference string with many frames: a step holds
 * every frame), or given to `record` when it is a function, as it is taken. A policy with the
 * event form runs in it (replayEvents: a choice in time that does not grow with the frames),
 * another in its teaching form (a choice looks at every frame); both choose the same victims.
 */
export function replay(refs: readonly number[], frames: number, policy: TeachingPolicy,
  record: boolean | ((step: ReplayStep, index: number) => void) = true): ReplayResult {
  const steps: ReplayStep[] = [];
  const onStep = typeof record === 'function' ? record : record ? (step: ReplayStep): void => { steps.push(step); } : null;
  const hits = policy.pickVictim ? replayEvents(refs, frames, policy, onStep) : replayTeaching(refs, frames, policy, onStep);
  return { policy: policy.name, hits, misses: refs.length - hits, steps };
}

type OnStep = ((step: ReplayStep, index: number) => void) | null;

/** The teaching form: every resident page's metadata, and chooseVictim over all of them. Returns the hits. */
function replayTeaching(refs: readonly number[], frames: number, policy: TeachingPolicy, onStep: OnStep): number {
  const slots: (ResidentPage | null)[] = new Array(frames).fill(null);
  const where = new Map<number, number>();
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
  return hits;
}

/**
 * The event form, as the kernel drives it: mapped when a page comes in, unmapped when it goes,
 * used at each reference (each if the policy has it), pickVictim among the frames in use (they fill in
 * order and never empty, so the k-th candidate is frame k). Returns the hits.
 */
function replayEvents(refs: readonly number[], frames: number, policy: TeachingPolicy, onStep: OnStep): number {
  const pages = new Float64Array(frames).fill(-1);
  const referenced = new Uint8Array(frames);
  const where = new Map<number, number>();
  let hits = 0, filled = 0;
  const candidates: Candidates = {
    get count() { return filled; },
    nth: (k) => k,
    eligible: (frame) => frame < filled,
    referenced: (frame) => referenced[frame] !== 0,
    clearReferenced: (frame) => { referenced[frame] = 0; },
  };
  refs.forEach((page, now) => {
    const frame = where.get(page);
    let evicted: number | null = null;
    if (frame !== undefined) {
      hits++;
      referenced[frame] = 1;
      policy.used?.(frame, now);
    } else {
      let free = filled < frames ? filled++ : -1;
      if (free < 0) {
        free = policy.pickVictim!(candidates, now);
        evicted = pages[free];
        where.delete(evicted);
        policy.unmapped?.(free);
      }
      pages[free] = page;
      referenced[free] = 1;
      where.set(page, free);
      policy.mapped?.(free, now);
    }
    onStep?.({ page, hit: frame !== undefined, evicted, frames: Array.from(pages, (q) => (q < 0 ? null : q)) }, now);
  });
  return hits;
}
