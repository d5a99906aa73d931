/**
 * Virtual memory areas: the ranges of a process's address space and what backs them.
 * A file-backed area maps the file from `offset` through the page cache: the bytes of a page
 * below `size` (counted from the area's start) come from the file, the rest are zero. A shared
 * area maps the page cache's frames themselves; a private one shares them read-only until the
 * first write copies the page. An anonymous area is demand-zero.
 */
import type { Inode } from '../fs.js';
import { FLAG_R, FLAG_U, FLAG_W, FLAG_X } from '../../machine/tlb.js';
import { pageRights } from '../faultapi.js';

export const PROT_READ = 1, PROT_WRITE = 2, PROT_EXEC = 4;
export const PROT_ALL = PROT_READ | PROT_WRITE | PROT_EXEC;

export interface VmaFaults {
  minor: number;
  major: number;
  protection: number;
  /** Pages of the area evicted by reclaim. */
  evictions: number;
}

export interface VmaFile {
  inode: Inode;
  /** Offset in the file of the area's start (page-aligned). */
  offset: number;
  /** How many bytes from the area's start come from the file. */
  size: number;
  shared: boolean;
  /**
   * Mapped from a descriptor open for writing: the area holds that open file, and with it the
   * file's write access, as Linux's vm_file does (execve of the file is ETXTBSY while it lives).
   */
  openedForWriting?: boolean;
}

export interface Vma {
  name: string;
  start: number;
  end: number;
  prot: number;
  /** The most mprotect may grant (a shared mapping of a read-only file never gets PROT_WRITE). */
  maxProt: number;
  file: VmaFile | null;
  faults: VmaFaults;
  /** A stack-like area, Linux's VM_GROWSDOWN (the stack, MAP_GROWSDOWN memory): mprotect's PROT_GROWSDOWN reaches down to its start. */
  growsDown?: boolean;
  /** Locked in RAM (mlock.ts): Linux's VM_LOCKED, and with 'onFault' its VM_LOCKONFAULT. */
  locked?: LockMode;
}

/**
 * How an area is locked: its pages are never evicted once in RAM; 'populated' areas were also
 * filled in when locked (mlock, MAP_LOCKED), 'onFault' ones get their pages as they are touched
 * (MLOCK_ONFAULT, MCL_ONFAULT).
 */
export type LockMode = 'populated' | 'onFault';

/** "r-x" style permissions. */
export function protString(prot: number): string {
  return (prot & PROT_READ ? 'r' : '-') + (prot & PROT_WRITE ? 'w' : '-') + (prot & PROT_EXEC ? 'x' : '-');
}

export const hex32 = (n: number): string => `0x${(n >>> 0).toString(16).padStart(8, '0')}`;

/** "NAME [START-END PERM]" for messages. */
export function describeVma(v: Pick<Vma, 'name' | 'start' | 'end' | 'prot'>): string {
  return `${v.name} [${hex32(v.start)}-${hex32(v.end)} ${protString(v.prot)}]`;
}

/** The area of `vmas` containing `va`, if any. */
export function findVma(vmas: readonly Vma[], va: number): Vma | undefined {
  const a = va >>> 0;
  const v = vmas[firstEndingAfter(vmas, a)];
  return v !== undefined && v.start <= a ? v : undefined;
}

/**
 * The index of the first area of `vmas` that ends above `va` (vmas.length if none). A process's
 * areas are disjoint and in address order, so this is a binary search: finding a fault's area
 * costs the log of the number of areas, not the number.
 */
export function firstEndingAfter(vmas: readonly Vma[], va: number): number {
  let low = 0, high = vmas.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (vmas[middle].end > va) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Whether any area of `vmas` has a page in [start, end). */
export function overlapsAny(vmas: readonly Vma[], start: number, end: number): boolean {
  const v = vmas[firstEndingAfter(vmas, start)];
  return v !== undefined && v.start < end;
}

/** The indices [first, last) of the areas of `vmas` with a page in [start, end). */
export function areaSpan(vmas: readonly Vma[], start: number, end: number): { first: number; last: number } {
  const first = firstEndingAfter(vmas, start);
  let last = first;
  while (last < vmas.length && vmas[last].start < end) last++;
  return { first, last };
}

/** The areas of `vmas` with a page in [start, end), in address order. */
export function areasIn(vmas: readonly Vma[], start: number, end: number): Vma[] {
  const { first, last } = areaSpan(vmas, start, end);
  return vmas.slice(first, last);
}

/** Put `area` (disjoint from the others) into `vmas` in address order. */
export function insertVma(vmas: Vma[], area: Vma): void {
  vmas.splice(firstEndingAfter(vmas, area.start), 0, area);
}

export function newVma(name: string, start: number, end: number, prot: number, file: VmaFile | null = null,
  maxProt = PROT_ALL): Vma {
  return { name, start, end, prot, maxProt, file, faults: { minor: 0, major: 0, protection: 0, evictions: 0 } };
}

/**
 * The part of `v` from `start` to `end` (inside it), as an area of its own with the same backing.
 * The area's counts of faults and evictions go with the part that keeps its start (the others
 * start from 0), so that a split area's parts add up to what it counted.
 */
export function sliceVma(v: Vma, start: number, end: number): Vma {
  const file = v.file ? { ...v.file, offset: v.file.offset + (start - v.start), size: Math.max(0, v.file.size - (start - v.start)) } : null;
  const faults = start === v.start ? { ...v.faults } : { minor: 0, major: 0, protection: 0, evictions: 0 };
  return { ...v, start, end, file, faults };
}

/**
 * Change `vmas` in place: the part of each area inside [start, end) made an area of its own
 * (sliceVma) and handed to `change`, which may alter it; in address order.
 */
export function changeAreas(vmas: Vma[], start: number, end: number, change: (middle: Vma, old: Vma) => void): void {
  const { first, last } = areaSpan(vmas, start, end);
  const pieces: Vma[] = [];
  for (let i = first; i < last; i++) {
    const v = vmas[i];
    if (v.start < start) pieces.push(sliceVma(v, v.start, start));
    const middle = sliceVma(v, Math.max(v.start, start), Math.min(v.end, end));
    pieces.push(middle);
    change(middle, v);
    if (v.end > end) pieces.push(sliceVma(v, end, v.end));
  }
  replaceAreas(vmas, first, last - first, pieces);
}

/** Put `pieces` in place of the `count` areas of `vmas` from index `at`, in place. */
export function replaceAreas(vmas: Vma[], at: number, count: number, pieces: readonly Vma[]): void {
  if (pieces.length <= 1024) {
    vmas.splice(at, count, ...pieces);
    return;
  }
  // Too many to pass as arguments: the tail is moved by hand.
  const tail = vmas.splice(at + count);
  vmas.length = at;
  for (const v of pieces) vmas.push(v);
  for (const v of tail) vmas.push(v);
}

/**
 * PTE flags for a user page of an area with `prot`; W only if `writable` (copy-on-write keeps it
 * off). A writable area's pages are readable (Sv32 has no write-only page; Linux maps them so).
 */
export function pteFlags(prot: number, writable: boolean): number {
  return FLAG_U | (pageRights(prot) & PROT_READ ? FLAG_R : 0) | (prot & PROT_WRITE && writable ? FLAG_W : 0) |
    (prot & PROT_EXEC ? FLAG_X : 0);
}
