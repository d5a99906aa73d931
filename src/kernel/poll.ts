/**
 * Waiting for descriptors, Linux's fs/select.c with rv32 numbers (rv32 has only the 64-bit-time
 * calls): ppoll_time64 414 and pselect6_time64 413, what C's poll, ppoll, select and pselect
 * call. A descriptor is ready as Linux's files say: a pipe's read end when it holds bytes (and
 * hung up when no writer is left), its write end when a slot is free (an error when no reader is
 * left); a file, a directory and the host's standard streams always (vmlab cannot ask the host
 * whether its input would block: a read of it waits for the host).
 *
 * A call that finds nothing ready sleeps on every pipe it watches and on its timeout at once (a
 * set of channels: Kernel.wakeup), and looks again when one wakes it. A signal handler ends it
 * with -EINTR, whatever SA_RESTART says, as Linux; the remaining time is written back then too.
 * The signal mask the call is given holds while it waits, and is restored as it returns (after
 * the handler, when one runs).
 */
import type { KernelServices } from './services.js';
import type { Process } from './proc.js';
import { EBADF, EFAULT, EINTR, EINVAL } from './errno.js';
import { fileOf, ioFileOf } from './fdtable.js';
import { RLIMIT_NOFILE } from './rlimits.js';
import { TIME64_MAX_NANOS, cyclesUp, readTimespec, wakeAt, writeRemaining } from './clocks.js';
import { restoreMask, setWaitMask } from './sigaction.js';

/** What this module uses of the kernel. */
type Kernel = Pick<KernelServices, 'block' | 'clock' | 'copyinPrefix' | 'copyout' | 'machine' | 'wakeup'>;

export const SYS_PSELECT6_TIME64 = 413, SYS_PPOLL_TIME64 = 414;

export const POLLIN = 0x1, POLLPRI = 0x2, POLLOUT = 0x4, POLLERR = 0x8, POLLHUP = 0x10, POLLNVAL = 0x20;
const POLLRDNORM = 0x40, POLLRDBAND = 0x80, POLLWRNORM = 0x100, POLLWRBAND = 0x200;
/** What a file that is always ready gives (Linux's DEFAULT_POLLMASK). */
const ALWAYS_READY = POLLIN | POLLOUT | POLLRDNORM | POLLWRNORM;
/**
 * The events that put a descriptor in select's read, write and exception sets (POLLNVAL in each:
 * an O_PATH descriptor, open but not for I/O, is in all three, as Linux's since 6.8).
 */
const SELECT_IN = POLLRDNORM | POLLRDBAND | POLLIN | POLLHUP | POLLERR | POLLNVAL;
const SELECT_OUT = POLLWRBAND | POLLWRNORM | POLLOUT | POLLERR | POLLNVAL, SELECT_EX = POLLPRI | POLLNVAL;
/** A struct pollfd: int fd, short events, short revents. */
const POLLFD_BYTES = 8;

/** What descriptor `fd` of `p` is ready for now (POLLNVAL if it is not open), before any mask of what was asked. */
function readiness(p: Process, fd: number): number {
  const f = ioFileOf(p, fd);
  if (f === null) return POLLNVAL;
  if (f.kind !== 'pipe') return ALWAYS_READY;
  const pipe = f.pipe;
  if (f.end === 'read') return (pipe.bytes > 0 ? POLLIN | POLLRDNORM : 0) | (pipe.writers === 0 ? POLLHUP : 0);
  return (pipe.full ? 0 : POLLOUT | POLLWRNORM) | (pipe.readers === 0 ? POLLERR : 0);
}

/** Write each entry's revents (and nothing else of it, as Linux) from `view` to the array at `fdsVa`; false at the first that cannot be written. */
function writeRevents(k: Kernel, p: Process, fdsVa: number, view: DataView, nfds: number): boolean {
  for (let i = 0; i < nfds; i++) {
    const at = i * POLLFD_BYTES + 6;
    if (!k.copyout(p, fdsVa + at, new Uint8Array(view.buffer, view.byteOffset + at, 2))) return false;
  }
  return true;
}

/** The pipes among `fds` of `p`: what a wait for them sleeps on. */
function channelsOf(p: Process, fds: Iterable<number>): Set<object> {
  const channels = new Set<object>();
  for (const fd of fds) {
    const f = ioFileOf(p, fd);
    if (f?.kind === 'pipe') channels.add(f.pipe);
  }
  return channels;
}

/**
 * The start of a call: its timeout (`tsp`, 0 for none) as the cycle it ends (Infinity: none) and
 * its signal mask (`sigmask`, 0 for none) put in place, or a negative errno, in Linux's order.
 */
function begin(k: Kernel, p: Process, tsp: number, sigmask: number, sigsetsize: number): number {
  let deadline = Infinity, exactTimeout = 0n;
  const started = k.clock.cycles;
  if (tsp !== 0) {
    const timeout = readTimespec(k, p, tsp);
    if (typeof timeout === 'number') return timeout;
    exactTimeout = timeout;
    deadline = started + cyclesUp(k, timeout);
  }
  if (sigmask !== 0) {
    const error = setWaitMask(k, p, sigmask, sigsetsize);
    if (error !== 0) return error;
  }
  // The wait in progress: its end, kept where clock_nanosleep keeps its own (a signal's
  // interrupt cancels it and writes the time left at `tsp`). Reading the arguments may have
  // waited for the disk: a timeout that has passed meanwhile has ended.
  const sleep: NonNullable<Process['sleep']> = p.sleep = { ended: deadline <= k.clock.cycles, wake: null };
  if (tsp !== 0 && deadline !== started) {
    // The end exactly, saturated as Linux's timespec64_add_safe: the time left written back is then exact however long the timeout.
    const end = (BigInt(started) * 1_000_000_000n) / BigInt(k.machine.config.clockHz) + exactTimeout;
    sleep.remain = { va: tsp, target: deadline, cpu: false, endNanos: end < TIME64_MAX_NANOS ? end : TIME64_MAX_NANOS };
  }
  // A handler's interrupt: the time left written (a failed write changes nothing: Linux's sticky timeouts), -EINTR.
  sleep.interrupted = () => {
    if (sleep.remain) writeRemaining(k, p, sleep.remain);
    return -EINTR;
  };
  if (!sleep.ended && deadline !== Infinity) wakeAt(k, sleep, deadline, sleep);
  return 0;
}

/**
 * The end of a call that returns `result`: its timer cancelled, the caller's signal mask back,
 * the time left written where the timeout was read (not for a zero timeout; a failed write
 * changes nothing, as Linux's sticky timeouts).
 */
function finish(k: Kernel, p: Process, result: number): number {
  const sleep = p.sleep;
  if (sleep === null) return result; // ended meanwhile (killed by a fault on its arguments): nothing to undo
  if (sleep.wake !== null) k.machine.events.cancel(sleep.wake);
  p.sleep = null;
  restoreMask(p);
  if (sleep.remain) writeRemaining(k, p, sleep.remain);
  return result;
}

/** Sleep until one of `channels` or the timeout wakes `p` (the call then runs again). */
function wait(k: Kernel, p: Process, channels: Set<object>, name: string): number {
  channels.add(p.sleep!);
  return k.block(p, channels, name);
}

/**
 * ppoll_time64(fds, nfds, tsp, sigmask, sigsetsize): Linux's checks in its order (the timeout:
 * -EFAULT, -EINVAL; the mask: a size other than 8 -EINVAL, -EFAULT; more descriptors than
 * RLIMIT_NOFILE -EINVAL; the array -EFAULT), then each entry's revents: what its descriptor is
 * ready for of its events, with POLLERR and POLLHUP always, POLLNVAL for one not open, nothing
 * for a negative one. Returns how many entries have revents, once one has or the timeout passed.
 */
export function sysPpoll(k: Kernel, p: Process, fdsVa: number, nfds: number, tsp: number, sigmask: number, sigsetsize: number): number {
  if (p.sleep === null) {
    const error = begin(k, p, tsp, sigmask, sigsetsize);
    if (error !== 0) return error;
    if (nfds > p.limits[RLIMIT_NOFILE].cur) return finish(k, p, -EINVAL);
  }
  const sleep = p.sleep!;
  if (sleep.read === undefined) {
    const copied = k.copyinPrefix(p, fdsVa, nfds * POLLFD_BYTES);
    if (copied.length < nfds * POLLFD_BYTES) return finish(k, p, -EFAULT);
    sleep.read = copied;
  }
  const bytes = sleep.read;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  let ready = 0;
  const watched: number[] = [];
  for (let i = 0; i < nfds; i++) {
    const fd = view.getInt32(i * POLLFD_BYTES, true), events = view.getUint16(i * POLLFD_BYTES + 4, true);
    const revents = fd < 0 ? 0 : readiness(p, fd) & (events | POLLERR | POLLHUP | POLLNVAL);
    view.setUint16(i * POLLFD_BYTES + 6, revents, true);
    if (revents !== 0) ready++;
    if (fd >= 0) watched.push(fd);
  }
  if (ready === 0 && (!sleep.ended || p.signals.interruptsWait())) {
    // A wait a handler interrupts leaves the revents 0, as Linux writes them back whatever ends
    // its wait (-EFAULT if it cannot).
    const interrupted = sleep.interrupted!;
    sleep.interrupted = () => (writeRevents(k, p, fdsVa, view, nfds) ? interrupted() : (interrupted(), -EFAULT));
    return wait(k, p, channelsOf(p, watched), 'ppoll');
  }
  if (!writeRevents(k, p, fdsVa, view, nfds)) return finish(k, p, -EFAULT);
  return finish(k, p, ready);
}

/** The descriptor table's size Linux's select clamps its count to: 32 on rv32, then 256, 512... as the table grows. */
function maxFds(p: Process): number {
  let size = 32;
  if (p.files.length > size) for (size = 256; size < p.files.length; size *= 2);
  return size;
}

/**
 * pselect6_time64(n, readfds, writefds, exceptfds, tsp, sig): Linux's checks in its order (the
 * { sigmask, size } pair `sig` points at -EFAULT; the timeout; the mask; a negative n -EINVAL;
 * the sets -EFAULT; a descriptor in a set that is not open -EBADF), then the three sets
 * rewritten to the descriptors ready for reading (or hung up, or in error), for writing (or in
 * error), and with an exception (none here). Returns how many bits are set, once one is or the
 * timeout passed. n is clamped to the descriptor table's size, as Linux's.
 */
export function sysPselect6(k: Kernel, p: Process, n: number, sets: [number, number, number], tsp: number, sig: number): number {
  if (p.sleep === null) {
    let sigmask = 0, sigsetsize = 0;
    if (sig !== 0) {
      const pack = k.copyinPrefix(p, sig, 8);
      if (pack.length < 8) return -EFAULT;
      const view = new DataView(pack.buffer, pack.byteOffset, 8);
      sigmask = view.getUint32(0, true);
      sigsetsize = view.getUint32(4, true);
    }
    const error = begin(k, p, tsp, sigmask, sigsetsize);
    if (error !== 0) return error;
    if (n < 0) return finish(k, p, -EINVAL);
  }
  const count = Math.min(n, maxFds(p));
  const words = Math.ceil(count / 32);
  const sleep = p.sleep!;
  if (sleep.read === undefined) {
    // The three sets, one after the other (a set not given reads as empty).
    const copied = new Uint8Array(3 * words * 4);
    for (let s = 0; s < 3; s++) {
      if (sets[s] === 0) continue;
      const bytes = k.copyinPrefix(p, sets[s], words * 4);
      if (bytes.length < words * 4) return finish(k, p, -EFAULT);
      copied.set(bytes, s * words * 4);
    }
    sleep.read = copied;
  }
  const read = sleep.read;
  const given = sets.map((va, s) => (va === 0 ? null : new Uint32Array(read.buffer.slice(s * words * 4, (s + 1) * words * 4))));
  const results = given.map(() => new Uint32Array(words));
  const asked = (set: Uint32Array | null, fd: number): boolean => set !== null && (set[fd >>> 5] & (1 << (fd & 31))) !== 0;
  const masks = [SELECT_IN, SELECT_OUT, SELECT_EX];
  let ready = 0;
  const watched: number[] = [];
  for (let fd = 0; fd < count; fd++) {
    if (!given.some((set) => asked(set, fd))) continue;
    if (fileOf(p, fd) === null) return finish(k, p, -EBADF);
    const state = readiness(p, fd);
    watched.push(fd);
    for (let s = 0; s < 3; s++) {
      if (!asked(given[s], fd) || (state & masks[s]) === 0) continue;
      results[s][fd >>> 5] |= 1 << (fd & 31);
      ready++;
    }
  }
  if (ready === 0 && (!sleep.ended || p.signals.interruptsWait())) return wait(k, p, channelsOf(p, watched), 'pselect6');
  for (let s = 0; s < 3; s++) {
    if (given[s] && !k.copyout(p, sets[s], new Uint8Array(results[s].buffer))) return finish(k, p, -EFAULT);
  }
  return finish(k, p, ready);
}
