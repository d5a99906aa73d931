/**
 * futex_time64 422 (rv32 has only the 64-bit-time call), Linux's kernel/futex with one thread a
 * process: FUTEX_WAIT and FUTEX_WAKE, their _BITSET forms, FUTEX_REQUEUE and FUTEX_CMP_REQUEUE,
 * FUTEX_WAKE_OP. What process-shared locks and semaphores are built on: a futex in a file's page
 * cache (a MAP_SHARED mapping, anonymous or a file's; a private file mapping's page not yet
 * copied) is the same futex in every process that maps it, keyed by the object and the offset;
 * one in other memory is the process's own, keyed by its address; FUTEX_PRIVATE_FLAG keys by the
 * process and address whatever the memory, as Linux's get_futex_key (futexKey). The
 * priority-inheritance operations (FUTEX_LOCK_PI...) are -ENOSYS, after the checks Linux makes first.
 */
import type { KernelServices } from './services.js';
import type { FutexWait, Process } from './proc.js';
import { EAGAIN, EFAULT, EINVAL, ENOSYS, ETIMEDOUT } from './errno.js';
import { PROT_READ, PROT_WRITE, findVma } from './vm/vma.js';
import { PAGE_SIZE, peek } from './vm/pagetable.js';
import { USER_TOP } from './exec.js';
import { ACCESS_LOAD, ACCESS_STORE } from '../machine/mmu.js';
import { FLAG_V, FLAG_W } from '../machine/tlb.js';
import type { Inode } from './fs.js';
import { cyclesUp, readTimespec, wakeAt } from './clocks.js';

/** What this module uses of the kernel. */
type Kernel = Pick<KernelServices, 'block' | 'clock' | 'copyinPrefix' | 'copyout' | 'machine' | 'faultIn' | 'memory' | 'physical' | 'wakeup' | 'futexes'>;

export const SYS_FUTEX_TIME64 = 422;

const FUTEX_WAIT = 0, FUTEX_WAKE = 1, FUTEX_REQUEUE = 3, FUTEX_CMP_REQUEUE = 4, FUTEX_WAKE_OP = 5;
const FUTEX_WAIT_BITSET = 9, FUTEX_WAKE_BITSET = 10;
/** The priority-inheritance operations that take a timeout or counts Linux checks before their -ENOSYS here. */
const FUTEX_LOCK_PI = 6, FUTEX_WAIT_REQUEUE_PI = 11, FUTEX_CMP_REQUEUE_PI = 12, FUTEX_LOCK_PI2 = 13;
/** The operations whose fourth argument is a timeout (Linux's futex_cmd_has_timeout), and those FUTEX_CLOCK_REALTIME may go with. */
const TIMED = new Set([FUTEX_WAIT, FUTEX_WAIT_BITSET, FUTEX_LOCK_PI, FUTEX_WAIT_REQUEUE_PI, FUTEX_LOCK_PI2]);
const REALTIME_ALLOWED = new Set([FUTEX_WAIT_BITSET, FUTEX_WAIT_REQUEUE_PI, FUTEX_LOCK_PI2]);
const FUTEX_PRIVATE_FLAG = 128, FUTEX_CLOCK_REALTIME = 256;
const FUTEX_BITSET_MATCH_ANY = -1;

type Waiter = FutexWait;

/**
 * The key of the futex at `va` in `p` for an operation that reads its word (or, `write`, changes
 * it: FUTEX_WAKE_OP's second word), as Linux's get_futex_key, or a negative errno: an unaligned
 * address -EINVAL. With FUTEX_PRIVATE_FLAG (`privateOp`) the key is the process and the address,
 * whatever memory is there (-EFAULT only past user space). Otherwise the page is brought in as
 * get_user_pages brings it (for writing if its area is writable): no page (no area, PROT_NONE, a
 * file's page past its end) or a read-only page of private anonymous memory is -EFAULT; a page of
 * a file's page cache (a shared mapping's, or a private mapping's not yet copied) is keyed by the
 * file and the offset in it, so every process that maps it shares the futex; any other page by
 * the process and the address (a key apart from the private operations' ones, as Linux's).
 */
function futexKey(k: Kernel, p: Process, va: number, privateOp: boolean, write = false): string | number {
  if (va % 4 !== 0) return -EINVAL;
  if (privateOp) return va + 4 <= USER_TOP ? `P${p.pid}:${va}` : -EFAULT;
  const v = findVma(p.vmas, va);
  if (!v) return -EFAULT;
  const writable = (v.prot & PROT_WRITE) !== 0;
  if ((write && !writable) || (v.prot & (PROT_READ | PROT_WRITE)) === 0) return -EFAULT;
  const sharedKey = (inode: Inode, offset: number): string => `o${k.futexes.objectNumber(inode)}:${offset}`;
  if (k.physical) return v.file?.shared ? sharedKey(v.file.inode, v.file.offset + (va - v.start)) : `m${p.pid}:${va}`;
  const present = (): number => {
    const { pte, frame } = peek(k.memory.pageTables, p.root, va);
    return (pte & FLAG_V) !== 0 && (!writable || (pte & FLAG_W) !== 0) ? frame : -1;
  };
  let frame = present();
  if (frame < 0) {
    if (!k.faultIn(p, va, writable ? ACCESS_STORE : ACCESS_LOAD) || (frame = present()) < 0) return -EFAULT;
  }
  const cached = k.memory.pageCache.owner(frame);
  if (cached) return sharedKey(cached.inode, cached.index * PAGE_SIZE + (va % PAGE_SIZE));
  if (v.file?.shared) return sharedKey(v.file.inode, v.file.offset + (va - v.start));
  return writable ? `m${p.pid}:${va}` : -EFAULT; // private anonymous memory read-only: Linux's PageAnon && ro
}

/** The word at `va` (4-aligned), or null if it cannot be read. */
function readWord(k: Kernel, p: Process, va: number): number | null {
  const bytes = k.copyinPrefix(p, va, 4);
  return bytes.length < 4 ? null : new DataView(bytes.buffer, bytes.byteOffset, 4).getInt32(0, true);
}

/**
 * Wake up to `count` waiters on `key` whose bitset meets `bitset`: how many. A count of 0 or less
 * wakes one, as Linux's futex_wake checks the count after each wake.
 */
function wake(k: Kernel, key: string, count: number, bitset: number): number {
  let woken = 0;
  for (const w of [...k.futexes.waiting(key)]) { // a copy: waking takes them off the queue
    if ((w.bitset & bitset) === 0) continue;
    k.futexes.remove(w);
    w.woken = true;
    k.wakeup(w);
    if (++woken >= count) break;
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
  const cmd = op & ~(FUTEX_PRIVATE_FLAG | FUTEX_CLOCK_REALTIME), privateOp = (op & FUTEX_PRIVATE_FLAG) !== 0;
  let timeout: bigint | null = null;
  if (TIMED.has(cmd) && timeoutOrVal2 !== 0) {
    const read = readTimespec(k, p, timeoutOrVal2);
    if (typeof read === 'number') return read;
    timeout = read;
  }
  if ((op & FUTEX_CLOCK_REALTIME) !== 0 && !REALTIME_ALLOWED.has(cmd)) return -ENOSYS;
  const bitset = cmd === FUTEX_WAIT_BITSET || cmd === FUTEX_WAKE_BITSET ? val3 : FUTEX_BITSET_MATCH_ANY;
  switch (cmd) {
    case FUTEX_WAIT:
    case FUTEX_WAIT_BITSET:
      if (bitset === 0) return -EINVAL;
      return startWait(k, p, uaddr, privateOp, val, timeout, bitset, cmd === FUTEX_WAIT_BITSET);
    case FUTEX_WAKE:
    case FUTEX_WAKE_BITSET: {
      if (bitset === 0) return -EINVAL;
      const key = futexKey(k, p, uaddr, privateOp);
      return typeof key === 'number' ? key : wake(k, key, val, bitset);
    }
    case FUTEX_REQUEUE:
    case FUTEX_CMP_REQUEUE:
      return requeue(k, p, privateOp, uaddr, uaddr2, val, timeoutOrVal2 | 0, cmd === FUTEX_CMP_REQUEUE ? val3 : null);
    case FUTEX_WAKE_OP:
      return wakeOp(k, p, privateOp, uaddr, uaddr2, val, timeoutOrVal2 | 0, val3);
    case FUTEX_CMP_REQUEUE_PI:
      return val < 0 || (timeoutOrVal2 | 0) < 0 ? -EINVAL : -ENOSYS; // futex_requeue's count check comes first
    default:
      return -ENOSYS; // the priority-inheritance operations, and what Linux does not know
  }
}

/** FUTEX_WAIT and FUTEX_WAIT_BITSET, their arguments checked: the wait (or -EFAULT, -EAGAIN, -ETIMEDOUT). */
function startWait(k: Kernel, p: Process, uaddr: number, privateOp: boolean, val: number, timeout: bigint | null, bitset: number,
  absolute: boolean): number {
  const deadline = timeout === null ? Infinity : (absolute ? 0 : k.clock.cycles) + cyclesUp(k, timeout);
  const key = futexKey(k, p, uaddr, privateOp);
  if (typeof key === 'number') return key;
  const word = readWord(k, p, uaddr);
  if (word === null) return -EFAULT;
  if (word !== val) return -EAGAIN;
  if (deadline <= k.clock.cycles) return -ETIMEDOUT;
  const waiter: Waiter = { p, key, bitset, woken: false };
  k.futexes.enqueue(waiter);
  const sleep: NonNullable<Process['sleep']> = p.sleep = { ended: false, wake: null, futex: waiter };
  if (deadline !== Infinity) wakeAt(k, sleep, deadline, waiter);
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
function requeue(k: Kernel, p: Process, privateOp: boolean, uaddr: number, uaddr2: number, count: number, moved: number,
  expected: number | null): number {
  if (count < 0 || moved < 0) return -EINVAL;
  const from = futexKey(k, p, uaddr, privateOp);
  if (typeof from === 'number') return from;
  const to = futexKey(k, p, uaddr2, privateOp);
  if (typeof to === 'number') return to;
  if (expected !== null) {
    const word = readWord(k, p, uaddr);
    if (word === null) return -EFAULT;
    if (word !== expected) return -EAGAIN;
  }
  // The waiters to wake first (up to count, none if it is 0), then those to move (up to moved; to
  // the same futex too: to the end of its queue), counted together as Linux's futex_requeue.
  const waiters = [...k.futexes.waiting(from)];
  const woken = Math.min(count, waiters.length), requeued = Math.min(moved, waiters.length - woken);
  for (const w of waiters.slice(0, woken)) {
    k.futexes.remove(w);
    w.woken = true;
    k.wakeup(w);
  }
  for (const w of waiters.slice(woken, woken + requeued)) {
    k.futexes.remove(w);
    w.key = to;
    k.futexes.enqueue(w);
  }
  return woken + requeued;
}

/**
 * FUTEX_WAKE_OP: change the word at uaddr2 by the operation encoded in `encoded` (op, cmp and
 * their arguments, Linux's FUTEX_OP), wake up to `count` waiters on uaddr, and up to `count2` on
 * uaddr2 if the old value met the comparison. -ENOSYS for an operation (the word unchanged) or a
 * comparison (the word changed) Linux does not know, -EFAULT for a word it cannot change.
 */
function wakeOp(k: Kernel, p: Process, privateOp: boolean, uaddr: number, uaddr2: number, count: number, count2: number,
  encoded: number): number {
  const key = futexKey(k, p, uaddr, privateOp);
  if (typeof key === 'number') return key;
  const key2 = futexKey(k, p, uaddr2, privateOp, true);
  if (typeof key2 === 'number') return key2;
  const op = (encoded >>> 28) & 7, shift = (encoded >>> 28) & 8, cmp = (encoded >>> 24) & 15;
  let oparg = (encoded << 8) >> 20;
  const cmparg = (encoded << 20) >> 20;
  if (shift !== 0) {
    if (oparg < 0 || oparg > 31) oparg &= 31; // Linux warns and masks it
    oparg = 1 << oparg;
  }
  if (op > 4) return -ENOSYS; // an operation Linux does not know, refused before the word is touched
  const old = readWord(k, p, uaddr2);
  if (old === null) return -EFAULT;
  const updated = [oparg, old + oparg, old | oparg, old & ~oparg, old ^ oparg][op];
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
