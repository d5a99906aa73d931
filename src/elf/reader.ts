/**
 * Validating ELF32 reader. It checks what every consumer needs (magic, class, byte order,
 * machine, that every header and table lies inside the file) and reports the first problem as
 * an ElfError with a one-line message; what a loader additionally requires (ET_EXEC, segments
 * in user space...) is checked by the loader.
 */
import * as E from './constants.js';

export class ElfError extends Error {}

export interface Segment {
  type: number;
  offset: number;
  vaddr: number;
  filesz: number;
  memsz: number;
  flags: number;
  align: number;
}

export interface Section {
  name: string;
  type: number;
  flags: number;
  addr: number;
  offset: number;
  size: number;
  link: number;
  entsize: number;
}

export interface ElfSymbol {
  name: string;
  value: number;
  size: number;
  global: boolean;
  /** STB_WEAK (also `global`). */
  weak: boolean;
  type: number;
  /** Section header index (SHN_ABS for an absolute symbol). */
  shndx: number;
}

export interface ElfFile {
  bytes: Uint8Array;
  type: number;
  entry: number;
  segments: Segment[];
  sections: Section[];
  symbols: ElfSymbol[];
}

/**
 * Section `index` as a string table for `what`: it must hold bytes in the file (a NOBITS or NULL
 * section has none, whatever its offset says).
 */
function stringTable(sections: readonly Section[], index: number, what: string): Section {
  const table = sections[index];
  if (table.type === E.SHT_NOBITS || table.type === E.SHT_NULL) {
    throw new ElfError(`bad ELF file: the ${what} (section ${index}) has no bytes in the file`);
  }
  return table;
}

/** The NUL-terminated string at offset `at` of string table `table` (inside the file); ElfError if it starts outside. */
function cString(bytes: Uint8Array, table: Section, at: number, what: string): string {
  if (at >= table.size) {
    if (at === 0) return ''; // an empty table: every name is empty
    throw new ElfError(`bad ELF file: ${what} (offset ${at}) lies outside its string table`);
  }
  const limit = table.offset + table.size;
  let end = table.offset + at;
  while (end < limit && bytes[end] !== 0) end++;
  return Buffer.from(bytes.buffer, bytes.byteOffset + table.offset + at, end - table.offset - at).toString('latin1');
}

/** Parse and validate `bytes` as a 32-bit little-endian RISC-V ELF file. Throws ElfError. */
export function readElf(bytes: Uint8Array): ElfFile {
  if (bytes.length < 4 || bytes[0] !== 0x7f || bytes[1] !== 0x45 || bytes[2] !== 0x4c || bytes[3] !== 0x46) {
    throw new ElfError('not an ELF file (bad magic number)');
  }
  if (bytes.length < E.EHDR_SIZE) throw new ElfError('truncated ELF file: the ELF header is incomplete');
  if (bytes[4] !== E.ELFCLASS32) {
    throw new ElfError(bytes[4] === E.ELFCLASS64 ? 'not a 32-bit ELF file (ELFCLASS64 is not supported)' : `not a 32-bit ELF file (unknown ELF class ${bytes[4]})`);
  }
  if (bytes[5] !== E.ELFDATA2LSB) throw new ElfError('not a little-endian ELF file');
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = v.getUint16(16, true);
  const machine = v.getUint16(18, true);
  if (machine !== E.EM_RISCV) throw new ElfError(`not a RISC-V ELF file (e_machine ${machine})`);
  const entry = v.getUint32(24, true);
  const phoff = v.getUint32(28, true);
  const shoff = v.getUint32(32, true);
  const phentsize = v.getUint16(42, true);
  const phnum = v.getUint16(44, true);
  const shentsize = v.getUint16(46, true);
  const shnum = v.getUint16(48, true);
  const shstrndx = v.getUint16(50, true);

  const within = (off: number, len: number): boolean => off + len <= bytes.length;
  if (phnum > 0 && (phentsize < E.PHDR_SIZE || !within(phoff, phnum * phentsize))) {
    throw new ElfError('truncated ELF file: the program headers lie outside the file');
  }
  const segments: Segment[] = [];
  for (let i = 0; i < phnum; i++) {
    const at = phoff + i * phentsize;
    const seg: Segment = {
      type: v.getUint32(at, true), offset: v.getUint32(at + 4, true), vaddr: v.getUint32(at + 8, true),
      filesz: v.getUint32(at + 16, true), memsz: v.getUint32(at + 20, true), flags: v.getUint32(at + 24, true),
      align: v.getUint32(at + 28, true),
    };
    if (seg.type === E.PT_LOAD && !within(seg.offset, seg.filesz)) {
      throw new ElfError(`truncated ELF file: segment ${i} (offset 0x${seg.offset.toString(16)}, ` +
        `${seg.filesz} bytes) lies outside the file`);
    }
    segments.push(seg);
  }

  if (shnum > 0 && (shentsize < E.SHDR_SIZE || !within(shoff, shnum * shentsize))) {
    throw new ElfError('truncated ELF file: the section headers lie outside the file');
  }

  const sections: Section[] = [];
  const nameOffsets: number[] = [];
  for (let i = 0; i < shnum; i++) {
    const at = shoff + i * shentsize;
    const s: Section = {
      name: '', type: v.getUint32(at + 4, true), flags: v.getUint32(at + 8, true),
      addr: v.getUint32(at + 12, true), offset: v.getUint32(at + 16, true), size: v.getUint32(at + 20, true),
      link: v.getUint32(at + 24, true), entsize: v.getUint32(at + 36, true),
    };
    if (s.type !== E.SHT_NOBITS && s.type !== E.SHT_NULL && !within(s.offset, s.size)) {
      throw new ElfError(`truncated ELF file: section ${i} lies outside the file`);
    }
    sections.push(s);
    nameOffsets.push(v.getUint32(at, true));
  }
  if (shnum > 0 && shstrndx !== E.SHN_UNDEF && shstrndx < shnum) {
    const names = stringTable(sections, shstrndx, 'section name table');
    sections.forEach((s, i) => { s.name = cString(bytes, names, nameOffsets[i], `the name of section ${i}`); });
  }

  const symbols: ElfSymbol[] = [];
  const symtab = sections.find((s) => s.type === E.SHT_SYMTAB);
  if (symtab && symtab.link < sections.length) {
    const strtab = stringTable(sections, symtab.link, 'symbol name table');
    for (let at = symtab.offset + E.SYM_SIZE; at + E.SYM_SIZE <= symtab.offset + symtab.size; at += E.SYM_SIZE) {
      const info = v.getUint8(at + 12);
      symbols.push({
        name: cString(bytes, strtab, v.getUint32(at, true), `the name of symbol ${(at - symtab.offset) / E.SYM_SIZE}`),
        value: v.getUint32(at + 4, true), size: v.getUint32(at + 8, true), global: info >> 4 !== E.STB_LOCAL,
        weak: info >> 4 === E.STB_WEAK, type: info & 15, shndx: v.getUint16(at + 14, true),
      });
    }
  }
  return { bytes, type, entry, segments, sections, symbols };
}
