/**
 * When a run with a pause time (Kernel.run's `pauseAt`) reads the host's clock: at every return
 * to the scheduler's loop while those come slowly (a slow plug-in, `--check`), so that a pause is
 * never late by more than one of them; at every 64th at the most while they come fast, as a
 * reading costs about as much as a short system call (65 ns, measured on 2,000,000 getpid calls).
 */
export class PauseClock {
  private every = 1;
  private count = 0;
  private last = 0;

  /** A run starts: read at its first return. */
  reset(): void {
    this.every = 1;
    this.count = 0;
    this.last = performance.now();
  }

  /** Whether the time `pauseAt` (performance.now()) has come, read or not at this return to the loop. */
  due(pauseAt: number): boolean {
    if (++this.count < this.every) return false;
    this.count = 0;
    const now = performance.now();
    // Under a millisecond since the last reading: read half as often (down to every 64th); else at every return.
    this.every = now - this.last < 1 ? Math.min(this.every * 2, 64) : 1;
    this.last = now;
    return now >= pauseAt;
  }
}
