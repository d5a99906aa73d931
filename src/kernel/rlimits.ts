/**
 * Resource limits: prlimit64 261 (what rv32's getrlimit and setrlimit call: rv32 Linux has no
 * others), each process's soft and hard limits (inherited by fork, kept by execve), and what
 * vmlab enforces of them: RLIMIT_NOFILE (descriptors), RLIMIT_STACK (the stack's growth, and
 * execve's room for arguments), RLIMIT_AS and RLIMIT_DATA (the pages mmap, brk, mprotect, the
 * stack and execve's image may add: mayExpand; brk's breakWithinData), RLIMIT_FSIZE (files.ts:
 * SIGXFSZ and EFBIG) and RLIMIT_CPU (cputimers.ts). The others are kept and reported: Linux
 * itself enforces neither RLIMIT_RSS nor RLIMIT_LOCKS, nor RLIMIT_NPROC for root; the rest are
 * listed in docs/syscalls.md.
 */
import type { KernelServices } from './services.js';
import type { Process, Rlimit } from './proc.js';
import { EFAULT, EINVAL, EPERM, ESRCH } from './errno.js';
import { PAGE_SIZE } from './vm/pagetable.js';
import { PROT_WRITE, type Vma } from './vm/vma.js';

/** What this module uses of the kernel. */
type Kernel = Pick<KernelServices, 'copyinPrefix' | 'copyout' | 'procs'>;

export const SYS_PRLIMIT64 = 261;
export const RLIMIT_CPU = 0, RLIMIT_FSIZE = 1, RLIMIT_DATA = 2, RLIMIT_STACK = 3, RLIMIT_CORE = 4, RLIMIT_RSS = 5, RLIMIT_NPROC = 6;
export const RLIMIT_NOFILE = 7, RLIMIT_MEMLOCK = 8, RLIMIT_AS = 9, RLIMIT_LOCKS = 10, RLIMIT_SIGPENDING = 11, RLIMIT_MSGQUEUE = 12;
export const RLIMIT_NICE = 13, RLIMIT_RTPRIO = 14, RLIMIT_RTTIME = 15;
const RLIM_NLIMITS = 16;
/** Linux's fs.nr_open: no descriptor limit above it. */
export const NR_OPEN = 1024 * 1024;
/** rv32's rlim_t is 32 bits: from its largest value up, a limit is RLIM_INFINITY. */
const RLIM32_INFINITY = 0xffffffff;

/**
 * The limits of the first process, as Linux starts init with them (the descriptors' as a shell
 * leaves them, 1,024 of at most 4,096): the stack's soft limit is `stackLimit` (--stack-limit),
 * and RLIMIT_NPROC and RLIMIT_SIGPENDING are `maxProcs` (vmlab's process table).
 */
export function defaultLimits(stackLimit: number, maxProcs: number): Rlimit[] {
  const limits: Rlimit[] = Array.from({ length: RLIM_NLIMITS }, () => ({ cur: Infinity, max: Infinity }));
  limits[RLIMIT_STACK].cur = stackLimit;
  limits[RLIMIT_CORE].cur = 0;
  limits[RLIMIT_NPROC] = { cur: maxProcs, max: maxProcs };
  limits[RLIMIT_NOFILE] = { cur: 1024, max: 4096 };
  limits[RLIMIT_MEMLOCK] = { cur: 8 * 1024 * 1024, max: 8 * 1024 * 1024 };
  limits[RLIMIT_SIGPENDING] = { cur: maxProcs, max: maxProcs };
  limits[RLIMIT_MSGQUEUE] = { cur: 819_200, max: 819_200 };
  limits[RLIMIT_NICE] = { cur: 0, max: 0 };
  limits[RLIMIT_RTPRIO] = { cur: 0, max: 0 };
  return limits;
}

/** How many descriptors `p` may have: a new one must be below this. */
export function fileLimit(p: Process): number {
  return Math.min(p.limits[RLIMIT_NOFILE].cur, NR_OPEN);
}

/** The size `p` may write a file to (RLIMIT_FSIZE), in bytes. */
export function fileSizeLimit(p: Process): number {
  return p.limits[RLIMIT_FSIZE].cur;
}

/** How far `p`'s stack may grow, in bytes (Infinity: until it meets another area). */
export function stackLimit(p: Process): number {
  return p.limits[RLIMIT_STACK].cur;
}

/** Whether an area of `prot` is data, as RLIMIT_DATA counts it (Linux's is_data_mapping): private, writable, not growing down. */
export function isData(prot: number, shared: boolean, growsDown: boolean): boolean {
  return (prot & PROT_WRITE) !== 0 && !shared && !growsDown;
}

const isDataArea = (v: Vma): boolean => isData(v.prot, Boolean(v.file?.shared), Boolean(v.growsDown));

/**
 * Linux's may_expand_vm: whether `p` may map `pages` more pages of an area that is data or not:
 * all its areas' pages within RLIMIT_AS, and for data its data areas' within RLIMIT_DATA (a soft
 * limit of 0 then reads as the hard one, Linux's allowance for Valgrind).
 */
export function mayExpand(p: Process, data: boolean, pages: number): boolean {
  const space = p.limits[RLIMIT_AS].cur, { cur, max } = p.limits[RLIMIT_DATA];
  const dataLimit = cur === 0 ? max : cur;
  if (space === Infinity && (!data || dataLimit === Infinity)) return true;
  let total = 0, dataPages = 0;
  for (const v of p.vmas) {
    const n = (v.end - v.start) / PAGE_SIZE;
    total += n;
    if (isDataArea(v)) dataPages += n;
  }
  if (total + pages > Math.floor(space / PAGE_SIZE)) return false;
  return !data || dataPages + pages <= Math.floor(dataLimit / PAGE_SIZE);
}

/** Linux's check_data_rlimit for brk: the heap up to `brk` and the program's data bytes within RLIMIT_DATA (no allowance for a soft limit of 0 here). */
export function breakWithinData(p: Process, brk: number): boolean {
  return brk - p.brkStart + p.dataBytes <= p.limits[RLIMIT_DATA].cur;
}

/** A struct rlimit64 (two u64) read into a limit, as rv32 keeps it: 2^32 − 1 and up is RLIM_INFINITY. */
function fromUser(bytes: Uint8Array): Rlimit {
  const view = new DataView(bytes.buffer, bytes.byteOffset, 16);
  const value = (at: number): number => {
    const v = view.getBigUint64(at, true);
    return v >= BigInt(RLIM32_INFINITY) ? Infinity : Number(v);
  };
  return { cur: value(0), max: value(8) };
}

/** A limit as a struct rlimit64: RLIM_INFINITY is 2^64 − 1. */
function toUser(limit: Rlimit): Uint8Array {
  const bytes = new Uint8Array(16);
  const view = new DataView(bytes.buffer);
  const value = (at: number, v: number): void => view.setBigUint64(at, v === Infinity ? 0xffffffffffffffffn : BigInt(v), true);
  value(0, limit.cur);
  value(8, limit.max);
  return bytes;
}

/**
 * prlimit64(pid, resource, new_limit, old_limit): the limit `resource` of process `pid` (0: the
 * caller), its old value written at `old_limit` and the new one from `new_limit` set, either
 * pointer null for none. Linux's order: the new limit read (-EFAULT), the process found
 * (-ESRCH; any, as the caller is root, zombies included), the resource checked (-EINVAL), a soft limit above the
 * hard one -EINVAL, a descriptor limit above fs.nr_open -EPERM; then set, and the old value
 * written (-EFAULT after the new one is set, as Linux).
 */
export function sysPrlimit64(k: Kernel, p: Process, pid: number, resource: number, newVa: number, oldVa: number): number {
  let wanted: Rlimit | null = null;
  if (newVa !== 0) {
    const bytes = k.copyinPrefix(p, newVa, 16);
    if (bytes.length < 16) return -EFAULT;
    wanted = fromUser(bytes);
  }
  // Any process not yet reaped, a zombie too, as Linux finds its task until then.
  const target = pid === 0 ? p : k.procs.get(pid);
  if (!target) return -ESRCH;
  if (resource >>> 0 >= RLIM_NLIMITS) return -EINVAL;
  if (wanted) {
    if (wanted.cur > wanted.max) return -EINVAL;
    if (resource === RLIMIT_NOFILE && wanted.max > NR_OPEN) return -EPERM;
  }
  const old = { ...target.limits[resource] };
  if (wanted) target.limits[resource] = wanted;
  if (oldVa !== 0 && !k.copyout(p, oldVa, toUser(old))) return -EFAULT;
  return 0;
}
