/**
 * The kernel: loads the first program (pid 1), runs the processes under its scheduler, and is
 * entered only through trap(cause, value) for system calls, page faults and the other exceptions.
 * It owns the frames of the page tables.
 *
 * The page-fault path: an address in kernel space, outside every area, or an access the area
 * forbids → the process dies with SIGSEGV and a one-line report; a fault just below the stack
 * grows it (up to the stack limit); a page not present in an area is mapped: a file page through
 * the page cache (a major fault if the cache had to read it from disk, else minor), an anonymous
 * page zero-filled (minor); a store to a page shared copy-on-write copies it (or, if no one else
 * has it any more, just makes it writable). Then the instruction restarts.
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
import { FLAG_A, FLAG_D, FLAG_G, FLAG_R, FLAG_U, FLAG_V, FLAG_W, FLAG_X } from '../machine/tlb.js';
import { Frames } from './vm/frames.js';
import { PAGE_SIZE, freewalk, lookup, mappage, uvmunmap, type PageTableContext } from './vm/pagetable.js';
import { PROT_EXEC, PROT_READ, PROT_WRITE, describeVma, findVma, hex32, newVma, type Vma } from './vm/vma.js';
import { copyinPrefix, copyout, type UserMemory } from './vm/uaccess.js';
import { ExecError, STACK_SIZE, STACK_TOP, USER_TOP, initialStack, loadExecutable, type ExecImage } from './exec.js';
import type { Process } from './proc.js';
import type { GuestFs, Inode } from './fs.js';
import { PageCache } from './vm/pagecache.js';
import { ReverseMap } from './vm/rmap.js';
import { SwapArea, isSwapEntry, swapSlotOf } from './vm/swap.js';
import { Reclaimer } from './vm/reclaim.js';
import { makePolicy, type PolicyName, type ReplacementPolicy } from './policies/policy.js';
import { PluginError } from './policies/plugin.js';
import { DISK_BLOCKS } from '../machine/disk.js';
import { SYSCALL_BLOCKED, SYSCALL_NEW_IMAGE, syscall } from './syscalls.js';
import { SIGBUS, SIGILL, SIGKILL, SIGNAL_NAMES, SIGSEGV, SIGTRAP, signalStatus } from './signals.js';
import { DEFAULT_QUANTUM, Scheduler } from './sched.js';
import { copyAddressSpace } from './vm/uvmcopy.js';
import { releaseFile, retainFile } from './files.js';
import { EAGAIN, ENOMEM, ENOSYS } from './errno.js';
import { checkInvariants } from './check.js';
import { MAX_ASID, ProcessTable } from './ptable.js';

export { ExecError };

/** Where the kernel's linear map of RAM starts (supervisor-only megapages, as 32-bit Linux). */
export const KERNEL_BASE = 0xc0000000;
const MEGAPAGE = 4 * 1024 * 1024;
/** With the MMU off, the stack sits at the top of RAM; the heap may not grow into this much of it. */
const STACK_RESERVE_PHYSICAL = 1024 * 1024;
/** vmlab's exit status when a policy plug-in failed (EX_SOFTWARE). */
export const STATUS_PLUGIN_FAILED = 70;
/** The swap area's first disk block (the upper half of the disk; files use the lower). */
const SWAP_FIRST_BLOCK = DISK_BLOCKS / 2;
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

/** How far below sp an access may be and still grow the stack (Linux's old 64 KiB + 32 words). */
const STACK_GROW_SLACK = 65536 + 32 * 4;

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

export class Kernel {
  readonly frames: Frames;
  readonly fs: GuestFs | null;
  readonly pageCache: PageCache;
  /** How far the stack may grow, and the top of the mmap region below its reserve. */
  readonly stackLimit: number;
  /** What the page-table functions need: RAM, frames, and the TLB flush for one page. */
  readonly pageTables: PageTableContext;
  readonly reclaimer: Reclaimer;
  readonly sched: Scheduler;
  readonly table: ProcessTable;
  /** The current kernel entry's disk waits: when the first began (-1: none), their total. */
  private waitStart = -1;
  private waitTotal = 0;
  private readonly checking: boolean;
  private readonly physical: boolean;
  /** The replacement policies' clock: one tick per page mapped and per access observed. */
  private tick = 0;

  constructor(readonly machine: Machine, private readonly io: KernelOptions) {
    this.frames = new Frames(machine.ram);
    this.pageTables = {
      ram: machine.ram, frames: this.frames, alloc: () => this.allocFrame(), flush: (va) => machine.mmu.flushPage(va),
      removed: (root, va, pte) => this.removed(root, va, pte),
    };
    this.physical = !machine.config.mmu;
    this.fs = io.fs ?? null;
    this.stackLimit = io.stackLimit ?? STACK_SIZE;
    this.pageCache = new PageCache(machine.ram, this.frames, this.fs, () => this.allocFrame(),
      (inode, index, write) => this.diskTransfer((inode.ino % 256) * 4096 + index, write), (time) => this.waitUntil(time));
    const policy = typeof io.policy === 'object' ? io.policy : makePolicy(io.policy ?? 'clock', [], machine.config.seed);
    this.reclaimer = new Reclaimer(machine.ram, this.frames, this.pageTables, this.pageCache, new ReverseMap(machine.ram.frames),
      new SwapArea(Math.floor((io.swapBytes ?? DEFAULT_SWAP) / PAGE_SIZE)), policy,
      (slot) => this.diskTransfer(SWAP_FIRST_BLOCK + slot, true), () => this.tick,
      (root, va) => {
        const p = this.table.ownerOf(root);
        const vma = p ? findVma(p.vmas, va) : undefined;
        if (vma) vma.faults.evictions++;
      },
      (pid, progress) => {
        const p = this.table.byPid.get(pid);
        return p !== undefined && !p.exited && p.progress === progress;
      });
    if (policy.used) machine.mmu.accessHook = (frame) => this.reclaimer.used(frame, ++this.tick);
    this.sched = new Scheduler(machine, io.quantum ?? DEFAULT_QUANTUM, machine.config.costs.contextSwitch);
    this.table = new ProcessTable(io.maxProcs ?? DEFAULT_MAX_PROCS, machine.config.asid);
    this.checking = io.check ?? false;
  }

  /**
   * A zeroed frame for the kernel's use. When RAM is full: clean page-cache pages nobody maps
   * are reclaimed first, then the replacement policy evicts resident pages. Returns -1 if there
   * is still none (RAM and swap are full, or nothing in RAM can be evicted).
   */
  allocFrame(): number {
    const frame = this.frames.kalloc();
    if (frame >= 0) return frame;
    if (this.pageCache.reclaim() === 0 && !this.reclaimer.evictOne()) return -1;
    return this.frames.kalloc();
  }

  /**
   * A user PTE went away (unmapped, or its address space freed): forget its frame or swap slot.
   * Charged a memory read and write, as fork's copy of a PTE is.
   */
  private removed(root: number, va: number, pte: number): void {
    this.machine.cpu.cycles += 2 * this.machine.config.costs.memory;
    if (pte & FLAG_V) {
      const frame = pte >>> 10;
      this.reclaimer.rmap.remove(frame, root, va);
      const slot = this.reclaimer.slotOfFrame.get(frame);
      if (slot !== undefined && this.reclaimer.rmap.mappings(frame).length === 0) {
        this.reclaimer.swap.release(slot);
        this.reclaimer.uncache(frame);
      }
    } else if (isSwapEntry(pte)) {
      this.reclaimer.swap.release(swapSlotOf(pte));
    }
  }

  /** Map user page `va` of `p` to `frame`, recording it in the reverse map. False if out of frames. */
  private mapUser(p: Process, va: number, frame: number, flags: number): boolean {
    if (!mappage(this.pageTables, p.root, va, frame, flags)) return false;
    this.reclaimer.rmap.add(frame, p.root, va, this.nextTick());
    return true;
  }

  /** Run `f` with `frame` pinned (an extra reference), so that reclaim cannot take it meanwhile. */
  pinned<T>(frame: number, f: () => T): T {
    this.frames.refcount[frame]++;
    try {
      return f();
    } finally {
      this.frames.kfree(frame);
    }
  }

  /** Cycles the CPU spent idle: every live process was waiting (for the disk, mostly). */
  idleCycles = 0;

  /**
   * A page moves between RAM and disk block `block`. A write-back is queued on the disk and does
   * not wait. A read makes the process in the kernel wait for it: the kernel goes on along that
   * process's own timeline (the clock jumps to the completion), and when it leaves the kernel
   * (leaveKernel) the clock goes back to when the first wait began, the process sleeps until its
   * last read completed, and others run meanwhile.
   */
  private diskTransfer(block: number, write: boolean): number {
    const { cpu, disk } = this.machine;
    const done = disk.request(cpu.cycles, block, write);
    if (!write) this.waitUntil(done);
    return done;
  }

  /** The process in the kernel waits until `time` (nothing if it has come): see diskTransfer. */
  private waitUntil(time: number): void {
    const cpu = this.machine.cpu;
    if (time <= cpu.cycles) return;
    if (this.waitStart < 0) this.waitStart = cpu.cycles;
    this.waitTotal += time - cpu.cycles;
    cpu.cycles = time;
  }

  /** Up to `max` bytes of standard input. */
  readStdin(max: number): Uint8Array {
    return this.io.stdin ? this.io.stdin(max) : new Uint8Array(0);
  }

  /** The first process (pid 1), after exec. */
  get process(): Process {
    if (!this.table.init) throw new Error('no process');
    return this.table.init;
  }

  /** Every process not yet reaped (zombies included), by pid. */
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
    this.admit(p);
    this.sched.onCpu = p;
    return p;
  }

  /**
   * Give `p` the address space of `image` with its initial stack, and load the CPU with its
   * entry state (p is the process on the CPU, or about to be). Throws ExecError if there is no
   * room for the page table or the stack.
   */
  startImage(p: Process, image: ExecImage, argv: readonly string[], envp: readonly string[]): void {
    const cpu = this.machine.cpu;
    p.brkStart = p.brk = image.brk;
    if (this.physical) {
      this.loadPhysical(image.vmas);
      p.vmas = image.vmas;
    } else {
      const root = this.allocFrame();
      if (root < 0) throw new ExecError('out of memory: no frame for the page table');
      this.table.setRoot(p, root);
      this.mapKernel(root);
      p.vmas = [...image.vmas, newVma('[stack]', STACK_TOP - PAGE_SIZE, STACK_TOP, PROT_READ | PROT_WRITE)];
      this.machine.mmu.setSatp(true, p.asid, p.root);
      this.flushAddressSpace(p);
    }
    const top = this.physical ? this.machine.ram.size : STACK_TOP;
    const random = Uint8Array.from({ length: 16 }, (_, i) => (this.machine.config.seed * 31 + i * 97) & 255);
    const stack = initialStack(top, argv, envp, image, random);
    if (!this.copyout(p, stack.sp, stack.bytes)) throw new ExecError('no room for the initial stack');
    cpu.x.fill(0);
    cpu.x[2] = stack.sp;
    cpu.pc = image.entry;
    cpu.user = true;
  }

  /** A new process joins the process table and the ready queue. */
  private admit(p: Process): void {
    this.table.admit(p);
    p.stateSince = this.now();
    this.sched.setState(p, 'ready', this.now());
  }

  /** Drop the TLB entries of `p`'s address space: its ASID's, or (without ASIDs) all if it is on the CPU. */
  private flushAddressSpace(p: Process): void {
    if (this.machine.config.asid) this.machine.mmu.flushAsid(p.asid);
    else if (this.sched.onCpu === p || this.sched.onCpu === null) this.machine.mmu.flushAll();
  }

  /** MMU off: copy each segment to RAM at its own address (the seed's physical addressing). */
  private loadPhysical(vmas: readonly Vma[]): void {
    for (const v of vmas) {
      if (v.end > this.machine.ram.size) {
        throw new ExecError(`${describeVma(v)} does not fit in ${this.machine.ram.size / 1024 / 1024} MiB of physical RAM`);
      }
      if (v.file) this.machine.ram.writeBytes(v.start, v.file.inode.data.subarray(v.file.offset, v.file.offset + v.file.size));
    }
  }

  /** Map all of RAM at KERNEL_BASE with supervisor-only global megapages. */
  private mapKernel(root: number): void {
    const ram = this.machine.ram;
    for (let i = 0; i * MEGAPAGE < ram.size && KERNEL_BASE + i * MEGAPAGE < 0x100000000; i++) {
      const pte = ((i * 1024) << 10) | FLAG_V | FLAG_R | FLAG_W | FLAG_G | FLAG_A | FLAG_D;
      ram.write32(root * PAGE_SIZE + ((KERNEL_BASE >>> 22) + i) * 4, pte);
    }
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
            this.idleUntil(events.next);
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

  /** Nothing is ready: the CPU idles until `time`, the next event, and the events due run. */
  private idleUntil(time: number): void {
    const cpu = this.machine.cpu;
    if (time > cpu.cycles) {
      this.idleCycles += time - cpu.cycles;
      cpu.cycles = time;
    }
    this.machine.events.runUntil(cpu.cycles);
  }

  private deadlock(): RunResult {
    const blocked = [...this.procs.values()].filter((p) => !p.exited).map((p) => `pid ${p.pid} in ${p.blockedIn}`);
    return { status: STATUS_DEADLOCK, end: 'deadlock', report: `deadlock: every process is blocked (${blocked.join(', ')})` };
  }

  /** The trap entry: handle exception `cause` with value `value` (address or instruction) at cpu.pc. */
  trap(cause: number, value: number): void {
    const cpu = this.machine.cpu;
    const p = this.sched.running!;
    const entered = cpu.cycles;
    cpu.cycles += this.machine.config.costs.trapEntry;
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
    const entered = this.machine.cpu.cycles;
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
    const cpu = this.machine.cpu;
    const trapExit = this.machine.config.costs.trapExit;
    const waited = this.waitStart >= 0;
    if (waited) {
      const waitStart = this.waitStart, wake = this.waitStart + this.waitTotal;
      this.waitStart = -1;
      this.waitTotal = 0;
      const end = cpu.cycles + (p.exited || p.blockedSyscall ? 0 : trapExit);
      cpu.cycles = waitStart;
      if (!p.exited) {
        p.pendingWork = end - wake;
        if (pageFault) p.trapEnteredAt = entered;
        this.sched.setState(p, 'disk', waitStart);
        this.machine.events.schedule(wake, () => {
          if (!p.exited) this.sched.setState(p, 'ready', wake);
        });
      }
    } else if (!p.exited && !p.blockedSyscall) {
      cpu.cycles += trapExit;
      if (pageFault) p.faultService.add(cpu.cycles - entered);
    }
    if (this.checking) this.check();
  }

  /** `p` runs again after sleeping on the disk: the kernel work left from that entry is charged now. */
  private resumeAfterDisk(p: Process): void {
    const cpu = this.machine.cpu;
    cpu.cycles += p.pendingWork;
    p.pendingWork = 0;
    if (p.trapEnteredAt >= 0) p.faultService.add(cpu.cycles - p.trapEnteredAt);
    p.trapEnteredAt = -1;
  }

  /**
   * The time of the scheduler's state changes: the clock, or, in a kernel entry that has waited
   * for the disk, when the wait began (the clock runs ahead on the waiting process's timeline
   * and goes back there when it leaves the kernel).
   */
  private now(): number {
    return this.waitStart >= 0 ? this.waitStart : this.machine.cpu.cycles;
  }

  /**
   * Put the running process `p` to sleep on `channel` in system call `name` (it returns
   * SYSCALL_BLOCKED). If it has waited for the disk in this kernel entry it sleeps on the disk
   * first, and runs the call again when that wait is over.
   */
  block(p: Process, channel: object, name: string): number {
    p.channel = channel;
    p.blockedIn = name;
    if (this.waitStart < 0) this.sched.setState(p, 'blocked', this.now());
    return SYSCALL_BLOCKED;
  }

  /** Wake every process blocked on `channel`. */
  wakeup(channel: object): void {
    for (const p of this.procs.values()) {
      if (p.state === 'blocked' && p.channel === channel) {
        p.channel = null;
        this.sched.setState(p, 'ready', this.now());
      }
    }
  }

  private userPageFault(p: Process, va: number, access: number): void {
    const why = this.pageFault(p, va, access);
    if (why !== null) this.kill(p, SIGSEGV, `${ACCESS_NAMES[access]} at ${hex32(va)}: ${why}`);
  }

  /**
   * Handle a fault on `va` for `access`: map the page (or break copy-on-write, or grow the
   * stack) if an area allows the access. Returns null when the access may be retried, or why it
   * may not (the caller kills with SIGSEGV or returns -EFAULT).
   */
  pageFault(p: Process, va: number, access: number): string | null {
    const addr = va >>> 0;
    if (addr >= USER_TOP) {
      p.faults.protection++;
      return 'kernel space (supervisor-only)';
    }
    let vma = findVma(p.vmas, addr);
    if (!vma) {
      const grown = this.growStack(p, addr);
      if (typeof grown === 'string') {
        p.faults.invalid++;
        return grown;
      }
      vma = grown;
    }
    const needed = access === ACCESS_FETCH ? PROT_EXEC : access === ACCESS_STORE ? PROT_WRITE : PROT_READ;
    if ((vma.prot & needed) === 0) {
      p.faults.protection++;
      vma.faults.protection++;
      const what = needed === PROT_EXEC ? 'executable' : needed === PROT_WRITE ? 'writable' : 'readable';
      return `${describeVma(vma)} is not ${what}`;
    }
    const page = addr - (addr % PAGE_SIZE);
    const { pte, address } = lookup(this.pageTables, p.root, page);
    if (pte & FLAG_V) {
      if (access === ACCESS_STORE && (pte & FLAG_W) === 0) this.breakCopyOnWrite(p, vma, page, pte, address);
      else this.machine.mmu.flushPage(page); // a stale TLB entry
      this.keepFresh(p, page);
      return null;
    }
    const majorBefore = p.faults.major;
    if (!this.mapPage(p, vma, page, access, pte, true)) return null;
    this.keepFresh(p, page);
    const around = this.reclaimer.policy.faultAround;
    if (around) {
      const fault = { va: page, major: p.faults.major > majorBefore, vma: { name: vma.name, start: vma.start, end: vma.end } };
      for (const va of around.call(this.reclaimer.policy, fault)) {
        const other = (va >>> 0) - ((va >>> 0) % PAGE_SIZE);
        if (other < vma.start || other >= vma.end || p.exited) continue;
        const entry = lookup(this.pageTables, p.root, other).pte;
        if (entry & FLAG_V) continue;
        if (this.mapPage(p, vma, other, ACCESS_LOAD, entry, false)) p.faultAround++;
      }
    }
    return null;
  }

  /** The frame now at `page` of `p` stays resident until `p` retires an instruction (reclaim.ts). */
  private keepFresh(p: Process, page: number): void {
    const { pte } = lookup(this.pageTables, p.root, page);
    if (pte & FLAG_V) this.reclaimer.markFresh(pte >>> 10, p.pid, p.progress);
  }

  /**
   * Bring `page` of `vma` in (from swap if `pte` says so) and map it, counting a fault of its kind
   * if `fault` (not for pages mapped around one). False if the process was killed.
   */
  private mapPage(p: Process, vma: Vma, page: number, access: number, pte: number, fault: boolean): boolean {
    const count = fault ? (kind: 'minor' | 'major'): void => { p.faults[kind]++; vma.faults[kind]++; } : (): void => {};
    const filled = isSwapEntry(pte) ? this.swapIn(p, vma, page, swapSlotOf(pte), count) : this.fillPage(p, vma, page, access, count);
    if (!filled) return false;
    if (!this.mapUser(p, page, filled.frame, pteFlags(vma.prot, filled.writable))) {
      if (isSwapEntry(pte)) {
        // The swap entry stays: it keeps (or, from a shared frame, takes back) its slot reference.
        if (this.frames.refcount[filled.frame] > 1) this.reclaimer.swap.retain(swapSlotOf(pte));
        else this.reclaimer.uncache(filled.frame);
      }
      this.frames.kfree(filled.frame);
      this.kill(p, SIGKILL, 'out of memory: no free frame for a page table');
      return false;
    }
    return true;
  }

  /**
   * A fault outside every area: if it is just below the stack (within the slack below sp) and
   * the stack stays within its limit, extend the stack area down to it and return the area;
   * otherwise say why not.
   */
  private growStack(p: Process, addr: number): Vma | string {
    const stack = p.vmas.find((v) => v.name === '[stack]');
    const floor = STACK_TOP - this.stackLimit;
    if (!stack || addr >= stack.start || addr < floor - STACK_GROW_SLACK) return 'no mapping';
    const sp = this.machine.cpu.x[2] >>> 0;
    if (addr + STACK_GROW_SLACK < sp) return `no mapping (below the stack, far under sp ${hex32(sp)})`;
    if (addr < floor) return `stack overflow: the stack would grow past its limit of ${sizeText(this.stackLimit)}`;
    const page = addr - (addr % PAGE_SIZE);
    if (p.vmas.some((v) => v !== stack && v.end > page && v.start < stack.start)) return 'no mapping (the stack would run into another area)';
    stack.start = page;
    return stack;
  }

  /**
   * Bring `page` of `vma` back from swap slot `slot`: a major fault (the process waits for the
   * disk), unless another process that shares the slot (they forked) has already brought it
   * back and not written it: then both share that frame, read-only (copy-on-write), a minor fault.
   */
  private swapIn(p: Process, vma: Vma, page: number, slot: number, count: (kind: 'minor' | 'major') => void):
    { frame: number; writable: boolean } | null {
    const swap = this.reclaimer.swap;
    const shared = this.reclaimer.cleanFrameOf(slot);
    if (shared !== undefined) {
      for (const m of this.reclaimer.rmap.mappings(shared)) {
        const { pte, address } = lookup(this.pageTables, m.root, m.va);
        if (pte & FLAG_W) {
          this.machine.ram.write32(address, pte & ~FLAG_W);
          this.machine.mmu.flushPage(m.va);
        }
      }
      this.frames.refcount[shared]++;
      swap.release(slot); // this PTE's reference: the frame's stands for it now
      count('minor');
      return { frame: shared, writable: false };
    }
    const frame = this.allocFrame();
    if (frame < 0) return this.outOfMemory(p, vma, page);
    this.diskTransfer(SWAP_FIRST_BLOCK + slot, false);
    this.machine.ram.writeBytes(frame * PAGE_SIZE, swap.load(slot));
    this.reclaimer.cache(frame, slot); // the slot keeps its copy while the page stays clean
    count('major');
    return { frame, writable: (vma.prot & PROT_WRITE) !== 0 };
  }

  /** A frame with the contents of `page` of `vma`, and whether it may be mapped writable; null if killed. */
  private fillPage(p: Process, vma: Vma, page: number, access: number, count: (kind: 'minor' | 'major') => void):
    { frame: number; writable: boolean } | null {
    const costs = this.machine.config.costs;
    const writable = (vma.prot & PROT_WRITE) !== 0;
    const file = vma.file;
    const fromFile = file ? Math.max(0, Math.min(PAGE_SIZE, file.size - (page - vma.start))) : 0;
    if (file && fromFile > 0) {
      const index = (file.offset + (page - vma.start)) / PAGE_SIZE;
      const major = this.pageCache.needsRead(file.inode, index);
      const cached = this.pageCache.page(file.inode, index);
      if (!cached) return this.outOfMemory(p, vma, page);
      count(major ? 'major' : 'minor');
      // A shared mapping, or a page only read so far whose every file byte the area shows (an
      // ELF segment's last page may hold other sections past it): map the cached frame itself.
      const fileBytes = Math.max(0, Math.min(PAGE_SIZE, file.inode.size - index * PAGE_SIZE));
      if (file.shared || (fromFile >= fileBytes && access !== ACCESS_STORE)) {
        this.frames.refcount[cached.frame]++; // the mapping's reference
        return { frame: cached.frame, writable: file.shared && writable };
      }
      const frame = this.pinned(cached.frame, () => this.allocFrame());
      if (frame < 0) return this.outOfMemory(p, vma, page);
      const from = cached.frame * PAGE_SIZE;
      this.machine.ram.writeBytes(frame * PAGE_SIZE, this.machine.ram.bytes.subarray(from, from + fromFile));
      this.machine.cpu.cycles += costs.copyPage;
      return { frame, writable };
    }
    const frame = this.allocFrame();
    if (frame < 0) return this.outOfMemory(p, vma, page);
    count('minor');
    this.machine.cpu.cycles += costs.zeroPage;
    return { frame, writable };
  }

  /** A store to a present read-only page of a writable area: copy-on-write. */
  private breakCopyOnWrite(p: Process, vma: Vma, page: number, pte: number, pteAddress: number): void {
    const old = pte >>> 10;
    p.faults.minor++;
    p.faults.cow++;
    vma.faults.minor++;
    if (this.frames.refcount[old] === 1) {
      // No one else has the frame any more: it can simply become writable.
      this.machine.ram.write32(pteAddress, pte | FLAG_W);
      this.machine.mmu.flushPage(page);
      return;
    }
    const frame = this.pinned(old, () => this.allocFrame());
    if (frame < 0) {
      this.outOfMemory(p, vma, page);
      return;
    }
    // Reclaim may have moved the page table entry's page out meanwhile: look it up again.
    const now = lookup(this.pageTables, p.root, page);
    if (now.pte !== pte) {
      this.frames.kfree(frame);
      return; // retry the access
    }
    this.machine.ram.writeBytes(frame * PAGE_SIZE, this.machine.ram.bytes.subarray(old * PAGE_SIZE, (old + 1) * PAGE_SIZE));
    this.machine.cpu.cycles += this.machine.config.costs.copyPage;
    p.cowCopies++;
    this.reclaimer.rmap.remove(old, p.root, page);
    this.frames.kfree(old);
    this.machine.ram.write32(pteAddress, (frame << 10) | (pte & 0x3ff & ~(FLAG_A | FLAG_D)) | FLAG_W);
    this.reclaimer.rmap.add(frame, p.root, page, this.nextTick());
    this.machine.mmu.flushPage(page);
  }

  private outOfMemory(p: Process, vma: Vma, page: number): null {
    const swap = this.reclaimer.swap;
    const why = swap.used >= swap.slots ? 'RAM and swap are full'
      : 'RAM is full of page tables and pages just faulted in, none of which can be evicted';
    this.kill(p, SIGKILL, `out of memory: ${why} (no frame for ${hex32(page)} in ${describeVma(vma)})`);
    return null;
  }

  /**
   * Mark the page-cache pages that a shared file area of `p` dirtied (D set in their PTEs) in
   * [start, end) as dirty, clearing D (and the TLB entries that cached it).
   */
  collectDirty(p: Process, v: Vma, start: number, end: number): void {
    if (!v.file?.shared) return;
    for (let page = Math.max(start, v.start); page < Math.min(end, v.end); page += PAGE_SIZE) {
      const { pte, address } = lookup(this.pageTables, p.root, page);
      if ((pte & (FLAG_V | FLAG_D)) !== (FLAG_V | FLAG_D)) continue;
      const cached = this.pageCache.page(v.file.inode, (v.file.offset + (page - v.start)) / PAGE_SIZE);
      if (cached) cached.dirty = true;
      this.machine.ram.write32(address, pte & ~FLAG_D);
      this.machine.mmu.flushPage(page);
    }
  }

  /** End `p` with `signal`, recording the one-line report (`why`, and where `p` was). */
  kill(p: Process, signal: number, why: string): void {
    if (p.exited) return;
    p.termSignal = signal;
    p.signal = SIGNAL_NAMES[signal] ?? `signal ${signal}`;
    const pc = this.sched.onCpu === p ? this.machine.cpu.pc : p.pc;
    p.report = `${p.signal}: ${why} (pc ${hex32(pc)})`;
    this.exit(p, signalStatus(signal));
  }

  /**
   * End `p` with exit status `status`: write back the dirty file pages it mapped shared, free its
   * address space and close its files; it stays a zombie until its parent reaps it (wait.ts).
   * Its children go to pid 1 (or, if pid 1 has ended, are reaped by the kernel when they end).
   */
  exit(p: Process, status: number): void {
    if (p.exited) return;
    p.exited = true;
    p.exitStatus = status;
    p.blockedSyscall = false;
    this.closeFiles(p, () => true);
    this.releaseAddressSpace(p);
    this.table.exited(p);
    this.sched.remove(p);
    this.sched.setState(p, 'zombie', this.now());
    const heir = this.table.reparent(p);
    if (heir) this.wakeup(heir); // a zombie for its waitid
    if (p.parent) this.wakeup(p.parent);
    else this.table.reap(p);
  }

  /** Close the descriptors of `p` that `which` selects (all at exit, the close-on-exec ones at execve). */
  closeFiles(p: Process, which: (fd: number) => boolean): void {
    p.files.forEach((f, fd) => {
      if (!f || !which(fd)) return;
      p.files[fd] = null;
      p.cloexec.delete(fd);
      releaseFile(this, f);
    });
  }

  /** Free `p`'s address space (writing back what its shared file mappings dirtied) and its TLB entries. */
  releaseAddressSpace(p: Process): void {
    if (p.root >= 0) for (const v of p.vmas) this.collectDirty(p, v, v.start, v.end);
    this.pageCache.writeBack();
    if (p.root < 0) return;
    freewalk(this.pageTables, p.root, USER_TOP);
    this.table.setRoot(p, -1);
    this.flushAddressSpace(p);
    for (const v of p.vmas) if (v.file?.inode.swapBacked) this.releaseShared(v.file.inode);
  }

  /** Shared anonymous memory that no address space maps any more is freed. */
  releaseShared(inode: Inode): void {
    for (const q of this.procs.values()) if (q.root >= 0 && q.vmas.some((v) => v.file?.inode === inode)) return;
    this.pageCache.truncate(inode, 0);
    inode.stored.clear();
  }

  /**
   * fork: a child of `p` with a copy of its address space made by copy-on-write (vm/uvmcopy.ts),
   * its open files (shared), and its registers, returning 0 in the child. Returns the child's pid,
   * or -EAGAIN past --max-procs (or with no ASID left), -ENOMEM if its page tables do not fit,
   * -ENOSYS with the MMU off (no address spaces to copy).
   */
  fork(p: Process): number {
    if (this.physical) return -ENOSYS;
    const cpu = this.machine.cpu;
    const child = this.table.create(p.name);
    if (!child) return -EAGAIN;
    const root = this.allocFrame();
    if (root < 0) {
      this.table.discard(child);
      return -ENOMEM;
    }
    this.table.setRoot(child, root);
    this.mapKernel(root);
    cpu.cycles += this.machine.config.costs.zeroPage; // the new root table, as each level-0 one
    child.vmas = p.vmas.map((v) => ({ ...v, file: v.file ? { ...v.file } : null, faults: { minor: 0, major: 0, protection: 0, evictions: 0 } }));
    const copied = copyAddressSpace(this, p, child);
    this.flushAddressSpace(p); // its writable pages became read-only
    if (copied < 0) {
      freewalk(this.pageTables, child.root, USER_TOP);
      this.table.setRoot(child, -1);
      this.table.discard(child);
      return -ENOMEM;
    }
    child.brkStart = p.brkStart;
    child.brk = p.brk;
    child.files = p.files.map((f) => (f ? retainFile(f) : null));
    child.cloexec = new Set(p.cloexec);
    child.regs.set(cpu.x);
    child.regs[10] = 0;
    child.pc = (cpu.pc + 4) | 0;
    child.parent = p;
    p.children.push(child);
    this.admit(child);
    return child.pid;
  }

  /** The replacement policies' clock, advanced by one (each page mapped is a tick). */
  nextTick(): number {
    return ++this.tick;
  }

  private userMemory(p: Process): UserMemory {
    return { ctx: this.pageTables, root: this.physical ? -1 : p.root, faultIn: (va, access) => this.pageFault(p, va, access) === null && !p.exited };
  }

  /** Copy up to `length` bytes from `p`'s memory at `va`: the readable prefix. */
  copyinPrefix(p: Process, va: number, length: number): Uint8Array {
    return copyinPrefix(this.userMemory(p), va, length);
  }

  /** Copy `data` into `p`'s memory at `va` (false: -EFAULT). */
  copyout(p: Process, va: number, data: Uint8Array): boolean {
    return copyout(this.userMemory(p), va, data);
  }

  /** Guest output on file descriptor 1 or 2. */
  output(fd: number, bytes: Uint8Array): void {
    (fd === 2 ? this.io.stderr : this.io.stdout)(bytes);
  }

  /**
   * brk(addr): move the program break within [brkStart, the stack area). The heap is a
   * demand-zero area; shrinking unmaps the pages above the new break. Returns the new break, or
   * the old one if `addr` is out of range (as Linux does).
   */
  brk(p: Process, addr: number): number {
    const limit = this.physical ? this.machine.ram.size - STACK_RESERVE_PHYSICAL : STACK_TOP - STACK_SIZE - PAGE_SIZE;
    if (addr < p.brkStart || addr > limit) return p.brk;
    const oldEnd = Math.ceil(p.brk / PAGE_SIZE) * PAGE_SIZE;
    const newEnd = Math.ceil(addr / PAGE_SIZE) * PAGE_SIZE;
    if (newEnd < oldEnd && !this.physical) uvmunmap(this.pageTables, p.root, newEnd, oldEnd);
    let heap = p.vmas.find((v) => v.name === '[heap]');
    if (!heap && newEnd > p.brkStart) {
      heap = newVma('[heap]', p.brkStart, newEnd, PROT_READ | PROT_WRITE);
      p.vmas.push(heap);
      p.vmas.sort((a, b) => a.start - b.start);
    }
    if (heap) heap.end = Math.max(newEnd, heap.start);
    p.brk = addr;
    return addr;
  }
}

/** PTE flags for a user page of an area with `prot`; W only if `writable` (copy-on-write keeps it off). */
export function pteFlags(prot: number, writable: boolean): number {
  return FLAG_U | (prot & PROT_READ ? FLAG_R : 0) | (prot & PROT_WRITE && writable ? FLAG_W | FLAG_R : 0) |
    (prot & PROT_EXEC ? FLAG_X : 0);
}

/** "8 MiB", "64 KiB": a size for messages. */
function sizeText(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / 1024 / 1024} MiB` : `${bytes / 1024} KiB`;
}
