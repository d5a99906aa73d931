/**
 * Mmu.translateData, the data accesses' one-pass miss path (the machine's compiled miss,
 * data-miss.ts, then translate() for the rest), against translate(), the reference:
 * two MMUs over two copies of the same page tables run the same seeded sequence of loads, stores,
 * fetches, sfence.vma flushes, address-space switches and stores into code frames, one with
 * translate() for every access, the other with translateData() for loads and stores, and must
 * agree after every step on everything: the result and the fault, extra cycles and how the
 * translation was served, every counter, every TLB entry (so the replacement order), the fast
 * path's tables, the page tables' A/D bits in RAM and the stores reported to the code watch.
 */
import { describe, expect, it } from 'vitest';
import { Ram } from '../../src/machine/ram.js';
import { FLAG_A, FLAG_D, FLAG_G, FLAG_R, FLAG_U, FLAG_V, FLAG_W, FLAG_X, Tlb, parseTlbSpec } from '../../src/machine/tlb.js';
import { ACCESS_FETCH, ACCESS_LOAD, ACCESS_STORE, FAST_MASK, Mmu, SV32 } from '../../src/machine/mmu.js';

const COSTS = { walkLevel: 7, l2tlbHit: 3 };
const FRAMES = 128;
const RWU = FLAG_V | FLAG_R | FLAG_W | FLAG_U;
/** Leaf PTE flags of the 4 KiB pages at VA 0x00400000 + page * 4096, by page % 10. */
const KINDS = [
  RWU | FLAG_A | FLAG_D, // dirty: a miss that needs no PTE write
  RWU | FLAG_A, // clean: a store sets D
  RWU, // neither A nor D
  FLAG_V | FLAG_R | FLAG_U | FLAG_A | FLAG_D, // read-only
  FLAG_V | FLAG_R | FLAG_W | FLAG_A | FLAG_D, // supervisor
  0, // not valid
  FLAG_V | FLAG_W | FLAG_U, // reserved (W without R)
  FLAG_V | FLAG_X | FLAG_U | FLAG_A, // execute-only
  RWU | FLAG_A | FLAG_D | FLAG_G, // global
  RWU | FLAG_A | FLAG_D | FLAG_X, // its frame is past the end of RAM (access fault)
];
const PAGES = 40;

/** Page tables: root at frame 1; VA 0x00400000 → table at frame 2 (the KINDS); 0x00800000 a megapage over frame 0 on; 0x00c00000 → a table of pointers; 0x01000000 a misaligned megapage; 0x01400000 → a table past RAM. */
function pageTables(ram: Ram): void {
  ram.write32(4096 + 1 * 4, (2 << 10) | FLAG_V);
  for (let page = 0; page < PAGES; page++) {
    const kind = page % KINDS.length;
    const ppn = kind === 9 ? 0x3ffff : 16 + page;
    ram.write32(2 * 4096 + page * 4, KINDS[kind] === 0 ? 0 : (ppn << 10) | KINDS[kind]);
  }
  ram.write32(4096 + 2 * 4, (0 << 10) | RWU | FLAG_A | FLAG_D);
  ram.write32(4096 + 3 * 4, (3 << 10) | FLAG_V);
  for (let page = 0; page < 4; page++) ram.write32(3 * 4096 + page * 4, (4 << 10) | FLAG_V);
  ram.write32(4096 + 4 * 4, (1 << 10) | RWU | FLAG_A | FLAG_D);
  ram.write32(4096 + 5 * 4, (0x3ffff << 10) | FLAG_V);
}

interface Config {
  dtlb: string;
  itlb?: string;
  unified?: boolean;
  l2?: string;
  asids?: boolean;
  /** No accesses to the megapage (a TLB that holds one makes the compiled miss serve nothing). */
  noMegapages?: boolean;
}

function machine(config: Config, seed: number): { ram: Ram; mmu: Mmu; tlbs: Tlb[]; stored: number[]; code: Uint8Array } {
  const ram = new Ram(FRAMES * 4096);
  pageTables(ram);
  const dtlb = new Tlb(parseTlbSpec(config.dtlb), 10, seed);
  const itlb = config.unified ? dtlb : new Tlb(parseTlbSpec(config.itlb ?? '4:2:lru'), 10, seed + 1);
  const l2 = config.l2 ? new Tlb(parseTlbSpec(config.l2), 10, seed + 2) : null;
  const mmu = new Mmu(ram, SV32, itlb, dtlb, l2, COSTS);
  const stored: number[] = [];
  const code = new Uint8Array(FRAMES);
  mmu.codeWatch = { frames: code, stored: (pa) => stored.push(pa) };
  mmu.setSatp(true, 0, 1);
  return { ram, mmu, tlbs: [...new Set([itlb, dtlb]), ...(l2 ? [l2] : [])], stored, code };
}

/** The VPNs the steps use: the fast path's entries for them are compared. */
const VPNS = [...Array.from({ length: PAGES }, (_, p) => 0x400 + p), ...Array.from({ length: 160 }, (_, p) => 0x800 + p), 0xc00, 0x1000, 0x1400, 0x1800];

/** Everything the two MMUs must agree on, as one string. */
function state(m: ReturnType<typeof machine>): string {
  const { ram, mmu, tlbs, stored } = m;
  return JSON.stringify({
    counters: [mmu.walks, mmu.walkCycles, mmu.l2Hits, ...tlbs.flatMap((t) => [t.misses, t.evictions, t.flushes, t.last])],
    entries: tlbs.map((t) => [t.vpn, t.asid, t.ppn, t.flags, t.mega, t.pteAddress].map((a) => Array.from(a))),
    fast: mmu.fast.map((t) => VPNS.map((vpn) => vpn & FAST_MASK).map((i) => [t.tag[i], t.base[i], t.slot[i]])),
    tables: [ram.i32.subarray(1024, 1024 + 8), ram.i32.subarray(2048, 2048 + PAGES), ram.i32.subarray(3072, 3072 + 4)].map((a) => Array.from(a)),
    stored,
  });
}

/**
 * Run `steps` seeded steps on both MMUs, comparing after each; returns what the run covered.
 * With `compiled`, the tested MMU's user loads and stores go first to a compiled miss of its own
 * (Mmu.compileDataMiss, which translateData makes and runs), so that the run counts what it
 * served, then to translateData if it served nothing.
 */
function compare(config: Config, seed: number, steps: number, compiled = false): Record<string, number> {
  const reference = machine(config, seed);
  const tested = machine(config, seed);
  const miss = compiled ? tested.mmu.compileDataMiss() : null;
  if (compiled) expect(miss).not.toBeNull();
  const seen: Record<string, number> = {};
  const count = (what: string): void => {
    seen[what] = (seen[what] ?? 0) + 1;
  };
  let x = seed;
  const random = (n: number): number => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return (x >> 8) % n;
  };
  for (let step = 0; step < steps; step++) {
    const roll = random(100);
    let what: string;
    if (roll < 3) {
      what = 'flushPage';
      const va = 0x00400000 + random(PAGES) * 4096;
      for (const m of [reference, tested]) m.mmu.flushPage(va);
    } else if (roll < 4) {
      what = 'flushAll';
      for (const m of [reference, tested]) m.mmu.flushAll();
    } else if (roll < 6 && config.asids) {
      what = 'switch';
      const asid = random(3);
      for (const m of [reference, tested]) m.mmu.setSatp(true, asid, 1);
    } else if (roll < 8) {
      what = 'code';
      const frame = 16 + random(PAGES);
      for (const m of [reference, tested]) {
        m.code[frame] ^= 1;
        if (m.code[frame]) m.mmu.dropFastStores(frame);
      }
    } else {
      const access = roll < 14 ? ACCESS_FETCH : roll < 60 ? ACCESS_LOAD : ACCESS_STORE;
      const user = random(20) !== 0;
      const region = random(10);
      const va = region < 7 || (region === 7 && config.noMegapages) ? 0x00400000 + random(PAGES) * 4096 + random(1024) * 4
        : region === 7 ? 0x00800000 + random(160) * 4096
          : [0x00c00000, 0x01000000, 0x01400000, 0x01800000][random(4)];
      const pa = reference.mmu.translate(va, access, user);
      let got = miss !== null && user && access !== ACCESS_FETCH ? miss(va, access) : -1;
      if (got >= 0) count('compiled');
      else got = access === ACCESS_FETCH ? tested.mmu.translate(va, access, user) : tested.mmu.translateData(va, access, user);
      expect(got, `step ${step}`).toBe(pa);
      const outcome = (mmu: Mmu): number[] => [mmu.extraCycles, pa < 0 ? mmu.faultCause : mmu.outcome];
      expect(outcome(tested.mmu), `step ${step}`).toEqual(outcome(reference.mmu));
      what = `${['fetch', 'load', 'store'][access]} ${pa < 0 ? 'fault' : ['l1', 'l2', 'walk'][reference.mmu.outcome]}`;
    }
    count(what);
    const [want, have] = [state(reference), state(tested)];
    if (have !== want) expect(JSON.parse(have), `step ${step} (${what})`).toEqual(JSON.parse(want));
  }
  return seen;
}

describe('translateData and the compiled miss serve loads and stores exactly as translate()', () => {
  it.each([
    ['lru', { dtlb: '4:2:lru' }],
    ['fifo', { dtlb: '4:4:fifo' }],
    ['random (Tlb.insert chooses)', { dtlb: '8:2:random' }],
    ['plru (Tlb.insert chooses)', { dtlb: '8:4:plru' }],
    ['direct-mapped', { dtlb: '4:1:lru' }],
    ['one entry', { dtlb: '1:1:lru', itlb: '1:1:fifo' }],
    ['fully associative, 16 ways (a loop, not unrolled)', { dtlb: '16:16:lru', noMegapages: true }],
    ['an L2 TLB (no compiled miss)', { dtlb: '2:1:lru', l2: '16:4:lru' }],
    ['one unified TLB', { dtlb: '8:2:lru', unified: true }],
    ['one unified TLB, no megapage (evictions drop fetch entries)', { dtlb: '8:2:lru', unified: true, noMegapages: true }],
    ['ASIDs', { dtlb: '8:4:lru', asids: true }],
    ['ASIDs, a unified plru TLB and an L2', { dtlb: '8:2:plru', unified: true, l2: '8:8:fifo', asids: true }],
  ] as [string, Config][])('%s', (_name, config) => {
    const seen = compare(config, 11, 1500, config.l2 === undefined);
    // The run went through the one-pass path and around it: misses that walk, hits, faults.
    const covered = ['load walk', 'store walk', 'load l1', 'store l1', 'load fault', 'store fault', 'fetch walk', 'flushPage', 'code'];
    for (const what of config.l2 === undefined ? ['compiled', ...covered] : covered) expect(seen[what] ?? 0, what).toBeGreaterThan(0);
  });

  it('is made for Sv32 without a second-level TLB only', () => {
    expect(machine({ dtlb: '2:1:lru', l2: '16:4:lru' }, 1).mmu.compileDataMiss()).toBeNull();
  });

  it('serves nothing while misses are listened to: the general path emits them', () => {
    const m = machine({ dtlb: '4:2:lru' }, 1);
    const miss = m.mmu.compileDataMiss()!;
    const stop = m.mmu.probe.on('tlb-miss', () => {});
    expect(miss(0x00400000, ACCESS_LOAD)).toBe(-1);
    expect([m.mmu.walks, m.tlbs[1].misses]).toEqual([0, 0]);
    stop();
    expect(miss(0x00400000, ACCESS_LOAD)).toBe(16 * 4096);
    expect([m.mmu.walks, m.tlbs[1].misses, m.mmu.extraCycles]).toEqual([1, 1, 14]);
  });
});
