/**
 * A decimal literal rounded once to the nearest IEEE 754 single, as GNU as rounds `.float`.
 * GNU's atof_ieee converts the decimal to binary in about 64 bits, cutting off what is below, and
 * rounds a half up: a tie written in at most 19 significant digits (16777217, 33554434.0) is
 * exact there and rounds away from zero; a longer one (1 + 3·2^-24 written out, FLT_MAX and half
 * its last place) falls just short of the half and rounds toward zero. Going through a double
 * first (Math.fround(Number(text))) rounds twice, and gave 0x3f800000 for 1.0000000596046448
 * where GNU gives 0x3f800001. GNU may still round the other way within about 10^-17 of a tie, or
 * in the last place of the smallest denormals (docs/assembler.md).
 */

/** What `.float` stores for a decimal: the bits, and whether its exponent is past the format's. */
export interface Float32Result {
  bits: number;
  /** The value is 2^128 or more before rounding (GNU's error); one that only rounds up to 2^128 is infinity. */
  tooLarge: boolean;
}

const MANTISSA_BITS = 23;
/** The most significant digits of a tie GNU's conversion holds exactly (it then rounds the tie up). */
const EXACT_DIGITS = 19;

/** `text`: [sign] digits [. digits] [e [sign] digits], or with no digits before the point. */
export function float32Bits(text: string): Float32Result {
  const m = /^\s*([-+]?)(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?\s*$/.exec(text);
  if (!m || (m[2] + (m[3] ?? '')) === '') throw new Error(`not a decimal number: '${text}'`);
  const sign = m[1] === '-' ? 0x8000_0000 : 0;
  const digits = (m[2] + (m[3] ?? '')).replace(/^0+/, '');
  if (digits === '') return { bits: sign >>> 0, tooLarge: false };
  const exponent10 = Number(m[4] ?? 0) - (m[3] ?? '').length;
  // Far outside the format, no exact arithmetic is needed (and 10^exponent would be huge).
  const magnitude = exponent10 + digits.length - 1; // the value is d.ddd × 10^magnitude
  if (magnitude > 40) return { bits: (sign | 0x7f80_0000) >>> 0, tooLarge: true };
  if (magnitude < -60) return { bits: sign >>> 0, tooLarge: false };
  let num = BigInt(digits), den = 1n;
  if (exponent10 >= 0) num *= 10n ** BigInt(exponent10);
  else den = 10n ** BigInt(-exponent10);
  // e: the binary exponent, 2^e <= num/den < 2^(e+1).
  let e = num.toString(2).length - den.toString(2).length;
  if (e >= 0 ? num < den << BigInt(e) : num << BigInt(-e) < den) e--;
  if (e >= 128) return { bits: (sign | 0x7f80_0000) >>> 0, tooLarge: true };
  // The significand's last place: 2^(e-23) for a normal number, 2^-149 below 2^-126.
  const place = Math.max(e, -126) - MANTISSA_BITS;
  const scaledNum = place >= 0 ? num : num << BigInt(-place);
  const scaledDen = place >= 0 ? den << BigInt(place) : den;
  let q = scaledNum / scaledDen;
  const twice = (scaledNum - q * scaledDen) * 2n;
  if (twice > scaledDen || (twice === scaledDen && digits.replace(/0+$/, '').length <= EXACT_DIGITS)) q++;
  // A subnormal's bits are its significand; a normal's add the biased exponent (a carry into the
  // next binade, or out of the subnormals, falls out of the same sum).
  const bits = place === -149 ? Number(q) : ((e + 127 - 1) << MANTISSA_BITS) + Number(q);
  return { bits: (sign | bits) >>> 0, tooLarge: false };
}
