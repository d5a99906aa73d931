/**
 * The invariant checker (--check; on in the tests): after a kernel entry, the kernel's books must
 * agree with the page tables. Every frame's reference count equals the references found: PTEs of
 * live processes, their page-table frames, and the page cache; so no PTE points to a free frame
 * and no frame leaks. The reverse map lists exactly the present user PTEs. Every swap slot's count
 * equals the PTEs holding it plus its swap-cache frame. Every TLB entry agrees with its PTE (frame
 * and permissions) and belongs to an address space that may be in the TLB. No process has spent
 * negative time in a scheduler state. A user megapage maps 1,024 frames from a multiple of 1,024
 * (each counted as a reference; they are in no reverse map until it is split) and has exactly one
 * page table set aside. So once every process has ended no user frame, swap slot or mapping can
 * be left: only the page cache's frames.
 */
import type { KernelServices } from './services.js';
import type { Process } from './proc.js';
import { FLAG_G, FLAG_R, FLAG_U, FLAG_V, FLAG_W, FLAG_X, type Tlb } from '../machine/tlb.js';
import { PAGES_PER_MEGAPAGE, PAGE_SIZE, megapageKey } from './vm/pagetable.js';
import { isSwapEntry, swapSlotOf } from './vm/swap.js';
import { USER_TOP } from './exec.js';
import { PROT_EXEC, PROT_READ, PROT_WRITE, describeVma, findVma, hex32 } from './vm/vma.js';
import { pageRights } from './faultapi.js';

/** What this module uses of the kernel. */
type Kernel = Pick<KernelServices, 'machine' | 'memory' | 'procs' | 'sched'>;

/** A broken invariant: a kernel bug, reported with what disagreed. */
export class InvariantError extends Error {}

const PERMISSIONS = FLAG_V | FLAG_R | FLAG_W | FLAG_X | FLAG_U;

function fail(why: string): never {
  throw new InvariantError(`invariant violated: ${why}`);
}

/** Check every invariant. Throws InvariantError. */
export function checkInvariants(k: Kernel): void {
  const ram = k.machine.ram;
  const refs = new Uint32Array(ram.frames);
  const mappings = new Map<number, string[]>();
  const slotRefs = new Map<number, number>();
  /** Frames a private area maps writable, and where (see below). */
  const privateWritable = new Map<number, string>();
  /** Page-table frame → the process whose tree it is in. */
  const tableOwner = new Map<number, Process>();
  const deposits = k.memory.pageTables.deposits;
  let megapages = 0;
  for (const p of k.procs.values()) {
    for (const [state, cycles] of Object.entries(p.cycles)) if (cycles < 0) fail(`pid ${p.pid} has ${cycles} cycles ${state}`);
    checkAreas(p);
    checkFileHint(p);
    if (p.root < 0) continue;
    if (p.exited) fail(`pid ${p.pid} has exited but still has a page table`);
    refs[p.root]++;
    tableOwner.set(p.root, p);
    for (let i = 0; i < USER_TOP >>> 22; i++) {
      const top = ram.read32(p.root * PAGE_SIZE + i * 4);
      if ((top & FLAG_V) === 0) continue;
      if (top & (FLAG_R | FLAG_W | FLAG_X)) {
        checkMegapage(k, p, i << 22 >>> 0, top, refs);
        megapages++;
        continue;
      }
      const table = top >>> 10;
      refs[table]++;
      tableOwner.set(table, p);
      for (let j = 0; j < 1024; j++) {
        const pte = ram.read32(table * PAGE_SIZE + j * 4);
        if (pte === 0) continue;
        const va = ((i << 22) | (j << 12)) >>> 0;
        if (pte & FLAG_V) {
          checkRights(p, va, pte);
          const frame = pte >>> 10;
          if (pte & FLAG_W && !findVma(p.vmas, va)?.file?.shared) privateWritable.set(frame, `pid ${p.pid}'s page ${hex32(va)}`);
          if (frame >= ram.frames) fail(`pid ${p.pid} maps ${hex32(va)} to frame ${frame}, past the end of RAM`);
          if (k.memory.frames.refcount[frame] === 0) fail(`pid ${p.pid} maps ${hex32(va)} to free frame ${frame}`);
          refs[frame]++;
          const list = mappings.get(frame) ?? [];
          list.push(`${p.root}:${va}`);
          mappings.set(frame, list);
        } else if (isSwapEntry(pte)) {
          slotRefs.set(swapSlotOf(pte), (slotRefs.get(swapSlotOf(pte)) ?? 0) + 1);
        } else {
          fail(`pid ${p.pid} has a PTE ${hex32(pte)} at ${hex32(va)} that is neither present nor a swap entry`);
        }
      }
    }
  }
  if (deposits.size !== megapages) fail(`${deposits.size} page tables are set aside for ${megapages} user megapages`);
  for (const table of deposits.values()) refs[table]++;
  for (const frame of k.memory.pageCache.cachedFrames()) refs[frame]++;
  if (k.memory.zeroFrame >= 0) refs[k.memory.zeroFrame]++; // the kernel's own reference
  for (let f = 0; f < ram.frames; f++) {
    if (refs[f] !== k.memory.frames.refcount[f]) {
      fail(`frame ${f} has reference count ${k.memory.frames.refcount[f]} but ${refs[f]} references (PTEs, page tables, page cache, the zero frame)`);
    }
  }
  // A private page may be written only through a frame nothing else holds (copy-on-write keeps
  // the others read-only): else a store would change another process's memory, or a file's.
  for (const [frame, where] of privateWritable) {
    if (refs[frame] !== 1) fail(`${where} is writable in a private area, but its frame ${frame} has ${refs[frame]} references`);
  }
  const rmap = k.memory.reclaimer.rmap;
  for (const frame of rmap.frames()) {
    const listed = rmap.mappings(frame).map((m) => `${m.root}:${m.va}`).sort();
    const found = (mappings.get(frame) ?? []).sort();
    if (listed.join() !== found.join()) fail(`frame ${frame}: the reverse map lists [${listed}] but the PTEs are [${found}]`);
  }
  for (const frame of mappings.keys()) if (rmap.mappings(frame).length === 0) fail(`frame ${frame} is mapped but not in the reverse map`);
  for (const [frame, slot] of k.memory.reclaimer.swapCache()) {
    if (!mappings.has(frame)) fail(`swap slot ${slot} is cached for frame ${frame}, which nothing maps`);
    slotRefs.set(slot, (slotRefs.get(slot) ?? 0) + 1);
  }
  const swap = k.memory.reclaimer.swap;
  for (const slot of swap.usedSlots()) {
    if (swap.references(slot) !== (slotRefs.get(slot) ?? 0)) {
      fail(`swap slot ${slot} has ${swap.references(slot)} references but ${slotRefs.get(slot) ?? 0} holders`);
    }
  }
  for (const [slot, n] of slotRefs) if (swap.references(slot) === 0) fail(`${n} PTEs hold free swap slot ${slot}`);
  const { itlb, dtlb, l2tlb } = k.machine;
  for (const tlb of new Set([itlb, dtlb, ...(l2tlb ? [l2tlb] : [])])) checkTlb(k, tlb, tableOwner);
}

/** The user megapage `pte` of `p` at `va`: 1,024 frames in use from a multiple of 1,024, rights its area allows, a table set aside. */
function checkMegapage(k: Kernel, p: Process, va: number, pte: number, refs: Uint32Array): void {
  const first = pte >>> 10, where = `pid ${p.pid}'s megapage at ${hex32(va)}`;
  if (first % PAGES_PER_MEGAPAGE !== 0 || first + PAGES_PER_MEGAPAGE > k.machine.ram.frames) fail(`${where} maps frames from ${first}`);
  if (!k.memory.pageTables.deposits.has(megapageKey(p.root, va))) fail(`${where} has no page table set aside`);
  const v = findVma(p.vmas, va);
  if (!v || v.end < va + PAGES_PER_MEGAPAGE * PAGE_SIZE) fail(`${where} is not inside one area`);
  if (v.file?.shared || (v.file?.size ?? 0) > va - v.start) fail(`${where} is in ${describeVma(v)}, which is not anonymous private memory there`);
  checkRights(p, va, pte);
  for (let f = first; f < first + PAGES_PER_MEGAPAGE; f++) {
    if (k.memory.frames.refcount[f] === 0) fail(`${where} maps free frame ${f}`);
    refs[f]++;
  }
}

/**
 * `p`'s areas are page-aligned, lie in user space, and are in address order without overlapping
 * (what findVma's binary search relies on).
 */
function checkAreas(p: Process): void {
  p.vmas.forEach((v, i) => {
    const where = `pid ${p.pid}'s area ${describeVma(v)}`;
    if (v.start % PAGE_SIZE !== 0 || v.end % PAGE_SIZE !== 0 || v.start >= v.end) fail(`${where} is not a run of whole pages`);
    if (v.end > USER_TOP) fail(`${where} reaches past user space`);
    const next = p.vmas[i + 1];
    if (next && next.start < v.end) fail(`${where} overlaps or comes before ${describeVma(next)}`);
  });
}

/** No descriptor of `p` below its freeFileHint is free (where installFile starts looking). */
function checkFileHint(p: Process): void {
  const free = p.files.indexOf(null);
  if (free >= 0 && free < p.freeFileHint) fail(`pid ${p.pid}'s descriptor ${free} is free below its hint ${p.freeFileHint}`);
}

/** The present PTE of `p` at `va` lies in an area that allows every right it grants. */
function checkRights(p: Process, va: number, pte: number): void {
  const v = findVma(p.vmas, va);
  if (!v) fail(`pid ${p.pid} maps ${hex32(va)}, which no area holds`);
  // Sv32 has no write-only pages: a writable area's PTEs carry R too, and keep it when copy-on-write clears W.
  const granted = (pte & FLAG_W ? PROT_WRITE : 0) | (pte & FLAG_X ? PROT_EXEC : 0) | (pte & FLAG_R ? PROT_READ : 0);
  if (granted & ~pageRights(v.prot)) fail(`pid ${p.pid} maps ${hex32(va)} with rights ${hex32(pte & 0xe)} beyond ${describeVma(v)}`);
  if ((pte & FLAG_U) === 0) fail(`pid ${p.pid} maps user page ${hex32(va)} without U`);
}

/** Each valid non-global entry of `tlb` matches its PTE and belongs to an address space allowed in the TLB. */
function checkTlb(k: Kernel, tlb: Tlb, tableOwner: Map<number, Process>): void {
  const ram = k.machine.ram;
  const asids = k.machine.config.asid;
  const onCpu = k.sched.onCpu;
  for (let s = 0; s < tlb.vpn.length; s++) {
    if (tlb.vpn[s] === -1 || (tlb.flags[s] & FLAG_G)) continue;
    const where = `TLB entry for page ${hex32(tlb.vpn[s] * PAGE_SIZE)} (ASID ${tlb.asid[s]})`;
    const owner = tableOwner.get(Math.floor(tlb.pteAddress[s] / PAGE_SIZE));
    if (!owner) fail(`${where} comes from a page table no live process has`);
    if (asids ? owner.asid !== tlb.asid[s] : owner !== onCpu) {
      fail(`${where} belongs to pid ${owner.pid}, ${asids ? `whose ASID is ${owner.asid}` : 'which is not on the CPU'}`);
    }
    const pte = ram.read32(tlb.pteAddress[s]);
    if ((pte & FLAG_V) === 0 || pte >>> 10 !== tlb.ppn[s] || (pte & PERMISSIONS) !== (tlb.flags[s] & PERMISSIONS)) {
      fail(`${where} says frame ${tlb.ppn[s]} flags ${tlb.flags[s]}, but its PTE is ${hex32(pte)}`);
    }
  }
}
