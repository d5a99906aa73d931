/**
 * A process: its address space (root page table and areas), heap break, open files, its place in
 * the process tree and the scheduler, its saved registers while it is not running, and how it ended.
 */
import type { LockMode, Vma } from './vm/vma.js';
import type { Inode } from './fs.js';
import type { OpenFile } from './openfile.js';
import { SignalState } from './sigstate.js';

export interface ProcessFaults {
  minor: number;
  major: number;
  protection: number;
  /** Accesses to addresses no area covers. */
  invalid: number;
  /** Copy-on-write breaks (also counted as minor faults). */
  cow: number;
}

/**
 * What getrusage reports of a process (rusage.ts), or the sum over its reaped children: cycles
 * running its own code and in the kernel for it, the most pages its address spaces mapped at
 * once, the page faults served without and with the disk, and the times it gave up the CPU to
 * wait (voluntary) or was made to (preempted, or sched_yield with another ready).
 */
export interface Usage {
  userCycles: number;
  kernelCycles: number;
  maxRssPages: number;
  minor: number;
  major: number;
  voluntary: number;
  involuntary: number;
}

/**
 * An interval timer (itimers.ts): when it expires, in the cycles of its clock, and the interval
 * it reloads with, in cycles (0: once) and in the microseconds it was set to (what getitimer reads).
 */
export interface CpuTimer {
  expires: number;
  interval: number;
  intervalMicros: number;
}

/**
 * The real-time interval timer (ITIMER_REAL): its expiry in machine cycles, its event in the
 * machine's queue (null once it has fired), and what starts it again from its interval when its
 * SIGALRM is taken (sigaction.ts deliverSignal), as Linux's dequeue_signal does.
 */
export interface RealTimer extends CpuTimer {
  event: number | null;
  reload(): void;
}

/** A resource's soft limit and the hard limit it may be raised to (rlimits.ts); Infinity is RLIM_INFINITY. */
export interface Rlimit {
  cur: number;
  max: number;
}

/** Cycles taken to service page faults (trap entry to exit, disk waits included): count, min, mean, max. */
export class ServiceTimes {
  count = 0;
  total = 0;
  min = Infinity;
  max = 0;

  add(cycles: number): void {
    this.count++;
    this.total += cycles;
    this.min = Math.min(this.min, cycles);
    this.max = Math.max(this.max, cycles);
  }

  /** Add the times of `other`. */
  merge(other: ServiceTimes): void {
    this.count += other.count;
    this.total += other.total;
    this.min = Math.min(this.min, other.min);
    this.max = Math.max(this.max, other.max);
  }

  summary(): { count: number; min: number; mean: number; max: number } {
    return this.count ? { count: this.count, min: this.min, mean: this.total / this.count, max: this.max } : { count: 0, min: 0, mean: 0, max: 0 };
  }
}

/**
 * What the statistics keep of a process once it is reaped (ProcessTable.history), in place of the
 * process itself: its figures, and its areas with their fault counts but not their files (a
 * file's bytes would stay with them). The rest is let go, so a program that forks and reaps a
 * million children costs a record each, not a process each.
 */
export type ProcessRecord = Pick<Process, 'pid' | 'ppid' | 'name' | 'exited' | 'exitStatus' | 'signal' | 'report' | 'faults' |
  'faultService' | 'cowCopies' | 'faultAround' | 'tlbMisses' | 'instructions' | 'cycles' | 'kernelCycles' | 'state' | 'root' | 'vmas'>;

/** The record of `p`, which has been reaped. */
export function recordOf(p: Process): ProcessRecord {
  return {
    pid: p.pid, ppid: p.ppid, name: p.name, exited: p.exited, exitStatus: p.exitStatus, signal: p.signal, report: p.report,
    faults: p.faults, faultService: p.faultService, cowCopies: p.cowCopies, faultAround: p.faultAround, tlbMisses: p.tlbMisses,
    instructions: p.instructions, cycles: p.cycles, kernelCycles: p.kernelCycles, state: p.state, root: -1,
    vmas: p.vmas.map((v) => ({ ...v, file: null })),
  };
}

/**
 * Scheduler states: running on the CPU, ready to run, asleep waiting for the disk, blocked in a
 * system call (wait, pipe), or a zombie (ended, not yet reaped by its parent).
 */
export type ProcessState = 'running' | 'ready' | 'disk' | 'blocked' | 'zombie';

/** Cycles a process spent in each state while it was alive. */
export interface StateCycles {
  run: number;
  ready: number;
  disk: number;
  blocked: number;
}

/** A process waiting on a futex (futex.ts): the futex's key, the bits it waits for, and whether a wake has taken it. */
export interface FutexWait { p: Process; key: string; bitset: number; woken: boolean }

/** Where an interrupted relative sleep writes the time it had left: `va`, and the clock's `target` (cycles; `cpu`: the sleeper's own CPU clock). */
export interface SleepRemain {
  va: number;
  target: number;
  cpu: boolean;
  /** The end in nanoseconds, exactly (a wait for descriptors; `target` is rounded past 2^53 cycles). */
  endNanos?: bigint;
}

/**
 * Where mmap's last search for a free range ended (mman.ts findFree), so that the next one need
 * not walk again past every area above it: searching down from `top`, every gap above `below`
 * (`top` itself or an area's start) is smaller than `hole` bytes. Only removing or shrinking an
 * area can make that untrue: those move `below` up past what they freed (mman.ts freedBelow), and
 * a new address space forgets it.
 */
export interface FreeAreaHint {
  top: number;
  below: number;
  hole: number;
}

export class Process {
  /** Frame of the root page table (unused with the MMU off). */
  root = -1;
  /** Its areas, disjoint and in address order. */
  vmas: Vma[] = [];
  /** See FreeAreaHint: null when forgotten. */
  freeArea: FreeAreaHint | null = null;
  brkStart = 0;
  brk = 0;
  /** Its program's data bytes, as brk's RLIMIT_DATA check counts them (ExecImage.dataBytes). */
  dataBytes = 0;
  exited = false;
  exitStatus = 0;
  /** Set when a signal ended the process: its number, its name and the one-line report. */
  termSignal = 0;
  signal: string | null = null;
  report: string | null = null;
  readonly faults: ProcessFaults = { minor: 0, major: 0, protection: 0, invalid: 0, cow: 0 };
  /** Where it is in ProcessTable.history. */
  historyIndex = -1;
  /** Cycles each page fault took to service. */
  readonly faultService = new ServiceTimes();
  /** Cycles of kernel entries for it while it was running (trap.ts leaveKernel; disk waits are not counted). */
  kernelCycles = 0;
  /** When the kernel entry it is in began (trap.ts; -1: it is not in one). */
  kernelEntry = -1;
  /** The most pages mapped at once by the address spaces it had before its current one (execve keeps it, as Linux's maxrss). */
  maxRssPages = 0;
  /** Times it left the CPU to wait (for a call that blocked, or the disk) and times it was switched out while ready. */
  voluntarySwitches = 0;
  involuntarySwitches = 0;
  /** The usage of its reaped children, theirs included (what RUSAGE_CHILDREN reports). */
  readonly reapedUsage: Usage = { userCycles: 0, kernelCycles: 0, maxRssPages: 0, minor: 0, major: 0, voluntary: 0, involuntary: 0 };
  /** Its interval timers (itimers.ts), null when disarmed; fork does not pass them on, execve keeps them. */
  realTimer: RealTimer | null = null;
  virtualTimer: CpuTimer | null = null;
  profTimer: CpuTimer | null = null;
  /** The file mode creation mask (umask): the permission bits a new file or directory does not get. */
  umask = 0o022;
  /** Its resource limits by RLIMIT_* number (rlimits.ts): the first process gets the defaults, a child its parent's. */
  limits: Rlimit[] = [];
  /** How areas it maps from now on are locked (mlockall's MCL_FUTURE, Linux's mm->def_flags): fork and execve clear it. */
  lockFuture: LockMode | undefined = undefined;
  /** Whether it has locked an area in this address space (mlock.ts, MAP_LOCKED): only then does reclaim look for its locked areas. */
  everLocked = false;
  /** Pages a policy plug-in's faultAround had mapped around faults. */
  faultAround = 0;
  /** Copy-on-write faults that copied the page (the others found the frame no longer shared). */
  cowCopies = 0;
  /**
   * Open files by descriptor (null: closed), and the descriptors closed by execve (O_CLOEXEC).
   * pid 1 starts with the host's standard streams (Kernel.exec); a child with its parent's.
   */
  files: (OpenFile | null)[] = [];
  /** No descriptor below this one is free (0 always holds): where installFile starts looking, so that N open descriptors cost N, not N². */
  freeFileHint = 0;
  cloexec = new Set<number>();

  /** The process group and session (pgrp.ts): a new process leads its own; fork gives the parent's. */
  pgid: number;
  sid: number;
  /** Whether it has run a program since fork (execve, or the kernel's first exec): setpgid then refuses it. */
  execed = false;
  /** The child a clone with CLONE_VFORK waits for to run a program or end (0: none). */
  vforkChild = 0;
  /** Its signal handlers, blocked and pending signals (sigaction.ts); `signal` below is the one that ended it. */
  signals = new SignalState();
  /** The parent (null for pid 1 and for orphans whose new parent is gone) and the unreaped children. */
  parent: Process | null = null;
  readonly children: Process[] = [];
  /** ASID of the address space (0 without --asid). */
  asid = 0;
  state: ProcessState = 'ready';
  /** When the process entered `state`, and the cycles it spent in each state. */
  stateSince = 0;
  readonly cycles: StateCycles = { run: 0, ready: 0, disk: 0, blocked: 0 };
  /** What a blocked process waits on (woken by Kernel.wakeup with the same object, or one of a Set of them), and in which call. */
  channel: object | null = null;
  blockedIn = '';
  /** sched_yield: give the CPU up at the next chance. */
  yielded = false;
  /** The working directory (chdir): a guest path without links, `.` or `..`; relative paths start there. */
  cwd = '/';
  /**
   * The directory `cwd` names, once chdir or fchdir chose one (null: the root it started in): its
   * path follows a rename, and relative paths are ENOENT once it is removed, as Linux keeps the
   * directory itself, not its name.
   */
  cwdDir: Inode | null = null;
  /** The file its program was loaded from (its image's areas map it): writes to it are refused (ETXTBSY) meanwhile. */
  exe: Inode | null = null;
  /** Registers and pc while the process is not on the CPU. */
  readonly regs = new Int32Array(32);
  pc = 0;
  /** TLB misses (all TLBs) while it ran, and the count when it was last switched in. */
  tlbMisses = 0;
  missesAtSwitchIn = 0;
  /** Instructions it retired, and the CPU's count when it was last switched in (Scheduler.instructionsOf reads it live). */
  instructions = 0;
  instretAtSwitchIn = 0;
  /** A system call that blocked: re-run when the process is next switched in. */
  blockedSyscall = false;
  /**
   * The sleep of a clock_nanosleep, ppoll or pselect6 under way (clocks.ts, poll.ts): whether it
   * has ended, its wake-up event (EventQueue), its channel; for a relative sleep with a `remain`
   * pointer, where to write the time left if a handler interrupts it (sleepInterrupted); for a
   * wait for descriptors, what it read of its arguments (read once, as Linux copies them in)
   * and what it does if a handler interrupts it (writes ppoll's revents, 0, and the time left;
   * its result the call's: -EINTR, or -EFAULT); for a futex
   * wait, its place in the futex's queue (futex.ts).
   */
  sleep: { ended: boolean; wake: number | null; remain?: SleepRemain; read?: Uint8Array; interrupted?: () => number; futex?: FutexWait } | null = null;
  /** Progress of a blocking write that has written part of its buffer. */
  written = 0;
  /** The group a blocked wait for "my group" began with (wait.ts), -1 for none. */
  waitGroup = -1;
  /** Stretches of user execution that retired an instruction, and pages the kernel copied for it (what reclaim's fresh frames wait for). */
  progress = 0;
  /** Page faults taken since `progress` was last seen to change (a plug-in handler's faults, kernel.ts pageFault). */
  faultsWithoutProgress = 0;
  progressAtLastFault = 0;
  /** Kernel work done after a disk wait, charged when the process runs again; when the trap began. */
  pendingWork = 0;
  trapEnteredAt = -1;

  constructor(readonly pid: number, public name: string) {
    this.pgid = pid;
    this.sid = pid;
  }

  /**
   * The parent's pid; 0 for pid 1. An orphan left after pid 1 ended is reaped by the kernel in
   * pid 1's place (ptable.ts reparent) and says 1, as an orphan on Linux names its reaper.
   */
  get ppid(): number {
    return this.parent?.pid ?? (this.pid === 1 ? 0 : 1);
  }
}
