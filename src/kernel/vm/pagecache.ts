/**
 * The page cache: pages of files held in frames, keyed by (inode, page index). read() and write()
 * go through it (and, later, file mappings share its frames). A page absent from the cache is
 * read from the file's on-disk contents (disk work); a written page is dirty until written back
 * (writeBack: on fsync, at exit); clean pages are never written. The cache holds one reference to
 * each of its frames; when RAM runs out the kernel reclaims clean pages nobody else references.
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
  /** Which file page each cached frame holds. */
  private readonly byFrame = new Map<number, { inode: Inode; index: number }>();
  readonly stats: PageCacheStats = { reads: 0, writeBacks: 0 };

  constructor(private readonly ram: Ram, private readonly frames: Frames, private readonly fs: GuestFs | null,
    /** Allocates a frame for a page (reclaiming if needed); -1 when there is none. */
    private readonly allocFrame: () => number,
    /** Moves page `index` of `inode` between the disk and RAM (the disk model's time); returns when it completes. */
    private readonly transfer: (inode: Inode, index: number, write: boolean) => number,
    /** Makes the process in the kernel wait until `time` (a page another one is still reading). */
    private readonly waitUntil: (time: number) => void) {}

  /** Whether page `index` of `inode` is in the cache. */
  has(inode: Inode, index: number): boolean {
    return this.files.get(inode)?.has(index) ?? false;
  }

  /** Whether page `index` of `inode` would have to be read from disk (a major fault). */
  needsRead(inode: Inode, index: number): boolean {
    return !this.has(inode, index) && index * PAGE_SIZE < inode.size && (!inode.swapBacked || inode.stored.has(index));
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
    const frame = this.allocFrame();
    if (frame < 0) return null;
    const start = index * PAGE_SIZE;
    const end = Math.min(inode.size, start + PAGE_SIZE);
    let readyAt = 0;
    if (read) {
      this.ram.writeBytes(frame * PAGE_SIZE, inode.data.subarray(start, end));
      this.stats.reads++;
      readyAt = this.transfer(inode, index, false);
    }
    const page = { frame, dirty: false, readyAt };
    pages = this.files.get(inode); // allocFrame may have reclaimed the file's last cached page, and its map with it
    if (!pages) {
      pages = new Map();
      this.files.set(inode, pages);
    }
    pages.set(index, page);
    this.byFrame.set(frame, { inode, index });
    return page;
  }

  /** The file page cached in `frame`, if it is a page-cache frame. */
  owner(frame: number): { inode: Inode; index: number; page: CachedPage } | undefined {
    const o = this.byFrame.get(frame);
    return o ? { ...o, page: this.files.get(o.inode)!.get(o.index)! } : undefined;
  }

  /** Drop page `index` of `inode` from the cache (written back first if dirty), releasing its frame. */
  evict(inode: Inode, index: number): void {
    const pages = this.files.get(inode);
    const page = pages?.get(index);
    if (!pages || !page) return;
    if (page.dirty) this.writeBack(inode, true);
    pages.delete(index);
    if (pages.size === 0) this.files.delete(inode);
    this.byFrame.delete(page.frame);
    this.frames.kfree(page.frame);
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
        written++;
        changed = true;
      }
      if (changed) this.fs?.persist(file);
    }
    this.stats.writeBacks += written;
    return written;
  }

  /** After truncation to `size`: drop whole pages past it, zero the rest of its last page. */
  truncate(inode: Inode, size: number): void {
    const pages = this.files.get(inode);
    if (!pages) return;
    for (const [index, page] of pages) {
      const start = index * PAGE_SIZE;
      if (start >= size) {
        this.frames.kfree(page.frame);
        this.byFrame.delete(page.frame);
        pages.delete(index);
      } else if (start + PAGE_SIZE > size) {
        this.ram.zero(page.frame * PAGE_SIZE + (size - start), start + PAGE_SIZE - size);
      }
    }
  }

  /** Free clean pages that only the cache references; returns how many frames came back. */
  reclaim(): number {
    let freed = 0;
    for (const [inode, pages] of this.files) {
      for (const [index, page] of pages) {
        if (page.dirty || this.frames.refcount[page.frame] !== 1) continue;
        this.frames.kfree(page.frame);
        this.byFrame.delete(page.frame);
        pages.delete(index);
        freed++;
      }
      if (pages.size === 0) this.files.delete(inode); // a file with no page cached costs reclaim nothing
    }
    return freed;
  }

  /** The frames holding cached pages. */
  cachedFrames(): IterableIterator<number> {
    return this.byFrame.keys();
  }

  /** Pages cached now. */
  get size(): number {
    let n = 0;
    for (const pages of this.files.values()) n += pages.size;
    return n;
  }
}
