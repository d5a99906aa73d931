/**
 * The kernel's memory: physical frames, the page tables that map them, the page cache, reclaim
 * (the replacement policy, the reverse map and swap) and the replacement policies' clock. The
 * page-fault handler, fork, exit and the system calls reach frames and page tables through it.
 */
import type { Machine } from '../../machine/machine.js';
import { FLAG_A, FLAG_D, FLAG_G, FLAG_R, FLAG_V, FLAG_W } from '../../machine/tlb.js';
import { DISK_BLOCKS } from '../../machine/disk.js';
import type { KernelClock } from '../clock.js';
import type { GuestFs } from '../fs.js';
import type { Process } from '../proc.js';
import { Frames } from './frames.js';
import { PAGES_PER_MEGAPAGE, PAGE_SIZE, isMegapage, lookup, mappage, megapageKey, peek, splitMegapage, type PageTableContext } from './pagetable.js';
import { PageCache } from './pagecache.js';
import { Reclaimer } from './reclaim.js';
import { ReverseMap } from './rmap.js';
import { SwapArea, isSwapEntry, swapSlotOf } from './swap.js';
import { findVma, type Vma } from './vma.js';
import type { ReplacementPolicy } from '../policies/policy.js';
import { eventsOf, type VmEvent } from '../events.js';
import type { Probe } from '../../machine/probe.js';

/** Where the kernel's linear map of RAM starts (supervisor-only megapages, as 32-bit Linux). */
export const KERNEL_BASE = 0xc0000000;
const MEGAPAGE = 4 * 1024 * 1024;
/** The swap area's first disk block (the upper half of the disk; files use the lower). */
const SWAP_FIRST_BLOCK = DISK_BLOCKS / 2;

/** Megapages mapped, and split into ordinary pages (by fork, munmap, mprotect, reclaim...). */
export interface MegapageStats {
  mapped: number;
  split: number;
}

/** What memory needs to know of the processes: whose a page table is, and whether one has run since. */
export interface ProcessLookup {
  ownerOf(root: number): Process | undefined;
  byPid: ReadonlyMap<number, Process>;
}

export class Memory {
  readonly frames: Frames;
  /** What the page-table functions need: RAM, frames, and the TLB flush for one page. */
  readonly pageTables: PageTableContext;
  readonly pageCache: PageCache;
  readonly reclaimer: Reclaimer;
  /** The replacement policies' clock: one tick per page mapped and per access observed. */
  private tick = 0;
  /** The shared zero frame (Linux's ZERO_PAGE), made on first use and kept for good; -1 until then. */
  zeroFrame = -1;
  private readonly events: Probe<VmEvent>;
  readonly megapages: MegapageStats = { mapped: 0, split: 0 };

  constructor(private readonly machine: Machine, private readonly clock: KernelClock, fs: GuestFs | null,
    policy: ReplacementPolicy, swapBytes: number, processes: ProcessLookup) {
    this.frames = new Frames(machine.ram);
    const events = this.events = eventsOf(machine);
    this.pageTables = {
      ram: machine.ram, frames: this.frames, alloc: () => this.allocFrame(), flush: (va) => machine.mmu.flushPage(va),
      removed: (root, va, pte) => this.removed(root, va, pte),
      deposits: new Map(),
      split: (root, va, frame) => {
        if (va % (PAGE_SIZE * PAGES_PER_MEGAPAGE) === 0) { // its first page: one split, its 1,024 pages now counted one by one
          this.megapages.split++;
          this.reclaimer.rmap.residentByRoot.change(root, -PAGES_PER_MEGAPAGE);
        }
        this.clock.charge('memory'); // the PTE written
        this.reclaimer.rmap.add(frame, root, va, this.nextTick());
      },
    };
    this.pageCache = new PageCache(machine.ram, this.frames, fs, (zero) => this.allocFrame(zero),
      (inode, index, write) => clock.diskTransfer((inode.ino % 256) * 4096 + index, write), (time) => clock.waitUntil(time));
    this.reclaimer = new Reclaimer(machine.ram, this.frames, this.pageTables, this.pageCache, new ReverseMap(machine.ram.frames),
      new SwapArea(Math.floor(swapBytes / PAGE_SIZE)), policy,
      (slot) => this.swapTransfer(slot, true), () => this.tick,
      (root, va, frame, dirty, to) => {
        const p = processes.ownerOf(root);
        const vma = p ? findVma(p.vmas, va) : undefined;
        if (vma) vma.faults.evictions++;
        if (events.wants('evict')) events.emit({ type: 'evict', cycle: clock.cycles, pid: p?.pid ?? null, va, frame, dirty, to });
      },
      (pid, progress) => {
        const p = processes.byPid.get(pid);
        return p !== undefined && !p.exited && p.progress === progress;
      },
      (root, va) => {
        const p = processes.ownerOf(root);
        return p !== undefined && p.everLocked && findVma(p.vmas, va)?.locked !== undefined;
      });
    if (policy.used) machine.mmu.accessHook = (frame) => this.reclaimer.used(frame, ++this.tick);
  }

  /**
   * A frame for the kernel's use, zeroed unless `zero` is false (the caller overwrites the whole
   * page at once). When RAM is full: clean page-cache pages nobody maps are reclaimed first,
   * then the replacement policy evicts resident pages, and last the dirty page-cache pages
   * nobody maps are written back and reclaimed (a write() of a file larger than RAM). Returns
   * -1 if there is still none (RAM and swap are full, or nothing in RAM can be evicted).
   */
  allocFrame(zero = true): number {
    const frame = this.frames.kalloc(zero);
    if (frame >= 0) return frame;
    if (this.pageCache.reclaim() === 0 && !this.reclaimer.evictOne() && !(this.splitOldestMegapage() && this.reclaimer.evictOne()) &&
      !(this.pageCache.writeBackUnreferenced() > 0 && this.pageCache.reclaim() > 0)) return -1;
    return this.frames.kalloc(zero);
  }

  /**
   * 1,024 zeroed frames starting at a multiple of 1,024, for a megapage (each with one reference),
   * or -1. When no such run is free: clean page-cache pages nobody maps are reclaimed, then the
   * run with the fewest frames in use, all of them evictable user pages, is emptied by evicting
   * them (whatever the policy would pick). Page tables and pinned frames cannot move: the run
   * can fail while frames are free.
   */
  allocMegapage(): number {
    let first = this.frames.allocRun(PAGES_PER_MEGAPAGE);
    if (first >= 0) return first;
    if (this.pageCache.reclaim() > 0) first = this.frames.allocRun(PAGES_PER_MEGAPAGE);
    if (first < 0 && this.emptyRun()) first = this.frames.allocRun(PAGES_PER_MEGAPAGE);
    return first;
  }

  /** Evict the pages of the aligned run of 1,024 frames that has fewest in use, all evictable; false if there is none. */
  private emptyRun(): boolean {
    const { refcount } = this.frames;
    let best = -1, bestUsed = PAGES_PER_MEGAPAGE + 1;
    for (let start = 0; start + PAGES_PER_MEGAPAGE <= this.machine.ram.frames; start += PAGES_PER_MEGAPAGE) {
      let used = 0;
      for (let f = start; f < start + PAGES_PER_MEGAPAGE && used < bestUsed; f++) {
        if (refcount[f] === 0) continue;
        if (!this.reclaimer.evictable(f)) used = bestUsed; // a page table, the page cache's, pinned: not this run
        else used++;
      }
      if (used < bestUsed) [best, bestUsed] = [start, used];
    }
    if (best < 0) return false;
    for (let f = best; f < best + PAGES_PER_MEGAPAGE; f++) if (refcount[f] !== 0 && !this.reclaimer.evictFrame(f)) return false;
    return true;
  }

  /**
   * Map user megapage `va` under `root` to the 1,024 frames from `first` with PTE `flags` (V is
   * added), handing over their references, with a page table set aside to split it into: the
   * empty level-0 table already there, or a new one. False if no frame could be had for it.
   * The caller has checked that nothing is mapped there.
   */
  mapMegapage(root: number, va: number, first: number, flags: number): boolean {
    const top = root * PAGE_SIZE + (va >>> 22) * 4;
    const upper = this.machine.ram.read32(top);
    const table = upper & FLAG_V ? upper >>> 10 : this.allocFrame();
    if (table < 0) return false;
    this.pageTables.deposits.set(megapageKey(root, va), table);
    this.machine.ram.write32(top, (first << 10) | flags | FLAG_V);
    this.megapages.mapped++;
    this.reclaimer.rmap.residentByRoot.change(root, PAGES_PER_MEGAPAGE);
    return true;
  }

  /** Split the megapage mapped first (the oldest), so that reclaim can evict its pages; false if there is none. */
  private splitOldestMegapage(): boolean {
    for (const key of this.pageTables.deposits.keys()) {
      const root = Math.floor(key / 1024), va = ((key % 1024) << 22) >>> 0;
      splitMegapage(this.pageTables, root, va);
      return true;
    }
    return false;
  }

  /** Whether nothing is mapped in the 4 MiB at `va` under `root`: no level-0 table, or an empty one. */
  megapageFree(root: number, va: number): boolean {
    const upper = this.machine.ram.read32(root * PAGE_SIZE + (va >>> 22) * 4);
    if ((upper & FLAG_V) === 0) return true;
    if (isMegapage(upper)) return false;
    const table = (upper >>> 10) * PAGE_SIZE;
    for (let j = 0; j < PAGES_PER_MEGAPAGE; j++) if (this.machine.ram.read32(table + j * 4) !== 0) return false;
    return true;
  }

  /**
   * The shared zero frame, with one more reference for the caller (to map read-only: a write to it
   * must copy). The kernel keeps a reference of its own, so it is never freed. -1 if RAM is full.
   */
  sharedZeroFrame(): number {
    if (this.zeroFrame < 0) {
      const frame = this.allocFrame();
      if (frame < 0) return -1;
      this.zeroFrame = frame; // allocFrame zeroed it; its first reference is the kernel's
      this.reclaimer.rmap.uncountedFrame = frame;
    }
    this.frames.refcount[this.zeroFrame]++;
    return this.zeroFrame;
  }

  /** Run `f` with `frame` pinned (an extra reference), so that reclaim cannot take it meanwhile. */
  pinned<T>(frame: number, f: () => T): T {
    this.frames.refcount[frame]++;
    try {
      return f();
    } finally {
      this.frames.kfree(frame);
    }
  }

  /** Read (or write) swap slot `slot` from the disk: the process waits for a read. */
  swapTransfer(slot: number, write: boolean): void {
    if (this.events.wants('swap')) this.events.emit({ type: 'swap', cycle: this.clock.cycles, op: write ? 'out' : 'in', slot });
    this.clock.diskTransfer(SWAP_FIRST_BLOCK + slot, write);
  }

  /**
   * Drop one reference to user `frame` that no PTE stands for (a fault handler's). A frame freed so
   * that was in the swap cache, never mapped since it came back, leaves the cache: its swap
   * entries keep their slot references.
   */
  dropFrameReference(frame: number): void {
    this.frames.kfree(frame);
    if (this.frames.refcount[frame] === 0) this.reclaimer.uncache(frame);
  }

  /** Whether `frame` holds user data: a page some process maps, or a page-cache, swap-cache or zero frame (not a page table). */
  holdsUserData(frame: number): boolean {
    return this.reclaimer.rmap.count(frame) > 0 || this.pageCache.owner(frame) !== undefined ||
      this.reclaimer.cachedSlot(frame) !== undefined || frame === this.zeroFrame;
  }

  /** Map user page `va` under root table `root` to `frame`, recording it in the reverse map. False if out of frames. */
  mapUser(root: number, va: number, frame: number, flags: number): boolean {
    if (!mappage(this.pageTables, root, va, frame, flags)) return false;
    this.reclaimer.rmap.add(frame, root, va, this.nextTick());
    return true;
  }

  /** The replacement policies' clock, advanced by one (each page mapped is a tick). */
  nextTick(): number {
    return ++this.tick;
  }

  /** The frame now at `page` of `p` stays resident until `p` retires an instruction (reclaim.ts). */
  keepFresh(p: Process, page: number): void {
    const { pte, mega } = peek(this.pageTables, p.root, page);
    if ((pte & FLAG_V) && !mega) this.reclaimer.markFresh(pte >>> 10, p.pid, p.progress); // a megapage is never evicted as it is
  }

  /** Map RAM at KERNEL_BASE in the root table `root` with supervisor-only global megapages: all of it up to 1 GiB, what fits below 4 GiB. */
  mapKernel(root: number): void {
    const ram = this.machine.ram;
    for (let i = 0; i * MEGAPAGE < ram.size && KERNEL_BASE + i * MEGAPAGE < 0x100000000; i++) {
      const pte = ((i * 1024) << 10) | FLAG_V | FLAG_R | FLAG_W | FLAG_G | FLAG_A | FLAG_D;
      ram.write32(root * PAGE_SIZE + ((KERNEL_BASE >>> 22) + i) * 4, pte);
    }
  }

  /**
   * Mark the page-cache pages that a shared file area of `p` dirtied (D set in their PTEs) in
   * [start, end) as dirty, clearing D (and the TLB entries that cached it). Only a PTE that maps
   * the cache's own frame counts: any other frame there (a fault-handler plug-in may map one)
   * keeps its D, and eviction must swap it. Nothing is allocated, so no PTE changes meanwhile.
   */
  collectDirty(p: Process, v: Vma, start: number, end: number): void {
    if (!v.file?.shared) return;
    for (let page = Math.max(start, v.start); page < Math.min(end, v.end); page += PAGE_SIZE) {
      const { pte, address } = lookup(this.pageTables, p.root, page);
      if ((pte & (FLAG_V | FLAG_D)) !== (FLAG_V | FLAG_D)) continue;
      const cached = this.pageCache.owner(pte >>> 10);
      if (cached?.inode !== v.file.inode) continue;
      cached.page.dirty = true;
      this.machine.ram.write32(address, pte & ~FLAG_D);
      this.machine.mmu.flushPage(page);
    }
  }

  /**
   * A user PTE went away (unmapped, or its address space freed): forget its frame or swap slot.
   * Charged a memory read and write, as fork's copy of a PTE is.
   */
  private removed(root: number, va: number, pte: number): void {
    this.clock.charge('memory', 2);
    this.forgetMapping(root, va, pte);
  }

  /**
   * What removed() does, uncharged: user PTE `pte` of `va` under `root` goes away. Its frame leaves
   * the reverse map, and a frame in the swap cache that nobody maps any more gives up its slot
   * (its last mapping's reference). A swap entry's slot reference is released.
   */
  forgetMapping(root: number, va: number, pte: number): void {
    const reclaimer = this.reclaimer;
    if (pte & FLAG_V) {
      const frame = pte >>> 10;
      reclaimer.rmap.remove(frame, root, va);
      const slot = reclaimer.cachedSlot(frame);
      if (slot !== undefined && reclaimer.rmap.count(frame) === 0) {
        reclaimer.swap.release(slot);
        reclaimer.uncache(frame);
      }
    } else if (isSwapEntry(pte)) {
      reclaimer.swap.release(swapSlotOf(pte));
    }
  }
}
