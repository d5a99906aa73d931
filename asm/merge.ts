/**
 * Mergeable sections (SHF_MERGE: gcc's .rodata.str1.4, .srodata.cst8...), merged as GNU ld 2.40
 * does (bfd/merge.c): within a group of input sections (same output section, entity size,
 * strings or not, alignment) identical entities are kept once, in the first section that has
 * them, and a string that is the tail of another kept string points into it. Each input
 * section's kept entities are laid out in first-seen order, aligned as they were in the input.
 */

export interface MergeInput {
  /** Pass-1 contents of the input section. */
  bytes: Uint8Array;
  /** Section alignment in bytes. */
  align: number;
  entsize: number;
  strings: boolean;
}

interface Entry {
  key: string;
  bytes: Uint8Array;
  len: number;
  alignment: number;
  section: number;
  index: number;
  suffix: Entry | null;
}

export interface MergeResult {
  /** Each input section's merged contents (empty: the section is dropped). */
  contents: Uint8Array[];
  /** Where byte `offset` of input section `section` went: [section, offset in its merged contents]. */
  map(section: number, offset: number): [number, number];
}

const keyOf = (b: Uint8Array): string => Buffer.from(b).toString('latin1');

/** Merge `inputs` (one group, in link order). */
export function mergeGroup(inputs: readonly MergeInput[]): MergeResult {
  const table = new Map<string, Entry>();
  const chain: Entry[] = [];
  const add = (bytes: Uint8Array, alignment: number, section: number): Entry => {
    const key = keyOf(bytes);
    const found = table.get(key);
    if (found && found.alignment >= alignment) return found;
    if (found) {
      found.len = 0; // a less aligned copy: deleted, a new entry takes its place
      found.alignment = 0;
    }
    const entry: Entry = { key, bytes, len: bytes.length, alignment, section, index: 0, suffix: null };
    table.set(key, entry);
    chain.push(entry);
    return entry;
  };
  const { entsize, strings } = inputs[0];
  inputs.forEach((input, section) => recordSection(input, section, add));
  if (strings) mergeSuffixes(chain, entsize);

  const sizes = inputs.map(() => 0);
  const firstSeen = new Set<number>();
  let size = 0;
  let current = chain.length ? chain[0].section : 0;
  for (const e of chain) {
    if (e.section !== current) {
      sizes[current] = size;
      current = e.section;
    }
    if (e.alignment) {
      if (!firstSeen.has(e.section)) {
        firstSeen.add(e.section);
        size = 0;
      }
      size = alignUp(size, e.alignment);
      e.index = size;
      size += e.len;
    }
  }
  const allPadded = inputs.every((i) => i.bytes.length % i.align === 0);
  if (chain.length) sizes[current] = allPadded ? alignUp(size, inputs[current].align) : size;
  for (const e of chain) {
    if (!e.alignment && e.len && e.suffix) {
      e.section = e.suffix.section;
      e.alignment = e.suffix.alignment;
      e.index = e.suffix.index + (e.suffix.len - e.len);
    }
  }
  const contents = inputs.map((_, i) => new Uint8Array(firstSeen.has(i) ? sizes[i] : 0));
  for (const e of chain) if (e.alignment && e.suffix === null) contents[e.section].set(e.bytes, e.index);

  return {
    contents,
    map(section, offset) {
      const bytes = inputs[section].bytes;
      // The entity holding the offset: its own entsize bytes, or, in strings, back to the character after a terminator.
      let start = offset - (offset % entsize);
      if (strings) while (start > 0 && !zeroUnit(bytes, start - entsize, entsize)) start -= entsize;
      const entry = table.get(keyOf(entityAt(bytes, start, entsize, strings)));
      if (!entry || entry.len === 0) return [section, 0];
      return [entry.section, entry.index + (offset - start)];
    },
  };
}

/**
 * The entity starting at `at`: a string with its terminator, or `entsize` bytes. A string's
 * characters are `entsize` bytes each (.string16 and .string32, gcc's L"..." literals in
 * .rodata.str4.4), and its terminator is a character of zeros.
 */
function entityAt(bytes: Uint8Array, at: number, entsize: number, strings: boolean): Uint8Array {
  if (!strings) return bytes.subarray(at, at + entsize);
  let end = at;
  while (end < bytes.length && !zeroUnit(bytes, end, entsize)) end += entsize;
  return bytes.subarray(at, Math.min(end + entsize, bytes.length));
}

/** Whether the `entsize` bytes at `at` are all zero (a string's terminator). */
function zeroUnit(bytes: Uint8Array, at: number, entsize: number): boolean {
  for (let i = at; i < at + entsize; i++) if (bytes[i] !== 0) return false;
  return true;
}

/** bfd's record_section: split a section into entities, each with the alignment of its offset. */
function recordSection(input: MergeInput, section: number, add: (b: Uint8Array, align: number, s: number) => Entry): void {
  const { bytes, entsize, strings } = input;
  const mask = input.align - 1;
  if (!strings) {
    for (let p = 0; p < bytes.length; p += entsize) add(bytes.subarray(p, p + entsize), 1, section);
    return;
  }
  let nul = false;
  for (let p = 0; p < bytes.length;) {
    const low = p & -p;
    const eltalign = !low || low > mask ? mask + 1 : low;
    const entry = add(entityAt(bytes, p, entsize, true), eltalign, section);
    p += entry.bytes.length;
    while (p < bytes.length && zeroUnit(bytes, p, entsize)) {
      if (!nul && !(p & mask)) {
        nul = true;
        add(bytes.subarray(p, p + entsize), mask + 1, section);
      }
      p += entsize;
    }
  }
}

/** bfd's merge_strings: sort by reversed contents and point each string that ends another at it. */
function mergeSuffixes(chain: readonly Entry[], entsize: number): void {
  const live = chain.filter((e) => e.alignment);
  const alignments = new Set(live.map((e) => e.alignment));
  const common = alignments.size === 1 ? live[0].alignment : -1;
  const body = (e: Entry): number => e.len - entsize; // without the terminator
  const byTail = (a: Entry, b: Entry): number => {
    const la = body(a);
    const lb = body(b);
    if (common > entsize) {
      const tail = (la & (a.alignment - 1)) - (lb & (a.alignment - 1));
      if (tail !== 0) return tail;
    }
    for (let i = 1; i <= Math.min(la, lb); i++) {
      const d = a.bytes[la - i] - b.bytes[lb - i];
      if (d !== 0) return d;
    }
    return la - lb;
  };
  const sorted = [...live].sort(byTail);
  let e = sorted[sorted.length - 1];
  for (let i = sorted.length - 2; i >= 0; i--) {
    const cmp = sorted[i];
    const isSuffix = e.len > cmp.len && keyOf(e.bytes.subarray(e.len - cmp.len)) === cmp.key;
    if (e.alignment >= cmp.alignment && ((e.len - cmp.len) & (cmp.alignment - 1)) === 0 && isSuffix) {
      cmp.suffix = e;
      cmp.alignment = 0;
    } else {
      e = cmp;
    }
  }
}

function alignUp(n: number, a: number): number {
  return Math.ceil(n / a) * a;
}
