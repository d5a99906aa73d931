/** What a fuzz target is, and how a case's outcome is classified. */

/**
 * How one case ended. `clean` (vmlab refused the input with its one-line error) and `ran` (the
 * input was accepted and the guest ran, whatever it did) are the good ones; `crash` (an exception
 * that is not one of vmlab's user errors: what the CLI would print as "internal error"), `hang`
 * (the case outlived its time box), `invariant` (the kernel's checker found a broken invariant)
 * and `divergence` (the two engines showed different results) fail the run.
 */
export type OutcomeKind = 'clean' | 'ran' | 'crash' | 'hang' | 'invariant' | 'divergence';
export const OUTCOME_KINDS: readonly OutcomeKind[] = ['clean', 'ran', 'crash', 'hang', 'invariant', 'divergence'];
export const isFailure = (kind: OutcomeKind): boolean => kind !== 'clean' && kind !== 'ran';

export interface Outcome {
  kind: OutcomeKind;
  /** The error message (for a crash, its first stack line too). */
  detail: string;
}

/** One generated input: the bytes to save for a reproducer and the file name's extension. */
export interface FuzzCase {
  input: Uint8Array;
  ext: 'elf' | 's';
  /** `vmlab` arguments that reproduce the case from the saved file FILE ("FILE" is replaced). */
  command: string[];
  /** Anything else the target needs to run it (a kernel configuration). */
  options?: Record<string, string | number | boolean>;
}

/** Choices of the whole run. */
export interface FuzzOptions {
  /** Let the kernel fuzzer's guests call brk (off by default: see docs/fuzzing.md). */
  brk: boolean;
  /**
   * The kernel fuzzer's guests also make the system calls added after its first set (clocks and
   * sleep, process groups, identities, fcntl, uname, getrandom, packet-mode pipes): on by
   * default; off, a seed makes the case it made before they came (the recorded regressions are
   * such cases).
   */
  newerCalls: boolean;
  /** The largest size of a generated stress input (a line's elements, a nesting depth). */
  maxSize: number;
  /** The kernel fuzzer's replacement policy and RAM in KiB for every case (null: each case picks one). */
  policy: string | null;
  ramKiB: number | null;
}

export const DEFAULT_FUZZ_OPTIONS: FuzzOptions = { brk: false, newerCalls: true, maxSize: 2_000_000, policy: null, ramKiB: null };

export interface Target {
  name: string;
  /** The case of seed `seed` (deterministic for the same options). */
  generate(seed: number, options: FuzzOptions): FuzzCase;
  /** Run `c` in this process and classify what happened. */
  run(c: FuzzCase): Outcome;
}

/** The outcome of an exception thrown by a case: `clean` if `isUserError` says it is one of vmlab's one-line errors. */
export function classifyThrow(e: unknown, isUserError: (e: unknown) => boolean): Outcome {
  if (isUserError(e)) return { kind: 'clean', detail: (e as Error).message.split('\n')[0] };
  if (e instanceof Error) {
    const at = e.stack?.split('\n').find((l) => l.trim().startsWith('at '))?.trim() ?? '';
    return { kind: 'crash', detail: `${e.constructor.name}: ${e.message} ${at}` };
  }
  return { kind: 'crash', detail: `thrown non-error: ${String(e)}` };
}
