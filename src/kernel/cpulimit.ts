/**
 * RLIMIT_CPU, as Linux's posix-cpu-timers hold a process to it: once its CPU time reaches the
 * soft limit it gets SIGXCPU, and the soft limit moves a second on (so one comes every second
 * after); at the hard limit it is killed (SIGKILL). Looked at each time the scheduler's loop
 * comes back to the process (a time slice, a trap): Linux looks at each timer tick.
 */
import type { KernelServices } from './services.js';
import type { Process } from './proc.js';
import { cpuCycles } from './clocks.js';
import { SIGKILL, SIGXCPU, sendSignal } from './signals.js';
import { SI_KERNEL } from './sigaction.js';
import { RLIMIT_CPU } from './rlimits.js';

/** Hold running process `p` to its RLIMIT_CPU (nothing if it is unlimited). */
export function enforceCpuLimit(k: Pick<KernelServices, 'clock' | 'kill' | 'machine' | 'wakeup'>, p: Process): void {
  const limit = p.limits[RLIMIT_CPU];
  if (limit.cur === Infinity) return;
  const seconds = cpuCycles(k, p) / k.machine.config.clockHz;
  if (seconds >= limit.max) {
    sendSignal(k, p, SIGKILL, { signo: SIGKILL, code: SI_KERNEL }, 'CPU time limit exceeded (RLIMIT_CPU)');
  } else if (seconds >= limit.cur) {
    limit.cur++;
    sendSignal(k, p, SIGXCPU, { signo: SIGXCPU, code: SI_KERNEL }, 'CPU time limit exceeded (RLIMIT_CPU)');
  }
}
