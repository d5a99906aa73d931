/**
 * User buffers as read and write move data through them: one range of user memory (read,
 * write, pread64, pwrite64), or the ranges of an iovec array taken in order as one stream
 * (readv 65, writev 66), as Linux's iov_iter.
 */
import type { KernelServices } from './services.js';
import type { Process } from './proc.js';
import { inUserSpace } from './exec.js';
import { EFAULT, EINVAL } from './errno.js';

type Kernel = Pick<KernelServices, 'copyinPrefix' | 'copyoutPrefix'>;

/** The bytes of a user buffer, as one stream of `length` bytes from offset 0. */
export interface UserBuffer {
  readonly length: number;
  /** Up to `n` bytes from offset `at`, stopping short at the first byte that cannot be read. */
  copyin(at: number, n: number): Uint8Array;
  /** Copy `data` to offset `at`; returns how many bytes were copied before the first that could not be. */
  copyout(at: number, data: Uint8Array): number;
}

/** The `length` bytes of user memory from `va` on. */
export function userRange(k: Kernel, p: Process, va: number, length: number): UserBuffer {
  return {
    length,
    copyin: (at, n) => k.copyinPrefix(p, va + at, n),
    copyout: (at, data) => k.copyoutPrefix(p, va + at, data),
  };
}

/** Linux's UIO_MAXIOV: the most iovecs one call takes. */
export const UIO_MAXIOV = 1024;

/**
 * The buffer an array of `count` iovecs (`struct iovec`: base, then length, 32 bits each) at
 * `iovVa` describes, or Linux's errors in its order: a count above UIO_MAXIOV or below 0 is
 * -EINVAL, an unreadable array -EFAULT, a length of 2 GiB or more (negative as ssize_t) -EINVAL,
 * a range not wholly in user space -EFAULT.
 */
export function userIovecs(k: Kernel, p: Process, iovVa: number, count: number): UserBuffer | number {
  if (count < 0 || count > UIO_MAXIOV) return -EINVAL;
  const array = k.copyinPrefix(p, iovVa, 8 * count);
  if (array.length < 8 * count) return -EFAULT;
  const view = new DataView(array.buffer, array.byteOffset, array.byteLength);
  const bases: number[] = [], lengths: number[] = [];
  let total = 0;
  for (let i = 0; i < count; i++) {
    const base = view.getUint32(8 * i, true), length = view.getUint32(8 * i + 4, true);
    if (length >= 2 ** 31 || total + length >= 2 ** 31) return -EINVAL;
    if (!inUserSpace(base, length)) return -EFAULT;
    if (length === 0) continue;
    bases.push(base);
    lengths.push(length);
    total += length;
  }
  /** The segments covering `n` bytes from stream offset `at`: [segment, offset in it, bytes]. */
  const pieces = (at: number, n: number): [number, number, number][] => {
    const out: [number, number, number][] = [];
    let start = 0;
    for (let s = 0; s < bases.length && n > 0; start += lengths[s], s++) {
      if (at >= start + lengths[s]) continue;
      const from = Math.max(at, start) - start, take = Math.min(lengths[s] - from, n);
      out.push([s, from, take]);
      n -= take;
      at += take;
    }
    return out;
  };
  return {
    length: total,
    copyin: (at, n) => {
      const parts: Uint8Array[] = [];
      for (const [s, from, take] of pieces(at, n)) {
        const bytes = k.copyinPrefix(p, bases[s] + from, take);
        parts.push(bytes);
        if (bytes.length < take) break;
      }
      return parts.length === 1 ? parts[0] : Buffer.concat(parts);
    },
    copyout: (at, data) => {
      let done = 0;
      for (const [s, from, take] of pieces(at, data.length)) {
        const copied = k.copyoutPrefix(p, bases[s] + from, data.subarray(done, done + take));
        done += copied;
        if (copied < take) break;
      }
      return done;
    },
  };
}
