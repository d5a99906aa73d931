/**
 * The points of a sweep: every combination of the varied dimensions, each with the exact
 * `vmlab run` command line it stands for. A point is known by that command line (its key), so
 * results survive edits of the spec that keep the point, and shards agree on what a point is.
 */
import { statSync, type Stats } from 'node:fs';
import { KERNEL_POLICIES } from '../kernel/kernel.js';
import { kernelLimits, machineConfig, readConfigFile, type Knobs } from '../cli/run-config.js';
import { UsageError } from '../cli/usage-error.js';
import { runOptions } from './run-options.js';
import type { SweepSpec, Value } from './spec.js';

export interface Point {
  /** Its place in the sweep, from 0. */
  index: number;
  /** The value of each dimension at this point, by dimension name. */
  at: Record<string, Value>;
  program: string;
  args: string[];
  /** The run options, fixed and varied, by name. */
  options: Record<string, Value>;
  /** The arguments of `vmlab run` (options, then `--`, the program and its arguments). */
  argv: string[];
  /** The identity of the point: its command line. */
  key: string;
}

/** A point's values as `name=value` words ("ram=64k policy=lru"; empty for a single point). */
export function describePoint(point: Point): string {
  return Object.entries(point.at).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(' ') : v}`).join(' ');
}

/** Every point of `spec`, in order. */
export function expandPoints(spec: SweepSpec): Point[] {
  const points: Point[] = [];
  const total = spec.dimensions.reduce((n, d) => n * d.values.length, 1);
  for (let index = 0; index < total; index++) {
    // Objects without a prototype: a name such as `constructor` or `__proto__` is a name like any other.
    const at: Record<string, Value> = Object.create(null);
    let rest = index;
    for (let d = spec.dimensions.length - 1; d >= 0; d--) {
      const dim = spec.dimensions[d];
      at[dim.name] = dim.values[rest % dim.values.length];
      rest = Math.floor(rest / dim.values.length);
    }
    const ordered: Record<string, Value> = Object.create(null);
    for (const dim of spec.dimensions) ordered[dim.name] = at[dim.name];
    const program = typeof at.program === 'string' && spec.programs.length > 1 ? at.program : spec.programs[0];
    const args = spec.args.map((a) => a.replace(/\$\{([^}]*)\}/g, (_, name: string) => String(at[name])));
    const options: Record<string, Value> = Object.assign(Object.create(null), spec.fixed);
    for (const dim of spec.dimensions) if (dim.kind === 'option') options[dim.name] = at[dim.name];
    const argv = ['run', ...optionArgs(options), '--', program, ...args];
    points.push({ index, at: ordered, program, args, options, argv, key: JSON.stringify(argv) });
  }
  return points;
}

/** Command-line options for `options`, sorted by name so that the same set gives the same line. */
function optionArgs(options: Record<string, Value>): string[] {
  const known = runOptions();
  const out: string[] = [];
  for (const name of Object.keys(options).sort()) {
    const v = options[name];
    if (known.get(name)?.flag) {
      if (v === true) out.push(`--${name}`);
    } else {
      for (const one of Array.isArray(v) ? v : [v]) out.push(`--${name}`, String(one));
    }
  }
  return out;
}

/**
 * Check what can be checked of a point before anything runs: its machine configuration, its
 * policy and its files. Throws a UsageError naming the problem.
 */
export function checkPoint(point: Point): void {
  const options = point.options;
  const knobs: Knobs = options.config === undefined ? {} : readConfigFile(String(options.config));
  for (const key of ['ram', 'itlb', 'dtlb', 'tlb', 'l2tlb', 'asid', 'mmu', 'costs', 'disk', 'seed', 'engine'] as const) {
    if (options[key] !== undefined) (knobs as Record<string, unknown>)[key] = options[key];
  }
  if (options.cost !== undefined) knobs.cost = ([] as string[]).concat(options.cost as string | string[]).map(String);
  if (options['max-instructions'] !== undefined) knobs.maxInstructions = options['max-instructions'] as string | number;
  machineConfig(knobs);
  const flag = (key: string): string | undefined => (options[key] === undefined ? undefined : String(options[key]));
  kernelLimits({ swap: flag('swap'), stackLimit: flag('stack-limit'), quantum: flag('quantum'), maxProcs: flag('max-procs') });
  const policy = options.policy;
  if (policy !== undefined && !KERNEL_POLICIES.includes(String(policy) as never)) {
    if (!/[/\\]|\.(js|ts|mjs|cjs)$/.test(String(policy))) {
      throw new UsageError(`unknown policy '${policy}' (known: ${KERNEL_POLICIES.join(', ')}, or a plug-in file like ./my-policy.ts)`);
    }
    const why = notAFile(String(policy));
    if (why) throw new UsageError(`policy plug-in '${policy}': ${why}`);
  }
  const handler = options['fault-handler'];
  if (handler !== undefined) {
    const why = notAFile(String(handler));
    if (why) throw new UsageError(`fault handler '${handler}': ${why}`);
  }
  if (options.root !== undefined && !statSafe(String(options.root))?.isDirectory()) throw new UsageError(`bad --root '${options.root}': not a directory`);
  const why = notAFile(point.program);
  if (why) throw new UsageError(`program '${point.program}': ${why}`);
}

/** Why `path` cannot be read as an input file (a program, a plug-in): 'no such file', 'not a regular file'; null if it can. */
function notAFile(path: string): string | null {
  const st = statSafe(path);
  return st === null ? 'no such file' : st.isFile() ? null : 'not a regular file';
}

function statSafe(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
