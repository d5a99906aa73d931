/**
 * Two builds of vmlab on the same machine in the same run (`node dist/bench/compare-builds.js
 * OLD_ROOT NEW_ROOT`, each a checkout built with `npm run build`): every case of run.bench.ts's
 * programs, MMU on, each engine, runs bench/run-case.js of the old and the new build in turn, ROUNDS
 * times (alternating which goes first), and prints the guest MIPS per CPU second of each (the
 * median, and the best run: on a machine shared with other work the best is the least disturbed)
 * and per wall second (median), with the changes; then the same for the first run of each
 * process (what one `vmlab run` sees: translating and V8's compiling included), ROUNDS of them
 * per build, and the load average before and after.
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { CaseResult } from './run-case.js';

const ROUNDS = Number(process.env.ROUNDS ?? 4);
const RUNS = process.env.RUNS ?? '3';
const ENGINES = (process.env.ENGINES ?? 'interp,jit').split(',');
const PROGRAMS = ['programs/sieve.s', 'bench/c/sieve.elf', 'bench/c/crc32.elf', 'bench/c/matmul.elf', 'bench/c/sweep.elf'];

const [oldRoot, newRoot] = process.argv.slice(2);
if (!oldRoot || !newRoot) {
  console.error('usage: node dist/bench/compare-builds.js OLD_ROOT NEW_ROOT');
  process.exit(2);
}
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const roots = { old: oldRoot, new: newRoot };
console.log(`${ROUNDS} rounds of ${RUNS} runs per build and case; guest MIPS old → new; load average ${loadavg()[0].toFixed(2)}`);
const firstRuns: string[] = [];
for (const program of PROGRAMS) {
  for (const engine of ENGINES) {
    const cpu = { old: [] as number[], new: [] as number[] }, wall = { old: [] as number[], new: [] as number[] };
    const firstCpu = { old: [] as number[], new: [] as number[] }, firstWall = { old: [] as number[], new: [] as number[] };
    let instructions = 0;
    for (let round = 0; round < ROUNDS; round++) {
      for (const build of round % 2 ? (['new', 'old'] as const) : (['old', 'new'] as const)) {
        // The program is read from the new build's tree, so both run the same bytes.
        const out = execFileSync(process.execPath, ['--expose-gc', join(roots[build], 'dist/bench/run-case.js'), program, engine, 'on', RUNS],
          { cwd: newRoot, encoding: 'utf8' });
        const r = JSON.parse(out.trim().split('\n').pop()!) as CaseResult;
        instructions = r.instructions;
        cpu[build].push(...r.cpu);
        wall[build].push(...r.wall);
        firstCpu[build].push(r.cold.cpu);
        firstWall[build].push(r.cold.wall);
      }
    }
    const mips = (xs: number[]): number => instructions / median(xs) / 1e6;
    const best = (xs: number[]): number => instructions / Math.min(...xs) / 1e6;
    const change = (a: number, b: number): string => `${b >= a ? '+' : ''}${((b / a - 1) * 100).toFixed(1)}%`;
    const pair = (f: (xs: number[]) => number, xs: { old: number[]; new: number[] }): string =>
      `${f(xs.old).toFixed(1)} → ${f(xs.new).toFixed(1)} (${change(f(xs.old), f(xs.new))})`;
    console.log(`  ${program.padEnd(20)} ${engine.padEnd(6)} CPU median ${pair(mips, cpu)}, best ${pair(best, cpu)} | wall median ${pair(mips, wall)}`);
    firstRuns.push(`  ${program.padEnd(20)} ${engine.padEnd(6)} CPU median ${pair(mips, firstCpu)}, best ${pair(best, firstCpu)} | wall median ${pair(mips, firstWall)}`);
  }
}
console.log(`the first run of each process, ${ROUNDS} per build and case; guest MIPS old → new`);
for (const line of firstRuns) console.log(line);
console.log(`load average at the end ${loadavg()[0].toFixed(2)}`);
