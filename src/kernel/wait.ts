/**
 * Reaping children: waitid 95, what rv32 Linux has (P_ALL, P_PID, P_PGID; WEXITED required,
 * WNOHANG, WNOWAIT, and Linux's __WALL, __WCLONE, __WNOTHREAD; the siginfo filled as Linux fills
 * it), and wait4 260 as a convenience (rv32 Linux has no wait4: qemu-riscv32 answers -ENOSYS).
 * A call with a live matching child and nothing to reap blocks until a child ends.
 */
import type { KernelServices } from './services.js';
import type { Process } from './proc.js';
import { EBADF, ECHILD, EFAULT, EINVAL, ESRCH } from './errno.js';
import { SIGCHLD } from './signals.js';
import { childTotal, reapChild, writeRusage } from './rusage.js';

/** What this module uses of the kernel. */
type Kernel = Pick<KernelServices, 'block' | 'clock' | 'copyout' | 'machine' | 'memory' | 'physical' | 'table'>;

export const P_ALL = 0, P_PID = 1, P_PGID = 2, P_PIDFD = 3;
export const WNOHANG = 1, WSTOPPED = 2, WEXITED = 4, WCONTINUED = 8, WNOWAIT = 0x01000000;
/**
 * Linux's thread options: __WNOTHREAD (only this thread's children: there are no threads),
 * __WALL (clone children too), __WCLONE (clone children only: those whose exit signal is not
 * SIGCHLD; clone here takes only SIGCHLD, so with __WCLONE and without __WALL no child matches).
 */
export const __WNOTHREAD = 0x20000000, __WALL = 0x40000000, __WCLONE = 0x80000000 | 0;
const THREAD_OPTIONS = __WNOTHREAD | __WALL | __WCLONE;

/** Whether `options` select the ordinary children (exit signal SIGCHLD), as Linux's eligible_child. */
const ordinaryChildren = (options: number): boolean => (options & __WALL) !== 0 || (options & __WCLONE) === 0;
/** siginfo si_code values for SIGCHLD. */
export const CLD_EXITED = 1, CLD_KILLED = 2;
const SIGINFO_SIZE = 128;

/**
 * The children of `p` that `match` selects: a zombie among them to report (none without
 * `exited`: only an ended child is ever reported here, no child stops or continues), and whether
 * one of them is still alive (so a call may wait for it).
 */
function candidates(p: Process, match: (c: Process) => boolean, exited: boolean): { zombie: Process | null; alive: boolean } {
  const matching = p.children.filter(match);
  return { zombie: exited ? matching.find((c) => c.exited) ?? null : null, alive: matching.some((c) => !c.exited) };
}

/**
 * The caller's process group for a wait of "my group": Linux takes it when the call begins, so a
 * call that blocked and runs again (woken) keeps the group it began with, even if its parent has
 * moved it to another since (p.waitGroup, which trap.ts forgets when the call returns).
 */
function callerGroup(p: Process): number {
  if (p.waitGroup < 0) p.waitGroup = p.pgid;
  return p.waitGroup;
}

/** How `c` ended: (si_code, si_status) as waitid reports it. */
function howEnded(c: Process): { code: number; status: number } {
  return c.termSignal ? { code: CLD_KILLED, status: c.termSignal } : { code: CLD_EXITED, status: c.exitStatus };
}

/**
 * waitid(idtype, id, infop, options, rusage). As Linux: a zombie reported is reaped (unless
 * WNOWAIT) before anything is written, so an unwritable rusage or infop gives -EFAULT with the
 * child gone; the rusage is written only for a child reported; the siginfo whatever the outcome
 * (zeros when nothing was: WNOHANG, ECHILD, and the argument errors, -EFAULT before them if
 * `infop` is not writable). Without WEXITED no child is ever reported: the call waits while a
 * selected child lives, and is -ECHILD once none does.
 */
export function sysWaitid(k: Kernel, p: Process, idtype: number, id: number, infop: number, options: number, ruVa: number): number {
  const invalid = argumentError(idtype, id, options);
  if (invalid) return writeSiginfo(k, p, infop, null) ? invalid : -EFAULT;
  // P_PGID with id 0: the caller's own group, as it was when the call began (callerGroup).
  const group = idtype === P_PGID && id === 0 ? callerGroup(p) : id;
  const selected = (c: Process): boolean => idtype === P_ALL || (idtype === P_PID ? c.pid === id : c.pgid === group);
  const { zombie, alive } = candidates(p, (c) => selected(c) && ordinaryChildren(options), (options & WEXITED) !== 0);
  if (zombie === null) {
    if (alive && (options & WNOHANG) === 0) return k.block(p, p, 'waitid');
    if (!writeSiginfo(k, p, infop, null)) return -EFAULT;
    return alive ? 0 : -ECHILD;
  }
  const usage = (options & WNOWAIT) === 0 ? reapChild(k, p, zombie) : childTotal(k, zombie);
  if (!writeRusage(k, p, ruVa, usage) || !writeSiginfo(k, p, infop, zombie)) return -EFAULT;
  return 0;
}

/** The negative errno Linux's kernel_waitid gives for its arguments, in its order; 0 if they are good. */
function argumentError(idtype: number, id: number, options: number): number {
  if (options & ~(WNOHANG | WSTOPPED | WEXITED | WCONTINUED | WNOWAIT | THREAD_OPTIONS)) return -EINVAL;
  if ((options & (WEXITED | WSTOPPED | WCONTINUED)) === 0) return -EINVAL;
  if (idtype === P_PID && id <= 0) return -EINVAL;
  if ((idtype === P_PGID || idtype === P_PIDFD) && id < 0) return -EINVAL;
  if (idtype === P_PIDFD) return -EBADF; // no descriptor here refers to a process (no pidfd_open)
  if (idtype !== P_ALL && idtype !== P_PID && idtype !== P_PGID) return -EINVAL;
  return 0;
}

/**
 * The siginfo for child `c` (all zero for none, as Linux writes it when WNOHANG finds nothing):
 * si_signo, si_errno, si_code, then si_pid, si_uid, si_status. False if `infop` is not writable;
 * a null `infop` asks for nothing.
 */
function writeSiginfo(k: Kernel, p: Process, infop: number, c: Process | null): boolean {
  if (infop === 0) return true;
  const info = new DataView(new ArrayBuffer(SIGINFO_SIZE));
  if (c) {
    const { code, status } = howEnded(c);
    info.setInt32(0, SIGCHLD, true);
    info.setInt32(8, code, true);
    info.setInt32(12, c.pid, true);
    info.setInt32(20, status, true);
  }
  return k.copyout(p, infop, new Uint8Array(info.buffer, 0, 24));
}

/**
 * wait4(pid, wstatus, options, rusage): pid -1 for any child, 0 for a child in the caller's
 * process group, below -1 for one in group -pid; the status word as waitpid gives it, and the
 * rusage as waitid's. As Linux, the child is reaped before either is written (-EFAULT after).
 */
export function sysWait4(k: Kernel, p: Process, pid: number, statusVa: number, options: number, ruVa: number): number {
  if (options & ~(WNOHANG | WSTOPPED | WCONTINUED | THREAD_OPTIONS)) return -EINVAL;
  if (pid === -0x80000000) return -ESRCH;
  const selected = (c: Process): boolean => pid === -1 || (pid > 0 ? c.pid === pid : c.pgid === (pid === 0 ? callerGroup(p) : -pid));
  const { zombie, alive } = candidates(p, (c) => selected(c) && ordinaryChildren(options), true);
  if (zombie === null) {
    if (!alive) return -ECHILD;
    return options & WNOHANG ? 0 : k.block(p, p, 'wait4');
  }
  const usage = reapChild(k, p, zombie);
  const { code, status } = howEnded(zombie);
  if (statusVa !== 0) {
    const word = new DataView(new ArrayBuffer(4));
    word.setInt32(0, code === CLD_KILLED ? status : (status & 0xff) << 8, true);
    if (!k.copyout(p, statusVa, new Uint8Array(word.buffer))) return -EFAULT;
  }
  return writeRusage(k, p, ruVa, usage) ? zombie.pid : -EFAULT;
}
