/**
 * The moment of a run at which `vmlab run --dump` and `vmlab translate --run` look at memory:
 * `exit` (pid 1 is ending, its address space still whole; or the end of the run if it does not
 * end first) or `fault:N` (the N-th page fault of the run, any process, just after the handler
 * has answered it). A MomentWatch listens to the run's event stream (its `exit` and `fault`
 * events) and calls back at that moment, once.
 */
import type { ExitEvent, FaultEvent, VmEvent } from '../kernel/events.js';
import type { Probe } from '../machine/probe.js';
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
export class MomentWatch {
  private faults = 0;
  /** Whether the moment came (take was called). */
  taken = false;

  constructor(private readonly moment: Moment, private readonly take: (label: string) => void) {}

  /** Listen to `events` from now on (before exec: the faults that build pid 1's stack count). */
  attach(events: Probe<VmEvent>): void {
    events.on('exit', (e) => this.exiting(e));
    events.on('fault', (e) => this.faulted(e));
  }

  private exiting(e: ExitEvent): void {
    if (this.moment.kind === 'exit' && e.pid === 1 && !this.taken) this.fire(`exit of pid 1`);
  }

  private faulted(e: FaultEvent): void {
    this.faults++;
    if (this.moment.kind !== 'fault' || this.faults !== this.moment.n || this.taken) return;
    const answer = e.result === 'retry' ? 'mapped' : e.result === 'segv' ? 'SIGSEGV' : e.result === 'sigbus' ? 'SIGBUS' : 'killed';
    this.fire(`page fault ${this.faults} (pid ${e.pid}, ${e.access} at 0x${e.va.toString(16).padStart(8, '0')}, ${answer})`);
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
