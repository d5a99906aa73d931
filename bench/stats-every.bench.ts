/**
 * What --stats-every costs (npm run bench:stats-every; docs/vmstat.md): the cases of npm run
 * bench:run (MMU on, both engines) with no series, a line every 1,000,000 cycles and every 10,000
 * cycles, in interleaved rounds of run-case.js processes, guest MIPS per CPU second (median and
 * range). OLD=DIR adds DIR/dist/bench/run-case.js, another build (the one before a change, built
 * in its own checkout), as a variant of its own: old and new in the same run. Then the CPU cost of
 * one line, written 20,000 times mid-run in one process.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assemble } from '../asm/assembler.js';
import { DEFAULT_CONFIG, Machine } from '../src/machine/machine.js';
import { Kernel } from '../src/kernel/kernel.js';
import { StatsSeries } from '../src/stats/series.js';
import type { CaseResult } from './run-case.js';

const ROUNDS = Number(process.env.ROUNDS ?? 3);
const RUNS = Number(process.env.RUNS ?? 3);
const PROGRAMS = ['programs/sieve.s', 'bench/c/sieve.elf', 'bench/c/crc32.elf', 'bench/c/matmul.elf', 'bench/c/sweep.elf'];
const script = fileURLToPath(new URL('./run-case.js', import.meta.url));

/** The variants: a run-case.js and the series period it is given ('' for none). */
const VARIANTS: [string, string, string][] = [
  ...(process.env.OLD ? [['old', join(process.env.OLD, 'dist/bench/run-case.js'), ''] as [string, string, string]] : []),
  ['new', script, ''], ['new, every 1M', script, '1000000'], ['new, every 10k', script, '10000'],
];

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

console.log(`load average at start: ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ${ROUNDS} rounds of a first run, ${process.env.WARMUP ?? 5} warm-up runs and ${RUNS} timed runs per variant`);
console.log('guest MIPS per CPU second, median (range), and against the first variant');
for (const program of PROGRAMS) {
  for (const engine of ['interp', 'jit']) {
    const cpu = new Map<string, number[]>();
    const lines = new Map<string, number>();
    let instructions = 0;
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, path, every] of VARIANTS) {
        const out = execFileSync(process.execPath, ['--expose-gc', path, program, engine, 'on', String(RUNS), ...(every ? [every] : [])], { encoding: 'utf8' });
        const r = JSON.parse(out.trim().split('\n').pop()!) as CaseResult;
        cpu.set(name, [...(cpu.get(name) ?? []), ...r.cpu]);
        if (r.lines !== undefined) lines.set(name, r.lines);
        instructions = r.instructions;
      }
    }
    const mips = (s: number): number => instructions / s / 1e6;
    const first = mips(median(cpu.get(VARIANTS[0][0])!));
    console.log(`  ${program} ${engine} (${(instructions / 1e6).toFixed(1)} M instructions)`);
    for (const [name] of VARIANTS) {
      const all = cpu.get(name)!;
      const m = mips(median(all));
      console.log(`    ${name.padEnd(15)} ${m.toFixed(1).padStart(6)} (${mips(Math.max(...all)).toFixed(1)}–${mips(Math.min(...all)).toFixed(1)}) ` +
        `${(100 * (m / first - 1)).toFixed(1).padStart(6)} %${lines.has(name) ? `   ${lines.get(name)} lines` : ''}`);
    }
  }
}

console.log('\nCPU time of one line, mid-run (20,000 lines after 2,000 warm-up ones):');
for (const [program, args, at] of [['programs/sieve.s', [], 1_000_000], ['programs/fork-cow.s', ['100'], 1_500],
  ['programs/thrash.s', ['1024', '5'], 20_000]] as const) {
  const machine = new Machine({ ...DEFAULT_CONFIG });
  const kernel = new Kernel(machine, { stdout: () => {}, stderr: () => {} });
  kernel.exec(assemble([{ path: program, text: readFileSync(program, 'utf8') }]).elf, [program, ...args], []);
  kernel.run(at);
  const series = new StatsSeries(kernel, Number.MAX_SAFE_INTEGER, () => {});
  for (let i = 0; i < 2_000; i++) series.finish();
  const lines = 20_000;
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < lines; i++) series.finish();
  const cpu = process.cpuUsage(cpu0);
  const live = [...kernel.procs.values()].filter((p) => !p.exited).length;
  console.log(`  ${[program, ...args].join(' ').padEnd(24)} ${((cpu.user + cpu.system) / lines).toFixed(1).padStart(5)} µs ` +
    `(${live} processes, ${kernel.reclaimer.rmap.size} resident pages)`);
}
console.log(`load average at end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
