/**
 * Resident pages per address space, by the frame of its root page table, and the most it has had
 * since it was made: what getrusage's ru_maxrss reads (rusage.ts). A 4 KiB mapping counts one
 * page (the reverse map tells of each), a megapage 1,024 (memory.ts). Each change is O(1).
 */
export class ResidentPagesByRoot {
  private readonly pages: Int32Array;
  private readonly peaks: Int32Array;

  constructor(frames: number) {
    this.pages = new Int32Array(frames);
    this.peaks = new Int32Array(frames);
  }

  /** The address space whose root table is frame `root` maps `n` more pages (fewer if negative). */
  change(root: number, n: number): void {
    const now = (this.pages[root] += n);
    if (now > this.peaks[root]) this.peaks[root] = now;
  }

  /** The most pages the address space at `root` has mapped at once. */
  peak(root: number): number {
    return this.peaks[root];
  }

  /** The address space at `root` is gone: its counts start again from 0 for the next one there. */
  release(root: number): void {
    this.pages[root] = 0;
    this.peaks[root] = 0;
  }
}
