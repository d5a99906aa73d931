/**
 * ELF32 little-endian RISC-V executable writer. The caller gives sections with their final
 * addresses and the segments that group them; the writer lays the file out so that every
 * segment's file offset is congruent to its address modulo the page size (so a loader can map
 * file pages directly), then appends .symtab, .strtab, .shstrtab and the section headers.
 */
import * as E from './constants.js';

export interface OutputSection {
  name: string;
  /** Contents; for a NOBITS section (.bss) only its length matters. */
  data: Uint8Array;
  addr: number;
  align: number;
  flags: number;
  nobits: boolean;
}

export interface OutputSegment {
  flags: number;
  /** Indices into `sections`, contiguous in address order; the first one starts the segment. */
  sections: number[];
}

export interface OutputSymbol {
  name: string;
  value: number;
  global: boolean;
  /** A global defined only by `.weak` definitions: STB_WEAK, as ld leaves it. */
  weak?: boolean;
  /** Index into `sections`, or 'abs' for an absolute value (.equ). */
  section: number | 'abs';
}

export interface ExecutableImage {
  entry: number;
  sections: OutputSection[];
  segments: OutputSegment[];
  symbols: OutputSymbol[];
}

const alignUp = (n: number, a: number): number => Math.ceil(n / a) * a;

class StringTable {
  private readonly parts: string[] = [''];
  private length = 1;
  private readonly index = new Map<string, number>();
  add(s: string): number {
    if (s === '') return 0;
    const known = this.index.get(s);
    if (known !== undefined) return known;
    const at = this.length;
    this.parts.push(s);
    this.length += Buffer.byteLength(s) + 1;
    this.index.set(s, at);
    return at;
  }
  bytes(): Uint8Array {
    return Buffer.from(this.parts.join('\0') + '\0');
  }
}

/** Serialize `image` as an ELF32 ET_EXEC file. */
export function writeExecutable(image: ExecutableImage): Uint8Array {
  const { sections, segments } = image;
  const phoff = E.EHDR_SIZE;
  let offset = phoff + segments.length * E.PHDR_SIZE;

  // File offsets of the loadable sections, segment by segment.
  const sectionOffset = new Array<number>(sections.length).fill(0);
  const segmentLayout = segments.map((seg) => {
    const first = sections[seg.sections[0]];
    const start = alignUp(offset, E.PAGE_SIZE) + (first.addr % E.PAGE_SIZE);
    let fileEnd = start;
    let memEnd = first.addr;
    for (const i of seg.sections) {
      const s = sections[i];
      sectionOffset[i] = start + (s.addr - first.addr);
      if (!s.nobits) fileEnd = sectionOffset[i] + s.data.length;
      memEnd = s.addr + s.data.length;
    }
    offset = Math.max(offset, fileEnd);
    return { offset: start, vaddr: first.addr, filesz: fileEnd - start, memsz: memEnd - first.addr };
  });

  // Symbol table: locals first, then globals (sh_info = index of the first global).
  const strtab = new StringTable();
  const ordered = [...image.symbols.filter((s) => !s.global), ...image.symbols.filter((s) => s.global)];
  const symtab = new Uint8Array((ordered.length + 1) * E.SYM_SIZE);
  const symView = new DataView(symtab.buffer);
  ordered.forEach((sym, i) => {
    const at = (i + 1) * E.SYM_SIZE;
    symView.setUint32(at, strtab.add(sym.name), true);
    symView.setUint32(at + 4, sym.value >>> 0, true);
    symView.setUint32(at + 8, 0, true);
    const binding = !sym.global ? E.STB_LOCAL : sym.weak ? E.STB_WEAK : E.STB_GLOBAL;
    symView.setUint8(at + 12, (binding << 4) | E.STT_NOTYPE);
    symView.setUint8(at + 13, 0);
    symView.setUint16(at + 14, sym.section === 'abs' ? E.SHN_ABS : sym.section + 1, true);
  });
  const firstGlobal = 1 + ordered.filter((s) => !s.global).length;
  const strtabBytes = strtab.bytes();

  const shstrtab = new StringTable();
  const names = [...sections.map((s) => s.name), '.symtab', '.strtab', '.shstrtab'].map((n) => shstrtab.add(n));
  const shstrtabBytes = shstrtab.bytes();

  const symtabOffset = alignUp(offset, 4);
  const strtabOffset = symtabOffset + symtab.length;
  const shstrtabOffset = strtabOffset + strtabBytes.length;
  const shoff = alignUp(shstrtabOffset + shstrtabBytes.length, 4);
  const sectionCount = sections.length + 4; // null + sections + symtab, strtab, shstrtab
  const out = new Uint8Array(shoff + sectionCount * E.SHDR_SIZE);
  const v = new DataView(out.buffer);

  // ELF header.
  out.set([0x7f, 0x45, 0x4c, 0x46, E.ELFCLASS32, E.ELFDATA2LSB, E.EV_CURRENT], 0);
  v.setUint16(16, E.ET_EXEC, true);
  v.setUint16(18, E.EM_RISCV, true);
  v.setUint32(20, E.EV_CURRENT, true);
  v.setUint32(24, image.entry >>> 0, true);
  v.setUint32(28, phoff, true);
  v.setUint32(32, shoff, true);
  v.setUint32(36, 0, true); // e_flags: no RVC, soft-float ABI (ilp32)
  v.setUint16(40, E.EHDR_SIZE, true);
  v.setUint16(42, E.PHDR_SIZE, true);
  v.setUint16(44, segments.length, true);
  v.setUint16(46, E.SHDR_SIZE, true);
  v.setUint16(48, sectionCount, true);
  v.setUint16(50, sectionCount - 1, true);

  segments.forEach((seg, i) => {
    const at = phoff + i * E.PHDR_SIZE;
    const l = segmentLayout[i];
    v.setUint32(at, E.PT_LOAD, true);
    v.setUint32(at + 4, l.offset, true);
    v.setUint32(at + 8, l.vaddr >>> 0, true);
    v.setUint32(at + 12, l.vaddr >>> 0, true);
    v.setUint32(at + 16, l.filesz, true);
    v.setUint32(at + 20, l.memsz, true);
    v.setUint32(at + 24, seg.flags, true);
    v.setUint32(at + 28, E.PAGE_SIZE, true);
  });

  sections.forEach((s, i) => {
    if (!s.nobits) out.set(s.data, sectionOffset[i]);
  });
  out.set(symtab, symtabOffset);
  out.set(strtabBytes, strtabOffset);
  out.set(shstrtabBytes, shstrtabOffset);

  const header = (index: number, name: number, type: number, flags: number, addr: number, off: number,
    size: number, link: number, info: number, align: number, entsize: number): void => {
    const at = shoff + index * E.SHDR_SIZE;
    [name, type, flags, addr >>> 0, off, size, link, info, align, entsize]
      .forEach((x, k) => v.setUint32(at + k * 4, x, true));
  };
  sections.forEach((s, i) => {
    header(i + 1, names[i], s.nobits ? E.SHT_NOBITS : E.SHT_PROGBITS, s.flags, s.addr, sectionOffset[i],
      s.data.length, 0, 0, s.align, 0);
  });
  const n = sections.length;
  header(n + 1, names[n], E.SHT_SYMTAB, 0, 0, symtabOffset, symtab.length, n + 2, firstGlobal, 4, E.SYM_SIZE);
  header(n + 2, names[n + 1], E.SHT_STRTAB, 0, 0, strtabOffset, strtabBytes.length, 0, 0, 1, 0);
  header(n + 3, names[n + 2], E.SHT_STRTAB, 0, 0, shstrtabOffset, shstrtabBytes.length, 0, 0, 1, 0);
  return out;
}
