/**
 * One case of the process benchmark, in a process of its own (procs.bench.ts starts one per case,
 * as run.bench.ts does). A case is a guest program run twice over: a baseline (the same setup,
 * without the work measured) and the measured run, each again and again by benny on one machine
 * and kernel. The work's host time is the difference of the two means, so setting the program
 * up (touching 16 MiB, loading it) is not counted. Then the CPU time of 30 more runs of each
 * gives the same figure per CPU second. Prints benny's results and a last line of JSON:
 * {"name", "title", "count", "unit", "baseline", "measured", "perSecond", "perCpuSecond"}.
 *
 * Also exported for procs.bench.ts: the cases, the machine they run on (64 MiB of RAM: 16 MiB of
 * data, its copy-on-write copies and the page tables do not fit in the default 16 MiB) and
 * `simulate`, one run on a fresh machine with its statistics (the simulated figures).
 */
import benny from 'benny';
import { readFileSync } from 'node:fs';
import { assemble } from '../asm/assembler.js';
import { DEFAULT_CONFIG, Machine, type MachineConfig } from '../src/machine/machine.js';
import { Kernel } from '../src/kernel/kernel.js';
import { collectStats, type RunStats } from '../src/stats/report.js';

/** The machine of every case: the default one with 64 MiB of RAM. */
export const MACHINE: MachineConfig = { ...DEFAULT_CONFIG, ramBytes: 64 * 1024 * 1024 };

export interface ProcsCase {
  title: string;
  program: string;
  /** Arguments of the baseline run and of the measured run. */
  baseline: string[];
  measured: string[];
  /** How many units of work the measured run does beyond the baseline, and their name. */
  count: number;
  unit: string;
}

/** The baselines' arguments have as many digits as the measured runs': the guest parses them in as many cycles. */
export const CASES: Record<string, ProcsCase> = {
  'fork-exit': {
    title: 'fork+exit round trips, 16 MiB present (bench/fork-exit.s 100 vs 000)', program: 'bench/fork-exit.s',
    baseline: ['000'], measured: ['100'], count: 100, unit: 'round trips',
  },
  cow: {
    title: 'copy-on-write faults, 4 children x 4,096 pages (bench/cow-faults.s 4096 4 vs 0000 4)', program: 'bench/cow-faults.s',
    baseline: ['0000', '4'], measured: ['4096', '4'], count: 4 * 4096, unit: 'COW faults',
  },
};

export interface CaseResult {
  name: string;
  title: string;
  count: number;
  unit: string;
  /** Mean host seconds per run, and benny's relative margin of error (%). */
  baseline: { seconds: number; rme: number };
  measured: { seconds: number; rme: number };
  /** Units of work per host second (wall clock), and per second of the process's CPU time. */
  perSecond: number;
  perCpuSecond: number;
}

/** How many times each run is repeated to measure its CPU time. */
const CPU_ROUNDS = 30;

/** Assemble a guest program (its .include paths are relative to it). */
export function load(program: string): Uint8Array {
  return assemble([{ path: program, text: readFileSync(program, 'utf8') }]).elf;
}

/** What one run printed and its statistics. */
export interface Simulated { stdout: string; stats: RunStats }

/** Run `elf` once on a fresh machine of `config` (kernel options `quantum`...), as `vmlab run` would. */
export function simulate(elf: Uint8Array, argv: string[], config: MachineConfig = MACHINE, quantum?: number): Simulated {
  const machine = new Machine(config);
  let stdout = '';
  const decoder = new TextDecoder();
  const kernel = new Kernel(machine, { stdout: (b) => { stdout += decoder.decode(b); }, stderr: () => {}, quantum });
  kernel.exec(elf, argv, []);
  const started = performance.now();
  const result = kernel.run();
  const stats = collectStats(argv[0], machine, kernel, result, (performance.now() - started) / 1000);
  if (result.status !== 0) throw new Error(`${argv.join(' ')}: exit status ${result.status} (${result.report ?? stdout.trim()})`);
  return { stdout, stats };
}

const name = process.argv[2];
const c = CASES[name];
if (c) {
  const elf = load(c.program);
  const machine = new Machine(MACHINE);
  const kernel = new Kernel(machine, { stdout: () => {}, stderr: () => {} });
  /** One run of the program with `args` on the same machine and kernel as the runs before it. */
  const runner = (args: string[]) => (): void => {
    kernel.exec(elf, [c.program, ...args], []);
    const r = kernel.run();
    if (r.status !== 0) throw new Error(`${c.program} ${args.join(' ')}: exit status ${r.status} (${r.report})`);
  };
  const baseline = runner(c.baseline);
  const measured = runner(c.measured);
  baseline(); // warm-up
  measured();
  let wall: Pick<CaseResult, 'baseline' | 'measured'> | undefined;
  await benny.suite(
    c.title,
    benny.add(`baseline: ${c.program} ${c.baseline.join(' ')}`, baseline),
    benny.add(`measured: ${c.program} ${c.measured.join(' ')}`, measured),
    benny.cycle(),
    benny.complete((summary) => {
      const [b, m] = summary.results.map((r) => ({ seconds: r.details.mean, rme: r.details.relativeMarginOfError }));
      wall = { baseline: b, measured: m };
    }),
  );
  // CPU time (user + system) of the same runs, alternated: less sensitive than wall-clock time to
  // other processes sharing the host's cores.
  const cpuSeconds = (f: () => void): number => {
    const before = process.cpuUsage();
    f();
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1e6;
  };
  let cpuBaseline = 0, cpuMeasured = 0;
  for (let i = 0; i < CPU_ROUNDS; i++) {
    cpuBaseline += cpuSeconds(baseline);
    cpuMeasured += cpuSeconds(measured);
  }
  const { baseline: b, measured: m } = wall!;
  const result: CaseResult = {
    name, title: c.title, count: c.count, unit: c.unit, baseline: b, measured: m, perSecond: c.count / (m.seconds - b.seconds),
    perCpuSecond: (c.count * CPU_ROUNDS) / (cpuMeasured - cpuBaseline),
  };
  console.log(JSON.stringify(result));
}
