/**
 * Process groups and sessions, as Linux keeps them: every process is in a process group (pgid)
 * within a session (sid), both inherited at fork and kept across execve; pid 1 leads its own.
 * setpgid 154, getpgid 155, getsid 156 and setsid 157 (rv32 Linux has no getpgrp: it is
 * getpgid(0)); kill and the waits select by group with these (signals.ts, wait.ts). There is no
 * terminal, so no foreground group, and no SIGHUP when a session leader ends.
 */
import type { KernelServices } from './services.js';
import type { Process } from './proc.js';
import { EACCES, EINVAL, EPERM, ESRCH } from './errno.js';

type Kernel = Pick<KernelServices, 'procs'>;

export const SYS_SETPGID = 154, SYS_GETPGID = 155, SYS_GETSID = 156, SYS_SETSID = 157;

/** The processes of group `pgid` not yet reaped (zombies included, as Linux's lists hold them). */
export function groupMembers(k: Kernel, pgid: number): Process[] {
  return [...k.procs.values()].filter((q) => q.pgid === pgid);
}

/** The process `pid` names for `p` (0: `p` itself), or undefined. */
const named = (k: Kernel, p: Process, pid: number): Process | undefined => (pid === 0 ? p : k.procs.get(pid));

/**
 * setpgid(pid, pgid): `p` itself or a child of `p` (pid 0: `p`) joins group `pgid` (0: a group
 * of its own, led by it). Linux's checks in its order: a negative pgid -EINVAL; a pid that is
 * neither `p` nor its child -ESRCH; a child in another session -EPERM, or one that has run
 * execve -EACCES; a session leader -EPERM; a group that does not exist in `p`'s session -EPERM.
 */
export function sysSetpgid(k: Kernel, p: Process, pid: number, pgid: number): number {
  const targetPid = pid === 0 ? p.pid : pid;
  const group = pgid === 0 ? targetPid : pgid;
  if (group < 0) return -EINVAL;
  const target = k.procs.get(targetPid);
  if (!target) return -ESRCH;
  if (target.parent === p) {
    if (target.sid !== p.sid) return -EPERM;
    if (target.execed) return -EACCES;
  } else if (target !== p) {
    return -ESRCH;
  }
  if (target.sid === target.pid) return -EPERM;
  if (group !== targetPid && !groupMembers(k, group).some((q) => q.sid === p.sid)) return -EPERM;
  target.pgid = group;
  return 0;
}

/** getpgid(pid): the process group of `pid` (0: `p`), -ESRCH for none. */
export function sysGetpgid(k: Kernel, p: Process, pid: number): number {
  return named(k, p, pid)?.pgid ?? -ESRCH;
}

/** getsid(pid): the session of `pid` (0: `p`), -ESRCH for none. */
export function sysGetsid(k: Kernel, p: Process, pid: number): number {
  return named(k, p, pid)?.sid ?? -ESRCH;
}

/**
 * setsid(): `p` leads a new session and a new process group, both numbered by its pid, and the
 * call returns it; -EPERM if a process group with that number exists (`p` leads one, or a
 * process it led is still in it).
 */
export function sysSetsid(k: Kernel, p: Process): number {
  if (groupMembers(k, p.pid).length > 0) return -EPERM;
  p.sid = p.pid;
  p.pgid = p.pid;
  return p.pid;
}
