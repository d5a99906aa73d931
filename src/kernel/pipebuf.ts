/**
 * A pipe's buffer: a ring of up to `capacity` bytes (Linux's default 64 KiB, or what
 * F_SETPIPE_SZ set), which grows as data comes, and the count of descriptors open on each end.
 * Plain data: the pipe system calls (pipe.ts) do the blocking and waking.
 */
/** Linux's default pipe capacity, and the size up to which a write is atomic. */
export const PIPE_SIZE = 65536;
export const PIPE_BUF = 4096;

/** A pipe's buffer (a ring) and the descriptors open on its two ends. */
export class Pipe {
  /** The ring: a power of two bytes, at most `capacity`, grown as needed. */
  private buffer = new Uint8Array(PIPE_BUF);
  private head = 0;
  /** Bytes in the buffer, and the most it holds. */
  length = 0;
  capacity = PIPE_SIZE;
  /** Descriptors open on each end (in every process). */
  readers = 0;
  writers = 0;

  /** Up to `max` bytes from the front, without taking them. */
  peek(max: number): Uint8Array {
    const n = Math.min(max, this.length);
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = this.buffer[(this.head + i) % this.buffer.length];
    return out;
  }

  /** Drop `n` bytes from the front. */
  consume(n: number): void {
    this.head = (this.head + n) % this.buffer.length;
    this.length -= n;
  }

  /** Append `bytes` (there is room for them: length + bytes.length <= capacity). */
  append(bytes: Uint8Array): void {
    if (this.length + bytes.length > this.buffer.length) this.reshape(this.length + bytes.length);
    for (let i = 0; i < bytes.length; i++) this.buffer[(this.head + this.length + i) % this.buffer.length] = bytes[i];
    this.length += bytes.length;
  }

  /** Hold up to `capacity` bytes from now on (at least `length`: pipe.ts checks). */
  resize(capacity: number): void {
    this.capacity = capacity;
    if (this.buffer.length > capacity) this.reshape(this.length);
  }

  /** A ring of the smallest power of two bytes (at least PIPE_BUF, at most capacity) holding `needed`, the data first. */
  private reshape(needed: number): void {
    let size = PIPE_BUF;
    while (size < needed) size *= 2;
    const data = this.peek(this.length);
    this.buffer = new Uint8Array(Math.min(size, this.capacity));
    this.buffer.set(data);
    this.head = 0;
  }
}
