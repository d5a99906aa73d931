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
  /** Pages a policy plug-in's faultAround had mapped around faults. */
  faultAround = 0;
  /** Open files by descriptor (null: closed). */
  files: (OpenFile | null)[] = standardFiles();

  constructor(readonly pid: number, readonly name: string) {}
}
