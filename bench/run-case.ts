/**
 * One case of the emulator benchmark, in a process of its own (run.bench.ts starts one per case,
 * so that no case runs on JIT code shaped by another's configuration): `node run-case.js PROGRAM
 * ENGINE MMU RUNS [EVERY]`. Runs the program once (`cold`: the first run in the process, as
 * `vmlab run` sees it, translation and V8's compiling of it included), then WARMUP more times
 * (environment; 5 unless set) untimed, then RUNS times, each on a fresh machine, and prints one
 * line of JSON: the guest instructions per run and, per timed run, the host CPU seconds (user +
 * system) and wall seconds of kernel.run(). With EVERY, each run also writes a --stats-every
 * series of that period (into memory; `lines` says how many lines a run wrote).
 *
 * The warm-up is what makes the timed runs steady: V8 goes on compiling the kernel, the MMU's slow
 * paths and the interpreter itself in the second to sixth runs (a run of either engine there took
 * up to 1.7 times the later ones). With `node --expose-gc`, a full collection and a 20 ms pause
 * before each timed run keep the previous machines' garbage (16 MiB of RAM each) and its
 * collection out of it (the C sieve's nine timed runs on the jit: 49–108 ms of CPU without,
 * 48–50 ms with).
 *
 * The process's CPU time also counts V8's compiler threads, which still optimize rarely run parts
 * of vmlab (the kernel, the interpreter, a block of a loop's exit) in runs 3 to 15 and later: a
 * warm run of matmul in which V8 compiled something took up to 28 ms of process CPU, one in which
 * it compiled nothing 14–16. So
 * each run also gives the main thread's own CPU time (`main`, Linux's per-thread schedstat, in
 * nanoseconds; null elsewhere), which is the emulator's work alone.
 */
import { openSync, readFileSync, readSync } from 'node:fs';
import { DEFAULT_CONFIG, Machine, type Engine } from '../src/machine/machine.js';
import { Kernel } from '../src/kernel/kernel.js';
import { StatsSeries } from '../src/stats/series.js';

export interface CaseResult {
  instructions: number;
  cpu: number[];
  wall: number[];
  cold: { cpu: number; wall: number; main: number | null };
  /** Per timed run, the main thread's CPU seconds (null where the system cannot say). */
  main: (number | null)[];
  /** With EVERY: the lines of the series of a run. */
  lines?: number;
}

/** Assemble `path` if it is a .s file (the assembler is loaded only then), else read the ELF. */
async function load(path: string): Promise<Uint8Array> {
  if (!path.endsWith('.s')) return readFileSync(path);
  const { assemble } = await import('../asm/assembler.js');
  return assemble([{ path, text: readFileSync(path, 'utf8') }]).elf;
}

const sleepCell = new Int32Array(new SharedArrayBuffer(4));
const schedstat = ((): number | null => {
  try {
    return openSync(`/proc/self/task/${process.pid}/schedstat`, 'r');
  } catch {
    return null;
  }
})();
const schedBuffer = Buffer.alloc(64);

/**
 * The main thread's CPU seconds so far, or null if the system cannot say: the first field of its
 * schedstat (nanoseconds). Linux brings that count up to date only when the thread stops running
 * or at a clock tick, so a read while it runs is up to a tick stale (a 7 ms run read as 7–10 ms);
 * sleeping 1 ms first makes it exact (a busy loop: 11.50 ms against process.cpuUsage()'s 11.36).
 * Two reads with nothing between them differ by 0.04–0.08 ms.
 */
function mainThreadCpu(): number | null {
  if (schedstat === null) return null;
  Atomics.wait(sleepCell, 0, 0, 1);
  const length = readSync(schedstat, schedBuffer, 0, schedBuffer.length, 0);
  return Number(schedBuffer.toString('latin1', 0, length).split(' ')[0]) / 1e9;
}

/** The pause after a timed run's full collection, in milliseconds. */
const SETTLE_MS = 20;

const [program, engine, mmu, runs, every] = process.argv.slice(2);
if (program) {
  const elf = await load(program);
  let lines = 0;
  const collect = (globalThis as { gc?: () => void }).gc;
  /**
   * The previous run's machine and kernel, kept until the next ones are made. V8 keeps the shape
   * of a class's objects only while one of them lives: a full collection that came while a new
   * machine was being made, the old one already garbage, dropped the shapes of the kernel's and
   * the machine's objects, and V8 threw away the optimized code of about 50 functions at once
   * (the fault path, the trap path, the blocks; `node --trace-deopt-verbose`: "weak objects") to
   * compile it again in that run, in 3 of 8 processes of sweep (docs/engine.md, "Code that
   * outlives its machine"). One `vmlab run` makes one machine.
   */
  const previous: { kernel: Kernel | null } = { kernel: null };
  /**
   * One run on a fresh machine. A timed one starts with a full collection (with --expose-gc) and a
   * pause for the collector's threads to finish: their work belongs to no run.
   */
  const once = (timed = false): { instructions: number; cpu: number; wall: number; main: number | null } => {
    const machine = new Machine({ ...DEFAULT_CONFIG, engine: engine as Engine, mmu: mmu === 'on' });
    const kernel = new Kernel(machine, { stdout: () => {}, stderr: () => {} });
    kernel.exec(elf, [program], []);
    previous.kernel = kernel; // and its machine
    const written: string[] = [];
    const series = every ? new StatsSeries(kernel, Number(every), (line) => { written.push(line); }) : null;
    if (timed && collect) {
      collect();
      // Busy, not asleep: after a sleep, the first milliseconds of a run were slower at times.
      for (const end = Date.now() + SETTLE_MS; Date.now() < end;);
    }
    const main0 = mainThreadCpu();
    const cpu0 = process.cpuUsage();
    const wall0 = process.hrtime.bigint();
    kernel.run();
    series?.finish();
    const wall = Number(process.hrtime.bigint() - wall0) / 1e9;
    const cpu = process.cpuUsage(cpu0);
    const main1 = mainThreadCpu();
    lines = written.length;
    const main = main0 === null || main1 === null ? null : main1 - main0;
    return { instructions: machine.cpu.instret, cpu: (cpu.user + cpu.system) / 1e6, wall, main };
  };
  const cold = once();
  const result: CaseResult = { instructions: 0, cpu: [], wall: [], main: [], cold: { cpu: cold.cpu, wall: cold.wall, main: cold.main } };
  for (let i = 0; i < Number(process.env.WARMUP ?? 5); i++) once();
  for (let i = 0; i < Number(runs); i++) {
    const r = once(true);
    result.instructions = r.instructions;
    result.cpu.push(r.cpu);
    result.wall.push(r.wall);
    result.main.push(r.main);
  }
  if (every) result.lines = lines;
  console.log(JSON.stringify(result));
}
