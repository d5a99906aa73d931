/** Address translation: CS:APP's worked example, the Sv32 permission matrix, A/D bits, the fast path. */
import { describe, expect, it } from 'vitest';
import { Ram } from '../../src/machine/ram.js';
import { FLAG_A, FLAG_D, FLAG_R, FLAG_U, FLAG_V, FLAG_W, FLAG_X, Tlb } from '../../src/machine/tlb.js';
import { ACCESS_FETCH, ACCESS_LOAD, ACCESS_STORE, FAST_MASK, Mmu, SV32 } from '../../src/machine/mmu.js';
import { CSAPP_964, buildFigureMachine } from '../../src/machine/named.js';

const COSTS = { walkLevel: 10, l2tlbHit: 3 };

describe("CS:APP §9.6.4's small memory system", () => {
  // 14-bit virtual and 12-bit physical addresses, 64-byte pages, a one-level page table and a
  // 16-entry 4-way TLB, loaded with the book's contents (Figure 9.20; src/machine/named.ts).
  const fresh = (): ReturnType<typeof buildFigureMachine> => buildFigureMachine(CSAPP_964);

  it('translates VA 0x03d4: TLB hit, PPN 0x0D, PA 0x354', () => {
    const { mmu, tlb } = fresh();
    expect(mmu.translate(0x03d4, ACCESS_LOAD, true)).toBe(0x354);
    expect([tlb.misses, mmu.walks]).toEqual([0, 0]);
  });

  it('translates VA 0x0020: TLB miss, page table gives PPN 0x28, PA 0xA20', () => {
    const { mmu, tlb } = fresh();
    expect(mmu.translate(0x0020, ACCESS_LOAD, true)).toBe(0xa20);
    expect([tlb.misses, mmu.walks, mmu.walkCycles]).toEqual([1, 1, 1]);
  });

  it('faults on VA 0x0040 (VPN 1 is not valid)', () => {
    const { mmu } = fresh();
    expect(mmu.translate(0x0040, ACCESS_LOAD, true)).toBe(-1);
    expect(mmu.faultCause).toBe(13);
  });

  it('holds the five valid TLB entries of the figure, each where the set index puts it', () => {
    const { tlb } = fresh();
    const held = [...tlb.vpn].map((vpn, slot) => [vpn, Math.floor(slot / tlb.ways)]).filter(([vpn]) => vpn >= 0);
    expect(held.map(([vpn, set]) => [vpn.toString(16), set])).toEqual([['24', 0], ['1c', 0], ['d', 1], ['f', 3], ['2b', 3]]);
  });

  it('agrees with itself: a valid TLB entry for one of the 16 PTEs given holds that PTE\'s PPN', () => {
    const checked = CSAPP_964.tlbSets.flatMap((ways, set) => ways.filter((e) => e.valid).map((e) => ({ vpn: e.tag * 4 + set, ppn: e.ppn })))
      .filter(({ vpn }) => vpn < CSAPP_964.pageTable.length);
    expect(checked).toEqual([{ vpn: 0x0d, ppn: 0x2d }, { vpn: 0x0f, ppn: 0x0d }]);
    for (const { vpn, ppn } of checked) expect(CSAPP_964.pageTable[vpn]).toEqual({ vpn, ppn, valid: true });
  });
});

/** A machine-less Sv32 setup: root table at frame 1, a level-0 table at frame 2, data at frame 3. */
function sv32(leafFlags: number): { ram: Ram; mmu: Mmu; tlb: Tlb; pteAddress: number } {
  const ram = new Ram(64 * 1024);
  const tlb = new Tlb({ entries: 8, ways: 2, policy: 'lru' }, 10);
  const mmu = new Mmu(ram, SV32, tlb, tlb, null, COSTS);
  ram.write32(1 * 4096 + 1 * 4, (2 << 10) | FLAG_V); // VA 0x00400000 → table at frame 2
  const pteAddress = 2 * 4096 + 0 * 4;
  ram.write32(pteAddress, (3 << 10) | leafFlags);
  mmu.setSatp(true, 0, 1);
  return { ram, mmu, tlb, pteAddress };
}

describe('Sv32 permissions', () => {
  const leaves = [FLAG_R, FLAG_R | FLAG_W, FLAG_X, FLAG_R | FLAG_X, FLAG_R | FLAG_W | FLAG_X];
  const cases = leaves.flatMap((perm) => [0, FLAG_U].flatMap((u) => [ACCESS_FETCH, ACCESS_LOAD, ACCESS_STORE]
    .flatMap((access) => [true, false].map((user) => ({ perm: perm | u, access, user })))));
  const name = (c: { perm: number; access: number; user: boolean }): string =>
    `${c.perm & FLAG_R ? 'r' : '-'}${c.perm & FLAG_W ? 'w' : '-'}${c.perm & FLAG_X ? 'x' : '-'}${c.perm & FLAG_U ? 'u' : '-'} ` +
    `${['fetch', 'load', 'store'][c.access]} in ${c.user ? 'user' : 'supervisor'} mode`;

  it.each(cases.map((c) => [name(c), c] as const))('%s', (_name, c) => {
    const { mmu } = sv32(FLAG_V | c.perm);
    const needed = [FLAG_X, FLAG_R, FLAG_W][c.access];
    const allowed = (c.perm & needed) !== 0 && (c.user === ((c.perm & FLAG_U) !== 0));
    const pa = mmu.translate(0x00400123, c.access, c.user);
    if (allowed) {
      expect(pa).toBe(3 * 4096 + 0x123);
    } else {
      expect(pa).toBe(-1);
      expect(mmu.faultCause).toBe([12, 13, 15][c.access]);
    }
  });

  it('treats W without R as reserved (page fault)', () => {
    const { mmu } = sv32(FLAG_V | FLAG_W | FLAG_U);
    expect(mmu.translate(0x00400000, ACCESS_STORE, true)).toBe(-1);
  });

  it('maps a megapage with its 22-bit offset, and faults on a misaligned one', () => {
    const ram = new Ram(16 * 1024 * 1024);
    const tlb = new Tlb({ entries: 8, ways: 2, policy: 'lru' }, 10);
    const mmu = new Mmu(ram, SV32, tlb, tlb, null, COSTS);
    ram.write32(4096 + 0x300 * 4, (1024 << 10) | FLAG_V | FLAG_R | FLAG_W); // 0xC0000000 → PA 4 MiB
    ram.write32(4096 + 0x301 * 4, (1025 << 10) | FLAG_V | FLAG_R); // misaligned megapage
    mmu.setSatp(true, 0, 1);
    expect(mmu.translate(0xc0012344, ACCESS_LOAD, false)).toBe(0x400000 + 0x12344);
    expect(mmu.translate(0xc0400000, ACCESS_LOAD, false)).toBe(-1);
  });
});

describe('A and D bits', () => {
  it('sets A on a load, and D too on a store, in the PTE in RAM', () => {
    const { ram, mmu, pteAddress } = sv32(FLAG_V | FLAG_R | FLAG_W | FLAG_U);
    mmu.translate(0x00400000, ACCESS_LOAD, true);
    expect(ram.read32(pteAddress) & (FLAG_A | FLAG_D)).toBe(FLAG_A);
    mmu.translate(0x00400000, ACCESS_STORE, true); // a TLB hit on a clean entry still sets D
    expect(ram.read32(pteAddress) & (FLAG_A | FLAG_D)).toBe(FLAG_A | FLAG_D);
  });

  it('sets nothing when the access is not allowed', () => {
    const { ram, mmu, pteAddress } = sv32(FLAG_V | FLAG_R | FLAG_U);
    mmu.translate(0x00400000, ACCESS_STORE, true);
    expect(ram.read32(pteAddress) & (FLAG_A | FLAG_D)).toBe(0);
  });
});

describe('the host fast path', () => {
  it('holds a page only while the modelled TLB does', () => {
    const { mmu, tlb } = sv32(FLAG_V | FLAG_R | FLAG_W | FLAG_U);
    const vpn = 0x00400000 >>> 12;
    const load = mmu.fast[ACCESS_LOAD];
    expect(load.tag[vpn & FAST_MASK]).toBe(-1);
    mmu.translate(0x00400000, ACCESS_LOAD, true);
    expect(load.tag[vpn & FAST_MASK]).toBe(vpn);
    expect(mmu.fast[ACCESS_STORE].tag[vpn & FAST_MASK]).toBe(-1); // a store has not been checked yet
    mmu.flushPage(0x00400000);
    expect(load.tag[vpn & FAST_MASK]).toBe(-1);
    expect(tlb.find(vpn, 0)).toBe(-1);
  });

  it('drops a page when the TLB evicts it', () => {
    const { ram, mmu, tlb } = sv32(FLAG_V | FLAG_R | FLAG_U);
    for (let i = 1; i <= 8; i++) ram.write32(2 * 4096 + i * 4, (3 << 10) | FLAG_V | FLAG_R | FLAG_U);
    // 8 entries in 4 sets of 2: pages 0, 4 and 8 (VPN 0x400, 0x404, 0x408) share a set.
    for (const page of [0, 4, 8]) mmu.translate(0x00400000 + page * 4096, ACCESS_LOAD, true);
    const evicted = 0x00400000 >>> 12;
    expect(tlb.find(evicted, 0)).toBe(-1);
    expect(mmu.fast[ACCESS_LOAD].tag[evicted & FAST_MASK]).toBe(-1);
  });
  it('belongs to one address space: a switch of ASID empties it while the TLB keeps both spaces\' entries', () => {
    // Two address spaces map VA 0x00400000: ASID 1 (root frame 1) to frame 3, ASID 2 (root
    // frame 5, table at frame 6) to frame 7. Their page tables are set aside, so only the fast
    // path could bring back the other space's frame.
    const { ram, mmu, tlb } = sv32(FLAG_V | FLAG_R | FLAG_W | FLAG_U | FLAG_A | FLAG_D);
    ram.write32(5 * 4096 + 1 * 4, (6 << 10) | FLAG_V);
    ram.write32(6 * 4096, (7 << 10) | FLAG_V | FLAG_R | FLAG_W | FLAG_U | FLAG_A | FLAG_D);
    const vpn = 0x00400000 >>> 12;
    mmu.setSatp(true, 1, 1);
    expect(mmu.translate(0x00400000, ACCESS_LOAD, true)).toBe(3 * 4096);
    expect(mmu.fast[ACCESS_LOAD].tag[vpn & FAST_MASK]).toBe(vpn);
    mmu.setSatp(true, 2, 5);
    expect(mmu.fast.map((t) => t.tag[vpn & FAST_MASK])).toEqual([-1, -1, -1]);
    expect(mmu.translate(0x00400000, ACCESS_STORE, true)).toBe(7 * 4096);
    mmu.setSatp(true, 1, 1);
    expect(mmu.fast[ACCESS_STORE].tag[vpn & FAST_MASK]).toBe(-1);
    expect(mmu.translate(0x00400000, ACCESS_STORE, true)).toBe(3 * 4096);
    expect([tlb.find(vpn, 1) >= 0, tlb.find(vpn, 2) >= 0, tlb.misses]).toEqual([true, true, 2]);
  });
});

describe('the host fast path of the other data access', () => {
  const vpn = 0x00400000 >>> 12;
  const held = (mmu: Mmu, access: number): boolean => mmu.fast[access].tag[vpn & FAST_MASK] === vpn;

  it('a load through a dirty writable entry fills the store table too, with the same page and slot', () => {
    const { mmu } = sv32(FLAG_V | FLAG_R | FLAG_W | FLAG_U | FLAG_A | FLAG_D);
    mmu.translate(0x00400000, ACCESS_LOAD, true);
    const [load, store] = [mmu.fast[ACCESS_LOAD], mmu.fast[ACCESS_STORE]];
    const i = vpn & FAST_MASK;
    expect([store.tag[i], store.base[i], store.slot[i]]).toEqual([load.tag[i], 3 * 4096, load.slot[i]]);
    expect(held(mmu, ACCESS_FETCH)).toBe(false);
  });

  it('a store fills the load table too when the page is readable', () => {
    const { mmu } = sv32(FLAG_V | FLAG_R | FLAG_W | FLAG_U);
    mmu.translate(0x00400000, ACCESS_STORE, true);
    expect([held(mmu, ACCESS_STORE), held(mmu, ACCESS_LOAD)]).toEqual([true, true]);
  });

  it('a load leaves the store table empty where a store would not take the fast path', () => {
    // clean (the store must set D), read-only, or supervisor mode
    for (const flags of [FLAG_V | FLAG_R | FLAG_W | FLAG_U | FLAG_A, FLAG_V | FLAG_R | FLAG_U | FLAG_A | FLAG_D]) {
      const { mmu } = sv32(flags);
      mmu.translate(0x00400000, ACCESS_LOAD, true);
      expect([held(mmu, ACCESS_LOAD), held(mmu, ACCESS_STORE)]).toEqual([true, false]);
    }
    const { mmu } = sv32(FLAG_V | FLAG_R | FLAG_W | FLAG_A | FLAG_D);
    mmu.translate(0x00400000, ACCESS_LOAD, false);
    expect([held(mmu, ACCESS_LOAD), held(mmu, ACCESS_STORE)]).toEqual([false, false]);
  });

  it('a load leaves the store table empty for a frame of compiled code, and the store then reaches the watch', () => {
    const { mmu } = sv32(FLAG_V | FLAG_R | FLAG_W | FLAG_U | FLAG_A | FLAG_D);
    const frames = new Uint8Array(16);
    frames[3] = 1;
    const stored: number[] = [];
    mmu.codeWatch = { frames, stored: (pa) => stored.push(pa) };
    mmu.translate(0x00400010, ACCESS_LOAD, true);
    expect([held(mmu, ACCESS_LOAD), held(mmu, ACCESS_STORE)]).toEqual([true, false]);
    expect(mmu.translate(0x00400010, ACCESS_STORE, true)).toBe(3 * 4096 + 0x10);
    expect(stored).toEqual([3 * 4096 + 0x10]);
  });
});

describe('dropping the store entries of a frame that now holds code', () => {
  const storeHeld = (mmu: Mmu, va: number): boolean => mmu.fast[ACCESS_STORE].tag[(va >>> 12) & FAST_MASK] === va >>> 12;

  it('drops the entry of a base page mapped to that frame, and nothing else', () => {
    const { ram, mmu } = sv32(FLAG_V | FLAG_R | FLAG_W | FLAG_U | FLAG_A | FLAG_D);
    ram.write32(2 * 4096 + 1 * 4, (4 << 10) | FLAG_V | FLAG_R | FLAG_W | FLAG_U | FLAG_A | FLAG_D);
    mmu.translate(0x00400000, ACCESS_STORE, true);
    mmu.translate(0x00401000, ACCESS_STORE, true);
    mmu.dropFastStores(3);
    expect([storeHeld(mmu, 0x00400000), storeHeld(mmu, 0x00401000)]).toEqual([false, true]);
    expect(mmu.fast[ACCESS_LOAD].tag[0x400 & FAST_MASK]).toBe(0x400); // loads may still take the fast path
  });

  it('drops the one page of a megapage that maps to that frame', () => {
    const { ram, mmu } = sv32(FLAG_V | FLAG_R | FLAG_U);
    ram.write32(1 * 4096 + 2 * 4, (0 << 10) | FLAG_V | FLAG_R | FLAG_W | FLAG_U | FLAG_A | FLAG_D); // VA 0x00800000: frames 0...
    for (const page of [5, 6]) expect(mmu.translate(0x00800000 + page * 4096, ACCESS_STORE, true)).toBe(page * 4096);
    mmu.dropFastStores(5);
    expect([storeHeld(mmu, 0x00805000), storeHeld(mmu, 0x00806000)]).toEqual([false, true]);
    mmu.flushPage(0x00805000); // the megapage's entry leaves the TLB: every page of it leaves the fast path
    expect([storeHeld(mmu, 0x00806000), mmu.fast[ACCESS_LOAD].tag[0x806 & FAST_MASK]]).toEqual([false, -1]);
  });

  it("drops the frame's own page with translation off", () => {
    const ram = new Ram(64 * 1024);
    const tlb = new Tlb({ entries: 8, ways: 2, policy: 'lru' }, 10);
    const mmu = new Mmu(ram, SV32, tlb, tlb, null, COSTS);
    for (const frame of [3, 4]) mmu.translate(frame * 4096, ACCESS_STORE, true);
    mmu.dropFastStores(3);
    expect([storeHeld(mmu, 3 * 4096), storeHeld(mmu, 4 * 4096)]).toEqual([false, true]);
  });
});

describe('walk cycles', () => {
  it('charges walkLevel per PTE read: two for a leaf, one for an invalid root PTE, one for a table outside RAM', () => {
    const { ram, mmu } = sv32(FLAG_V | FLAG_R | FLAG_U);
    mmu.translate(0x00400000, ACCESS_LOAD, true);
    expect([mmu.walks, mmu.walkCycles, mmu.extraCycles]).toEqual([1, 2 * COSTS.walkLevel, 2 * COSTS.walkLevel]);
    expect(mmu.translate(0x00800000, ACCESS_LOAD, true)).toBe(-1); // root PTE 2 is not valid
    expect([mmu.faultCause, mmu.walks, mmu.walkCycles, mmu.extraCycles]).toEqual([13, 2, 3 * COSTS.walkLevel, COSTS.walkLevel]);
    ram.write32(4096 + 3 * 4, (0x3ffff << 10) | FLAG_V); // VA 0x00c00000 → a table far beyond RAM
    expect(mmu.translate(0x00c00000, ACCESS_STORE, true)).toBe(-1);
    expect([mmu.faultCause, mmu.walks, mmu.walkCycles, mmu.extraCycles]).toEqual([7, 3, 5 * COSTS.walkLevel, 2 * COSTS.walkLevel]);
  });
});

describe('the second-level TLB', () => {
  it('answers an L1 miss without a walk when it holds the page', () => {
    const ram = new Ram(64 * 1024);
    const l1 = new Tlb({ entries: 1, ways: 1, policy: 'lru' }, 10);
    const l2 = new Tlb({ entries: 8, ways: 8, policy: 'lru' }, 10);
    const mmu = new Mmu(ram, SV32, l1, l1, l2, COSTS);
    ram.write32(4096 + 4, (2 << 10) | FLAG_V);
    for (let i = 0; i < 2; i++) ram.write32(2 * 4096 + i * 4, (3 << 10) | FLAG_V | FLAG_R | FLAG_U);
    mmu.setSatp(true, 0, 1);
    for (const va of [0x00400000, 0x00401000, 0x00400000]) expect(mmu.translate(va, ACCESS_LOAD, true)).toBe(3 * 4096);
    expect([l1.misses, l2.misses, mmu.l2Hits, mmu.walks]).toEqual([3, 2, 1, 2]);
    expect(mmu.extraCycles).toBe(COSTS.l2tlbHit);
  });
});

describe('the last bytes of RAM', () => {
  it('a byte or halfword access at the last offsets of the last frame translates (MMU on)', () => {
    const { ram, mmu } = sv32(FLAG_V | FLAG_R | FLAG_W | FLAG_U | FLAG_A | FLAG_D);
    const last = ram.frames - 1;
    ram.write32(2 * 4096 + 1 * 4, (last << 10) | FLAG_V | FLAG_R | FLAG_W | FLAG_U | FLAG_A | FLAG_D); // VA 0x00401000
    for (const offset of [4093, 4094, 4095]) {
      expect(mmu.translate(0x00401000 + offset, ACCESS_STORE, true)).toBe(last * 4096 + offset);
      expect(mmu.translate(0x00401000 + offset, ACCESS_LOAD, true)).toBe(last * 4096 + offset);
    }
  });

  it('translation off: the last byte of RAM is RAM, the one after is not', () => {
    const ram = new Ram(64 * 1024);
    const tlb = new Tlb({ entries: 8, ways: 2, policy: 'lru' }, 10);
    const mmu = new Mmu(ram, SV32, tlb, tlb, null, COSTS);
    expect(mmu.translate(64 * 1024 - 1, ACCESS_STORE, true)).toBe(64 * 1024 - 1);
    expect(mmu.translate(64 * 1024 - 2, ACCESS_LOAD, true)).toBe(64 * 1024 - 2);
    expect(mmu.translate(64 * 1024, ACCESS_LOAD, true)).toBe(-1);
    expect(mmu.faultCause).toBe(5);
  });
});
