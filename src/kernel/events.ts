/**
 * The kernel's events in the run's one event stream (src/machine/probe.ts holds the stream and
 * the machine's events): page faults, evictions, swap transfers, context switches and system
 * calls. Each is emitted only when someone listens to its type (Probe.wants). Every field is
 * described in docs/observability.md.
 */
import type { Machine } from '../machine/machine.js';
import type { MachineEvent, Probe, ProbeEvent } from '../machine/probe.js';
import type { AccessKind, Fault, FaultCount, FaultResult } from './faultapi.js';

/** A page fault, from the CPU or from the kernel's own access to user memory (a system call's buffer). */
export interface FaultEvent {
  readonly type: 'fault';
  /** The clock when the handler was entered. */
  readonly cycle: number;
  readonly pid: number;
  readonly va: number;
  readonly access: AccessKind;
  /** The pc of the faulting instruction (for a system call's buffer: the ecall). */
  readonly pc: number;
  /** The area holding va (its name: [heap], [stack], .text...), or null if none. */
  readonly area: string | null;
  /**
   * What the handler counted it as: minor (no disk), major (read from the disk), protection or
   * invalid (SIGSEGV), or none (a stale TLB entry: nothing to do but flush it; or a SIGBUS).
   */
  readonly kind: 'minor' | 'major' | 'protection' | 'invalid' | 'none';
  /** A store to a copy-on-write page, and whether the page was copied (not the last sharer). */
  readonly cow: boolean;
  readonly copied: boolean;
  /** Pages mapped around this one by the policy's fault-around. */
  readonly around: number;
  /** The handler's answer. */
  readonly result: FaultResult['kind'];
  /** Cycles the handler took, disk waits included (the trap's entry and exit are not). */
  readonly cycles: number;
}

/** One mapping of a page that reclaim took out of RAM (a page shared by several mappings: one event each). */
export interface EvictEvent {
  readonly type: 'evict';
  readonly cycle: number;
  /** The process whose page table mapped it (null if none any more), and the page. */
  readonly pid: number | null;
  readonly va: number;
  readonly frame: number;
  /** Some PTE mapping it had D set. */
  readonly dirty: boolean;
  /** Where the page went: its swap slot, back to its file (the page cache dropped it), or nowhere (clean: refilled on the next touch). */
  readonly to: 'swap' | 'file' | 'drop';
}

/** A page written to or read from the swap area on the disk. */
export interface SwapEvent {
  readonly type: 'swap';
  readonly cycle: number;
  readonly op: 'out' | 'in';
  readonly slot: number;
}

/** The CPU passed from one process to another. */
export interface SwitchEvent {
  readonly type: 'switch';
  readonly cycle: number;
  /** The process that was on the CPU (null: none had run yet), and the one that now is. */
  readonly from: number | null;
  readonly to: number;
  /** The TLBs were flushed (no ASIDs). */
  readonly flush: boolean;
}

/** One run of a system call's handler (a call that blocked runs again when woken: one event each time). */
export interface SyscallEvent {
  readonly type: 'syscall';
  readonly cycle: number;
  readonly pid: number;
  /** The Linux rv32 number (a7) and the six argument registers a0..a5, as signed 32-bit values. */
  readonly number: number;
  readonly args: readonly number[];
  /** What a0 became, or null if the call returned nothing: it blocked, replaced the image, or ended the process. */
  readonly result: number | null;
  readonly outcome: 'returned' | 'blocked' | 'new-image' | 'ended';
}

/** A process is ending (exit, exit_group, a fatal signal): emitted while its address space is still whole. */
export interface ExitEvent {
  readonly type: 'exit';
  readonly cycle: number;
  readonly pid: number;
  /** Its exit status (128 + the signal for a killed process). */
  readonly status: number;
}

/**
 * The first boundary of the kernel's run loop (a kernel entry, the end of a quantum or of a slice,
 * an idle wait for the disk) at or after a multiple of the period asked for with Probe.tickEvery:
 * the clock of a time series (--stats-every). Not a thing the run does: not in EVENT_TYPES.
 */
export interface TickEvent {
  readonly type: 'tick';
  readonly cycle: number;
  /** The multiple of the period that was passed (once for several passed at one boundary). */
  readonly due: number;
}

export type KernelEvent = FaultEvent | EvictEvent | SwapEvent | SwitchEvent | SyscallEvent | ExitEvent | TickEvent;

/** Every event of a run: the machine's and the kernel's. */
export type VmEvent = MachineEvent | KernelEvent;

/** Every event type, in the order docs/observability.md describes them. */
export const EVENT_TYPES: readonly Exclude<VmEvent['type'], 'tick'>[] = ['access', 'tlb-miss', 'fault', 'evict', 'swap', 'disk', 'switch', 'syscall', 'exit'];

/** The machine's event stream, typed for every event (the kernel emits its own into it). */
export function eventsOf(machine: Machine): Probe<VmEvent> {
  return machine.probe as Probe<ProbeEvent> as Probe<VmEvent>;
}

/** The event of `fault`, handled from cycle `cycle` in `cycles` with the counts `counted` and answer `result`. */
export function faultEvent(fault: Fault, cycle: number, cycles: number, counted: readonly FaultCount[], result: FaultResult): FaultEvent {
  const kind = counted.find((c): c is Exclude<FaultEvent['kind'], 'none'> => c === 'minor' || c === 'major' || c === 'protection' || c === 'invalid') ?? 'none';
  return {
    type: 'fault', cycle, pid: fault.pid, va: fault.va, access: fault.access, pc: fault.pc, area: fault.area?.name ?? null, kind,
    cow: counted.includes('cow'), copied: counted.includes('cowCopy'), around: counted.filter((c) => c === 'faultAround').length,
    result: result.kind, cycles,
  };
}
