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
});
