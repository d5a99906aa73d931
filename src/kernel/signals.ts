/**
 * Signals, with Linux numbers. The kernel sends the fault signals (SIGSEGV...) itself; kill 129
 * sends any other. There are no handlers: a signal whose default action terminates ends the
 * process (status 128 + signal), SIGCHLD, SIGURG and SIGWINCH are ignored, SIGCONT does nothing
 * to a running process, and the stop signals are refused (-EINVAL: no job control here).
 */
import type { KernelServices } from './services.js';
import type { Process } from './proc.js';
import { EINVAL, ESRCH } from './errno.js';

/** What this module uses of the kernel. */
type Kernel = Pick<KernelServices, 'kill' | 'procs'>;

export const SIGHUP = 1, SIGINT = 2, SIGQUIT = 3, SIGILL = 4, SIGTRAP = 5, SIGABRT = 6, SIGBUS = 7, SIGFPE = 8;
export const SIGKILL = 9, SIGUSR1 = 10, SIGSEGV = 11, SIGUSR2 = 12, SIGPIPE = 13, SIGALRM = 14, SIGTERM = 15;
export const SIGCHLD = 17, SIGCONT = 18, SIGSTOP = 19, SIGTSTP = 20, SIGTTIN = 21, SIGTTOU = 22, SIGURG = 23;
export const SIGWINCH = 28;
const NSIG = 64;

const NAMED: [number, string][] = [
  [SIGHUP, 'SIGHUP'], [SIGINT, 'SIGINT'], [SIGQUIT, 'SIGQUIT'], [SIGILL, 'SIGILL'], [SIGTRAP, 'SIGTRAP'],
  [SIGABRT, 'SIGABRT'], [SIGBUS, 'SIGBUS'], [SIGFPE, 'SIGFPE'], [SIGKILL, 'SIGKILL'], [SIGUSR1, 'SIGUSR1'],
  [SIGSEGV, 'SIGSEGV'], [SIGUSR2, 'SIGUSR2'], [SIGPIPE, 'SIGPIPE'], [SIGALRM, 'SIGALRM'], [SIGTERM, 'SIGTERM'],
  [16, 'SIGSTKFLT'], [SIGCHLD, 'SIGCHLD'], [SIGCONT, 'SIGCONT'], [SIGSTOP, 'SIGSTOP'], [SIGTSTP, 'SIGTSTP'],
  [SIGTTIN, 'SIGTTIN'], [SIGTTOU, 'SIGTTOU'], [SIGURG, 'SIGURG'], [24, 'SIGXCPU'], [25, 'SIGXFSZ'],
  [26, 'SIGVTALRM'], [27, 'SIGPROF'], [SIGWINCH, 'SIGWINCH'], [29, 'SIGIO'], [30, 'SIGPWR'], [31, 'SIGSYS'],
];

export const SIGNAL_NAMES: Record<number, string> = Object.fromEntries(NAMED.map(([n, name]) => [n, name]));

/** The exit status a shell shows for a process killed by `signal`. */
export const signalStatus = (signal: number): number => 128 + signal;

const IGNORED = new Set([SIGCHLD, SIGURG, SIGWINCH]);
const STOPS = new Set([SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU]);

/**
 * kill(pid, sig) from `p`: pid > 0 only (no process groups); signal 0 checks that pid exists.
 * Linux's order: INT_MIN is -ESRCH before anything (kill_something_info), then the pid is looked
 * up (-ESRCH) and only then the signal checked (-EINVAL, check_kill_permission).
 */
export function sysKill(k: Kernel, p: Process, pid: number, sig: number): number {
  if (pid === -0x80000000) return -ESRCH;
  if (pid <= 0) return -EINVAL;
  const target = k.procs.get(pid);
  if (!target) return -ESRCH;
  if (sig < 0 || sig > NSIG) return -EINVAL;
  if (sig === 0 || target.exited || IGNORED.has(sig) || sig === SIGCONT) return 0;
  if (STOPS.has(sig)) return -EINVAL;
  k.kill(target, sig, `sent by pid ${p.pid}`);
  return 0;
}
