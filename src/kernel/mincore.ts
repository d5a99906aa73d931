/**
 * mincore 232: which pages of a range are resident, a byte per page (1 resident, 0 not), as
 * Linux reports them: a page the process maps; else, for a file's area (shared anonymous memory
 * included), whether the file's page is in the page cache, read in (not still on its way from the
 * disk); for a page swapped out, whether the swap cache still holds it. Demand paging seen from
 * inside the guest.
 */
import type { KernelServices } from './services.js';
import type { Process } from './proc.js';
import { EFAULT, EINVAL, ENOMEM } from './errno.js';
import { USER_TOP } from './exec.js';
import { PAGE_SIZE, peek } from './vm/pagetable.js';
import { findVma, type Vma } from './vm/vma.js';
import { isSwapEntry, swapSlotOf } from './vm/swap.js';
import { FLAG_V } from '../machine/tlb.js';

/** What this module uses of the kernel. */
type Kernel = Pick<KernelServices, 'clock' | 'copyout' | 'memory'>;

export const SYS_MINCORE = 232;

/** Linux fills its vector a page of bytes at a time: what it copied before an error stays. */
const CHUNK_PAGES = PAGE_SIZE;

/** Whether page `va` of area `v` (in `p`'s address space) is resident, as mincore reports it. */
function resident(k: Kernel, p: Process, v: Vma, va: number): boolean {
  if (p.root < 0) return true; // the MMU off: every page is RAM
  const { pte } = peek(k.memory.pageTables, p.root, va);
  if (pte & FLAG_V) return true;
  if (isSwapEntry(pte)) return k.memory.reclaimer.swap.cachedFrame(swapSlotOf(pte)) >= 0;
  if (pte !== 0 || v.file === null) return false;
  return k.memory.pageCache.inMemory(v.file.inode, (v.file.offset + (va - v.start)) / PAGE_SIZE, k.clock.now());
}

/**
 * mincore(start, length, vec): a byte per page of [start, start + length) at `vec`, in Linux's
 * order of checks: a start not page-aligned is -EINVAL; a range past user space -ENOMEM; a
 * vector past user space -EFAULT; then area by area, up to a page of bytes at a time, -ENOMEM at
 * the first page no area covers and -EFAULT at a vector it cannot write (the bytes copied
 * before either stay). A length of 0 is 0.
 */
export function sysMincore(k: Kernel, p: Process, start: number, length: number, vec: number): number {
  if (start % PAGE_SIZE !== 0) return -EINVAL;
  if (start + length > USER_TOP) return -ENOMEM;
  let pages = Math.ceil(length / PAGE_SIZE);
  if (vec + pages > USER_TOP) return -EFAULT;
  let va = start, to = vec;
  while (pages > 0) {
    const v = findVma(p.vmas, va);
    if (!v) return -ENOMEM;
    const n = Math.min(pages, CHUNK_PAGES, (v.end - va) / PAGE_SIZE);
    const bytes = new Uint8Array(n);
    for (let i = 0; i < n; i++) bytes[i] = resident(k, p, v, va + i * PAGE_SIZE) ? 1 : 0;
    if (!k.copyout(p, to, bytes)) return -EFAULT;
    pages -= n;
    va += n * PAGE_SIZE;
    to += n;
  }
  return 0;
}
