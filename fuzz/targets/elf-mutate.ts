/**
 * Mutated ELF executables, from the corpus (fuzz/corpus/elf/): header and table fields set to
 * absurd sizes and offsets, section types changed (a string table made NOBITS), random bytes,
 * truncations and extensions.
 */
import { corpusFiles } from '../corpus.js';
import type { Rng } from '../rng.js';

let corpus: Uint8Array[] | null = null;

/** The corpus's executables (read once). */
export function elfCorpus(): Uint8Array[] {
  corpus ??= corpusFiles('fuzz/corpus/elf', '.elf').map(([, bytes]) => bytes);
  return corpus;
}

/** Values that break size and offset arithmetic. */
function interesting(rng: Rng, length: number): number {
  return rng.pick([0, 1, 2, 3, 4, 8, 0x10, 0x20, 0x28, 0x34, 0xff, 0x100, 0xfff, 0x1000, 0x7fff, 0x8000, 0xffff, 0x10000,
    0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff, length, length - 1, length + 1, rng.next(), rng.int(length + 1)]) >>> 0;
}

const EHDR_FIELDS: [offset: number, size: 2 | 4][] = [
  [16, 2], [24, 4], [28, 4], [32, 4], [42, 2], [44, 2], [46, 2], [48, 2], [50, 2],
];
const SHDR_FIELDS: [offset: number, size: 2 | 4][] = [[0, 4], [4, 4], [8, 4], [12, 4], [16, 4], [20, 4], [24, 4], [36, 4]];
const PHDR_FIELDS: [offset: number, size: 2 | 4][] = [[0, 4], [4, 4], [8, 4], [16, 4], [20, 4], [24, 4]];
const SHT_NOBITS = 8;

function put(bytes: Uint8Array, at: number, size: 2 | 4, value: number): void {
  if (at + size > bytes.length) return;
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (size === 2) v.setUint16(at, value & 0xffff, true);
  else v.setUint32(at, value >>> 0, true);
}

function get(bytes: Uint8Array, at: number, size: 2 | 4): number {
  if (at + size > bytes.length) return 0;
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return size === 2 ? v.getUint16(at, true) : v.getUint32(at, true);
}

/** One mutation of `bytes` (a copy, possibly of another length). */
function mutateOnce(rng: Rng, bytes: Uint8Array): Uint8Array {
  const shoff = get(bytes, 32, 4), shnum = get(bytes, 48, 2), phoff = get(bytes, 28, 4), phnum = get(bytes, 44, 2);
  switch (rng.int(9)) {
    case 0: { // a header field
      const [at, size] = rng.pick(EHDR_FIELDS);
      put(bytes, at, size, interesting(rng, bytes.length));
      return bytes;
    }
    case 1: { // a section header field
      if (shnum === 0) return bytes;
      const [at, size] = rng.pick(SHDR_FIELDS);
      put(bytes, shoff + rng.int(shnum) * 40 + at, size, interesting(rng, bytes.length));
      return bytes;
    }
    case 2: { // a program header field
      if (phnum === 0) return bytes;
      const [at, size] = rng.pick(PHDR_FIELDS);
      put(bytes, phoff + rng.int(phnum) * 32 + at, size, interesting(rng, bytes.length));
      return bytes;
    }
    case 3: // a section (a string or symbol table, often) made NOBITS
      if (shnum > 0) put(bytes, shoff + rng.int(shnum) * 40 + 4, 4, SHT_NOBITS);
      return bytes;
    case 4: // truncated
      return bytes.slice(0, rng.int(bytes.length));
    case 5: { // extended with random bytes
      const longer = new Uint8Array(bytes.length + 1 + rng.int(4096));
      longer.set(bytes);
      longer.set(rng.bytes(longer.length - bytes.length), bytes.length);
      return longer;
    }
    case 6: // random bytes overwritten
      for (let n = 1 + rng.int(8); n > 0 && bytes.length > 0; n--) bytes[rng.int(bytes.length)] = rng.next() & 0xff;
      return bytes;
    case 7: // a bit flipped
      if (bytes.length > 0) bytes[rng.int(bytes.length)] ^= 1 << rng.int(8);
      return bytes;
    default: { // a word of a string or symbol table region overwritten with a big value
      if (bytes.length < 8) return bytes;
      put(bytes, rng.int(bytes.length - 4) & ~3, 4, interesting(rng, bytes.length));
      return bytes;
    }
  }
}

/** A mutated copy of a corpus executable: 1 to 4 mutations. */
export function mutatedElf(rng: Rng): Uint8Array {
  let bytes: Uint8Array = Uint8Array.from(rng.pick(elfCorpus()));
  for (let n = 1 + rng.int(4); n > 0; n--) bytes = mutateOnce(rng, bytes);
  return bytes;
}
