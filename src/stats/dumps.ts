/**
 * Dumps of the kernel's memory at one moment, as text (`vmlab run --dump`, docs/dumps.md):
 *  - pagetable: each live process's Sv32 page table in the style of xv6's vmprint (level by
 *    level: index, PTE, its bits, the physical address it leads to);
 *  - areas: each live process's areas like /proc/PID/maps, with how many of their pages are
 *    present, swapped out, and shared copy-on-write;
 *  - frames: every frame in use, what it holds (page table, anonymous, page cache, swap cache,
 *    zero frame), its reference count and who maps it.
 * They read the kernel through MemoryView only, and the same state always gives the same text.
 */
import { FLAG_R, FLAG_V, FLAG_W, FLAG_X } from '../machine/tlb.js';
import { PROT_WRITE, hex32 as hex8, protString, type Vma } from '../kernel/vm/vma.js';
import { isSwapEntry, swapSlotOf } from '../kernel/vm/swap.js';
import type { MemoryView, ProcessView } from './memview.js';

export type DumpKind = 'pagetable' | 'areas' | 'frames';
/** The dumps `--dump` may ask for, in the order they are printed when several are. */
export const DUMP_KINDS: readonly DumpKind[] = ['pagetable', 'areas', 'frames'];

const PAGE = 4096;
const ENTRIES = 1024;
const frameHex = (f: number): string => `0x${f.toString(16).padStart(5, '0')}`;

/** A PTE's bits, D A G U X W R V, each its letter when set and '-' when clear. */
export function pteBits(pte: number): string {
  return [...'DAGUXWRV'].map((letter, i) => ((pte >>> (7 - i)) & 1 ? letter : '-')).join('');
}

const isLeaf = (pte: number): boolean => (pte & (FLAG_R | FLAG_W | FLAG_X)) !== 0;

/** One level-0 entry of a process's user page table (present or a swap entry). */
interface UserEntry {
  index1: number;
  index0: number;
  va: number;
  pte: number;
}

/** The root entries of `p` that point to level-0 tables below user space: index and table frame. */
function userTables(view: MemoryView, p: ProcessView): { index1: number; pte: number; table: number }[] {
  const tables = [];
  for (let i = 0; i < view.userTop / (PAGE * ENTRIES); i++) {
    const pte = view.ram.read32(p.root * PAGE + i * 4);
    if ((pte & FLAG_V) !== 0 && !isLeaf(pte)) tables.push({ index1: i, pte, table: pte >>> 10 });
  }
  return tables;
}

/** Every non-zero level-0 entry of `p`'s user page table, in address order. */
function userEntries(view: MemoryView, p: ProcessView): UserEntry[] {
  const entries: UserEntry[] = [];
  for (const { index1, table } of userTables(view, p)) {
    for (let j = 0; j < ENTRIES; j++) {
      const pte = view.ram.read32(table * PAGE + j * 4);
      if (pte !== 0) entries.push({ index1, index0: j, va: ((index1 << 22) | (j << 12)) >>> 0, pte });
    }
  }
  return entries;
}

const heading = (p: ProcessView): string => `pid ${p.pid} (${p.name})`;

/** The page tables of every live process, as xv6's vmprint shows one (no page table with the MMU off). */
export function dumpPageTables(view: MemoryView): string {
  return view.processes.map((p) => {
    if (p.root < 0) return `${heading(p)}: no page table (the MMU is off)\n`;
    const lines = [`${heading(p)}: page table at pa ${hex8(p.root * PAGE)}`];
    const byTable = new Map<number, UserEntry[]>();
    for (const e of userEntries(view, p)) byTable.set(e.index1, [...(byTable.get(e.index1) ?? []), e]);
    for (const { index1, pte, table } of userTables(view, p)) {
      lines.push(` ..${index1}: pte ${hex8(pte)} ${pteBits(pte)} pa ${hex8(table * PAGE)}`);
      for (const e of byTable.get(index1) ?? []) {
        const where = e.pte & FLAG_V ? `pa ${hex8((e.pte >>> 10) * PAGE)}` : isSwapEntry(e.pte) ? `swap slot ${swapSlotOf(e.pte)}` : 'not present';
        lines.push(` .. ..${e.index0}: pte ${hex8(e.pte)} ${pteBits(e.pte)} ${where} va ${hex8(e.va)}`);
      }
    }
    lines.push(...kernelLines(view, p));
    return `${lines.join('\n')}\n`;
  }).join('');
}

/** The kernel's megapages of `p`'s root table, as one line per run of consecutive ones. */
function kernelLines(view: MemoryView, p: ProcessView): string[] {
  const lines: string[] = [];
  const first = view.userTop / (PAGE * ENTRIES);
  let i = first;
  while (i < ENTRIES) {
    const pte = view.ram.read32(p.root * PAGE + i * 4);
    if ((pte & FLAG_V) === 0 || !isLeaf(pte)) { i++; continue; }
    let j = i;
    while (j + 1 < ENTRIES) {
      const next = view.ram.read32(p.root * PAGE + (j + 1) * 4);
      if ((next & 0x3ff) !== (pte & 0x3ff) || next >>> 10 !== (pte >>> 10) + (j + 1 - i) * ENTRIES) break;
      j++;
    }
    const last = view.ram.read32(p.root * PAGE + j * 4);
    const run = i === j ? `${i}: 1 kernel megapage, pte ${hex8(pte)}` : `${i}-${j}: ${j - i + 1} kernel megapages, pte ${hex8(pte)}-${hex8(last)}`;
    lines.push(` ..${run} ${pteBits(pte)} pa ${hex8((pte >>> 10) * PAGE)}-${hex8((last >>> 10) * PAGE + PAGE * ENTRIES - 1)}`);
    i = j + 1;
  }
  return lines;
}

/** The areas of every live process, like /proc/PID/maps, with their pages present, swapped out and shared copy-on-write. */
export function dumpAreas(view: MemoryView): string {
  return view.processes.map((p) => {
    const entries = p.root < 0 ? [] : userEntries(view, p); // in address order, as the areas: each area's entries follow the last one's
    let next = 0;
    const rows = [...p.vmas].sort((a, b) => a.start - b.start).map((v) => {
      while (next < entries.length && entries[next].va < v.start) next++;
      const first = next;
      while (next < entries.length && entries[next].va < v.end) next++;
      const inside = entries.slice(first, next);
      const present = inside.filter((e) => e.pte & FLAG_V);
      const swapped = inside.filter((e) => !(e.pte & FLAG_V) && isSwapEntry(e.pte)).length;
      const cow = isCopyOnWrite(v) ? present.filter((e) => !(e.pte & FLAG_W) && view.refcount(e.pte >>> 10) > 1).length : 0;
      const perm = `${protString(v.prot)}${v.file?.shared ? 's' : 'p'}`;
      // With the MMU off there are no pages, only the program in physical RAM: no counts.
      const count = (n: number): string => (p.root < 0 ? '-' : String(n));
      return `${(v.start >>> 0).toString(16).padStart(8, '0')}-${(v.end >>> 0).toString(16).padStart(8, '0')} ${perm} ` +
        `${(v.file?.offset ?? 0).toString(16).padStart(8, '0')} ${String((v.end - v.start) / PAGE).padStart(6)} ` +
        `${count(present.length).padStart(7)} ${count(swapped).padStart(7)} ${count(cow).padStart(5)}  ${v.name}`;
    });
    return `${heading(p)}\nstart-end         perm offset    pages present swapped   cow  name\n${rows.map((r) => `${r}\n`).join('')}`;
  }).join('');
}

/**
 * A private writable area: its present pages without W whose frame has other references (another
 * process, the page cache, the zero frame's kernel reference) are shared until a write copies them.
 */
const isCopyOnWrite = (v: Vma): boolean => (v.prot & PROT_WRITE) !== 0 && !v.file?.shared;

const FRAME_KINDS = ['page table', 'anonymous', 'page cache', 'swap cache', 'zero frame', 'other'] as const;
type FrameKind = typeof FRAME_KINDS[number];

/** Every frame in use: its kind, reference count, and who uses it (pid and virtual addresses, file page, swap slot). */
export function dumpFrames(view: MemoryView): string {
  const tables = new Map<number, string>();
  const mappers = new Map<number, Map<number, number[]>>(); // frame → pid → virtual addresses
  for (const p of view.processes) {
    if (p.root < 0) continue;
    tables.set(p.root, `pid ${p.pid} root`);
    for (const t of userTables(view, p)) tables.set(t.table, `pid ${p.pid} va ${hex8(t.index1 << 22)}-${hex8(((t.index1 + 1) << 22) - 1)}`);
    for (const e of userEntries(view, p)) {
      if (!(e.pte & FLAG_V)) continue;
      const frame = e.pte >>> 10;
      const byPid = mappers.get(frame) ?? new Map<number, number[]>();
      const vas = byPid.get(p.pid);
      if (vas) vas.push(e.va);
      else byPid.set(p.pid, [e.va]);
      mappers.set(frame, byPid);
    }
  }
  const rows: string[] = [];
  const counts = new Map<FrameKind, number>();
  for (let f = 0; f < view.ram.frames; f++) {
    const refs = view.refcount(f);
    if (refs === 0) continue;
    const cached = view.cachedPage(f);
    const slot = view.swapSlot(f);
    const kind: FrameKind = tables.has(f) ? 'page table' : f === view.zeroFrame ? 'zero frame' : cached ? 'page cache'
      : slot !== undefined ? 'swap cache' : mappers.has(f) ? 'anonymous' : 'other';
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    const users = [...(mappers.get(f) ?? [])].map(([pid, vas]) => `pid ${pid} va ${vas.map(hex8).join(',')}`);
    if (tables.has(f)) users.push(tables.get(f)!);
    if (f === view.zeroFrame) users.unshift('kernel');
    if (cached) users.push(`${cached.path} page ${cached.index}`);
    if (slot !== undefined) users.push(`swap slot ${slot}`);
    rows.push(`${frameHex(f)}  ${kind.padEnd(10)} ${String(refs).padStart(5)}  ${users.join('; ')}`);
  }
  const used = rows.length;
  const summary = FRAME_KINDS.filter((kind) => counts.has(kind)).map((kind) => `${kind} ${counts.get(kind)}`).join(', ');
  const physical = view.processes.length > 0 && view.processes.every((p) => p.root < 0) ? ' (the MMU is off: programs sit in RAM at their own addresses, outside the frame table)' : '';
  return `frames: ${used} of ${view.ram.frames} in use${summary ? ` (${summary})` : physical}\nframe    kind        refs  users\n${rows.map((r) => `${r}\n`).join('')}`;
}

/** The dumps `kinds` asks for, in that order, each under a heading line. */
export function dumpMemory(view: MemoryView, kinds: readonly DumpKind[], moment: string): string {
  const make = { pagetable: dumpPageTables, areas: dumpAreas, frames: dumpFrames };
  return kinds.map((kind) => `== ${kind} at ${moment} ==\n${make[kind](view)}`).join('');
}
