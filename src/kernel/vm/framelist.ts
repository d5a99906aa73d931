/**
 * A list of frame numbers in the order they were appended, as a doubly linked list threaded
 * through two arrays indexed by frame: append, remove and move to the back in constant time. The
 * reverse map's frames in the order they became resident, the queue of fifo and the recency list
 * of lru.
 */
const NONE = -1;

export class FrameList {
  private next = new Int32Array(0);
  private prev = new Int32Array(0);
  private inList = new Uint8Array(0);
  private head = NONE;
  private tail = NONE;

  /** The first frame (NONE = -1 if the list is empty). */
  first(): number {
    return this.head;
  }

  /** The frame after `frame` (-1 at the end). */
  after(frame: number): number {
    return this.next[frame];
  }

  /** Append `frame` (which is not in the list). */
  push(frame: number): void {
    if (frame >= this.inList.length) this.grow(frame);
    this.inList[frame] = 1;
    this.prev[frame] = this.tail;
    this.next[frame] = NONE;
    if (this.tail === NONE) this.head = frame;
    else this.next[this.tail] = frame;
    this.tail = frame;
  }

  /** Take `frame` out of the list (nothing if it is not in it). */
  remove(frame: number): void {
    if (!this.inList[frame]) return;
    this.inList[frame] = 0;
    const before = this.prev[frame], after = this.next[frame];
    if (before === NONE) this.head = after;
    else this.next[before] = after;
    if (after === NONE) this.tail = before;
    else this.prev[after] = before;
  }

  /** Move `frame` to the back, if it is in the list. */
  moveToBack(frame: number): void {
    if (frame === this.tail || !this.inList[frame]) return;
    this.remove(frame);
    this.push(frame);
  }

  private grow(frame: number): void {
    const size = Math.max(frame + 1, this.inList.length * 2, 64);
    const next = new Int32Array(size), prev = new Int32Array(size), inList = new Uint8Array(size);
    next.set(this.next);
    prev.set(this.prev);
    inList.set(this.inList);
    this.next = next;
    this.prev = prev;
    this.inList = inList;
  }
}
