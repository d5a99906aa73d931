/**
 * The textbook machine csapp-9.6.4 answers CS:APP 3e's worked example (§9.6.4) and practice
 * problem 9.4 as the book's solutions do, and homework problems 9.11-9.13 (for which the book
 * prints no solutions) as worked by hand, field by field.
 */
import { describe, expect, it } from 'vitest';
import { CSAPP_964, NAMED_MACHINES, figureCacheLookup, translateOnFigure } from '../../src/machine/named.js';

describe('csapp-9.6.4 (CS:APP 3e Figure 9.20)', () => {
  it('is known by its name', () => {
    expect(NAMED_MACHINES.get('csapp-9.6.4')).toBe(CSAPP_964);
  });

  it('has the figure\'s geometry and table sizes', () => {
    const { geometry, tlb, tlbSets, pageTable, cache } = CSAPP_964;
    expect(geometry).toEqual({ vaBits: 14, paBits: 12, pageShift: 6, vpnBits: 8, levels: 1 });
    expect(tlb).toEqual({ entries: 16, ways: 4, policy: 'lru' });
    expect(tlbSets.map((set) => set.length)).toEqual([4, 4, 4, 4]);
    expect(pageTable.map((p) => p.vpn)).toEqual([...Array(16).keys()]);
    expect([cache.sets, cache.blockBytes, cache.lines.length]).toEqual([16, 4, 16]);
  });

  it('the worked example: 0x03d4 hits in the TLB, PA 0x354, cache hit on byte 0x36', () => {
    expect(translateOnFigure(CSAPP_964, 0x03d4)).toEqual({
      va: 0x03d4, vpn: 0x0f, vpo: 0x14, tlbIndex: 3, tlbTag: 0x03, tlbHit: true, unknownPte: false, pageFault: false,
      ppn: 0x0d, pa: 0x354, cache: { offset: 0, index: 5, tag: 0x0d, hit: true, byte: 0x36 },
    });
  });

  it('practice problem 9.4: 0x03d7 hits in the TLB, PA 0x357, cache hit on byte 0x1D', () => {
    expect(translateOnFigure(CSAPP_964, 0x03d7)).toEqual({
      va: 0x03d7, vpn: 0x0f, vpo: 0x17, tlbIndex: 3, tlbTag: 0x03, tlbHit: true, unknownPte: false, pageFault: false,
      ppn: 0x0d, pa: 0x357, cache: { offset: 3, index: 5, tag: 0x0d, hit: true, byte: 0x1d },
    });
  });

  it('homework problem 9.11: 0x027c misses in the TLB, PPN 0x17, PA 0x5FC, cache miss', () => {
    expect(translateOnFigure(CSAPP_964, 0x027c)).toEqual({
      va: 0x027c, vpn: 0x09, vpo: 0x3c, tlbIndex: 1, tlbTag: 0x02, tlbHit: false, unknownPte: false, pageFault: false,
      ppn: 0x17, pa: 0x5fc, cache: { offset: 0, index: 0xf, tag: 0x17, hit: false, byte: null },
    });
  });

  it('homework problem 9.12: 0x03a9 misses in the TLB, PPN 0x11, PA 0x469, cache miss', () => {
    expect(translateOnFigure(CSAPP_964, 0x03a9)).toEqual({
      va: 0x03a9, vpn: 0x0e, vpo: 0x29, tlbIndex: 2, tlbTag: 0x03, tlbHit: false, unknownPte: false, pageFault: false,
      ppn: 0x11, pa: 0x469, cache: { offset: 1, index: 0xa, tag: 0x11, hit: false, byte: null },
    });
  });

  it('homework problem 9.13: 0x0040 misses in the TLB and page-faults', () => {
    expect(translateOnFigure(CSAPP_964, 0x0040)).toEqual({
      va: 0x0040, vpn: 0x01, vpo: 0x00, tlbIndex: 1, tlbTag: 0x00, tlbHit: false, unknownPte: false, pageFault: true,
      ppn: null, pa: null, cache: null,
    });
  });

  it('hits in the TLB for a VPN beyond the 16 PTEs given (set 3 tag 0x0A: VPN 0x2B, PPN 0x34)', () => {
    const t = translateOnFigure(CSAPP_964, (0x2b << 6) | 0x05);
    expect([t.tlbHit, t.ppn, t.pa]).toEqual([true, 0x34, 0xd05]);
  });

  it('says it does not know on a TLB miss for a PTE the figure leaves out', () => {
    const t = translateOnFigure(CSAPP_964, 0x3fff);
    expect([t.vpn, t.tlbHit, t.unknownPte, t.pageFault, t.ppn, t.pa]).toEqual([0xff, false, true, false, null, null]);
  });

  it('starts every address from the figure\'s state (a miss does not fill the TLB for the next one)', () => {
    expect(translateOnFigure(CSAPP_964, 0x027c).tlbHit).toBe(false);
    expect(translateOnFigure(CSAPP_964, 0x027c).tlbHit).toBe(false);
  });

  it('rejects an address wider than 14 bits', () => {
    expect(() => translateOnFigure(CSAPP_964, 0x4000)).toThrow('address 0x4000 does not fit in 14 bits');
  });

  it('looks the cache up by offset, index and tag, and never hits a line that is not valid', () => {
    expect(figureCacheLookup(CSAPP_964.cache, 0x0a3)).toEqual({ offset: 3, index: 8, tag: 0x02, hit: false, byte: null });
    expect(figureCacheLookup(CSAPP_964.cache, (0x24 << 6) | (8 << 2) | 2)).toEqual({ offset: 2, index: 8, tag: 0x24, hit: true, byte: 0x51 });
    expect(figureCacheLookup(CSAPP_964.cache, (0x15 << 6) | (1 << 2))).toMatchObject({ index: 1, tag: 0x15, hit: false });
  });
});
