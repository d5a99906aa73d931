/**
 * Memory-mapping system calls (Linux rv32 numbers and checks): mmap2 222 (offset in 4096-byte
 * units), munmap 215, mprotect 226, msync 227, madvise 233. Every change to a mapping flushes exactly the
 * pages whose translations it made stale.
 */
import type { KernelServices } from './services.js';
import type { Process } from './proc.js';
import { EACCES, EBADF, EBUSY, EEXIST, EINVAL, ENODEV, ENOMEM, EOPNOTSUPP, EOVERFLOW, EPERM } from './errno.js';
import { PAGE_SIZE, lookup, uvmunmap } from './vm/pagetable.js';
import { PROT_ALL, PROT_READ, PROT_WRITE, areaSpan, areasIn, changeAreas, findVma, firstEndingAfter, insertVma, newVma, overlapsAny, pteFlags,
  replaceAreas, sliceVma, type Vma } from './vm/vma.js';
import { populate } from './populate.js';
import { STACK_TOP, USER_TOP } from './exec.js';
import type { Inode } from './fs.js';
import { FLAG_R, FLAG_U, FLAG_V, FLAG_W, FLAG_X } from '../machine/tlb.js';
import { ioFileOf } from './fdtable.js';
import { stdioAccess } from './openfile.js';
import { breakWithinData, isData, mayExpand } from './rlimits.js';

/** What this module uses of the kernel. */
type Kernel = Pick<KernelServices, 'machine' | 'memory' | 'releaseShared' | 'stackLimit' | 'physical' | 'detachedInodes' | 'faultIn'>;

export const MAP_SHARED = 0x01, MAP_PRIVATE = 0x02, MAP_SHARED_VALIDATE = 0x03, MAP_FIXED = 0x10, MAP_ANONYMOUS = 0x20;
/** Linux's MAP_TYPE: the bits that say shared, private or shared-and-validate. */
const MAP_TYPE = 0x0f;
/** mprotect's PROT_SEM: memory usable for atomics, which all memory is; its PROT_GROWSDOWN and PROT_GROWSUP: the change reaches the area's end. */
const PROT_SEM = 0x8, PROT_GROWSDOWN = 0x01000000, PROT_GROWSUP = 0x02000000;
/** Like MAP_FIXED, but -EEXIST where something is mapped already. */
export const MAP_FIXED_NOREPLACE = 0x100000;
/**
 * A stack-like area (only private anonymous memory may be one: mprotect's PROT_GROWSDOWN then
 * reaches its start; it does not grow on a fault below, as a stack does); a huge-page mapping
 * (only anonymous: no file is of hugetlbfs; its pages are 4 KiB pages here).
 */
const MAP_GROWSDOWN = 0x100, MAP_HUGETLB = 0x40000;
/** Bits 26 to 31: a huge page's size for MAP_HUGETLB, which no check looks at. */
const MAP_HUGE_MASK = 0x3f << 26;
/**
 * A locked area (as mlock: its pages filled in, never evicted); its pages filled in now (unless
 * MAP_NONBLOCK too), as Linux's populate after mmap.
 */
const MAP_LOCKED = 0x2000, MAP_POPULATE = 0x8000, MAP_NONBLOCK = 0x10000;
/**
 * Linux's LEGACY_MAP_MASK, with the huge page size bits (which it does not check either): the
 * flags MAP_SHARED_VALIDATE accepts (another is -EOPNOTSUPP). With MAP_SHARED or MAP_PRIVATE,
 * Linux ignores flags it does not know, and so does vmlab; of these, MAP_NORESERVE, MAP_STACK,
 * MAP_DENYWRITE, MAP_EXECUTABLE and MAP_UNINITIALIZED change nothing here; for MAP_GROWSDOWN,
 * MAP_HUGETLB, MAP_LOCKED, MAP_POPULATE and MAP_NONBLOCK see above.
 */
const LEGACY_MAP_MASK = MAP_SHARED | MAP_PRIVATE | MAP_FIXED | MAP_ANONYMOUS | 0x800 | 0x1000 | 0x4000000 | MAP_GROWSDOWN | MAP_LOCKED | 0x4000
  | MAP_POPULATE | MAP_NONBLOCK | 0x20000 | MAP_HUGETLB | MAP_HUGE_MASK;
export const MS_ASYNC = 1, MS_INVALIDATE = 2, MS_SYNC = 4;
/** The lowest address a mapping may have (Linux's mmap_min_addr is 4096 or more). */
export const MMAP_MIN = PAGE_SIZE;

const pageAligned = (n: number): boolean => n % PAGE_SIZE === 0;
const pagesUp = (n: number): number => Math.ceil(n / PAGE_SIZE) * PAGE_SIZE;
/** A length rounded up to whole pages in 32 bits, as Linux's PAGE_ALIGN on rv32 (a length within a page of 4 GiB becomes 0). */
export const pageAlign = (n: number): number => (((n >>> 0) + PAGE_SIZE - 1) & -PAGE_SIZE) >>> 0;

/** The top of the mmap region: below the stack's reserve (its limit) and a guard page. */
function mmapTop(k: Pick<KernelServices, 'stackLimit'>): number {
  return STACK_TOP - k.stackLimit - PAGE_SIZE;
}

/** Linux's stack_guard_gap: a hint is not taken within this much below a stack-like area. */
const STACK_GUARD_GAP = 256 * PAGE_SIZE;

/**
 * Whether [hint, hint + size) is free for a hinted mapping, as Linux's
 * generic_get_unmapped_area_topdown takes a hint: below `top`, overlapping no area, and ending
 * at least the stack guard gap below a stack-like area above it (vm_start_gap). The stack's
 * reserve is not kept from it: the stack then grows only until it would overlap the mapping.
 */
function hintFree(p: Process, hint: number, size: number, top: number): boolean {
  if (hint + size > top) return false;
  const next = p.vmas[firstEndingAfter(p.vmas, hint)];
  if (next === undefined) return true;
  return next.start >= hint + size + (next.growsDown ? STACK_GUARD_GAP : 0);
}

/**
 * The highest free range of `length` bytes below `top` (the mmap top) and above the heap, or -1.
 * It goes down the areas from `top` until the gap above one holds the length; where the last
 * search's hint (Process.freeArea) says no gap above an area can, it starts from that area.
 */
export function findFree(k: Pick<KernelServices, 'stackLimit'>, p: Process, length: number, top = mmapTop(k)): number {
  const floor = pagesUp(p.brk), vmas = p.vmas, hint = p.freeArea;
  const from = hint !== null && hint.top === top && length >= hint.hole ? hint.below : top;
  let at = from, widest = from === top ? 0 : hint!.hole - 1;
  let i = firstEndingAfter(vmas, at);
  if (i === vmas.length || vmas[i].start >= at) i--;
  for (; i >= 0 && vmas[i].end > floor; i--) {
    if (vmas[i].end <= at - length) break;
    widest = Math.max(widest, at - vmas[i].end);
    at = vmas[i].start; // each area visited starts below `at`: they are in order
  }
  if (at - length < floor) return -1;
  // `at` is top or an area's start, whether or not the caller maps the range below it.
  p.freeArea = { top, below: at, hole: widest + 1 };
  return at - length;
}

/**
 * Keep `p`'s free-range hint true after areas were removed or shrunk below `end`: a gap may have
 * grown there, so if that reaches above the hint's area, the hint moves up to the first area that
 * starts at `end` or above (or the top): the gaps above that one are as they were.
 */
export function freedBelow(p: Process, end: number): void {
  const hint = p.freeArea;
  if (hint === null || end <= hint.below) return;
  const next = p.vmas[firstEndingAfter(p.vmas, end)]; // it starts at end or above: what was below end is gone
  hint.below = next === undefined ? hint.top : Math.min(next.start, hint.top);
}

/** Forget `p`'s free-range hint (a new address space). */
export function forgetFreeArea(p: Process): void {
  p.freeArea = null;
}

/** Remove [start, end) from `p`'s areas and page table (writing back dirty shared pages first). */
export function unmapRange(k: Kernel, p: Process, start: number, end: number): void {
  const { first, last } = areaSpan(p.vmas, start, end);
  const touched = p.vmas.slice(first, last);
  const pieces: Vma[] = [];
  for (const v of touched) {
    if (!k.physical) {
      k.memory.collectDirty(p, v, start, end);
      if (v.file?.shared) k.memory.pageCache.writeBack(v.file.inode);
    }
    if (v.start < start) pieces.push(sliceVma(v, v.start, start));
    if (v.end > end) pieces.push(sliceVma(v, end, v.end));
  }
  replaceAreas(p.vmas, first, last - first, pieces);
  freedBelow(p, end);
  if (!k.physical) uvmunmap(k.memory.pageTables, p.root, start, end);
  for (const v of touched) if (v.file?.inode.swapBacked) k.releaseShared(v.file.inode);
}

/**
 * The file `inode` is being cut to `size` bytes: every process's mappings of it lose their pages
 * from the first page wholly past the new end, shared pages and private copies alike (Linux's
 * truncate_pagecache), so that the next access reads the file as it is now, or gets SIGBUS past
 * its end. Call before the page cache drops the pages.
 */
export function unmapPastEnd(k: Pick<KernelServices, 'memory' | 'procs'>, inode: Inode, size: number): void {
  const kept = pagesUp(size);
  for (const q of k.procs.values()) {
    if (q.root < 0) continue;
    for (const v of q.vmas) {
      if (v.file?.inode !== inode) continue;
      const start = v.start + Math.max(0, kept - v.file.offset);
      const end = Math.min(v.end, v.start + pagesUp(v.file.size));
      if (start < end) uvmunmap(k.memory.pageTables, q.root, start, end);
    }
  }
}

/**
 * mmap2 222: a new area of `length` bytes (rounded up to pages) at `addr` (with MAP_FIXED or
 * MAP_FIXED_NOREPLACE), or where it is free. Linux's checks in its order (ksys_mmap_pgoff,
 * do_mmap): the descriptor, MAP_HUGETLB on a file (no file is of hugetlbfs), the length (0 is
 * -EINVAL; one that rounds past 4 GiB or over the user space -ENOMEM), an offset whose last page
 * passes 2^32 pages -EOVERFLOW, the address (a fixed one past the user space -ENOMEM, unaligned
 * -EINVAL, below the lowest -EPERM; no free range -ENOMEM), an area already there with
 * MAP_FIXED_NOREPLACE -EEXIST, then the type and the file's rights. `prot`'s other bits than
 * PROT_READ, PROT_WRITE and PROT_EXEC are ignored, as Linux's mmap ignores them.
 */
export function sysMmap2(k: Kernel, p: Process, addr: number, length: number, prot: number, flags: number, fd: number,
  pgoff: number): number {
  const anonymous = (flags & MAP_ANONYMOUS) !== 0;
  const f = anonymous ? null : ioFileOf(p, fd);
  if (!anonymous && !f) return -EBADF;
  if (!anonymous && (flags & MAP_HUGETLB)) return -EINVAL;
  if (length === 0) return -EINVAL;
  const size = pagesUp(length);
  if (size > USER_TOP) return -ENOMEM;
  if ((pgoff >>> 0) + size / PAGE_SIZE > 0xffffffff) return -EOVERFLOW;
  const fixed = (flags & (MAP_FIXED | MAP_FIXED_NOREPLACE)) !== 0;
  // With the MMU off an area is RAM itself: below the stack's reserve at the top of RAM, and above
  // the page cache's frames, which are below the program.
  const top = k.physical ? physicalTop(k) : mmapTop(k);
  const bottom = k.physical ? k.memory.frames.firstReserved * PAGE_SIZE : 0;
  let start: number;
  if (fixed) {
    if (addr + size > (k.physical ? top : USER_TOP)) return -ENOMEM;
    if (addr < bottom) return -ENOMEM;
    if (!pageAligned(addr)) return -EINVAL;
    if (addr < MMAP_MIN) return -EPERM;
    start = addr;
  } else {
    // A hint, rounded down to its page (up to MMAP_MIN if below it), is taken where the range is
    // free, as Linux's round_hint_to_min and get_unmapped_area; otherwise, or without one, the
    // highest free range below the stack's reserve.
    const hint = addr === 0 ? 0 : Math.max(MMAP_MIN, (addr >>> 0) - ((addr >>> 0) % PAGE_SIZE));
    start = hint !== 0 && hint >= bottom && hintFree(p, hint, size, k.physical ? top : USER_TOP) ? hint : findFree(k, p, size, top);
    if (start < 0) return -ENOMEM;
  }
  if ((flags & MAP_FIXED_NOREPLACE) && overlapsAny(p.vmas, start, start + size)) return -EEXIST;
  const type = flags & MAP_TYPE;
  if (type === MAP_SHARED_VALIDATE && !anonymous && (flags & ~LEGACY_MAP_MASK) !== 0) return -EOPNOTSUPP;
  if (type !== MAP_SHARED && type !== MAP_PRIVATE && (type !== MAP_SHARED_VALIDATE || anonymous)) return -EINVAL;
  const shared = type !== MAP_PRIVATE;
  let file: Vma['file'] = null;
  let maxProt = PROT_ALL;
  let name = '[anon]';
  if (anonymous) {
    if (shared && (flags & MAP_GROWSDOWN)) return -EINVAL;
    if (shared) name = '[anon shared]'; // its object is made once the limits allow the area (below)
  } else if (f) {
    const { readable, writable } = f.kind === 'file' ? f : f.kind === 'pipe' ? { readable: f.end === 'read', writable: f.end === 'write' }
      : stdioAccess(f.fd, f.stream);
    if (shared && !writable) {
      if (prot & PROT_WRITE) return -EACCES;
      maxProt &= ~PROT_WRITE;
    }
    if (!readable) return -EACCES;
    if (f.kind !== 'file' || f.inode.isDir || f.inode.generated) return -ENODEV; // no mmap for a pipe, a directory, a standard stream or /proc
    if (k.physical) return -ENODEV; // MMU off: no page to share with the page cache, and no copy is made
    if (flags & MAP_GROWSDOWN) return -EINVAL;
    // The file over the whole area, whatever its size now: a page past its end is SIGBUS (fault.ts).
    file = { inode: f.inode, offset: (pgoff >>> 0) * PAGE_SIZE, size, shared, openedForWriting: f.writable };
    name = f.inode.path;
  }
  // RLIMIT_AS and RLIMIT_DATA, as Linux's mmap_region: the pages a fixed area replaces do not count.
  const data = isData(prot, shared, (flags & MAP_GROWSDOWN) !== 0);
  if (!mayExpand(p, data, size / PAGE_SIZE) && !mayExpand(p, data, (size - mappedBytes(p, start, start + size)) / PAGE_SIZE)) return -ENOMEM;
  // Shared anonymous memory: pages of an object of its own, shared with the children it forks.
  if (anonymous && shared) file = { inode: k.detachedInodes.anonymous(size), offset: 0, size, shared: true };
  if (fixed) unmapRange(k, p, start, start + size);
  if (k.physical) k.machine.ram.zero(start, size); // as the zero page a fault would have brought in
  const area = newVma(name, start, start + size, prot & PROT_ALL, file, maxProt);
  if (flags & MAP_GROWSDOWN) area.growsDown = true; // private anonymous memory: the others were refused above
  // MCL_FUTURE's flags join the call's, as Linux's mm->def_flags: with MCL_ONFAULT, MAP_LOCKED locks on fault too.
  area.locked = p.lockFuture === 'onFault' ? 'onFault' : (flags & MAP_LOCKED) !== 0 ? 'populated' : p.lockFuture;
  if (area.locked !== undefined) p.everLocked = true;
  insertVma(p.vmas, area);
  // Pages it cannot fault in (PROT_NONE, past a file's end) are left for the user's own fault.
  if (area.locked === 'populated' || (flags & (MAP_POPULATE | MAP_NONBLOCK)) === MAP_POPULATE) populate(k, p, start, start + size, true);
  return start;
}

export function sysMunmap(k: Kernel, p: Process, addr: number, length: number): number {
  if (!pageAligned(addr) || length === 0 || addr + length > USER_TOP) return -EINVAL;
  unmapRange(k, p, addr, addr + pagesUp(length));
  return 0;
}

/** How many bytes of [start, end) `p`'s areas cover. */
function mappedBytes(p: Process, start: number, end: number): number {
  return p.vmas.reduce((n, v) => n + Math.max(0, Math.min(v.end, end) - Math.max(v.start, start)), 0);
}

/** Whether [start, end) is covered by areas with no hole. */
function covered(p: Process, start: number, end: number): boolean {
  let at = start;
  for (let i = firstEndingAfter(p.vmas, start); i < p.vmas.length && at < end; i++) {
    if (p.vmas[i].start > at) return false;
    at = p.vmas[i].end;
  }
  return at >= end;
}

/**
 * mprotect 226. Linux's checks in its order: both PROT_GROWSDOWN and PROT_GROWSUP -EINVAL, an
 * unaligned address -EINVAL, a length of 0 does nothing, a range that wraps -ENOMEM, bits beyond
 * PROT_READ, PROT_WRITE, PROT_EXEC and PROT_SEM (valid, meaning nothing here: Linux's generic
 * arch_validate_prot) -EINVAL. PROT_GROWSDOWN extends the range down to the start of the area
 * holding its first page, which must grow down (the stack, MAP_GROWSDOWN memory: -EINVAL
 * otherwise); PROT_GROWSUP is -EINVAL (-ENOMEM starting in a hole), as no area grows up on RISC-V.
 */
export function sysMprotect(k: Kernel, p: Process, addr: number, length: number, protGiven: number): number {
  const grows = protGiven & (PROT_GROWSDOWN | PROT_GROWSUP);
  if (grows === (PROT_GROWSDOWN | PROT_GROWSUP) || !pageAligned(addr)) return -EINVAL;
  if (length === 0) return 0;
  const requested = addr + pagesUp(length);
  if (requested >= 2 ** 32) return -ENOMEM; // its end wraps
  if ((protGiven & ~(PROT_ALL | PROT_SEM | grows)) !== 0) return -EINVAL;
  const prot = protGiven & PROT_ALL;
  if (grows) {
    const first = p.vmas[firstEndingAfter(p.vmas, addr)];
    if (!first || first.start >= requested) return -ENOMEM;
    // PROT_GROWSUP: the range must start in an area (ENOMEM), which no area on RISC-V grows up from (EINVAL).
    if (grows === PROT_GROWSUP) return first.start > addr ? -ENOMEM : -EINVAL;
    if (!first.growsDown) return -EINVAL;
    return changeProtection(k, p, first.start, requested, prot);
  }
  return changeProtection(k, p, addr, requested, prot);
}

/** mprotect's change of [addr, requested) to `prot`, once its arguments are checked. */
function changeProtection(k: Kernel, p: Process, addr: number, requested: number, prot: number): number {
  // As Linux's mprotect, area by area from addr: the areas before a hole (ENOMEM) or before one
  // that cannot take `prot` (EACCES) are changed, and the call fails there.
  let end = addr, error = 0, madeData = 0;
  for (const v of areasIn(p.vmas, addr, requested)) {
    if (v.start > end) break;
    if ((prot & ~v.maxProt) !== 0) {
      error = -EACCES;
      break;
    }
    // An area turning into data must fit RLIMIT_DATA with those before it (Linux's mprotect_fixup, area by area).
    const pages = (Math.min(v.end, requested) - Math.max(v.start, end)) / PAGE_SIZE, shared = Boolean(v.file?.shared), down = Boolean(v.growsDown);
    if (isData(prot, shared, down) && !isData(v.prot, shared, down)) {
      if (!mayExpand(p, true, madeData + pages) && mayExpand(p, false, pages)) {
        error = -ENOMEM;
        break;
      }
      madeData += pages;
    }
    end = Math.min(v.end, requested);
  }
  if (error === 0 && end < requested) error = -ENOMEM;
  // A locked private area made writable has its pages copied now, as Linux's mprotect_fixup populates it.
  const copyNow: Vma[] = [];
  changeAreas(p.vmas, addr, end, (middle, old) => {
    middle.prot = prot;
    if (!k.physical) for (let page = middle.start; page < middle.end; page += PAGE_SIZE) reprotect(k, p, middle, page);
    if (old.locked && !old.file?.shared && (old.prot & PROT_WRITE) === 0 && (prot & PROT_WRITE) !== 0) copyNow.push(middle);
  });
  for (const v of copyNow) populate(k, p, v.start, v.end, true);
  return error;
}

/** Give the present page at `page` the permissions of `v`; a page shared copy-on-write stays read-only. */
function reprotect(k: Kernel, p: Process, v: Vma, page: number): void {
  const { pte, address } = lookup(k.memory.pageTables, p.root, page);
  if ((pte & FLAG_V) === 0) return;
  const exclusive = Boolean(v.file?.shared) || k.memory.frames.refcount[pte >>> 10] === 1;
  const next = (pte & ~(FLAG_R | FLAG_W | FLAG_X | FLAG_U)) | pteFlags(v.prot, exclusive);
  if (next === pte) return;
  k.machine.ram.write32(address, next);
  k.machine.mmu.flushPage(page);
}

export function sysMsync(k: Kernel, p: Process, addr: number, length: number, flags: number): number {
  if (!pageAligned(addr) || (flags & ~(MS_ASYNC | MS_INVALIDATE | MS_SYNC)) !== 0 || (flags & MS_ASYNC && flags & MS_SYNC)) return -EINVAL;
  const end = addr + pageAlign(length); // a length rounding up to 4 GiB is 0, as in 32 bits
  if (!covered(p, addr, end)) return -ENOMEM;
  // Linux's msync will not drop locked pages: MS_INVALIDATE over a locked area is -EBUSY.
  if ((flags & MS_INVALIDATE) && areasIn(p.vmas, addr, end).some((v) => v.locked)) return -EBUSY;
  if (k.physical) return 0; // no file is mapped with the MMU off
  for (const v of areasIn(p.vmas, addr, end)) {
    if (!v.file?.shared) continue;
    k.memory.collectDirty(p, v, addr, end);
    k.memory.pageCache.writeBack(v.file.inode);
  }
  return 0;
}


export const MADV_DONTNEED = 4, MADV_FREE = 8, MADV_COLD = 20, MADV_PAGEOUT = 21, MADV_DONTNEED_LOCKED = 24;
/**
 * The advice madvise takes as a hint it may ignore, as Linux may: NORMAL, RANDOM, SEQUENTIAL,
 * WILLNEED, DONTDUMP and DODUMP (vmlab writes no core dumps), COLD, PAGEOUT.
 */
const MADV_HINTS = new Set([0, 1, 2, 3, 16, 17, 20, 21]);

/**
 * madvise 233. MADV_DONTNEED (and MADV_FREE, for private anonymous memory only, as Linux: it may
 * drop at once what Linux drops under memory pressure) takes the pages of [addr, addr + length)
 * out of p's page table, dirty shared pages kept in the page cache first: the next access finds a
 * private anonymous page zero-filled, a private file page read from the file again, a shared page
 * as the page cache holds it. The hints change nothing. Linux's checks in its order: advice it
 * does not take (here also those with effects vmlab does not model: WIPEONFORK, POPULATE_*...)
 * -EINVAL, an unaligned address -EINVAL, a range that wraps (to 0 too) -EINVAL, a length of 0 does nothing; a
 * range with unmapped pages -ENOMEM, the areas in it advised all the same. A locked area (mlock)
 * is -EINVAL for MADV_DONTNEED and MADV_FREE, the areas before it dropped, and for MADV_COLD and
 * MADV_PAGEOUT (hints here); MADV_DONTNEED_LOCKED
 * drops its pages too (they come back, locked, on the next touch). With the MMU off there are no
 * pages to drop: the three are -EINVAL.
 */
export function sysMadvise(k: Kernel, p: Process, addr: number, length: number, advice: number): number {
  const drop = advice === MADV_DONTNEED || advice === MADV_FREE || advice === MADV_DONTNEED_LOCKED;
  if ((!drop && !MADV_HINTS.has(advice)) || !pageAligned(addr)) return -EINVAL;
  const rounded = pageAlign(length);
  if (length !== 0 && rounded === 0) return -EINVAL; // the length rounds up to 4 GiB, 0 in 32 bits
  const end = addr + rounded;
  if (end >= 2 ** 32) return -EINVAL; // the end wraps below the start
  if (end === addr) return 0;
  if (drop && p.root < 0) return -EINVAL;
  // MADV_COLD and MADV_PAGEOUT refuse a locked area, as Linux's can_madv_lru_vma (hints otherwise).
  if ((advice === MADV_COLD || advice === MADV_PAGEOUT) && areasIn(p.vmas, addr, end).some((v) => v.locked)) return -EINVAL;
  if (drop) {
    const touched = areasIn(p.vmas, addr, end);
    if (advice === MADV_FREE && touched.some((v) => v.file !== null)) return -EINVAL;
    for (const v of touched) {
      if (v.locked && advice !== MADV_DONTNEED_LOCKED) return -EINVAL;
      const from = Math.max(v.start, addr), to = Math.min(v.end, end);
      k.memory.collectDirty(p, v, from, to);
      uvmunmap(k.memory.pageTables, p.root, from, to);
    }
  }
  return covered(p, addr, end) ? 0 : -ENOMEM;
}

/** With the MMU off, the stack sits at the top of RAM; the heap may not grow into this much of it. */
const STACK_RESERVE_PHYSICAL = 1024 * 1024;

/** With the MMU off: where the heap and mapped areas end, below the stack's reserve. */
function physicalTop(k: Pick<KernelServices, 'machine'>): number {
  return k.machine.ram.size - STACK_RESERVE_PHYSICAL;
}

/**
 * brk(addr): move the program break within [brkStart, the mmap region's top), as Linux does: the
 * pages between the old and the new break are added as demand-zero read-write heap (refused if
 * any area lies there or in the page above them: Linux keeps that gap below an mmap placed above
 * the heap), the heap's last area grown if it is still read-write (else a new one, as Linux
 * merges only areas of the same flags), or unmapped when the break goes down (whatever is mapped
 * there; nothing mapped there refuses it, as Linux's vma_find). Returns the new break, or the old
 * one if `addr` is refused: also, as Linux, if the heap
 * up to it and the program's data pass RLIMIT_DATA (check_data_rlimit, even going down), or if
 * the pages it adds pass RLIMIT_AS or RLIMIT_DATA (may_expand_vm).
 */
export function sysBrk(k: Kernel, p: Process, addr: number): number {
  const limit = k.physical ? physicalTop(k) : mmapTop(k);
  if (addr < p.brkStart || addr > limit) return p.brk;
  if (!breakWithinData(p, addr)) return p.brk;
  const oldEnd = pagesUp(p.brk);
  const newEnd = pagesUp(addr);
  if (newEnd > oldEnd) {
    if (overlapsAny(p.vmas, oldEnd, newEnd + PAGE_SIZE)) return p.brk;
    if (!mayExpand(p, true, (newEnd - oldEnd) / PAGE_SIZE)) return p.brk; // RLIMIT_AS, RLIMIT_DATA
    if (k.physical) k.machine.ram.zero(oldEnd, newEnd - oldEnd); // as the zero pages faults would bring in
    const below = findVma(p.vmas, oldEnd - 1);
    const heap = below?.name === '[heap]' && below.end === oldEnd && below.prot === (PROT_READ | PROT_WRITE) && below.locked === p.lockFuture ? below : undefined;
    if (heap) heap.end = newEnd;
    else {
      const area = newVma('[heap]', oldEnd, newEnd, PROT_READ | PROT_WRITE);
      area.locked = p.lockFuture;
      insertVma(p.vmas, area);
    }
  } else if (newEnd < oldEnd) {
    if (!overlapsAny(p.vmas, newEnd, oldEnd)) return p.brk; // the heap unmapped already: as Linux, no shrinking
    unmapRange(k, p, newEnd, oldEnd);
  }
  p.brk = addr;
  if (newEnd > oldEnd && p.lockFuture === 'populated') populate(k, p, oldEnd, newEnd, true); // as Linux's brk under mlockall(MCL_FUTURE)
  return addr;
}

