/**
 * The chart of a sweep: a Vega-Lite specification (data inline, so it stands alone) and the SVG
 * that vega renders from it without a browser. By default x is the first numeric dimension, y the
 * first derived column (else cycles), one line per value of another dimension; repetitions, and
 * points differing only in a dimension the chart does not show, are averaged (the y axis says
 * so). Failed points are left out, and on a log axis the points at 0 or below (the
 * chart's subtitle says how many).
 */
import type { TopLevelSpec } from 'vega-lite';
import { UsageError } from '../cli/usage-error.js';
import { numericValue, rowValue, type Row } from './results.js';
import type { PlotSpec, SweepSpec } from './spec.js';

/** The axes a chart uses, after defaults. */
export interface Axes {
  x: string;
  y: string;
  color: string | null;
  logX: boolean;
  logY: boolean;
}

/** The axes for `spec` with `override` (flags) winning over the spec's plot, then defaults. */
export function chooseAxes(spec: SweepSpec, rows: readonly Row[], override: PlotSpec): Axes {
  const plot = { ...spec.plot, ...Object.fromEntries(Object.entries(override).filter(([, v]) => v !== undefined)) } as PlotSpec;
  const dims = spec.dimensions.filter((d) => d.name !== 'seed');
  const numeric = dims.find((d) => rows.every((r) => numericValue(r, d.name) !== undefined));
  const x = plot.x ?? (numeric ?? dims[0])?.name ?? 'index';
  const y = plot.y ?? spec.columns[0]?.name ?? 'cycles';
  const color = plot.color ?? dims.find((d) => d.name !== x)?.name ?? null;
  const known = (name: string): boolean => name === 'index' || rows.some((r) => rowValue(r, name) !== undefined) || rows.every((r) => r.result.status === 'failed');
  for (const [axis, name] of [['x', x], ['y', y], ['color', color]] as const) {
    if (name !== null && !known(name)) throw new UsageError(`plot ${axis}: no dimension, column or statistic '${name}'`);
  }
  return { x, y, color, logX: plot.logX ?? false, logY: plot.logY ?? false };
}

/**
 * A title as vega can draw it. Vega takes a title that is the name of a property every object
 * inherits (`constructor`, `toString`) for an operator of its own, and fails: such a title gets a
 * trailing space, which does not show.
 */
const drawable = (title: string): string => (title in Object.prototype ? `${title} ` : title);

/** The Vega-Lite specification of the chart. */
export function vegaLiteSpec(spec: SweepSpec, rows: readonly Row[], axes: Axes): TopLevelSpec & { title: string | { text: string; subtitle: string } } {
  const ok = rows.filter((r) => r.result.status === 'ok');
  const sizes = ok.length > 0 && ok.every((r) => /^\d+[kKmMgG]$/.test(String(rowValue(r, axes.x))));
  const xNumeric = ok.every((r) => (axes.x === 'index' ? true : numericValue(r, axes.x) !== undefined));
  const all = ok.map((r) => {
    const xv = axes.x === 'index' ? r.point.index : xNumeric ? numericValue(r, axes.x)! / (sizes ? 1024 : 1) : String(rowValue(r, axes.x));
    return { x: xv, y: numericValue(r, axes.y) ?? null, ...(axes.color ? { series: String(rowValue(r, axes.color)) } : {}) };
  });
  // A log scale has no place for 0 or less: such points are left out (the chart says how many).
  const values = all.filter((v) => (!axes.logY || (v.y !== null && v.y > 0)) && (!axes.logX || !xNumeric || (v.x as number) > 0));
  const leftOut = all.length - values.length;
  const repeated = spec.dimensions.some((d) => d.name === 'seed');
  // Points that differ only in a dimension the chart does not show are averaged too: the axis says over which.
  const hidden = spec.dimensions.filter((d) => d.name !== 'seed' && d.name !== axes.x && d.name !== axes.color &&
    new Set(ok.map((r) => String(rowValue(r, d.name)))).size > 1).map((d) => d.name);
  const averaged = [...(repeated ? [`of ${spec.repeat} seeds`] : []), ...(hidden.length > 0 ? [`over ${hidden.join(', ')}`] : [])];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: leftOut ? { text: drawable(spec.name), subtitle: `${leftOut} of ${all.length} points left out: 0 or less on a log scale` } : drawable(spec.name),
    width: 480,
    height: 300,
    data: { values },
    mark: { type: 'line', point: true },
    encoding: {
      x: {
        field: 'x', type: xNumeric ? 'quantitative' : 'ordinal', title: sizes ? `${axes.x} (KiB)` : drawable(axes.x),
        ...(xNumeric ? { scale: axes.logX ? { type: 'log', nice: false } : { zero: false } } : { sort: null }),
      },
      y: {
        field: 'y', type: 'quantitative', aggregate: 'mean', title: averaged.length > 0 ? `${axes.y} (mean ${averaged.join(', ')})` : drawable(axes.y),
        ...(axes.logY ? { scale: { type: 'log', nice: false } } : {}),
      },
      ...(axes.color ? { color: { field: 'series', type: 'nominal', title: drawable(axes.color), sort: null } } : {}),
    },
  };
}

/** The chart as SVG, rendered by vega (no browser, no canvas). */
export async function renderSvg(vl: TopLevelSpec): Promise<string> {
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  const view = new vega.View(vega.parse(vegaLite.compile(vl).spec), { renderer: 'none' });
  try {
    return (await view.toSVG()) + '\n';
  } finally {
    view.finalize();
  }
}
