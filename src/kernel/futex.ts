/**
 * futex_time64 422 (rv32 has only the 64-bit-time call), Linux's kernel/futex with one thread a
 * process: FUTEX_WAIT and FUTEX_WAKE, their _BITSET forms, FUTEX_REQUEUE and FUTEX_CMP_REQUEUE,
 * FUTEX_WAKE_OP. What process-shared locks and semaphores are built on: a futex in memory that
 * processes share (MAP_SHARED, a file's or anonymous) is the same futex in each of them, keyed by
 * the shared object and its offset; one in private memory is the process's own, keyed by its
 * address, as Linux's get_futex_key (FUTEX_PRIVATE_FLAG changes nothing else here). The
 * priority-inheritance operations (FUTEX_LOCK_PI...) and FUTEX_WAIT_REQUEUE_PI are -ENOSYS.
 */
import type { KernelServices } from './services.js';
import type { FutexWait, Process } from './proc.js';
import { EAGAIN, EFAULT, EINVAL, ENOSYS, ETIMEDOUT } from './errno.js';
import { findVma } from './vm/vma.js';
import { cyclesUp, readTimespec } from './clocks.js';

/** What this module uses of the kernel. */
type Kernel = Pick<KernelServices, 'block' | 'clock' | 'copyinPrefix' | 'copyout' | 'machine' | 'wakeup' | 'futexes'>;

export const SYS_FUTEX_TIME64 = 422;

const FUTEX_WAIT = 0, FUTEX_WAKE = 1, FUTEX_REQUEUE = 3, FUTEX_CMP_REQUEUE = 4, FUTEX_WAKE_OP = 5;
const FUTEX_WAIT_BITSET = 9, FUTEX_WAKE_BITSET = 10;
const FUTEX_PRIVATE_FLAG = 128, FUTEX_CLOCK_REALTIME = 256;
const FUTEX_BITSET_MATCH_ANY = -1;

type Waiter = FutexWait;

/**
 * The futex at `va` in `p`: in shared memory, the shared object and the offset in it; otherwise
 * the process and the address. null if no area holds `va` (-EFAULT).
 */
function futexKey(k: Kernel, p: Process, va: number): string | null {
  const v = findVma(p.vmas, va);
  if (!v) return null;
  if (v.file?.shared) return `o${k.futexes.objectNumber(v.file.inode)}:${v.file.offset + (va - v.start)}`;
  return `p${p.pid}:${va}`;
}

/** The word at `va` (4-aligned), or null if it cannot be read. */
function readWord(k: Kernel, p: Process, va: number): number | null {
  const bytes = k.copyinPrefix(p, va, 4);
  return bytes.length < 4 ? null : new DataView(bytes.buffer, bytes.byteOffset, 4).getInt32(0, true);
}

/** Wake up to `count` waiters on `key` whose bitset meets `bitset`: how many. */
function wake(k: Kernel, key: string, count: number, bitset: number): number {
  let woken = 0;
  for (const w of [...k.futexes.waiting(key)]) { // a copy: waking takes them off the queue
    if (woken >= count) break;
    if ((w.bitset & bitset) === 0) continue;
    k.futexes.remove(w);
    w.woken = true;
    k.wakeup(w);
    woken++;
  }
  return woken;
}

/**
 * futex_time64(uaddr, op, val, timeout or val2, uaddr2, val3). Linux's checks in its order: a
 * waiting operation's timeout that cannot be read -EFAULT or is invalid -EINVAL; then
 * FUTEX_CLOCK_REALTIME with an operation other than FUTEX_WAIT_BITSET -ENOSYS, an operation it
 * does not know -ENOSYS, a bitset of 0 -EINVAL, an unaligned address -EINVAL, one no area holds
 * -EFAULT. FUTEX_WAIT sleeps if the word still holds `val` (else -EAGAIN) until a wake (0), its
 * timeout (relative; absolute for FUTEX_WAIT_BITSET: -ETIMEDOUT) or a signal handler (-EINTR;
 * with SA_RESTART and no timeout the call starts again, as Linux's -ERESTARTSYS).
 */
export function sysFutex(k: Kernel, p: Process, uaddr: number, op: number, val: number, timeoutOrVal2: number, uaddr2: number,
  val3: number): number {
  const waiting = p.sleep?.futex;
  if (waiting) return waitEnded(k, p, waiting);
  const cmd = op & ~(FUTEX_PRIVATE_FLAG | FUTEX_CLOCK_REALTIME);
  const waits = cmd === FUTEX_WAIT || cmd === FUTEX_WAIT_BITSET;
  let timeout: bigint | null = null;
  if (waits && timeoutOrVal2 !== 0) {
    const read = readTimespec(k, p, timeoutOrVal2);
    if (typeof read === 'number') return read;
    timeout = read;
  }
  if ((op & FUTEX_CLOCK_REALTIME) !== 0 && cmd !== FUTEX_WAIT_BITSET) return -ENOSYS;
  const bitset = cmd === FUTEX_WAIT_BITSET || cmd === FUTEX_WAKE_BITSET ? val3 : FUTEX_BITSET_MATCH_ANY;
  switch (cmd) {
    case FUTEX_WAIT:
    case FUTEX_WAIT_BITSET:
      if (bitset === 0 || uaddr % 4 !== 0) return -EINVAL;
      return startWait(k, p, uaddr, val, timeout, bitset, cmd === FUTEX_WAIT_BITSET);
    case FUTEX_WAKE:
    case FUTEX_WAKE_BITSET: {
      if (bitset === 0 || uaddr % 4 !== 0) return -EINVAL;
      const key = futexKey(k, p, uaddr);
      return key === null ? -EFAULT : wake(k, key, val, bitset);
    }
    case FUTEX_REQUEUE:
    case FUTEX_CMP_REQUEUE:
      return requeue(k, p, uaddr, uaddr2, val, timeoutOrVal2 | 0, cmd === FUTEX_CMP_REQUEUE ? val3 : null);
    case FUTEX_WAKE_OP:
      return wakeOp(k, p, uaddr, uaddr2, val, timeoutOrVal2 | 0, val3);
    default:
      return -ENOSYS;
  }
}

/** FUTEX_WAIT and FUTEX_WAIT_BITSET, their arguments checked: the wait (or -EFAULT, -EAGAIN, -ETIMEDOUT). */
function startWait(k: Kernel, p: Process, uaddr: number, val: number, timeout: bigint | null, bitset: number, absolute: boolean): number {
  const deadline = timeout === null ? Infinity : (absolute ? 0 : k.clock.cycles) + cyclesUp(k, timeout);
  const key = futexKey(k, p, uaddr);
  if (key === null) return -EFAULT;
  const word = readWord(k, p, uaddr);
  if (word === null) return -EFAULT;
  if (word !== val) return -EAGAIN;
  if (deadline <= k.clock.cycles) return -ETIMEDOUT;
  const waiter: Waiter = { p, key, bitset, woken: false };
  k.futexes.enqueue(waiter);
  const sleep: NonNullable<Process['sleep']> = p.sleep = { ended: false, wake: null, futex: waiter };
  if (deadline !== Infinity) {
    sleep.wake = k.machine.events.schedule(deadline, () => {
      sleep.ended = true;
      k.wakeup(waiter);
    });
  }
  return k.block(p, waiter, deadline === Infinity ? 'futex' : 'futex (timed)');
}

/** The call run again once `w`'s process is woken: 0 for a wake, -ETIMEDOUT, or back to sleep. */
function waitEnded(k: Kernel, p: Process, w: Waiter): number {
  const sleep = p.sleep!;
  if (!w.woken && !sleep.ended) return k.block(p, w, sleep.wake === null ? 'futex' : 'futex (timed)');
  if (sleep.wake !== null) k.machine.events.cancel(sleep.wake);
  p.sleep = null;
  k.futexes.remove(w);
  return w.woken ? 0 : -ETIMEDOUT;
}

/**
 * FUTEX_REQUEUE and FUTEX_CMP_REQUEUE: wake up to `count` waiters on uaddr, and move up to
 * `moved` more to uaddr2's queue; with `expected` (CMP), -EAGAIN unless the word at uaddr holds
 * it. Returns the waiters woken and moved, as Linux's futex_requeue counts them for both.
 */
function requeue(k: Kernel, p: Process, uaddr: number, uaddr2: number, count: number, moved: number, expected: number | null): number {
  if (count < 0 || moved < 0 || uaddr % 4 !== 0 || uaddr2 % 4 !== 0) return -EINVAL;
  const from = futexKey(k, p, uaddr), to = futexKey(k, p, uaddr2);
  if (from === null || to === null) return -EFAULT;
  if (expected !== null) {
    const word = readWord(k, p, uaddr);
    if (word === null) return -EFAULT;
    if (word !== expected) return -EAGAIN;
  }
  const woken = wake(k, from, count, FUTEX_BITSET_MATCH_ANY);
  let requeued = 0;
  if (from !== to) {
    for (const w of [...k.futexes.waiting(from)]) {
      if (requeued >= moved) break;
      k.futexes.remove(w);
      w.key = to;
      k.futexes.enqueue(w);
      requeued++;
    }
  }
  return woken + requeued;
}

/**
 * FUTEX_WAKE_OP: change the word at uaddr2 by the operation encoded in `encoded` (op, cmp and
 * their arguments, Linux's FUTEX_OP), wake up to `count` waiters on uaddr, and up to `count2` on
 * uaddr2 if the old value met the comparison. -ENOSYS for an operation (the word unchanged) or a
 * comparison (the word changed) Linux does not know, -EFAULT for a word it cannot change.
 */
function wakeOp(k: Kernel, p: Process, uaddr: number, uaddr2: number, count: number, count2: number, encoded: number): number {
  if (uaddr % 4 !== 0 || uaddr2 % 4 !== 0) return -EINVAL;
  const key = futexKey(k, p, uaddr), key2 = futexKey(k, p, uaddr2);
  if (key === null || key2 === null) return -EFAULT;
  const op = (encoded >>> 28) & 7, shift = (encoded >>> 28) & 8, cmp = (encoded >>> 24) & 15;
  let oparg = (encoded << 8) >> 20;
  const cmparg = (encoded << 20) >> 20;
  if (shift !== 0) {
    if (oparg < 0 || oparg > 31) oparg &= 31; // Linux warns and masks it
    oparg = 1 << oparg;
  }
  const old = readWord(k, p, uaddr2);
  if (old === null) return -EFAULT;
  const updated = [oparg, old + oparg, old | oparg, old & ~oparg, old ^ oparg][op];
  if (updated === undefined) return -ENOSYS;
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setInt32(0, updated | 0, true);
  if (!k.copyout(p, uaddr2, bytes)) return -EFAULT;
  // Linux compares after the write: a comparison it does not know leaves the word changed.
  const comparisons = [old === cmparg, old !== cmparg, old < cmparg, old <= cmparg, old > cmparg, old >= cmparg];
  if (cmp >= comparisons.length) return -ENOSYS;
  let woken = wake(k, key, count, FUTEX_BITSET_MATCH_ANY);
  if (comparisons[cmp]) woken += wake(k, key2, count2, FUTEX_BITSET_MATCH_ANY);
  return woken;
}
