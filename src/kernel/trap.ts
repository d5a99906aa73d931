/**
 * The trap path: every entry into the kernel from a running process (a system call, a page fault,
 * another exception) and every way back out of it, with a disk wait turned into sleep.
 */
import {
  ACCESS_FETCH, ACCESS_LOAD, ACCESS_NAMES, ACCESS_STORE, CAUSE_FETCH_ACCESS, CAUSE_FETCH_PAGE_FAULT, CAUSE_LOAD_ACCESS,
  CAUSE_LOAD_PAGE_FAULT, CAUSE_STORE_ACCESS, CAUSE_STORE_PAGE_FAULT,
} from '../machine/mmu.js';
import {
  CAUSE_BREAKPOINT, CAUSE_ECALL_U, CAUSE_ILLEGAL_INSTRUCTION, CAUSE_MISALIGNED_FETCH, CAUSE_MISALIGNED_LOAD,
  CAUSE_MISALIGNED_STORE,
} from '../machine/cpu.js';
import type { Process } from './proc.js';
import { SYSCALL_BLOCKED, SYSCALL_NEW_IMAGE, type KernelServices } from './services.js';
import { syscall } from './syscalls.js';
import { SIGBUS, SIGILL, SIGSEGV, SIGTRAP } from './signals.js';
import { BUS_ADRALN, BUS_ADRERR, ILL_ILLOPC, SEGV_ACCERR, TRAP_BRKPT, deliverSignal, forceFault, segvCode } from './sigaction.js';
import { hex32 } from './vm/vma.js';
import { eventsOf } from './events.js';

/** The kernel as the trap path sees it: its services, and the invariant checker run after each entry with --check. */
export interface TrapKernel extends KernelServices {
  readonly checking: boolean;
  check(): void;
}

/** The trap entry: handle exception `cause` with value `value` (address or instruction) at cpu.pc. */
export function trap(k: TrapKernel, cause: number, value: number): void {
  const p = k.sched.running!;
  const entered = p.kernelEntry = k.clock.cycles;
  k.clock.charge('trapEntry');
  switch (cause) {
    case CAUSE_ECALL_U: systemCall(k, p); break;
    case CAUSE_FETCH_PAGE_FAULT: userPageFault(k, p, value, ACCESS_FETCH); break;
    case CAUSE_LOAD_PAGE_FAULT: userPageFault(k, p, value, ACCESS_LOAD); break;
    case CAUSE_STORE_PAGE_FAULT: userPageFault(k, p, value, ACCESS_STORE); break;
    case CAUSE_FETCH_ACCESS: case CAUSE_LOAD_ACCESS: case CAUSE_STORE_ACCESS:
      fault(k, p, SIGSEGV, SEGV_ACCERR, value, `access fault at ${hex32(value)}: no RAM there`);
      break;
    case CAUSE_ILLEGAL_INSTRUCTION: fault(k, p, SIGILL, ILL_ILLOPC, k.machine.cpu.pc, `illegal instruction ${hex32(value)}`); break;
    case CAUSE_BREAKPOINT: fault(k, p, SIGTRAP, TRAP_BRKPT, k.machine.cpu.pc, 'breakpoint (ebreak)'); break;
    case CAUSE_MISALIGNED_FETCH: fault(k, p, SIGBUS, BUS_ADRALN, value, `misaligned instruction fetch at ${hex32(value)}`); break;
    case CAUSE_MISALIGNED_LOAD: fault(k, p, SIGBUS, BUS_ADRALN, value, `misaligned load from ${hex32(value)}`); break;
    case CAUSE_MISALIGNED_STORE: fault(k, p, SIGBUS, BUS_ADRALN, value, `misaligned store to ${hex32(value)}`); break;
    default: fault(k, p, SIGILL, ILL_ILLOPC, k.machine.cpu.pc, `unexpected exception ${cause}`);
  }
  leaveKernel(k, p, entered,
    cause === CAUSE_FETCH_PAGE_FAULT || cause === CAUSE_LOAD_PAGE_FAULT || cause === CAUSE_STORE_PAGE_FAULT);
}

/** The system call at p's ecall: its result in a0 and pc past it, unless it blocked or replaced the image. */
function systemCall(k: TrapKernel, p: Process): void {
  const cpu = k.machine.cpu;
  const events = eventsOf(k.machine);
  const listened = events.wants('syscall');
  const cycle = cpu.cycles, number = cpu.x[17], args = listened ? Array.from(cpu.x.subarray(10, 16)) : [];
  const a0 = syscall(k, p, number, cpu.x.subarray(10, 16));
  p.blockedSyscall = a0 === SYSCALL_BLOCKED && !p.exited;
  if (listened) {
    const outcome = p.exited ? 'ended' : a0 === SYSCALL_BLOCKED ? 'blocked' : a0 === SYSCALL_NEW_IMAGE ? 'new-image' : 'returned';
    events.emit({ type: 'syscall', cycle, pid: p.pid, number, args, result: outcome === 'returned' ? a0 : null, outcome });
  }
  if (p.exited || a0 === SYSCALL_BLOCKED || a0 === SYSCALL_NEW_IMAGE) return;
  p.written = 0;
  p.waitGroup = -1;
  cpu.x[10] = a0;
  cpu.pc = (cpu.pc + 4) | 0;
}

/**
 * Take p's lowest deliverable pending signal (sigaction.ts deliverSignal), as a kernel entry of
 * its own: writing the handler's frame may fault a page in from the disk. Whether one was taken.
 */
export function takeSignal(k: TrapKernel, p: Process): boolean {
  const entered = p.kernelEntry = k.clock.cycles;
  const taken = deliverSignal(k, p);
  if (taken) leaveKernel(k, p, entered, false);
  else p.kernelEntry = -1;
  return taken;
}

/** A process woken from a blocking system call runs it again in the kernel (it may block again). */
export function resumeSyscall(k: TrapKernel, p: Process): void {
  const entered = p.kernelEntry = k.clock.cycles;
  systemCall(k, p);
  leaveKernel(k, p, entered, false);
}

/**
 * The end of a kernel entry for `p` that began at `entered`. If it waited for the disk, the
 * clock goes back to when the first wait began and `p` sleeps until its reads completed; the
 * kernel work it did after the first wait is charged when it runs again (resumeAfterDisk).
 * Otherwise the trap returns (unless `p` blocked or ended) and a page fault's service time is
 * recorded.
 */
function leaveKernel(k: TrapKernel, p: Process, entered: number, pageFault: boolean): void {
  const returns = !p.exited && !p.blockedSyscall;
  const end = k.clock.cycles + (returns ? k.machine.config.costs.trapExit : 0);
  const waits = k.clock.endWaits();
  if (waits) {
    if (!p.exited) {
      p.pendingWork = end - waits.wake;
      if (pageFault) p.trapEnteredAt = entered;
      k.sched.setState(p, 'disk', waits.start);
      k.machine.events.schedule(waits.wake, () => {
        if (!p.exited) k.sched.setState(p, 'ready', waits.wake);
      });
    }
  } else if (returns) {
    k.clock.charge('trapExit');
    if (pageFault) p.faultService.add(k.clock.cycles - entered);
  }
  // The entry's cycles while p was running: to the end, or to when it blocked, slept on the disk or ended.
  p.kernelCycles += (p.state === 'running' ? k.clock.cycles : p.stateSince) - entered;
  p.kernelEntry = -1;
  if (k.checking) k.check();
}

/** `p` runs again after sleeping on the disk: the kernel work left from that entry is charged now. */
export function resumeAfterDisk(k: TrapKernel, p: Process): void {
  k.clock.chargeDeferred(p.pendingWork);
  p.kernelCycles += p.pendingWork;
  p.pendingWork = 0;
  if (p.trapEnteredAt >= 0) p.faultService.add(k.clock.cycles - p.trapEnteredAt);
  p.trapEnteredAt = -1;
}

function userPageFault(k: TrapKernel, p: Process, va: number, access: number): void {
  const result = k.pageFault(p, va, access);
  if (result.kind === 'segv' || result.kind === 'sigbus') {
    const report = `${ACCESS_NAMES[access]} at ${hex32(va)}: ${result.reason}`;
    if (result.kind === 'segv') fault(k, p, SIGSEGV, segvCode(p, va), va, report);
    else fault(k, p, SIGBUS, BUS_ADRERR, va, report);
  }
}

/** Fault signal `sig` (si_code `code`, si_addr `addr`) for p's instruction: its handler, or the end with `report`. */
function fault(k: TrapKernel, p: Process, sig: number, code: number, addr: number, report: string): void {
  forceFault(k, p, sig, { signo: sig, code, addr: addr >>> 0 }, report);
}
