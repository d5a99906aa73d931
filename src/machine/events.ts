/**
 * The event queue: actions scheduled at a cycle of the one clock, run in time order (and in the
 * order they were scheduled, for equal times), so that runs are deterministic. The disk
 * completes its requests through it.
 */
export class EventQueue {
  private readonly events: { time: number; seq: number; action: () => void }[] = [];
  private seq = 0;

  /** Run `action` when the clock reaches `time`; returns the event, for cancel(). */
  schedule(time: number, action: () => void): object {
    const event = { time, seq: this.seq++, action };
    let i = this.events.length;
    while (i > 0 && (this.events[i - 1].time > time || (this.events[i - 1].time === time && this.events[i - 1].seq > event.seq))) i--;
    this.events.splice(i, 0, event);
    return event;
  }

  /** Forget `event` (from schedule()) if it has not run: nothing waits for it any more. */
  cancel(event: object): void {
    const i = this.events.indexOf(event as (typeof this.events)[number]);
    if (i >= 0) this.events.splice(i, 1);
  }

  /** The time of the next event, or Infinity if none is pending. */
  get next(): number {
    return this.events.length ? this.events[0].time : Infinity;
  }

  get pending(): number {
    return this.events.length;
  }

  /** Run every event due at or before `time`, in order. */
  runUntil(time: number): void {
    while (this.events.length && this.events[0].time <= time) this.events.shift()!.action();
  }
}
