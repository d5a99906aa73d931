/**
 * What `vmlab run` does (run-command.ts defines its options and loads this module when it runs):
 * run a program on the machine and report what it cost.
 */
import { existsSync, statSync } from 'node:fs';
import { GuestFs } from '../kernel/fs.js';
import { Machine } from '../machine/machine.js';
import { ExecError, KERNEL_POLICIES, Kernel, STATUS_PLUGIN_FAILED, type KernelPolicy, type RunResult } from '../kernel/kernel.js';
import { InvariantError } from '../kernel/check.js';
import { PluginError, loadPolicyPlugin } from '../kernel/policies/plugin.js';
import { loadFaultHandlerPlugin } from '../kernel/fault-plugin.js';
import type { ReplacementPolicy } from '../kernel/policies/policy.js';
import { collectStats, endingLine, formatStats, statsJson } from '../stats/report.js';
import { assembleFiles } from './asm-command.js';
import { checkDistinctOutputs, checkOutput, readInput, readInputOrWhy, writeOutput } from './files.js';
import { kernelLimits, machineConfig, readConfigFile, type Knobs } from './run-config.js';
import { UsageError } from './usage-error.js';
import { MomentWatch, parseMoment } from './moment.js';
import { DUMP_KINDS, dumpMemory, type DumpKind } from '../stats/dumps.js';
import { memoryView } from '../stats/memview.js';
import { openStatsEvery, type SeriesOutput } from './stats-every.js';
import { StatsSeries } from '../stats/series.js';
import { TraceWriter, checkTraceChoice, type TraceFormat, type TraceWhat } from './trace.js';
import { hostStream, readGuestIn, writeErr, writeGuestOut } from './stdout.js';

/** Exit statuses of vmlab itself when the guest did not decide one. */
export const STATUS_CANNOT_EXECUTE = 126;
export const STATUS_LIMIT = 124;
/** Interrupted by Ctrl-C: 128 + SIGINT, as a shell shows a process that SIGINT ended. */
export const STATUS_INTERRUPTED = 130;
/** Stopped by SIGTERM (kill, timeout, a batch system): 128 + SIGTERM. */
export const STATUS_TERMINATED = 143;

/** The options of `vmlab run`, as commander parses them. */
export interface RunFlags extends Knobs {
  policy?: string;
  faultHandler?: string;
  swap?: string;
  root?: string;
  trace?: string;
  traceFormat?: string;
  traceWhat?: string;
  tracePages?: string;
  traceEveryAccess?: boolean;
  stackLimit?: string;
  writeThrough?: boolean;
  config?: string;
  quantum?: string;
  maxProcs?: string;
  check?: boolean;
  stats?: boolean;
  statsJson?: string;
  dump?: string;
  dumpAt?: string;
  dumpFile?: string;
  /** --stats-every CYCLES FILE, as CommandWithStatsEvery gives it (checked by openStatsEvery). */
  statsEvery?: unknown;
}

/**
 * Run `path` (an executable, or a .s file) with `args` as `vmlab run` does: the guest's output on
 * vmlab's, the report on stderr and the JSON as the flags ask. Returns vmlab's exit status; bad
 * flags or files throw a UsageError.
 */
export async function runProgram(path: string, args: string[], flags: RunFlags, probe: RunProbe | null = null): Promise<number> {
  if (flags.config === '') throw new UsageError('no file named for --config');
  const knobs: Knobs = { ...(flags.config !== undefined ? readConfigFile(flags.config) : {}), ...definedKnobs(flags) };
  const { config, maxInstructions } = machineConfig(knobs);
  // Assembled first: the files it includes are inputs too.
  const assembled = path.endsWith('.s') ? await assembleFiles([path]) : null;
  // No output may overwrite an input (the program and what it includes, the config, a plug-in's source) or another output.
  const inputs = [path, ...(assembled?.included ?? []), flags.config, flags.policy, flags.faultHandler].filter((p): p is string => p !== undefined);
  const outputs: [string, string | undefined][] = [['--trace', flags.trace ?? flags.tracePages], ['--stats-json', flags.statsJson],
    ['--dump-file', flags.dumpFile], ['--stats-every', Array.isArray(flags.statsEvery) ? String(flags.statsEvery[1]) : undefined]];
  checkDistinctOutputs(outputs.filter((o): o is [string, string] => o[1] !== undefined));
  if (flags.statsJson !== undefined) checkOutput(flags.statsJson, inputs, 'the statistics');
  if (flags.dumpFile !== undefined) checkOutput(flags.dumpFile, inputs, 'the dump');
  const dumps = probe ?? dumpRequest(flags, inputs);
  const quiet = probe?.quiet ?? false;
  const bytes = assembled ? assembled.elf : readInput(path);
  const traceChoice = traceOptions(flags);
  const machine = new Machine(config);
  const fs = guestFs(flags.root ?? '.', flags.writeThrough ?? false);
  const kernel = new Kernel(machine, {
    // With the trace on standard output, the guest's output goes to stderr, so stdout is the trace alone.
    stdout: (b) => (quiet ? true : writeGuestOut(b, traceChoice?.path === '-' ? 2 : 1)),
    stderr: (b) => (quiet ? true : writeGuestOut(b, 2)),
    stdin: quiet ? undefined : readGuestIn,
    stdio: [hostStream(0), hostStream(traceChoice?.path === '-' ? 2 : 1), hostStream(2)],
    fs,
    ...kernelLimits(flags),
    policy: flags.policy === undefined ? undefined : await kernelPolicy(flags.policy, config.seed),
    faultHandler: flags.faultHandler === undefined ? undefined : await pluginOrUsageError(flags.faultHandler, () => loadFaultHandlerPlugin(flags.faultHandler!)),
    check: flags.check,
  });
  dumps?.attach(kernel);
  dumps?.watch.attach(kernel.events);
  // Listening from before exec: the faults that build pid 1's stack are in the trace too.
  const trace = traceChoice ? new TraceWriter(traceChoice.path, inputs, traceChoice.format, traceChoice.what) : null;
  trace?.attach(kernel.events);
  try {
    kernel.exec(bytes, [path, ...args], [], path.endsWith('.s') ? undefined : fs.inodeOfHostFile(path));
  } catch (e) {
    trace?.abort();
    if (e instanceof ExecError) {
      // A .S file is assembly for the C preprocessor: say so, not only that it is no ELF file.
      const hint = path.endsWith('.S') ? ' (a .S file needs the C preprocessor first: gcc -E -P FILE.S > FILE.s, then vmlab run FILE.s)' : '';
      throw new UsageError(`${path}: cannot execute: ${e.message}${hint}`, STATUS_CANNOT_EXECUTE);
    }
    throw e;
  }
  let seriesOutput: SeriesOutput | null = null;
  let series: StatsSeries | null = null;
  if (flags.statsEvery !== undefined) {
    try {
      seriesOutput = openStatsEvery(flags.statsEvery, inputs);
    } catch (e) {
      trace?.abort();
      throw e;
    }
    series = new StatsSeries(kernel, seriesOutput.cycles, seriesOutput.write);
  }
  const started = process.hrtime.bigint();
  let run: InterruptibleRun;
  try {
    run = await runInterruptibly(kernel, maxInstructions, () => trace?.broken === true);
  } catch (e) {
    trace?.abort();
    seriesOutput?.abort();
    if (e instanceof InvariantError) throw new UsageError(`${path}: ${e.message}`, 70);
    throw e;
  }
  const { result, interrupted } = run;
  const stoppedStatus = interrupted === 'SIGTERM' ? STATUS_TERMINATED : STATUS_INTERRUPTED;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  trace?.close();
  if (series && seriesOutput) {
    try {
      series.finish();
    } catch (e) {
      seriesOutput.abort();
      throw e;
    }
    seriesOutput.close();
  }
  if (trace?.broken) return 0; // the trace's reader went away (vmlab run ... --trace - | head): end quietly, as a Unix tool does
  if (trace?.full) {
    writeErr(`vmlab: ${path}: the trace stopped at 256 MiB (${trace.count.toLocaleString('en-US')} lines), ` +
      'the most vmlab replay reads\n');
  }
  for (const failure of fs.hostFailures) writeErr(`vmlab: ${path}: ${failure}\n`);
  for (const p of kernel.history) {
    if (p.pid !== 1 && p.report) writeErr(`vmlab: ${path}: pid ${p.pid}: ${p.report}\n`);
  }
  const stats = collectStats(path, machine, kernel, result, seconds);
  if (interrupted) stats.exit = { status: stoppedStatus, end: 'interrupted', report: null };
  else if (result.end === 'limit' || result.end === 'cycles') stats.exit.status = STATUS_LIMIT;
  // How the run ended, said once: the report's first line, or a line of its own without --stats.
  const ending = endingLine(stats);
  if (!flags.stats && ending !== null) writeErr(`vmlab: ${path}: ${ending}\n`);
  dumps?.finished(path);
  if (flags.stats) writeErr(formatStats(stats));
  if (flags.statsJson) writeOutput(flags.statsJson, Buffer.from(statsJson(stats)), inputs);
  return stats.exit.status;
}

/**
 * Something that looks at the kernel at one moment of a run (a dump, translate --run): the
 * listener that finds the moment in the event stream, told of the kernel once it exists, and told when the
 * run is over (before the report). `quiet` drops the guest's output and gives it no input.
 */
export interface RunProbe {
  watch: MomentWatch;
  attach(kernel: Kernel): void;
  finished(path: string): void;
  quiet?: boolean;
}

/** What --dump, --dump-at and --dump-file ask for (null: no dump); bad values throw a UsageError. */
function dumpRequest(flags: RunFlags, inputs: readonly string[]): RunProbe | null {
  if (flags.dump === undefined) {
    if (flags.dumpAt !== undefined || flags.dumpFile !== undefined) throw new UsageError(`--dump-at and --dump-file need --dump`);
    return null;
  }
  const kinds = parseDumpKinds(flags.dump);
  const moment = parseMoment(flags.dumpAt ?? 'exit', '--dump-at');
  let kernel: Kernel | null = null;
  let text = '';
  const watch = new MomentWatch(moment, (label) => { text = dumpMemory(memoryView(kernel!), kinds, label); });
  const finished = (path: string): void => {
    const missed = watch.finish();
    if (missed) writeErr(`vmlab: ${path}: --dump-at ${missed}\n`);
    // A moment the run never reached leaves an existing --dump-file as it was.
    else if (flags.dumpFile) writeOutput(flags.dumpFile, Buffer.from(text), inputs);
    else writeErr(text);
  };
  return { watch, attach: (k) => { kernel = k; }, finished };
}

/** A comma-separated list of dump kinds, each once. */
function parseDumpKinds(text: string): DumpKind[] {
  const kinds = text.split(',');
  for (const kind of kinds) {
    if (!DUMP_KINDS.includes(kind as DumpKind)) throw new UsageError(`bad --dump '${text}': expected ${DUMP_KINDS.join(', ')}, or several joined by commas`);
  }
  if (new Set(kinds).size !== kinds.length) throw new UsageError(`bad --dump '${text}': each kind at most once`);
  return kinds as DumpKind[];
}

/**
 * How many milliseconds of host time run between two looks at Ctrl-C (one turn of the kernel's
 * loop more at the most). Only the time: a piece ends at a return to the kernel's loop, which
 * changes nothing in the run, whereas an instruction limit per piece would end the CPU's run of
 * instructions where the host's clock had left the last piece, and the timer then fires a few
 * cycles earlier or later (cpu.ts, `deadline`): the statistics would depend on the host's speed.
 */
const MILLISECONDS_PER_LOOK = 100;

interface InterruptibleRun {
  result: RunResult;
  /** The signal that stopped the run (Ctrl-C's SIGINT, or SIGTERM): `result` is the state so far. */
  interrupted: 'SIGINT' | 'SIGTERM' | null;
}

/**
 * kernel.run(maxInstructions), in pieces with a turn of the event loop between them, so that
 * Ctrl-C (or SIGTERM, as timeout and kill send) stops the run at the end of the piece instead of
 * killing vmlab: the caller then reports what the run did so far and writes its outputs, leaving
 * no temporary file behind. A `broken` trace also stops it at the end of a piece. A second
 * signal, once the run has stopped listening, kills as usual.
 */
async function runInterruptibly(kernel: Kernel, maxInstructions: number, broken: () => boolean): Promise<InterruptibleRun> {
  const cpu = kernel.machine.cpu;
  let interrupted: InterruptibleRun['interrupted'] = null;
  const onInterrupt = (): void => { interrupted ??= 'SIGINT'; };
  const onTerminate = (): void => { interrupted ??= 'SIGTERM'; };
  process.once('SIGINT', onInterrupt);
  process.once('SIGTERM', onTerminate);
  try {
    for (;;) {
      const result = kernel.run(maxInstructions, performance.now() + MILLISECONDS_PER_LOOK);
      if (result.end !== 'limit' || cpu.instret >= maxInstructions || broken()) return { result, interrupted: null };
      await new Promise((resume) => setImmediate(resume));
      if (interrupted) return { result, interrupted };
    }
  } finally {
    process.removeListener('SIGINT', onInterrupt);
    process.removeListener('SIGTERM', onTerminate);
  }
}

/**
 * The trace the flags ask for (--trace with --trace-format and --trace-what, or the older
 * --trace-pages and --trace-every-access), or null. Throws a UsageError for a bad combination.
 */
function traceOptions(flags: RunFlags): { path: string; format: TraceFormat; what: TraceWhat } | null {
  if (flags.tracePages !== undefined) {
    if (flags.trace !== undefined) throw new UsageError('give one of --trace and --trace-pages (--trace-pages FILE is --trace FILE --trace-format pages --trace-what misses)');
    if (flags.traceFormat !== undefined || flags.traceWhat !== undefined) throw new UsageError('--trace-format and --trace-what go with --trace, not --trace-pages');
    return { path: flags.tracePages, format: 'pages', what: flags.traceEveryAccess ? 'accesses' : 'misses' };
  }
  if (flags.traceEveryAccess) throw new UsageError('--trace-every-access goes with --trace-pages (with --trace: --trace-what accesses)');
  if (flags.trace === undefined) {
    if (flags.traceFormat !== undefined || flags.traceWhat !== undefined) throw new UsageError('--trace-format and --trace-what need --trace FILE');
    return null;
  }
  return { path: flags.trace, ...checkTraceChoice(flags.traceFormat ?? 'jsonl', flags.traceWhat ?? 'accesses') };
}

/** A built-in policy by name, or a plug-in module (a path: ./my-policy.ts, /x/p.js). */
async function kernelPolicy(name: string, seed: number): Promise<KernelPolicy | ReplacementPolicy> {
  if (KERNEL_POLICIES.includes(name as KernelPolicy)) return name as KernelPolicy;
  if (!/[/\\]|\.(js|ts|mjs|cjs)$/.test(name)) {
    throw new UsageError(`unknown policy '${name}' (known: ${KERNEL_POLICIES.join(', ')}, or a plug-in file like ./my-policy.ts)`);
  }
  return pluginOrUsageError(name, () => loadPolicyPlugin(name, seed));
}

/**
 * The plug-in at `path` loaded by `load`: a file that cannot be read is a one-line error with
 * status 1, as every input; one that fails to load is one with status 70.
 */
async function pluginOrUsageError<T>(path: string, load: () => Promise<T>): Promise<T> {
  const bytes = readInputOrWhy(path);
  if (typeof bytes === 'string') throw new UsageError(`cannot read '${path}': ${bytes}`);
  try {
    return await load();
  } catch (e) {
    if (e instanceof PluginError) throw new UsageError(e.message, STATUS_PLUGIN_FAILED);
    throw e;
  }
}


function guestFs(root: string, writeThrough: boolean): GuestFs {
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`bad --root '${root}': not a directory`);
  return new GuestFs(root, writeThrough);
}

/** Up to `max` bytes of vmlab's standard input (none if it is closed). */
function definedKnobs(flags: RunFlags): Knobs {
  const knobs: Knobs = {};
  for (const key of ['ram', 'itlb', 'dtlb', 'tlb', 'l2tlb', 'asid', 'mmu', 'costs', 'cost', 'disk', 'seed', 'maxInstructions', 'engine'] as const) {
    const value = flags[key];
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) (knobs as Record<string, unknown>)[key] = value;
  }
  return knobs;
}
