/**
 * What the kernel offers its modules (system calls, process lifecycle, the checker, fork's copy of
 * an address space): the one interface they see it through. Each module names the part it uses
 * (`Pick<KernelServices, ...>`), so no kernel module imports kernel.ts and none imports another
 * in a loop.
 *
 * Error convention: system calls return a negative errno; the fault path returns a FaultResult.
 */
import type { Machine } from '../machine/machine.js';
import type { KernelClock } from './clock.js';
import type { ExecArgs, ExecImage } from './exec.js';
import type { FaultResult } from './faultapi.js';
import type { DetachedInodes, GuestFs, Inode } from './fs.js';
import type { Process } from './proc.js';
import type { ProcessTable } from './ptable.js';
import type { Scheduler } from './sched.js';
import type { Memory } from './vm/memory.js';
import type { Probe } from '../machine/probe.js';
import type { VmEvent } from './events.js';
import type { Entropy } from './entropy.js';
import type { LoadAverage } from './loadavg.js';
import type { FutexTable } from './futextable.js';

/** Not results: the call blocked (it runs again when woken), or execve started a new image (rt_sigreturn too: the registers are set). */
export const SYSCALL_BLOCKED = -0x10001, SYSCALL_NEW_IMAGE = -0x10002;

export interface KernelServices {
  readonly machine: Machine;
  readonly clock: KernelClock;
  readonly memory: Memory;
  /** The guest's file tree (--root), or null. */
  readonly fs: GuestFs | null;
  /** The numbers of the inodes outside the tree (an executable given as bytes, shared anonymous memory). */
  readonly detachedInodes: DetachedInodes;
  /** How far the stack may grow. */
  readonly stackLimit: number;
  /** The MMU is off: one physical image, no address spaces. */
  readonly physical: boolean;
  readonly sched: Scheduler;
  readonly table: ProcessTable;
  /** Every process not yet reaped (zombies included), by pid. */
  readonly procs: ReadonlyMap<number, Process>;
  /** The run's event stream (events.ts): modules emit their events into it. */
  readonly events: Probe<VmEvent>;
  /** The run's random bytes (getrandom), from the machine's seed. */
  readonly entropy: Entropy;
  /** The load average (sysinfo). */
  readonly load: LoadAverage;
  /** The futexes processes wait on (futex.ts). */
  readonly futexes: FutexTable;

  /** Copy up to `length` bytes from `p`'s memory at `va`: the readable prefix. */
  copyinPrefix(p: Process, va: number, length: number): Uint8Array;
  /** Copy `data` into `p`'s memory at `va` (false: -EFAULT). */
  copyout(p: Process, va: number, data: Uint8Array): boolean;
  /** Copy `data` into `p`'s memory at `va` up to the first page that is not writable: the bytes copied. */
  copyoutPrefix(p: Process, va: number, data: Uint8Array): number;
  /** Handle a fault on `va` for `access` (mmu.ts ACCESS_*) in `p` (also for the kernel's own accesses to user memory). */
  pageFault(p: Process, va: number, access: number): FaultResult;
  /**
   * Fault the page at `va` in for `access` on `p`'s behalf, as a kernel access to user memory does
   * (copyin, populate, a futex's page): whether it was mapped (false also if `p` ended). It counts
   * as `p`'s progress, so the page need not stay resident after it.
   */
  faultIn(p: Process, va: number, access: number): boolean;
  /** Put `p` to sleep on `channel` in system call `name`; returns SYSCALL_BLOCKED. */
  block(p: Process, channel: object, name: string): number;
  /** Wake every process blocked on `channel`. */
  wakeup(channel: object): void;
  /** End `p` with `signal`, recording the one-line report `why`. */
  kill(p: Process, signal: number, why: string): void;
  /** End `p` with exit status `status`. */
  exit(p: Process, status: number): void;
  /** fork: the child's pid, or a negative errno. */
  fork(p: Process): number;
  /** Give `p` the address space of `image` and load the CPU with its entry state; throws ExecError. */
  startImage(p: Process, image: ExecImage, args: ExecArgs): void;
  /** Free `p`'s address space (writing back what its shared file mappings dirtied). */
  releaseAddressSpace(p: Process): void;
  /** Shared anonymous memory that no address space maps any more is freed. */
  releaseShared(inode: Inode): void;
  /**
   * Guest output on descriptor 1 or 2: 0 when written, -EPIPE when its reader has gone away,
   * another negative errno when the write failed (KernelOptions.stdout); and up to `max` bytes
   * of standard input.
   */
  output(fd: number, bytes: Uint8Array): number;
  readStdin(max: number): Uint8Array | number;
}
