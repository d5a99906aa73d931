/**
 * The swap area and the reverse map in typed arrays (src/kernel/vm/swap.ts, rmap.ts): slots are
 * handed out as they always were (lowest never-used first, the last freed reused first), pages
 * come back byte for byte across the store's chunks, and the reverse map keeps each frame's
 * mappings and the resident frames in the order they were added, reusing freed nodes.
 */
import { describe, expect, it } from 'vitest';
import { SwapArea } from '../../src/kernel/vm/swap.js';
import { ReverseMap } from '../../src/kernel/vm/rmap.js';

/** A page whose every byte is a function of `seed` and its offset. */
function page(seed: number): Uint8Array {
  const p = new Uint8Array(4096);
  for (let i = 0; i < p.length; i++) p[i] = (seed * 31 + i * 7) & 0xff;
  return p;
}

/** The bytes of `p` in hex (fast to compare). */
const hex = (p: Uint8Array): string => Buffer.from(p.buffer, p.byteOffset, p.byteLength).toString('hex');

describe('SwapArea', () => {
  it('hands out slots lowest never-used first and reuses the last freed first', () => {
    const swap = new SwapArea(8);
    expect([0, 1, 2, 3].map((i) => swap.store(page(i)))).toEqual([0, 1, 2, 3]);
    swap.release(1);
    swap.release(3);
    expect(swap.used).toBe(2);
    expect(swap.store(page(9))).toBe(3);
    expect(swap.store(page(9))).toBe(1);
    expect(swap.store(page(9))).toBe(4);
    expect([...swap.usedSlots()]).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps pages byte for byte across chunks, from a byte offset of the source', () => {
    const swap = new SwapArea(600); // three chunks of 256 slots, the last one partly
    const ram = new Uint8Array(3 * 4096);
    ram.set(page(77), 4096);
    const checked = [255, 256, 599];
    for (let i = 0; i < 600; i++) expect(i === 300 ? swap.store(ram, 4096) : swap.store(page(checked.includes(i) ? i : 0))).toBe(i);
    expect(swap.store(page(1))).toBe(-1); // full
    expect(hex(swap.load(255))).toBe(hex(page(255)));
    expect(hex(swap.load(256))).toBe(hex(page(256)));
    expect(hex(swap.load(300))).toBe(hex(page(77)));
    expect(hex(swap.load(599))).toBe(hex(page(599)));
    expect(swap.swapIns).toBe(4);
    expect(swap.swapOuts).toBe(600);
  });

  it('counts references per slot and frees a slot with its last', () => {
    const swap = new SwapArea(4);
    const slot = swap.store(page(1));
    swap.retain(slot);
    expect(swap.references(slot)).toBe(2);
    swap.release(slot);
    expect(swap.used).toBe(1);
    swap.release(slot);
    expect(swap.references(slot)).toBe(0);
    expect(swap.used).toBe(0);
    swap.release(slot); // already free: nothing
    expect(swap.used).toBe(0);
    expect(() => swap.retain(slot)).toThrow('swap slot 0 is empty');
    expect(() => swap.load(3)).toThrow('swap slot 3 is empty');
    expect(swap.references(-1)).toBe(0);
  });

  it('records the frame that still holds a slot\'s page', () => {
    const swap = new SwapArea(4);
    const slot = swap.store(page(1));
    expect(swap.cachedFrame(slot)).toBe(-1);
    swap.setCachedFrame(slot, 0);
    expect(swap.cachedFrame(slot)).toBe(0);
    swap.setCachedFrame(slot, -1);
    expect(swap.cachedFrame(slot)).toBe(-1);
    expect(swap.cachedFrame(3)).toBe(-1); // never used
  });
});

describe('ReverseMap', () => {
  /** The mappings of `frame` as "root:va" strings, walked with the cursor. */
  function walked(rmap: ReverseMap, frame: number): string[] {
    const out: string[] = [];
    for (let m = rmap.first(frame); m !== -1; m = rmap.next(m)) out.push(`${rmap.rootOf(m)}:${rmap.vaOf(m).toString(16)}`);
    return out;
  }

  it('keeps a frame\'s mappings in the order they were added, whichever is removed', () => {
    const rmap = new ReverseMap(16);
    rmap.add(5, 1, 0x1000, 1);
    rmap.add(5, 2, 0x1000, 2);
    rmap.add(5, 3, 0x7ffff000, 3);
    rmap.add(5, 4, 0x2000, 4);
    rmap.remove(5, 1, 0x1000); // the first
    rmap.remove(5, 3, 0x7ffff000); // one in the middle
    rmap.remove(5, 9, 0x1000); // not there: nothing
    expect(walked(rmap, 5)).toEqual(['2:1000', '4:2000']);
    rmap.add(5, 6, 0x3000, 5); // after the last, which removing the middle one left as it was
    expect(walked(rmap, 5)).toEqual(['2:1000', '4:2000', '6:3000']);
    rmap.remove(5, 6, 0x3000); // the last
    rmap.add(5, 7, 0x4000, 6);
    expect(rmap.mappings(5)).toEqual([{ root: 2, va: 0x1000 }, { root: 4, va: 0x2000 }, { root: 7, va: 0x4000 }]);
    expect(rmap.count(5)).toBe(3);
    expect(rmap.loadedAt[5]).toBe(1); // the time of its first mapping
  });

  it('tells of frames becoming resident, losing one of several mappings and gone, and lists them in the order they became resident', () => {
    const rmap = new ReverseMap(16);
    const told: string[] = [];
    rmap.observer = { resident: (f, now) => told.push(`+${f}@${now}`), lost: (f) => told.push(`~${f}`), gone: (f) => told.push(`-${f}`) };
    rmap.add(9, 1, 0x1000, 1);
    rmap.add(2, 1, 0x2000, 2);
    rmap.add(9, 2, 0x1000, 3);
    rmap.add(4, 1, 0x3000, 4);
    rmap.remove(9, 1, 0x1000);
    rmap.remove(2, 1, 0x2000);
    rmap.add(2, 1, 0x5000, 5);
    expect(told).toEqual(['+9@1', '+2@2', '+4@4', '~9', '-2', '+2@5']);
    expect([...rmap.frames()]).toEqual([9, 4, 2]);
    expect(rmap.size).toBe(3);
    expect(rmap.first(7)).toBe(-1);
    expect(rmap.mappings(7)).toEqual([]);
  });

  it('reuses the nodes of removed mappings and grows its pool past 1,024 mappings', () => {
    const rmap = new ReverseMap(4);
    for (let i = 0; i < 3000; i++) rmap.add(i % 4, 1, i * 0x1000, i + 1);
    expect(rmap.count(0)).toBe(750);
    for (let i = 0; i < 3000; i += 2) rmap.remove(i % 4, 1, i * 0x1000);
    expect(rmap.count(0)).toBe(0);
    expect(rmap.count(1)).toBe(750);
    const freed = rmap.first(1);
    rmap.remove(1, 1, 0x1000);
    rmap.add(3, 2, 0x9000, 5000);
    let last = rmap.first(3);
    while (rmap.next(last) !== -1) last = rmap.next(last);
    expect(last).toBe(freed); // the node freed last is the next one used
    expect(walked(rmap, 3).at(-1)).toBe('2:9000');
    expect(walked(rmap, 1)[0]).toBe('1:5000');
    expect([...rmap.frames()]).toEqual([1, 3]);
  });

  it('removes any of a crowded frame\'s mappings, in any order, keeping the order of the rest, across the index\'s making and dropping', () => {
    const rmap = new ReverseMap(4);
    const expected: string[] = [];
    for (let i = 0; i < 200; i++) {
      const root = 1 + Math.floor(i / 70), va = 0x7ffff000 - (i % 70) * 0x1000; // each va under three roots: a mapping is both
      rmap.add(2, root, va, i + 1);
      expected.push(`${root}:${va.toString(16)}`);
    }
    let seed = 7;
    while (expected.length > 3) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const [gone] = expected.splice(seed % expected.length, 1);
      const [root, va] = gone.split(':');
      rmap.remove(2, Number(root), parseInt(va, 16));
      rmap.remove(2, Number(root), parseInt(va, 16)); // again: not there any more, nothing
      if (expected.length % 50 === 0) expect(walked(rmap, 2)).toEqual(expected);
    }
    expect(walked(rmap, 2)).toEqual(expected);
    for (let i = 0; i < 30; i++) { // crowded again: the index is made anew from the list
      rmap.add(2, 9, i * 0x1000, 500 + i);
      expected.push(`9:${(i * 0x1000).toString(16)}`);
    }
    rmap.remove(2, 9, 0x3000);
    expected.splice(expected.indexOf('9:3000'), 1);
    expect(walked(rmap, 2)).toEqual(expected);
    expect(rmap.count(2)).toBe(32);
  });
});
