/**
 * The names a sweep's columns, summary and chart may read, checked before any point runs: a
 * dimension, a derived column, `index`, the guest's own `out.NAME`, or a statistic of
 * `--stats-json` (its leaves in schemas/stats.schema.json; an array's elements by index, as
 * `processes.0.pid`). A misspelt statistic would otherwise give an empty column and no error.
 */
import { readFileSync } from 'node:fs';
import { UsageError } from '../cli/usage-error.js';
import type { PlotSpec, SweepSpec } from './spec.js';

type Schema = { $ref?: string; type?: string | string[]; properties?: Record<string, Schema>; items?: Schema; $defs?: Record<string, Schema> };

/** The statistics, an array's index written `#` (read once, when a sweep first asks). */
let statistics: Set<string> | null = null;

/** Whether `name` is a statistic of `--stats-json`. */
export function isStatistic(name: string): boolean {
  statistics ??= leaves(JSON.parse(readFileSync(new URL('../../../schemas/stats.schema.json', import.meta.url), 'utf8')) as Schema);
  return statistics.has(name.replace(/\.\d+(?=\.|$)/g, '.#'));
}

/** Every leaf of `root` as a dotted name. */
function leaves(root: Schema): Set<string> {
  const names = new Set<string>();
  const walk = (node: Schema, path: string[]): void => {
    const at = node.$ref ? root.$defs![node.$ref.slice('#/$defs/'.length)] : node;
    if (at.properties) for (const [key, child] of Object.entries(at.properties)) walk(child, [...path, key]);
    else if (at.type === 'array' && at.items) walk(at.items, [...path, '#']);
    else names.add(path.join('.'));
  };
  walk(root, []);
  return names;
}

/**
 * Refuse, before anything runs, a column, summary entry or chart axis (`axes` from the flags win
 * over the spec's) that names nothing a point will have. Throws a UsageError naming `where`.
 */
export function checkNames(spec: SweepSpec, axes: PlotSpec, where: string): void {
  const dimensions = new Set(spec.dimensions.map((d) => d.name));
  const columns = new Set(spec.columns.map((c) => c.name));
  const known = (name: string): boolean =>
    name === 'index' || dimensions.has(name) || columns.has(name) || name.startsWith('out.') || isStatistic(name);
  const fail = (what: string, name: string): never => {
    throw new UsageError(`${where}: ${what}: no dimension, column or statistic '${name}'`);
  };
  // A column's name must be new (a results table has one column of a name), and it may read only
  // the columns before it (each is worked out in order, so a later one, or itself, is not there yet).
  const before = new Set<string>();
  for (const c of spec.columns) {
    const clash = c.name === 'index' || dimensions.has(c.name) ? 'a dimension' : c.name.startsWith('out.') ? "the guest's output"
      : isStatistic(c.name) ? 'a statistic' : null;
    if (clash) throw new UsageError(`${where}: column ${c.name}: the name of ${clash}; give the column another name`);
    for (const name of c.expr.names) {
      if (columns.has(name) && !before.has(name)) {
        throw new UsageError(`${where}: column ${c.name}: column '${name}' is not worked out before it (a column may use only the columns above it)`);
      }
      if (!known(name)) fail(`column ${c.name}`, name);
    }
    before.add(c.name);
  }
  for (const name of spec.summary) if (!known(name)) fail('summary', name);
  const plot = { ...spec.plot, ...Object.fromEntries(Object.entries(axes).filter(([, v]) => v !== undefined)) } as PlotSpec;
  for (const axis of ['x', 'y', 'color'] as const) {
    const name = plot[axis];
    if (name !== undefined && !known(name)) fail(`plot ${axis}`, name);
  }
}
