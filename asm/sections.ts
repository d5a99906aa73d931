/** The output sections vmlab's assembler knows, and how section names map onto them. */
import { SHF_ALLOC, SHF_EXECINSTR, SHF_WRITE } from '../src/elf/constants.js';

export const TEXT = 0, RODATA = 1, DATA = 2, BSS = 3;
export const SECTION_COUNT = 4;

export interface SectionKind {
  name: string;
  flags: number;
  /** Minimum alignment of the section in every input (GNU as aligns .text to 4 for RV32). */
  align: number;
  nobits: boolean;
}

export const SECTION_KINDS: readonly SectionKind[] = [
  { name: '.text', flags: SHF_ALLOC | SHF_EXECINSTR, align: 4, nobits: false },
  { name: '.rodata', flags: SHF_ALLOC, align: 1, nobits: false },
  { name: '.data', flags: SHF_ALLOC | SHF_WRITE, align: 1, nobits: false },
  { name: '.bss', flags: SHF_ALLOC | SHF_WRITE, align: 1, nobits: true },
];

/**
 * The output section a `.section NAME` goes to, by GNU ld's default rules: .text* → .text,
 * .rodata* and .srodata* → .rodata, .data* and .sdata* → .data, .bss* and .sbss* → .bss.
 * Returns -1 for any other name.
 */
export function sectionByName(name: string): number {
  const is = (prefix: string): boolean => name === prefix || name.startsWith(`${prefix}.`);
  if (is('.text')) return TEXT;
  if (is('.rodata') || is('.srodata')) return RODATA;
  if (is('.data') || is('.sdata')) return DATA;
  if (is('.bss') || is('.sbss')) return BSS;
  return -1;
}
