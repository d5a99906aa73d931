/**
 * Run statistics: collected from the machine and the kernel after a run, as a JSON-ready object
 * (the --stats-json format, version STATS_SCHEMA, described by schemas/stats.schema.json: later
 * versions add keys but never rename these) and as a readable report (--stats, on stderr).
 */
import type { Machine } from '../machine/machine.js';
import type { Tlb, TlbSpec } from '../machine/tlb.js';
import type { Kernel, RunResult } from '../kernel/kernel.js';
import { hex32, protString } from '../kernel/vm/vma.js';
import { ServiceTimes, type ProcessRecord, type StateCycles } from '../kernel/proc.js';
import type { SchedulerStats } from '../kernel/sched.js';

export interface TlbStats {
  spec: string;
  accesses: number;
  hits: number;
  misses: number;
  evictions: number;
  flushes: number;
}

/** The `schema` field of --stats-json: the format's name and version (schemas/stats.schema.json). */
export const STATS_SCHEMA = 'vmlab-stats/1';

export interface RunStats {
  schema: typeof STATS_SCHEMA;
  program: string;
  /** How the run ended: the kernel's RunResult, or 'interrupted' when Ctrl-C (status 130) or SIGTERM (143) stopped vmlab. */
  exit: { status: number; end: RunResult['end'] | 'interrupted'; report: string | null };
  instructions: number;
  cycles: number;
  cpi: number;
  mmu: boolean;
  tlb: { unified: boolean; itlb: TlbStats; dtlb: TlbStats; l2tlb?: TlbStats };
  walks: number;
  walkCycles: number;
  /** Page faults of every process, and the copy-on-write faults that copied a page. */
  faults: { minor: number; major: number; protection: number; invalid: number; cow: number };
  cowCopies: number;
  /** Pages a policy plug-in had mapped around faults (not counted as faults). */
  faultAround: number;
  /** Cycles to service a page fault (trap entry to exit, waiting for the disk included). */
  faultService: { count: number; min: number; mean: number; max: number };
  /** Pages read from disk into the page cache, written back to disk, and cached at the end. */
  pageCache: { reads: number; writeBacks: number; pages: number };
  /** The disk: its model, transfers, busy and queue cycles; and the CPU's idle cycles (every process waiting for the disk or asleep). */
  disk: { preset: string; reads: number; writes: number; busyCycles: number; queueCycles: number };
  idleCycles: number;
  /** Reclaim: the policy, pages evicted, pages written to swap and read back, dirty file pages evicted. */
  reclaim: { policy: string; evictions: number; swapOuts: number; swapIns: number; cleanDrops: number; dirtyFileEvictions: number;
    swapUsed: number };
  vmas: { name: string; start: string; end: string; perm: string;
    faults: { minor: number; major: number; protection: number; evictions: number } }[];
  frames: { total: number; peakUsed: number };
  /**
   * User megapages (a fault handler's mapMegapage): mapped, split into 4 KiB pages (by fork,
   * munmap, mprotect, reclaim...) and freed whole (exit, exec); the rest are still mapped at the end.
   */
  megapages: { mapped: number; split: number; freed: number };
  /** The scheduler: quantum, context switches, the TLB flushes they made, preemptions; ASIDs on or off. */
  scheduler: SchedulerStats & { asid: boolean };
  /** Every process of the run, in order of creation (pid 1 first). */
  processes: ProcessStats[];
  host: { seconds: number; mips: number };
}

export interface ProcessStats {
  pid: number;
  ppid: number;
  name: string;
  /** How it ended (status null: still running when the run stopped). */
  exit: { status: number | null; signal: string | null; report: string | null };
  faults: { minor: number; major: number; protection: number; invalid: number; cow: number };
  cowCopies: number;
  /** L1 TLB misses while it was on the CPU. */
  tlbMisses: number;
  /** Instructions it retired (the processes' add up to the run's). */
  instructions: number;
  /** Cycles running, ready (waiting for the CPU), asleep on the disk, blocked in a system call. */
  cycles: StateCycles;
}

function processStats(p: ProcessRecord): ProcessStats {
  return {
    pid: p.pid, ppid: p.ppid, name: p.name,
    exit: { status: p.exited ? p.exitStatus : null, signal: p.signal, report: p.report },
    faults: { ...p.faults }, cowCopies: p.cowCopies, tlbMisses: p.tlbMisses, instructions: p.instructions, cycles: { ...p.cycles },
  };
}

/** The sum of the processes' faults. */
function totalFaults(all: readonly ProcessRecord[]): RunStats['faults'] {
  const total = { minor: 0, major: 0, protection: 0, invalid: 0, cow: 0 };
  for (const p of all) for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += p.faults[key];
  return total;
}

const specText = (s: TlbSpec): string => `${s.entries}:${s.ways === s.entries ? 'fa' : s.ways}:${s.policy}`;

function tlbStats(tlb: Tlb, spec: TlbSpec, accesses: number): TlbStats {
  return { spec: specText(spec), accesses, hits: accesses - tlb.misses, misses: tlb.misses, evictions: tlb.evictions, flushes: tlb.flushes };
}

/**
 * The megapages of the run. The kernel counts those mapped and split; each still mapped has its
 * page table set aside, so the ones freed whole are the rest.
 */
function megapageStats(kernel: Kernel): RunStats['megapages'] {
  const { mapped, split } = kernel.memory.megapages;
  return { mapped, split, freed: mapped - split - kernel.pageTables.deposits.size };
}

/** Gather the statistics of a finished run. */
export function collectStats(program: string, machine: Machine, kernel: Kernel, result: RunResult, hostSeconds: number): RunStats {
  const cpu = machine.cpu;
  const config = machine.config;
  const on = config.mmu;
  const fetches = on ? cpu.fetches : 0;
  const data = on ? cpu.loads + cpu.stores : 0;
  const unified = machine.itlb === machine.dtlb;
  const p = kernel.process;
  const all = kernel.history;
  const service = new ServiceTimes();
  for (const q of all) service.merge(q.faultService);
  const l2Accesses = machine.itlb.misses + (unified ? 0 : machine.dtlb.misses);
  return {
    schema: STATS_SCHEMA,
    program,
    exit: { status: result.status, end: result.end, report: result.report },
    instructions: cpu.instret,
    cycles: cpu.cycles,
    cpi: cpu.instret ? cpu.cycles / cpu.instret : 0,
    mmu: on,
    tlb: {
      unified,
      itlb: tlbStats(machine.itlb, unified ? config.dtlb : config.itlb, unified ? fetches + data : fetches),
      dtlb: tlbStats(machine.dtlb, config.dtlb, unified ? fetches + data : data),
      ...(machine.l2tlb && config.l2tlb ? { l2tlb: tlbStats(machine.l2tlb, config.l2tlb, l2Accesses) } : {}),
    },
    walks: machine.mmu.walks,
    walkCycles: machine.mmu.walkCycles,
    faults: totalFaults(all),
    cowCopies: all.reduce((n, q) => n + q.cowCopies, 0),
    faultAround: all.reduce((n, q) => n + q.faultAround, 0),
    faultService: service.summary(),
    pageCache: { ...kernel.pageCache.stats, pages: kernel.pageCache.size },
    disk: { preset: machine.disk.preset, ...machine.disk.stats },
    idleCycles: kernel.idleCycles,
    reclaim: {
      policy: kernel.reclaimer.policy.name, ...kernel.reclaimer.stats, swapIns: kernel.reclaimer.swap.swapIns,
      swapUsed: kernel.reclaimer.swap.used,
    },
    vmas: p.vmas.filter((v) => v.end > v.start).map((v) => ({
      name: v.name, start: hex32(v.start), end: hex32(v.end), perm: protString(v.prot), faults: { ...v.faults },
    })),
    frames: { total: machine.ram.frames, peakUsed: kernel.frames.peakUsed },
    megapages: megapageStats(kernel),
    scheduler: { ...kernel.sched.stats, asid: config.asid },
    processes: all.map(processStats),
    host: { seconds: hostSeconds, mips: hostSeconds > 0 ? cpu.instret / hostSeconds / 1e6 : 0 },
  };
}

const n = (v: number): string => v.toLocaleString('en-US');
/** `n` and `word`, the word in the plural unless n is 1 ("1 instruction", "2 frames"). */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

const pct = (part: number, whole: number): string => (whole ? `${((100 * part) / whole).toFixed(2)}%` : '-');

/**
 * How the run ended, as the one line vmlab prints on stderr after `vmlab: PROGRAM: ` (the
 * report's first line with --stats, alone without it); null for a run that just exited, which
 * only the report mentions.
 */
export function endingLine(s: Pick<RunStats, 'exit' | 'instructions'>): string | null {
  switch (s.exit.end) {
    case 'signal': case 'deadlock': return s.exit.report;
    case 'plugin': return `stopped: ${s.exit.report}`;
    case 'limit': return `stopped after ${plural(s.instructions, 'instruction')} (--max-instructions)`;
    case 'cycles': return `stopped after ${plural(s.instructions, 'instruction')} at 2^52 cycles, the most vmlab counts exactly`;
    case 'interrupted': return `interrupted (${s.exit.status === 143 ? 'SIGTERM' : 'SIGINT'}) after ${plural(s.instructions, 'instruction')}`;
    default: return null;
  }
}

/** The readable report. */
export function formatStats(s: RunStats): string {
  const lines = [`vmlab: ${s.program}: ${endingLine(s) ?? `exited with status ${s.exit.status}`}`];
  const row = (label: string, text: string): void => { lines.push(`  ${label.padEnd(21)} ${text}`); };
  row('instructions', n(s.instructions));
  row('cycles', `${n(s.cycles)} (CPI ${s.instructions ? s.cpi.toFixed(2) : '-'}), ${n(s.idleCycles)} idle (no process ready)`);
  if (!s.mmu) {
    row('translation', 'off (--mmu off: physical addressing, no TLB, no faults)');
  } else {
    const tlbRow = (label: string, t: TlbStats): void => row(`${label} ${t.spec}`,
      `${n(t.accesses)} accesses, ${n(t.hits)} hits, ${n(t.misses)} misses (${pct(t.misses, t.accesses)}), ` +
      `${n(t.evictions)} evictions, ${n(t.flushes)} flushes`);
    if (s.tlb.unified) tlbRow('TLB', s.tlb.itlb);
    else {
      tlbRow('ITLB', s.tlb.itlb);
      tlbRow('DTLB', s.tlb.dtlb);
    }
    if (s.tlb.l2tlb) tlbRow('L2 TLB', s.tlb.l2tlb);
    row('page walks', `${n(s.walks)} (${n(s.walkCycles)} cycles)`);
    row('page faults', `${n(s.faults.minor)} minor, ${n(s.faults.major)} major, ${n(s.faults.protection)} protection` +
      (s.faults.invalid ? `, ${n(s.faults.invalid)} outside every area` : '') +
      (s.faults.cow ? ` (${n(s.faults.cow)} copy-on-write, ${n(s.cowCopies)} copied)` : '') +
      (s.faultAround ? `; ${n(s.faultAround)} pages mapped around faults` : ''));
    if (s.faultService.count) {
      row('fault service', `${n(s.faultService.min)} min, ${n(Math.round(s.faultService.mean))} mean, ${n(s.faultService.max)} max cycles`);
    }
    for (const v of s.vmas) {
      row(`  ${v.name}`, `${v.start}-${v.end} ${v.perm}  faults: ${v.faults.minor} minor, ${v.faults.major} major, ` +
        `${v.faults.protection} protection` + (v.faults.evictions ? `; ${v.faults.evictions} evicted` : ''));
    }
    row('page cache', `${n(s.pageCache.reads)} pages read from disk, ${n(s.pageCache.writeBacks)} written back, ` +
      `${n(s.pageCache.pages)} cached at the end`);
    row(`disk ${s.disk.preset}`, `${n(s.disk.reads)} reads, ${n(s.disk.writes)} writes, busy ${n(s.disk.busyCycles)} cycles, ` +
      `${n(s.disk.queueCycles)} cycles of queueing`);
    row(`reclaim ${s.reclaim.policy}`, `${n(s.reclaim.evictions)} evictions, ${n(s.reclaim.swapOuts)} swapped out, ` +
      `${n(s.reclaim.swapIns)} swapped in, ${n(s.reclaim.cleanDrops)} clean dropped, ${n(s.reclaim.dirtyFileEvictions)} ` +
      'dirty file pages written back');
    row('frames', `${n(s.frames.peakUsed)} of ${n(s.frames.total)} used at most`);
    const mega = s.megapages;
    if (mega.mapped) row('megapages', `${n(mega.mapped)} mapped, ${n(mega.split)} split into 4 KiB pages, ${n(mega.freed)} freed whole`);
  }
  if (s.processes.length > 1) {
    const k = s.scheduler;
    row('scheduler', `quantum ${n(k.quantum)} cycles, ${n(k.switches)} context switches, ` +
      (k.asid ? 'ASIDs on (no flushes)' : `${n(k.switchFlushes)} TLB flushes by switches`) + `, ${n(k.preemptions)} preemptions`);
    for (const q of s.processes) {
      const ended = q.exit.status === null ? 'running' : q.exit.signal ? q.exit.signal : `exit ${q.exit.status}`;
      row(`  pid ${q.pid} (ppid ${q.ppid})`, `${q.name}: ${ended}; faults ${n(q.faults.minor)} minor, ${n(q.faults.major)} major` +
        (q.faults.protection ? `, ${n(q.faults.protection)} protection` : '') +
        (q.faults.invalid ? `, ${n(q.faults.invalid)} outside every area` : '') +
        (q.faults.cow ? ` (${n(q.faults.cow)} copy-on-write, ${n(q.cowCopies)} copied)` : '') +
        `; ${n(q.tlbMisses)} TLB misses; cycles ${n(q.cycles.run)} run, ${n(q.cycles.ready)} ready, ` +
        `${n(q.cycles.disk)} disk, ${n(q.cycles.blocked)} blocked`);
    }
  }
  row('host', `${s.host.seconds.toFixed(3)} s, ${s.host.mips.toFixed(1)} MIPS`);
  return lines.join('\n') + '\n';
}

/** The JSON form: addresses are already "0x…" strings. */
export function statsJson(s: RunStats): string {
  return JSON.stringify(s, null, 2) + '\n';
}
