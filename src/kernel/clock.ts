/**
 * The kernel's clock. Every cycle of kernel work is charged here, by the name of its cost in
 * costs.ts (a trap's entry and exit, zeroing or copying a page, a PTE read and written...).
 *
 * Disk waits: a write-back is queued on the disk and does not wait. A read makes the process in
 * the kernel wait for it: the kernel goes on along that process's own timeline (the clock jumps to
 * the completion); when the kernel entry ends (endWaits) the clock goes back to when the first
 * wait began, the process sleeps until its last read completed, and others run meanwhile.
 */
import type { Machine } from '../machine/machine.js';
import type { Costs } from '../machine/costs.js';

/** The costs the kernel charges (the others are the CPU's own). */
export type KernelCost = keyof Pick<Costs, 'trapEntry' | 'trapExit' | 'zeroPage' | 'copyPage' | 'memory' | 'contextSwitch'>;

/** A kernel entry's disk waits: when the first began and when the last read completes. */
export interface Waits {
  start: number;
  wake: number;
}

export class KernelClock {
  /** The current kernel entry's disk waits: when the first began (-1: none), their total. */
  private waitStart = -1;
  private waitTotal = 0;
  /** Cycles the CPU spent idle: every live process was waiting (for the disk, or asleep in clock_nanosleep). */
  idleCycles = 0;

  constructor(private readonly machine: Machine) {}

  /** The cycle count. */
  get cycles(): number {
    return this.machine.cpu.cycles;
  }

  /** Charge `times` the cost `cost`. */
  charge(cost: KernelCost, times = 1): void {
    this.machine.cpu.cycles += this.machine.config.costs[cost] * times;
  }

  /** Charge kernel work done earlier and deferred (the part of an entry after a disk wait). */
  chargeDeferred(cycles: number): void {
    this.machine.cpu.cycles += cycles;
  }

  /** Move a page between RAM and disk block `block`: see the module comment. Returns the completion time. */
  diskTransfer(block: number, write: boolean): number {
    const done = this.machine.disk.request(this.machine.cpu.cycles, block, write);
    if (!write) this.waitUntil(done);
    return done;
  }

  /** The process in the kernel waits until `time` (nothing if it has come). */
  waitUntil(time: number): void {
    const cpu = this.machine.cpu;
    if (time <= cpu.cycles) return;
    if (this.waitStart < 0) this.waitStart = cpu.cycles;
    this.waitTotal += time - cpu.cycles;
    cpu.cycles = time;
  }

  /** Whether the current kernel entry has waited for the disk. */
  get waited(): boolean {
    return this.waitStart >= 0;
  }

  /**
   * The time of the scheduler's state changes: the clock, or, in a kernel entry that has waited
   * for the disk, when the wait began.
   */
  now(): number {
    return this.waitStart >= 0 ? this.waitStart : this.machine.cpu.cycles;
  }

  /** End the entry's waits: the clock goes back to when the first began. Null if it did not wait. */
  endWaits(): Waits | null {
    if (this.waitStart < 0) return null;
    const waits = { start: this.waitStart, wake: this.waitStart + this.waitTotal };
    this.waitStart = -1;
    this.waitTotal = 0;
    this.machine.cpu.cycles = waits.start;
    return waits;
  }

  /** Nothing is ready: the CPU idles until `time`. */
  idleUntil(time: number): void {
    const cpu = this.machine.cpu;
    if (time > cpu.cycles) {
      this.idleCycles += time - cpu.cycles;
      cpu.cycles = time;
    }
  }
}
