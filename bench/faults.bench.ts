/**
 * Fault-path throughput (npm run bench:faults), in host time, on machines and kernels that run a
 * program again and again:
 *
 * - demand-zero faults: the first touch of 1,024 fresh pages (programs/thrash.s 1024 1, plenty
 *   of RAM);
 * - swap round trips (a page out to swap, a page back in) at 32, 4,096 and 65,536 frames: a
 *   working set twice the size of RAM written in turn (bench/sweep.s), where every write after
 *   the first pass faults. A run of one pass (which fills RAM) and a run of more passes are timed;
 *   the round trips per second are the extra swap-ins over the extra time, so that the first
 *   pass, whose cost grows with RAM, is left out. Reclaim that does not slow down as RAM grows
 *   gives about the same rate at every size (docs/reclaim.md);
 * - one pass over 64 MiB of .bss with the default 16 MiB of RAM (bench/sweep.s 16384): 12,309
 *   evictions.
 */
import benny from 'benny';
import { readFileSync } from 'node:fs';
import { assemble } from '../asm/assembler.js';
import { DEFAULT_CONFIG, Machine } from '../src/machine/machine.js';
import { Kernel } from '../src/kernel/kernel.js';

const load = (path: string): Uint8Array => assemble([{ path, text: readFileSync(path, 'utf8') }]).elf;
const thrash = load('programs/thrash.s');
const sweep = load('bench/sweep.s');
const FRAME = 4096;

/** What a run counts: page faults and swap-ins. */
interface Counts { faults: number; swapIns: number }

/** One machine and kernel of `frames` frames; the function runs a program on it and returns what it counted. */
function machine(frames: number): (elf: Uint8Array, args: string[]) => Counts {
  const m = new Machine({ ...DEFAULT_CONFIG, ramBytes: frames * FRAME });
  const kernel = new Kernel(m, { stdout: () => {}, stderr: () => {}, swapBytes: Math.max(2 * frames * FRAME, 64 * 1024 * 1024) });
  return (elf, args) => {
    const before = kernel.reclaimer.swap.swapIns;
    const p = kernel.exec(elf, ['program', ...args], []);
    kernel.run();
    if (p.exitStatus !== 0) throw new Error(`${args.join(' ')} in ${frames} frames: ${p.report ?? p.exitStatus}`);
    return { faults: p.faults.minor + p.faults.major, swapIns: kernel.reclaimer.swap.swapIns - before };
  };
}

/** The sizes of the round-trip cases: frames, and passes over a working set of twice as many pages. */
const SIZES: [frames: number, passes: number][] = [[32, 300], [4096, 3], [65536, 2]];

interface Case { name: string; run: () => Counts }
const plenty = machine(4096);
const cases: Case[] = [{ name: 'demand-zero faults (1,024 fresh pages)', run: () => plenty(thrash, ['1024', '1']) }];
for (const [frames, passes] of SIZES) {
  const run = machine(frames);
  const pages = String(2 * frames);
  const label = `${frames.toLocaleString('en-US')} frames`;
  cases.push({ name: `${label}: one pass (fills RAM)`, run: () => run(sweep, [pages, '1']) });
  cases.push({ name: `${label}: ${passes} passes`, run: () => run(sweep, [pages, String(passes)]) });
}
const sixteenMiB = machine(4096);
cases.push({ name: 'one pass over 64 MiB in 16 MiB', run: () => sixteenMiB(sweep, ['16384', '1']) });

const counts = cases.map((c) => c.run()); // warm-up, and what each run counts
/** Per case: the CPU seconds of the timed calls, and how many calls. */
const cpu: number[] = cases.map(() => 0);
const calls: number[] = cases.map(() => 0);

await benny.suite(
  'fault path',
  ...cases.map((c, i) => benny.add(c.name, () => {
    const start = process.cpuUsage();
    c.run();
    const used = process.cpuUsage(start);
    cpu[i] += (used.user + used.system) / 1e6;
    calls[i]++;
  }, { minSamples: 3 })),
  benny.cycle(),
  benny.complete((summary) => {
    const mean = summary.results.map((r) => r.details.mean);
    const cpuMean = cpu.map((total, i) => total / calls[i]);
    const rate = (n: number, seconds: number): string => `${Math.round(n / seconds).toLocaleString('en-US')}/s`;
    console.log('\nhost time, and per CPU second (the process\'s CPU time in the timed calls):');
    console.log(`  demand-zero faults: ${rate(counts[0].faults, mean[0])} (${rate(counts[0].faults, cpuMean[0])} per CPU second; ` +
      `${counts[0].faults.toLocaleString('en-US')} faults a run)`);
    SIZES.forEach(([frames], s) => {
      const one = 1 + 2 * s, many = one + 1;
      const trips = counts[many].swapIns - counts[one].swapIns;
      console.log(`  swap round trips at ${frames.toLocaleString('en-US')} frames: ${rate(trips, mean[many] - mean[one])} ` +
        `(${rate(trips, cpuMean[many] - cpuMean[one])} per CPU second; ${trips.toLocaleString('en-US')} a run beyond the first pass)`);
    });
    const last = cases.length - 1;
    console.log(`  one pass over 64 MiB in 16 MiB: ${mean[last].toFixed(3)} s (${cpuMean[last].toFixed(3)} s of CPU)`);
  }),
);
