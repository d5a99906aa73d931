/**
 * The event queue: actions scheduled at a cycle of the one clock, run in time order (and in the
 * order they were scheduled, for equal times), so that runs are deterministic. The disk
 * completes its requests through it.
 *
 * The pending events are three parallel arrays, not an object each: V8 keeps an object's shape
 * only while some object has it, and events live for a while in one run; after a collection
 * between two machines' runs the shape was made anew and the optimized code that had seen the old
 * one (Kernel.run, which inlines runUntil) was compiled again (unpinned.ts says more).
 */
import { callUnpinned } from './unpinned.js';

export class EventQueue {
  /** Each pending event's time, sequence number (its handle, for cancel()) and action, in the order they run. */
  private readonly times: number[] = [];
  private readonly seqs: number[] = [];
  private readonly actions: (() => void)[] = [];
  private seq = 0;

  /** Run `action` when the clock reaches `time`; returns the event's handle, for cancel(). */
  schedule(time: number, action: () => void): number {
    const seq = this.seq++, times = this.times;
    // After every event due at `time` or before (equal times run in the order scheduled).
    let i = times.length;
    while (i > 0 && times[i - 1] > time) i--;
    times.splice(i, 0, time);
    this.seqs.splice(i, 0, seq);
    this.actions.splice(i, 0, action);
    return seq;
  }

  /** Forget the event `handle` (from schedule()) if it has not run: nothing waits for it any more. */
  cancel(handle: number): void {
    const i = this.seqs.indexOf(handle);
    if (i < 0) return;
    this.times.splice(i, 1);
    this.seqs.splice(i, 1);
    this.actions.splice(i, 1);
  }

  /** The time of the next event, or Infinity if none is pending. */
  get next(): number {
    return this.times.length ? this.times[0] : Infinity;
  }

  get pending(): number {
    return this.times.length;
  }

  /** Run every event due at or before `time`, in order. */
  runUntil(time: number): void {
    const times = this.times;
    while (times.length && times[0] <= time) {
      times.shift();
      this.seqs.shift();
      // Through callUnpinned: each action is a closure of its own, dead once run.
      callUnpinned(this.actions.shift()!, 0, 0);
    }
  }
}
