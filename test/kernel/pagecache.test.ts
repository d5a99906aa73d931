import { describe, expect, it } from 'vitest';
import { Ram } from '../../src/machine/ram.js';
import { Frames } from '../../src/kernel/vm/frames.js';
import { PageCache } from '../../src/kernel/vm/pagecache.js';
import { DetachedInodes, type Inode } from '../../src/kernel/fs.js';

/** A page cache over `frames` frames with no disk time; files of `pages` pages of 0x11, 0x22, ... */
function setup(frames: number): { cache: PageCache; framesOf: Frames; file: (pages: number) => Inode } {
  const ram = new Ram(frames * 4096);
  const f = new Frames(ram);
  const cache = new PageCache(ram, f, null, (zero) => f.kalloc(zero), () => 0, () => {});
  const inodes = new DetachedInodes();
  let n = 0;
  const file = (pages: number): Inode => {
    const bytes = new Uint8Array(pages * 4096).fill(0x11 * ++n);
    const inode = inodes.file(`f${n}`, bytes);
    return inode;
  };
  return { cache, framesOf: f, file };
}

describe('PageCache.reclaim', () => {
  it('frees the clean pages only the cache references, in the order of files and pages, and reads whole pages unzeroed', () => {
    const { cache, framesOf, file } = setup(16);
    const a = file(3), b = file(2);
    const pa = [0, 1, 2].map((i) => cache.page(a, i)!.frame);
    const pb = [0, 1].map((i) => cache.page(b, i)!.frame);
    expect(pa).toEqual([0, 1, 2]);
    expect(pb).toEqual([3, 4]);
    // Mapped elsewhere: a second reference each; b's page 1 dirty.
    for (const frame of [...pa, ...pb]) framesOf.refcount[frame]++;
    cache.owner(4)!.page.dirty = true;
    expect(cache.reclaim()).toBe(0);
    // The other references go, in another order than the cache's.
    for (const frame of [4, 2, 3, 0]) framesOf.kfree(frame);
    expect(cache.reclaim()).toBe(3); // a's pages 0 and 2, b's page 0; b's page 1 is dirty
    expect(cache.size).toBe(2);
    // Freed in cache order: a0, a2, b0, so the free list hands out b0's frame (pushed last) first.
    expect([framesOf.kalloc(), framesOf.kalloc(), framesOf.kalloc()]).toEqual([3, 2, 0]);
    expect(cache.writeBack(b)).toBe(1);
    expect(cache.reclaim()).toBe(1); // b's page 1, written back, is clean now
    expect(cache.has(b, 1)).toBe(false);
    expect(cache.has(a, 1)).toBe(true); // still referenced elsewhere
  });

  it('checks only the frames that may have become freeable: a page cached again after reclaim is listed once', () => {
    const { cache, framesOf, file } = setup(8);
    const a = file(4);
    for (let i = 0; i < 4; i++) framesOf.refcount[cache.page(a, i)!.frame]++;
    expect(cache.reclaim()).toBe(0);
    expect(cache.reclaim()).toBe(0); // nothing listed any more: the mapped pages are not looked at again
    framesOf.kfree(cache.page(a, 3)!.frame);
    expect(cache.reclaim()).toBe(1);
    expect(cache.has(a, 3)).toBe(false);
    const again = cache.page(a, 3)!;
    expect(framesOf.refcount[again.frame]).toBe(1);
    expect(cache.reclaim()).toBe(1);
  });

  it('truncation frees the pages past the end; a page cached again is watched until reclaim frees it', () => {
    const { cache, file, framesOf } = setup(8);
    const a = file(2);
    cache.page(a, 0);
    cache.page(a, 1);
    cache.truncate(a, 0);
    expect(cache.size).toBe(0);
    expect(framesOf.used).toBe(0);
    expect(cache.reclaim()).toBe(0);
    a.size = 8192;
    const page = cache.page(a, 1)!;
    expect(page.frame).toBe(1); // freed last, handed out first
    expect(framesOf.watched[page.frame]).toBe(1);
    expect(cache.reclaim()).toBe(1);
    expect(framesOf.watched[page.frame]).toBe(0);
  });
});
