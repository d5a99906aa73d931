/** A process: its address space (root page table and areas), heap break, open files, and how it ended. */
import type { Vma } from './vm/vma.js';
import { standardFiles, type OpenFile } from './files.js';

export interface ProcessFaults {
  minor: number;
  major: number;
  protection: number;
  /** Accesses to addresses no area covers. */
  invalid: number;
  /** Copy-on-write breaks (also counted as minor faults). */
  cow: number;
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

  summary(): { count: number; min: number; mean: number; max: number } {
    return this.count ? { count: this.count, min: this.min, mean: this.total / this.count, max: this.max } : { count: 0, min: 0, mean: 0, max: 0 };
  }
}

export class Process {
  /** Frame of the root page table (unused with the MMU off). */
  root = -1;
  vmas: Vma[] = [];
  brkStart = 0;
  brk = 0;
  exited = false;
  exitStatus = 0;
  /** Set when a signal ended the process: its name and the one-line report. */
  signal: string | null = null;
  report: string | null = null;
  readonly faults: ProcessFaults = { minor: 0, major: 0, protection: 0, invalid: 0, cow: 0 };
  /** Cycles each page fault took to service. */
  readonly faultService = new ServiceTimes();
  /** Pages a policy plug-in's faultAround had mapped around faults. */
  faultAround = 0;
  /** Open files by descriptor (null: closed). */
  files: (OpenFile | null)[] = standardFiles();

  constructor(readonly pid: number, readonly name: string) {}
}
