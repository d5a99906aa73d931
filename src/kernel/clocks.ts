/**
 * clock_gettime64, clock_getres_time64 and clock_nanosleep_time64 (rv32 Linux has only the
 * 64-bit-time calls): the guest's clocks read the machine's clock, in cycles at config.clockHz,
 * so a program can time itself in the same cycles `--stats` reports, and every run gives the
 * same times. The wall clocks (CLOCK_REALTIME, _TAI...) start at the Unix epoch when the machine
 * starts; the monotonic and boot clocks count from the same start; the CPU-time clocks count the
 * cycles a process has spent running (its own and the kernel's work for it, as the scheduler
 * accounts them): the caller's, or by pid another's (negative clock ids, cpuClockOwner).
 */
import type { KernelServices } from './services.js';
import type { Process, SleepRemain } from './proc.js';
import { EFAULT, EINTR, EINVAL, EOPNOTSUPP } from './errno.js';

type Kernel = Pick<KernelServices, 'block' | 'clock' | 'copyinPrefix' | 'copyout' | 'machine' | 'procs' | 'wakeup'>;

export const SYS_CLOCK_GETTIME64 = 403, SYS_CLOCK_GETRES_TIME64 = 406, SYS_CLOCK_NANOSLEEP_TIME64 = 407;

/** Linux's clock ids: the CPU-time clocks, and the others vmlab answers from the machine's clock. */
const CLOCK_PROCESS_CPUTIME_ID = 2, CLOCK_THREAD_CPUTIME_ID = 3;
const MACHINE_CLOCKS = new Set([
  0, // CLOCK_REALTIME
  1, // CLOCK_MONOTONIC
  4, // CLOCK_MONOTONIC_RAW
  5, // CLOCK_REALTIME_COARSE
  6, // CLOCK_MONOTONIC_COARSE
  7, // CLOCK_BOOTTIME
  8, // CLOCK_REALTIME_ALARM
  9, // CLOCK_BOOTTIME_ALARM
  11, // CLOCK_TAI
]);
/** The clocks Linux cannot sleep on (-EOPNOTSUPP): the thread's CPU clock, the raw and coarse ones. */
const NO_SLEEP = new Set([CLOCK_THREAD_CPUTIME_ID, 4, 5, 6]);
/** CLOCK_REALTIME_ALARM and CLOCK_BOOTTIME_ALARM. */
const ALARM_CLOCKS = new Set([8, 9]);
/** clock_nanosleep's flag for a time of the clock rather than an interval. */
const TIMER_ABSTIME = 1;

/**
 * A negative clock id, Linux's encoding of a CPU-time clock (~pid << 3, plus 4 for a thread's
 * clock, plus which count, 0 to 2; a process's clocks all count its running cycles here) or,
 * with 3 and no thread bit, of a clock descriptor (CLOCKFD: none exists here).
 */
const CPUCLOCK_THREAD = 4, CPUCLOCK_WHICH = 3, CLOCKFD = 3;
const isClockDescriptor = (id: number): boolean => id < 0 && (id & (CPUCLOCK_THREAD | CPUCLOCK_WHICH)) === CLOCKFD;

/**
 * The process whose CPU time clock `id` counts for caller `p`, or null: CLOCK_PROCESS_CPUTIME_ID
 * and CLOCK_THREAD_CPUTIME_ID (the caller's, one thread a process), or a negative id naming pid
 * 0 (the caller) or a process not yet reaped; a thread's clock of another process is null, as
 * Linux has it for a thread of another thread group.
 */
function cpuClockOwner(k: Kernel, p: Process, id: number): Process | null {
  if (id === CLOCK_PROCESS_CPUTIME_ID || id === CLOCK_THREAD_CPUTIME_ID) return p;
  if (id >= 0 || (id & CPUCLOCK_WHICH) === CPUCLOCK_WHICH) return null;
  const pid = ~(id >> 3);
  const owner = pid === 0 ? p : k.procs.get(pid) ?? null;
  return (id & CPUCLOCK_THREAD) !== 0 && owner !== p ? null : owner;
}

/** The cycles `q` has spent running: its own and the kernel's work for it, as the scheduler counts them. */
export function cpuCycles(k: Pick<KernelServices, 'clock'>, q: Process): number {
  return q.cycles.run + (q.state === 'running' ? k.clock.now() - q.stateSince : 0);
}

/** The cycles of `q`'s kernel entries, the one it is in included (system time: getrusage, ITIMER_PROF less user time). */
export function kernelCyclesOf(k: Pick<KernelServices, 'clock'>, q: Process): number {
  return q.kernelCycles + (q.kernelEntry >= 0 && q.state === 'running' ? k.clock.now() - q.kernelEntry : 0);
}

/** The cycles `q` has spent running its own code: its CPU time less its kernel entries'. */
export function userCyclesOf(k: Pick<KernelServices, 'clock'>, q: Process): number {
  return Math.max(0, cpuCycles(k, q) - kernelCyclesOf(k, q));
}

/** `cycles` of the machine's clock in whole microseconds, rounded down (0 for none or fewer). */
export function microsOf(k: Pick<KernelServices, 'machine'>, cycles: number): number {
  return Number((BigInt(Math.max(0, cycles)) * 1_000_000n) / BigInt(k.machine.config.clockHz));
}

/** Write `micros` microseconds as rv32's 8-byte struct timeval (32-bit seconds, then microseconds) at byte `at` of `view`. */
export function setTimeval(view: DataView, at: number, micros: number): void {
  view.setInt32(at, Math.floor(micros / 1_000_000), true);
  view.setInt32(at + 4, micros % 1_000_000, true);
}

/** The cycles clock `id` reads for `p`, or -1 for a clock vmlab does not have (EINVAL). */
function clockCycles(k: Kernel, p: Process, id: number): number {
  if (MACHINE_CLOCKS.has(id)) return k.clock.cycles;
  const owner = cpuClockOwner(k, p, id);
  return owner === null ? -1 : cpuCycles(k, owner);
}

/**
 * The struct __kernel_timespec at `va`, in nanoseconds: -EFAULT if it cannot be read, -EINVAL if
 * it is negative or its nanoseconds are not below a second (Linux's timespec64_valid). rv32
 * Linux keeps the nanoseconds in a 32-bit long: the field's high word is padding.
 */
export function readTimespec(k: Pick<KernelServices, 'copyinPrefix'>, p: Process, va: number): bigint | number {
  const bytes = k.copyinPrefix(p, va, 16);
  if (bytes.length < 16) return -EFAULT;
  const view = new DataView(bytes.buffer, bytes.byteOffset, 16);
  const seconds = view.getBigInt64(0, true), nanoseconds = BigInt(view.getInt32(8, true));
  if (seconds < 0n || nanoseconds < 0n || nanoseconds >= 1_000_000_000n) return -EINVAL;
  return seconds * 1_000_000_000n + nanoseconds;
}

/** `nanoseconds` in the machine's cycles, rounded up (a sleep or a timeout lasts at least that long). */
export function cyclesUp(k: Pick<KernelServices, 'machine'>, nanoseconds: bigint): number {
  return Number((nanoseconds * BigInt(k.machine.config.clockHz) + 999_999_999n) / 1_000_000_000n);
}

/** A struct __kernel_timespec (s64 seconds, s64 nanoseconds) of `nanoseconds`. */
function timespec(nanoseconds: bigint): Uint8Array {
  const bytes = new Uint8Array(16);
  const view = new DataView(bytes.buffer);
  view.setBigInt64(0, nanoseconds / 1_000_000_000n, true);
  view.setBigInt64(8, nanoseconds % 1_000_000_000n, true);
  return bytes;
}

/**
 * A handler interrupts `p`'s sleep: a relative one with a `remain` pointer writes there the time
 * it had left (whole nanoseconds, rounded down), as Linux. Returns the call's result: -EINTR, or
 * -EFAULT if `remain` cannot be written.
 */
export function sleepInterrupted(k: Pick<KernelServices, 'clock' | 'machine' | 'copyout'>, p: Process, remain: SleepRemain | undefined): number {
  if (remain === undefined) return -EINTR;
  return writeRemaining(k, p, remain) ? -EINTR : -EFAULT;
}

/** Write the time left until `remain.target` at `remain.va` (whole nanoseconds, rounded down); false if it cannot be written. */
export function writeRemaining(k: Pick<KernelServices, 'clock' | 'machine' | 'copyout'>, p: Process, remain: SleepRemain): boolean {
  const now = remain.cpu ? cpuCycles(k, p) : k.clock.cycles;
  const hz = BigInt(k.machine.config.clockHz);
  const exact = remain.endNanos !== undefined ? remain.endNanos - (BigInt(now) * 1_000_000_000n) / hz : -1n;
  const left = remain.endNanos !== undefined ? (exact > 0n ? exact : 0n) : (BigInt(Math.max(0, remain.target - now)) * 1_000_000_000n) / hz;
  return k.copyout(p, remain.va, timespec(left));
}

/** Linux's TIME64_MAX seconds, in nanoseconds: where a timeout's end saturates (timespec64_add_safe). */
export const TIME64_MAX_NANOS = (2n ** 63n - 1n) * 1_000_000_000n;

/** clock_gettime64(clockid, tp): the time of clock `id`, in whole nanoseconds, at `tp`. */
export function sysClockGettime(k: Kernel, p: Process, id: number, tp: number): number {
  const cycles = clockCycles(k, p, id);
  if (cycles < 0) return -EINVAL;
  const nanoseconds = (BigInt(cycles) * 1_000_000_000n) / BigInt(k.machine.config.clockHz);
  return k.copyout(p, tp, timespec(nanoseconds)) ? 0 : -EFAULT;
}

/** clock_getres_time64(clockid, res): one cycle, rounded up to whole nanoseconds; `res` may be NULL. */
export function sysClockGetres(k: Kernel, p: Process, id: number, res: number): number {
  if (clockCycles(k, p, id) < 0) return -EINVAL;
  if (res === 0) return 0;
  const hz = BigInt(k.machine.config.clockHz);
  return k.copyout(p, res, timespec((1_000_000_000n + hz - 1n) / hz)) ? 0 : -EFAULT;
}

/**
 * clock_nanosleep_time64(clockid, flags, request, remain): `p` sleeps until clock `id` has
 * advanced by the interval at `request` or, with TIMER_ABSTIME, reaches the time there (rounded
 * up to whole cycles); the other processes run meanwhile, and the CPU idles if none can. Returns
 * 0 once that time has come; a time already past returns at once. A signal handler interrupts
 * it with -EINTR (sigaction.ts), and a relative sleep then writes the time it had left at a
 * non-null `remain` (sleepInterrupted). Linux's errors, in its order:
 * an unknown clock -EINVAL, the thread's CPU clock and the raw and coarse clocks -EOPNOTSUPP, an
 * unreadable request -EFAULT, a negative time or nanoseconds outside 0..999,999,999 -EINVAL, an
 * alarm clock with another flag than TIMER_ABSTIME -EINVAL (the machine is taken to have a
 * real-time clock, which Linux needs for them, and the process the privilege). The caller's
 * own CPU clock stands still while it sleeps: a sleep on it to a time not yet reached never ends,
 * as for a single-threaded process on Linux (vmlab reports the deadlock when nothing else can
 * run). Another process's CPU clock (a negative id) is -EINVAL: a sleep on it is not modelled;
 * for a negative id, a clock descriptor's is -EOPNOTSUPP, and a thread's clock or a process that
 * does not exist -EINVAL, after the request is read. A process that ends asleep leaves no wake-up
 * behind (lifecycle.ts cancels it).
 */
export function sysClockNanosleep(k: Kernel, p: Process, id: number, flags: number, request: number, remain: number): number {
  const asleep = p.sleep;
  if (asleep !== null) {
    // The call runs again when the process is woken (Kernel.wakeup on its sleep).
    if (!asleep.ended) return k.block(p, asleep, 'clock_nanosleep');
    p.sleep = null;
    return 0;
  }
  // A negative id is always some clock for Linux (a CPU clock or a descriptor's), so its other
  // errors come after the request is read.
  if (id >= 0 && clockCycles(k, p, id) < 0) return -EINVAL;
  if (NO_SLEEP.has(id) || isClockDescriptor(id)) return -EOPNOTSUPP;
  const interval = readTimespec(k, p, request);
  if (typeof interval === 'number') return interval;
  // Linux with a real-time clock device lets a privileged process sleep on the alarm clocks, and
  // refuses them any flag but TIMER_ABSTIME (the others' are ignored).
  if (ALARM_CLOCKS.has(id) && (flags & ~TIMER_ABSTIME) !== 0) return -EINVAL;
  // The clock: the machine's, or a process's CPU time (none: no such process; the caller's own thread's).
  const machineClock = MACHINE_CLOCKS.has(id);
  const owner = machineClock ? null : cpuClockOwner(k, p, id);
  if ((!machineClock && owner === null) || (id < 0 && (id & CPUCLOCK_THREAD) !== 0)) return -EINVAL;
  const now = owner === null ? k.clock.cycles : cpuCycles(k, owner);
  const cycles = cyclesUp(k, interval);
  const target = (flags & TIMER_ABSTIME) !== 0 ? cycles : now + cycles;
  if (target <= now) return 0;
  // Another process's CPU time would need its every slice watched: not modelled (-EINVAL).
  if (owner !== null && owner !== p) return -EINVAL;
  const sleep: NonNullable<Process['sleep']> = { ended: false, wake: null };
  if (remain !== 0 && (flags & TIMER_ABSTIME) === 0) sleep.remain = { va: remain, target, cpu: owner !== null };
  p.sleep = sleep;
  // A machine clock wakes it at its own time; the caller's own CPU time stands still while it
  // sleeps: no wake-up.
  if (owner === null) wakeAt(k, sleep, target, sleep);
  return k.block(p, sleep, 'clock_nanosleep');
}

/** End `sleep` at cycle `at`: it is marked ended and `channel` (what its process waits on) woken (clock_nanosleep, ppoll, futex). */
export function wakeAt(k: Pick<KernelServices, 'machine' | 'wakeup'>, sleep: NonNullable<Process['sleep']>, at: number, channel: object): void {
  sleep.wake = k.machine.events.schedule(at, () => {
    sleep.ended = true;
    k.wakeup(channel);
  });
}
