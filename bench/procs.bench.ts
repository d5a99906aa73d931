/**
 * Processes (npm run bench:procs), on a machine with 64 MiB of RAM, the default costs and TLBs:
 *  - fork+exit round trips of a process with 16 MiB of data present (bench/fork-exit.s), and
 *  - copy-on-write faults: a child writing one word in each of 4,096 pages its parent still holds
 *    (bench/cow-faults.s),
 * each as host figures (work per wall-clock second: what the emulator achieves; benny, one
 * process per case, bench/procs-case.ts; and per second of CPU time, which other processes on
 * the host's cores disturb less) and simulated ones (cycles of the modelled machine per
 * round trip or fault: deterministic). Both are differences between the measured run and a
 * baseline that does the same setup without the work, divided by the work's count.
 * Then the ASID effect (bench/asid-switch.s): two processes sweeping the same 16 pages take turns
 * on the CPU, with ASIDs and without (a TLB flush per context switch), for a few quanta.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { CASES, MACHINE, load, simulate, type CaseResult } from './procs-case.js';
import type { RunStats } from '../src/stats/report.js';

const n = (v: number, digits = 0): string => v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const misses = (s: RunStats): number => s.tlb.itlb.misses + (s.tlb.unified ? 0 : s.tlb.dtlb.misses);

// Host figures: one process per case. The load average tells whether something else was running.
const loadBefore = loadavg()[0];
const script = fileURLToPath(new URL('./procs-case.js', import.meta.url));
const host = Object.keys(CASES).map((name) => {
  const out = execFileSync(process.execPath, [script, name], { encoding: 'utf8' });
  process.stdout.write(out.split('\n').filter((l) => !l.startsWith('{')).join('\n'));
  return JSON.parse(out.trim().split('\n').pop()!) as CaseResult;
});

// Simulated figures: fresh machines, the measured run minus the baseline.
const simulated = Object.values(CASES).map((c) => {
  const elf = load(c.program);
  const base = simulate(elf, [c.program, ...c.baseline]).stats;
  const run = simulate(elf, [c.program, ...c.measured]).stats;
  const per = (f: (s: RunStats) => number): number => (f(run) - f(base)) / c.count;
  return {
    cycles: per((s) => s.cycles), instructions: per((s) => s.instructions), misses: per(misses),
    switches: per((s) => s.scheduler.switches), copies: per((s) => s.cowCopies),
  };
});

const loadAfter = loadavg()[0];

console.log(`\nprocesses (node ${process.version}, ${cpus().length} x ${cpus()[0]?.model.trim()}, load average ` +
  `${loadBefore.toFixed(2)} before and ${loadAfter.toFixed(2)} after the host runs; guest RAM ${MACHINE.ramBytes / 2 ** 20} MiB, ` +
  'default costs and TLBs):');
host.forEach((h, i) => {
  const s = simulated[i];
  const unit = h.unit.replace(/s$/, '');
  console.log(`  ${h.title}`);
  console.log(`    host: ${n(h.perSecond)} ${h.unit}/s (${n((1e6 * (h.measured.seconds - h.baseline.seconds)) / h.count, 1)} µs per ${unit}; ` +
    `run ${n(h.measured.seconds * 1000, 1)} ms ±${h.measured.rme.toFixed(1)}%, baseline ${n(h.baseline.seconds * 1000, 1)} ms ` +
    `±${h.baseline.rme.toFixed(1)}%); ${n(h.perCpuSecond)} per CPU second`);
  console.log(`    simulated: ${n(s.cycles, 1)} cycles per ${unit} (${n(s.instructions, 1)} instructions, ${n(s.misses, 1)} TLB misses, ` +
    `${n(s.switches, 1)} context switches, ${n(s.copies, 2)} pages copied)`);
});

// How a round trip's cost grows with the pages present (simulated: the page tables fork copies).
const forkExit = load('bench/fork-exit.s');
console.log('\nsimulated cycles per fork+exit round trip by data present (bench/fork-exit.s 20 MIB vs 00 MIB):');
for (const mib of [0, 1, 4, 16]) {
  const base = simulate(forkExit, ['bench/fork-exit.s', '00', String(mib)]).stats;
  const run = simulate(forkExit, ['bench/fork-exit.s', '20', String(mib)]).stats;
  console.log(`  ${String(mib).padStart(2)} MiB (${n(mib * 256)} pages): ${n((run.cycles - base.cycles) / 20, 1)} cycles`);
}

// The ASID effect: the same two processes with and without ASIDs, for a few quanta.
const asid = load('bench/asid-switch.s');
console.log('\nASIDs: bench/asid-switch.s (2 processes sweep the same 16 pages 500 times each; simulated, deterministic;' +
  '\nfigures as "without ASIDs (a flush per switch) / with ASIDs")');
console.log('\n| quantum (cycles) | context switches | TLB flushes by switches | TLB misses (I+D) | page walks | cycles | ASIDs save |');
console.log('|---|---|---|---|---|---|---|');
for (const quantum of [5_000, 20_000, 100_000, 1_000_000]) {
  const [off, on] = [false, true].map((a) => simulate(asid, ['bench/asid-switch.s'], { ...MACHINE, asid: a }, quantum).stats);
  const pair = (f: (s: RunStats) => number): string => `${n(f(off))} / ${n(f(on))}`;
  const switches = off.scheduler.switches === on.scheduler.switches ? n(on.scheduler.switches) : pair((s) => s.scheduler.switches);
  console.log(`| ${n(quantum)} | ${switches} | ${pair((s) => s.scheduler.switchFlushes)} | ${pair(misses)} | ${pair((s) => s.walks)} | ${pair((s) => s.cycles)} | ` +
    `${((100 * (off.cycles - on.cycles)) / off.cycles).toFixed(2)}% |`);
}
