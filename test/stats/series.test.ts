/**
 * The time series (src/stats/series.ts, `vmlab run --stats-every`): when its lines are written,
 * that their deltas add up to the run's --stats-json totals, that asking for it changes nothing
 * of the run, and that the same run gives the same lines.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { assemble } from '../../asm/assembler.js';
import { DEFAULT_CONFIG, Machine, type MachineConfig } from '../../src/machine/machine.js';
import { Kernel, type KernelOptions } from '../../src/kernel/kernel.js';
import { collectStats, type RunStats } from '../../src/stats/report.js';
import { COST_PRESETS } from '../../src/machine/costs.js';
import { SERIES_SCHEMA, StatsSeries, type SeriesLine } from '../../src/stats/series.js';

interface Setup {
  program: string;
  args?: string[];
  config?: Partial<MachineConfig>;
  kernel?: Partial<KernelOptions>;
}

const elfOf = (path: string): Uint8Array => assemble([{ path, text: readFileSync(path, 'utf8') }]).elf;

/** Run `s` with a series every `every` cycles (none if null): its lines and the run's statistics (host left out). */
function run(s: Setup, every: number | null, attach?: (kernel: Kernel) => void): { lines: SeriesLine[]; text: string; stats: Omit<RunStats, 'host'> } {
  const machine = new Machine({ ...DEFAULT_CONFIG, ...s.config });
  const kernel = new Kernel(machine, { stdout: () => {}, stderr: () => {}, check: true, ...s.kernel });
  kernel.exec(elfOf(s.program), [s.program, ...(s.args ?? [])], []);
  let text = '';
  const series = every === null ? null : new StatsSeries(kernel, every, (line) => { text += line; });
  attach?.(kernel);
  const result = kernel.run(50_000_000);
  series?.finish();
  const { host, ...stats } = collectStats(s.program, machine, kernel, result, 0);
  return { lines: text.split('\n').filter((l) => l).map((l) => JSON.parse(l) as SeriesLine), text, stats };
}

const FORK = { program: 'programs/fork-cow.s', args: ['100'] };
const THRASH = { program: 'programs/thrash.s', args: ['32'], config: { ramBytes: 140 * 1024 }, kernel: { policy: 'fifo' as const } };
const TWO_LEVEL = { program: 'programs/bss-touch.s', args: ['64'], config: { unifiedTlb: true, l2tlb: { entries: 256, ways: 4, policy: 'lru' as const } } };

const sum = (lines: SeriesLine[], f: (l: SeriesLine) => number): number => lines.reduce((n, l) => n + f(l), 0);

describe('the time series', () => {
  it('hello.s (flat costs) every 50,000 cycles: one line at 100,000 for both multiples the disk wait passed, then the final line', () => {
    // exec maps the stack (a minor fault); the first fetch faults (major) and waits 100,000 cycles for
    // its page: the CPU idles, and the first boundary is the end of that wait, at cycle 100,000
    // (flat costs charge nothing for the kernel). Then 9 instructions of 1 cycle each.
    const { lines } = run({ program: 'programs/hello.s', config: { costs: COST_PRESETS.flat } }, 50_000);
    expect(lines).toEqual([{
      schema: SERIES_SCHEMA, seq: 1, due: 100_000, final: false, cycles: 100_000, instructions: 0,
      delta: {
        cycles: 100_000, instructions: 0, faults: { minor: 1, major: 1, protection: 0, invalid: 0, cow: 0 }, tlbMisses: { itlb: 1, dtlb: 0 },
        walks: 1, evictions: 0, swapOuts: 0, swapIns: 0, diskReads: 1, diskWrites: 0, idleCycles: 100_000,
      },
      residentPages: 2, freeFrames: 4091, pageCachePages: 1, swapUsed: 0,
      processes: [{ pid: 1, name: 'programs/hello.s', state: 'ready', residentPages: 2, delta: { instructions: 0, faults: 2 } }],
    }, {
      schema: SERIES_SCHEMA, seq: 2, due: null, final: true, cycles: 100_009, instructions: 9,
      delta: {
        cycles: 9, instructions: 9, faults: { minor: 0, major: 0, protection: 0, invalid: 0, cow: 0 }, tlbMisses: { itlb: 1, dtlb: 0 },
        walks: 1, evictions: 0, swapOuts: 0, swapIns: 0, diskReads: 0, diskWrites: 0, idleCycles: 0,
      },
      residentPages: 0, freeFrames: 4095, pageCachePages: 1, swapUsed: 0,
      processes: [{ pid: 1, name: 'programs/hello.s', state: 'exited', residentPages: 0, delta: { instructions: 9, faults: 0 } }],
    }]);
  });

  it('writes a line at the first boundary at or after each multiple, one for several multiples passed at once', () => {
    // Every boundary the run loop passes (observing every cycle sees each one where the clock has moved).
    const boundaries: number[] = [];
    run(THRASH, null, (kernel) => kernel.observeEvery(1, () => boundaries.push(kernel.machine.cpu.cycles)));
    expect(boundaries.length).toBeGreaterThan(100);
    for (const every of [10_000, 333_333, 2_000_000]) {
      const { lines } = run(THRASH, every);
      const expected: [number, number][] = [];
      for (const b of boundaries) {
        const due = b - (b % every);
        if (due > 0 && (expected.length === 0 || due > expected[expected.length - 1][0])) expected.push([due, b]);
      }
      const periodic = lines.filter((l) => !l.final);
      expect(periodic.map((l) => [l.due, l.cycles])).toEqual(expected);
      expect(lines.map((l) => l.seq)).toEqual(lines.map((_, i) => i + 1));
      expect(lines.filter((l) => l.final).length).toBe(1);
      expect(lines[lines.length - 1].final).toBe(true);
    }
  });

  it.each([['fork-cow.s 100', FORK], ['thrash.s 32 in 140k, fifo', THRASH], ['bss-touch.s, unified TLB and L2', TWO_LEVEL]] as const)(
    '%s: the deltas add up to the --stats-json totals', (_, setup) => {
      const { lines, stats } = run(setup, 40_000);
      expect(lines.length).toBeGreaterThan(2);
      const last = lines[lines.length - 1];
      expect([last.cycles, last.instructions]).toEqual([stats.cycles, stats.instructions]);
      expect(sum(lines, (l) => l.delta.cycles)).toBe(stats.cycles);
      expect(sum(lines, (l) => l.delta.instructions)).toBe(stats.instructions);
      for (const kind of ['minor', 'major', 'protection', 'invalid', 'cow'] as const) {
        expect(sum(lines, (l) => l.delta.faults[kind])).toBe(stats.faults[kind]);
      }
      if (stats.tlb.unified) {
        expect(sum(lines, (l) => l.delta.tlbMisses.tlb!)).toBe(stats.tlb.itlb.misses);
        expect(lines.every((l) => l.delta.tlbMisses.itlb === undefined)).toBe(true);
      } else {
        expect(sum(lines, (l) => l.delta.tlbMisses.itlb!)).toBe(stats.tlb.itlb.misses);
        expect(sum(lines, (l) => l.delta.tlbMisses.dtlb!)).toBe(stats.tlb.dtlb.misses);
      }
      expect(sum(lines, (l) => l.delta.tlbMisses.l2tlb ?? 0)).toBe(stats.tlb.l2tlb?.misses ?? 0);
      expect(sum(lines, (l) => l.delta.walks)).toBe(stats.walks);
      expect(sum(lines, (l) => l.delta.evictions)).toBe(stats.reclaim.evictions);
      expect(sum(lines, (l) => l.delta.swapOuts)).toBe(stats.reclaim.swapOuts);
      expect(sum(lines, (l) => l.delta.swapIns)).toBe(stats.reclaim.swapIns);
      expect(sum(lines, (l) => l.delta.diskReads)).toBe(stats.disk.reads);
      expect(sum(lines, (l) => l.delta.diskWrites)).toBe(stats.disk.writes);
      expect(sum(lines, (l) => l.delta.idleCycles)).toBe(stats.idleCycles);
      for (const p of stats.processes) {
        const mine = lines.flatMap((l) => l.processes.filter((q) => q.pid === p.pid));
        expect(mine.reduce((n, q) => n + q.delta.instructions, 0)).toBe(p.instructions);
        expect(mine.reduce((n, q) => n + q.delta.faults, 0)).toBe(p.faults.minor + p.faults.major + p.faults.protection + p.faults.invalid);
        expect(mine.filter((q) => q.state === 'exited').length).toBe(1); // listed until a line shows its end, then no more
        expect(mine[mine.length - 1].state).toBe('exited');
      }
      expect(stats.processes.reduce((n, p) => n + p.instructions, 0)).toBe(stats.instructions);
      expect(last.residentPages).toBe(0); // every process has ended: no user page is mapped
    });

  it('thrash.s: resident pages stay within RAM while evictions and swap traffic go on', () => {
    const { lines, stats } = run(THRASH, 100_000);
    expect(stats.reclaim.swapOuts).toBeGreaterThan(0);
    const busy = lines.filter((l) => l.delta.evictions > 0);
    expect(busy.length).toBeGreaterThan(lines.length / 2);
    for (const l of lines.slice(0, -1)) {
      expect(l.residentPages).toBeLessThanOrEqual(stats.frames.total);
      expect(l.processes[0].residentPages).toBe(l.residentPages); // one process: its pages are all the mapped ones
      expect(l.freeFrames).toBeLessThanOrEqual(stats.frames.total - l.residentPages);
    }
    expect(Math.max(...lines.map((l) => l.swapUsed))).toBeGreaterThan(0);
  });

  it('changes nothing of the run, and the same run gives the same lines', () => {
    for (const setup of [FORK, THRASH]) {
      const a = run(setup, 7_777);
      expect(a.stats).toEqual(run(setup, null).stats);
      expect(run(setup, 7_777).text).toBe(a.text);
    }
  });
});
