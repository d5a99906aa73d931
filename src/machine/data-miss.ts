/**
 * The usual DTLB miss of a load or store, compiled for one machine (Mmu.translateData runs it
 * first): a miss whose walk reads a pointer and then a 4 KiB user leaf that allows the access
 * with A (and for a store D) already set, in Sv32 with no second-level TLB, no listener of misses
 * or accesses and no access hook. It does what translate() does for such a miss, in one pass:
 * the set probe, the two PTE reads, the counters and walk cycles, Tlb.insert (for lru and fifo
 * written out: the victim, the eviction and the fast-path entries it drops), the fast-path fills
 * (a load's also fills the store table where the entry already allows a store, and a store's
 * the load table, as the other access's own translation would leave them). What it does not
 * serve it leaves untouched and returns -1 for translate(): a hit, anything that needs a PTE
 * written or faults, a megapage in the TLB, a store into a frame of code.
 *
 * Why a function per machine: written once for every machine, the miss reads each array and
 * field from its object, checks each index against a length it does not know, and calls
 * Tlb.insert and the eviction's listener, about 60 ns a miss on this machine; the same work with
 * the machine's arrays and geometry as constants costs about 10–20 (docs/engine.md, "The compiled
 * miss"). V8 treats the arrays as constants only in a function that has one closure: the source
 * therefore names its machine (`machine N`), so that no two machines share a compiled function.
 */
import { FLAG_A, FLAG_D, FLAG_G, FLAG_R, FLAG_U, FLAG_V, FLAG_W, FLAG_X } from './tlb.js';

/** A compiled miss: the physical address of `va` for `access` (1 load, 2 store), or -1 if not served. */
export type DataMiss = (va: number, access: number) => number;

/** The names the source reads, in the order the factory takes them (see dataMissSource). */
export const DATA_MISS_NAMES = ['mmu', 'probe', 'tlb', 'words', 'code', 'tags', 'asids', 'ppns', 'flags', 'megas', 'ptes', 'stamp',
  'lT', 'lB', 'lS', 'sT', 'sB', 'sS', 'fT', 'fS'] as const;

/** What the source is made for. */
export interface DataMissShape {
  /** The DTLB's geometry, and whether its victim is the oldest stamp (lru, fifo) or Tlb.insert's to choose (random, plru). */
  sets: number;
  ways: number;
  oldestVictim: boolean;
  /** Whether the DTLB is also the ITLB (its evictions drop fetch entries too). */
  unified: boolean;
  /** RAM's frames, and the cycles of a two-level walk. */
  frames: number;
  walkCycles: number;
  /** Whether the machine watches frames of code (the compiling engine does). */
  watchesCode: boolean;
  /** The fast-path tables' index mask (mmu.ts's FAST_MASK) and Mmu.outcome's value for a walk. */
  fastMask: number;
  walkOutcome: number;
}

let machines = 0;

/**
 * The body of the factory `function (...DATA_MISS_NAMES)` that returns the compiled miss of one
 * machine. Each call gives a source no other call gives.
 */
export function dataMissSource(shape: DataMissShape): string {
  const { sets, ways, frames, walkCycles, watchesCode, fastMask, walkOutcome } = shape;
  const load = FLAG_V | FLAG_U | FLAG_A | FLAG_R, store = load | FLAG_W | FLAG_D;
  const fill = (t: string): string => `${t}T[fi] = vpn; ${t}B[fi] = base; ${t}S[fi] = slot;`;
  const drop = (t: string): string => `if (${t}T[i] === gone && ${t}S[i] === slot) ${t}T[i] = -1;`;
  const hit = (s: string): string => `if (tags[${s}] === vpn && (asids[${s}] === asid || (flags[${s}] & ${FLAG_G}) !== 0)) return -1;`;
  // The probe of the set (a hit is translate()'s), unrolled for up to 8 ways.
  const probe = ways <= 8
    ? Array.from({ length: ways }, (_, w) => hit(`first + ${w}`)).join('\n  ')
    : `for (let s = first; s < first + ${ways}; s++) ${hit('s')}`;
  // Tlb.insert: the first empty way, else the victim, whose fast-path entries are dropped (the
  // TLB's listener); lru and fifo evict the way with the smallest stamp, the first of equals,
  // chosen without branches (Tlb.oldest). No entry is a megapage's (see the first check).
  const oldest = ways === 1 ? 'slot = first;' : [
    'let best = 0, older = 0, t = 0, old = stamp[first];',
    `for (let w = 1; w < ${ways}; w++) { t = stamp[first + w]; older = (t - old) >> 31; old ^= (old ^ t) & older; best ^= (best ^ w) & older; }`,
    'slot = first + best;',
  ].join('\n    ');
  const insert = shape.oldestVictim ? `let slot = first;
  while (slot < first + ${ways} && tags[slot] !== -1) slot++;
  if (slot === first + ${ways}) {
    ${oldest}
    tlb.evictions++;
    const gone = tags[slot], i = gone & ${fastMask};
    ${drop('l')}
    ${drop('s')}${shape.unified ? `\n    ${drop('f')}` : ''}
  }
  tags[slot] = vpn;
  asids[slot] = (f & ${FLAG_G}) !== 0 ? 0 : asid;
  ppns[slot] = ppn;
  flags[slot] = f;
  megas[slot] = 0;
  ptes[slot] = leafAddress;
  stamp[slot] = tlb.tick();
  tlb.last = slot;` : `const slot = tlb.insert(vpn, (f & ${FLAG_G}) !== 0 ? 0 : asid, ppn, f, false, leafAddress);`;
  return `'use strict';
// The DTLB miss of machine ${++machines} (src/machine/data-miss.ts).
return function dataMiss(va, access) {
  if (!mmu.enabled || probe.misses || probe.accesses || mmu.accessHook !== null || tlb.holdsMegapages) return -1;
  const vpn = va >>> 12, asid = mmu.asid, first = (vpn & ${sets - 1}) * ${ways};
  ${probe}
  const table = mmu.rootPpn;
  if (table >= ${frames}) return -1;
  const root = words[table * 1024 + (va >>> 22)];
  if ((root & ${FLAG_V | FLAG_R | FLAG_W | FLAG_X}) !== ${FLAG_V}) return -1;
  const leafTable = root >>> 10;
  if (leafTable >= ${frames}) return -1;
  const leafAddress = leafTable * 4096 + (vpn & 1023) * 4;
  const pte = words[leafAddress >>> 2];
  const needed = access === 2 ? ${store} : ${load};
  if ((pte & needed) !== needed) return -1;
  const ppn = pte >>> 10;
  if (ppn >= ${frames}${watchesCode ? ' || (access === 2 && code[ppn] !== 0)' : ''}) return -1;
  tlb.misses++;
  mmu.walks++;
  mmu.walkCycles += ${walkCycles};
  mmu.extraCycles = ${walkCycles};
  mmu.outcome = ${walkOutcome};
  const f = pte & 255, base = ppn * 4096, fi = vpn & ${fastMask};
  ${insert}
  if (access === 1) {
    ${fill('l')}
    if ((f & ${FLAG_D | FLAG_W | FLAG_U}) === ${FLAG_D | FLAG_W | FLAG_U}${watchesCode ? ' && code[ppn] === 0' : ''}) { ${fill('s')} }
  } else {
    ${fill('s')}
    if ((f & ${FLAG_R | FLAG_U}) === ${FLAG_R | FLAG_U}) { ${fill('l')} }
  }
  return base + (va & 4095);
};`;
}
