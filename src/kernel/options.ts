/**
 * What a kernel is given (KernelOptions) and what a run gives back (RunResult), with the limits
 * and statuses they refer to.
 */
import type { GuestFs } from './fs.js';
import type { StdioStream } from './openfile.js';
import type { FaultHandler } from './faultapi.js';
import type { PolicyName, ReplacementPolicy } from './policies/policy.js';
import { MAX_ASID } from './ptable.js';

/** vmlab's exit status when a plug-in failed (EX_SOFTWARE). */
export const STATUS_PLUGIN_FAILED = 70;

/** What the kernel is given: the guest's standard streams, its file tree, its limits. */
export interface KernelOptions {
  /**
   * The guest's standard output and error. Returning false says the reader has gone away (a
   * closed pipe): the writing process then gets SIGPIPE and -EPIPE, as from a pipe on Linux.
   * Returning a negative number, -errno, says the write failed so (-ENOSPC on a full disk): the
   * writing process gets it, as on Linux. Anything else: written.
   */
  stdout: (bytes: Uint8Array) => unknown;
  stderr: (bytes: Uint8Array) => unknown;
  /** Up to `max` bytes of input for descriptor 0 (empty: end of file), or an errno, negated, for the read. Default: none. */
  stdin?: (max: number) => Uint8Array | number;
  /**
   * What the guest's standard input, output and error are on the host, in that order, as its
   * fstat and isatty see them. Default: three terminals (openfile.ts TERMINAL).
   */
  stdio?: readonly [StdioStream, StdioStream, StdioStream];
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
  /** Told of the moments a dump may be taken at (--dump-at, translate --at). Default: none. */
}

/** The most processes --max-procs allows: each needs an ASID of its own with --asid. */
export const MAX_PROCS_LIMIT = MAX_ASID;
export const DEFAULT_MAX_PROCS = 64;

/** The replacement policies the kernel can use (opt needs the future: replay only). */
export type KernelPolicy = Exclude<PolicyName, 'opt'>;
export const KERNEL_POLICIES: readonly KernelPolicy[] = ['fifo', 'clock', 'lru', 'random'];
export const DEFAULT_SWAP = 64 * 1024 * 1024;

export interface RunResult {
  /** The exit status a shell would show (128 + signal for a killed process). */
  status: number;
  /**
   * How pid 1's run ended: 'exit', 'signal', 'limit' (stopped at the instruction limit), 'cycles'
   * (stopped at Kernel.maxCycles, beyond which cycles would not be exact), 'plugin' (a plug-in
   * failed) or 'deadlock' (every live process blocked with nothing pending).
   */
  end: 'exit' | 'signal' | 'limit' | 'cycles' | 'plugin' | 'deadlock';
  /** For a signal, a failed plug-in or a deadlock: the one-line report. */
  report: string | null;
}

/** The status vmlab gives a run that ended in a deadlock. */
export const STATUS_DEADLOCK = 1;
