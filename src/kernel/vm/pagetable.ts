/**
 * Sv32 page tables in RAM, edited by the kernel (xv6's names: walk, mappages, uvmunmap).
 * A PTE is PPN[31:10] RSW[9:8] D A G U X W R V. Every function that changes or removes a valid
 * leaf flushes that page from the TLBs (the sfence.vma rule), through `flush`.
 */
import { FLAG_R, FLAG_V, FLAG_W, FLAG_X } from '../../machine/tlb.js';
import type { Ram } from '../../machine/ram.js';
import type { Frames } from './frames.js';

export const PAGE_SIZE = 4096;
export const PAGE_SHIFT = 12;

export interface PageTableContext {
  ram: Ram;
  frames: Frames;
  /** A zeroed frame for a page table (the kernel's allocator, which may reclaim); -1 if none. */
  alloc: () => number;
  /** sfence.vma for one page. */
  flush: (va: number) => void;
  /** Called for each user PTE that uvmunmap or freewalk removes (present or swapped out). */
  removed: (root: number, va: number, pte: number) => void;
}

/**
 * The physical address of the level-0 PTE for `va` under the root table at frame `root`.
 * With `alloc`, missing intermediate tables are allocated. Returns -1 if there is no table
 * (or no frame to make one), or if `va` is mapped by a megapage.
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
    return -1;
  }
  return (pte >>> 10) * PAGE_SIZE + ((va >>> PAGE_SHIFT) & 0x3ff) * 4;
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
 * Free every frame of a user page table below `userTop` (leaves and tables), and the root,
 * telling `removed` of each user entry.
 */
export function freewalk(ctx: PageTableContext, root: number, userTop: number): void {
  for (let i = 0; i < (userTop >>> 22); i++) {
    const pte = ctx.ram.read32(root * PAGE_SIZE + i * 4);
    if ((pte & FLAG_V) === 0 || (pte & (FLAG_R | FLAG_W | FLAG_X)) !== 0) continue;
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
