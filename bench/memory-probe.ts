/**
 * Run by assemble.bench.ts in a fresh process per size: generates an N-line program, then
 * reports, above what the process held before assembling it, the peak resident set (which
 * includes garbage not yet collected) and the heap still live afterwards (the output and the
 * bounded cache of parsed lines).
 */
import { assemble } from '../asm/assembler.js';
import { generateProgram } from './generate.js';

const lines = Number(process.argv[2]);
const text = generateProgram(lines);
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const before = process.memoryUsage();
const out = assemble([{ path: 'generated.s', text }]);
const peakKiB = process.resourceUsage().maxRSS;
gc?.();
const after = process.memoryUsage();
const mib = (bytes: number): number => Math.round(bytes / 2 ** 20);
console.log(JSON.stringify({
  lines: text.split('\n').length,
  peakMiB: mib(peakKiB * 1024 - before.rss),
  liveMiB: mib(after.heapUsed - before.heapUsed),
  outputKiB: Math.round(out.elf.length / 1024),
}));
