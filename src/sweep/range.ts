/**
 * Ranges of a sweep dimension: `1..8` (step 1), `96k..160k+8k` (a step), `1..1024*2` (a factor),
 * or the object forms {from, to, step} and {from, to, factor}. Sizes keep the unit of `from`.
 */
import { parseSize } from '../cli/run-config.js';

/** The most values one range may have. */
export const MAX_RANGE_VALUES = 10_000;

/**
 * Whether a dimension's text is a range rather than a value or a list: FROM..TO with a FROM that
 * starts with a digit, and no comma (so `../policy.js` and `a.js,../b.js` are values).
 */
export function isRangeText(text: string): boolean {
  return /^\s*[-+]?\d[^.,]*\.\./.test(text) && !text.includes(',');
}

/** A range's values, or an Error saying what is wrong with it (without naming the dimension). */
export function expandRange(range: string | Record<string, unknown>): (number | string)[] {
  let from: unknown, to: unknown, step: unknown, factor: unknown;
  if (typeof range === 'string') {
    const m = /^\s*([^.\s]+)\s*\.\.\s*([^+*\s]+)\s*(?:([+*])\s*(\S+))?\s*$/.exec(range);
    if (!m) throw new Error(`bad range '${range}': expected FROM..TO, FROM..TO+STEP or FROM..TO*FACTOR`);
    [from, to] = [m[1], m[2]];
    if (m[3] === '+') step = m[4];
    if (m[3] === '*') factor = m[4];
  } else {
    for (const key of Object.keys(range)) {
      if (!['from', 'to', 'step', 'factor'].includes(key)) throw new Error(`bad range: unknown key '${key}' (known: from, to, step, factor)`);
    }
    ({ from, to, step, factor } = range);
    if (from === undefined || to === undefined) throw new Error('bad range: needs from and to');
    if (step !== undefined && factor !== undefined) throw new Error('bad range: step or factor, not both');
  }
  const text = `${from}..${to}${step !== undefined ? `+${step}` : factor !== undefined ? `*${factor}` : ''}`;
  const unit = /^\d+([kKmMgG])$/.exec(String(from))?.[1];
  const number = (v: unknown, what: string): number => {
    const n = unit && typeof v === 'string' && /[a-zA-Z]$/.test(v) ? sizeOf(v, text) : Number(v);
    if (typeof v === 'boolean' || v === '' || !Number.isFinite(n)) throw new Error(`bad range '${text}': ${what} '${v}' is not a number`);
    return n;
  };
  const lo = unit ? sizeOf(String(from), text) : number(from, 'from');
  const hi = unit ? sizeOf(String(to), text) : number(to, 'to');
  if (lo > hi) throw new Error(`bad range '${text}': from is above to`);
  const values: number[] = [];
  if (factor !== undefined) {
    const f = Number(factor);
    if (!(f > 1)) throw new Error(`bad range '${text}': the factor must be above 1`);
    if (lo <= 0) throw new Error(`bad range '${text}': a range with a factor must start above 0`);
    for (let v = lo; v <= hi && values.length <= MAX_RANGE_VALUES; v *= f) values.push(v);
  } else {
    const s = step === undefined ? (unit ? sizeOf(`1${unit}`, text) : 1) : number(step, 'step');
    if (!(s > 0)) throw new Error(`bad range '${text}': the step must be above 0`);
    for (let i = 0; lo + i * s <= hi && values.length <= MAX_RANGE_VALUES; i++) values.push(lo + i * s);
  }
  if (values.length > MAX_RANGE_VALUES) throw new Error(`bad range '${text}': more than ${MAX_RANGE_VALUES} values`);
  if (!unit) return values;
  const scale = parseSize(`1${unit}`, 'unit');
  return values.map((v) => (v % scale === 0 ? `${v / scale}${unit}` : String(v)));
}

function sizeOf(text: string, range: string): number {
  try {
    return parseSize(text, 'size');
  } catch {
    throw new Error(`bad range '${range}': '${text}' is not a size`);
  }
}
