/**
 * `vmlab sweep SPEC` (or flags for a simple sweep) and `vmlab sweep merge SPEC DIR...`: run one
 * program over many configurations, in parallel and resumably, and tabulate and plot the results.
 * The spec format and the outputs are described in docs/sweep.md.
 */
import { Command } from 'commander';
import { availableParallelism } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import type { PlotSpec, SweepSpec } from '../sweep/spec.js';
import type { SweepRun } from '../sweep/sweep.js';
import { UsageError } from './usage-error.js';
import { writeOut } from './stdout.js';
import { collect } from './collect.js';

interface SweepFlags {
  program?: string[];
  arg?: string[];
  set?: string[];
  vary?: string[];
  repeat?: string;
  column?: string[];
  summary?: string;
  name?: string;
  out?: string;
  jobs?: string;
  shard?: string;
  x?: string;
  y?: string;
  color?: string;
  logX?: boolean;
  logY?: boolean;
}

/** Register `sweep` and `sweep merge` on `program`. */
export function sweepCommand(program: Command): void {
  const sweep = program
    .command('sweep')
    .description('run a program over many configurations (a YAML or JSON spec, or flags), in parallel and resumably; tables and plots')
    .argument('[spec]', 'spec file (YAML or JSON); without one, --program and --vary describe the sweep')
    .option('--program <path>', 'the program (repeatable: several make a dimension)', collect)
    .option('--arg <value>', 'an argument of the program; ${NAME} takes a --vary parameter (repeatable)', collect)
    .option('--set <name=value>', 'a vmlab run option held fixed, like ram=1M or asid=true (repeatable)', collect)
    .option('--vary <name=values>', 'an option or parameter to vary: a list a,b,c or a range FROM..TO[+STEP|*FACTOR] (repeatable)', collect)
    .option('--repeat <n>', 'run every point with seeds 1..n (default 1)')
    .option('--column <name=expr>', 'a derived column, like faults=faults.minor+faults.major (repeatable)', collect)
    .option('--summary <names>', 'comma-separated columns or statistics for the terminal table')
    .option('--name <name>', 'the sweep\'s name (default: the spec file\'s, or "sweep")')
    .option('--out <dir>', 'the output directory (default: the spec\'s out, or NAME.sweep beside the spec, or in the current directory)')
    .option('--jobs <n>', `points run at once (default: the number of cores, ${availableParallelism()} here)`)
    .option('--shard <k/n>', 'run only shard k of n (points k-1, k-1+n, ...); join with vmlab sweep merge')
    .option('--x <name>', 'the chart\'s x axis: a dimension, column or statistic')
    .option('--y <name>', 'the chart\'s y axis')
    .option('--color <name>', 'one line per value of this')
    .option('--log-x', 'a logarithmic x axis')
    .option('--log-y', 'a logarithmic y axis')
    .action(async (path: string | undefined, flags: SweepFlags) => {
      // Loaded here, not at start-up: the sweep machinery (and YAML) is for this command only.
      const [specs, { checkedPoints, runSweep }, { checkNames }] = await Promise.all([import('../sweep/spec.js'), import('../sweep/sweep.js'),
        import('../sweep/names.js')]);
      const spec = path === undefined ? specFromFlags(flags, specs) : readSpec(path, flags, specs);
      const run = sweepRun(spec, path, flags);
      checkNames(spec, run.axes, path ?? 'sweep');
      process.exitCode = await runSweep(spec, checkedPoints(spec, path ?? 'sweep'), run);
    });
  sweep
    .command('merge')
    .description('join the results of the shards of a sweep (vmlab sweep SPEC --shard k/n) and write the outputs')
    .argument('<spec>', 'the spec file the shards ran')
    .argument('<dirs...>', 'the shards\' output directories')
    .option('--out <dir>', 'where the joined results go (default: as for vmlab sweep)')
    .option('--x <name>', 'the chart\'s x axis')
    .option('--y <name>', 'the chart\'s y axis')
    .option('--color <name>', 'one line per value of this')
    .option('--log-x', 'a logarithmic x axis')
    .option('--log-y', 'a logarithmic y axis')
    .action(async (path: string, dirs: string[], own: SweepFlags, merge: Command) => {
      // Options after `merge` may be taken by `sweep` itself, which has the same ones: take both.
      const { out, x, y, color, logX, logY } = { ...merge.parent!.opts<SweepFlags>(), ...own };
      const [specs, { checkedPoints, mergeShards }] = await Promise.all([import('../sweep/spec.js'), import('../sweep/sweep.js')]);
      const spec = readSpec(path, {} as SweepFlags, specs);
      const run = sweepRun(spec, path, { out, x, y, color, logX, logY });
      process.exitCode = await mergeShards(spec, checkedPoints(spec, path), dirs, run);
    });
}

/** What reading a spec needs of src/sweep/spec.ts (loaded by the command's action). */
type Specs = Pick<typeof import('../sweep/spec.js'), 'checkSpec' | 'isRangeText' | 'readSpecFile'>;

function readSpec(path: string, flags: SweepFlags, { readSpecFile }: Specs): SweepSpec {
  const specFlags: string[] = [
    ...(['program', 'repeat', 'summary', 'name'] as const).filter((k) => flags[k] !== undefined),
    ...(['arg', 'set', 'vary', 'column'] as const).filter((k) => (flags[k] ?? []).length > 0),
  ];
  if (specFlags.length) throw new UsageError(`--${specFlags[0]} describes a sweep without a spec file; put it in '${path}' instead`);
  return readSpecFile(path);
}

/** A spec from the flags of the simple case: --program, --arg, --set, --vary, --repeat, --column. */
function specFromFlags(flags: SweepFlags, { checkSpec, isRangeText }: Specs): SweepSpec {
  if (!flags.program) throw new UsageError('sweep: give a spec file, or --program and --vary');
  const pairs = (list: string[], flag: string): Record<string, unknown> => {
    const seen = new Set<string>();
    return Object.fromEntries(list.map((kv) => {
      const m = /^([^=]+)=(.*)$/.exec(kv);
      if (!m) throw new UsageError(`bad --${flag} '${kv}': expected NAME=VALUE`);
      if (seen.has(m[1])) throw new UsageError(`--${flag} ${m[1]} is given twice`);
      seen.add(m[1]);
      return [m[1], m[2]];
    }));
  };
  const typed = (v: string): string | boolean => (v === 'true' ? true : v === 'false' ? false : v);
  const vary = Object.fromEntries(Object.entries(pairs(flags.vary ?? [], 'vary')).map(([k, v]) => {
    const text = v as string;
    return [k, isRangeText(text) ? text : text.split(',').map(typed)];
  }));
  const options = Object.fromEntries(Object.entries(pairs(flags.set ?? [], 'set')).map(([k, v]) => [k, typed(v as string)]));
  return checkSpec({
    name: flags.name ?? 'sweep',
    program: flags.program.length === 1 ? flags.program[0] : flags.program,
    args: flags.arg ?? [], options, vary,
    ...(flags.repeat !== undefined ? { repeat: flags.repeat } : {}),
    columns: pairs(flags.column ?? [], 'column'),
    ...(flags.summary !== undefined ? { summary: flags.summary.split(',') } : {}),
  }, 'sweep', 'sweep');
}

function sweepRun(spec: SweepSpec, path: string | undefined, flags: SweepFlags): SweepRun {
  const jobs = flags.jobs === undefined ? availableParallelism() : Number(flags.jobs);
  if (!/^\d+$/.test(flags.jobs ?? '1') || jobs < 1 || jobs > 256) throw new UsageError(`bad --jobs '${flags.jobs}': expected a whole number from 1 to 256`);
  let shard = null;
  if (flags.shard !== undefined) {
    const m = /^(\d+)\/(\d+)$/.exec(flags.shard);
    if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) throw new UsageError(`bad --shard '${flags.shard}': expected K/N with 1 <= K <= N`);
    shard = { k: Number(m[1]), n: Number(m[2]) };
  }
  const out = flags.out ?? spec.out ?? (path === undefined ? `${spec.name}.sweep` : join(dirname(path), `${basename(path, extname(path))}.sweep`));
  if (out === '') throw new UsageError('no directory named for the sweep\'s output');
  const axes: PlotSpec = { x: flags.x, y: flags.y, color: flags.color, logX: flags.logX, logY: flags.logY };
  return { out, specPath: path ?? null, jobs, shard, axes, stdout: { write: writeOut }, stderr: process.stderr, tty: process.stderr.isTTY === true };
}
