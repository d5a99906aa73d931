/**
 * Emulator speed (npm run bench:run): guest instructions per host second, per CPU second (user +
 * system, what the process itself used) and per wall second, for both engines in the same run, on
 * programs/sieve.s and the gcc-built bench/c programs (sieve, crc32, matmul, a page-strided
 * sweep), with the default TLBs and with translation off; and on five more gcc-built programs of
 * everyday shapes (bench/c: fib, qsort, strings, bytecode, list), with the default TLBs only.
 * Each case runs in a child process of its
 * own (bench/run-case.ts: the first run, WARMUP untimed runs to the steady state, then RUNS timed
 * runs, each after a full collection), ROUNDS times, the cases taking turns (so that a burst of
 * load on the machine slows some of every case's runs, not all of one case's); figures are
 * medians of the ROUNDS x RUNS timed runs (the steady state) and of the ROUNDS first runs, with
 * their ranges, then each run's own figure; the engines' ratios from the medians, and also from
 * each case's best timed run (a slow spell of the machine can take half of a case's runs). Then
 * start-up: the wall and CPU time of whole `vmlab` commands as a user runs them (bin/vmlab.js:
 * the bundled CLI with its code cache; a child process per run, after warm-up runs, the commands
 * taking turns), with a program of blocks that each run once and one of many small loops that
 * each run a little, on both engines; and qemu-riscv32
 * on the same ELFs for scale when it is installed. The load average is printed with the figures:
 * on a shared machine the wall figures are noisy, the CPU figures less so. Where the system can
 * say (Linux), the timed runs are also given per CPU second of the main thread alone, without
 * V8's compiler and collector threads (see run-case.ts), with the same ratios.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CaseResult } from './run-case.js';
import { manyLoopsProgram, runOnceProgram } from './generate.js';

const RUNS = Number(process.env.RUNS ?? 3);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const STARTUP_RUNS = Number(process.env.STARTUP_RUNS ?? 20);
/** Blocks of the start-up section's run-once program. */
const RUN_ONCE_BLOCKS = 20_000;
/** Functions (a small loop each, 1,600 instructions in all) of the start-up section's many-loops program. */
const MANY_LOOPS = 4_000;
const PROGRAMS = ['programs/sieve.s', 'bench/c/sieve.elf', 'bench/c/crc32.elf', 'bench/c/matmul.elf', 'bench/c/sweep.elf'];
/**
 * Programs of other shapes than the loops above, with the MMU on only: recursion (fib), calls
 * through a pointer (qsort), byte loops (strings), a switch's jump table (bytecode), a pointer
 * chase missing the DTLB (list). Most of their blocks run a few instructions a call.
 */
const EVERYDAY = ['bench/c/fib.elf', 'bench/c/qsort.elf', 'bench/c/strings.elf', 'bench/c/bytecode.elf', 'bench/c/list.elf'];
const script = fileURLToPath(new URL('./run-case.js', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/vmlab.js', import.meta.url));

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const range = (xs: number[], f: (x: number) => number): string => {
  const v = xs.map(f);
  return `${Math.min(...v).toFixed(1)}–${Math.max(...v).toFixed(1)}`;
};

console.log(`load average at start: ${loadavg().map((l) => l.toFixed(2)).join(' ')} (${ROUNDS} rounds of every case, each a process: the first run, ${process.env.WARMUP ?? 5} warm-up runs, ${RUNS} timed runs)`);
console.log('\nguest MIPS, median (range): per CPU second | per wall second | the first run in each process (per CPU second, per wall second); then each timed run');
const CASES = [
  ...PROGRAMS.flatMap((program) => ['on', 'off'].flatMap((mmu) => ['interp', 'jit'].map((engine) => ({ program, mmu, engine })))),
  ...EVERYDAY.flatMap((program) => ['interp', 'jit'].map((engine) => ({ program, mmu: 'on', engine }))),
];
const results = new Map<string, CaseResult[]>();
for (let round = 0; round < ROUNDS; round++) {
  for (const { program, mmu, engine } of CASES) {
    const out = execFileSync(process.execPath, ['--expose-gc', script, program, engine, mmu, String(RUNS)], { encoding: 'utf8' });
    const key = `${program} ${mmu} ${engine}`;
    results.set(key, [...(results.get(key) ?? []), JSON.parse(out.trim().split('\n').pop()!) as CaseResult]);
  }
}
const mips = new Map<string, number>();
/** MIPS per CPU second of the main thread (median), where every timed run could say. */
const mainMips = new Map<string, number>();
/** The best timed run's MIPS per CPU second: the least disturbed run, on a machine shared with other work. */
const best = new Map<string, number>();
const instructions = new Map<string, number>();
const cold = new Map<string, number>();
for (const { program, mmu, engine } of CASES) {
  const key = `${program} ${mmu} ${engine}`;
  const rounds = results.get(key)!;
  const count = rounds[0].instructions;
  const perCpu = (s: number): number => count / s / 1e6;
  const cpu = rounds.flatMap((r) => r.cpu), wall = rounds.flatMap((r) => r.wall);
  const coldCpu = rounds.map((r) => r.cold.cpu), coldWall = rounds.map((r) => r.cold.wall);
  mips.set(key, perCpu(median(cpu)));
  const main = rounds.flatMap((r) => r.main).filter((m): m is number => m !== null);
  const mainShown = main.length === cpu.length;
  if (mainShown) mainMips.set(key, perCpu(median(main)));
  best.set(key, perCpu(Math.min(...cpu)));
  cold.set(key, perCpu(median(coldCpu)));
  instructions.set(program, count);
  console.log(`  ${program.padEnd(20)} --mmu ${mmu.padEnd(3)} ${engine.padEnd(6)} ` +
    `${perCpu(median(cpu)).toFixed(1).padStart(6)} (${range(cpu, perCpu)}) | ` +
    `${perCpu(median(wall)).toFixed(1).padStart(6)} (${range(wall, perCpu)}) | ` +
    `first ${perCpu(median(coldCpu)).toFixed(1)} (${range(coldCpu, perCpu)}), ${perCpu(median(coldWall)).toFixed(1)} (${range(coldWall, perCpu)})   ` +
    `${count.toLocaleString('en-US')} instructions`);
  if (mainShown) console.log(`      main thread alone: ${perCpu(median(main)).toFixed(1)} (${range(main, perCpu)}) per CPU second`);
  const each = (f: (r: CaseResult) => number[]): string => rounds.map((r) => f(r).map((s) => perCpu(s).toFixed(1)).join(' ')).join(' / ');
  console.log(`      each run, in order (a process's runs, / between processes): ${each((r) => [r.cold.cpu, ...r.cpu])} per CPU second, the first run first`);
}
console.log('\nper CPU second: jit / interp (MMU on), how much faster jit runs with the MMU off than on, and jit / interp in the first run; then the same two from each case\'s best timed run');
for (const program of PROGRAMS) {
  const g = (mmu: string, engine: string): number => mips.get(`${program} ${mmu} ${engine}`)!;
  const first = cold.get(`${program} on jit`)! / cold.get(`${program} on interp`)!;
  const b = (mmu: string, engine: string): number => best.get(`${program} ${mmu} ${engine}`)!;
  console.log(`  ${program.padEnd(20)} ${(g('on', 'jit') / g('on', 'interp')).toFixed(2)}x   off/on ${(g('off', 'jit') / g('on', 'jit')).toFixed(2)}   first run ${first.toFixed(2)}x` +
    `   | best runs ${(b('on', 'jit') / b('on', 'interp')).toFixed(2)}x   off/on ${(b('off', 'jit') / b('on', 'jit')).toFixed(2)}`);
}
for (const program of EVERYDAY) {
  const ratio = (figures: Map<string, number>): string => (figures.get(`${program} on jit`)! / figures.get(`${program} on interp`)!).toFixed(2);
  console.log(`  ${program.padEnd(20)} ${ratio(mips)}x   (MMU on only)   first run ${ratio(cold)}x   | best runs ${ratio(best)}x`);
}
if (mainMips.size === CASES.length) {
  console.log('\nthe same from the main thread\'s CPU time alone (medians): jit / interp (MMU on), off/on');
  for (const program of PROGRAMS) {
    const g = (mmu: string, engine: string): number => mainMips.get(`${program} ${mmu} ${engine}`)!;
    console.log(`  ${program.padEnd(20)} ${(g('on', 'jit') / g('on', 'interp')).toFixed(2)}x   off/on ${(g('off', 'jit') / g('on', 'jit')).toFixed(2)}`);
  }
  for (const program of EVERYDAY) console.log(`  ${program.padEnd(20)} ${(mainMips.get(`${program} on jit`)! / mainMips.get(`${program} on interp`)!).toFixed(2)}x`);
}

/** Run `command args` once: wall seconds, and CPU seconds (user + system) if /usr/bin/time can say. */
function timed(command: string, args: string[]): { wall: number; cpu: number | null } {
  const withTime = existsSync('/usr/bin/time');
  const start = process.hrtime.bigint();
  const r = withTime
    ? spawnSync('/usr/bin/time', ['-f', '%U %S', command, ...args], { encoding: 'utf8' })
    : spawnSync(command, args, { encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0 && !args.includes('--help')) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr}`);
  const m = withTime ? /(\d+\.\d+) (\d+\.\d+)\s*$/.exec(r.stderr) : null;
  return { wall, cpu: m ? Number(m[1]) + Number(m[2]) : null };
}

/**
 * `runs` timed runs of each command (its file and arguments) after `warm` untimed ones, the
 * commands taking turns (so that a slow spell of the machine slows them alike): for each, the
 * medians and ranges of wall and CPU time, in milliseconds.
 */
function series(commands: string[][], runs: number, warm: number): string[] {
  const all = commands.map(() => [] as { wall: number; cpu: number | null }[]);
  for (let i = 0; i < warm + runs; i++) {
    commands.forEach(([command, ...args], c) => {
      const r = timed(command, args);
      if (i >= warm) all[c].push(r);
    });
  }
  const ms = (xs: number[]): string => `${(median(xs) * 1000).toFixed(0)} ms (${(Math.min(...xs) * 1000).toFixed(0)}–${(Math.max(...xs) * 1000).toFixed(0)})`;
  return all.map((rs) => {
    const cpu = rs.map((r) => r.cpu).filter((c): c is number => c !== null);
    return `wall ${ms(rs.map((r) => r.wall))}${cpu.length ? `, CPU ${ms(cpu)}` : ''}`;
  });
}

if (spawnSync('qemu-riscv32', ['--version']).status === 0) {
  console.log('\nqemu-riscv32 on the same ELFs, for scale (whole process, start-up included; the programs taking turns):');
  const elfs = [...PROGRAMS, ...EVERYDAY].filter((p) => p.endsWith('.elf'));
  series(elfs.map((program) => ['qemu-riscv32', program]), RUNS, 1).forEach((line, i) => {
    console.log(`  ${elfs[i].padEnd(20)} ${(instructions.get(elfs[i])! / 1e6).toFixed(1)} M instructions: ${line}`);
  });
}

const dir = mkdtempSync(join(tmpdir(), 'vmlab-bench-'));
const hello = join(dir, 'hello.elf');
execFileSync(process.execPath, [bin, 'asm', 'programs/hello.s', '-o', hello]);
// RUN_ONCE_BLOCKS blocks that each run once, on both engines: what code that runs once costs.
const runOnce = join(dir, 'run-once.elf');
writeFileSync(join(dir, 'run-once.s'), runOnceProgram(RUN_ONCE_BLOCKS));
execFileSync(process.execPath, [bin, 'asm', join(dir, 'run-once.s'), '-o', runOnce]);
// MANY_LOOPS small loops that each run 1,600 instructions in all: what lukewarm code costs.
const manyLoops = join(dir, 'many-loops.elf');
writeFileSync(join(dir, 'many-loops.s'), manyLoopsProgram(MANY_LOOPS));
execFileSync(process.execPath, [bin, 'asm', join(dir, 'many-loops.s'), '-o', manyLoops]);
console.log(`\nstart-up: whole vmlab commands, ${STARTUP_RUNS} runs after 3 warm-up runs, the commands taking turns, median (range); load average now ${loadavg()[0].toFixed(2)}`);
// bss-touch.s has lines only the ohm grammar parses (hello.s's all go through the hand-written parser).
const startups = [[], ['run', hello], ['run', 'programs/hello.s'], ['run', 'programs/bss-touch.s'], ['--help'],
  ['run', runOnce], ['run', '--engine', 'interp', runOnce], ['run', manyLoops], ['run', '--engine', 'interp', manyLoops]];
series(startups.map((args) => (args.length === 0 ? [process.execPath, '-e', '0'] : [process.execPath, bin, ...args])), STARTUP_RUNS, 3)
  .forEach((line, i) => {
    const args = startups[i];
    const name = args.length === 0 ? 'node -e 0 (Node alone)' : `vmlab ${args.join(' ').replace(dir + '/', '')}`;
    console.log(`  ${name.padEnd(40)} ${line}`);
  });
rmSync(dir, { recursive: true, force: true });
