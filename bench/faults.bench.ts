/**
 * Fault-path throughput (npm run bench:faults), per CPU second (the process's user and system
 * time, which a loaded machine disturbs less than wall-clock time), as the median and range of
 * RUNS runs of each case (runs of the cases interleaved, after one warm-up run each):
 *
 * - demand-zero faults: the first touch of 1,024 fresh pages (programs/thrash.s 1024 1, plenty
 *   of RAM), on a kernel that runs it again and again;
 * - swap round trips (a page out to swap, a page back in) at 32, 4,096 and 65,536 frames: a
 *   working set twice the size of RAM written in turn (bench/sweep.s), where every write after
 *   the first pass faults. A run of one pass (which fills RAM) and a run of more passes are
 *   timed; the round trips per CPU second of a run are its extra swap-ins over its extra CPU
 *   time, so that the first pass, whose cost grows with RAM, is left out. Reclaim that does not
 *   slow down as RAM grows gives about the same rate at every size (docs/reclaim.md): the band
 *   is the fastest size's median over the slowest's;
 * - one pass over 64 MiB of .bss with the default 16 MiB of RAM (bench/sweep.s 16384): 12,309
 *   evictions.
 *
 * It also prints the load average before and after (on a loaded machine the per host second
 * figures are mostly the wait for a core) and the process's peak resident memory.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { assemble } from '../asm/assembler.js';
import { DEFAULT_CONFIG, Machine } from '../src/machine/machine.js';
import { Kernel } from '../src/kernel/kernel.js';

const RUNS = Number(process.env.VMLAB_BENCH_RUNS ?? 5);
const load = (path: string): Uint8Array => assemble([{ path, text: readFileSync(path, 'utf8') }]).elf;
const thrash = load('programs/thrash.s');
const sweep = load('bench/sweep.s');
const FRAME = 4096;

/** What a run counts (page faults and swap-ins) and the CPU and host seconds it took. */
interface Sample { faults: number; swapIns: number; cpu: number; host: number }

/** One machine and kernel of `frames` frames; the function runs a program on it and returns what it counted. */
function machine(frames: number): (elf: Uint8Array, args: string[]) => Sample {
  const m = new Machine({ ...DEFAULT_CONFIG, ramBytes: frames * FRAME });
  const kernel = new Kernel(m, { stdout: () => {}, stderr: () => {}, swapBytes: Math.max(2 * frames * FRAME, 64 * 1024 * 1024) });
  return (elf, args) => {
    const before = kernel.reclaimer.swap.swapIns;
    const cpuStart = process.cpuUsage(), hostStart = process.hrtime.bigint();
    const p = kernel.exec(elf, ['program', ...args], []);
    kernel.run();
    const cpu = process.cpuUsage(cpuStart), host = Number(process.hrtime.bigint() - hostStart) / 1e9;
    if (p.exitStatus !== 0) throw new Error(`${args.join(' ')} in ${frames} frames: ${p.report ?? p.exitStatus}`);
    return { faults: p.faults.minor + p.faults.major, swapIns: kernel.reclaimer.swap.swapIns - before, cpu: (cpu.user + cpu.system) / 1e6, host };
  };
}

/** The sizes of the round-trip cases: frames, and passes over a working set of twice as many pages. */
const SIZES: [frames: number, passes: number][] = [[32, 1000], [4096, 6], [65536, 2]];

interface Case { name: string; run: () => Sample }
const plenty = machine(4096);
const cases: Case[] = [{ name: 'demand-zero', run: () => plenty(thrash, ['1024', '1']) }];
for (const [frames, passes] of SIZES) {
  const run = machine(frames);
  const pages = String(2 * frames);
  cases.push({ name: `${frames} one`, run: () => run(sweep, [pages, '1']) });
  cases.push({ name: `${frames} many`, run: () => run(sweep, [pages, String(passes)]) });
}
const sixteenMiB = machine(4096);
cases.push({ name: '64 MiB in 16 MiB', run: () => sixteenMiB(sweep, ['16384', '1']) });

const loadBefore = loadavg();
for (const c of cases) c.run(); // warm-up
const samples: Sample[][] = cases.map(() => []);
for (let r = 0; r < RUNS; r++) {
  cases.forEach((c, i) => samples[i].push(c.run()));
  process.stderr.write(`run ${r + 1} of ${RUNS}\n`);
}

/** The median of `values`. */
function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** "median (min–max)" of `values`, each shown by `show`. */
function spread(values: number[], show: (v: number) => string): string {
  return `${show(median(values))} (${show(Math.min(...values))}–${show(Math.max(...values))})`;
}
const perSecond = (v: number): string => `${Math.round(v).toLocaleString('en-US')}/s`;

console.log(`\nper CPU second (per host second), median (range) of ${RUNS} runs:`);
const dz = samples[0];
console.log(`  demand-zero faults: ${spread(dz.map((s) => s.faults / s.cpu), perSecond)} ` +
  `(${spread(dz.map((s) => s.faults / s.host), perSecond)}; ${dz[0].faults.toLocaleString('en-US')} faults a run)`);
const medians = { cpu: [] as number[], host: [] as number[] };
SIZES.forEach(([frames], k) => {
  const one = samples[1 + 2 * k], many = samples[2 + 2 * k];
  const trips = many.map((s, r) => s.swapIns - one[r].swapIns);
  const cpu = trips.map((t, r) => t / (many[r].cpu - one[r].cpu)), host = trips.map((t, r) => t / (many[r].host - one[r].host));
  medians.cpu.push(median(cpu));
  medians.host.push(median(host));
  console.log(`  swap round trips at ${frames.toLocaleString('en-US')} frames: ${spread(cpu, perSecond)} ` +
    `(${spread(host, perSecond)}; ${trips[0].toLocaleString('en-US')} a run beyond the first pass)`);
});
const band = (xs: number[]): string => `${(Math.max(...xs) / Math.min(...xs)).toFixed(2)}x`;
console.log(`  swap round trips, the band (the fastest size's median over the slowest's): ${band(medians.cpu)} (${band(medians.host)})`);
const last = samples[samples.length - 1];
console.log(`  one pass over 64 MiB in 16 MiB: ${spread(last.map((s) => s.cpu), (v) => `${v.toFixed(3)} s`)} of CPU ` +
  `(${spread(last.map((s) => s.host), (v) => `${v.toFixed(3)} s`)} host)`);
const averages = (l: number[]): string => l.map((x) => x.toFixed(2)).join(' ');
console.log(`load average before ${averages(loadBefore)}, after ${averages(loadavg())}; ` +
  `peak resident memory of this process ${Math.round(process.resourceUsage().maxRSS / 1024).toLocaleString('en-US')} MiB`);
