/**
 * Sv32 page tables in RAM, edited by the kernel (xv6's names: walk, mappages, uvmunmap).
 * A PTE is PPN[31:10] RSW[9:8] D A G U X W R V. Every function that changes or removes a valid
 * leaf flushes that page from the TLBs (the sfence.vma rule), through `flush`.
 *
 * User megapages: a level-1 leaf maps 4 MiB of anonymous memory to 1,024 contiguous frames (a
 * fault handler asks for it: faultapi.ts). A page table is set aside for each when it is mapped
 * (Linux's page-table deposit for a transparent huge page), so that it can always be split
 * into 1,024 ordinary PTEs: walk() splits a megapage it meets, so every caller that reads or
 * changes one page's PTE (munmap, mprotect, fork, reclaim) sees a level-0 PTE. peek() reads
 * without splitting. The megapage's frames are in no reverse map until it is split: reclaim does
 * not see them (it splits a megapage when it finds nothing else to evict: Memory.allocFrame).
 */
import { FLAG_R, FLAG_V, FLAG_W, FLAG_X } from '../../machine/tlb.js';
import type { Ram } from '../../machine/ram.js';
import type { Frames } from './frames.js';

export const PAGE_SIZE = 4096;
export const PAGE_SHIFT = 12;
/** A megapage: 4 MiB, 1,024 pages, mapped by one level-1 PTE. */
export const MEGAPAGE_SIZE = 1 << 22;
export const PAGES_PER_MEGAPAGE = 1024;

export interface PageTableContext {
  ram: Ram;
  frames: Frames;
  /** A zeroed frame for a page table (the kernel's allocator, which may reclaim); -1 if none. */
  alloc: () => number;
  /** sfence.vma for one page. */
  flush: (va: number) => void;
  /** Called for each user PTE that uvmunmap or freewalk removes (present or swapped out; a megapage's once). */
  removed: (root: number, va: number, pte: number) => void;
  /** The page table set aside for each user megapage, by megapageKey(root, va). */
  deposits: Map<number, number>;
  /** Called for each page a megapage split made an ordinary PTE of. */
  split: (root: number, va: number, frame: number) => void;
}

/** Where a megapage's table is kept: its root table and level-1 index. */
export const megapageKey = (root: number, va: number): number => root * 1024 + (va >>> 22);

/** Whether a level-1 PTE is a leaf (a megapage): valid with R, W or X. */
export const isMegapage = (pte: number): boolean => (pte & FLAG_V) !== 0 && (pte & (FLAG_R | FLAG_W | FLAG_X)) !== 0;

/**
 * The physical address of the level-0 PTE for `va` under the root table at frame `root`.
 * With `alloc`, missing intermediate tables are allocated. A user megapage on the way is split
 * first (into its deposited table: no allocation). Returns -1 if there is no table (or no frame
 * to make one), or if `va` is in one of the kernel's megapages.
 */
export function walk(ctx: PageTableContext, root: number, va: number, alloc: boolean): number {
  const top = root * PAGE_SIZE + (va >>> 22) * 4;
  let pte = ctx.ram.read32(top);
  if ((pte & FLAG_V) === 0) {
    if (!alloc) return -1;
    const table = ctx.alloc();
    if (table < 0) return -1;
    pte = (table << 10) | FLAG_V;
    ctx.ram.write32(top, pte);
  } else if ((pte & (FLAG_R | FLAG_W | FLAG_X)) !== 0) {
    if (!ctx.deposits.has(megapageKey(root, va))) return -1;
    splitMegapage(ctx, root, va);
    pte = ctx.ram.read32(top);
  }
  return (pte >>> 10) * PAGE_SIZE + ((va >>> PAGE_SHIFT) & 0x3ff) * 4;
}

/**
 * Split the user megapage holding `va` under `root` into 1,024 PTEs of the same rights, A and D,
 * in its deposited table; its TLB entries are dropped and `split` hears of each page.
 */
export function splitMegapage(ctx: PageTableContext, root: number, va: number): void {
  const top = root * PAGE_SIZE + (va >>> 22) * 4;
  const leaf = ctx.ram.read32(top);
  const key = megapageKey(root, va);
  const table = ctx.deposits.get(key)!;
  ctx.deposits.delete(key);
  const first = leaf >>> 10, base = (va - (va % MEGAPAGE_SIZE)) >>> 0;
  for (let j = 0; j < PAGES_PER_MEGAPAGE; j++) ctx.ram.write32(table * PAGE_SIZE + j * 4, ((first + j) << 10) | (leaf & 0x3ff));
  ctx.ram.write32(top, (table << 10) | FLAG_V);
  ctx.flush(base); // drops the megapage's TLB entry, whichever page it was filled for
  for (let j = 0; j < PAGES_PER_MEGAPAGE; j++) ctx.split(root, base + j * PAGE_SIZE, first + j);
}

/**
 * What maps user `va` under `root`, changing nothing: the leaf PTE (level 0, or a megapage's
 * level-1 PTE; 0 if none), its address (-1 if there is no level-0 table), the frame of va's page,
 * and whether it is a megapage.
 */
export function peek(ctx: PageTableContext, root: number, va: number): { pte: number; address: number; frame: number; mega: boolean } {
  const top = root * PAGE_SIZE + (va >>> 22) * 4;
  const upper = ctx.ram.read32(top);
  if (isMegapage(upper)) return { pte: upper, address: top, frame: (upper >>> 10) + ((va >>> PAGE_SHIFT) & 0x3ff), mega: true };
  if ((upper & FLAG_V) === 0) return { pte: 0, address: -1, frame: 0, mega: false };
  const address = (upper >>> 10) * PAGE_SIZE + ((va >>> PAGE_SHIFT) & 0x3ff) * 4;
  const pte = ctx.ram.read32(address);
  return { pte, address, frame: pte >>> 10, mega: false };
}

/** Map the page at `va` to frame `frame` with PTE flags `flags` (V is added). False if out of frames. */
export function mappage(ctx: PageTableContext, root: number, va: number, frame: number, flags: number): boolean {
  const pteAddress = walk(ctx, root, va, true);
  if (pteAddress < 0) return false;
  const old = ctx.ram.read32(pteAddress);
  ctx.ram.write32(pteAddress, (frame << 10) | flags | FLAG_V);
  if (old & FLAG_V) ctx.flush(va);
  return true;
}

/** The leaf PTE for `va` (0 if none) and where it is (-1 if there is no level-0 table). */
export function lookup(ctx: PageTableContext, root: number, va: number): { pte: number; address: number } {
  const address = walk(ctx, root, va, false);
  return { pte: address < 0 ? 0 : ctx.ram.read32(address), address };
}

/**
 * Unmap the pages of [start, end), dropping their frames; flushes each from the TLBs and tells
 * `removed` of each entry (present or swapped out) it clears.
 */
export function uvmunmap(ctx: PageTableContext, root: number, start: number, end: number): void {
  for (let va = start; va < end; va += PAGE_SIZE) {
    const address = walk(ctx, root, va, false);
    if (address < 0) continue;
    const pte = ctx.ram.read32(address);
    if (pte === 0) continue;
    ctx.ram.write32(address, 0);
    ctx.removed(root, va, pte);
    if ((pte & FLAG_V) === 0) continue;
    ctx.frames.kfree(pte >>> 10);
    ctx.flush(va);
  }
}

/**
 * Free every frame of a user page table below `userTop` (leaves, megapages with their deposited
 * tables, and tables), and the root, telling `removed` of each user entry.
 */
export function freewalk(ctx: PageTableContext, root: number, userTop: number): void {
  for (let i = 0; i < (userTop >>> 22); i++) {
    const pte = ctx.ram.read32(root * PAGE_SIZE + i * 4);
    if ((pte & FLAG_V) === 0) continue;
    if (isMegapage(pte)) {
      const key = megapageKey(root, i << 22);
      ctx.removed(root, (i << 22) >>> 0, pte);
      for (let j = 0; j < PAGES_PER_MEGAPAGE; j++) ctx.frames.kfree((pte >>> 10) + j);
      ctx.frames.kfree(ctx.deposits.get(key)!);
      ctx.deposits.delete(key);
      continue;
    }
    const table = pte >>> 10;
    for (let j = 0; j < 1024; j++) {
      const leaf = ctx.ram.read32(table * PAGE_SIZE + j * 4);
      if (leaf === 0) continue;
      ctx.removed(root, ((i << 22) | (j << 12)) >>> 0, leaf);
      if (leaf & FLAG_V) ctx.frames.kfree(leaf >>> 10);
    }
    ctx.frames.kfree(table);
  }
  ctx.frames.kfree(root);
}

/** How many pages below `userTop` the page table at frame `root` maps (valid leaf PTEs): a process's resident set. */
export function countMapped(ram: Ram, root: number, userTop: number): number {
  let count = 0;
  for (let i = 0; i < (userTop >>> 22); i++) {
    const pte = ram.read32(root * PAGE_SIZE + i * 4);
    if ((pte & FLAG_V) === 0 || (pte & (FLAG_R | FLAG_W | FLAG_X)) !== 0) continue;
    const table = (pte >>> 10) * PAGE_SIZE;
    for (let j = 0; j < 1024; j++) if (ram.read32(table + j * 4) & FLAG_V) count++;
  }
  return count;
}
