/**
 * The moment of a run at which `vmlab run --dump` and `vmlab translate --run` look at memory:
 * `exit` (pid 1 is ending, its address space still whole; or the end of the run if it does not
 * end first) or `fault:N` (the N-th page fault of the run, any process, just after the handler
 * has answered it). A MomentWatch is the kernel observer that calls back at that moment, once.
 */
import type { Fault, FaultResult } from '../kernel/faultapi.js';
import type { KernelObserver } from '../kernel/kernel.js';
import type { Process } from '../kernel/proc.js';
import { UsageError } from './usage-error.js';

export type Moment = { kind: 'exit' } | { kind: 'fault'; n: number };

/** Parse `exit` or `fault:N` (N from 1), or throw a UsageError naming `flag`. */
export function parseMoment(text: string, flag: string): Moment {
  if (text === 'exit') return { kind: 'exit' };
  const m = /^fault:(\d+)$/.exec(text);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= Number.MAX_SAFE_INTEGER) return { kind: 'fault', n: Number(m[1]) };
  throw new UsageError(`bad ${flag} '${text}': expected exit or fault:N (N a whole number from 1)`);
}

/** Watches a run for `moment` and calls `take` there with a label for it ("exit of pid 1", "page fault 3 ..."). */
export class MomentWatch implements KernelObserver {
  private faults = 0;
  /** Whether the moment came (take was called). */
  taken = false;

  constructor(private readonly moment: Moment, private readonly take: (label: string) => void) {}

  exiting(p: Process): void {
    if (this.moment.kind === 'exit' && p.pid === 1 && !this.taken) this.fire(`exit of pid 1`);
  }

  faulted(p: Process, fault: Fault, result: FaultResult): void {
    this.faults++;
    if (this.moment.kind !== 'fault' || this.faults !== this.moment.n || this.taken) return;
    const answer = result.kind === 'retry' ? 'mapped' : result.kind === 'segv' ? 'SIGSEGV' : 'killed';
    this.fire(`page fault ${this.faults} (pid ${p.pid}, ${fault.access} at 0x${fault.va.toString(16).padStart(8, '0')}, ${answer})`);
  }

  /**
   * The run is over: an `exit` moment that has not come is taken now ("end of the run"). Returns
   * null, or for a fault the run never reached, the one-line reason.
   */
  finish(): string | null {
    if (this.taken) return null;
    if (this.moment.kind === 'exit') {
      this.fire('end of the run');
      return null;
    }
    return `fault:${this.moment.n} never came: the run had ${this.faults} page fault${this.faults === 1 ? '' : 's'}`;
  }

  private fire(label: string): void {
    this.taken = true;
    this.take(label);
  }
}
