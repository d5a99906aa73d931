/**
 * Named machines: small memory systems from textbooks, with the contents their figures give, so
 * that `vmlab translate --machine NAME ADDR...` answers the book's practice problems with vmlab's
 * own TLB and MMU.
 *
 * csapp-9.6.4 is the small memory system of CS:APP 3e §9.6.4 (Bryant and O'Hallaron): 14-bit
 * virtual and 12-bit physical addresses, 64-byte pages, a 16-entry 4-way set-associative TLB, a
 * one-level page table, and a physically addressed direct-mapped cache of 16 sets with 4-byte
 * blocks. The TLB, the first 16 page-table entries and the cache are those of the book's
 * Figure 9.20. The figure leaves the other 240 PTEs out: a TLB miss on VPN 0x10 or above has no
 * answer, and `unknownPte` says so. The figure's cache is a table of lines with their bytes; the
 * machine that runs programs has no data cache, so this one is looked up (figureCacheLookup),
 * never filled.
 */
import { Ram } from './ram.js';
import { FLAG_A, FLAG_D, FLAG_R, FLAG_U, FLAG_V, FLAG_W, Tlb, type TlbSpec } from './tlb.js';
import { ACCESS_LOAD, Mmu, type Geometry } from './mmu.js';

/** A TLB entry as a figure shows it: tag, PPN (null for the figure's '–') and valid bit. */
export interface FigureTlbEntry {
  tag: number;
  ppn: number | null;
  valid: boolean;
}

/** A page-table entry as a figure shows it. */
export interface FigurePte {
  vpn: number;
  ppn: number | null;
  valid: boolean;
}

/** A line of a direct-mapped cache as a figure shows it: its set index, tag, valid bit and bytes. */
export interface FigureCacheLine {
  index: number;
  tag: number;
  valid: boolean;
  /** The block's bytes (null for a line that is not valid). */
  bytes: number[] | null;
}

export interface FigureCache {
  sets: number;
  blockBytes: number;
  lines: FigureCacheLine[];
}

export interface NamedMachine {
  name: string;
  /** Where it comes from, for the output's heading. */
  source: string;
  geometry: Geometry;
  tlb: TlbSpec;
  /** The TLB, set by set, way by way, as the figure shows it. */
  tlbSets: FigureTlbEntry[][];
  /** The page-table entries the figure gives (VPN 0 upwards); the others are unknown. */
  pageTable: FigurePte[];
  /** Frame of the (one-level) page table in the machine's RAM: one no PPN of the figure uses. */
  pageTableFrame: number;
  cache: FigureCache;
}

const e = (tag: number, ppn: number | null, valid: 0 | 1): FigureTlbEntry => ({ tag, ppn, valid: valid === 1 });
const line = (index: number, tag: number, valid: 0 | 1, bytes: number[] | null = null): FigureCacheLine =>
  ({ index, tag, valid: valid === 1, bytes });

/** CS:APP 3e §9.6.4 and Figure 9.20. */
export const CSAPP_964: NamedMachine = {
  name: 'csapp-9.6.4',
  source: "CS:APP 3e §9.6.4, Figure 9.20",
  geometry: { vaBits: 14, paBits: 12, pageShift: 6, vpnBits: 8, levels: 1 },
  tlb: { entries: 16, ways: 4, policy: 'lru' },
  tlbSets: [
    [e(0x03, null, 0), e(0x09, 0x0d, 1), e(0x00, null, 0), e(0x07, 0x02, 1)],
    [e(0x03, 0x2d, 1), e(0x02, null, 0), e(0x04, null, 0), e(0x0a, null, 0)],
    [e(0x02, null, 0), e(0x08, null, 0), e(0x06, null, 0), e(0x03, null, 0)],
    [e(0x07, null, 0), e(0x03, 0x0d, 1), e(0x0a, 0x34, 1), e(0x02, null, 0)],
  ],
  pageTable: ([
    [0x28, 1], [null, 0], [0x33, 1], [0x02, 1], [null, 0], [0x16, 1], [null, 0], [null, 0],
    [0x13, 1], [0x17, 1], [0x09, 1], [null, 0], [null, 0], [0x2d, 1], [0x11, 1], [0x0d, 1],
  ] as const).map(([ppn, valid], vpn) => ({ vpn, ppn, valid: valid === 1 })),
  // Frames 0x18-0x27 (PA 0x600-0x9FF) hold the 256 PTEs of 4 bytes: no PPN of the figure is among them.
  pageTableFrame: 0x18,
  cache: {
    sets: 16,
    blockBytes: 4,
    lines: [
      line(0x0, 0x19, 1, [0x99, 0x11, 0x23, 0x11]), line(0x1, 0x15, 0), line(0x2, 0x1b, 1, [0x00, 0x02, 0x04, 0x08]),
      line(0x3, 0x36, 0), line(0x4, 0x32, 1, [0x43, 0x6d, 0x8f, 0x09]), line(0x5, 0x0d, 1, [0x36, 0x72, 0xf0, 0x1d]),
      line(0x6, 0x31, 0), line(0x7, 0x16, 1, [0x11, 0xc2, 0xdf, 0x03]), line(0x8, 0x24, 1, [0x3a, 0x00, 0x51, 0x89]),
      line(0x9, 0x2d, 0), line(0xa, 0x2d, 1, [0x93, 0x15, 0xda, 0x3b]), line(0xb, 0x0b, 0), line(0xc, 0x12, 0),
      line(0xd, 0x16, 1, [0x04, 0x96, 0x34, 0x15]), line(0xe, 0x13, 1, [0x83, 0x77, 0x1b, 0xd3]), line(0xf, 0x14, 0),
    ],
  },
};

/** The named machines by name (`--machine NAME`). */
export const NAMED_MACHINES: ReadonlyMap<string, NamedMachine> = new Map([[CSAPP_964.name, CSAPP_964]]);

/** The figure's machine built from vmlab's parts: RAM with the page table in it, the TLB loaded, the MMU on. */
export interface FigureMachine {
  ram: Ram;
  tlb: Tlb;
  mmu: Mmu;
}

/** PTE and TLB flags of a valid entry of a figure (the figures have only a valid bit: any load is allowed). */
const VALID_FLAGS = FLAG_V | FLAG_R | FLAG_W | FLAG_U | FLAG_A | FLAG_D;

/** Build `m` in the state of its figure: each call gives a fresh machine. */
export function buildFigureMachine(m: NamedMachine): FigureMachine {
  const g = m.geometry;
  const pageBytes = 2 ** g.pageShift;
  const ram = new Ram(Math.max(2 ** g.paBits, 4096));
  const tlb = new Tlb(m.tlb, g.vpnBits);
  const mmu = new Mmu(ram, g, tlb, tlb, null, { walkLevel: 1, l2tlbHit: 1 });
  for (const pte of m.pageTable) {
    if (pte.valid && pte.ppn !== null) ram.write32(m.pageTableFrame * pageBytes + pte.vpn * 4, (pte.ppn << 10) | VALID_FLAGS);
  }
  const sets = m.tlbSets.length;
  m.tlbSets.forEach((ways, set) => {
    for (const entry of ways) {
      if (!entry.valid || entry.ppn === null) continue;
      const vpn = entry.tag * sets + set;
      tlb.insert(vpn, 0, entry.ppn, VALID_FLAGS, false, m.pageTableFrame * pageBytes + vpn * 4);
    }
  });
  mmu.setSatp(true, 0, m.pageTableFrame);
  return { ram, tlb, mmu };
}

/** What one address's translation on a figure's machine gives, field by field (the practice problems' answers). */
export interface FigureTranslation {
  va: number;
  vpn: number;
  vpo: number;
  tlbIndex: number;
  tlbTag: number;
  tlbHit: boolean;
  /** On a TLB miss: the figure does not give the PTE (VPN beyond the listed ones), so nothing more is known. */
  unknownPte: boolean;
  pageFault: boolean;
  ppn: number | null;
  pa: number | null;
  cache: { offset: number; index: number; tag: number; hit: boolean; byte: number | null } | null;
}

/**
 * Translate `va` (a load) on a fresh machine in the state of `m`'s figure, with vmlab's TLB and
 * MMU, and look the physical address up in the figure's cache. Throws RangeError if `va` does
 * not fit in the machine's virtual addresses.
 */
export function translateOnFigure(m: NamedMachine, va: number): FigureTranslation {
  const g = m.geometry;
  if (!Number.isInteger(va) || va < 0 || va >= 2 ** g.vaBits) {
    throw new RangeError(`address 0x${va.toString(16)} does not fit in ${g.vaBits} bits`);
  }
  const { tlb, mmu } = buildFigureMachine(m);
  const vpn = Math.floor(va / 2 ** g.pageShift);
  const sets = tlb.sets;
  const fields = { va, vpn, vpo: va % 2 ** g.pageShift, tlbIndex: vpn % sets, tlbTag: Math.floor(vpn / sets) };
  const tlbHit = tlb.find(vpn, 0) >= 0;
  if (!tlbHit && vpn >= m.pageTable.length) {
    return { ...fields, tlbHit, unknownPte: true, pageFault: false, ppn: null, pa: null, cache: null };
  }
  const pa = mmu.translate(va, ACCESS_LOAD, true);
  if (pa < 0) return { ...fields, tlbHit, unknownPte: false, pageFault: true, ppn: null, pa: null, cache: null };
  return { ...fields, tlbHit, unknownPte: false, pageFault: false, ppn: pa >>> g.pageShift, pa, cache: figureCacheLookup(m.cache, pa) };
}

/** Look physical address `pa` up in a figure's direct-mapped cache: offset, set index, tag, hit, and the byte on a hit. */
export function figureCacheLookup(cache: FigureCache, pa: number): NonNullable<FigureTranslation['cache']> {
  const offset = pa % cache.blockBytes;
  const index = Math.floor(pa / cache.blockBytes) % cache.sets;
  const tag = Math.floor(pa / (cache.blockBytes * cache.sets));
  const l = cache.lines[index];
  const hit = l.valid && l.tag === tag && l.bytes !== null;
  return { offset, index, tag, hit, byte: hit ? l.bytes![offset] : null };
}
