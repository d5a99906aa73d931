/**
 * Assembler speed and memory (npm run bench). Speed: benny runs assembling generated programs
 * with a cold line cache and reports lines per second. Memory: the heap after assembling
 * programs of growing length, to show it grows with the output and symbols only.
 */
import benny from 'benny';
import { assemble } from '../asm/assembler.js';
import { resetLineCache } from '../asm/parse.js';
import { generateProgram } from './generate.js';

const SIZES = [10_000, 100_000];
const programs = new Map(SIZES.map((n) => [n, generateProgram(n)]));
const lineCount = (text: string): number => text.split('\n').length;

function assembleCold(text: string): number {
  resetLineCache();
  return assemble([{ path: 'generated.s', text }]).elf.length;
}

function heapAfter(lines: number): { lines: number; heapMiB: number; outputKiB: number } {
  const text = generateProgram(lines);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  resetLineCache();
  const out = assemble([{ path: 'generated.s', text }]);
  const peak = process.memoryUsage().heapUsed;
  return { lines: lineCount(text), heapMiB: Math.round((peak - before) / 2 ** 20), outputKiB: Math.round(out.elf.length / 1024) };
}

await benny.suite(
  'assembler (cold line cache)',
  ...SIZES.map((n) => benny.add(`assemble ${n.toLocaleString('en-US')} lines`, () => {
    assembleCold(programs.get(n)!);
  })),
  benny.cycle(),
  benny.complete((summary) => {
    console.log('\nlines per second:');
    summary.results.forEach((r, i) => {
      const lines = lineCount(programs.get(SIZES[i])!);
      const seconds = r.details.mean;
      console.log(`  ${r.name}: ${Math.round(lines / seconds).toLocaleString('en-US')} lines/s (${(seconds * 1000).toFixed(0)} ms per run)`);
    });
  }),
);

console.log('\nheap growth while assembling (run with --expose-gc for exact figures):');
for (const n of [25_000, 50_000, 100_000, 200_000]) {
  const m = heapAfter(n);
  console.log(`  ${m.lines.toLocaleString('en-US')} lines: +${m.heapMiB} MiB heap, ${m.outputKiB} KiB executable`);
}
