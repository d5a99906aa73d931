/**
 * One case of the emulator benchmark, in a process of its own (run.bench.ts starts one per case,
 * so that no case runs on JIT code shaped by another's configuration): `node run-case.js PROGRAM
 * ENGINE MMU RUNS [EVERY]`. Runs the program once to warm up, then RUNS times, each on a fresh
 * machine, and prints one line of JSON: the guest instructions per run and, per run, the host CPU
 * seconds (user + system) and wall seconds of kernel.run(). With EVERY, each run also writes a
 * --stats-every series of that period (into memory; `lines` says how many lines a run wrote). `cold` is the
 * warm-up run's, the first in the process, as `vmlab run` sees it (translation and V8's compiling
 * of it included; later runs reuse the compiled blocks, which the compiling engine shares between
 * machines).
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_CONFIG, Machine, type Engine } from '../src/machine/machine.js';
import { Kernel } from '../src/kernel/kernel.js';
import { StatsSeries } from '../src/stats/series.js';

export interface CaseResult {
  instructions: number;
  cpu: number[];
  wall: number[];
  cold: { cpu: number; wall: number };
  /** With EVERY: the lines of the series of a run. */
  lines?: number;
}

/** Assemble `path` if it is a .s file (the assembler is loaded only then), else read the ELF. */
async function load(path: string): Promise<Uint8Array> {
  if (!path.endsWith('.s')) return readFileSync(path);
  const { assemble } = await import('../asm/assembler.js');
  return assemble([{ path, text: readFileSync(path, 'utf8') }]).elf;
}

const [program, engine, mmu, runs, every] = process.argv.slice(2);
if (program) {
  const elf = await load(program);
  let lines = 0;
  const once = (): { instructions: number; cpu: number; wall: number } => {
    const machine = new Machine({ ...DEFAULT_CONFIG, engine: engine as Engine, mmu: mmu === 'on' });
    const kernel = new Kernel(machine, { stdout: () => {}, stderr: () => {} });
    kernel.exec(elf, [program], []);
    const written: string[] = [];
    const series = every ? new StatsSeries(kernel, Number(every), (line) => { written.push(line); }) : null;
    const cpu0 = process.cpuUsage();
    const wall0 = process.hrtime.bigint();
    kernel.run();
    series?.finish();
    const wall = Number(process.hrtime.bigint() - wall0) / 1e9;
    const cpu = process.cpuUsage(cpu0);
    lines = written.length;
    return { instructions: machine.cpu.instret, cpu: (cpu.user + cpu.system) / 1e6, wall };
  };
  const cold = once(); // warm-up
  const result: CaseResult = { instructions: 0, cpu: [], wall: [], cold: { cpu: cold.cpu, wall: cold.wall } };
  for (let i = 0; i < Number(runs); i++) {
    const r = once();
    result.instructions = r.instructions;
    result.cpu.push(r.cpu);
    result.wall.push(r.wall);
  }
  if (every) result.lines = lines;
  console.log(JSON.stringify(result));
}
