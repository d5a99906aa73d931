/**
 * What the two engines are compared on, by the differential test (test/machine/engines.test.ts)
 * and the engines fuzz target: everything a run shows but the host's time. stdout and stderr,
 * the exit, every statistic of --stats-json, the --stats-every series, every event but the
 * accesses, the registers and pc at the end, and each TLB's entries and replacement order.
 */
import { DEFAULT_CONFIG, Machine, type Engine, type MachineConfig } from '../../src/machine/machine.js';
import { Kernel, type KernelOptions } from '../../src/kernel/kernel.js';
import { EVENT_TYPES, eventsOf } from '../../src/kernel/events.js';
import { collectStats } from '../../src/stats/report.js';
import { StatsSeries } from '../../src/stats/series.js';
import { JitCpu } from '../../src/machine/jit/jit-cpu.js';
import type { Tlb } from '../../src/machine/tlb.js';

/** The period of the --stats-every series a run writes (the lines must be the same on both engines). */
export const SERIES_EVERY = 25_000;

/** One run: the program, its argv, the machine, the kernel, the instruction limit. */
export interface Run {
  name: string;
  elf: Uint8Array;
  argv: string[];
  config?: Partial<MachineConfig>;
  kernel?: Omit<KernelOptions, 'stdout' | 'stderr'>;
  maxInstructions: number;
  /**
   * Listen to every event but accesses (default true). A listener of TLB misses turns off the
   * MMU's one-pass DTLB miss (Mmu.translateData), so a run nobody listens to takes other paths.
   */
  events?: boolean;
}

/** A TLB at the end of a run: each slot's entry, and the slots a full set gives up, in order (see replacementOrder). */
interface TlbState {
  vpn: number[];
  asid: number[];
  ppn: number[];
  flags: number[];
  order: number[];
}

/** What a run shows. */
export interface Observation {
  stdout: string;
  stderr: string;
  stats: unknown;
  hostFields: string[];
  trace: unknown[];
  series: string[];
  cpu: { pc: number; x: number[]; fetches: number; loads: number; stores: number };
  tlbs: Record<string, TlbState>;
}

/** Everything `run` shows on `engine`. */
export function observe(run: Run, engine: Engine): Observation {
  const machine = new Machine({ ...DEFAULT_CONFIG, ...run.config, engine });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const kernel = new Kernel(machine, { stdout: (b) => out.push(Buffer.from(b)), stderr: (b) => err.push(Buffer.from(b)), ...run.kernel });
  // Every event but accesses (an access listener makes the compiling engine run the interpreter);
  // a file's disk blocks come from its host inode number, which differs between two runs' directories.
  const trace: unknown[] = [];
  if (run.events !== false) {
    const events = eventsOf(machine);
    for (const type of EVENT_TYPES) if (type !== 'access') events.on(type, (e) => trace.push(e.type === 'disk' ? { ...e, block: null } : e));
  }
  kernel.exec(run.elf, run.argv, []);
  const series: string[] = [];
  const seriesLines = new StatsSeries(kernel, SERIES_EVERY, (line) => { series.push(line); });
  const result = kernel.run(run.maxInstructions);
  seriesLines.finish();
  const { host, ...stats } = collectStats(run.name, machine, kernel, result, 0);
  const cpu = machine.cpu;
  const tlbs: Record<string, TlbState> = { dtlb: tlbState(machine.dtlb) };
  if (machine.itlb !== machine.dtlb) tlbs.itlb = tlbState(machine.itlb);
  if (machine.l2tlb) tlbs.l2tlb = tlbState(machine.l2tlb);
  return {
    stdout: Buffer.concat(out).toString('base64'), stderr: Buffer.concat(err).toString(), stats, hostFields: Object.keys(host), trace, series,
    cpu: { pc: cpu.pc, x: [...cpu.x], fetches: cpu.fetches, loads: cpu.loads, stores: cpu.stores }, tlbs,
  };
}

/** `tlb`'s entries, then its replacement order (which changes the TLB: the run is over). */
function tlbState(tlb: Tlb): TlbState {
  const entries = { vpn: [...tlb.vpn], asid: [...tlb.asid], ppn: [...tlb.ppn], flags: [...tlb.flags] };
  return { ...entries, order: replacementOrder(tlb) };
}

/**
 * The replacement state of `tlb`, read the only way it shows: `ways` new entries inserted into
 * each set, and the slot each one took (after the empty slots, the victims in the order the
 * policy gives them up: LRU stamps, FIFO stamps, tree-PLRU bits, the random generator's state).
 */
function replacementOrder(tlb: Tlb): number[] {
  const order: number[] = [];
  for (let set = 0; set < tlb.sets; set++) {
    for (let k = 0; k < tlb.ways; k++) order.push(tlb.insert(0x80000 + (k + 1) * tlb.sets + set, 0, 0, 0, false, 0));
  }
  return order;
}

/** The compiling engine's thresholds a test or a fuzz case may set (JitCpu's static fields). */
export type Thresholds = Partial<Pick<typeof JitCpu, 'inlineAfter' | 'listTouchesAfter' | 'translateAfter'>>;

/** `f`'s result with the compiling engine's thresholds set to `knobs` while it runs (then as they were). */
export function withThresholds<T>(knobs: Thresholds, f: () => T): T {
  const saved = { inlineAfter: JitCpu.inlineAfter, listTouchesAfter: JitCpu.listTouchesAfter, translateAfter: JitCpu.translateAfter };
  Object.assign(JitCpu, knobs);
  try {
    return f();
  } finally {
    Object.assign(JitCpu, saved);
  }
}

/**
 * Where `b` first differs from `a` (objects key by key, arrays element by element, in order):
 * the path and both values (`names` label them), or null if they are equal.
 */
export function firstDifference(a: unknown, b: unknown, names: [string, string], path = ''): string | null {
  if (Object.is(a, b)) return null;
  if (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null && Array.isArray(a) === Array.isArray(b)) {
    if (Array.isArray(a) && Array.isArray(b)) {
      for (let i = 0; i < Math.min(a.length, b.length); i++) {
        const d = firstDifference(a[i], b[i], names, `${path}[${i}]`);
        if (d !== null) return d;
      }
      return a.length === b.length ? null : `${path}.length: ${names[0]} ${a.length}, ${names[1]} ${b.length}`;
    }
    const x = a as Record<string, unknown>, y = b as Record<string, unknown>;
    for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) {
      const d = firstDifference(x[key], y[key], names, path ? `${path}.${key}` : key);
      if (d !== null) return d;
    }
    return null;
  }
  if (typeof a === 'string' && typeof b === 'string') {
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    const at = (s: string): string => JSON.stringify(s.slice(Math.max(0, i - 20), i + 40));
    return `${path} (from character ${i}): ${names[0]} ${at(a)}, ${names[1]} ${at(b)}`;
  }
  return `${path}: ${names[0]} ${JSON.stringify(a)}, ${names[1]} ${JSON.stringify(b)}`;
}
