/**
 * mremap 216 (Linux's mm/mremap.c): shrink a mapping, grow it in place, or move it elsewhere
 * with its pages. A move takes the page-table entries themselves to the new addresses (present
 * pages, swapped-out ones, a shared object's): nothing is copied or read from the disk, and the
 * process faults no page in again. Adjacent areas Linux would hold as one (the same rights,
 * backing and locks) count as one here, as Linux merges them.
 */
import type { KernelServices } from './services.js';
import type { Process } from './proc.js';
import { EFAULT, EINVAL, ENOMEM, EPERM } from './errno.js';
import { USER_TOP } from './exec.js';
import { FLAG_V } from '../machine/tlb.js';
import { PAGE_SIZE, walk } from './vm/pagetable.js';
import { areasIn, changeAreas, findVma, firstEndingAfter, insertVma, overlapsAny, sliceVma, type Vma } from './vm/vma.js';
import { MMAP_MIN, findFree, freedBelow, pageAlign, unmapRange } from './mman.js';
import { isData, mayExpand } from './rlimits.js';
import { populate } from './populate.js';

/** What this module uses of the kernel. */
type Kernel = Pick<KernelServices, 'machine' | 'memory' | 'releaseShared' | 'stackLimit' | 'physical' | 'faultIn' | 'detachedInodes'>;

export const SYS_MREMAP = 216;
export const MREMAP_MAYMOVE = 1, MREMAP_FIXED = 2, MREMAP_DONTUNMAP = 4;

/** Whether Linux would hold `a` and the area `b` just above it as one (vma_merge's test: rights, backing, locks). */
function mergeable(a: Vma, b: Vma): boolean {
  if (a.end !== b.start || a.prot !== b.prot || a.maxProt !== b.maxProt || a.locked !== b.locked || Boolean(a.growsDown) !== Boolean(b.growsDown)) return false;
  if (a.file === null || b.file === null) return a.file === b.file && a.name === b.name;
  return a.file.inode === b.file.inode && a.file.shared === b.file.shared && b.file.offset === a.file.offset + (a.end - a.start);
}

/** The end of the area holding `addr` as Linux sees it: `first`'s, or that of the last area merged with it. */
function mergedEnd(p: Process, first: Vma): number {
  let last = first;
  for (let i = firstEndingAfter(p.vmas, first.start) + 1; i < p.vmas.length && mergeable(last, p.vmas[i]); i++) last = p.vmas[i];
  return last.end;
}

/**
 * mremap(addr, oldLen, newLen, flags, newAddr). Linux's checks in its order: an unknown flag,
 * MREMAP_FIXED without MREMAP_MAYMOVE, MREMAP_DONTUNMAP without MREMAP_MAYMOVE or with another
 * length, an unaligned address, a new length of 0 (after rounding up to pages): -EINVAL; no area
 * at `addr` -EFAULT. Then a shrink unmaps the tail and returns `addr`; MREMAP_FIXED and
 * MREMAP_DONTUNMAP move (mremapTo); a range past its area is -EFAULT, an old length of 0 (a
 * second mapping of the same pages) -EINVAL unless the area is shared; a growth past RLIMIT_AS
 * or RLIMIT_DATA -ENOMEM; an area that can grow where it is (its range ends with it, nothing
 * above) grows; otherwise, with MREMAP_MAYMOVE it moves to a free range, without -ENOMEM. A
 * locked area's new pages are filled in. With the MMU off, as Linux without one: no move
 * (-EINVAL), no growth (-ENOMEM).
 */
export function sysMremap(k: Kernel, p: Process, addr: number, oldLength: number, newLength: number, flags: number, newAddr: number): number {
  if ((flags & ~(MREMAP_MAYMOVE | MREMAP_FIXED | MREMAP_DONTUNMAP)) !== 0) return -EINVAL;
  if ((flags & MREMAP_FIXED) !== 0 && (flags & MREMAP_MAYMOVE) === 0) return -EINVAL;
  if ((flags & MREMAP_DONTUNMAP) !== 0 && ((flags & MREMAP_MAYMOVE) === 0 || oldLength !== newLength)) return -EINVAL;
  if (k.physical && ((flags & (MREMAP_FIXED | MREMAP_DONTUNMAP)) !== 0 || ((flags & MREMAP_MAYMOVE) !== 0 && newLength !== oldLength))) return -EINVAL;
  if (addr % PAGE_SIZE !== 0) return -EINVAL;
  let oldLen = pageAlign(oldLength);
  const newLen = pageAlign(newLength);
  if (newLen === 0) return -EINVAL;
  const first = findVma(p.vmas, addr);
  if (!first) return -EFAULT;
  if ((flags & (MREMAP_FIXED | MREMAP_DONTUNMAP)) !== 0) {
    // mremap_to: the new range's checks, its old contents unmapped, the old range cut to the new length.
    if (newAddr % PAGE_SIZE !== 0 || newLen > USER_TOP || newAddr > USER_TOP - newLen) return -EINVAL;
    if (addr + oldLen > newAddr && newAddr + newLen > addr) return -EINVAL; // they overlap
    if ((flags & MREMAP_FIXED) !== 0) {
      if (newAddr < MMAP_MIN) return -EPERM; // as mmap's MAP_FIXED there
      unmapRange(k, p, newAddr, newAddr + newLen);
    }
    if (oldLen > newLen) {
      if (addr + oldLen > USER_TOP) return -EINVAL; // do_vmi_munmap's range check
      unmapRange(k, p, addr + newLen, addr + oldLen);
      oldLen = newLen;
    }
    // The unmaps may have split it (its page at addr stays), or with an old length of 0 taken it
    // all (the new range over it): then, as Linux's vma_to_resize finds no area, -EFAULT.
    const area = findVma(p.vmas, addr);
    if (!area) return -EFAULT;
    const refused = resizeRefused(p, area, addr, oldLen, newLen);
    if (refused !== 0) return refused;
    if ((flags & MREMAP_DONTUNMAP) !== 0 && !mayExpand(p, isDataArea(area), oldLen / PAGE_SIZE)) return -ENOMEM;
    const to = (flags & MREMAP_FIXED) !== 0 ? newAddr : findFree(k, p, newLen);
    if (to < 0) return -ENOMEM;
    return move(k, p, addr, oldLen, newLen, to, (flags & MREMAP_DONTUNMAP) !== 0);
  }
  if (oldLen >= newLen) {
    if (addr + oldLen > USER_TOP) return -EINVAL; // do_vmi_munmap's range check for the tail
    if (oldLen > newLen) unmapRange(k, p, addr + newLen, addr + oldLen);
    return addr;
  }
  const refused = resizeRefused(p, first, addr, oldLen, newLen);
  if (refused !== 0) return refused;
  const end = addr + oldLen, grown = end + newLen - oldLen;
  if (oldLen > 0 && end === mergedEnd(p, first) && grown <= USER_TOP && !overlapsAny(p.vmas, end, grown)) {
    if (k.physical) return -ENOMEM; // no room is kept after an area without an MMU
    const last = findVma(p.vmas, end - 1)!;
    if (last.file && last.file.size >= last.end - last.start) last.file.size += grown - end;
    last.end = grown;
    if (last.locked === 'populated') populate(k, p, end, grown, true);
    return addr;
  }
  if ((flags & MREMAP_MAYMOVE) === 0) return -ENOMEM;
  const to = findFree(k, p, newLen);
  if (to < 0) return -ENOMEM;
  return move(k, p, addr, oldLen, newLen, to, false);
}

const isDataArea = (v: Vma): boolean => isData(v.prot, Boolean(v.file?.shared), Boolean(v.growsDown));

/** Linux's vma_to_resize: why [addr, addr + oldLen) of the area `first` may not become newLen bytes (a negative errno), or 0. */
function resizeRefused(p: Process, first: Vma, addr: number, oldLen: number, newLen: number): number {
  if (oldLen === 0 && !first.file?.shared) return -EINVAL; // a second mapping of private memory would not be the same pages
  if (oldLen > mergedEnd(p, first) - addr) return -EFAULT; // across areas
  if (newLen === oldLen) return 0;
  // A file's page offset is 32 bits on rv32: the grown range's last page must not pass it.
  if (first.file && (first.file.offset + (addr - first.start)) / PAGE_SIZE + newLen / PAGE_SIZE > 0xffffffff) return -EINVAL;
  if (newLen > oldLen && !mayExpand(p, isDataArea(first), (newLen - oldLen) / PAGE_SIZE)) return -ENOMEM;
  return 0;
}

/**
 * Move [addr, addr + oldLen) to `to`, newLen bytes (the last area grown by the difference), its
 * page-table entries with it; the old range unmapped, or with `keepOld` (MREMAP_DONTUNMAP) left
 * mapped, empty and unlocked. An old length of 0 maps the shared area at `addr` again at `to`.
 * Returns `to`, or -ENOMEM if no frame could be had for the new range's page tables.
 */
function move(k: Kernel, p: Process, addr: number, oldLen: number, newLen: number, to: number, keepOld: boolean): number {
  const ctx = k.memory.pageTables, ram = k.machine.ram, delta = to - addr;
  // The page tables the entries move into, first: making one may reclaim, which changes entries.
  if (!k.physical) {
    for (let va = addr; va < addr + oldLen; va += PAGE_SIZE) {
      const from = walk(ctx, p.root, va, false);
      if (from >= 0 && ram.read32(from) !== 0 && walk(ctx, p.root, va + delta, true) < 0) return -ENOMEM;
    }
  }
  const pieces = oldLen === 0 ? [sliceVma(findVma(p.vmas, addr)!, addr, addr)]
    : areasIn(p.vmas, addr, addr + oldLen).map((v) => sliceVma(v, Math.max(v.start, addr), Math.min(v.end, addr + oldLen)));
  const moved = pieces.map((v) => ({ ...v, start: v.start + delta, end: v.end + delta }));
  const last = moved[moved.length - 1];
  if (last.file) {
    last.file.size = Math.min(last.file.size, last.end - last.start);
    if (last.file.size === last.end - last.start) last.file.size += newLen - oldLen;
  }
  last.end = to + newLen;
  if (!k.physical) {
    const rmap = k.memory.reclaimer.rmap;
    for (let va = addr; va < addr + oldLen; va += PAGE_SIZE) {
      const from = walk(ctx, p.root, va, false);
      if (from < 0) continue;
      const pte = ram.read32(from);
      if (pte === 0) continue;
      ram.write32(walk(ctx, p.root, va + delta, false), pte);
      ram.write32(from, 0);
      if ((pte & FLAG_V) === 0) continue; // a swap entry moves with its slot's reference
      rmap.add(pte >>> 10, p.root, va + delta, k.memory.nextTick()); // before the old one goes, so the page stays resident
      rmap.remove(pte >>> 10, p.root, va);
      ctx.flush(va);
    }
  }
  for (const v of moved) insertVma(p.vmas, v);
  if (keepOld) changeAreas(p.vmas, addr, addr + oldLen, (middle) => { middle.locked = undefined; });
  else if (oldLen > 0) {
    // The old range's areas go; their pages have moved (nothing to write back or free).
    const gone = new Set<Vma>();
    changeAreas(p.vmas, addr, addr + oldLen, (middle) => { gone.add(middle); });
    p.vmas = p.vmas.filter((v) => !gone.has(v));
    freedBelow(p, addr + oldLen);
  }
  if (last.locked === 'populated' && newLen > oldLen) populate(k, p, to + oldLen, to + newLen, true);
  return to;
}
