/**
 * The page cache: pages of files held in frames, keyed by (inode, page index). read() and write()
 * go through it (and, later, file mappings share its frames). A page absent from the cache is
 * read from the file's on-disk contents (disk work); a written page is dirty until written back
 * (writeBack: on fsync, at exit); clean pages are never written. The cache holds one reference to
 * each of its frames; when RAM runs out the kernel reclaims clean pages nobody else references.
 *
 * reclaim() does not look at every cached page: the cache keeps the frames that may have become
 * freeable (a page just cached, a page written back, a frame whose last other reference went:
 * Frames tells of it) and checks only those, so its cost is amortised over those events, not
 * proportional to the pages cached (docs/reclaim.md).
 */
import type { Ram } from '../../machine/ram.js';
import type { Frames } from './frames.js';
import type { GuestFs, Inode } from '../fs.js';
import { PAGE_SIZE } from './pagetable.js';

export interface CachedPage {
  frame: number;
  dirty: boolean;
  /** When its read from the disk completes (0: it was never read); until then a user waits for it. */
  readyAt: number;
}

export interface PageCacheStats {
  /** Pages read from disk into the cache, and written back to disk. */
  reads: number;
  writeBacks: number;
}

export class PageCache {
  private readonly files = new Map<Inode, Map<number, CachedPage>>();
  /** Which file page each cached frame holds, and when its page and its file's map were added (reclaim's order). */
  private readonly byFrame = new Map<number, CacheEntry>();
  readonly stats: PageCacheStats = { reads: 0, writeBacks: 0 };
  /** When each file's page map was made: reclaim frees pages in the order of `files`, then of each map. */
  private readonly fileSeq = new Map<Inode, number>();
  private seq = 0;
  /** Frames that may hold a page reclaim() can free (each once), and which frames are listed. */
  private candidates: number[] = [];
  private readonly listed: Uint8Array;
  /** Files whose page map truncate() emptied: reclaim() drops the empty map. */
  private readonly emptied = new Set<Inode>();

  constructor(private readonly ram: Ram, private readonly frames: Frames, private readonly fs: GuestFs | null,
    /** Allocates a frame for a page (reclaiming if needed), zeroed if `zero`; -1 when there is none. */
    private readonly allocFrame: (zero: boolean) => number,
    /** Moves page `index` of `inode` between the disk and RAM (the disk model's time); returns when it completes. */
    private readonly transfer: (inode: Inode, index: number, write: boolean) => number,
    /** Makes the process in the kernel wait until `time` (a page another one is still reading). */
    private readonly waitUntil: (time: number) => void) {
    this.listed = new Uint8Array(ram.frames);
    frames.onOneLeft = (frame) => this.consider(frame);
  }

  /** Whether page `index` of `inode` is in the cache. */
  has(inode: Inode, index: number): boolean {
    return this.files.get(inode)?.has(index) ?? false;
  }

  /** Whether page `index` of `inode` is in the cache and read in by time `now` (Linux's uptodate folio), not still on its way from the disk. */
  inMemory(inode: Inode, index: number, now: number): boolean {
    const page = this.files.get(inode)?.get(index);
    return page !== undefined && page.readyAt <= now;
  }

  /** Whether page `index` of `inode` would have to be read from disk (a major fault). */
  needsRead(inode: Inode, index: number): boolean {
    return !this.has(inode, index) && index * PAGE_SIZE < inode.size && !inode.kernelResident && (!inode.swapBacked || inode.stored.has(index));
  }

  /**
   * Page `index` of `inode`, read from disk if not cached (waiting for the read if another
   * process started it and it has not completed). Null if no frame can be had.
   */
  page(inode: Inode, index: number): CachedPage | null {
    let pages = this.files.get(inode);
    const cached = pages?.get(index);
    if (cached) {
      this.waitUntil(cached.readyAt);
      return cached;
    }
    const read = this.needsRead(inode, index);
    const start = index * PAGE_SIZE;
    // What the disk holds of the page: less than the file's size says after a growth (ftruncate,
    // a write past the end) or a hole; the rest reads as zeros.
    const stored = read || inode.kernelResident ? inode.data.subarray(start, Math.min(inode.size, start + PAGE_SIZE)) : null;
    const frame = this.allocFrame(stored === null || stored.length < PAGE_SIZE); // a whole page read from the file needs no zeroing
    if (frame < 0) return null;
    let readyAt = 0;
    if (stored) this.ram.writeBytes(frame * PAGE_SIZE, stored);
    if (read) {
      this.stats.reads++;
      readyAt = this.transfer(inode, index, false);
    }
    const page = { frame, dirty: false, readyAt };
    pages = this.files.get(inode); // allocFrame may have reclaimed the file's last cached page, and its map with it
    if (!pages) {
      pages = new Map();
      this.files.set(inode, pages);
      this.fileSeq.set(inode, ++this.seq);
    }
    pages.set(index, page);
    this.byFrame.set(frame, { inode, index, fileSeq: this.fileSeq.get(inode)!, seq: ++this.seq });
    this.frames.watched[frame] = 1;
    this.consider(frame);
    return page;
  }

  /**
   * The file's `size` bytes as a reader sees them: its cached pages as they are in RAM (written
   * but maybe not written back), the others as on disk. Reads nothing from the disk; copies
   * nothing when the disk holds them all and no cached page is dirty (a program run again).
   */
  contents(inode: Inode): Uint8Array {
    const data = inode.data;
    const pages = this.files.get(inode);
    if (data.length >= inode.size && ![...pages?.values() ?? []].some((p) => p.dirty)) return data.subarray(0, inode.size);
    const bytes = new Uint8Array(inode.size);
    bytes.set(data.subarray(0, Math.min(data.length, inode.size)));
    for (const [index, page] of pages ?? []) {
      const start = index * PAGE_SIZE;
      if (start >= inode.size) continue;
      const n = Math.min(PAGE_SIZE, inode.size - start);
      bytes.set(this.ram.bytes.subarray(page.frame * PAGE_SIZE, page.frame * PAGE_SIZE + n), start);
    }
    return bytes;
  }

  /** Whether `frame` holds a cached page (the frames the cache watches are exactly its own). */
  holds(frame: number): boolean {
    return this.frames.watched[frame] !== 0;
  }

  /** The file page cached in `frame`, if it is a page-cache frame. */
  owner(frame: number): { inode: Inode; index: number; page: CachedPage } | undefined {
    if (!this.holds(frame)) return undefined;
    const o = this.byFrame.get(frame);
    return o ? { inode: o.inode, index: o.index, page: this.files.get(o.inode)!.get(o.index)! } : undefined;
  }

  /** Drop page `index` of `inode` from the cache (written back first if dirty), releasing its frame. */
  evict(inode: Inode, index: number): void {
    const pages = this.files.get(inode);
    const page = pages?.get(index);
    if (!pages || !page) return;
    if (page.dirty) this.writeBack(inode, true);
    this.drop(inode, pages, index, page.frame);
  }

  /** Forget page `index` of `inode` (in `pages`, its map) and drop the cache's reference to `frame`. */
  private drop(inode: Inode, pages: Map<number, CachedPage>, index: number, frame: number): void {
    pages.delete(index);
    if (pages.size === 0) {
      this.files.delete(inode);
      this.fileSeq.delete(inode);
    }
    this.byFrame.delete(frame);
    this.frames.watched[frame] = 0;
    this.frames.kfree(frame);
  }

  /** `frame` may now hold a page reclaim() can free: list it (once) to be checked. */
  private consider(frame: number): void {
    if (this.listed[frame] !== 0) return;
    this.listed[frame] = 1;
    this.candidates.push(frame);
  }

  /**
   * Write the dirty pages of `inode` (or of every file) to disk; returns how many. Shared
   * anonymous memory is written only when `evicting` (it has no file to keep up to date).
   */
  writeBack(inode?: Inode, evicting = false): number {
    let written = 0;
    for (const [file, pages] of inode ? [[inode, this.files.get(inode)] as const] : this.files) {
      if (!pages || (file.swapBacked && !evicting)) continue;
      let changed = false;
      for (const [index, page] of pages) {
        if (!page.dirty) continue;
        const start = index * PAGE_SIZE;
        const length = Math.max(0, Math.min(PAGE_SIZE, file.size - start));
        file.writeData(start, this.ram.bytes.subarray(page.frame * PAGE_SIZE, page.frame * PAGE_SIZE + length));
        this.transfer(file, index, true);
        if (file.swapBacked) file.stored.add(index);
        page.dirty = false;
        this.consider(page.frame);
        written++;
        changed = true;
      }
      if (changed) this.fs?.persist(file);
    }
    this.stats.writeBacks += written;
    return written;
  }

  /**
   * Memory's last resort: write back the files with a dirty page only the cache references (no
   * mapping, no reference held), so that reclaim() can free those pages; returns how many pages
   * were written. Looks at every cached page: it runs only when nothing else can be freed.
   */
  writeBackUnreferenced(): number {
    const files = new Set<Inode>();
    for (const [frame, o] of this.byFrame) {
      if (this.frames.refcount[frame] === 1 && this.files.get(o.inode)!.get(o.index)!.dirty) files.add(o.inode);
    }
    let written = 0;
    for (const inode of files) written += this.writeBack(inode, true);
    return written;
  }

  /**
   * `inode`, now `size` bytes, is to be written from `at`, past its end: the cached page holding
   * its end reads zeros from there up to `at` or the page's end, so that bytes stored past the end
   * through a shared mapping never become file data when the file grows, as Linux zeroes them.
   */
  zeroGap(inode: Inode, size: number, at: number): void {
    if (at <= size || size % PAGE_SIZE === 0) return;
    const index = Math.floor(size / PAGE_SIZE);
    const page = this.files.get(inode)?.get(index);
    if (page) this.ram.zero(page.frame * PAGE_SIZE + (size % PAGE_SIZE), Math.min(at, (index + 1) * PAGE_SIZE) - size);
  }

  /** After truncation to `size`: drop whole pages past it, zero the rest of its last page. */
  truncate(inode: Inode, size: number): void {
    const pages = this.files.get(inode);
    if (!pages) return;
    for (const [index, page] of pages) {
      const start = index * PAGE_SIZE;
      if (start >= size) {
        this.byFrame.delete(page.frame);
        this.frames.watched[page.frame] = 0;
        this.frames.kfree(page.frame);
        pages.delete(index);
      } else if (start + PAGE_SIZE > size) {
        this.ram.zero(page.frame * PAGE_SIZE + (size - start), start + PAGE_SIZE - size);
      }
    }
    if (pages.size === 0) this.emptied.add(inode);
  }

  /**
   * Free every clean page that only the cache references; returns how many frames came back.
   * Only the listed frames are checked: a page that is dirty or still referenced elsewhere is
   * listed again when that changes (written back; its other references dropped). The pages are
   * freed in the order of a walk over every file and page, so frames return to the free list as
   * they always did.
   */
  reclaim(): number {
    if (this.candidates.length === 0 && this.emptied.size === 0) return 0;
    for (const inode of this.emptied) {
      if (this.files.get(inode)?.size === 0) {
        this.files.delete(inode);
        this.fileSeq.delete(inode);
      }
    }
    this.emptied.clear();
    const freeable: CacheEntry[] = [];
    for (const frame of this.candidates) {
      this.listed[frame] = 0;
      const o = this.byFrame.get(frame);
      if (o && this.frames.refcount[frame] === 1 && !this.files.get(o.inode)!.get(o.index)!.dirty) freeable.push(o);
    }
    this.candidates = [];
    freeable.sort((a, b) => a.fileSeq - b.fileSeq || a.seq - b.seq);
    for (const o of freeable) {
      const pages = this.files.get(o.inode)!;
      this.drop(o.inode, pages, o.index, pages.get(o.index)!.frame);
    }
    return freeable.length;
  }

  /** The frames holding cached pages. */
  cachedFrames(): IterableIterator<number> {
    return this.byFrame.keys();
  }

  /** Pages cached of shared anonymous memory (what Linux's sysinfo calls sharedram). */
  sharedAnonymousPages(): number {
    let n = 0;
    for (const [inode, pages] of this.files) if (inode.swapBacked) n += pages.size;
    return n;
  }

  /** Pages cached now. */
  get size(): number {
    return this.byFrame.size;
  }
}

/** A cached frame's page, and when its page and its file's map were added. */
interface CacheEntry {
  inode: Inode;
  index: number;
  fileSeq: number;
  seq: number;
}
