/**
 * clock_gettime64 and clock_getres_time64 (rv32 Linux has only the 64-bit-time calls): the guest's
 * clocks read the machine's clock, in cycles at config.clockHz, so a program can time itself in
 * the same cycles `--stats` reports, and every run gives the same times. The wall clocks
 * (CLOCK_REALTIME, _TAI...) start at the Unix epoch when the machine starts; the monotonic and
 * boot clocks count from the same start; the CPU-time clocks count the cycles the calling
 * process has spent running (its own and the kernel's work for it, as the scheduler accounts
 * them).
 */
import type { KernelServices } from './services.js';
import type { Process } from './proc.js';
import { EFAULT, EINVAL } from './errno.js';

type Kernel = Pick<KernelServices, 'clock' | 'copyout' | 'machine'>;

export const SYS_CLOCK_GETTIME64 = 403, SYS_CLOCK_GETRES_TIME64 = 406;

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

/** The cycles clock `id` reads for `p`, or -1 for a clock vmlab does not have (EINVAL). */
function clockCycles(k: Kernel, p: Process, id: number): number {
  if (MACHINE_CLOCKS.has(id)) return k.clock.cycles;
  if (id === CLOCK_PROCESS_CPUTIME_ID || id === CLOCK_THREAD_CPUTIME_ID) return p.cycles.run + (k.clock.now() - p.stateSince);
  return -1;
}

/** A struct __kernel_timespec (s64 seconds, s64 nanoseconds) of `nanoseconds`. */
function timespec(nanoseconds: bigint): Uint8Array {
  const bytes = new Uint8Array(16);
  const view = new DataView(bytes.buffer);
  view.setBigInt64(0, nanoseconds / 1_000_000_000n, true);
  view.setBigInt64(8, nanoseconds % 1_000_000_000n, true);
  return bytes;
}

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
