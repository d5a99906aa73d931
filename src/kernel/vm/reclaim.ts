/**
 * Reclaim: when no frame is free, the replacement policy picks a resident user page and it is
 * evicted. A page-cache page (a file mapped shared, or privately and not yet written) is unmapped
 * everywhere and dropped from the cache (written back first if dirty). Any other page (anonymous,
 * or a private copy): if dirty (D set in a PTE), it is written to the swap area and every PTE that
 * mapped it remembers the slot; if clean, it is dropped without a write: back to its swap slot if
 * it came from swap (the slot still holds it), or to nothing (the next touch fills it again from
 * its file or with zeros). Every PTE changed is flushed from the TLBs. A frame a fault has just
 * mapped is not a candidate until its process has run an instruction since (markFresh):
 * otherwise two processes short of RAM could take each other's page away while each waits for
 * the disk, and neither would ever get past its faulting instruction. Nor is a frame that
 * evicting would not free (pinned: a fault holds an extra reference while it copies from it or
 * maps it): evictOne frees a frame or says it cannot. A page some mapping holds locked (mlock) is
 * never evicted: the first time the policy picks it, it is set aside as unevictable (it stops
 * being a candidate, and the policy is told it is unmapped, as Linux moves such a page to its
 * unevictable list), until a mapping of it goes away or is unlocked (restore).
 *
 * A policy with the event form (policy.ts) is told of every frame that becomes resident or stops
 * being resident (through the reverse map) and picks among the candidates kept here in frame
 * order: an eviction costs the same whatever the size of RAM. A policy with only the teaching
 * form is shown a list of every candidate page, built for each eviction.
 */
import type { Ram } from '../../machine/ram.js';
import { FLAG_A, FLAG_D, FLAG_V } from '../../machine/tlb.js';
import type { Frames } from './frames.js';
import type { PageCache } from './pagecache.js';
import { PAGE_SIZE, walk, type PageTableContext } from './pagetable.js';
import type { ResidencyObserver, ReverseMap } from './rmap.js';
import { ResidentSet } from './resident.js';
import { swapEntry, type SwapArea } from './swap.js';
import type { Candidates, ReplacementPolicy, ResidentPage } from '../policies/policy.js';

export interface ReclaimStats {
  evictions: number;
  /**
   * Evicted anonymous pages written to swap, and those dropped without a write (clean: never
   * written, or their swap copy still good); evicted page-cache pages written back (dirty). The
   * other evictions are clean page-cache pages, dropped.
   */
  swapOuts: number;
  cleanDrops: number;
  dirtyFileEvictions: number;
}

export class Reclaimer {
  readonly stats: ReclaimStats = { evictions: 0, swapOuts: 0, cleanDrops: 0, dirtyFileEvictions: 0 };
  /**
   * The swap cache, per frame: the swap slot still holding a copy of its page (it came from swap
   * and is clean), or -1; the swap area records the frame for the slot (`cachedFrame`). The
   * association holds one reference to the slot.
   */
  private readonly slotOfFrame: Int32Array;
  /** Per frame: the pid whose fault last mapped it (0: none) and that process's progress count then. */
  private readonly freshPid: Int32Array;
  private readonly freshProgress: Float64Array;
  /** The frames whose freshPid is set (each once), so that fresh frames are found without a scan of RAM. */
  private readonly freshFrames: number[] = [];
  /** Per frame: 1 while it is set aside as locked (not a candidate; the policy told it is unmapped). */
  private readonly unevictable: Uint8Array;
  /** How many frames are set aside as locked. */
  unevictableCount = 0;
  /** The resident frames in frame order, for the event form's candidates. */
  private readonly residentSet: ResidentSet;
  private readonly candidates: Candidates;

  constructor(
    private readonly ram: Ram,
    private readonly frames: Frames,
    private readonly pageTables: PageTableContext,
    private readonly pageCache: PageCache,
    readonly rmap: ReverseMap,
    readonly swap: SwapArea,
    readonly policy: ReplacementPolicy,
    /** Queue a write of swap slot `slot` on the disk. */
    private readonly writeSwap: (slot: number) => void,
    /** The current time for the policy (cycles). */
    private readonly now: () => number,
    /**
     * Told of each mapping whose page was evicted (for per-area statistics and the evict event):
     * the page table's root and the address, the frame, whether the page was dirty, where it went.
     */
    private readonly evicted: (root: number, va: number, frame: number, dirty: boolean, to: 'swap' | 'file' | 'drop') => void,
    /** Whether process `pid` is alive and its progress count is still `progress`. */
    private readonly noProgress: (pid: number, progress: number) => boolean,
    /** Whether the mapping of `va` under root table `root` is in a locked area. */
    private readonly lockedAt: (root: number, va: number) => boolean,
  ) {
    this.slotOfFrame = new Int32Array(ram.frames).fill(-1);
    this.unevictable = new Uint8Array(ram.frames);
    this.freshPid = new Int32Array(ram.frames);
    this.freshProgress = new Float64Array(ram.frames);
    this.residentSet = new ResidentSet(ram.frames);
    const set = this.residentSet;
    this.candidates = {
      get count() { return set.count; },
      nth: (k) => set.nth(k),
      eligible: (frame) => set.has(frame),
      referenced: (frame) => this.referenced(frame),
      clearReferenced: (frame) => this.clearAccessed(frame),
    };
    const observer: ResidencyObserver = {
      resident: (frame, now) => {
        set.add(frame);
        policy.mapped?.(frame, now);
      },
      lost: (frame) => this.restore(frame),
      gone: (frame) => {
        set.remove(frame);
        if (this.unevictable[frame] === 0) policy.unmapped?.(frame);
        else this.setUnevictable(frame, 0); // the policy was told when it was set aside
      },
    };
    rmap.observer = observer;
  }

  /** An access to `frame` at time `now` (installed as the MMU's access hook when the policy asks for uses). */
  used(frame: number, now: number): void {
    this.rmap.lastUsed[frame] = now;
    this.policy.used?.(frame, now);
  }

  /**
   * A fault of process `pid` (whose progress count is `progress`) has just mapped `frame`: it is
   * not evicted until the process has retired an instruction (and counted it) since.
   */
  markFresh(frame: number, pid: number, progress: number): void {
    if (this.freshPid[frame] === 0) this.freshFrames.push(frame);
    this.freshPid[frame] = pid;
    this.freshProgress[frame] = progress;
  }

  private isFresh(frame: number): boolean {
    const pid = this.freshPid[frame];
    return pid !== 0 && this.noProgress(pid, this.freshProgress[frame]);
  }

  /** Whether a mapping of `frame` is in a locked area. */
  private isLocked(frame: number): boolean {
    for (let m = this.rmap.first(frame); m >= 0; m = this.rmap.next(m)) if (this.lockedAt(this.rmap.rootOf(m), this.rmap.vaOf(m))) return true;
    return false;
  }

  private setUnevictable(frame: number, value: number): void {
    this.unevictableCount += value - this.unevictable[frame];
    this.unevictable[frame] = value;
  }

  /** Set `frame`, which a locked mapping holds, aside: no longer a candidate, for the policy unmapped. */
  private setAside(frame: number): void {
    this.setUnevictable(frame, 1);
    this.residentSet.remove(frame);
    this.policy.unmapped?.(frame);
  }

  /**
   * A lock on `frame`'s page may have gone (its area unlocked, one of its mappings removed): if it
   * was set aside, it is a candidate again, for the policy newly mapped; the next time the policy
   * picks it, it is set aside again if another locked mapping still holds it.
   */
  restore(frame: number): void {
    if (this.unevictable[frame] === 0) return;
    this.setUnevictable(frame, 0);
    this.residentSet.add(frame);
    this.policy.mapped?.(frame, this.now());
  }

  /** `frame` now holds the page swap slot `slot` holds (taking over a reference to the slot). */
  cache(frame: number, slot: number): void {
    this.slotOfFrame[frame] = slot;
    this.swap.setCachedFrame(slot, frame);
  }

  /** `frame` no longer stands for its swap slot (the caller deals with the slot's reference). */
  uncache(frame: number): void {
    const slot = this.slotOfFrame[frame];
    if (slot < 0) return;
    this.slotOfFrame[frame] = -1;
    this.swap.setCachedFrame(slot, -1);
  }

  /** The swap slot whose copy of its page `frame` holds (the swap cache), if any. */
  cachedSlot(frame: number): number | undefined {
    const slot = this.slotOfFrame[frame];
    return slot < 0 ? undefined : slot;
  }

  /** The swap cache: each frame that holds a copy of a swap slot's page, with the slot. */
  *swapCache(): IterableIterator<[frame: number, slot: number]> {
    for (let frame = 0; frame < this.slotOfFrame.length; frame++) if (this.slotOfFrame[frame] >= 0) yield [frame, this.slotOfFrame[frame]];
  }

  /**
   * The frame in RAM that still holds swap slot `slot`'s page unchanged (no PTE mapping it is
   * dirty), if any: another PTE holding the slot can map that frame instead of reading the slot.
   */
  cleanFrameOf(slot: number): number | undefined {
    const frame = this.swap.cachedFrame(slot);
    if (frame < 0) return undefined;
    for (let m = this.rmap.first(frame); m >= 0; m = this.rmap.next(m)) if (this.pteOf(m) & FLAG_D) return undefined;
    return frame;
  }

  /**
   * Evict one resident page chosen by the policy, freeing its frame. False if none can be
   * (nothing resident that could be freed, or swap full).
   */
  evictOne(): boolean {
    return this.policy.pickVictim ? this.evictByEvents(this.policy.pickVictim) : this.evictFromList();
  }

  /** The event form: the policy picks among the candidates; a frame that cannot go is refused and it picks again. */
  private evictByEvents(pickVictim: (candidates: Candidates, now: number) => number): boolean {
    const set = this.residentSet;
    this.hideFresh();
    try {
      while (set.count > 0) {
        const frame = pickVictim.call(this.policy, this.candidates, this.now());
        if (set.has(frame) && this.isLocked(frame)) {
          this.setAside(frame);
          continue;
        }
        if (this.freeable(frame) && this.evict(frame)) return true;
        set.hide(frame);
      }
      return false;
    } finally {
      set.showAll();
    }
  }

  /** Leave the frames just faulted in out of the candidates (and forget those no longer fresh). */
  private hideFresh(): void {
    let kept = 0;
    for (const frame of this.freshFrames) {
      if (this.isFresh(frame)) {
        this.freshFrames[kept++] = frame;
        this.residentSet.hide(frame);
      } else {
        this.freshPid[frame] = 0; // for good: a process's progress only grows, and pids are not reused
      }
    }
    this.freshFrames.length = kept;
  }

  /** The teaching form: the policy is shown every candidate page, a list built for this eviction. */
  private evictFromList(): boolean {
    const chooseVictim = this.policy.chooseVictim!;
    const resident = this.residentPages();
    while (resident.length > 0) {
      const before = resident.map((r) => r.referenced);
      const victim = chooseVictim.call(this.policy, resident, this.now());
      resident.forEach((r, i) => { if (before[i] && !r.referenced) this.clearAccessed(r.frame); });
      if (this.isLocked(victim.frame)) this.setAside(victim.frame);
      else if (this.freeable(victim.frame) && this.evict(victim.frame)) return true;
      resident.splice(resident.indexOf(victim), 1);
    }
    return false;
  }

  /** Whether the page in `frame` could be evicted now: resident, not just faulted in, not pinned, not locked. */
  evictable(frame: number): boolean {
    return this.rmap.count(frame) > 0 && !this.isFresh(frame) && this.freeable(frame) && !this.isLocked(frame);
  }

  /** Evict the page in `frame`, whatever the policy would pick (to free a run of frames); false if it cannot go. */
  evictFrame(frame: number): boolean {
    return this.evictable(frame) && this.evict(frame);
  }

  /**
   * Whether evicting `frame` would free it: no reference to it but its mappings' and the page
   * cache's (none pinned by a fault in progress).
   */
  private freeable(frame: number): boolean {
    const references = this.rmap.count(frame) + (this.pageCache.holds(frame) ? 1 : 0);
    return this.frames.refcount[frame] === references;
  }

  private residentPages(): ResidentPage[] {
    const pages: ResidentPage[] = [];
    for (const frame of this.rmap.frames()) {
      if (this.isFresh(frame) || this.unevictable[frame] !== 0) continue;
      const maps = this.rmap.mappings(frame);
      const ptes = maps.map((m) => this.pteAt(m.root, m.va));
      pages.push({
        frame, page: maps[0].va >>> 12, loadedAt: this.rmap.loadedAt[frame], lastUsed: this.rmap.lastUsed[frame],
        referenced: ptes.some((pte) => (pte & FLAG_A) !== 0), dirty: ptes.some((pte) => (pte & FLAG_D) !== 0),
        mappings: maps.map((m) => m.va),
      });
    }
    return pages;
  }

  /** The leaf PTE for `va` under `root` (0 if there is no level-0 table). */
  private pteAt(root: number, va: number): number {
    const address = walk(this.pageTables, root, va, false);
    return address < 0 ? 0 : this.ram.read32(address);
  }

  /** The PTE of the reverse-map mapping at cursor `m`. */
  private pteOf(m: number): number {
    return this.pteAt(this.rmap.rootOf(m), this.rmap.vaOf(m));
  }

  /** Whether any PTE mapping `frame` has A set. */
  private referenced(frame: number): boolean {
    for (let m = this.rmap.first(frame); m >= 0; m = this.rmap.next(m)) if (this.pteOf(m) & FLAG_A) return true;
    return false;
  }

  /** Clear A in every PTE mapping `frame` (a second chance), flushing the TLB entries. */
  private clearAccessed(frame: number): void {
    for (let m = this.rmap.first(frame); m >= 0; m = this.rmap.next(m)) {
      const va = this.rmap.vaOf(m);
      const address = walk(this.pageTables, this.rmap.rootOf(m), va, false);
      const pte = address < 0 ? 0 : this.ram.read32(address);
      if (pte & FLAG_A) {
        this.ram.write32(address, pte & ~FLAG_A);
        this.pageTables.flush(va);
      }
    }
  }

  /** Evict the page in `frame` from every mapping; false if it cannot go (swap full). */
  private evict(frame: number): boolean {
    const rmap = this.rmap;
    let dirty = false, holders = 0; // holders: the PTEs that will hold the page's swap slot
    for (let m = rmap.first(frame); m >= 0; m = rmap.next(m)) {
      const pte = this.pteOf(m);
      if (pte & FLAG_D) dirty = true;
      if (pte & FLAG_V) holders++;
    }
    const cached = this.pageCache.owner(frame);
    let entry = 0; // what the PTEs become: nothing (refill on the next touch), or a swap entry
    if (!cached) {
      let slot = this.cachedSlot(frame);
      if (dirty || slot === undefined) {
        // The stale cached copy goes, but only once the new one is stored: if the swap is full the
        // page stays as it is. (When the cache holds the only reference, freeing it makes room.)
        const old = slot;
        if (old !== undefined && this.swap.references(old) === 1) this.swap.release(old);
        slot = dirty ? this.swap.store(this.ram.bytes, frame * PAGE_SIZE) : undefined;
        if (slot === -1) return false;
        if (old !== undefined && old !== slot && this.swap.references(old) > 0) this.swap.release(old);
        if (slot !== undefined) {
          this.writeSwap(slot);
          this.stats.swapOuts++;
        }
      }
      if (!dirty) this.stats.cleanDrops++;
      if (slot !== undefined) {
        entry = swapEntry(slot);
        // One reference per PTE that will hold the slot (the first is the store's or the cache's).
        for (let i = 1; i < holders; i++) this.swap.retain(slot);
      }
      this.uncache(frame);
    }
    for (let m = rmap.first(frame), next = -1; m >= 0; m = next) {
      next = rmap.next(m); // before the mapping's node is freed
      const root = rmap.rootOf(m), va = rmap.vaOf(m);
      const address = walk(this.pageTables, root, va, false);
      const pte = address < 0 ? 0 : this.ram.read32(address);
      if ((pte & FLAG_V) === 0) continue;
      if (cached && (pte & FLAG_D)) cached.page.dirty = true;
      this.ram.write32(address, entry);
      this.pageTables.flush(va);
      rmap.remove(frame, root, va);
      this.frames.kfree(frame);
      this.evicted(root, va, frame, dirty, cached ? 'file' : entry !== 0 ? 'swap' : 'drop');
    }
    if (cached) {
      if (cached.page.dirty) this.stats.dirtyFileEvictions++;
      this.pageCache.evict(cached.inode, cached.index);
    }
    this.stats.evictions++;
    return true;
  }
}
