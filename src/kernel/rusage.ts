/**
 * Resource usage: getrusage 165 and times 153, and the rusage that wait4 and waitid write. A
 * process's usage (proc.ts Usage) is read off what the kernel already keeps: the cycles it ran
 * (those in kernel entries are its system time, trap.ts), its page faults, its context switches
 * (sched.ts) and the most pages its address spaces mapped (vm/rss.ts). A parent collects a
 * child's usage, and the usage the child had collected, when it reaps it with wait4 or waitid
 * (not with WNOWAIT, and not for a child the kernel reaps by itself), as Linux.
 */
import type { KernelServices } from './services.js';
import type { Process, Usage } from './proc.js';
import { EFAULT, EINVAL } from './errno.js';
import { kernelCyclesOf, microsOf, setTimeval, userCyclesOf } from './clocks.js';

/** What this module uses of the kernel. */
type Kernel = Pick<KernelServices, 'clock' | 'copyout' | 'machine' | 'memory' | 'physical' | 'table'>;

export const SYS_TIMES = 153, SYS_GETRUSAGE = 165;
export const RUSAGE_SELF = 0, RUSAGE_CHILDREN = -1, RUSAGE_THREAD = 1;

/** rv32 Linux's struct rusage: two struct timevals of 32-bit fields, then 14 longs. */
const RUSAGE_SIZE = 72;
/** Linux's USER_HZ: the clock ticks of struct tms and of times' result. */
const USER_HZ = 100;
const PAGE_KIB = 4;

/** The usage of `q` itself, up to now. */
function ownUsage(k: Kernel, q: Process): Usage {
  // The entry it is in (the getrusage or times asking) is system time already.
  return {
    userCycles: userCyclesOf(k, q),
    kernelCycles: kernelCyclesOf(k, q),
    maxRssPages: Math.max(q.maxRssPages, residentPeak(k, q)),
    minor: q.faults.minor,
    major: q.faults.major,
    voluntary: q.voluntarySwitches,
    involuntary: q.involuntarySwitches,
  };
}

/**
 * The most pages `q`'s current address space has mapped at once. With the MMU off, the program's
 * memory is all of RAM from its lowest segment up, all of it resident.
 */
function residentPeak(k: Kernel, q: Process): number {
  if (k.physical) return k.machine.ram.frames - k.memory.frames.firstReserved;
  return q.root >= 0 ? k.memory.reclaimer.rmap.residentByRoot.peak(q.root) : 0;
}

/**
 * `p`'s page tables have just been freed (execve or exit; its root frame not yet given up): the
 * most pages its address space mapped stays in `p`'s maxrss, and the counts of that root frame
 * start again from 0 for the next address space there.
 */
export function keepResidentPeak(k: Kernel, p: Process): void {
  const counts = k.memory.reclaimer.rmap.residentByRoot;
  p.maxRssPages = Math.max(p.maxRssPages, counts.peak(p.root));
  counts.release(p.root);
}

/** `a` with `b` added (the most pages: the larger). */
function sum(a: Usage, b: Usage): Usage {
  return {
    userCycles: a.userCycles + b.userCycles,
    kernelCycles: a.kernelCycles + b.kernelCycles,
    maxRssPages: Math.max(a.maxRssPages, b.maxRssPages),
    minor: a.minor + b.minor,
    major: a.major + b.major,
    voluntary: a.voluntary + b.voluntary,
    involuntary: a.involuntary + b.involuntary,
  };
}

/** The usage wait4 and waitid report for zombie `c`: its own and its reaped children's. */
export function childTotal(k: Kernel, c: Process): Usage {
  return sum(ownUsage(k, c), c.reapedUsage);
}

/** `p` reaps its zombie child `c` (wait4, or waitid without WNOWAIT): `c`'s total (returned) joins p's children's usage. */
export function reapChild(k: Kernel, p: Process, c: Process): Usage {
  const total = childTotal(k, c);
  Object.assign(p.reapedUsage, sum(p.reapedUsage, total));
  k.table.reap(c);
  return total;
}

/** `usage` as a struct rusage: the fields Linux fills; those it leaves 0 (ixrss, nswap, msgsnd...) and the block counts are 0. */
function rusageBytes(k: Kernel, usage: Usage): Uint8Array {
  const ru = new DataView(new ArrayBuffer(RUSAGE_SIZE));
  setTimeval(ru, 0, microsOf(k, usage.userCycles)); // ru_utime
  setTimeval(ru, 8, microsOf(k, usage.kernelCycles)); // ru_stime
  ru.setInt32(16, usage.maxRssPages * PAGE_KIB, true); // ru_maxrss, in KiB
  ru.setInt32(32, usage.minor, true); // ru_minflt
  ru.setInt32(36, usage.major, true); // ru_majflt
  ru.setInt32(64, usage.voluntary, true); // ru_nvcsw
  ru.setInt32(68, usage.involuntary, true); // ru_nivcsw
  return new Uint8Array(ru.buffer);
}

/** Write `usage` as a struct rusage at `va` for wait4 and waitid (nothing for a null `va`). False if it is not writable. */
export function writeRusage(k: Kernel, p: Process, va: number, usage: Usage): boolean {
  return va === 0 || k.copyout(p, va, rusageBytes(k, usage));
}

/**
 * getrusage(who, usage): RUSAGE_SELF and RUSAGE_THREAD (one thread a process) the caller's own,
 * RUSAGE_CHILDREN its reaped children's. -EINVAL for another `who`, -EFAULT if `usage` cannot be
 * written.
 */
export function sysGetrusage(k: Kernel, p: Process, who: number, va: number): number {
  if (who !== RUSAGE_SELF && who !== RUSAGE_THREAD && who !== RUSAGE_CHILDREN) return -EINVAL;
  return k.copyout(p, va, rusageBytes(k, who === RUSAGE_CHILDREN ? p.reapedUsage : ownUsage(k, p))) ? 0 : -EFAULT;
}

/** Cycles in Linux's clock ticks (USER_HZ), rounded down, as a 32-bit clock_t. */
function ticks(k: Kernel, cycles: number): number {
  return Number((BigInt(cycles) * BigInt(USER_HZ)) / BigInt(k.machine.config.clockHz)) | 0;
}

/**
 * times(buf): the caller's user and system time and its reaped children's, in clock ticks (100 a
 * second), at `buf` unless it is null; returns the ticks since the machine started (Linux counts
 * from shortly before boot: only differences mean anything). -EFAULT if `buf` cannot be written.
 */
export function sysTimes(k: Kernel, p: Process, va: number): number {
  if (va !== 0) {
    const own = ownUsage(k, p), children = p.reapedUsage;
    const tms = new DataView(new ArrayBuffer(16));
    [own.userCycles, own.kernelCycles, children.userCycles, children.kernelCycles].forEach((c, i) => tms.setInt32(i * 4, ticks(k, c), true));
    if (!k.copyout(p, va, new Uint8Array(tms.buffer))) return -EFAULT;
  }
  return ticks(k, k.clock.cycles);
}
