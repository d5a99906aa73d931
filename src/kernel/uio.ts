/**
 * User buffers as read and write move data through them: one range of user memory (read,
 * write, pread64, pwrite64), or the ranges of an iovec array taken in order as one stream
 * (readv 65, writev 66), as Linux's iov_iter.
 */
import { SYSCALL_BLOCKED, type KernelServices } from './services.js';
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

/** Linux's MAX_RW_COUNT: the most bytes one read or write moves (INT_MAX rounded down to a page). */
export const MAX_RW_COUNT = 0x7ffff000;

/**
 * The buffers of the readv or writev each process has blocked in, kept for the call's
 * resumption: Linux reads the iovec array once, at the start of the call, and a resumed call
 * must not see what was stored there since.
 */
const blockedIovecs = new WeakMap<Process, UserBuffer>();

/** The result of p's readv or writev through `buffer`: the buffer is kept if the call blocked, forgotten once it returns. */
export function iovecCallResult(p: Process, buffer: UserBuffer, result: number): number {
  if (result === SYSCALL_BLOCKED) blockedIovecs.set(p, buffer);
  else blockedIovecs.delete(p);
  return result;
}

/**
 * The buffer an array of `count` iovecs (`struct iovec`: base, then length, 32 bits each) at
 * `iovVa` describes (the one read when p's call blocked, for its resumption), or Linux's errors
 * in its order: a count above UIO_MAXIOV or below 0 is -EINVAL, an unreadable array -EFAULT, a
 * length of 2 GiB or more (negative as ssize_t) in any iovec -EINVAL, then a range not wholly in
 * user space -EFAULT. Lengths past MAX_RW_COUNT in all are cut there, as Linux cuts them.
 */
export function userIovecs(k: Kernel, p: Process, iovVa: number, count: number): UserBuffer | number {
  const kept = blockedIovecs.get(p);
  if (kept) return kept;
  if (count < 0 || count > UIO_MAXIOV) return -EINVAL;
  const array = k.copyinPrefix(p, iovVa, 8 * count);
  if (array.length < 8 * count) return -EFAULT;
  const view = new DataView(array.buffer, array.byteOffset, array.byteLength);
  // As Linux: every length is checked (copy_iovec_from_user), then every range in order. (Linux
  // checks a range's whole length, vmlab the part of it MAX_RW_COUNT leaves: its user space ends
  // lower than rv32 Linux's, and a long length on a buffer Linux would take stays taken.)
  for (let i = 0; i < count; i++) if (view.getUint32(8 * i + 4, true) >= 2 ** 31) return -EINVAL;
  const bases: number[] = [], lengths: number[] = [];
  let total = 0;
  for (let i = 0; i < count; i++) {
    const base = view.getUint32(8 * i, true), given = view.getUint32(8 * i + 4, true);
    const length = Math.min(given, MAX_RW_COUNT - total);
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
