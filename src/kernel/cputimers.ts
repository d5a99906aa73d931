/**
 * What a process's CPU time sets off, as Linux's posix-cpu-timers: RLIMIT_CPU (once its CPU time
 * reaches the soft limit, SIGXCPU, and the soft limit moves a second on, so one comes every
 * second after; at the hard limit SIGKILL) and the CPU-time interval timers, ITIMER_VIRTUAL
 * (user time: SIGVTALRM) and ITIMER_PROF (user and system time: SIGPROF), each reloaded from its
 * interval when it fires (itimers.ts sets them). Looked at each time the scheduler's loop comes
 * back to the process (a time slice, a trap), and the CPU stops at the cycle the next of them (or
 * ITIMER_REAL) is due (runCpuTimers' result): each fires on time, where Linux looks at each tick.
 */
import type { KernelServices } from './services.js';
import type { CpuTimer, Process } from './proc.js';
import { cpuCycles, userCyclesOf } from './clocks.js';
import { SIGKILL, SIGPROF, SIGVTALRM, SIGXCPU, sendSignal } from './signals.js';
import { SI_KERNEL } from './sigaction.js';
import { RLIMIT_CPU } from './rlimits.js';

type Kernel = Pick<KernelServices, 'clock' | 'kill' | 'machine' | 'wakeup'>;

/**
 * Set off what running process `p`'s CPU time has reached, and return the machine cycle by which
 * it may next have a timer to set off (Infinity for none): its real-time timer's expiry, and where
 * its CPU time would reach its CPU timers and RLIMIT_CPU if it ran on with no kernel entry. The
 * CPU stops there, so a timer fires on time.
 */
export function runCpuTimers(k: Kernel, p: Process): number {
  const real = p.realTimer?.event != null ? p.realTimer.expires : Infinity; // a fired one waits for its signal to be taken
  const limit = p.limits[RLIMIT_CPU];
  if (limit.cur === Infinity && p.virtualTimer === null && p.profTimer === null) return real; // the usual case, on every trap
  const cpu = cpuCycles(k, p), user = userCyclesOf(k, p), hz = k.machine.config.clockHz;
  if (limit.cur !== Infinity) {
    if (cpu >= limit.max * hz) {
      sendSignal(k, p, SIGKILL, { signo: SIGKILL, code: SI_KERNEL }, 'CPU time limit exceeded (RLIMIT_CPU)');
      return real;
    }
    if (cpu >= limit.cur * hz) {
      limit.cur++;
      sendSignal(k, p, SIGXCPU, { signo: SIGXCPU, code: SI_KERNEL }, 'CPU time limit exceeded (RLIMIT_CPU)');
    }
  }
  if (p.virtualTimer) p.virtualTimer = fire(k, p, p.virtualTimer, user, SIGVTALRM);
  if (p.profTimer) p.profTimer = fire(k, p, p.profTimer, cpu, SIGPROF);
  const now = k.clock.cycles;
  let next = real;
  if (limit.cur !== Infinity) next = Math.min(next, now + Math.max(0, limit.cur * hz - cpu));
  if (p.profTimer) next = Math.min(next, now + Math.max(0, p.profTimer.expires - cpu));
  if (p.virtualTimer) next = Math.min(next, now + Math.max(0, p.virtualTimer.expires - user));
  return next;
}

/** `timer` at CPU time `now`: its signal if it has expired, and what it is then (reloaded, or null once done). */
function fire(k: Kernel, p: Process, timer: CpuTimer, now: number, sig: number): CpuTimer | null {
  if (now < timer.expires) return timer;
  sendSignal(k, p, sig, { signo: sig, code: SI_KERNEL }, `${sig === SIGPROF ? 'profiling' : 'virtual'} timer expired`);
  if (timer.interval === 0) return null;
  // Reloaded from when it expired, as Linux's, skipping the intervals already past.
  const missed = Math.floor((now - timer.expires) / timer.interval) + 1;
  return { ...timer, expires: timer.expires + missed * timer.interval };
}
