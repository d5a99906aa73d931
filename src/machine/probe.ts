/**
 * The probe: the one event stream of a run. The machine (accesses, TLB misses, disk requests) and
 * the kernel (faults, evictions, swap, context switches, system calls; their event types are in
 * src/kernel/events.ts) emit typed events into it, and every trace and report that wants them is
 * a listener. The full list of events and fields is in docs/observability.md.
 *
 * Free when nobody listens: an emitter tests a plain boolean field first (`accesses`, `misses`,
 * or wants(type) for the rare kernel events) and builds no event otherwise. A listener of
 * `access` events makes every access reach the MMU's slow path (the host fast path is emptied
 * and stays empty, and the compiling engine runs the interpreter meanwhile): the statistics stay
 * exactly what they are without the listener, only slower.
 */

/** What every event has: its type, which names the listeners it goes to. */
export interface ProbeEvent {
  readonly type: string;
}

/** How translation served an access: an L1 TLB hit, a second-level TLB hit, a page-table walk, or no translation (--mmu off). */
export type TlbOutcome = 'l1' | 'l2' | 'walk' | 'off';

/** An instruction fetch, load or store that completed (a faulting access is a fault; its restart is an access). */
export interface AccessEvent {
  readonly type: 'access';
  readonly kind: 'fetch' | 'load' | 'store';
  /** Virtual and physical address (the same with the MMU off). */
  readonly va: number;
  readonly pa: number;
  /** Bytes: 4 for a fetch, 1, 2 or 4 for a load or store. */
  readonly size: number;
  readonly tlb: TlbOutcome;
  /** Cycles translation added beyond an L1 hit: the walk, an L2 hit, setting D on a first store. */
  readonly cycles: number;
}

/** An L1 TLB miss, whether or not the access then completed (the page reference string of a run). */
export interface TlbMissEvent {
  readonly type: 'tlb-miss';
  readonly kind: 'fetch' | 'load' | 'store';
  readonly va: number;
  /** Found in the second-level TLB, or walked. */
  readonly tlb: 'l2' | 'walk';
  readonly cycles: number;
  /** The walk found no valid translation (a page fault or access fault follows). */
  readonly fault: boolean;
}

/** A one-block transfer submitted to the disk. */
export interface DiskEvent {
  readonly type: 'disk';
  /** When it was submitted, when the disk began it (after the ones queued before it), when it completes. */
  readonly cycle: number;
  readonly start: number;
  readonly done: number;
  readonly op: 'read' | 'write';
  readonly block: number;
}

/** The machine's own events. */
export type MachineEvent = AccessEvent | TlbMissEvent | DiskEvent;

type Listener = (event: ProbeEvent) => void;

/**
 * The stream. `E` is the union of the events its listeners may name (the machine's by default;
 * the kernel widens it to every event, src/kernel/events.ts).
 */
export class Probe<E extends ProbeEvent = MachineEvent> {
  /** Someone listens to `access` events (every access must reach the MMU's slow path). */
  accesses = false;
  /** Someone listens to `tlb-miss` events. */
  misses = false;
  /** Called when `accesses` changes (the MMU empties its fast path). */
  onAccessesChange: () => void = () => {};
  private readonly listeners = new Map<string, Listener[]>();

  /** Call `listener` with every event of `type` from now on. Returns a function that stops it. */
  on<T extends E['type']>(type: T, listener: (event: Extract<E, { type: T }>) => void): () => void {
    const list = this.listeners.get(type) ?? [];
    list.push(listener as Listener);
    this.listeners.set(type, list);
    this.update();
    return () => {
      const now = this.listeners.get(type) ?? [];
      const i = now.indexOf(listener as Listener);
      if (i >= 0) now.splice(i, 1);
      if (now.length === 0) this.listeners.delete(type);
      this.update();
    };
  }

  /** Whether anyone listens to `type` (test it before building an event). */
  wants(type: E['type']): boolean {
    return this.listeners.has(type);
  }

  /** Give `event` to the listeners of its type, in the order they began listening. */
  emit(event: E): void {
    const list = this.listeners.get(event.type);
    if (list) for (const listener of list) listener(event);
  }

  private update(): void {
    this.misses = this.listeners.has('tlb-miss');
    const accesses = this.listeners.has('access');
    if (accesses !== this.accesses) {
      this.accesses = accesses;
      this.onAccessesChange();
    }
  }
}
