/**
 * A pipe's buffer as Linux keeps it: a ring of up to `slots` page buffers (16, 64 KiB, unless
 * F_SETPIPE_SZ changed it), each holding bytes of one page from an offset, and the count of
 * descriptors open on each end. A write fills whole new pages, merging only what does not fill
 * one into the last page when it fits; a page frees its slot once it is read to its end; so how
 * much a pipe takes depends on how it was written (pipe.ts). Plain data: the pipe system calls
 * do the copying, blocking and waking.
 */
/** Linux's default pipe capacity, and a buffer's page (also PIPE_BUF, the size up to which a write is atomic). */
export const PIPE_SIZE = 65536;
export const PIPE_PAGE = 4096;

/** One page of a pipe (Linux's struct pipe_buffer): `len` bytes of `page` from `offset`. */
export interface PipeBuffer {
  readonly page: Uint8Array;
  offset: number;
  len: number;
  /** Written in packet mode (pipe2's O_DIRECT): read as one message, never merged into. */
  readonly packet: boolean;
}

/** A pipe's buffers, from the oldest (read next) to the newest, and the descriptors open on its two ends. */
export class Pipe {
  private readonly buffers: PipeBuffer[] = [];

  /** `ino`: its inode number, which fstat gives both ends. */
  constructor(readonly ino: number) {}

  /** The most buffers it holds. */
  slots = PIPE_SIZE / PIPE_PAGE;
  /** Descriptors open on each end (in every process). */
  readers = 0;
  writers = 0;

  /** The capacity F_GETPIPE_SZ reports. */
  get capacity(): number {
    return this.slots * PIPE_PAGE;
  }

  /** Buffers in use (empty ones a failed write left included, as Linux counts them). */
  get occupancy(): number {
    return this.buffers.length;
  }

  /** The bytes buffered, not yet read (FIONREAD). */
  get bytes(): number {
    let total = 0;
    for (const b of this.buffers) total += b.len;
    return total;
  }

  get full(): boolean {
    return this.buffers.length >= this.slots;
  }

  /** The buffer read next, and the one written last (undefined when the pipe is empty). */
  get oldest(): PipeBuffer | undefined {
    return this.buffers[0];
  }

  get newest(): PipeBuffer | undefined {
    return this.buffers[this.buffers.length - 1];
  }

  /** A new empty buffer at the end (the pipe is not full). */
  add(packet: boolean): PipeBuffer {
    const buffer = { page: new Uint8Array(PIPE_PAGE), offset: 0, len: 0, packet };
    this.buffers.push(buffer);
    return buffer;
  }

  /** The oldest buffer has been read to its end: its slot is free. */
  release(): void {
    this.buffers.shift();
  }
}
