/**
 * Privileged instructions GNU as takes on RV32IM and objdump names. vmlab's CPU runs programs in
 * user mode, where each of them is an illegal instruction (SIGILL), as under Linux: only the
 * assembler and the disassembler know them.
 */
import { registerName } from './registers.js';

/** The ones without operands, and their words. */
export const PRIVILEGED_WORDS: readonly (readonly [name: string, word: number])[] = [
  ['mret', 0x30200073], ['sret', 0x10200073], ['uret', 0x00200073], ['dret', 0x7b200073], ['wfi', 0x10500073],
];

/** sfence.vma rs1, rs2: this word with the registers in their usual fields. */
export const SFENCE_VMA = 0x12000073;
const SFENCE_VMA_MASK = 0xfe007fff;

/** What objdump prints for privileged `word` (`sfence.vma a0,a1`, its trailing zero registers left out), or null. */
export function privilegedText(word: number): { mnemonic: string; operands: string } | null {
  const known = PRIVILEGED_WORDS.find(([, w]) => w === word >>> 0);
  if (known) return { mnemonic: known[0], operands: '' };
  if (((word & SFENCE_VMA_MASK) >>> 0) !== SFENCE_VMA) return null;
  const rs1 = (word >>> 15) & 31, rs2 = (word >>> 20) & 31;
  return { mnemonic: 'sfence.vma', operands: rs2 ? `${registerName(rs1)},${registerName(rs2)}` : rs1 ? registerName(rs1) : '' };
}
