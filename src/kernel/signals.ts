/**
 * Signals, with Linux numbers, and how one is sent. The kernel sends the fault signals
 * (SIGSEGV..., sigaction.ts forceFault), SIGPIPE and SIGCHLD itself; kill 129, tkill 130 and
 * tgkill 131 send any. A signal with a handler, or blocked, is made pending (sigaction.ts
 * delivers it); otherwise its default action is taken at once: SIGCHLD, SIGURG, SIGWINCH and
 * SIGCONT are ignored, a stop signal is refused (-EINVAL: no job control here), any other ends
 * the process (status 128 + signal).
 */
import type { KernelServices } from './services.js';
import type { Process } from './proc.js';
import { EINVAL, ESRCH } from './errno.js';
import { groupMembers } from './pgrp.js';
import { CLD_EXITED, CLD_KILLED, SA_NOCLDWAIT, SI_TKILL, SI_USER, discard, post } from './sigaction.js';
import { NSIG, SIG_DFL, SIG_IGN, bit, defaultIgnores, type SigInfo } from './sigstate.js';

/** What this module uses of the kernel. */
type Kernel = Pick<KernelServices, 'kill' | 'procs' | 'wakeup'>;

export const SIGHUP = 1, SIGINT = 2, SIGQUIT = 3, SIGILL = 4, SIGTRAP = 5, SIGABRT = 6, SIGBUS = 7, SIGFPE = 8;
export const SIGKILL = 9, SIGUSR1 = 10, SIGSEGV = 11, SIGUSR2 = 12, SIGPIPE = 13, SIGALRM = 14, SIGTERM = 15;
export const SIGCHLD = 17, SIGCONT = 18, SIGSTOP = 19, SIGTSTP = 20, SIGTTIN = 21, SIGTTOU = 22, SIGURG = 23;
export const SIGXCPU = 24, SIGXFSZ = 25, SIGVTALRM = 26, SIGPROF = 27, SIGWINCH = 28;

const NAMED: [number, string][] = [
  [SIGHUP, 'SIGHUP'], [SIGINT, 'SIGINT'], [SIGQUIT, 'SIGQUIT'], [SIGILL, 'SIGILL'], [SIGTRAP, 'SIGTRAP'],
  [SIGABRT, 'SIGABRT'], [SIGBUS, 'SIGBUS'], [SIGFPE, 'SIGFPE'], [SIGKILL, 'SIGKILL'], [SIGUSR1, 'SIGUSR1'],
  [SIGSEGV, 'SIGSEGV'], [SIGUSR2, 'SIGUSR2'], [SIGPIPE, 'SIGPIPE'], [SIGALRM, 'SIGALRM'], [SIGTERM, 'SIGTERM'],
  [16, 'SIGSTKFLT'], [SIGCHLD, 'SIGCHLD'], [SIGCONT, 'SIGCONT'], [SIGSTOP, 'SIGSTOP'], [SIGTSTP, 'SIGTSTP'],
  [SIGTTIN, 'SIGTTIN'], [SIGTTOU, 'SIGTTOU'], [SIGURG, 'SIGURG'], [SIGXCPU, 'SIGXCPU'], [SIGXFSZ, 'SIGXFSZ'],
  [SIGVTALRM, 'SIGVTALRM'], [SIGPROF, 'SIGPROF'], [SIGWINCH, 'SIGWINCH'], [29, 'SIGIO'], [30, 'SIGPWR'], [31, 'SIGSYS'],
];

export const SIGNAL_NAMES: Record<number, string> = Object.fromEntries(NAMED.map(([n, name]) => [n, name]));

/** The exit status a shell shows for a process killed by `signal`. */
export const signalStatus = (signal: number): number => 128 + signal;

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
    result = signal(k, p, target, sig, SI_USER);
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
  return target && target.pid === tgid ? signal(k, p, target, sig, SI_TKILL) : -ESRCH;
}

/** Send `sig` from `p` to `target` (si_code `code`): 0, or -EINVAL for a signal that does not exist, or stops with no handler. */
function signal(k: Kernel, p: Process, target: Process, sig: number, code: number): number {
  if (sig < 0 || sig > NSIG) return -EINVAL;
  if (sig === 0 || target.exited) return 0;
  return sendSignal(k, target, sig, { signo: sig, code, pid: p.pid }, `sent by pid ${p.pid}`);
}

/**
 * Send `sig` to `target` with `info` (see the module comment; `why`: the report if it ends the
 * process): 0, or -EINVAL for a stop signal with no handler. SIGKILL ends it whatever it asked.
 */
export function sendSignal(k: Pick<KernelServices, 'kill' | 'wakeup'>, target: Process, sig: number, info: SigInfo, why: string): number {
  if (sig === SIGKILL) {
    k.kill(target, sig, why);
    return 0;
  }
  const s = target.signals;
  const handler = s.actions[sig].handler;
  if (handler === SIG_DFL && STOPS.has(sig)) return -EINVAL;
  // Linux's prepare_signal: a stop signal drops a pending SIGCONT, and SIGCONT the pending stops.
  if (STOPS.has(sig)) discard(target, SIGCONT);
  if (sig === SIGCONT) for (const stop of STOPS) discard(target, stop);
  const blocked = (s.blocked & bit(sig)) !== 0n;
  // A blocked signal waits even if ignored now: its handler may change before it is unblocked (Linux).
  if (blocked || handler > SIG_IGN) post(k, target, sig, info);
  else if (handler === SIG_DFL && !defaultIgnores(sig)) k.kill(target, sig, why);
  return 0;
}

/**
 * `child` has ended: SIGCHLD to `parent` if it handles it (CLD_EXITED or CLD_KILLED, the child's
 * pid and status). Returns whether the child is to be reaped at once, as Linux does for a parent
 * that ignores SIGCHLD or set SA_NOCLDWAIT.
 */
export function childNotice(k: Pick<KernelServices, 'wakeup'>, parent: Process, child: Process): boolean {
  const action = parent.signals.actions[SIGCHLD];
  const killed = child.termSignal !== 0;
  const info: SigInfo = { signo: SIGCHLD, code: killed ? CLD_KILLED : CLD_EXITED, pid: child.pid, status: killed ? child.termSignal : child.exitStatus };
  // Ignored (SIG_IGN), nothing is sent, blocked or not; a default action, only if blocked (it waits).
  if (action.handler > SIG_IGN || (action.handler === SIG_DFL && (parent.signals.blocked & bit(SIGCHLD)))) post(k, parent, SIGCHLD, info);
  return action.handler === SIG_IGN || (action.flags & SA_NOCLDWAIT) !== 0;
}
