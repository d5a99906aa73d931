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
import type { Machine } from '../machine/machine.js';
import {
  ACCESS_FETCH, ACCESS_LOAD, ACCESS_NAMES, ACCESS_STORE, CAUSE_FETCH_ACCESS, CAUSE_FETCH_PAGE_FAULT, CAUSE_LOAD_ACCESS,
  CAUSE_LOAD_PAGE_FAULT, CAUSE_STORE_ACCESS, CAUSE_STORE_PAGE_FAULT,
} from '../machine/mmu.js';
import {
  CAUSE_BREAKPOINT, CAUSE_ECALL_U, CAUSE_ILLEGAL_INSTRUCTION, CAUSE_MISALIGNED_FETCH, CAUSE_MISALIGNED_LOAD,
  CAUSE_MISALIGNED_STORE, STOP_TRAP,
} from '../machine/cpu.js';
import { KernelClock } from './clock.js';
import { Memory } from './vm/memory.js';
import { PAGE_SIZE } from './vm/pagetable.js';
import { findVma, hex32 } from './vm/vma.js';
import { copyinPrefix, copyout, type UserMemory } from './vm/uaccess.js';
import { ExecError, STACK_SIZE, loadExecutable } from './exec.js';
import type { Process } from './proc.js';
import type { GuestFs, Inode } from './fs.js';
import { makePolicy, type PolicyName, type ReplacementPolicy } from './policies/policy.js';
import { PluginError } from './policies/plugin.js';
import { syscall } from './syscalls.js';
import { SYSCALL_BLOCKED, SYSCALL_NEW_IMAGE, type KernelServices } from './services.js';
import { SIGBUS, SIGILL, SIGKILL, SIGSEGV, SIGTRAP } from './signals.js';
import { DEFAULT_QUANTUM, Scheduler } from './sched.js';
import { checkInvariants } from './check.js';
import { MAX_ASID, ProcessTable } from './ptable.js';
import { admit, exit, fork, kill, releaseAddressSpace, releaseShared, startImage } from './lifecycle.js';
import { handlePageFault } from './fault.js';
import { KernelFaultPrimitives, areaInfo } from './faultops.js';
import type { AccessKind, FaultHandler, FaultResult } from './faultapi.js';

export { ExecError };
export { KERNEL_BASE } from './vm/memory.js';

/** vmlab's exit status when a plug-in failed (EX_SOFTWARE). */
export const STATUS_PLUGIN_FAILED = 70;
/** How many instructions the CPU runs between checks of the instruction limit. */
const SLICE = 1 << 20;

/** What the kernel is given: the guest's standard streams, its file tree, its limits. */
export interface KernelOptions {
  stdout: (bytes: Uint8Array) => void;
  stderr: (bytes: Uint8Array) => void;
  /** Up to `max` bytes of input for descriptor 0 (empty: end of file). Default: none. */
  stdin?: (max: number) => Uint8Array;
  /** The file tree the guest sees (--root). Default: none (file calls give ENOENT). */
  fs?: GuestFs;
  /** How far the stack may grow (--stack-limit). Default: 8 MiB. */
  stackLimit?: number;
  /** The page-replacement policy when RAM is full (--policy): a built-in's name or a plug-in. Default: clock. */
  policy?: KernelPolicy | ReplacementPolicy;
  /** The page-fault handler (--fault-handler) and its name for messages. Default: the built-in one (fault.ts). */
  faultHandler?: { handle: FaultHandler; name: string };
  /** The size of the swap area in bytes (--swap). Default: 64 MiB. */
  swapBytes?: number;
  /** The scheduler's quantum in cycles (--quantum). Default: DEFAULT_QUANTUM. */
  quantum?: number;
  /** How many processes may exist at once, zombies included (--max-procs). Default: 64. */
  maxProcs?: number;
  /** Check the kernel's invariants after every kernel entry and at the end (--check). Default: off. */
  check?: boolean;
}

/** The most processes --max-procs allows: each needs an ASID of its own with --asid. */
export const MAX_PROCS_LIMIT = MAX_ASID;
const DEFAULT_MAX_PROCS = 64;

/** The replacement policies the kernel can use (opt needs the future: replay only). */
export type KernelPolicy = Exclude<PolicyName, 'opt'>;
export const KERNEL_POLICIES: readonly KernelPolicy[] = ['fifo', 'clock', 'lru', 'random'];
const DEFAULT_SWAP = 64 * 1024 * 1024;

const ACCESS_KINDS: Record<number, AccessKind> = { [ACCESS_FETCH]: 'fetch', [ACCESS_LOAD]: 'load', [ACCESS_STORE]: 'store' };

export interface RunResult {
  /** The exit status a shell would show (128 + signal for a killed process). */
  status: number;
  /**
   * How pid 1's run ended: 'exit', 'signal', 'limit' (stopped at the instruction limit), 'plugin'
   * (a plug-in failed) or 'deadlock' (every live process blocked with nothing pending).
   */
  end: 'exit' | 'signal' | 'limit' | 'plugin' | 'deadlock';
  /** For a signal, a failed plug-in or a deadlock: the one-line report. */
  report: string | null;
}

/** The status vmlab gives a run that ended in a deadlock. */
export const STATUS_DEADLOCK = 1;

export class Kernel implements KernelServices {
  readonly clock: KernelClock;
  readonly memory: Memory;
  readonly fs: GuestFs | null;
  readonly stackLimit: number;
  readonly physical: boolean;
  readonly sched: Scheduler;
  readonly table: ProcessTable;
  private readonly checking: boolean;
  private readonly faults: KernelFaultPrimitives;
  private readonly faultHandler: FaultHandler;

  constructor(readonly machine: Machine, private readonly io: KernelOptions) {
    this.physical = !machine.config.mmu;
    this.fs = io.fs ?? null;
    this.stackLimit = io.stackLimit ?? STACK_SIZE;
    this.clock = new KernelClock(machine);
    this.table = new ProcessTable(io.maxProcs ?? DEFAULT_MAX_PROCS, machine.config.asid);
    const policy = typeof io.policy === 'object' ? io.policy : makePolicy(io.policy ?? 'clock', [], machine.config.seed);
    this.memory = new Memory(machine, this.clock, this.fs, policy, io.policy === 'lru', io.swapBytes ?? DEFAULT_SWAP, this.table);
    this.sched = new Scheduler(machine, io.quantum ?? DEFAULT_QUANTUM, () => this.clock.charge('contextSwitch'));
    this.checking = io.check ?? false;
    this.faultHandler = io.faultHandler?.handle ?? handlePageFault;
    this.faults = new KernelFaultPrimitives(machine, this.memory, this.clock, this.stackLimit,
      (p, reason) => this.kill(p, SIGKILL, reason), io.faultHandler ? `'${io.faultHandler.name}'` : 'built-in');
  }

  // The kernel's memory and clock, by their parts (statistics and tests read them).
  get frames(): Memory['frames'] { return this.memory.frames; }
  get pageTables(): Memory['pageTables'] { return this.memory.pageTables; }
  get pageCache(): Memory['pageCache'] { return this.memory.pageCache; }
  get reclaimer(): Memory['reclaimer'] { return this.memory.reclaimer; }
  /** Cycles the CPU spent idle: every live process was waiting (for the disk, mostly). */
  get idleCycles(): number { return this.clock.idleCycles; }

  /** The first process (pid 1), after exec. */
  get process(): Process {
    if (!this.table.init) throw new Error('no process');
    return this.table.init;
  }

  get procs(): ReadonlyMap<number, Process> {
    return this.table.byPid;
  }

  /** Every process there has been, in order of creation (pid 1 first). */
  get history(): readonly Process[] {
    return this.table.history;
  }

  /**
   * Start the executable `bytes` with `argv` and `envp` as pid 1: validate it, create its areas
   * (no page is mapped until touched), build the initial stack, point the CPU at the entry.
   * `file` is the executable's inode when it is a file of the guest's tree (its pages then come
   * from the page cache shared with other uses of the file). Throws ExecError with a one-line
   * reason if the file cannot be run.
   */
  exec(bytes: Uint8Array, argv: readonly string[], envp: readonly string[], file?: Inode): Process {
    const image = loadExecutable(bytes, argv[0], file);
    const p = this.table.create(argv[0] ?? 'program');
    if (!p) throw new ExecError('the process table is full');
    this.startImage(p, image, argv, envp);
    this.table.init = p;
    admit(this, p);
    this.sched.onCpu = p;
    return p;
  }

  /**
   * Run the processes until every one has ended (or `maxInstructions` have run, or all are
   * blocked for good). The result is pid 1's.
   */
  run(maxInstructions = Infinity): RunResult {
    const cpu = this.machine.cpu;
    const events = this.machine.events;
    const init = this.process;
    try {
      while (this.table.live > 0) {
        const left = maxInstructions - cpu.instret;
        if (left <= 0) return this.finish({ status: 1, end: 'limit', report: null });
        let p = this.sched.running;
        if (!p || cpu.cycles >= this.sched.quantumEnd || p.yielded) {
          const quantumOver = p !== null && !p.yielded;
          if (p) p.yielded = false;
          if (!this.sched.switchNext(quantumOver)) {
            if (events.pending === 0) return this.finish(this.deadlock());
            this.clock.idleUntil(events.next);
            events.runUntil(cpu.cycles);
            continue;
          }
          p = this.sched.running!;
        }
        if (p.pendingWork > 0 || p.trapEnteredAt >= 0) this.resumeAfterDisk(p);
        if (p.blockedSyscall) {
          this.resumeSyscall(p);
        } else {
          cpu.deadline = this.sched.quantumEnd;
          const retired = cpu.instret;
          const stop = cpu.run(Math.min(SLICE, left));
          if (cpu.instret > retired) p.progress++; // past the instructions that faulted: their frames may go
          if (stop === STOP_TRAP) this.trap(cpu.trapCause, cpu.trapValue);
        }
        events.runUntil(cpu.cycles);
      }
    } catch (e) {
      if (!(e instanceof PluginError)) throw e;
      return this.finish({ status: STATUS_PLUGIN_FAILED, end: 'plugin', report: e.message });
    }
    return this.finish({ status: init.exitStatus, end: init.signal ? 'signal' : 'exit', report: init.report });
  }

  private finish(result: RunResult): RunResult {
    this.sched.settle(this.procs.values());
    if (this.checking) this.check();
    return result;
  }

  /** Check the invariants (check.ts); throws InvariantError. */
  check(): void {
    checkInvariants(this);
  }

  private deadlock(): RunResult {
    const blocked = [...this.procs.values()].filter((p) => !p.exited).map((p) => `pid ${p.pid} in ${p.blockedIn}`);
    return { status: STATUS_DEADLOCK, end: 'deadlock', report: `deadlock: every process is blocked (${blocked.join(', ')})` };
  }

  /** The trap entry: handle exception `cause` with value `value` (address or instruction) at cpu.pc. */
  trap(cause: number, value: number): void {
    const p = this.sched.running!;
    const entered = this.clock.cycles;
    this.clock.charge('trapEntry');
    switch (cause) {
      case CAUSE_ECALL_U: this.systemCall(p); break;
      case CAUSE_FETCH_PAGE_FAULT: this.userPageFault(p, value, ACCESS_FETCH); break;
      case CAUSE_LOAD_PAGE_FAULT: this.userPageFault(p, value, ACCESS_LOAD); break;
      case CAUSE_STORE_PAGE_FAULT: this.userPageFault(p, value, ACCESS_STORE); break;
      case CAUSE_FETCH_ACCESS: case CAUSE_LOAD_ACCESS: case CAUSE_STORE_ACCESS:
        this.kill(p, SIGSEGV, `access fault at ${hex32(value)}: no RAM there`);
        break;
      case CAUSE_ILLEGAL_INSTRUCTION: this.kill(p, SIGILL, `illegal instruction ${hex32(value)}`); break;
      case CAUSE_BREAKPOINT: this.kill(p, SIGTRAP, 'breakpoint (ebreak)'); break;
      case CAUSE_MISALIGNED_FETCH: this.kill(p, SIGBUS, `misaligned instruction fetch at ${hex32(value)}`); break;
      case CAUSE_MISALIGNED_LOAD: this.kill(p, SIGBUS, `misaligned load from ${hex32(value)}`); break;
      case CAUSE_MISALIGNED_STORE: this.kill(p, SIGBUS, `misaligned store to ${hex32(value)}`); break;
      default: this.kill(p, SIGILL, `unexpected exception ${cause}`);
    }
    this.leaveKernel(p, entered,
      cause === CAUSE_FETCH_PAGE_FAULT || cause === CAUSE_LOAD_PAGE_FAULT || cause === CAUSE_STORE_PAGE_FAULT);
  }

  /** The system call at p's ecall: its result in a0 and pc past it, unless it blocked or replaced the image. */
  private systemCall(p: Process): void {
    const cpu = this.machine.cpu;
    const a0 = syscall(this, p, cpu.x[17], cpu.x.subarray(10, 16));
    p.blockedSyscall = a0 === SYSCALL_BLOCKED && !p.exited;
    if (p.exited || a0 === SYSCALL_BLOCKED || a0 === SYSCALL_NEW_IMAGE) return;
    p.written = 0;
    cpu.x[10] = a0;
    cpu.pc = (cpu.pc + 4) | 0;
  }

  /** A process woken from a blocking system call runs it again in the kernel (it may block again). */
  private resumeSyscall(p: Process): void {
    const entered = this.clock.cycles;
    this.systemCall(p);
    this.leaveKernel(p, entered, false);
  }

  /**
   * The end of a kernel entry for `p` that began at `entered`. If it waited for the disk, the
   * clock goes back to when the first wait began and `p` sleeps until its reads completed; the
   * kernel work it did after the first wait is charged when it runs again (resumeAfterDisk).
   * Otherwise the trap returns (unless `p` blocked or ended) and a page fault's service time is
   * recorded.
   */
  private leaveKernel(p: Process, entered: number, pageFault: boolean): void {
    const returns = !p.exited && !p.blockedSyscall;
    const end = this.clock.cycles + (returns ? this.machine.config.costs.trapExit : 0);
    const waits = this.clock.endWaits();
    if (waits) {
      if (!p.exited) {
        p.pendingWork = end - waits.wake;
        if (pageFault) p.trapEnteredAt = entered;
        this.sched.setState(p, 'disk', waits.start);
        this.machine.events.schedule(waits.wake, () => {
          if (!p.exited) this.sched.setState(p, 'ready', waits.wake);
        });
      }
    } else if (returns) {
      this.clock.charge('trapExit');
      if (pageFault) p.faultService.add(this.clock.cycles - entered);
    }
    if (this.checking) this.check();
  }

  /** `p` runs again after sleeping on the disk: the kernel work left from that entry is charged now. */
  private resumeAfterDisk(p: Process): void {
    this.clock.chargeDeferred(p.pendingWork);
    p.pendingWork = 0;
    if (p.trapEnteredAt >= 0) p.faultService.add(this.clock.cycles - p.trapEnteredAt);
    p.trapEnteredAt = -1;
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
      if (p.state === 'blocked' && p.channel === channel) {
        p.channel = null;
        this.sched.setState(p, 'ready', this.clock.now());
      }
    }
  }

  private userPageFault(p: Process, va: number, access: number): void {
    const result = this.pageFault(p, va, access);
    if (result.kind === 'segv') this.kill(p, SIGSEGV, `${ACCESS_NAMES[access]} at ${hex32(va)}: ${result.reason}`);
  }

  /**
   * A page fault of `p` on `va` for `access`, from the CPU or from the kernel's own access to user
   * memory: the handler (built-in or plug-in) runs; when it answers retry, the page's frame stays
   * resident until the access restarts.
   */
  pageFault(p: Process, va: number, access: number): FaultResult {
    const addr = va >>> 0, page = addr - (addr % PAGE_SIZE), vma = findVma(p.vmas, addr);
    const faults = this.faults;
    faults.p = p;
    const fault = {
      pid: p.pid, va: addr, page, access: ACCESS_KINDS[access], pc: this.machine.cpu.pc >>> 0,
      area: vma ? areaInfo(vma) : null, pte: addr < 0x80000000 ? faults.pte(page) : { kind: 'none' as const },
    };
    const result = this.faultHandler(fault, faults);
    if (result.kind === 'retry' && !p.exited && page < 0x80000000) faults.markFresh(page);
    return result;
  }

  kill(p: Process, signal: number, why: string): void { kill(this, p, signal, why); }
  exit(p: Process, status: number): void { exit(this, p, status); }
  fork(p: Process): number { return fork(this, p); }
  startImage(p: Process, image: Parameters<KernelServices['startImage']>[1], argv: readonly string[], envp: readonly string[]): void {
    startImage(this, p, image, argv, envp);
  }
  releaseAddressSpace(p: Process): void { releaseAddressSpace(this, p); }
  releaseShared(inode: Inode): void { releaseShared(this, inode); }

  private userMemory(p: Process): UserMemory {
    return {
      ctx: this.memory.pageTables, root: this.physical ? -1 : p.root,
      faultIn: (va, access) => this.pageFault(p, va, access).kind === 'retry' && !p.exited,
    };
  }

  copyinPrefix(p: Process, va: number, length: number): Uint8Array {
    return copyinPrefix(this.userMemory(p), va, length);
  }

  copyout(p: Process, va: number, data: Uint8Array): boolean {
    return copyout(this.userMemory(p), va, data);
  }

  output(fd: number, bytes: Uint8Array): void {
    (fd === 2 ? this.io.stderr : this.io.stdout)(bytes);
  }

  readStdin(max: number): Uint8Array {
    return this.io.stdin ? this.io.stdin(max) : new Uint8Array(0);
  }
}
