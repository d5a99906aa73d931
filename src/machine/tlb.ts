/**
 * A modelled TLB: `entries` slots in sets of `ways` (1 = direct-mapped, ways = entries = fully
 * associative), replaced by lru, fifo, random (seeded) or tree-plru. Entries are tagged with an
 * ASID (global entries match any). A megapage entry covers 2^superBits base pages.
 *
 * The TLB counts misses, evictions and flushes; accesses are counted by whoever translates (a
 * hit is an access that did not miss), so the CPU's host fast path can take a hit without
 * touching a counter. Its `listener` hears of every entry that leaves the TLB, so the fast
 * path can drop exactly what the TLB no longer holds.
 */

/** What hears of the entries that leave a TLB: `dropped` is called for each, with its slot and VPN. */
export interface TlbListener {
  dropped(slot: number, vpn: number, mega: boolean): void;
}
const NO_LISTENER: TlbListener = { dropped: () => {} };

export type TlbPolicy = 'lru' | 'fifo' | 'random' | 'plru';
export const TLB_POLICIES: readonly TlbPolicy[] = ['lru', 'fifo', 'random', 'plru'];

export interface TlbSpec {
  entries: number;
  ways: number;
  policy: TlbPolicy;
}

/** Parse ENTRIES:WAYS:POLICY ("64:4:lru", "32:fa:fifo", "16:1:random"). Throws RangeError. */
export function parseTlbSpec(text: string): TlbSpec {
  const m = /^(\d+):(\d+|fa):([a-z]+)$/.exec(text);
  if (!m) throw new RangeError(`bad TLB spec '${text}': expected ENTRIES:WAYS:POLICY, like 64:4:lru or 32:fa:fifo`);
  const entries = Number(m[1]);
  const ways = m[2] === 'fa' ? entries : Number(m[2]);
  const policy = m[3] as TlbPolicy;
  if (!TLB_POLICIES.includes(policy)) throw new RangeError(`bad TLB policy '${m[3]}': expected one of ${TLB_POLICIES.join(', ')}`);
  const pow2 = (n: number): boolean => n > 0 && (n & (n - 1)) === 0;
  if (!pow2(entries) || !pow2(ways) || ways > entries || entries > 65536) {
    throw new RangeError(`bad TLB spec '${text}': entries and ways must be powers of 2, ways <= entries <= 65536`);
  }
  return { entries, ways, policy };
}

export const FLAG_V = 1, FLAG_R = 2, FLAG_W = 4, FLAG_X = 8, FLAG_U = 16, FLAG_G = 32, FLAG_A = 64, FLAG_D = 128;

const POLICY_LRU = 0, POLICY_FIFO = 1, POLICY_RANDOM = 2, POLICY_PLRU = 3;

export class Tlb {
  readonly sets: number;
  readonly ways: number;
  readonly policy: TlbPolicy;
  private readonly policyCode: number;
  /** Per slot (set * ways + way): the tag (base VPN, or first VPN of a megapage), -1 if empty. */
  readonly vpn: Int32Array;
  readonly asid: Int32Array;
  readonly ppn: Int32Array;
  /** PTE permission bits (FLAG_*). */
  readonly flags: Uint8Array;
  /** 1 for a megapage entry. */
  readonly mega: Uint8Array;
  /** Physical address of the leaf PTE, to set D on a store. */
  readonly pteAddress: Float64Array;
  /** Per slot: the clock at its last use (lru) or insertion (fifo); only their order matters. */
  readonly stamp: Int32Array;
  private readonly plruBits: Uint8Array;
  private clock = 0;
  private rng: number;
  /** Megapage entries held: find() looks for a megapage only when there are some. */
  private megaEntries = 0;
  /** The slot last touched, so repeated hits on one entry cost nothing (callers may test it first). */
  last = -1;

  /** The clock value at which stamps are renumbered (tick); tests lower it to exercise that. */
  static stampLimit = 1 << 30;

  misses = 0;
  evictions = 0;
  flushes = 0;
  /** Hears of every entry that leaves the TLB (see TlbListener). */
  listener: TlbListener = NO_LISTENER;

  constructor(spec: TlbSpec, readonly superBits: number, seed = 1) {
    this.ways = spec.ways;
    this.sets = spec.entries / spec.ways;
    this.policy = spec.policy;
    this.policyCode = TLB_POLICIES.indexOf(spec.policy);
    const n = spec.entries;
    this.vpn = new Int32Array(n).fill(-1);
    this.asid = new Int32Array(n);
    this.ppn = new Int32Array(n);
    this.flags = new Uint8Array(n);
    this.mega = new Uint8Array(n);
    this.pteAddress = new Float64Array(n);
    this.stamp = new Int32Array(n);
    this.plruBits = new Uint8Array(this.sets * this.ways);
    this.rng = (seed >>> 0) || 1;
  }

  get entries(): number {
    return this.sets * this.ways;
  }

  /** Whether any entry is a megapage's. */
  get holdsMegapages(): boolean {
    return this.megaEntries > 0;
  }

  private setOf(vpn: number): number {
    return vpn & (this.sets - 1);
  }

  /** The slot holding a translation of `vpn` for `asid`, or -1. Does not count or touch. */
  find(vpn: number, asid: number): number {
    const tags = this.vpn;
    const base = this.setOf(vpn) * this.ways, end = base + this.ways;
    for (let s = base; s < end; s++) {
      if (tags[s] === vpn && this.mega[s] === 0 && (this.asid[s] === asid || (this.flags[s] & FLAG_G) !== 0)) return s;
    }
    if (this.megaEntries > 0) {
      const first = (vpn >>> this.superBits) << this.superBits;
      const mbase = this.setOf(vpn >>> this.superBits) * this.ways;
      for (let s = mbase; s < mbase + this.ways; s++) {
        if (this.vpn[s] === first && this.mega[s] === 1 && (this.asid[s] === asid || (this.flags[s] & FLAG_G) !== 0)) return s;
      }
    }
    return -1;
  }

  /** Record a use of `slot` for the replacement policy (lru and plru). */
  touch(slot: number): void {
    if (slot === this.last) return;
    this.last = slot;
    if (this.policyCode === POLICY_LRU) this.stamp[slot] = this.tick();
    else if (this.policyCode === POLICY_PLRU) this.plruTouch(slot);
  }

  /**
   * touch() each of `slots[from..to)` in order, skipping the negative ones (no slot); for lru in
   * one loop over locals. The jit's looping blocks hand over up to 4,096 touches at a time
   * (JitCpu.touchListed), and a call of touch() for each cost the C sieve's run, where every
   * round of a loop over a big stride reaches another page, about 2 ms of its 34.
   */
  touchAll(slots: Int32Array, from: number, to: number): void {
    if (this.policyCode !== POLICY_LRU || this.clock + (to - from) >= Tlb.stampLimit) {
      for (let i = from; i < to; i++) if (slots[i] >= 0) this.touch(slots[i]);
      return;
    }
    const stamp = this.stamp;
    let last = this.last, clock = this.clock;
    for (let i = from; i < to; i++) {
      const slot = slots[i];
      if (slot !== last && slot >= 0) stamp[last = slot] = ++clock;
    }
    this.last = last;
    this.clock = clock;
  }

  /**
   * The next clock value. Stamps are small integers (compared without branches in `oldest`):
   * when the clock reaches Tlb.stampLimit, every stamp is renumbered 1, 2... in the same order,
   * which is all that lru and fifo read of them.
   */
  tick(): number {
    if (this.clock >= Tlb.stampLimit) this.renumber();
    return ++this.clock;
  }

  private renumber(): void {
    const stamp = this.stamp;
    const order = Array.from(stamp.keys()).sort((a, b) => stamp[a] - stamp[b]);
    let rank = 0, previous = -1;
    for (const slot of order) {
      if (stamp[slot] !== previous) {
        previous = stamp[slot];
        rank++;
      }
      stamp[slot] = rank;
    }
    this.clock = rank;
  }

  /**
   * Insert a translation, evicting a victim chosen by the policy if the set is full.
   * Returns the slot.
   */
  insert(vpn: number, asid: number, ppn: number, flags: number, mega: boolean, pteAddress: number): number {
    const tags = this.vpn;
    const set = mega ? this.setOf(vpn >>> this.superBits) : this.setOf(vpn);
    const base = set * this.ways, end = base + this.ways;
    let slot = base;
    while (slot < end && tags[slot] !== -1) slot++;
    if (slot === end) { // the set is full
      slot = base + this.victim(set);
      this.evictions++;
      this.invalidate(slot);
    }
    tags[slot] = vpn;
    this.asid[slot] = asid;
    this.ppn[slot] = ppn;
    this.flags[slot] = flags;
    this.mega[slot] = mega ? 1 : 0;
    this.pteAddress[slot] = pteAddress;
    if (mega) this.megaEntries++;
    // The insertion is the entry's first use: its stamp is the insertion order for fifo and the
    // last use for lru, and tree-plru points away from it.
    this.stamp[slot] = this.tick();
    this.last = slot;
    if (this.policyCode === POLICY_PLRU) this.plruTouch(slot);
    return slot;
  }

  /** The way of `set` to evict. */
  private victim(set: number): number {
    const policy = this.policyCode;
    // lru: the oldest use; fifo: the oldest insertion (hits do not restamp)
    if (policy === POLICY_LRU || policy === POLICY_FIFO) return this.oldest(set * this.ways);
    return policy === POLICY_RANDOM ? this.randomWay() : this.plruVictim(set);
  }

  /**
   * The way, from slot `base` on, with the smallest stamp (the first of equals). Without
   * branches: which way is oldest changes from miss to miss, and a mispredicted branch per way
   * was most of the cost of an eviction. Stamps are below 2^30, so the difference keeps its sign.
   */
  private oldest(base: number): number {
    const stamp = this.stamp;
    let best = 0, oldest = stamp[base];
    for (let w = 1; w < this.ways; w++) {
      const t = stamp[base + w];
      const older = (t - oldest) >> 31; // -1 if t < oldest, else 0
      oldest ^= (oldest ^ t) & older;
      best ^= (best ^ w) & older;
    }
    return best;
  }

  private randomWay(): number {
    let r = this.rng;
    r ^= r << 13; r ^= r >>> 17; r ^= r << 5;
    this.rng = r >>> 0;
    return this.rng % this.ways;
  }

  // Tree pseudo-LRU: ways-1 bits per set in heap order; a bit points to the half to evict next.
  private plruTouch(slot: number): void {
    const set = Math.floor(slot / this.ways);
    const way = slot - set * this.ways;
    const bits = set * this.ways;
    let node = 1;
    for (let span = this.ways >> 1; span >= 1; span >>= 1) {
      const right = (way & span) !== 0;
      this.plruBits[bits + node] = right ? 0 : 1; // point away from the used half
      node = node * 2 + (right ? 1 : 0);
    }
  }

  private plruVictim(set: number): number {
    const bits = set * this.ways;
    let node = 1;
    let way = 0;
    for (let span = this.ways >> 1; span >= 1; span >>= 1) {
      const right = this.plruBits[bits + node] === 1;
      if (right) way |= span;
      node = node * 2 + (right ? 1 : 0);
    }
    return way;
  }

  private invalidate(slot: number): void {
    const vpn = this.vpn[slot];
    if (vpn === -1) return;
    const mega = this.mega[slot] === 1;
    if (mega) this.megaEntries--;
    this.vpn[slot] = -1;
    if (this.last === slot) this.last = -1;
    this.listener.dropped(slot, vpn, mega);
  }

  /** Drop every entry (sfence.vma with no operands). */
  flushAll(): void {
    this.flushes++;
    for (let s = 0; s < this.vpn.length; s++) this.invalidate(s);
  }

  /** Drop the non-global entries of `asid` (sfence.vma x0, asid). */
  flushAsid(asid: number): void {
    this.flushes++;
    for (let s = 0; s < this.vpn.length; s++) {
      if (this.asid[s] === asid && (this.flags[s] & FLAG_G) === 0) this.invalidate(s);
    }
  }

  /** Drop the entries translating base page `vpn` (sfence.vma va): any ASID. */
  flushPage(vpn: number): void {
    this.flushes++;
    for (let s = 0; s < this.vpn.length; s++) {
      const v = this.vpn[s];
      if (v === -1) continue;
      if (this.mega[s] === 0 ? v === vpn : v === (vpn >>> this.superBits) << this.superBits) this.invalidate(s);
    }
  }
}
