/**
 * The MMU: address translation through the modelled TLBs and, on a miss, a page-table walk over
 * page tables in physical RAM (Sv32 by default; any geometry of the same PTE format, such as
 * CS:APP §9.6.4's 14-bit system). The walker checks permissions as the privileged spec says and
 * sets A, and D on a store, in the PTE in RAM.
 *
 * Translation never throws: it returns a physical address, or -1 with `faultCause` set to the
 * RISC-V exception code. The CPU's host fast path (one direct-mapped table per access type,
 * holding a page's RAM offset) is filled here and kept exactly coherent with the modelled TLB:
 * an entry is installed only after the TLB holds the translation with the permission that access
 * needs, and dropped whenever the TLB drops it. (A load's translation also fills the store table
 * when the entry already allows a store with D set, and a store's the load table: the same state
 * the other access's own translation would leave.)
 *
 * The miss path (translate → refill → walk → Tlb.insert) allocates nothing and takes the
 * geometry from small-integer fields (no float powers); the usual data miss takes a one-pass
 * path compiled for the machine (translateData, data-miss.ts). docs/engine.md (The TLB-miss
 * path) measures both.
 */
import { FRAME_SHIFT, type Ram } from './ram.js';
import { FLAG_A, FLAG_D, FLAG_G, FLAG_R, FLAG_U, FLAG_V, FLAG_W, FLAG_X, Tlb, type TlbListener } from './tlb.js';
import { Probe, type TlbOutcome } from './probe.js';
import { DATA_MISS_NAMES, dataMissSource, type DataMiss } from './data-miss.js';
import { callUnpinned } from './unpinned.js';

export interface Geometry {
  /** Bits of a virtual address, of a page offset, of the VPN at each level, number of levels. */
  vaBits: number;
  paBits: number;
  pageShift: number;
  vpnBits: number;
  levels: number;
}

export const SV32: Geometry = { vaBits: 32, paBits: 34, pageShift: 12, vpnBits: 10, levels: 2 };

export const ACCESS_FETCH = 0, ACCESS_LOAD = 1, ACCESS_STORE = 2;
export const ACCESS_NAMES = ['fetch', 'load', 'store'] as const;

/** How the last translation was served (Mmu.outcome): index into TLB_OUTCOMES. */
export const OUTCOME_L1 = 0, OUTCOME_L2 = 1, OUTCOME_WALK = 2, OUTCOME_OFF = 3;
export const TLB_OUTCOMES: readonly TlbOutcome[] = ['l1', 'l2', 'walk', 'off'];

/** RISC-V exception codes raised by translation. */
export const CAUSE_FETCH_ACCESS = 1, CAUSE_LOAD_ACCESS = 5, CAUSE_STORE_ACCESS = 7;
export const CAUSE_FETCH_PAGE_FAULT = 12, CAUSE_LOAD_PAGE_FAULT = 13, CAUSE_STORE_PAGE_FAULT = 15;
const PAGE_FAULT = [CAUSE_FETCH_PAGE_FAULT, CAUSE_LOAD_PAGE_FAULT, CAUSE_STORE_PAGE_FAULT];
const ACCESS_FAULT = [CAUSE_FETCH_ACCESS, CAUSE_LOAD_ACCESS, CAUSE_STORE_ACCESS];
const NEEDED = [FLAG_X, FLAG_R, FLAG_W];
/** The compiled miss of an MMU that has none: it serves nothing. */
const NO_DATA_MISS: DataMiss = () => -1;

/**
 * Bits of the host fast-path tables: 2^FAST_BITS entries per access type, indexed by the low bits
 * of the VPN, so 16 MiB of contiguous virtual pages never conflict (a 4,096-entry DTLB fits whole).
 * Nothing scans a whole table on a common path (docs/engine.md, The TLB-miss path).
 */
export const FAST_BITS = 12;
export const FAST_MASK = (1 << FAST_BITS) - 1;

/** A fast-path table: page tag (VPN, -1 empty), RAM offset of the page, TLB slot. */
export interface FastTable {
  tag: Int32Array;
  base: Int32Array;
  slot: Int32Array;
}

function fastTable(): FastTable {
  return { tag: new Int32Array(FAST_MASK + 1).fill(-1), base: new Int32Array(FAST_MASK + 1), slot: new Int32Array(FAST_MASK + 1) };
}

/**
 * Frames holding compiled code (the compiling engine's, src/machine/jit): stores into them never
 * get a fast-path entry, so every such store comes to translate(), which reports it through
 * `stored` before the store happens.
 */
export interface CodeWatch {
  /** Per frame: non-zero while the frame holds compiled code. */
  readonly frames: Uint8Array;
  /** A store to physical address `pa`, in a watched frame, is about to happen. */
  stored(pa: number): void;
}

export interface MmuCosts {
  walkLevel: number;
  l2tlbHit: number;
}

export class Mmu {
  /** satp: translation on or off (bare), ASID, root page-table PPN. */
  enabled = false;
  asid = 0;
  rootPpn = 0;
  readonly pageShift: number;
  readonly fast: FastTable[] = [fastTable(), fastTable(), fastTable()];
  /** Which TLB serves each access type (fetch → itlb, load/store → dtlb; one object if unified). */
  private readonly l1: Tlb[];

  faultCause = 0;
  /** How the last successful translation was served: OUTCOME_L1, _L2, _WALK or _OFF. */
  outcome = OUTCOME_L1;
  /**
   * Called with the frame of every successful user translation (for exact LRU); the fast path is
   * then left empty so that every access comes here.
   */
  accessHook: ((frame: number) => void) | null = null;
  /** The compiling engine's frames of code, or null (the interpreter needs none). */
  codeWatch: CodeWatch | null = null;
  /** The machine's compiled miss (translateData), null until its first call. */
  private dataMiss: DataMiss | null = null;
  walks = 0;
  walkCycles = 0;
  l2Hits = 0;
  /** Cycles spent by the last translation beyond a TLB hit, for the CPU's clock. */
  extraCycles = 0;
  // The leaf PTE found by the last successful walk (walk() returns true): fields, not an object,
  // so that a walk allocates nothing.
  private leafPpn = 0;
  private leafFlags = 0;
  private leafMega = false;
  private leafPteAddress = 0;
  // The geometry and costs as plain small integers, read on every miss.
  private readonly pageBytes: number;
  private readonly pageMask: number;
  private readonly megaMask: number;
  private readonly indexMask: number;
  private readonly vpnBits: number;
  private readonly levels: number;
  private readonly walkLevelCycles: number;
  private readonly ramSize: number;
  private readonly ramWords: Int32Array;
  /** Sv32's geometry and no second-level TLB: translateData may serve a DTLB miss itself. */
  private readonly sv32Alone: boolean;

  constructor(
    private readonly ram: Ram,
    readonly geometry: Geometry,
    readonly itlb: Tlb,
    readonly dtlb: Tlb,
    readonly l2tlb: Tlb | null,
    private readonly costs: MmuCosts,
    /** The run's event stream: TLB misses are emitted here; with access listeners the fast path stays empty. */
    readonly probe: Probe = new Probe(),
  ) {
    this.pageShift = geometry.pageShift;
    // Shifts, not 2 **: V8 keeps a power's result as a float, and these fields would be floats.
    this.pageBytes = 1 << geometry.pageShift;
    this.pageMask = this.pageBytes - 1;
    this.megaMask = (1 << (geometry.pageShift + geometry.vpnBits)) - 1;
    this.indexMask = (1 << geometry.vpnBits) - 1;
    this.vpnBits = geometry.vpnBits;
    this.levels = geometry.levels;
    this.walkLevelCycles = costs.walkLevel;
    this.ramSize = ram.size;
    this.ramWords = ram.i32;
    this.sv32Alone = geometry.pageShift === 12 && geometry.vpnBits === 10 && geometry.levels === 2 && l2tlb === null;
    probe.onAccessesChange = () => {
      for (const t of this.fast) t.tag.fill(-1);
    };
    this.l1 = [itlb, dtlb, dtlb];
    const [fetch, load, store] = this.fast;
    const megaPages = 1 << geometry.vpnBits;
    if (dtlb === itlb) itlb.listener = new FastDrop(fetch, load, store, megaPages);
    else {
      itlb.listener = new FastDrop(fetch, null, null, megaPages);
      dtlb.listener = new FastDrop(load, store, null, megaPages);
    }
  }

  /**
   * Set satp. Without ASIDs in use, the caller flushes the TLBs (see flush*). Any change empties
   * the fast path: its entries are tagged by VPN alone, so they belong to one address space (with
   * ASIDs the TLBs keep the other spaces' entries, and no flush would drop the fast path's), and
   * they mean different things with translation on and off.
   */
  setSatp(enabled: boolean, asid: number, rootPpn: number): void {
    if (enabled !== this.enabled || asid !== this.asid || rootPpn !== this.rootPpn) for (const t of this.fast) t.tag.fill(-1);
    this.enabled = enabled;
    this.asid = asid;
    this.rootPpn = rootPpn;
  }

  /** sfence.vma: all entries, one ASID's, or one page's (every ASID), in every TLB. */
  flushAll(): void {
    for (const t of this.tlbs()) t.flushAll();
  }
  flushAsid(asid: number): void {
    for (const t of this.tlbs()) t.flushAsid(asid);
  }
  flushPage(va: number): void {
    const vpn = va >>> this.pageShift;
    for (const t of this.tlbs()) t.flushPage(vpn);
  }

  private tlbs(): Tlb[] {
    const list = this.itlb === this.dtlb ? [this.itlb] : [this.itlb, this.dtlb];
    if (this.l2tlb) list.push(this.l2tlb);
    return list;
  }

  /**
   * Translate `va` for `access` in user mode (`user`) or supervisor mode. Counts a TLB hit or
   * miss, walks on a miss, fills the TLBs and the fast path. Returns the physical address, or -1
   * with `faultCause` set.
   */
  translate(va: number, access: number, user: boolean): number {
    this.extraCycles = 0;
    if (!this.enabled) return this.physical(va >>> 0, access);
    const shift = this.pageShift;
    const vpn = va >>> shift;
    const tlb = this.l1[access];
    let slot = tlb.find(vpn, this.asid);
    if (slot < 0) {
      tlb.misses++;
      slot = this.refill(tlb, vpn, va, access, user);
      if (this.probe.misses) this.emitMiss(va, access, slot < 0);
      if (slot < 0) return -1;
    } else {
      this.outcome = OUTCOME_L1;
      tlb.touch(slot);
    }
    const flags = tlb.flags[slot];
    if (!this.permits(flags, access, user)) {
      this.faultCause = PAGE_FAULT[access];
      return -1;
    }
    if (access === ACCESS_STORE && (flags & FLAG_D) === 0) {
      // The first store through a clean entry sets D in the PTE (and in the TLB entry).
      const pte = tlb.pteAddress[slot];
      this.ram.write32(pte, this.ram.read32(pte) | FLAG_D | FLAG_A);
      tlb.flags[slot] = flags | FLAG_D;
      this.extraCycles += this.costs.walkLevel;
    }
    const pa = tlb.ppn[slot] * this.pageBytes + (va & (tlb.mega[slot] ? this.megaMask : this.pageMask));
    // Accesses are aligned to their size (the CPU checks first) and RAM is whole frames, so an
    // access starting inside RAM ends inside it.
    if (pa >= this.ramSize) {
      this.faultCause = ACCESS_FAULT[access];
      return -1;
    }
    if (this.accessHook) this.accessHook(pa >>> FRAME_SHIFT);
    if (access === ACCESS_STORE && this.watchedStore(pa)) return pa;
    if (user && shift === 12 && !this.probe.accesses && this.accessHook === null) this.fillAfter(access, vpn, pa - (va & 0xfff), slot, flags);
    return pa;
  }

  /**
   * translate() for a load or store (`access`), with the same results, counters and TLB state:
   * in user mode the usual DTLB miss is served in one pass by a function compiled for this
   * machine (data-miss.ts), made at the first call; everything else goes to translate().
   */
  translateData(va: number, access: number, user: boolean): number {
    if (user) {
      // Compiled at the first call (codeWatch is set by then).
      // Through callUnpinned: optimized code of this method, shared by every machine, must not
      // hold one machine's compiled miss (unpinned.ts).
      const pa = callUnpinned(this.dataMiss ??= this.compileDataMiss() ?? NO_DATA_MISS, va, access);
      if (pa >= 0) return pa;
    }
    return this.translate(va, access, user);
  }

  /**
   * The usual DTLB miss compiled for this machine (data-miss.ts), or null where it has none:
   * another geometry than Sv32, or a second-level TLB.
   */
  compileDataMiss(): DataMiss | null {
    if (!this.sv32Alone) return null;
    const tlb = this.dtlb;
    const [fetch, load, store] = this.fast;
    const source = dataMissSource({
      sets: tlb.sets, ways: tlb.ways, oldestVictim: tlb.policy === 'lru' || tlb.policy === 'fifo', unified: tlb === this.itlb,
      frames: this.ramSize / 4096, walkCycles: 2 * this.walkLevelCycles, watchesCode: this.codeWatch !== null,
      fastMask: FAST_MASK, walkOutcome: OUTCOME_WALK,
    });
    const values = {
      mmu: this, probe: this.probe, tlb, words: this.ramWords, code: this.codeWatch?.frames ?? null, tags: tlb.vpn, asids: tlb.asid,
      ppns: tlb.ppn, flags: tlb.flags, megas: tlb.mega, ptes: tlb.pteAddress, stamp: tlb.stamp,
      lT: load.tag, lB: load.base, lS: load.slot, sT: store.tag, sB: store.base, sS: store.slot, fT: fetch.tag, fS: fetch.slot,
    };
    return new Function(...DATA_MISS_NAMES, source)(...DATA_MISS_NAMES.map((name) => values[name])) as DataMiss;
  }

  /**
   * Fill the fast path after a user `access` to page `vpn` at RAM offset `base` was translated
   * through TLB slot `slot` (PTE bits `flags`), and the other data access's table too where the
   * entry already allows it as that access's own translation would leave it (a store needs D
   * set, and no code in the frame): a load that walked is often followed by a store to the same
   * page, which then takes the fast path.
   */
  private fillAfter(access: number, vpn: number, base: number, slot: number, flags: number): void {
    fillFast(this.fast[access], vpn, base, slot);
    // The user-mode permission tests of permits(), spelled out: this runs on every miss.
    if (access === ACCESS_LOAD) {
      if ((flags & (FLAG_D | FLAG_W | FLAG_U)) === (FLAG_D | FLAG_W | FLAG_U) && !this.holdsCode(base)) fillFast(this.fast[ACCESS_STORE], vpn, base, slot);
    } else if (access === ACCESS_STORE && (flags & (FLAG_R | FLAG_U)) === (FLAG_R | FLAG_U)) {
      fillFast(this.fast[ACCESS_LOAD], vpn, base, slot);
    }
  }

  /** Translation off: the address is physical; the fast path maps the page to itself (no TLB). */
  private physical(pa: number, access: number): number {
    if (pa >= this.ram.size) {
      this.faultCause = ACCESS_FAULT[access];
      return -1;
    }
    this.outcome = OUTCOME_OFF;
    if (access === ACCESS_STORE && this.watchedStore(pa)) return pa;
    if (this.probe.accesses) return pa;
    const t = this.fast[access];
    const i = (pa >>> 12) & FAST_MASK;
    t.tag[i] = pa >>> 12;
    t.base[i] = pa - (pa & 0xfff);
    t.slot[i] = -1;
    return pa;
  }

  private emitMiss(va: number, access: number, fault: boolean): void {
    this.probe.emit({
      type: 'tlb-miss', kind: ACCESS_NAMES[access], va: va >>> 0, tlb: this.outcome === OUTCOME_L2 ? 'l2' : 'walk',
      cycles: this.extraCycles, fault,
    });
  }

  /** A store into a frame of compiled code: reported, and kept off the fast path. */
  private watchedStore(pa: number): boolean {
    if (!this.holdsCode(pa)) return false;
    this.codeWatch!.stored(pa);
    return true;
  }

  /** Whether the frame of `pa` holds compiled code (stores into it must come to translate()). */
  private holdsCode(pa: number): boolean {
    const watch = this.codeWatch;
    return watch !== null && watch.frames[pa >>> FRAME_SHIFT] !== 0;
  }

  /**
   * Drop the store fast-path entries that lead into `frame` (it now holds compiled code). Every
   * such entry is a DTLB entry's page (or, translation off, the frame's own page), so this looks
   * at the DTLB's entries, not at the whole table.
   */
  dropFastStores(frame: number): void {
    const t = this.fast[ACCESS_STORE];
    if (!this.enabled) {
      dropFast(t, -1, frame, 1);
      return;
    }
    if (this.pageShift !== FRAME_SHIFT) return; // translate() fills the tables for 4 KiB pages only
    const { vpn, ppn, mega } = this.dtlb;
    for (let s = 0; s < vpn.length; s++) {
      if (vpn[s] === -1) continue;
      const offset = frame - ppn[s]; // the frame's page within the entry's
      if (offset === 0 || (mega[s] === 1 && offset > 0 && offset < 1 << this.vpnBits)) dropFast(t, s, vpn[s] + offset, 1);
    }
  }

  private permits(flags: number, access: number, user: boolean): boolean {
    if ((flags & NEEDED[access]) === 0) return false;
    return user ? (flags & FLAG_U) !== 0 : (flags & FLAG_U) === 0;
  }

  /** After an L1 miss: the second-level TLB, else a walk. Returns the L1 slot, or -1 (fault). */
  private refill(tlb: Tlb, vpn: number, va: number, access: number, user: boolean): number {
    const l2 = this.l2tlb;
    if (l2) {
      const s2 = l2.find(vpn, this.asid);
      if (s2 >= 0) {
        l2.touch(s2);
        this.outcome = OUTCOME_L2;
        this.l2Hits++;
        this.extraCycles += this.costs.l2tlbHit;
        return tlb.insert(l2.vpn[s2], l2.asid[s2], l2.ppn[s2], l2.flags[s2], l2.mega[s2] === 1, l2.pteAddress[s2]);
      }
      l2.misses++;
    }
    this.outcome = OUTCOME_WALK;
    if (!this.walk(va, access, user)) return -1;
    const mega = this.leafMega;
    const tag = mega ? (vpn >>> this.vpnBits) << this.vpnBits : vpn;
    const flags = this.leafFlags;
    const asid = (flags & FLAG_G) !== 0 ? 0 : this.asid;
    if (l2) l2.insert(tag, asid, this.leafPpn, flags, mega, this.leafPteAddress);
    return tlb.insert(tag, asid, this.leafPpn, flags, mega, this.leafPteAddress);
  }

  /**
   * Walk the page table for `va`: one memory access per level. If the leaf permits the access,
   * sets A (and D for a store) in the PTE and returns true with the leaf in the leaf* fields;
   * otherwise returns false with `faultCause` set (no valid leaf, a reserved encoding, a
   * misaligned megapage, a forbidden access, a table outside RAM).
   */
  private walk(va: number, access: number, user: boolean): boolean {
    const vpnBits = this.vpnBits, pageBytes = this.pageBytes, indexMask = this.indexMask, words = this.ramWords, ramSize = this.ramSize;
    this.walks++;
    let table = this.rootPpn;
    let read = 0; // PTEs read so far: each costs walkLevel cycles
    for (let level = this.levels - 1, shift = this.pageShift + level * vpnBits; level >= 0; level--, shift -= vpnBits) {
      const pteAddress = table * pageBytes + ((va >>> shift) & indexMask) * 4;
      read++;
      if (pteAddress + 4 > ramSize) return this.walkFault(read, ACCESS_FAULT[access]);
      let pte = words[pteAddress >>> 2];
      const flags = pte & 0xff;
      if ((flags & FLAG_V) === 0 || ((flags & FLAG_R) === 0 && (flags & FLAG_W) !== 0)) break;
      const ppn = pte >>> 10;
      if ((flags & (FLAG_R | FLAG_X)) === 0) {
        table = ppn;
        continue;
      }
      if (level > 0 && (ppn & ((1 << (level * vpnBits)) - 1)) !== 0) break; // misaligned megapage
      if (level > 1) break; // only Sv32's two levels have a defined megapage size
      if (!this.permits(flags, access, user)) break;
      const set = FLAG_A | (access === ACCESS_STORE && (flags & FLAG_W) !== 0 ? FLAG_D : 0);
      if ((pte & set) !== set) {
        pte |= set;
        this.ram.write32(pteAddress, pte);
      }
      this.chargeWalk(read);
      this.leafPpn = ppn;
      this.leafFlags = pte & 0xff;
      this.leafMega = level === 1;
      this.leafPteAddress = pteAddress;
      return true;
    }
    return this.walkFault(read, PAGE_FAULT[access]);
  }

  /** A walk that read `read` PTEs ends in a fault with `cause`: charged, recorded, false. */
  private walkFault(read: number, cause: number): boolean {
    this.chargeWalk(read);
    this.faultCause = cause;
    return false;
  }

  /** Count the cycles of a walk that read `read` PTEs. */
  private chargeWalk(read: number): void {
    const cycles = read * this.walkLevelCycles;
    this.walkCycles += cycles;
    this.extraCycles += cycles;
  }
}

/**
 * A TLB's listener that drops the fast-path entries of each entry it loses from up to three
 * tables. One class for every TLB of every machine, so that V8 inlines its call into Tlb's
 * eviction (a closure per machine was a new call target for each).
 */
class FastDrop implements TlbListener {
  constructor(private readonly a: FastTable, private readonly b: FastTable | null, private readonly c: FastTable | null,
    private readonly megaPages: number) {}

  dropped(slot: number, vpn: number, mega: boolean): void {
    const pages = mega ? this.megaPages : 1;
    dropFast(this.a, slot, vpn, pages);
    if (this.b !== null) dropFast(this.b, slot, vpn, pages);
    if (this.c !== null) dropFast(this.c, slot, vpn, pages);
  }
}

/** Map virtual page `vpn` to the RAM offset `base` (TLB slot `slot`) in fast-path table `t`. */
function fillFast(t: FastTable, vpn: number, base: number, slot: number): void {
  const i = vpn & FAST_MASK;
  t.tag[i] = vpn;
  t.base[i] = base;
  t.slot[i] = slot;
}

/**
 * Drop fast-path table `t`'s entries for TLB slot `slot`, which held the `pages` pages from `vpn`
 * on (1, or a megapage's): each page's own index, or every index if the pages outnumber them.
 */
function dropFast(t: FastTable, slot: number, vpn: number, pages: number): void {
  if (pages === 1) {
    const i = vpn & FAST_MASK;
    if (t.tag[i] === vpn && t.slot[i] === slot) t.tag[i] = -1;
  } else if (pages <= FAST_MASK + 1) {
    for (let v = vpn; v < vpn + pages; v++) {
      const i = v & FAST_MASK;
      if (t.tag[i] === v && t.slot[i] === slot) t.tag[i] = -1;
    }
  } else {
    for (let i = 0; i <= FAST_MASK; i++) if (t.tag[i] !== -1 && t.slot[i] === slot) t.tag[i] = -1;
  }
}

export { FLAG_A, FLAG_D, FLAG_G, FLAG_R, FLAG_U, FLAG_V, FLAG_W, FLAG_X };
