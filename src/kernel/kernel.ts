/**
 * The kernel: loads the first program (pid 1), runs the processes under its scheduler, and is
 * entered only through trap(cause, value) for system calls, page faults and the other exceptions.
 *
 * Where things are: the page-fault handler in fault.ts (its contract with plug-ins in
 * faultapi.ts, the kernel primitives it calls in faultops.ts); frames, page tables, the page
 * cache and reclaim in vm/memory.ts; every cycle the kernel charges and the disk waits in
 * clock.ts; exec's new image, fork, exit and kill in lifecycle.ts; the system calls in
 * syscalls.ts and the modules it dispatches to. They all see the kernel through services.ts.
 */
import { PauseClock } from './pause.js';
import type { Machine } from '../machine/machine.js';
import { ACCESS_FETCH, ACCESS_LOAD, ACCESS_STORE } from '../machine/mmu.js';
import { STOP_TRAP } from '../machine/cpu.js';
import { KernelClock } from './clock.js';
import { Memory } from './vm/memory.js';
import { hex32 } from './vm/vma.js';
import { copyinPrefix, copyout, copyoutPrefix, type UserMemory } from './vm/uaccess.js';
import { ExecError, STACK_SIZE, USER_TOP, execArgs, loadExecutable, type ExecArgs, type ExecImage } from './exec.js';
import { EPIPE } from './errno.js';
import type { Process, ProcessRecord } from './proc.js';
import { DetachedInodes, type GuestFs, type Inode } from './fs.js';
import { TERMINAL, standardFiles } from './openfile.js';
import { makePolicy } from './policies/policy.js';
import { PluginError } from './policies/plugin.js';
import { SYSCALL_BLOCKED } from './services.js';
import { SIGKILL } from './signals.js';
import { DEFAULT_QUANTUM, Scheduler } from './sched.js';
import { checkInvariants } from './check.js';
import { ProcessTable } from './ptable.js';
import { admit, exit, fork, kill, releaseAddressSpace, releaseShared, startImage } from './lifecycle.js';
import { Entropy } from './entropy.js';
import { defaultLimits } from './rlimits.js';
import { runCpuTimers } from './cputimers.js';
import { FutexTable } from './futextable.js';
import { LoadAverage } from './loadavg.js';
import { handlePageFault } from './fault.js';
import { KernelFaultPrimitives } from './faultops.js';
import { resumeAfterDisk, resumeSyscall, takeSignal, trap, type TrapKernel } from './trap.js';
import type { AccessKind, FaultHandler, FaultResult } from './faultapi.js';
import { eventsOf, faultEvent, type VmEvent } from './events.js';
import type { Probe } from '../machine/probe.js';
import {
  DEFAULT_MAX_PROCS, DEFAULT_SWAP, STATUS_DEADLOCK, STATUS_PLUGIN_FAILED, type KernelOptions, type RunResult,
} from './options.js';

export { ExecError };
export { KERNEL_BASE } from './vm/memory.js';
export {
  KERNEL_POLICIES, MAX_PROCS_LIMIT, STATUS_DEADLOCK, STATUS_PLUGIN_FAILED, type KernelOptions, type KernelPolicy,
  type RunResult,
} from './options.js';

/** How a run ended whose pid 1 has ended: its status and report. */
function initEnd(init: Process): RunResult {
  return { status: init.exitStatus, end: init.signal ? 'signal' : 'exit', report: init.report };
}

/** The page faults in a row with no instruction retired after which a plug-in fault handler is taken to make no progress. */
const MAX_FAULTS_WITHOUT_PROGRESS = 1000;

/** How many instructions the CPU runs between checks of the instruction limit. */
const SLICE = 1 << 20;

const ACCESS_KINDS: Record<number, AccessKind> = { [ACCESS_FETCH]: 'fetch', [ACCESS_LOAD]: 'load', [ACCESS_STORE]: 'store' };

export class Kernel implements TrapKernel {
  readonly clock: KernelClock;
  readonly memory: Memory;
  readonly fs: GuestFs | null;
  readonly detachedInodes = new DetachedInodes();
  readonly stackLimit: number;
  readonly physical: boolean;
  readonly sched: Scheduler;
  readonly table: ProcessTable;
  readonly checking: boolean;
  /**
   * The clock at which run() stops (end 'cycles'), 2^52; tests lower it to reach that end quickly.
   * Cycles are a double, exact up to 2^53, and a slice of SLICE instructions at the dearest costs
   * (MAX_COST) adds at most about 2^42, as does the longest disk access, so a run checked at each
   * slice never counts past 2^53.
   */
  static maxCycles = 2 ** 52;
  /** The run's event stream (events.ts): the kernel's events go into the machine's probe. */
  readonly events: Probe<VmEvent>;
  /** The run's random bytes (getrandom), from the machine's seed. */
  readonly entropy: Entropy;
  readonly load: LoadAverage;
  readonly futexes = new FutexTable();
  private readonly faults: KernelFaultPrimitives;
  private readonly faultHandler: FaultHandler;
  /** A plug-in that failed while exec built pid 1's stack: run() reports it at once. */
  private startFailure: string | null = null;
  /** When run() with a pause time reads the host's clock. */
  private readonly pauseClock = new PauseClock();

  constructor(readonly machine: Machine, private readonly io: KernelOptions) {
    this.physical = !machine.config.mmu;
    this.events = eventsOf(machine);
    this.fs = io.fs ?? null;
    this.stackLimit = io.stackLimit ?? STACK_SIZE;
    this.clock = new KernelClock(machine);
    this.entropy = new Entropy(machine.config.seed);
    // Linux's LOAD_FREQ: 5 seconds and a tick.
    this.load = new LoadAverage(machine.cpu.cyclesPerTick * (5 * machine.config.timerHz + 1));
    this.table = new ProcessTable(io.maxProcs ?? DEFAULT_MAX_PROCS, machine.config.asid);
    const policy = typeof io.policy === 'object' ? io.policy : makePolicy(io.policy ?? 'clock', [], machine.config.seed);
    this.memory = new Memory(machine, this.clock, this.fs, policy, io.swapBytes ?? DEFAULT_SWAP, this.table);
    this.sched = new Scheduler(machine, io.quantum ?? DEFAULT_QUANTUM, () => this.clock.charge('contextSwitch'));
    this.checking = io.check ?? false;
    this.faultHandler = io.faultHandler?.handle ?? handlePageFault;
    this.faults = new KernelFaultPrimitives(machine, this.memory, this.clock,
      (p, reason) => this.kill(p, SIGKILL, reason), io.faultHandler ? `'${io.faultHandler.name}'` : 'built-in');
  }

  // The kernel's memory and clock, by their parts (statistics and tests read them).
  get frames(): Memory['frames'] { return this.memory.frames; }
  get pageTables(): Memory['pageTables'] { return this.memory.pageTables; }
  get pageCache(): Memory['pageCache'] { return this.memory.pageCache; }
  get reclaimer(): Memory['reclaimer'] { return this.memory.reclaimer; }
  /** Cycles the CPU spent idle: every live process was waiting (for the disk, or asleep in clock_nanosleep). */
  get idleCycles(): number { return this.clock.idleCycles; }

  /** The first process (pid 1), after exec. */
  get process(): Process {
    if (!this.table.init) throw new Error('no process');
    return this.table.init;
  }

  get procs(): ReadonlyMap<number, Process> {
    return this.table.byPid;
  }

  /** Every process there has been, in order of creation (pid 1 first); a reaped one as its record. */
  get history(): readonly (Process | ProcessRecord)[] {
    return this.table.history;
  }

  /**
   * Start the executable `bytes` with `argv` and `envp` as pid 1: validate it, create its areas
   * (no page is mapped until touched), build the initial stack, point the CPU at the entry.
   * `file` is the executable's inode when it is a file of the guest's tree (its pages then come
   * from the page cache shared with other uses of the file). Throws ExecError with a one-line
   * reason if the file cannot be run. A plug-in failing meanwhile (building the stack faults
   * pages in) is reported by run(), as a failure during the run is.
   */
  exec(bytes: Uint8Array, argv: readonly string[], envp: readonly string[], file?: Inode): Process {
    const image = loadExecutable(bytes, file ?? this.detachedInodes.file(argv[0] ?? 'program', bytes));
    const p = this.table.create(argv[0] ?? 'program');
    if (!p) throw new ExecError('the process table is full');
    p.execed = true;
    p.limits = defaultLimits(this.stackLimit, this.io.maxProcs ?? DEFAULT_MAX_PROCS);
    p.files = standardFiles(this.io.stdio ?? [TERMINAL, TERMINAL, TERMINAL]);
    this.table.init = p;
    admit(this, p);
    this.sched.onCpu = p;
    try {
      this.startImage(p, image, execArgs(argv, envp));
    } catch (e) {
      if (!(e instanceof PluginError)) throw e;
      this.startFailure = e.message;
    }
    // It joined the table first, so that a kill while its stack was built (a fault handler's)
    // ends it as any kill does; its time as ready starts once its image is built.
    if (!p.exited) p.stateSince = this.clock.now();
    return p;
  }

  /**
   * Run the processes until every one has ended (or `maxInstructions` have run, or all are
   * blocked for good). The result is pid 1's. With `pauseAt` (a time of performance.now()) the
   * run also pauses, as at the instruction limit (end 'limit', to be resumed by another run()),
   * at the first return to the scheduler's loop from then on: a time slice, a trap, a wake-up.
   */
  run(maxInstructions = Infinity, pauseAt = Infinity): RunResult {
    this.pauseClock.reset();
    const cpu = this.machine.cpu;
    const scheduled = this.machine.events; // the disk's completions (not the event stream, this.events)
    const policy = this.memory.reclaimer.policy;
    const init = this.process;
    if (this.startFailure) return this.finish({ status: STATUS_PLUGIN_FAILED, end: 'plugin', report: this.startFailure }, false);
    try {
      while (this.table.live > 0) {
        // A boundary of the loop: the clock of a time series (Probe.tickEvery), if one asked.
        if (cpu.cycles >= this.events.nextTick) this.events.emit({ type: 'tick', cycle: cpu.cycles, due: this.events.passTick(cpu.cycles) });
        if (cpu.cycles >= this.load.nextSample) this.load.sample(cpu.cycles, this.activeProcesses());
        const left = maxInstructions - cpu.instret;
        if (left <= 0 || (pauseAt !== Infinity && this.pauseClock.due(pauseAt))) return this.finish({ status: 1, end: 'limit', report: null });
        if (cpu.cycles >= Kernel.maxCycles) return this.finish({ status: 1, end: 'cycles', report: null });
        let p = this.sched.running;
        if (!p || cpu.cycles >= this.sched.quantumEnd || p.yielded) {
          const quantumOver = p !== null && !p.yielded;
          if (p) p.yielded = false;
          if (!this.sched.switchNext(quantumOver)) {
            // Blocked for good: a deadlock, unless pid 1 has ended (orphans left waiting, which
            // a shell would not wait for either: the run is pid 1's).
            if (scheduled.pending === 0) return this.finish(init.exited ? initEnd(init) : this.deadlock());
            // (A sleep may end past the last cycle vmlab counts exactly: the run stops there.)
            this.clock.idleUntil(Math.min(scheduled.next, Kernel.maxCycles));
            // The periods idled through are sampled with none running, before the wake-up.
            if (cpu.cycles >= this.load.nextSample) this.load.sample(cpu.cycles, this.activeProcesses());
            scheduled.runUntil(cpu.cycles);
            continue;
          }
          p = this.sched.running!;
        }
        if (p.pendingWork > 0 || p.trapEnteredAt >= 0) resumeAfterDisk(this, p);
        const timerDue = runCpuTimers(this, p);
        if (p.exited) continue;
        if (p.blockedSyscall) {
          resumeSyscall(this, p);
        } else if (p.signals.pending !== 0n && takeSignal(this, p)) {
          // A signal taken before going back to user mode: its handler's frame, or its end.
        } else {
          cpu.deadline = Math.min(this.sched.quantumEnd, timerDue);
          const retired = cpu.instret;
          const stop = cpu.run(Math.min(SLICE, left));
          if (cpu.instret > retired) p.progress++; // past the instructions that faulted: their frames may go
          if (stop === STOP_TRAP) trap(this, cpu.trapCause, cpu.trapValue);
        }
        // A call that went to sleep with a signal to take is interrupted for it, as Linux's sleeps check.
        if (p.blockedSyscall && p.signals.pending !== 0n) takeSignal(this, p);
        scheduled.runUntil(cpu.cycles);
        policy.raiseHeldFailure?.();
      }
    } catch (e) {
      if (!(e instanceof PluginError)) throw e;
      // Stopped inside a plug-in (a fault handler may hold frames it has not mapped yet): the
      // books are mid-change, so the checker does not look at them.
      return this.finish({ status: STATUS_PLUGIN_FAILED, end: 'plugin', report: e.message }, false);
    }
    return this.finish(initEnd(init));
  }

  private finish(result: RunResult, check = this.checking): RunResult {
    this.sched.settle(this.procs.values());
    // A plug-in stopped in the middle of a fault may hold references: its failure is the report.
    if (check && result.end !== 'plugin') this.check();
    return result;
  }

  /** Check the invariants (check.ts); throws InvariantError. */
  check(): void {
    checkInvariants(this);
  }

  /** Processes running, ready or asleep on the disk: what the load average counts (Linux's running and uninterruptible). */
  private activeProcesses(): number {
    let n = 0;
    for (const p of this.procs.values()) if (p.state === 'running' || p.state === 'ready' || p.state === 'disk') n++;
    return n;
  }

  /** The end of a run in which every live process is blocked for good, pid 1 among them. */
  private deadlock(): RunResult {
    const blocked = [...this.procs.values()].filter((p) => !p.exited).map((p) => `pid ${p.pid} in ${p.blockedIn}`);
    return { status: STATUS_DEADLOCK, end: 'deadlock', report: `deadlock: every process is blocked (${blocked.join(', ')})` };
  }

  block(p: Process, channel: object, name: string): number {
    p.channel = channel;
    p.blockedIn = name;
    // One that has waited for the disk in this entry sleeps on the disk first, then runs the call again.
    if (!this.clock.waited) this.sched.setState(p, 'blocked', this.clock.now());
    return SYSCALL_BLOCKED;
  }

  wakeup(channel: object): void {
    for (const p of this.procs.values()) {
      // A process may wait on several channels at once (a set of them: ppoll, pselect6).
      if (p.state === 'blocked' && (p.channel === channel || (p.channel instanceof Set && p.channel.has(channel)))) {
        p.channel = null;
        this.sched.setState(p, 'ready', this.clock.now());
      }
    }
  }

  /**
   * A page fault of `p` on `va` for `access`, from the CPU or from the kernel's own access to user
   * memory: the handler (built-in or plug-in) runs; when it answers retry, the page's frame stays
   * resident until the access restarts.
   */
  pageFault(p: Process, va: number, access: number): FaultResult {
    const faults = this.faults;
    if (this.io.faultHandler) this.checkFaultProgress(p, va, access);
    const fault = faults.fault(p, va >>> 0, ACCESS_KINDS[access], this.machine.cpu.pc >>> 0);
    const page = fault.page;
    const started = this.clock.cycles;
    faults.counted.length = 0;
    const result = this.faultHandler(fault, faults);
    if (this.events.wants('fault')) this.events.emit(faultEvent(fault, started, this.clock.cycles - started, faults.counted, result));
    if (result.kind === 'killed' && !p.exited) throw new PluginError(`fault handler ${faults.handlerName}: answered killed, but the process lives`);
    if (result.kind === 'retry' && !p.exited && page < USER_TOP) faults.markFresh(page);
    return result;
  }

  /**
   * A plug-in handler that maps a page and unmaps another the next instruction needs (or lets
   * one go as it maps another) can fault for ever with no instruction retired: after
   * MAX_FAULTS_WITHOUT_PROGRESS such faults in a row, the run stops with the handler's failure.
   * One instruction takes a few faults at most; a kernel copy's count as progress.
   */
  private checkFaultProgress(p: Process, va: number, access: number): void {
    if (p.progress !== p.progressAtLastFault) {
      p.progressAtLastFault = p.progress;
      p.faultsWithoutProgress = 0;
    }
    if (++p.faultsWithoutProgress <= MAX_FAULTS_WITHOUT_PROGRESS) return;
    const where = `the last for a ${ACCESS_KINDS[access]} at ${hex32(va)}, pc ${hex32(this.machine.cpu.pc)}`;
    throw new PluginError(`fault handler ${this.faults.handlerName}: ${MAX_FAULTS_WITHOUT_PROGRESS.toLocaleString('en-US')} page faults in a row with no instruction retired (${where}): it makes no progress`);
  }

  kill(p: Process, signal: number, why: string): void { kill(this, p, signal, why); }
  exit(p: Process, status: number): void { exit(this, p, status); }
  fork(p: Process): number { return fork(this, p); }
  startImage(p: Process, image: ExecImage, args: ExecArgs): void {
    startImage(this, p, image, args);
  }
  releaseAddressSpace(p: Process): void { releaseAddressSpace(this, p); }
  releaseShared(inode: Inode): void { releaseShared(this, inode); }

  private userMemory(p: Process): UserMemory {
    return {
      ctx: this.memory.pageTables, root: this.physical ? -1 : p.root,
      faultIn: (va, access) => this.faultIn(p, va, access),
    };
  }

  faultIn(p: Process, va: number, access: number): boolean {
    const mapped = this.pageFault(p, va, access).kind === 'retry' && !p.exited;
    // The kernel uses the page at once, with no allocation in between, and never faults it again
    // for this use: that is progress, and the page need not stay resident after it (a long copy,
    // or a pipe write that sleeps between chunks, would otherwise pin every page).
    p.progress++;
    return mapped;
  }

  copyinPrefix(p: Process, va: number, length: number): Uint8Array {
    return copyinPrefix(this.userMemory(p), va, length);
  }

  copyout(p: Process, va: number, data: Uint8Array): boolean {
    return copyout(this.userMemory(p), va, data);
  }

  copyoutPrefix(p: Process, va: number, data: Uint8Array): number {
    return copyoutPrefix(this.userMemory(p), va, data);
  }

  output(fd: number, bytes: Uint8Array): number {
    const written = (fd === 2 ? this.io.stderr : this.io.stdout)(bytes);
    return written === false ? -EPIPE : typeof written === 'number' && written < 0 ? written : 0;
  }

  readStdin(max: number): Uint8Array | number {
    return this.io.stdin ? this.io.stdin(max) : new Uint8Array(0);
  }
}
