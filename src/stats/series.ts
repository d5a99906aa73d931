/**
 * The run as a time series (`vmlab run --stats-every CYCLES FILE`), vmlab's vmstat: one JSON
 * object a line, written at the first boundary of the kernel's run loop at or after each
 * multiple of CYCLES (the `tick` events of the run's event stream), and a last one when the run ends. Counts of events
 * (faults, TLB misses, evictions, swap and disk traffic, instructions, cycles) are under `delta`:
 * what happened since the previous line, so that the lines of a run add up to its --stats-json
 * totals. Everything else is the state at the time of the line (resident pages, free frames...).
 * The format and its JSON Schema: docs/vmstat.md, schemas/stats-every.schema.json.
 */
import type { Kernel } from '../kernel/kernel.js';
import { Process, type ProcessRecord } from '../kernel/proc.js';
import { USER_TOP } from '../kernel/exec.js';
import { countMapped } from '../kernel/vm/pagetable.js';

/** The `schema` field of every line: the format's name and version. */
export const SERIES_SCHEMA = 'vmlab-stats-every/1';

export interface SeriesFaults { minor: number; major: number; protection: number; invalid: number; cow: number }

/** L1 TLB misses: split TLBs (itlb, dtlb) or one unified TLB (tlb); the second level's when there is one. */
export interface SeriesTlbMisses { itlb?: number; dtlb?: number; tlb?: number; l2tlb?: number }

export interface SeriesProcess {
  pid: number;
  name: string;
  /** Its scheduler state at the line; 'exited' once it has ended (it is then not listed again). */
  state: 'running' | 'ready' | 'disk' | 'blocked' | 'exited';
  /** Pages its page table maps now (0 once it has exited, and with --mmu off). */
  residentPages: number;
  delta: { instructions: number; faults: number };
}

export interface SeriesLine {
  schema: typeof SERIES_SCHEMA;
  /** 1 for the first line, then 2, 3... */
  seq: number;
  /** The multiple of CYCLES this line is for (null on the final line). */
  due: number | null;
  /** The last line, written when the run ended. */
  final: boolean;
  /** The clock and the instruction count when the line was written (totals since the start). */
  cycles: number;
  instructions: number;
  delta: {
    cycles: number;
    instructions: number;
    faults: SeriesFaults;
    tlbMisses: SeriesTlbMisses;
    walks: number;
    evictions: number;
    swapOuts: number;
    swapIns: number;
    diskReads: number;
    diskWrites: number;
    idleCycles: number;
  };
  /** User pages mapped by some page table, frames free, page-cache pages, swap slots in use. */
  residentPages: number;
  freeFrames: number;
  pageCachePages: number;
  swapUsed: number;
  /** Every process alive at the previous line or created since, in order of creation. */
  processes: SeriesProcess[];
}

type Delta = SeriesLine['delta'];

/** The running totals a line's deltas are taken from: its counts, the TLBs' misses one by one. */
interface Totals extends Omit<Delta, 'tlbMisses'> {
  itlb: number;
  dtlb: number;
  l2tlb: number;
}

const FAULT_KINDS = ['minor', 'major', 'protection', 'invalid', 'cow'] as const;

export class StatsSeries {
  private seq = 0;
  private last: Totals;
  /** Per pid, the instructions and faults at its previous line. */
  private readonly lastOf = new Map<number, { instructions: number; faults: number }>();
  /** How many of the kernel's history (its processes in order of creation) the lines have taken in. */
  private taken = 0;
  /** Where in the history the processes a line lists are: those whose end no line has shown yet. */
  private readonly listed = new Set<number>();
  /** Where the processes whose faults a line sums are: those not yet kept as records (their counts may still change). */
  private readonly counting = new Set<number>();
  /** The faults of the processes kept as records: final, summed once. */
  private readonly settled = { minor: 0, major: 0, protection: 0, invalid: 0, cow: 0 };

  /**
   * A series of `kernel`'s run, a line every `every` cycles given to `write` (JSON and a newline).
   * Attach it before the run; call finish() when the run has ended. The first line's deltas count
   * from the machine's start (exec's work included), so the lines add up to the run's totals.
   */
  constructor(private readonly kernel: Kernel, every: number, private readonly write: (line: string) => void) {
    this.last = {
      cycles: 0, instructions: 0, faults: { minor: 0, major: 0, protection: 0, invalid: 0, cow: 0 }, itlb: 0, dtlb: 0, l2tlb: 0, walks: 0,
      evictions: 0, swapOuts: 0, swapIns: 0, diskReads: 0, diskWrites: 0, idleCycles: 0,
    };
    kernel.events.tickEvery(every);
    kernel.events.on('tick', (e) => this.line(e.due));
  }

  /** Write the final line (the run has ended or was stopped). */
  finish(): void {
    this.line(null);
  }

  private line(due: number | null): void {
    const now = this.totals();
    const line: SeriesLine = {
      schema: SERIES_SCHEMA,
      seq: ++this.seq,
      due,
      final: due === null,
      cycles: now.cycles,
      instructions: now.instructions,
      delta: this.delta(now, this.last),
      ...this.levels(),
      processes: this.processes(),
    };
    this.last = now;
    this.write(`${JSON.stringify(line)}\n`);
  }

  private totals(): Totals {
    const { cpu, itlb, dtlb, l2tlb, mmu, disk } = this.kernel.machine;
    // Each line looks only at the processes that may still change: a run of many processes costs their number, not it times the lines.
    const history = this.kernel.history;
    for (; this.taken < history.length; this.taken++) (this.listed.add(this.taken), this.counting.add(this.taken));
    const faults = { ...this.settled };
    for (const i of this.counting) {
      const p = history[i];
      const final = !(p instanceof Process);
      for (const kind of FAULT_KINDS) {
        faults[kind] += p.faults[kind];
        if (final) this.settled[kind] += p.faults[kind];
      }
      if (final) this.counting.delete(i);
    }
    const reclaimer = this.kernel.reclaimer;
    return {
      cycles: cpu.cycles, instructions: cpu.instret, faults,
      itlb: itlb.misses, dtlb: dtlb.misses, l2tlb: l2tlb?.misses ?? 0, walks: mmu.walks,
      evictions: reclaimer.stats.evictions, swapOuts: reclaimer.stats.swapOuts, swapIns: reclaimer.swap.swapIns,
      diskReads: disk.stats.reads, diskWrites: disk.stats.writes, idleCycles: this.kernel.idleCycles,
    };
  }

  private delta(now: Totals, before: Totals): Delta {
    const { itlb, dtlb, l2tlb } = this.kernel.machine;
    const tlbMisses: SeriesTlbMisses = itlb === dtlb ? { tlb: now.dtlb - before.dtlb } : { itlb: now.itlb - before.itlb, dtlb: now.dtlb - before.dtlb };
    if (l2tlb) tlbMisses.l2tlb = now.l2tlb - before.l2tlb;
    const faults = { ...now.faults };
    for (const kind of FAULT_KINDS) faults[kind] -= before.faults[kind];
    return {
      cycles: now.cycles - before.cycles, instructions: now.instructions - before.instructions, faults, tlbMisses,
      walks: now.walks - before.walks, evictions: now.evictions - before.evictions, swapOuts: now.swapOuts - before.swapOuts,
      swapIns: now.swapIns - before.swapIns, diskReads: now.diskReads - before.diskReads, diskWrites: now.diskWrites - before.diskWrites,
      idleCycles: now.idleCycles - before.idleCycles,
    };
  }

  private levels(): Pick<SeriesLine, 'residentPages' | 'freeFrames' | 'pageCachePages' | 'swapUsed'> {
    const k = this.kernel;
    return { residentPages: k.reclaimer.rmap.size, freeFrames: k.frames.free, pageCachePages: k.pageCache.size, swapUsed: k.reclaimer.swap.used };
  }

  private processes(): SeriesProcess[] {
    const list: SeriesProcess[] = [];
    const history = this.kernel.history;
    for (const i of this.listed) {
      const p = history[i];
      const instructions = this.kernel.sched.instructionsOf(p);
      const faults = p.faults.minor + p.faults.major + p.faults.protection + p.faults.invalid;
      const before = this.lastOf.get(p.pid) ?? { instructions: 0, faults: 0 };
      this.lastOf.set(p.pid, { instructions, faults });
      if (p.exited) {
        this.listed.delete(i);
        this.lastOf.delete(p.pid);
      }
      list.push({
        pid: p.pid, name: p.name, state: p.exited || p.state === 'zombie' ? 'exited' : p.state, residentPages: this.residentPages(p),
        delta: { instructions: instructions - before.instructions, faults: faults - before.faults },
      });
    }
    return list;
  }

  private residentPages(p: ProcessRecord): number {
    return p.root >= 0 && !p.exited ? countMapped(this.kernel.machine.ram, p.root, USER_TOP) : 0;
  }
}
