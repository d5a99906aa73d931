/**
 * A sweep specification: the program(s) and arguments, the `vmlab run` options held fixed and
 * varied, repetitions, derived columns, the plot and where results go. Read from YAML or JSON
 * (or built from flags), checked whole, and expanded into points, in a fixed order: the program
 * first, then the varied options in the order the spec gives, then the seed; the last varies fastest.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { UsageError } from '../cli/usage-error.js';
import { readInputOrWhy } from '../cli/files.js';
import { parseExpr, type Expr } from './expr.js';
import { expandRange, isRangeText } from './range.js';

export { isRangeText };
import { kebab, RESERVED_OPTIONS, runOptions } from './run-options.js';

/** A value of an option or parameter at one point. */
export type Value = string | number | boolean | string[];

/** A varied dimension: a run option, the program, or a parameter substituted into the arguments. */
export interface Dimension {
  name: string;
  kind: 'option' | 'program' | 'param';
  values: Value[];
}

/** A derived column: a name and an expression over the point's statistics. */
export interface Column {
  name: string;
  text: string;
  expr: Expr;
}

/** The axes of the default chart (names of dimensions, columns or statistics). */
export interface PlotSpec {
  x?: string;
  y?: string;
  color?: string;
  logX?: boolean;
  logY?: boolean;
}

export interface SweepSpec {
  name: string;
  /** The programs (several make the dimension "program"). */
  programs: string[];
  /** The arguments after the program; `${name}` takes a parameter's value. */
  args: string[];
  /** Run options the same at every point. */
  fixed: Record<string, Value>;
  dimensions: Dimension[];
  repeat: number;
  columns: Column[];
  /** What the terminal summary shows (columns or statistics), after the varied dimensions. */
  summary: string[];
  plot: PlotSpec;
  /** The output directory (null: the caller chooses). */
  out: string | null;
}

/** The keys a spec file may have. */
export const SPEC_KEYS = ['name', 'program', 'args', 'options', 'vary', 'repeat', 'columns', 'summary', 'plot', 'out'];
const PLOT_KEYS = ['x', 'y', 'color', 'logX', 'logY'];
/** The most points a sweep may have. */
export const MAX_POINTS = 100_000;

/** `text` with its control characters written as escapes (\x1b): a message quoting a spec must not drive the terminal. */
const printable = (text: string): string =>
  text.replace(/[\x00-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);

/** Read and check a spec file (YAML, or JSON, which YAML includes). Relative `out` is taken from the file's directory. */
export function readSpecFile(path: string): SweepSpec {
  // Read as every input is: a regular file (a FIFO would block), at most 256 MiB.
  const bytes = readInputOrWhy(path);
  if (typeof bytes === 'string') throw new UsageError(`cannot read spec '${path}': ${bytes}`);
  const text = bytes.toString('utf8');
  // Problems of the YAML, and its warnings (a tag it does not know, `!!js/function`...), are
  // refused in one line: none is printed by the parser itself. So is a second document.
  const refuse = (why: string): never => { throw new UsageError(`${path}: not YAML or JSON: ${printable(why.split('\n')[0])}`); };
  const docs = parseAllDocuments(text, { prettyErrors: false, logLevel: 'silent' });
  const all = Array.isArray(docs) ? docs : [];
  if (all.length > 1) refuse('it holds more than one document (---)');
  const doc = all[0];
  const problem = doc?.errors[0] ?? doc?.warnings[0];
  if (problem) refuse(problem.message);
  let data: unknown = null;
  try {
    data = doc ? doc.toJS() : null; // an alias to nothing, or too many, fail here
  } catch (e) {
    refuse((e as Error).message);
  }
  const spec = checkSpec(data, path, basename(path, extname(path)));
  if (spec.out !== null && !isAbsolute(spec.out)) spec.out = join(dirname(path), spec.out);
  return spec;
}

/** Check a spec object (a parsed file, or one built from flags); every problem is a UsageError naming `where`. */
export function checkSpec(data: unknown, where: string, defaultName: string): SweepSpec {
  const fail = (message: string): never => { throw new UsageError(`${where}: ${printable(message)}`); };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('a spec is a mapping of keys (program, vary, ...)');
  const raw = data as Record<string, unknown>;
  for (const key of Object.keys(raw)) if (!SPEC_KEYS.includes(key)) fail(`unknown key '${key}' (known: ${SPEC_KEYS.join(', ')})`);

  const name = raw.name === undefined ? defaultName : String(raw.name);
  if (!/^[\w.-]+$/.test(name)) fail(`bad name '${name}': letters, digits, '.', '_' and '-' only`);
  const programs = raw.program === undefined ? fail('no program') : listOf(raw.program).map((p) => {
    if (typeof p !== 'string' || p === '') return fail(`bad program '${String(p)}': expected a path`);
    if (!existsSync(p)) fail(`program '${p}': no such file`);
    return p;
  });
  if (programs.length === 0) fail('no program');
  const args = raw.args === undefined ? [] : listOf(raw.args).map((a) => {
    if (typeof a === 'object' || a === null) fail(`bad args: '${JSON.stringify(a)}' is not a string or a number`);
    return String(a);
  });

  const options = runOptions();
  const optionName = (key: string, what: string): string => {
    const k = kebab(key);
    if (RESERVED_OPTIONS.includes(k)) fail(`${what} '${key}': the sweep sets it itself`);
    if (!options.has(k)) fail(`unknown option '${key}' in ${what} (known: ${[...options.keys()].join(', ')})`);
    return k;
  };
  const checkValue = (option: string, v: unknown): Value => {
    const o = options.get(option)!;
    if (o.flag) {
      if (typeof v !== 'boolean') fail(`bad value '${String(v)}' for ${option}: it is a flag, true or false`);
      return v as boolean;
    }
    if (o.repeatable && Array.isArray(v)) return v.map(String);
    if (typeof v !== 'string' && typeof v !== 'number') fail(`bad value '${JSON.stringify(v)}' for ${option}: expected a string or a number`);
    return v as string | number;
  };

  const fixed: Record<string, Value> = Object.create(null); // no inherited names (`constructor`)
  const spelled = new Map<string, string>(); // an option's name as first written (max-procs, maxProcs)
  const once = (name: string, key: string, what: string): void => {
    const first = spelled.get(name);
    if (first !== undefined) fail(first === key ? `'${key}' is twice in ${what}` : `'${first}' and '${key}' are one option`);
    spelled.set(name, key);
  };
  for (const [key, v] of Object.entries(mapping(raw.options, 'options', fail))) {
    const k = optionName(key, 'options');
    once(k, key, 'options');
    fixed[k] = checkValue(k, v);
  }

  const params = new Set([...args.join(' ').matchAll(/\$\{([^}]*)\}/g)].map((m) => m[1]));
  const dimensions: Dimension[] = [];
  if (programs.length > 1) dimensions.push({ name: 'program', kind: 'program', values: programs });
  for (const [key, v] of Object.entries(mapping(raw.vary, 'vary', fail))) {
    const kind = params.has(key) ? 'param' : 'option';
    const dim = kind === 'param' ? key : optionName(key, 'vary');
    if (dim in fixed) fail(`'${key}' is both in options and in vary`);
    once(dim, key, 'vary');
    let values: unknown[];
    if (Array.isArray(v)) values = v;
    else if (typeof v === 'string' && isRangeText(v) || typeof v === 'object' && v !== null) {
      try {
        values = expandRange(v as string | Record<string, unknown>);
      } catch (e) {
        return fail(`vary ${key}: ${(e as Error).message}`);
      }
    } else values = [v];
    if (values.length === 0) fail(`vary ${key}: no values`);
    dimensions.push({
      name: dim, kind,
      values: values.map((x) => {
        if (kind === 'option') return checkValue(dim, x);
        if (typeof x !== 'string' && typeof x !== 'number') fail(`vary ${key}: bad value '${JSON.stringify(x)}'`);
        return x as string | number;
      }),
    });
  }
  for (const p of params) if (!dimensions.some((d) => d.name === p)) fail(`args use \${${p}} but vary has no '${p}'`);

  const repeat = raw.repeat === undefined ? 1 : Number(raw.repeat);
  if (!Number.isInteger(repeat) || repeat < 1 || repeat > 1000) fail(`bad repeat '${String(raw.repeat)}': expected a whole number from 1 to 1000`);
  if (repeat > 1) {
    if (dimensions.some((d) => d.name === 'seed')) fail('repeat and a varied seed: give one or the other');
    const base = fixed.seed === undefined ? 1 : Number(fixed.seed);
    if (!Number.isInteger(base) || base < 0) fail(`bad seed '${String(fixed.seed)}'`);
    delete fixed.seed;
    dimensions.push({ name: 'seed', kind: 'option', values: Array.from({ length: repeat }, (_, i) => base + i) });
  }

  const columns: Column[] = Object.entries(mapping(raw.columns, 'columns', fail)).map(([colName, text]) => {
    if (typeof text !== 'string' && typeof text !== 'number') return fail(`column ${colName}: expected an expression`);
    try {
      return { name: colName, text: String(text), expr: parseExpr(String(text)) };
    } catch (e) {
      return fail(`column ${colName}: bad expression '${text}': ${(e as Error).message}`);
    }
  });
  const summary = raw.summary === undefined ? [] : listOf(raw.summary).map(String);
  const plotRaw = mapping(raw.plot, 'plot', fail);
  for (const key of Object.keys(plotRaw)) if (!PLOT_KEYS.includes(key)) fail(`unknown key '${key}' in plot (known: ${PLOT_KEYS.join(', ')})`);
  const plot: PlotSpec = {};
  for (const key of ['x', 'y', 'color'] as const) if (plotRaw[key] !== undefined) plot[key] = String(plotRaw[key]);
  for (const key of ['logX', 'logY'] as const) {
    if (plotRaw[key] === undefined) continue;
    if (typeof plotRaw[key] !== 'boolean') fail(`bad value '${String(plotRaw[key])}' for plot ${key}: true or false`);
    plot[key] = plotRaw[key] as boolean;
  }

  if (raw.out !== undefined && String(raw.out) === '') fail('out: no directory named for the sweep\'s output');
  const spec: SweepSpec = {
    name, programs, args, fixed, dimensions, repeat, columns, summary, plot,
    out: raw.out === undefined ? null : String(raw.out),
  };
  const count = dimensions.reduce((n, d) => n * d.values.length, 1);
  if (count > MAX_POINTS) fail(`${count} points: more than ${MAX_POINTS}`);
  return spec;
}

function listOf(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [v];
}

function mapping(v: unknown, what: string, fail: (m: string) => never): Record<string, unknown> {
  if (v === undefined || v === null) return {};
  if (typeof v !== 'object' || Array.isArray(v)) return fail(`${what} must be a mapping of names to values`);
  return v as Record<string, unknown>;
}
