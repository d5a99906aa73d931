/**
 * The interval timers: getitimer 102 and setitimer 103 (what alarm() and ualarm() call on rv32),
 * with rv32 Linux's struct __kernel_old_itimerval (the interval, then the value: two timevals of
 * 32-bit fields). ITIMER_REAL counts the machine's clock and sends SIGALRM from the event queue;
 * ITIMER_VIRTUAL (user time, SIGVTALRM) and ITIMER_PROF (user and system time, SIGPROF) count the
 * process's CPU time and are set off by cputimers.ts. A CPU timer with an interval is reloaded
 * when it fires, ITIMER_REAL when its SIGALRM is taken (so an ignored one stops it, a blocked one
 * holds it), as Linux's; fork does not pass timers on, execve keeps them, exit cancels them.
 */
import type { KernelServices } from './services.js';
import type { CpuTimer, Process, RealTimer } from './proc.js';
import { EFAULT, EINVAL } from './errno.js';
import { cpuCycles, microsOf, setTimeval, userCyclesOf } from './clocks.js';
import { SIGALRM, sendSignal } from './signals.js';
import { SI_KERNEL } from './sigaction.js';

type Kernel = Pick<KernelServices, 'clock' | 'copyinPrefix' | 'copyout' | 'kill' | 'machine' | 'wakeup'>;

export const SYS_GETITIMER = 102, SYS_SETITIMER = 103;
export const ITIMER_REAL = 0, ITIMER_VIRTUAL = 1, ITIMER_PROF = 2;
const MICROS = 1_000_000;

/** The cycles of a timeval of `micros` microseconds, rounded up (a timer never fires early). */
function cyclesOf(k: Kernel, micros: number): number {
  return Number((BigInt(micros) * BigInt(k.machine.config.clockHz) + BigInt(MICROS - 1)) / BigInt(MICROS));
}

/** The clock timer `which` counts for `p`, in cycles: the machine's, `p`'s user time, or its CPU time. */
function clockOf(k: Kernel, p: Process, which: number): number {
  if (which === ITIMER_REAL) return k.clock.cycles;
  return which === ITIMER_PROF ? cpuCycles(k, p) : userCyclesOf(k, p);
}

function timerOf(p: Process, which: number): CpuTimer | null {
  return which === ITIMER_REAL ? p.realTimer : which === ITIMER_VIRTUAL ? p.virtualTimer : p.profTimer;
}

/**
 * Timer `which` of `p` as an itimerval: its interval, and the time left. A timer that has fired
 * reads 0 left (ITIMER_REAL until its SIGALRM is taken); one due and not yet set off (by the
 * clock, during a kernel entry) reads a microsecond, as Linux's reads it as still pending.
 */
function itimerval(k: Kernel, p: Process, which: number): Uint8Array {
  const timer = timerOf(p, which);
  const view = new DataView(new ArrayBuffer(16));
  if (timer) {
    const fired = which === ITIMER_REAL && p.realTimer?.event === null;
    const left = fired ? 0 : Math.max(1, microsOf(k, timer.expires - clockOf(k, p, which)));
    setTimeval(view, 0, timer.intervalMicros);
    setTimeval(view, 8, left);
  }
  return new Uint8Array(view.buffer);
}

/** getitimer(which, value): -EINVAL for another timer, -EFAULT if `value` cannot be written. */
export function sysGetitimer(k: Kernel, p: Process, which: number, va: number): number {
  if (which !== ITIMER_REAL && which !== ITIMER_VIRTUAL && which !== ITIMER_PROF) return -EINVAL;
  if (which === ITIMER_REAL) fireIfDue(k, p);
  return k.copyout(p, va, itimerval(k, p, which)) ? 0 : -EFAULT;
}

/**
 * setitimer(which, new, old): timer `which` set to `new` (a value of 0 disarms it; NULL is all
 * zeros, as Linux still takes it), what it was written at `old` unless NULL. Linux's order: `new`
 * read (-EFAULT) and checked (-EINVAL for a negative second or microseconds outside 0 to
 * 999,999), the timer checked (-EINVAL), the timer set, then `old` written (-EFAULT).
 */
export function sysSetitimer(k: Kernel, p: Process, which: number, newVa: number, oldVa: number): number {
  let interval = 0, value = 0;
  if (newVa !== 0) {
    const bytes = k.copyinPrefix(p, newVa, 16);
    if (bytes.length < 16) return -EFAULT;
    const view = new DataView(bytes.buffer, bytes.byteOffset, 16);
    const [is, iu, vs, vu] = [0, 4, 8, 12].map((at) => view.getInt32(at, true));
    if (is < 0 || iu < 0 || iu >= MICROS || vs < 0 || vu < 0 || vu >= MICROS) return -EINVAL;
    interval = is * MICROS + iu;
    value = vs * MICROS + vu;
  }
  if (which !== ITIMER_REAL && which !== ITIMER_VIRTUAL && which !== ITIMER_PROF) return -EINVAL;
  if (which === ITIMER_REAL) fireIfDue(k, p);
  const old = itimerval(k, p, which);
  const timer = value === 0 ? null
    : { expires: clockOf(k, p, which) + cyclesOf(k, value), interval: cyclesOf(k, interval), intervalMicros: interval };
  if (which === ITIMER_REAL) setRealTimer(k, p, timer);
  else if (which === ITIMER_VIRTUAL) p.virtualTimer = timer;
  else p.profTimer = timer;
  if (oldVa !== 0 && !k.copyout(p, oldVa, old)) return -EFAULT;
  return 0;
}

/**
 * `p`'s real-time timer, due by now but its event not yet run (the clock passed it inside this
 * kernel entry), fires now: its SIGALRM is sent, as the timer interrupt would have sent it.
 */
function fireIfDue(k: Kernel, p: Process): void {
  const timer = p.realTimer;
  if (!timer || timer.event === null || timer.expires > k.clock.cycles) return;
  k.machine.events.cancel(timer.event);
  fireRealTimer(k, p, timer);
}

/** Real-time timer `timer` of `p` fires: SIGALRM; a timer without an interval is gone, one with waits for its signal to be taken. */
function fireRealTimer(k: Pick<KernelServices, 'kill' | 'wakeup'>, p: Process, timer: RealTimer): void {
  timer.event = null;
  if (timer.interval === 0) p.realTimer = null;
  sendSignal(k, p, SIGALRM, { signo: SIGALRM, code: SI_KERNEL }, 'alarm clock');
}

/** Arm `p`'s real-time timer as `timer` (null: disarm), its last event cancelled. */
export function setRealTimer(k: Pick<KernelServices, 'kill' | 'machine' | 'wakeup'>, p: Process, timer: CpuTimer | null): void {
  const last = p.realTimer;
  if (last?.event != null) k.machine.events.cancel(last.event);
  p.realTimer = null;
  if (!timer) return;
  const schedule = (): number => k.machine.events.schedule(armed.expires, () => {
    if (p.realTimer === armed && !p.exited) fireRealTimer(k, p, armed);
  });
  const armed: RealTimer = {
    ...timer,
    event: null,
    // Its SIGALRM taken: from its expiry on by whole intervals to the first still to come (Linux's
    // hrtimer_forward), and queued again. Nothing for a timer still armed.
    reload: () => {
      if (p.realTimer !== armed || armed.event !== null || armed.interval === 0) return;
      const now = k.machine.cpu.cycles;
      if (armed.expires <= now) armed.expires += (Math.floor((now - armed.expires) / armed.interval) + 1) * armed.interval;
      armed.event = schedule();
    },
  };
  armed.event = schedule();
  p.realTimer = armed;
}
