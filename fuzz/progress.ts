/** What the fuzz runner and its worker threads share. */
import { OUTCOME_KINDS, type FuzzOptions } from './target.js';

/** A worker's assignment. */
export interface WorkerJob {
  target: string;
  seed: number;
  /** Case indexes from `start` to `end` (exclusive), until `deadline` (a Date.now() time). */
  start: number;
  end: number;
  deadline: number;
  options: FuzzOptions;
  /** A SharedArrayBuffer of PROGRESS_SLOTS Int32 slots. */
  progress: SharedArrayBuffer;
}

/** Slot of the case index being run (-1 when the worker is done), then one count per outcome kind. */
export const PROGRESS_CASE = 0;
export const PROGRESS_COUNTS = 1;
export const PROGRESS_SLOTS = PROGRESS_COUNTS + OUTCOME_KINDS.length;
