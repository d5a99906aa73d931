/**
 * The scheduler: round-robin over the ready processes with a quantum in cycles, and the context
 * switch. A switch saves the registers of the process on the CPU, loads the next one's and sets
 * satp to its page table; without ASIDs (--asid off) every TLB is flushed, with them the entries
 * stay, tagged. Each process's cycles are counted by state, and its TLB misses and instructions
 * by the counters' change while it was on the CPU.
 */
import type { Machine } from '../machine/machine.js';
import type { Process, ProcessRecord, ProcessState, StateCycles } from './proc.js';
import { eventsOf } from './events.js';

/** The default quantum: 1 ms at 1 GHz (Linux's CFS gives slices of a few ms). */
export const DEFAULT_QUANTUM = 1_000_000;

export interface SchedulerStats {
  quantum: number;
  /** Context switches (a process other than the last one put on the CPU). */
  switches: number;
  /** TLB flushes done by switches (0 with ASIDs). */
  switchFlushes: number;
  /** Processes preempted at the end of their quantum while another was ready. */
  preemptions: number;
}

const COUNTED: Record<ProcessState, keyof StateCycles | null> = {
  running: 'run', ready: 'ready', disk: 'disk', blocked: 'blocked', zombie: null,
};

export class Scheduler {
  /** The process whose registers are in the CPU (it may have blocked or ended since). */
  onCpu: Process | null = null;
  /** When the running process's quantum ends. */
  quantumEnd = Infinity;
  readonly stats: SchedulerStats;
  private readonly ready: Process[] = [];

  constructor(private readonly machine: Machine, readonly quantum: number,
    /** Charge the switch's own work (the contextSwitch cost). */
    private readonly chargeSwitch: () => void) {
    this.stats = { quantum, switches: 0, switchFlushes: 0, preemptions: 0 };
  }

  /** Move `p` to `state` at time `now`, counting the cycles it spent in the old one. */
  setState(p: Process, state: ProcessState, now: number): void {
    this.account(p, now);
    // Linux counts a task's last switch, at its end, as voluntary too.
    if (state === 'zombie' || (p.state === 'running' && (state === 'blocked' || state === 'disk'))) p.voluntarySwitches++;
    else if (p.state === 'running' && state === 'ready') p.involuntarySwitches++;
    p.state = state;
    if (state === 'ready') this.ready.push(p);
  }

  /** Count the cycles `p` has spent in its state up to `now`. */
  account(p: Process, now: number): void {
    const counted = COUNTED[p.state];
    if (counted) p.cycles[counted] += now - p.stateSince;
    p.stateSince = now;
  }

  /** The running process, if the CPU has one. */
  get running(): Process | null {
    return this.onCpu?.state === 'running' ? this.onCpu : null;
  }

  /** Whether a process other than the running one is waiting for the CPU. */
  get othersReady(): boolean {
    return this.ready.length > 0;
  }

  /**
   * Put the next ready process on the CPU (the running one, if any, goes to the back of the queue
   * first: preempted if `quantumOver`, else it yielded). Returns false if no process is ready.
   */
  switchNext(quantumOver: boolean): boolean {
    const cpu = this.machine.cpu;
    const current = this.running;
    if (current && this.ready.length > 0) {
      if (quantumOver) this.stats.preemptions++;
      this.setState(current, 'ready', cpu.cycles);
    }
    const next = current && this.ready.length === 0 ? current : this.ready.shift();
    if (!next) return false;
    if (next !== this.onCpu) this.contextSwitch(next);
    this.setState(next, 'running', cpu.cycles);
    this.quantumEnd = cpu.cycles + this.quantum;
    return true;
  }

  private contextSwitch(next: Process): void {
    const { cpu, mmu, config } = this.machine;
    const prev = this.onCpu;
    if (prev) {
      prev.regs.set(cpu.x);
      prev.pc = cpu.pc;
      prev.tlbMisses += this.tlbMisses() - prev.missesAtSwitchIn;
      prev.instructions += cpu.instret - prev.instretAtSwitchIn;
    }
    cpu.x.set(next.regs);
    cpu.pc = next.pc;
    const flush = next.root >= 0 && !config.asid;
    if (next.root >= 0) {
      mmu.setSatp(true, next.asid, next.root);
      if (flush) {
        mmu.flushAll();
        this.stats.switchFlushes++;
      }
    }
    const events = eventsOf(this.machine);
    if (events.wants('switch')) events.emit({ type: 'switch', cycle: cpu.cycles, from: prev?.pid ?? null, to: next.pid, flush });
    this.chargeSwitch();
    next.missesAtSwitchIn = this.tlbMisses();
    next.instretAtSwitchIn = cpu.instret;
    this.onCpu = next;
    this.stats.switches++;
  }

  /** At the end of a run: count the cycles of `live` processes so far, and the TLB misses of the one on the CPU. */
  settle(live: Iterable<Process>): void {
    for (const p of live) this.account(p, this.machine.cpu.cycles);
    const p = this.onCpu;
    if (!p) return;
    p.tlbMisses += this.tlbMisses() - p.missesAtSwitchIn;
    p.missesAtSwitchIn = this.tlbMisses();
    p.instructions += this.machine.cpu.instret - p.instretAtSwitchIn;
    p.instretAtSwitchIn = this.machine.cpu.instret;
  }

  /** The instructions `p` has retired so far, those of its current turn on the CPU included. */
  instructionsOf(p: ProcessRecord): number {
    const onCpu = this.onCpu;
    return p.instructions + (onCpu !== null && p === onCpu ? this.machine.cpu.instret - onCpu.instretAtSwitchIn : 0);
  }

  /** Forget `p` if it is waiting in the ready queue (it was killed). */
  remove(p: Process): void {
    const i = this.ready.indexOf(p);
    if (i >= 0) this.ready.splice(i, 1);
  }

  /** L1 TLB misses so far (the ones a flush on switching causes). */
  private tlbMisses(): number {
    const { itlb, dtlb } = this.machine;
    return itlb.misses + (dtlb === itlb ? 0 : dtlb.misses);
  }
}
