/**
 * Assembler speed and memory (npm run bench). Speed: benny runs assembling generated programs
 * and the compiler-output corpus (test/corpus/gcc: real gcc -S output, each program with the
 * runtime) with a cold line cache and reports lines per second, by wall clock and per CPU
 * second (the median of runs timed with process.cpuUsage). Memory: the peak resident set while
 * assembling programs of growing length, each in a fresh process.
 */
import benny from 'benny';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { assemble } from '../asm/assembler.js';
import { resetLineCache } from '../asm/parse.js';
import { generateProgram } from './generate.js';
import { readFileSync, readdirSync } from 'node:fs';

const SIZES = [10_000, 100_000];
const programs = new Map(SIZES.map((n) => [n, generateProgram(n)]));
const lineCount = (text: string): number => text.split('\n').length;

/** The corpus: for each gcc variant and program, crt0, the runtime and the program (as the oracle assembles them). */
const CORPUS = 'test/corpus/gcc';
const corpus = readdirSync(CORPUS).flatMap((variant) => readdirSync(`${CORPUS}/${variant}`)
  .filter((f) => f.endsWith('.s') && f !== 'vmlab.s')
  .map((f) => ['runtime/crt0.s', `${CORPUS}/${variant}/vmlab.s`, `${CORPUS}/${variant}/${f}`]
    .map((path) => ({ path, text: readFileSync(path, 'utf8') }))));
const corpusLines = corpus.reduce((n, inputs) => n + inputs.reduce((m, i) => m + lineCount(i.text), 0), 0);

function assembleCold(text: string): number {
  resetLineCache();
  return assemble([{ path: 'generated.s', text }]).elf.length;
}

function assembleCorpus(): void {
  resetLineCache();
  for (const inputs of corpus) assemble(inputs);
}

/** Median lines per CPU second (user + system) of `runs` runs of `work` over `lines` lines. */
function perCpuSecond(lines: number, work: () => void, runs = 5): number {
  const rates: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    work();
    const used = process.cpuUsage(start);
    rates.push(lines / ((used.user + used.system) / 1e6));
  }
  return rates.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

/** Peak memory of assembling an `lines`-line program, measured in a fresh process. */
interface MemoryProbe { lines: number; peakMiB: number; liveMiB: number; outputKiB: number }

function peakMemory(lines: number): MemoryProbe {
  const probe = fileURLToPath(new URL('./memory-probe.js', import.meta.url));
  const out = execFileSync(process.execPath, ['--expose-gc', probe, String(lines)], { encoding: 'utf8' });
  return JSON.parse(out) as MemoryProbe;
}

await benny.suite(
  'assembler (cold line cache)',
  ...SIZES.map((n) => benny.add(`assemble ${n.toLocaleString('en-US')} lines`, () => {
    assembleCold(programs.get(n)!);
  })),
  benny.add(`assemble the gcc corpus (${corpus.length} programs, ${corpusLines.toLocaleString('en-US')} lines)`, assembleCorpus),
  benny.cycle(),
  benny.complete((summary) => {
    console.log('\nlines per second (median wall clock; per CPU second):');
    summary.results.forEach((r, i) => {
      const text = programs.get(SIZES[i]);
      const lines = text ? lineCount(text) : corpusLines;
      const work = text ? () => assembleCold(text) : assembleCorpus;
      const seconds = r.details.median;
      const cpu = Math.round(perCpuSecond(lines, work)).toLocaleString('en-US');
      console.log(`  ${r.name}: ${Math.round(lines / seconds).toLocaleString('en-US')} lines/s ` +
        `(${(seconds * 1000).toFixed(0)} ms per run); ${cpu} lines per CPU second`);
    });
  }),
);

console.log('\nmemory of assembling, above the process before (peak resident set / heap live afterwards):');
for (const n of [25_000, 50_000, 100_000, 200_000, 400_000]) {
  const m = peakMemory(n);
  console.log(`  ${m.lines.toLocaleString('en-US')} lines: peak +${m.peakMiB} MiB, live +${m.liveMiB} MiB, ` +
    `${m.outputKiB} KiB executable`);
}

// How the cost of one line grows with its ";"-separated statements (each was once walked as the
// whole line with what came before it blanked: n² characters).
console.log('\none line of n statements (`nop;` repeated), CPU ms (median of 5, cold line cache):');
for (const n of [4_000, 16_000, 64_000]) {
  const text = `.globl _start\n_start:\n${'nop;'.repeat(n)}\n`;
  const perSecond = perCpuSecond(n, () => assembleCold(text));
  console.log(`  ${n.toLocaleString('en-US')} statements: ${(n / perSecond * 1000).toFixed(0)} ms`);
}
