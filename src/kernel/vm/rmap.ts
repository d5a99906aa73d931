/**
 * The reverse map: for each frame mapped into user space, the page-table entries that map it
 * (root table, virtual address), and what replacement policies need to know of it: when it was
 * mapped and when it was last used (when the kernel observes every access, for exact LRU).
 */
export interface Mapping {
  root: number;
  va: number;
}

/** Told when a frame gains its first mapping (becomes resident) and loses its last one. */
export interface ResidencyObserver {
  resident(frame: number, now: number): void;
  gone(frame: number): void;
}

export class ReverseMap {
  private readonly byFrame = new Map<number, Mapping[]>();
  readonly loadedAt: Float64Array;
  readonly lastUsed: Float64Array;
  /** Who is told of frames becoming resident and ceasing to be (the reclaimer). */
  observer: ResidencyObserver | null = null;

  constructor(frames: number) {
    this.loadedAt = new Float64Array(frames);
    this.lastUsed = new Float64Array(frames);
  }

  /** `va` under `root` now maps `frame` (at time `now`). */
  add(frame: number, root: number, va: number, now: number): void {
    const list = this.byFrame.get(frame);
    if (list) list.push({ root, va });
    else {
      this.byFrame.set(frame, [{ root, va }]);
      this.loadedAt[frame] = now;
      this.lastUsed[frame] = now;
      this.observer?.resident(frame, now);
    }
  }

  /** `va` under `root` no longer maps `frame`. */
  remove(frame: number, root: number, va: number): void {
    const list = this.byFrame.get(frame);
    if (!list) return;
    const kept = list.filter((m) => m.root !== root || m.va !== va);
    if (kept.length) this.byFrame.set(frame, kept);
    else {
      this.byFrame.delete(frame);
      this.observer?.gone(frame);
    }
  }

  /** The mappings of `frame` (empty if none). */
  mappings(frame: number): readonly Mapping[] {
    return this.byFrame.get(frame) ?? [];
  }

  /** Every mapped frame. */
  frames(): IterableIterator<number> {
    return this.byFrame.keys();
  }

  get size(): number {
    return this.byFrame.size;
  }
}
