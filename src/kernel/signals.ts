/**
 * Signals, with Linux numbers. The kernel sends the fault signals (SIGSEGV...) itself; kill 129
 * sends any other. There are no handlers: a signal whose default action terminates ends the
 * process (status 128 + signal), SIGCHLD, SIGURG and SIGWINCH are ignored, SIGCONT does nothing
 * to a running process, and the stop signals are refused (-EINVAL: no job control here).
 */
import type { KernelServices } from './services.js';
import type { Process } from './proc.js';
import { EINVAL, ESRCH } from './errno.js';
import { groupMembers } from './pgrp.js';

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
 * kill(pid, sig) from `p`: pid > 0 that process; 0 every process of `p`'s group; -1 every process
 * but pid 1 and `p` itself; below -1 every process of group -pid (pgrp.ts); signal 0 checks that
 * there is one. Linux's order: INT_MIN is -ESRCH before anything (kill_something_info), then the
 * processes are found (none: -ESRCH) and only then the signal checked for each (-EINVAL,
 * check_kill_permission). A group succeeds if one signal is sent; -1 gives the last process's
 * result, as Linux's kill_something_info.
 */
export function sysKill(k: Kernel, p: Process, pid: number, sig: number): number {
  if (pid === -0x80000000) return -ESRCH;
  const targets = pid > 0 ? [k.procs.get(pid)].filter((q) => q !== undefined)
    : pid === -1 ? [...k.procs.values()].filter((q) => q.pid !== 1 && q !== p)
      : groupMembers(k, pid === 0 ? p.pgid : -pid);
  if (targets.length === 0) return -ESRCH;
  let result = 0, sent = false;
  for (const target of targets) {
    result = signal(k, p, target, sig);
    sent ||= result === 0;
  }
  return pid === -1 || !sent ? result : 0;
}

/**
 * tkill 130: `sig` to the thread `tid`, here the process `tid` (each process is one thread, its
 * tid its pid). As Linux: a tid ≤ 0 is -EINVAL, then one that does not exist -ESRCH, then the
 * signal is checked as kill's.
 */
export function sysTkill(k: Kernel, p: Process, tid: number, sig: number): number {
  return sysTgkill(k, p, tid, tid, sig);
}

/**
 * tgkill 131 (what a C library's raise() and abort() call): tkill of `tid` if it belongs to
 * thread group `tgid` (here: is the process `tgid`), else -ESRCH; ids ≤ 0 are -EINVAL.
 */
export function sysTgkill(k: Kernel, p: Process, tgid: number, tid: number, sig: number): number {
  if (tgid <= 0 || tid <= 0) return -EINVAL;
  const target = k.procs.get(tid);
  return target && target.pid === tgid ? signal(k, p, target, sig) : -ESRCH;
}

/** Send `sig` from `p` to `target`: 0, or -EINVAL for a signal that does not exist or stops. */
function signal(k: Kernel, p: Process, target: Process, sig: number): number {
  if (sig < 0 || sig > NSIG) return -EINVAL;
  if (sig === 0 || target.exited || IGNORED.has(sig) || sig === SIGCONT) return 0;
  if (STOPS.has(sig)) return -EINVAL;
  k.kill(target, sig, `sent by pid ${p.pid}`);
  return 0;
}
