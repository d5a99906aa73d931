/**
 * A pipe's buffer: a 64 KiB ring (Linux's default capacity) and the count of descriptors open on
 * each end. Plain data: the pipe system calls (pipe.ts) do the blocking and waking.
 */
/** Linux's default pipe capacity, and the size up to which a write is atomic. */
export const PIPE_SIZE = 65536;
export const PIPE_BUF = 4096;

/** A pipe's buffer (a ring) and the descriptors open on its two ends. */
export class Pipe {
  private readonly buffer = new Uint8Array(PIPE_SIZE);
  private head = 0;
  /** Bytes in the buffer. */
  length = 0;
  /** Descriptors open on each end (in every process). */
  readers = 0;
  writers = 0;

  /** Up to `max` bytes from the front, without taking them. */
  peek(max: number): Uint8Array {
    const n = Math.min(max, this.length);
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = this.buffer[(this.head + i) % PIPE_SIZE];
    return out;
  }

  /** Drop `n` bytes from the front. */
  consume(n: number): void {
    this.head = (this.head + n) % PIPE_SIZE;
    this.length -= n;
  }

  /** Append `bytes` (there is room for them). */
  append(bytes: Uint8Array): void {
    for (let i = 0; i < bytes.length; i++) this.buffer[(this.head + this.length + i) % PIPE_SIZE] = bytes[i];
    this.length += bytes.length;
  }
}
