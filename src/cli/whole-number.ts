/**
 * Whole numbers from the command line and config files, checked in one place; a module of its own
 * so that commands loaded at start-up (vmlab replay's definition) can use it without the machine.
 */
import { UsageError } from './usage-error.js';

/** The largest --seed: the random generators (TLB replacement, AT_RANDOM, getrandom, the sandbox's Math.random) keep 32 bits. */
export const MAX_SEED = 2 ** 32 - 1;

/**
 * A whole number from `min` to `max`: a JSON number, or a string of decimal digits (a flag).
 * Anything else (null, "", true, [7], " 7 ", 0b11, 1e3) is a UsageError: Number() would make
 * 0, 1, 7 or 3 of them.
 */
export function parseCount(value: unknown, what: string, max = Number.MAX_SAFE_INTEGER, min = 0): number {
  const v = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(v) || v < min || v > max) {
    // A number as JavaScript writes it (JSON would write 1e400, read as Infinity, as null).
    const shown = typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
    throw new UsageError(`bad ${what} '${shown}': expected a whole number from ${min} to ${max}`);
  }
  return v;
}
