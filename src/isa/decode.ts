/**
 * Word → instruction row, derived from the instruction table: rows are bucketed by their 7-bit
 * major opcode, so a decode looks at a handful of rows at most.
 */
import { INSTRUCTIONS, type InstructionRow } from './table.js';

const BUCKETS: InstructionRow[][] = Array.from({ length: 128 }, () => []);
for (const row of INSTRUCTIONS) BUCKETS[row.match & 0x7f].push(row);

/** The row `word` is an instance of, or undefined for an illegal/unknown instruction. */
export function decode(word: number): InstructionRow | undefined {
  const bucket = BUCKETS[word & 0x7f];
  for (let i = 0; i < bucket.length; i++) {
    const row = bucket[i];
    if (((word & row.mask) >>> 0) === row.match) return row;
  }
  return undefined;
}

const FENCE = INSTRUCTIONS.find((row) => row.name === 'fence')!;
const FENCE_I = INSTRUCTIONS.find((row) => row.name === 'fence.i')!;

/**
 * The row a hart runs `word` as: decode's, or for a FENCE or FENCE.I whose reserved fields are
 * set (rd, rs1, FENCE.I's immediate, a reserved fm or pred/succ setting), which decode does not
 * name (GNU objdump shows them as data too), a plain FENCE or FENCE.I. The base ISA has
 * implementations ignore those fields ("treat all such reserved configurations as normal
 * fences"), and qemu-riscv32 runs them; vmlab's CPU used to stop them as illegal instructions.
 */
export function decodeToRun(word: number): InstructionRow | undefined {
  const row = decode(word);
  if (row !== undefined || (word & 0x7f) !== (FENCE.match & 0x7f)) return row;
  const funct3 = (word >>> 12) & 7;
  return funct3 === 0 ? FENCE : funct3 === 1 ? FENCE_I : undefined;
}
