/**
 * Locking pages in RAM, Linux's mm/mlock.c with rv32 numbers: mlock 228, munlock 229, mlockall
 * 230, munlockall 231, mlock2 284. Locking marks areas (Vma.locked, split at the range's ends)
 * and fills in their pages (populate.ts) unless asked to lock them as they are touched
 * (MLOCK_ONFAULT, MCL_ONFAULT); reclaim never evicts a page a locked mapping holds (reclaim.ts).
 * fork's child and execve's new program start with nothing locked. The caller is root, who has
 * CAP_IPC_LOCK: RLIMIT_MEMLOCK does not hold it, as in Linux.
 */
import type { KernelServices } from './services.js';
import type { Process } from './proc.js';
import { EAGAIN, EINVAL, ENOMEM } from './errno.js';
import { USER_TOP } from './exec.js';
import { FLAG_V } from '../machine/tlb.js';
import { PAGE_SIZE, peek } from './vm/pagetable.js';
import { changeAreas, firstEndingAfter, type LockMode, type Vma } from './vm/vma.js';
import { populate } from './populate.js';
import { pageAlign } from './mman.js';

/** What this module uses of the kernel. */
type Kernel = Pick<KernelServices, 'faultIn' | 'memory' | 'physical'>;

export const SYS_MLOCK = 228, SYS_MUNLOCK = 229, SYS_MLOCKALL = 230, SYS_MUNLOCKALL = 231, SYS_MLOCK2 = 284;
const MLOCK_ONFAULT = 1;
const MCL_CURRENT = 1, MCL_FUTURE = 2, MCL_ONFAULT = 4;

/**
 * Lock (`mode`) or unlock (undefined) the areas in [start, end), as Linux's apply_vma_lock_flags:
 * an area must hold `start` and each the next's start up to `end`, else -ENOMEM, the areas before
 * the hole changed. Pages of an area unlocked become candidates for eviction again.
 */
function setLocks(k: Kernel, p: Process, start: number, end: number, mode: LockMode | undefined): number {
  const at = firstEndingAfter(p.vmas, start);
  if (at === p.vmas.length || p.vmas[at].start > start) return -ENOMEM;
  let reached = p.vmas[at].end;
  for (let i = at + 1; i < p.vmas.length && reached < end && p.vmas[i].start === reached; i++) reached = p.vmas[i].end;
  const changedEnd = Math.min(reached, end);
  if (mode !== undefined) p.everLocked = true;
  changeAreas(p.vmas, start, changedEnd, (middle, old) => {
    middle.locked = mode;
    if (old.locked !== undefined && mode === undefined) restorePages(k, p, middle);
  });
  return changedEnd < end ? -ENOMEM : 0;
}

/** The resident pages of area `v`, no longer locked there, are candidates for eviction again (reclaim.ts restore). */
function restorePages(k: Kernel, p: Process, v: Vma): void {
  if (k.physical) return;
  for (let page = v.start; page < v.end; page += PAGE_SIZE) {
    const { pte, mega } = peek(k.memory.pageTables, p.root, page);
    if ((pte & FLAG_V) !== 0 && !mega) k.memory.reclaimer.restore(pte >>> 10);
  }
}

/**
 * The page-aligned range [start, end) that mlock and munlock act on, from (addr, len) as Linux's
 * 32-bit arithmetic makes it (a length that wraps when rounded up to pages is small), or null if
 * its end wraps past 4 GiB (-EINVAL).
 */
function lockRange(addr: number, len: number): { start: number; end: number } | null {
  const offset = addr % PAGE_SIZE;
  const length = pageAlign(len + offset);
  const start = addr - offset, end = start + length;
  return end > 0xffffffff ? null : { start, end };
}

/**
 * mlock(addr, len) and mlock2(addr, len, flags): lock the areas' pages in [addr, addr + len)
 * (widened to whole pages), then fill them in unless MLOCK_ONFAULT. Linux's errors in its
 * order: mlock2 flags beyond MLOCK_ONFAULT -EINVAL, a range that wraps -EINVAL, a length of 0
 * does nothing, a hole in the range -ENOMEM (the areas before it locked), then a page that cannot
 * be filled in (a PROT_NONE area, a file's page past its end) -ENOMEM, as Linux turns
 * get_user_pages' EFAULT into ENOMEM.
 */
export function sysMlock(k: Kernel, p: Process, addr: number, len: number, flags: number): number {
  if ((flags & ~MLOCK_ONFAULT) !== 0) return -EINVAL;
  const range = lockRange(addr, len);
  if (!range) return -EINVAL;
  if (range.end === range.start) return 0;
  const mode: LockMode = (flags & MLOCK_ONFAULT) !== 0 ? 'onFault' : 'populated';
  const error = setLocks(k, p, range.start, range.end, mode);
  if (error !== 0) return error;
  const populated = populate(k, p, range.start, range.end, false);
  return populated === 'done' ? 0 : populated === 'fault' ? -ENOMEM : -EAGAIN;
}

/** munlock(addr, len): unlock the areas' pages in the range, with mlock's checks (-EINVAL, -ENOMEM). */
export function sysMunlock(k: Kernel, p: Process, addr: number, len: number): number {
  const range = lockRange(addr, len);
  if (!range) return -EINVAL;
  if (range.end === range.start) return 0;
  return setLocks(k, p, range.start, range.end, undefined);
}

/**
 * mlockall(flags): MCL_CURRENT locks every area and fills in their pages (those that cannot be are
 * left, as Linux ignores those errors here); MCL_FUTURE locks the areas mapped from now on (mmap,
 * brk) and fills them in; MCL_ONFAULT makes either lock pages only as they are touched. No flag,
 * another bit, or MCL_ONFAULT alone is -EINVAL. Without MCL_FUTURE, areas mapped later are not
 * locked; without MCL_CURRENT, the areas there are keep their locks.
 */
export function sysMlockall(k: Kernel, p: Process, flags: number): number {
  if (flags === 0 || (flags & ~(MCL_CURRENT | MCL_FUTURE | MCL_ONFAULT)) !== 0 || flags === MCL_ONFAULT) return -EINVAL;
  const mode: LockMode = (flags & MCL_ONFAULT) !== 0 ? 'onFault' : 'populated';
  p.lockFuture = (flags & MCL_FUTURE) !== 0 ? mode : undefined;
  p.everLocked = true;
  if ((flags & MCL_CURRENT) === 0) return 0;
  for (const v of p.vmas) v.locked = mode;
  populate(k, p, 0, USER_TOP, true);
  return 0;
}

/** munlockall(): unlock every area, and no longer lock areas mapped later. */
export function sysMunlockall(k: Kernel, p: Process): number {
  p.lockFuture = undefined;
  for (const v of p.vmas) {
    if (v.locked === undefined) continue;
    v.locked = undefined;
    restorePages(k, p, v);
  }
  return 0;
}
