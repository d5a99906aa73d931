/**
 * 64-bit two's complement integers, as GNU as evaluates expressions on a 64-bit host. A value is
 * a JS number while it is a safe integer (the fast, common case) and a bigint otherwise; a
 * bigint is always in -2^63..2^63-1 and never in the safe-integer range, so each value has one
 * representation and `===` compares values.
 */
export type Int = number | bigint;

const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** `b` wrapped to 64 bits, as a number when it is a safe integer. */
export function wrap64(b: bigint): Int {
  const w = BigInt.asIntN(64, b);
  return w >= MIN_SAFE && w <= MAX_SAFE ? Number(w) : w;
}

const big = (v: Int): bigint => (typeof v === 'bigint' ? v : BigInt(v));

/** The low 32 bits of `v`, unsigned. */
export function low32(v: Int): number {
  return typeof v === 'number' ? v >>> 0 : Number(BigInt.asUintN(32, v));
}

/** The bits of `v` as an unsigned 64-bit bigint (for emitting 8-byte data and for shifts). */
export function unsigned64(v: Int): bigint {
  return BigInt.asUintN(64, big(v));
}

/**
 * GNU as's RV32 reading of a constant operand: one in 0..0xffffffff, or whose high 32 bits are all
 * ones (-2^32..-1), is its low 32 bits as a signed 32-bit value (`~0xfffff800` is 2047,
 * `0xffffffff00000005` is 5); any other keeps its 64 bits.
 */
export function normalizeRv32(v: Int): Int {
  if (typeof v !== 'number') return v;
  if (v >= 0x80000000 && v <= 0xffffffff) return v | 0;
  return v >= -0x100000000 && v < -0x80000000 ? (v + 0x100000000) | 0 : v;
}

/** `v` in hex as GNU prints it in messages: the unsigned 64-bit bit pattern. */
export function hex64(v: Int): string {
  return `0x${unsigned64(v).toString(16)}`;
}

/** `a + b`, wrapped to 64 bits. */
export function add(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return wrap64(big(a) + big(b));
}

/** `a - b`, wrapped to 64 bits. */
export function sub(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return wrap64(big(a) - big(b));
}

/** `a * b`, wrapped to 64 bits. */
export function mul(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r; // no -0
  }
  return wrap64(big(a) * big(b));
}

/** `-a`, wrapped to 64 bits. */
export function neg(a: Int): Int {
  return typeof a === 'number' ? (a === 0 ? 0 : -a) : wrap64(-a);
}

/** `~a` (bitwise complement). */
export function not(a: Int): Int {
  return typeof a === 'number' && a >= -0x80000000 && a <= 0x7fffffff ? ~a : wrap64(~big(a));
}

/** Signed division, truncating (the divisor is not 0). */
export function div(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = Math.trunc(a / b);
    return r === 0 ? 0 : r;
  }
  return wrap64(big(a) / big(b));
}

/** Signed remainder with the sign of the dividend (the divisor is not 0). */
export function rem(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a % b;
    return r === 0 ? 0 : r;
  }
  return wrap64(big(a) % big(b));
}

const isInt32 = (v: Int): v is number => typeof v === 'number' && v >= -0x80000000 && v <= 0x7fffffff;

/** `a & b`. */
export function and(a: Int, b: Int): Int {
  return isInt32(a) && isInt32(b) ? a & b : wrap64(big(a) & big(b));
}

/** `a | b`. */
export function or(a: Int, b: Int): Int {
  return isInt32(a) && isInt32(b) ? a | b : wrap64(big(a) | big(b));
}

/** `a ^ b`. */
export function xor(a: Int, b: Int): Int {
  return isInt32(a) && isInt32(b) ? a ^ b : wrap64(big(a) ^ big(b));
}

/** `a << n` for a shift count in 0..63. */
export function shl(a: Int, n: number): Int {
  return wrap64(big(a) << BigInt(n));
}

/** `a >> n`, logical on the 64-bit pattern as GNU as shifts, for a shift count in 0..63. */
export function shr(a: Int, n: number): Int {
  if (typeof a === 'number' && a >= 0) return Math.floor(a / 2 ** n);
  return wrap64(unsigned64(a) >> BigInt(n));
}

/**
 * Parse a literal's digits (without prefix) in `radix`; null when it does not fit in 64 bits
 * (a literal up to 2^64-1 is taken as its 64-bit pattern, as GNU as does).
 */
export function parseLiteral(digits: string, radix: 2 | 8 | 10 | 16): Int | null {
  if (digits.length <= (radix === 16 ? 13 : radix === 10 ? 15 : radix === 8 ? 17 : 52)) return parseInt(digits, radix);
  const prefix = radix === 16 ? '0x' : radix === 8 ? '0o' : radix === 2 ? '0b' : '';
  const b = BigInt(prefix + digits);
  return b >> 64n === 0n ? wrap64(b) : null;
}
