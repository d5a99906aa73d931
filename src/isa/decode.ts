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
