/**
 * The results of a sweep, one row per point in the spec's order: the point's values, its status,
 * the derived columns, the guest's own measurements (out.NAME) and every statistic. Written as
 * JSON and CSV, and shown as a table; the same results give the same bytes.
 */
import { parseSize } from '../cli/run-config.js';
import type { Point } from './points.js';
import type { PointResult } from './run-point.js';
import type { SweepSpec, Value } from './spec.js';

export interface Row {
  point: Point;
  result: PointResult;
  /** The derived columns (null where an input is missing or it divides by zero). */
  columns: Record<string, number | null>;
  /** Every statistic, flattened: "faults.minor", "tlb.dtlb.misses", "processes.0.pid"... */
  flat: Map<string, string | number | boolean | null>;
}

/** The rows of `points`, each with its result. */
export function buildRows(spec: SweepSpec, points: readonly Point[], results: ReadonlyMap<string, PointResult>): Row[] {
  return points.map((point) => {
    const result = results.get(point.key)!;
    const flat = new Map<string, string | number | boolean | null>();
    if (result.stats) flatten(result.stats, '', flat);
    const row: Row = { point, result, columns: Object.create(null), flat }; // no inherited names (`constructor`)
    for (const c of spec.columns) row.columns[c.name] = c.expr.evaluate((name) => numericValue(row, name));
    return row;
  });
}

function flatten(v: unknown, prefix: string, into: Map<string, string | number | boolean | null>): void {
  if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) flatten(x, prefix ? `${prefix}.${k}` : k, into);
  } else {
    into.set(prefix, v as string | number | boolean | null);
  }
}

/** A value of `row` by name: a dimension, a derived column, out.NAME, or a statistic. */
export function rowValue(row: Row, name: string): Value | number | null | undefined {
  if (name in row.point.at) return row.point.at[name];
  if (name in row.columns) return row.columns[name];
  if (name.startsWith('out.')) return row.result.out[name.slice(4)];
  const v = row.flat.get(name);
  return v === undefined ? undefined : (v as number | string | boolean | null);
}

/** A value of `row` as a number (sizes such as 96k in bytes), or undefined. */
export function numericValue(row: Row, name: string): number | undefined {
  const v = rowValue(row, name);
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    if (/^-?\d+(\.\d+)?$/.test(v)) return Number(v);
    if (/^\d+[kKmMgG]$/.test(v)) return parseSize(v, 'size');
  }
  return undefined;
}

/** results.json: the sweep, then every point with its command line, status, columns and statistics. */
export function resultsJson(spec: SweepSpec, rows: readonly Row[]): string {
  return JSON.stringify({
    sweep: spec.name,
    dimensions: spec.dimensions.map((d) => ({ name: d.name, values: d.values })),
    columns: Object.fromEntries(spec.columns.map((c) => [c.name, c.text])),
    points: rows.map((r) => ({
      index: r.point.index,
      at: r.point.at,
      command: ['vmlab', ...r.point.argv].join(' '),
      status: r.result.status,
      reason: r.result.reason,
      columns: r.columns,
      out: r.result.out,
      stats: r.result.stats,
    })),
  }, null, 2) + '\n';
}

/** results.csv: a header, then one line per point; statistics a point lacks are empty. */
export function resultsCsv(spec: SweepSpec, rows: readonly Row[]): string {
  const outNames = uniqueInOrder(rows.flatMap((r) => Object.keys(r.result.out)));
  // A statistic named as a dimension (program, mmu) is that dimension's value: one column, not two of one name.
  const given = new Set([...spec.dimensions.map((d) => d.name), ...spec.columns.map((c) => c.name)]);
  const statNames = uniqueInOrder(rows.flatMap((r) => [...r.flat.keys()])).filter((n) => !given.has(n));
  const header = ['index', ...spec.dimensions.map((d) => d.name), 'status', 'reason', ...spec.columns.map((c) => c.name),
    ...outNames.map((n) => `out.${n}`), ...statNames];
  const lines = [header.map(csvField).join(',')];
  for (const r of rows) {
    lines.push([
      r.point.index, ...spec.dimensions.map((d) => r.point.at[d.name]), r.result.status, r.result.reason,
      ...spec.columns.map((c) => r.columns[c.name]), ...outNames.map((n) => r.result.out[n]), ...statNames.map((n) => r.flat.get(n)),
    ].map(csvField).join(','));
  }
  return lines.join('\n') + '\n';
}

function uniqueInOrder(names: string[]): string[] {
  return [...new Set(names)];
}

function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = Array.isArray(v) ? v.join(' ') : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The statistics the terminal table shows when the spec names none. */
const DEFAULT_SUMMARY = ['cycles', 'instructions', 'faults.minor', 'faults.major', 'tlb.itlb.misses', 'tlb.dtlb.misses'];

/** The terminal summary: one line per point, the dimensions, the status and the chosen values. */
export function summaryTable(spec: SweepSpec, rows: readonly Row[]): string {
  const shown = spec.summary.length ? spec.summary : spec.columns.length ? spec.columns.map((c) => c.name) : DEFAULT_SUMMARY;
  const header = [...spec.dimensions.map((d) => d.name), ...shown, 'status'];
  const body = rows.map((r) => [
    ...spec.dimensions.map((d) => String(r.point.at[d.name])),
    ...shown.map((name) => formatCell(rowValue(r, name))),
    r.result.status === 'ok' ? 'ok' : `failed: ${r.result.reason}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => (i === header.length - 1 ? 0 : cells[i].length))));
  const line = (cells: string[]): string => cells.map((c, i) => (i === cells.length - 1 ? c : i < spec.dimensions.length ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [line(header), ...body.map(line)].join('\n') + '\n';
}

function formatCell(v: unknown): string {
  if (v === null || v === undefined) return '-';
  if (typeof v === 'number') return Number.isInteger(v) ? v.toLocaleString('en-US') : v.toLocaleString('en-US', { maximumFractionDigits: 3 });
  return Array.isArray(v) ? v.join(' ') : String(v);
}
