/**
 * The resident set in frame order: which frames hold user pages that reclaim may consider now,
 * with the k-th of them (counting from the lowest frame) found in O(log frames) time. It is a
 * Fenwick tree of one count per frame. A frame can be hidden for the length of one reclaim (just
 * faulted in, or refused as a victim): it then counts as absent until showAll().
 */
export class ResidentSet {
  /** The Fenwick tree: tree[i] counts the present frames in (i - lowbit(i), i], 1-based. */
  private readonly tree: Int32Array;
  /** Per frame: 0 absent, PRESENT, or HIDDEN (resident but not counted). */
  private readonly state: Uint8Array;
  private readonly hidden: number[] = [];
  private readonly topStep: number;
  /** How many frames are present (resident and not hidden). */
  count = 0;

  constructor(frames: number) {
    this.tree = new Int32Array(frames + 1);
    this.state = new Uint8Array(frames);
    let step = 1;
    while (step * 2 <= frames) step *= 2;
    this.topStep = step;
  }

  /** `frame` became resident. */
  add(frame: number): void {
    if (this.state[frame] !== ABSENT) return;
    this.state[frame] = PRESENT;
    this.adjust(frame, 1);
  }

  /** `frame` is no longer resident (hidden or not). */
  remove(frame: number): void {
    if (this.state[frame] === PRESENT) this.adjust(frame, -1);
    this.state[frame] = ABSENT;
  }

  /** Whether `frame` is resident and not hidden. */
  has(frame: number): boolean {
    return this.state[frame] === PRESENT;
  }

  /** Leave `frame` out of the count until showAll() (nothing if it is not present). */
  hide(frame: number): void {
    if (this.state[frame] !== PRESENT) return;
    this.state[frame] = HIDDEN;
    this.adjust(frame, -1);
    this.hidden.push(frame);
  }

  /** Count every hidden frame that is still resident again. */
  showAll(): void {
    for (const frame of this.hidden) {
      if (this.state[frame] !== HIDDEN) continue;
      this.state[frame] = PRESENT;
      this.adjust(frame, 1);
    }
    this.hidden.length = 0;
  }

  /** The k-th present frame in frame order (0 ≤ k < count): the lowest is the 0th. */
  nth(k: number): number {
    let pos = 0;
    let rest = k + 1;
    for (let step = this.topStep; step > 0; step >>= 1) {
      const next = pos + step;
      if (next < this.tree.length && this.tree[next] < rest) {
        pos = next;
        rest -= this.tree[next];
      }
    }
    return pos; // the 1-based index pos + 1 is frame pos
  }

  private adjust(frame: number, delta: number): void {
    this.count += delta;
    for (let i = frame + 1; i < this.tree.length; i += i & -i) this.tree[i] += delta;
  }
}

const ABSENT = 0;
const PRESENT = 1;
const HIDDEN = 2;
