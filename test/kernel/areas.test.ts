// A process's areas: the binary searches over them (findVma, areasIn, overlapsAny) and mmap's
// search for a free range with its hint (findFree, Process.freeArea), each against the plain scan
// it replaced, over random sequences of mapping, unmapping, splitting and moving the heap's end.
import { describe, expect, it } from 'vitest';
import { Process } from '../../src/kernel/proc.js';
import { findFree, unmapRange } from '../../src/kernel/mman.js';
import { areasIn, changeAreas, findVma, insertVma, newVma, overlapsAny, type Vma } from '../../src/kernel/vm/vma.js';
import { PAGE_SIZE } from '../../src/kernel/vm/pagetable.js';

/** Only what findFree and unmapRange read with the MMU off (no page tables to change). */
const kernel = { physical: true, stackLimit: 8 << 20 } as unknown as Parameters<typeof unmapRange>[0];

/** The search as it was: every area below top and above the heap, from the highest down. */
function scanFree(vmas: readonly Vma[], floor: number, length: number, top: number): number {
  const taken = vmas.filter((v) => v.end > floor && v.start < top).sort((a, b) => b.start - a.start);
  for (const v of taken) {
    if (v.end <= top - length) break;
    top = Math.min(top, v.start);
  }
  return top - length >= floor ? top - length : -1;
}

/** A small deterministic generator (xorshift32). */
function random(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s ^= s << 13; s ^= s >>> 17; s ^= s << 5;
    return (s >>> 0) % n;
  };
}

const BASE = 0x1000_0000, SPAN = 512; // pages in which areas come and go
const page = (n: number): number => BASE + n * PAGE_SIZE;

describe("a process's areas", () => {
  it('finds the free range the full scan finds, through mmaps, munmaps, splits, failed mmaps and heap moves', () => {
    for (const seed of [1, 7, 42, 1234, 99991]) {
      const next = random(seed);
      const p = new Process(1, 'areas');
      p.brk = page(4);
      const tops = [page(SPAN), page(SPAN - 37)];
      let searches = 0, fromHint = 0;
      for (let step = 0; step < 3000; step++) {
        const op = next(100);
        if (op < 55) {
          const length = (1 + (next(4) === 0 ? next(40) : next(3))) * PAGE_SIZE, top = tops[next(10) === 0 ? 1 : 0];
          const expected = scanFree(p.vmas, Math.ceil(p.brk / PAGE_SIZE) * PAGE_SIZE, length, top);
          if (p.freeArea?.top === top && length >= p.freeArea.hole) fromHint++;
          const found = findFree(kernel, p, length, top);
          if (found !== expected) expect.fail(`seed ${seed}, step ${step}: found ${found}, the scan ${expected}`);
          searches++;
          // An mmap may still fail after its search (a limit, a bad flag): then no area is made.
          if (found >= 0 && next(10) !== 0) insertVma(p.vmas, newVma('[anon]', found, found + length, 3));
        } else if (op < 75) {
          const start = page(next(SPAN)), end = start + (1 + next(12)) * PAGE_SIZE;
          unmapRange(kernel, p, start, end);
        } else if (op < 85) {
          const start = page(next(SPAN)), end = start + (1 + next(12)) * PAGE_SIZE;
          changeAreas(p.vmas, start, end, (middle) => { middle.prot = 1; });
        } else if (op < 92) {
          // MAP_FIXED: whatever was there goes first.
          const start = page(next(SPAN - 8)), end = start + (1 + next(8)) * PAGE_SIZE;
          unmapRange(kernel, p, start, end);
          insertVma(p.vmas, newVma('[anon]', start, end, 3));
        } else {
          const brk = page(next(40));
          if (!overlapsAny(p.vmas, page(4), brk + PAGE_SIZE)) p.brk = brk;
        }
        if (!p.vmas.every((v, i) => i === 0 || p.vmas[i - 1].end <= v.start)) expect.fail(`seed ${seed}, step ${step}: areas out of order`);
      }
      expect(searches).toBeGreaterThan(1500);
      expect(fromHint).toBeGreaterThan(200); // the hint is used, not just kept
    }
  });

  it('changes thousands of areas at once in place, splitting the two at the ends', () => {
    const vmas: Vma[] = [];
    for (let i = 0; i < 3000; i++) insertVma(vmas, newVma('[anon]', page(2 * i), page(2 * i + 2), 3));
    changeAreas(vmas, page(1), page(5999), (middle) => { middle.prot = 1; });
    expect(vmas.length).toBe(3002);
    expect(vmas.map((v) => [v.start, v.end, v.prot]).filter((_, i) => i < 2 || i >= 3000)).toEqual([
      [page(0), page(1), 3], [page(1), page(2), 1], [page(5998), page(5999), 1], [page(5999), page(6000), 3]]);
    expect(vmas.every((v, i) => (i === 0 || vmas[i - 1].end === v.start) && (v.prot === 1) === (i > 0 && i < 3001))).toBe(true);
  });

  it('looks areas up by address as a scan of them does', () => {
    const next = random(5);
    const p = new Process(1, 'areas');
    for (let i = 0; i < 200; i++) {
      const start = page(next(SPAN)), end = start + (1 + next(6)) * PAGE_SIZE;
      if (!overlapsAny(p.vmas, start, end)) insertVma(p.vmas, newVma('[anon]', start, end, 3));
    }
    expect(p.vmas.length).toBeGreaterThan(60);
    for (let i = 0; i < 2000; i++) {
      const va = BASE - PAGE_SIZE + next((SPAN + 2) * PAGE_SIZE), end = va + 1 + next(8 * PAGE_SIZE);
      expect(findVma(p.vmas, va)).toBe(p.vmas.find((v) => va >= v.start && va < v.end));
      expect(areasIn(p.vmas, va, end)).toEqual(p.vmas.filter((v) => v.start < end && v.end > va));
      expect(overlapsAny(p.vmas, va, end)).toBe(p.vmas.some((v) => v.start < end && v.end > va));
    }
    expect(findVma(p.vmas, 0xffff_ffff)).toBeUndefined();
  });
});
