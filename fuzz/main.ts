/**
 * `npm run fuzz -- [--seconds N] [--seed S] [--target elf|disasm|asm|kernel|engines|all] [--cases N]
 * [--case-timeout S] [--with-brk] [--first-calls] [--ram SIZE] [--policy P] [--max-size N] [--save DIR]`: seeded, time-boxed fuzzing of vmlab's inputs
 * and of its two engines against each other (docs/fuzzing.md). Each target's cases run in a worker thread with a time box per case and a
 * heap limit; the run fails (exit status 1) if any case crashed, hung, broke a kernel invariant or
 * found the engines diverging, listing each with its seed and how to reproduce it. `--case SEED --target T` runs one case here.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { caseSeed } from './rng.js';
import { TARGETS, targetNamed } from './targets/index.js';
import { KERNEL_POLICIES, type KernelPolicy } from '../src/kernel/options.js';
import { DEFAULT_FUZZ_OPTIONS, OUTCOME_KINDS, isFailure, type FuzzOptions, type Outcome, type Target } from './target.js';
import { PROGRESS_CASE, PROGRESS_COUNTS, PROGRESS_SLOTS, type WorkerJob } from './progress.js';

interface Args {
  seconds: number;
  seed: number;
  targets: Target[];
  cases: number;
  caseTimeout: number;
  save: string | null;
  single: number | null;
  options: FuzzOptions;
}

interface Failure {
  target: Target;
  index: number;
  seed: number;
  outcome: Outcome;
}

/** The heap a worker may use before it is stopped (an out-of-memory case is a crash, not vmlab's end). */
const WORKER_HEAP_MB = 1536;

function usage(message: string): never {
  process.stderr.write(`fuzz: ${message}\nusage: npm run fuzz -- [--seconds N] [--seed S] [--target ${TARGETS.map((t) => t.name).join('|')}|all] ` +
    '[--cases N] [--case-timeout S] [--with-brk] [--first-calls] [--ram SIZE] [--policy P] [--max-size N] [--save DIR] [--case SEED]\n');
  process.exit(2);
}

/** `--ram`'s value: KiB, a whole number of 4 KiB frames from 32 to 65,536 (`4096` or `4096k`; `4m` too). */
function ramKiB(text: string | undefined): number {
  const m = /^(\d+)([km]?)$/i.exec(text ?? '');
  const kib = m ? Number(m[1]) * (m[2].toLowerCase() === 'm' ? 1024 : 1) : NaN;
  if (!(kib >= 32 && kib <= 65536 && kib % 4 === 0)) usage('--ram needs a size from 32k to 64m in whole 4 KiB frames');
  return kib;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { seconds: 30, seed: 1, targets: [...TARGETS], cases: Infinity, caseTimeout: 10, save: null, single: null,
    options: { ...DEFAULT_FUZZ_OPTIONS } };
  const number = (flag: string, text: string | undefined): number => {
    const v = Number(text);
    if (text === undefined || !/^\d+(\.\d+)?$/.test(text)) usage(`${flag} needs a number`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--seconds') args.seconds = number(flag, argv[++i]);
    else if (flag === '--seed') args.seed = number(flag, argv[++i]) >>> 0;
    else if (flag === '--cases') args.cases = number(flag, argv[++i]);
    else if (flag === '--case-timeout') args.caseTimeout = number(flag, argv[++i]);
    else if (flag === '--case') args.single = number(flag, argv[++i]) >>> 0;
    else if (flag === '--save') args.save = argv[++i] ?? usage('--save needs a directory');
    else if (flag === '--with-brk') args.options.brk = true;
    else if (flag === '--first-calls') args.options.newerCalls = false;
    else if (flag === '--max-size') args.options.maxSize = Math.max(1, number(flag, argv[++i]));
    else if (flag === '--ram') args.options.ramKiB = ramKiB(argv[++i]);
    else if (flag === '--policy') {
      const name = argv[++i];
      if (!KERNEL_POLICIES.includes(name as KernelPolicy)) usage(`--policy needs one of ${KERNEL_POLICIES.join(', ')}`);
      args.options.policy = name;
    }
    else if (flag === '--target') {
      const name = argv[++i];
      if (name === 'all') args.targets = [...TARGETS];
      else args.targets = [targetNamed(name ?? '') ?? usage(`unknown target '${name}'`)];
    } else usage(`unknown argument '${flag}'`);
  }
  return args;
}

/** Save the failing input of `f` under `dir`; returns the vmlab command that reproduces it. */
function save(dir: string, f: Failure, options: FuzzOptions): string {
  const c = f.target.generate(f.seed, options);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${f.target.name}-${f.seed}.${c.ext}`);
  writeFileSync(file, c.input);
  return `node bin/vmlab.js ${c.command.map((a) => (a === 'FILE' ? file : a)).join(' ')}`;
}

/** Run target `t`'s cases in worker threads for `seconds`, restarting a worker after a hang or crash of its own. */
async function fuzzTarget(t: Target, args: Args, seconds: number): Promise<{ counts: number[]; failures: Failure[]; elapsed: number }> {
  const started = Date.now();
  const deadline = started + seconds * 1000;
  const counts = OUTCOME_KINDS.map(() => 0);
  const failures: Failure[] = [];
  let next = 0;
  while (next < args.cases && Date.now() < deadline) {
    const progress = new SharedArrayBuffer(PROGRESS_SLOTS * 4);
    const slots = new Int32Array(progress);
    slots[PROGRESS_CASE] = next;
    const job: WorkerJob = { target: t.name, seed: args.seed, start: next, end: args.cases, deadline, progress, options: args.options };
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: job, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    worker.on('message', (m: { index: number; seed: number; outcome: Outcome }) => failures.push({ target: t, ...m }));
    const stopped = await new Promise<{ index: number; outcome: Outcome } | null>((resolve) => {
      let current = -2;
      let since = Date.now();
      const timer = setInterval(() => {
        const index = Atomics.load(slots, PROGRESS_CASE);
        if (index !== current) {
          current = index;
          since = Date.now();
        } else if (index >= 0 && Date.now() - since > args.caseTimeout * 1000) {
          clearInterval(timer);
          // Resolved first: the worker's 'exit' event (code 1) comes while it is terminated.
          resolve({ index, outcome: { kind: 'hang', detail: `still running after ${args.caseTimeout} s` } });
          void worker.terminate();
        }
      }, 100);
      worker.on('error', (e) => {
        clearInterval(timer);
        resolve({ index: Atomics.load(slots, PROGRESS_CASE), outcome: { kind: 'crash', detail: `worker died: ${e.message}` } });
      });
      worker.on('exit', (code) => {
        clearInterval(timer);
        const index = Atomics.load(slots, PROGRESS_CASE);
        // A worker that stopped part-way without an error event was stopped by V8 (out of memory).
        resolve(index < 0 ? null : { index, outcome: { kind: 'crash', detail: `worker exited with code ${code} (out of memory?)` } });
      });
    });
    slots.slice(PROGRESS_COUNTS).forEach((n, i) => { counts[i] += n; });
    if (!stopped) break;
    counts[OUTCOME_KINDS.indexOf(stopped.outcome.kind)]++;
    failures.push({ target: t, index: stopped.index, seed: caseSeed(args.seed, t.name, stopped.index), outcome: stopped.outcome });
    next = stopped.index + 1;
  }
  return { counts, failures, elapsed: (Date.now() - started) / 1000 };
}


function runSingle(args: Args): number {
  if (args.targets.length !== 1) usage('--case needs --target');
  const t = args.targets[0];
  const c = t.generate(args.single!, args.options);
  const outcome = t.run(c);
  process.stdout.write(`${t.name} case ${args.single}: ${outcome.kind}: ${outcome.detail}\n`);
  if (args.save) process.stdout.write(`reproduce: ${save(args.save, { target: t, index: -1, seed: args.single!, outcome }, args.options)}\n`);
  return isFailure(outcome.kind) ? 1 : 0;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.single !== null) return runSingle(args);
  const all: Failure[] = [];
  let total = 0;
  for (const t of args.targets) {
    const { counts, failures, elapsed } = await fuzzTarget(t, args, args.seconds / args.targets.length);
    const cases = counts.reduce((a, b) => a + b, 0);
    total += cases;
    const per = OUTCOME_KINDS.map((k, i) => `${k} ${counts[i].toLocaleString('en-US')}`).join(', ');
    process.stdout.write(`${t.name}: ${cases.toLocaleString('en-US')} cases in ${elapsed.toFixed(1)} s ` +
      `(${(cases / elapsed).toFixed(0)}/s): ${per}\n`);
    all.push(...failures);
  }
  for (const f of all.sort((a, b) => a.index - b.index)) {
    const how = args.save ? save(args.save, f, args.options)
      : `npm run fuzz -- --target ${f.target.name} --case ${f.seed}${args.options.brk ? ' --with-brk' : ''}${args.options.newerCalls ? '' : ' --first-calls'}` +
        `${args.options.ramKiB !== null ? ` --ram ${args.options.ramKiB}k` : ''}${args.options.policy ? ` --policy ${args.options.policy}` : ''}` +
        `${args.options.maxSize !== DEFAULT_FUZZ_OPTIONS.maxSize ? ` --max-size ${args.options.maxSize}` : ''} --save DIR`;
    process.stdout.write(`FAIL ${f.target.name} case ${f.index} (seed ${f.seed}): ${f.outcome.kind}: ${f.outcome.detail}\n  reproduce: ${how}\n`);
  }
  process.stdout.write(`${total.toLocaleString('en-US')} cases, ${all.length} failures (seed ${args.seed})\n`);
  return all.length > 0 ? 1 : 0;
}

process.exitCode = await main();
