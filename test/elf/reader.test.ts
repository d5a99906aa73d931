/** The ELF reader: what it reads back from the writer, and each validation error. */
import { describe, expect, it } from 'vitest';
import { ElfError, readElf } from '../../src/elf/reader.js';
import { build } from '../asm/helpers.js';

const hello = build('li a0, 1\n.data\nmsg: .ascii "hi"\n.bss\nbuf: .space 8');

function patched(bytes: Uint8Array, at: number, values: number[]): Uint8Array {
  const copy = Uint8Array.from(bytes);
  copy.set(values, at);
  return copy;
}

describe('readElf', () => {
  it('reads the writer\'s headers, sections and symbols back', () => {
    const elf = readElf(hello);
    expect(elf.entry).toBe(0x400000);
    expect(elf.sections.map((s) => s.name)).toEqual(['', '.text', '.data', '.bss', '.symtab', '.strtab', '.shstrtab']);
    expect(elf.symbols.map((s) => [s.name, s.value, s.global])).toEqual([
      ['msg', 0x401000, false], ['buf', 0x401002, false], ['_start', 0x400000, true],
      // GNU ld's script symbols (the .bss output section ends aligned to 4: ALIGN(. != 0 ? 4 : 1)).
      ['__global_pointer$', 0x401800, true], ['__DATA_BEGIN__', 0x401000, true], ['__SDATA_BEGIN__', 0x401002, true],
      ['_edata', 0x401002, true], ['__bss_start', 0x401002, true], ['__BSS_END__', 0x40100c, true], ['_end', 0x40100c, true],
    ]);
  });

  it.each([
    ['not an ELF file (bad magic number)', new Uint8Array([1, 2, 3, 4, 5])],
    ['truncated ELF file: the ELF header is incomplete', hello.subarray(0, 40)],
    ['not a 32-bit ELF file (ELFCLASS64 is not supported)', patched(hello, 4, [2])],
    ['not a little-endian ELF file', patched(hello, 5, [2])],
    ['not a RISC-V ELF file (e_machine 62)', patched(hello, 18, [62, 0])],
    ['truncated ELF file: the section headers lie outside the file', hello.subarray(0, hello.length - 8)],
    ['truncated ELF file: segment 0 (offset 0x1000, 4 bytes) lies outside the file', patched(hello, 32, [0, 0, 0, 0]).subarray(0, 0x1002)],
  ])('rejects with "%s"', (message, bytes) => {
    expect(() => readElf(bytes)).toThrow(new ElfError(message));
  });

  // Found by npm run fuzz (targets elf and disasm): each was an internal error, or a 70-second spin.
  describe('mutated files', () => {
    const shoff = new DataView(hello.buffer, hello.byteOffset).getUint32(32, true);
    /** `hello` with the 32-bit field at `offset` of section header `index` set to `value`. */
    const section = (index: number, offset: number, value: number): Uint8Array => {
      const copy = Uint8Array.from(hello);
      new DataView(copy.buffer).setUint32(shoff + index * 40 + offset, value, true);
      return copy;
    };
    it.each([
      ['bad ELF file: the section name table (section 6) has no bytes in the file', section(6, 4, 8)], // .shstrtab NOBITS
      ['bad ELF file: the symbol name table (section 5) has no bytes in the file', section(5, 4, 8)], // .strtab NOBITS
      ['bad ELF file: the section name table (section 6) has no bytes in the file', section(6, 4, 0)], // .shstrtab NULL
      ['bad ELF file: the name of section 1 (offset 4096) lies outside its string table', section(1, 0, 4096)],
      ['bad ELF file: the name of section 1 (offset 4294967295) lies outside its string table', section(1, 0, 0xffffffff)],
      ['bad ELF file: the symbol name table (section 0) has no bytes in the file', section(4, 24, 0)], // .symtab's link
      ['truncated ELF file: section 5 lies outside the file', section(5, 16, 0xffffff00)],
    ])('rejects with "%s"', (message, bytes) => {
      expect(() => readElf(bytes)).toThrow(new ElfError(message));
    });

    it('reads a symbol name that runs to the end of its table without a NUL', () => {
      const elf = readElf(hello);
      const strtab = elf.sections[5];
      const copy = Uint8Array.from(hello);
      copy[strtab.offset + strtab.size - 1] = 0x41; // the last name loses its NUL
      const table = Buffer.from(hello.subarray(strtab.offset, strtab.offset + strtab.size - 1));
      const last = table.subarray(table.lastIndexOf(0) + 1).toString('latin1');
      const names = elf.symbols.map((s) => s.name);
      expect(names).toContain(last);
      expect(readElf(copy).symbols.map((s) => s.name)).toEqual(names.map((n) => (n === last ? `${last}A` : n)));
    });
  });
});
