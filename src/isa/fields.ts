/**
 * Bit fields of a 32-bit instruction word: extract (for decoding) and place (for encoding).
 * Immediates are returned sign-extended as the spec defines them; place* functions take the
 * immediate value and return the bits to OR into the word (callers check ranges first).
 */

export const rd = (w: number): number => (w >>> 7) & 31;
export const rs1 = (w: number): number => (w >>> 15) & 31;
export const rs2 = (w: number): number => (w >>> 20) & 31;
export const csrField = (w: number): number => w >>> 20;

export const immI = (w: number): number => w >> 20;
export const immS = (w: number): number => ((w >> 25) << 5) | ((w >>> 7) & 31);
export const immB = (w: number): number =>
  ((w >> 31) << 12) | (((w >>> 7) & 1) << 11) | (((w >>> 25) & 63) << 5) | (((w >>> 8) & 15) << 1);
export const immU = (w: number): number => w & 0xfffff000;
export const immJ = (w: number): number =>
  ((w >> 31) << 20) | (((w >>> 12) & 255) << 12) | (((w >>> 20) & 1) << 11) | (((w >>> 21) & 1023) << 1);

export const placeRd = (r: number): number => (r & 31) << 7;
export const placeRs1 = (r: number): number => (r & 31) << 15;
export const placeRs2 = (r: number): number => (r & 31) << 20;
export const placeI = (imm: number): number => (imm & 0xfff) << 20;
export const placeS = (imm: number): number => ((imm & 0xfe0) << 20) | ((imm & 31) << 7);
export const placeB = (imm: number): number =>
  (((imm >> 12) & 1) << 31) | (((imm >> 5) & 63) << 25) | (((imm >> 1) & 15) << 8) | (((imm >> 11) & 1) << 7);
/** U-type: `imm20` is the 20-bit value written in assembly (lui a0, 0x12345). */
export const placeU = (imm20: number): number => (imm20 & 0xfffff) << 12;
export const placeJ = (imm: number): number =>
  (((imm >> 20) & 1) << 31) | (((imm >> 1) & 1023) << 21) | (((imm >> 11) & 1) << 20) | (((imm >> 12) & 255) << 12);

/** FENCE predecessor/successor sets: bits i, o, r, w (i = 8 ... w = 1). */
export const fencePred = (w: number): number => (w >>> 24) & 15;
export const fenceSucc = (w: number): number => (w >>> 20) & 15;

/** Format a FENCE set as GNU does ("iorw", "rw", "0" when empty). */
export function fenceSetName(set: number): string {
  const s = (set & 8 ? 'i' : '') + (set & 4 ? 'o' : '') + (set & 2 ? 'r' : '') + (set & 1 ? 'w' : '');
  return s === '' ? '0' : s;
}

/** Parse a FENCE set name ("iorw", "rw"...), or -1 if it is not one ("0", which objdump prints for an empty set, GNU as refuses). */
export function parseFenceSet(name: string): number {
  if (!/^i?o?r?w?$/.test(name) || name === '') return -1;
  return (name.includes('i') ? 8 : 0) | (name.includes('o') ? 4 : 0) | (name.includes('r') ? 2 : 0) |
    (name.includes('w') ? 1 : 0);
}
