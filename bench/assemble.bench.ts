/**
 * Assembler speed and memory (npm run bench). Speed: benny runs assembling generated programs
 * with a cold line cache and reports lines per second. Memory: the peak resident set while
 * assembling programs of growing length, each in a fresh process.
 */
import benny from 'benny';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
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

console.log('\nmemory of assembling, above the process before (peak resident set / heap live afterwards):');
for (const n of [25_000, 50_000, 100_000, 200_000, 400_000]) {
  const m = peakMemory(n);
  console.log(`  ${m.lines.toLocaleString('en-US')} lines: peak +${m.peakMiB} MiB, live +${m.liveMiB} MiB, ` +
    `${m.outputKiB} KiB executable`);
}
