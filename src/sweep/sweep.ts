/**
 * A sweep from start to end: check every point, skip those already in the journals, run the rest
 * in parallel (one shard of them with --shard), record each as it ends, and, once every point is
 * done, write the outputs: results.json, results.csv, plot.vl.json, plot.svg and a table on stdout.
 */
import { UsageError } from '../cli/usage-error.js';
import { refuseInput, writeOutput } from '../cli/files.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Journal, journalName, readJournals } from './journal.js';
import { checkPoint, describePoint, expandPoints, type Point } from './points.js';
import { runPool } from './pool.js';
import { Progress } from './progress.js';
import { buildRows, resultsCsv, resultsJson, summaryTable } from './results.js';
import { chooseAxes, renderSvg, vegaLiteSpec } from './plot.js';
import type { PointResult } from './run-point.js';
import type { PlotSpec, SweepSpec } from './spec.js';

/** Exit status of a sweep some of whose points failed (their rows say why). */
export const STATUS_POINTS_FAILED = 1;
/** Exit status of an interrupted sweep (a re-run resumes it). */
export const STATUS_INTERRUPTED = 130;
/** Status when SIGTERM stopped it (128 + 15), as `vmlab run`'s. */
export const STATUS_TERMINATED = 143;

export interface SweepRun {
  out: string;
  /** The spec file, if one was given: an input no output may overwrite, with the points' own (sweepInputs). */
  specPath: string | null;
  jobs: number;
  shard: { k: number; n: number } | null;
  axes: PlotSpec;
  /** Where the summary table goes (the CLI's throws a UsageError if it cannot write). */
  stdout: { write(text: string): unknown };
  stderr: NodeJS.WritableStream;
  /** Draw a progress bar (stderr is a terminal). */
  tty: boolean;
}

/** `work`, with `onSignal` hearing a SIGINT (Ctrl-C) or SIGTERM that comes meanwhile instead of either ending vmlab. */
async function whileSignalled<T>(onSignal: (signal: NodeJS.Signals) => void, work: Promise<T>): Promise<T> {
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await work;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** The exit status of a sweep that `signal` stopped. */
const signalStatus = (signal: NodeJS.Signals): number => (signal === 'SIGTERM' ? STATUS_TERMINATED : STATUS_INTERRUPTED);

/** The files a sweep writes in its output directory, beside its journal. */
const OUTPUTS = ['results.json', 'results.csv', 'plot.vl.json', 'plot.svg'];

/** The files a sweep reads: its spec file, its programs, and the config files and plug-ins its points name. */
function sweepInputs(run: SweepRun, points: readonly Point[]): string[] {
  const inputs = new Set<string>(run.specPath === null ? [] : [run.specPath]);
  for (const p of points) {
    inputs.add(p.program);
    for (const name of ['config', 'policy', 'fault-handler']) if (typeof p.options[name] === 'string') inputs.add(p.options[name] as string);
  }
  return [...inputs];
}

/** Refuse, before any point runs (UsageError), a sweep whose output `names` in its directory would overwrite one of its inputs. */
function refuseOverwritingInputs(run: SweepRun, points: readonly Point[], names: readonly string[]): void {
  const inputs = sweepInputs(run, points);
  for (const name of names) refuseInput(join(run.out, name), inputs, `the sweep's ${name}`);
}

/** The points of `spec`, each checked; the first bad one is a UsageError naming it and the problem. */
export function checkedPoints(spec: SweepSpec, where: string): Point[] {
  const points = expandPoints(spec);
  for (const p of points) {
    try {
      checkPoint(p);
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      const at = describePoint(p);
      throw new UsageError(`${where}: ${at ? `point ${at}: ` : ''}${e.message}`);
    }
  }
  return points;
}

/** Run the sweep; resolves with vmlab's exit status. */
export async function runSweep(spec: SweepSpec, points: readonly Point[], run: SweepRun): Promise<number> {
  refuseOverwritingInputs(run, points, [journalName(run.shard), ...OUTPUTS]);
  const mine = run.shard ? points.filter((p) => p.index % run.shard!.n === run.shard!.k - 1) : points;
  const results = readJournals(run.out);
  const pending = mine.filter((p) => !results.has(p.key));
  const journal = new Journal(run.out, journalName(run.shard));
  const label = run.shard ? `${spec.name} (shard ${run.shard.k}/${run.shard.n})` : spec.name;
  const progress = new Progress(mine.length, mine.length - pending.length, run.stderr, run.tty, label);
  const pool = runPool(pending, run.jobs, {
    started: () => progress.start(),
    ended: (point, result) => {
      journal.append(result);
      results.set(point.key, result);
      progress.end(point, result);
    },
  });
  let interrupted: NodeJS.Signals | null = null;
  try {
    await whileSignalled((signal) => { interrupted = signal; pool.stop(); }, pool.done);
  } finally {
    progress.finish();
  }
  const doneCount = mine.filter((p) => results.has(p.key)).length;
  if (interrupted) {
    run.stderr.write(`vmlab: sweep ${label}: interrupted with ${doneCount} of ${mine.length} points done; run it again to resume\n`);
    return signalStatus(interrupted);
  }
  if (run.shard && points.some((p) => !results.has(p.key))) {
    run.stderr.write(`vmlab: sweep ${label}: ${doneCount} point${doneCount === 1 ? '' : 's'} done in ${run.out}; ` +
      '`vmlab sweep merge` joins the shards once all have run\n');
    return mine.some((p) => results.get(p.key)?.status === 'failed') ? STATUS_POINTS_FAILED : 0;
  }
  return writeOutputs(spec, points, results, run);
}

/**
 * Join the journals of shard directories `dirs` into `run.out` and write the outputs. Every
 * point must be in one of them; otherwise a UsageError says how many are missing.
 */
export async function mergeShards(spec: SweepSpec, points: readonly Point[], dirs: readonly string[], run: SweepRun): Promise<number> {
  const results = new Map<string, PointResult>();
  for (const dir of dirs) {
    if (!existsSync(dir)) throw new UsageError(`sweep merge: no shard directory '${dir}'`);
    for (const [key, r] of readJournals(dir)) results.set(key, r);
  }
  refuseOverwritingInputs(run, points, [journalName(null), ...OUTPUTS]);
  const missing = points.filter((p) => !results.has(p.key));
  if (missing.length) {
    const at = describePoint(missing[0]);
    throw new UsageError(`sweep merge: ${missing.length} of ${points.length} points are in none of the shards (the first: [${missing[0].index}] ${at})`);
  }
  new Journal(run.out, journalName(null)).replaceAll(points.map((p) => results.get(p.key)!));
  return writeOutputs(spec, points, results, run);
}

/**
 * Write the four outputs of a sweep whose points have all run. The chart is drawn first, and a
 * SIGINT or SIGTERM meanwhile leaves the outputs as they were (the journal has every point: a
 * re-run writes them); then the files are written one after another with nothing between (a write
 * that fails ends the sweep there, with its one-line error).
 */
async function writeOutputs(spec: SweepSpec, points: readonly Point[], results: ReadonlyMap<string, PointResult>, run: SweepRun): Promise<number> {
  const rows = buildRows(spec, points, results);
  const axes = chooseAxes(spec, rows, run.axes);
  const vl = vegaLiteSpec(spec, rows, axes);
  let interrupted: NodeJS.Signals | null = null;
  const svg = await whileSignalled((signal) => { interrupted ??= signal; }, renderSvg(vl));
  if (interrupted) {
    run.stderr.write(`vmlab: sweep ${spec.name}: interrupted with all ${points.length} points done, before its outputs were written; run it again to write them\n`);
    return signalStatus(interrupted);
  }
  const outputs: [string, string][] = [['results.json', resultsJson(spec, rows)], ['results.csv', resultsCsv(spec, rows)],
    ['plot.vl.json', JSON.stringify(vl, null, 2) + '\n'], ['plot.svg', svg]];
  for (const [name, text] of outputs) writeOutput(join(run.out, name), Buffer.from(text), []);
  run.stdout.write(summaryTable(spec, rows));
  if (typeof vl.title === 'object' && vl.title.subtitle) run.stderr.write(`vmlab: sweep ${spec.name}: plot.svg: ${String(vl.title.subtitle)}\n`);
  const failed = rows.filter((r) => r.result.status === 'failed').length;
  run.stderr.write(`vmlab: sweep ${spec.name}: ${points.length} point${points.length === 1 ? '' : 's'}` + (failed ? `, ${failed} failed` : '') +
    `; results.json, results.csv, plot.svg (${axes.y} against ${axes.x}) in ${run.out}\n`);
  return failed ? STATUS_POINTS_FAILED : 0;
}
