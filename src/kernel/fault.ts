/**
 * The built-in page-fault handler, written against the plug-in contract (faultapi.ts): the
 * reference a `--fault-handler` plug-in copies and changes.
 *
 *   fault → kernel space?            SIGSEGV (protection)
 *         → no area: just below the stack? grow it, else SIGSEGV (invalid)
 *         → the area forbids the access: SIGSEGV (protection)
 *         → present, a store to a read-only page: copy-on-write
 *         → present otherwise: a stale TLB entry, flush it
 *         → a page of a file wholly past its end: SIGBUS
 *         → swapped out: swap-in           (major, or minor if another process brought it back:
 *                                             shared, so a store copies it at once)
 *         → file data: via the page cache (major if read from disk; a private copy if needed)
 *         → anonymous: a zeroed frame      (minor)
 *         → map it, then the pages the policy wants around it; the access restarts.
 */
import {
  KILLED, PROT_EXEC_BIT, PROT_READ_BIT, PROT_WRITE_BIT, RETRY,
  type AccessKind, type AreaInfo, type Fault, type FaultPrimitives, type FaultResult, type PteInfo,
} from './faultapi.js';

/** The lowest kernel address: user pages are below it. */
const USER_TOP = 0x80000000;
const PAGE = 4096;

const NEEDED: Record<AccessKind, number> = { fetch: PROT_EXEC_BIT, load: PROT_READ_BIT, store: PROT_WRITE_BIT };
const ADJECTIVE: Record<AccessKind, string> = { fetch: 'executable', load: 'readable', store: 'writable' };

const segv = (reason: string): FaultResult => ({ kind: 'segv', reason });

/** Whether `page`, not mapped, is of `area`'s file part but wholly past the end of the file (SIGBUS). */
function pastEndOfFile(area: AreaInfo, page: number): boolean {
  const offset = page - area.start;
  return offset < area.fileBytes && offset >= area.fileEnd;
}

export function handlePageFault(fault: Fault, k: FaultPrimitives): FaultResult {
  if (fault.va >= USER_TOP) {
    k.count('protection', fault.page);
    return segv('kernel space (supervisor-only)');
  }
  let area = fault.area;
  if (!area) {
    const grown = k.growStack(fault.va);
    if (typeof grown === 'string') {
      k.count('invalid', fault.page);
      return segv(grown);
    }
    area = grown;
  }
  if ((area.rights & NEEDED[fault.access]) === 0) {
    k.count('protection', fault.page);
    return segv(`${area.label} is not ${ADJECTIVE[fault.access]}`);
  }
  const pte = fault.pte;
  if (pte.kind === 'present') {
    if (fault.access === 'store' && (pte.prot & PROT_WRITE_BIT) === 0) return copyOnWrite(k, area, fault.page, pte);
    k.flush(fault.page); // a stale TLB entry
    k.markFresh(fault.page);
    return RETRY;
  }
  // Not counted as a fault of any kind (nor in Linux's minor and major counts): nothing is mapped.
  if (pte.kind === 'none' && pastEndOfFile(area, fault.page)) return { kind: 'sigbus', reason: `past the end of the file in ${area.label}` };
  const major = bringIn(k, area, fault.page, fault.access, pte, true);
  if (major === null) return KILLED;
  k.markFresh(fault.page);
  for (const va of k.faultAround(fault.page, major)) {
    const other = (va >>> 0) - ((va >>> 0) % PAGE);
    if (other < area.start || other >= area.end) continue;
    const entry = k.pte(other);
    if (entry.kind === 'present' || (entry.kind === 'none' && pastEndOfFile(area, other))) continue;
    if (bringIn(k, area, other, 'load', entry, false) === null) return KILLED;
    k.count('faultAround', other);
  }
  return RETRY;
}

/**
 * Bring `page` of `area` in and map it, counting a fault of its kind if `counted` (not for pages
 * mapped around a fault). Whether it was a major fault; null if the process was killed.
 */
function bringIn(k: FaultPrimitives, area: AreaInfo, page: number, access: AccessKind, pte: PteInfo, counted: boolean): boolean | null {
  const count = (major: boolean): void => {
    if (counted) k.count(major ? 'major' : 'minor', page);
  };
  let frame: number, writable: boolean, major = false;
  const fromFile = Math.max(0, Math.min(PAGE, area.fileBytes - (page - area.start)));
  if (pte.kind === 'swapped') {
    const back = k.swapIn(page);
    if (!back) return oom(k, page);
    major = back.major;
    count(major);
    frame = back.frame;
    writable = !back.shared;
  } else if (fromFile > 0) {
    const cached = k.filePage(page);
    if (!cached) return oom(k, page);
    major = cached.major;
    count(major);
    if (area.shared || (cached.wholePage && access !== 'store')) {
      // A shared mapping, or a page only read so far: map the cache's frame itself.
      frame = cached.frame;
      writable = area.shared;
    } else {
      frame = k.allocFrame(); // the cache's frame stays ours meanwhile
      if (frame >= 0) k.copyFrame(cached.frame, frame, cached.bytes);
      k.releaseFrame(cached.frame);
      if (frame < 0) return oom(k, page);
      writable = true;
    }
  } else {
    frame = k.allocFrame();
    if (frame < 0) return oom(k, page);
    count(false);
    k.zeroFrame(frame);
    writable = true;
  }
  if (!k.map(page, frame, writable ? area.prot : area.rights & ~PROT_WRITE_BIT)) return null;
  if (access === 'store' && !writable) {
    // Swapped back in shared with another process, so mapped read-only: copy it in this fault too
    // (Linux's do_swap_page), so that the kernel's own write to user memory, which faults a page
    // in once, gets a writable page.
    const now = k.pte(page);
    if (now.kind === 'present' && copyOnWrite(k, area, page, now, false).kind !== 'retry') return null;
  }
  return major;
}

/**
 * A store to a present read-only page of a writable area: copy the page, unless no one else has
 * it. Counted a minor fault if `countFault` (not when the same fault has just swapped it in).
 */
function copyOnWrite(k: FaultPrimitives, area: AreaInfo, page: number, pte: PteInfo & { kind: 'present' }, countFault = true): FaultResult {
  if (countFault) k.count('minor', page);
  k.count('cow', page);
  if (pte.references === 1) {
    k.protect(page, area.prot); // no one else has the frame any more: it can simply become writable
    k.markFresh(page);
    return RETRY;
  }
  // Allocating may reclaim. A clock scan clearing the page's A bit meanwhile is no change to it:
  // compare frames, not PTEs (a needless retry would make the kernel's own copy to user memory,
  // which faults a page in once, fail with EFAULT).
  k.holdFrame(pte.frame);
  const frame = k.allocFrame();
  k.releaseFrame(pte.frame);
  if (frame < 0) return k.outOfMemory(page);
  const now = k.pte(page);
  if (now.kind !== 'present' || now.frame !== pte.frame) {
    k.releaseFrame(frame); // reclaim took the page meanwhile: retry the access
  } else {
    k.copyFrame(pte.frame, frame);
    k.count('cowCopy', page);
    k.remap(page, frame, area.prot);
  }
  k.markFresh(page);
  return RETRY;
}

function oom(k: FaultPrimitives, page: number): null {
  k.outOfMemory(page);
  return null;
}
