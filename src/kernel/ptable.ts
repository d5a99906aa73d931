/**
 * The process table: every process not yet reaped (zombies included) by pid, every process there
 * has been (for the statistics; a reaped one as its record), which process owns each root page table, the allocation of pids
 * and ASIDs, and the process tree's book-keeping when a process is reaped or orphaned.
 */
import { Process, recordOf, type ProcessRecord } from './proc.js';

/** Sv32 ASIDs have 9 bits; 0 is the one every process shares without --asid. */
export const MAX_ASID = 511;

export class ProcessTable {
  readonly byPid = new Map<number, Process>();
  /** Every process there has been, in the order they were made: a reaped one as its record. */
  readonly history: (Process | ProcessRecord)[] = [];
  /** The most processes that existed at once, and how many have not exited. */
  peak = 0;
  live = 0;
  /** pid 1, the first program: orphans go to it. */
  init: Process | null = null;
  private nextPid = 1;
  /** Processes reaped, not yet replaced by their records in `history` (admit does it). */
  private readonly reaped: Process[] = [];
  private readonly byRoot = new Map<number, Process>();
  /** ASIDs not in use (with ASIDs on), lowest last. */
  private readonly freeAsids: number[] = [];

  constructor(private readonly maxProcs: number, private readonly asids: boolean) {
    if (asids) for (let asid = MAX_ASID; asid >= 1; asid--) this.freeAsids.push(asid);
  }

  /**
   * A new process named `name`, with the next pid and (with ASIDs on) an ASID of its own; null if
   * the table is full (maxProcs, zombies included, or no ASID left). It joins with admit(), or
   * gives its ASID back with discard().
   */
  create(name: string): Process | null {
    if (this.byPid.size >= this.maxProcs) return null;
    const asid = this.asids ? this.freeAsids.pop() : 0;
    if (asid === undefined) return null;
    const p = new Process(this.nextPid++, name);
    p.asid = asid;
    return p;
  }

  /** `p` (from create()) joins the table. */
  admit(p: Process): void {
    // The processes reaped since the last one joined have left the CPU for good, their counts
    // final: each is kept as its record from now on.
    for (const c of this.reaped) this.history[c.historyIndex] = recordOf(c);
    this.reaped.length = 0;
    this.byPid.set(p.pid, p);
    p.historyIndex = this.history.length;
    this.history.push(p);
    this.peak = Math.max(this.peak, this.byPid.size);
    this.live++;
  }

  /** `p` has exited (its address space and TLB entries are gone): its ASID is free again. */
  exited(p: Process): void {
    this.live--;
    this.discard(p);
  }

  /** Give back the ASID of `p`, which never joined or has exited. */
  discard(p: Process): void {
    if (!this.asids) return;
    this.freeAsids.push(p.asid);
    this.freeAsids.sort((a, b) => b - a);
  }

  /** `p`'s address space now has its root page table in frame `root` (-1: none). */
  setRoot(p: Process, root: number): void {
    if (p.root >= 0) this.byRoot.delete(p.root);
    p.root = root;
    if (root >= 0) this.byRoot.set(root, p);
  }

  /** The process whose root page table is frame `root`. */
  ownerOf(root: number): Process | undefined {
    return this.byRoot.get(root);
  }

  /** Forget the zombie `c`: remove it from the table and from its parent's children. */
  reap(c: Process): void {
    this.byPid.delete(c.pid);
    if (c !== this.init) this.reaped.push(c); // pid 1 stays whole: the report shows it
    const siblings = c.parent?.children ?? [];
    if (siblings.includes(c)) siblings.splice(siblings.indexOf(c), 1);
  }

  /**
   * The children of `p`, which is exiting, go to pid 1 while it lives (else the zombies among them
   * are reaped now, the others when they end). Returns pid 1 and the zombies it inherited (none
   * without pid 1).
   */
  reparent(p: Process): { heir: Process | null; zombies: Process[] } {
    const heir = this.init && !this.init.exited && this.init !== p ? this.init : null;
    const orphans = p.children.splice(0);
    for (const c of orphans) {
      c.parent = heir;
      if (heir) heir.children.push(c);
      else if (c.exited) this.reap(c);
    }
    return { heir, zombies: heir ? orphans.filter((c) => c.exited) : [] };
  }
}
