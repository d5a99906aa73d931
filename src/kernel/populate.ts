/**
 * Filling in a range's pages before they are touched, as Linux's __mm_populate: what mlock,
 * mlockall, MAP_LOCKED, MAP_POPULATE and MCL_FUTURE's new areas do. Each page of an area not yet
 * mapped for the access the user's first touch would need is faulted in on the process's behalf,
 * through the fault handler (a minor or major fault, counted as the user's would be): a write for
 * private writable memory (so copy-on-write is broken now, as Linux's FOLL_WRITE), a read for
 * other readable memory, a fetch for execute-only memory. An area locked with 'onFault' is left
 * as it is. With the MMU off every page is RAM already.
 */
import type { KernelServices } from './services.js';
import type { Process } from './proc.js';
import { ACCESS_FETCH, ACCESS_LOAD, ACCESS_STORE } from '../machine/mmu.js';
import { FLAG_V, FLAG_W } from '../machine/tlb.js';
import { PAGE_SIZE, peek } from './vm/pagetable.js';
import { PROT_EXEC, PROT_READ, PROT_WRITE, findVma, type Vma } from './vm/vma.js';

/** What this module uses of the kernel. */
type Kernel = Pick<KernelServices, 'faultIn' | 'memory' | 'physical'>;

/**
 * How populating ended: every page there, a page that could not be faulted in (a PROT_NONE area,
 * a file's page past its end: Linux's EFAULT), or the process killed meanwhile (out of memory).
 */
export type Populated = 'done' | 'fault' | 'killed';

/** The access that fills in a page of `v` (-1: none may, PROT_NONE). */
function populatingAccess(v: Vma): number {
  if ((v.prot & PROT_WRITE) !== 0 && !v.file?.shared) return ACCESS_STORE;
  if ((v.prot & (PROT_READ | PROT_WRITE)) !== 0) return ACCESS_LOAD;
  return (v.prot & PROT_EXEC) !== 0 ? ACCESS_FETCH : -1;
}

/**
 * Fault in the pages of `p`'s areas in [start, end) (page-aligned) that are not mapped for their
 * populating access, skipping holes and areas locked 'onFault'. With `ignoreErrors` (mlockall,
 * mmap) a page that cannot be faulted in ends its area, not the whole range.
 */
export function populate(k: Kernel, p: Process, start: number, end: number, ignoreErrors: boolean): Populated {
  if (k.physical) return 'done';
  let va = start;
  while (va < end) {
    const v = findVma(p.vmas, va) ?? p.vmas.find((area) => area.start > va && area.start < end);
    if (!v) break;
    va = Math.max(va, v.start);
    const areaEnd = Math.min(v.end, end);
    const access = populatingAccess(v);
    if (v.locked === 'onFault') {
      va = areaEnd;
      continue;
    }
    if (access < 0) {
      if (!ignoreErrors) return 'fault';
      va = areaEnd;
      continue;
    }
    for (let page = va; page < areaEnd; page += PAGE_SIZE) {
      const { pte } = peek(k.memory.pageTables, p.root, page);
      if ((pte & FLAG_V) !== 0 && (access !== ACCESS_STORE || (pte & FLAG_W) !== 0)) continue;
      const mapped = k.faultIn(p, page, access);
      if (p.exited) return 'killed';
      if (mapped) continue;
      if (!ignoreErrors) return 'fault';
      break;
    }
    va = areaEnd;
  }
  return 'done';
}
