/**
 * The cycle model: what every event costs, in CPU cycles. Every figure is a named default with
 * its source; presets group them; each can be overridden (CLI --cost NAME=N or --config JSON).
 *
 * Sources:
 *  - Instruction latencies: a simple in-order RISC-V core (1 cycle ALU, taken-branch bubble of 2,
 *    3-cycle multiply, 34-cycle divide), as in SiFive E31/U54 core manuals.
 *  - memory: a DRAM access behind no cache. The CS:APP slides give SRAM:DRAM ≈ 1:10 and DRAM:disk
 *    ≈ 1:10,000 (textbook preset); on current hardware a DRAM access is ~60–100 ns, ~200–300
 *    cycles at 3 GHz, but caches hide most of it, so the default charges an L1-hit-like 4 cycles
 *    per data access and lets the walk pay for page-table reads.
 *  - TLB: an L1 DTLB hit is free (in parallel with the cache); a miss walks the page table. Intel
 *    Skylake: L1 DTLB 64 entries 4-way, L1 ITLB 128 entries 8-way, STLB 1536 entries; a walk that
 *    hits the caches costs ~20–30 cycles (Intel optimization manual). walkLevel charges one memory
 *    access per level of the table.
 *  - Traps: entering and leaving the kernel costs ~100 cycles each on RISC-V Linux (save/restore
 *    of 31 registers plus CSR accesses and pipeline flush).
 *  - Kernel work: zeroing or copying a 4 KiB page at ~8 bytes/cycle ≈ 512 cycles.
 *  - Context switch: the scheduler's own work (save and restore registers, pick the next
 *    process, write satp) is ~1 us on Linux (lmbench lat_ctx with small working sets: 1-3 us,
 *    most of it cache and TLB refill, which vmlab models separately): 1,000 cycles.
 * The disk's latencies are its own model (disk.ts, --disk).
 */

export interface Costs {
  /** Per instruction class. */
  alu: number;
  branchNotTaken: number;
  branchTaken: number;
  jump: number;
  mul: number;
  div: number;
  load: number;
  store: number;
  system: number;
  csr: number;
  fence: number;
  /** Added to every load and store: the memory access. */
  memory: number;
  /** One page-table level read during a walk (a memory access). */
  walkLevel: number;
  /** Looking an entry up in the second-level TLB after an L1 miss. */
  l2tlbHit: number;
  /** Entering the kernel through a trap, and returning to the user program. */
  trapEntry: number;
  trapExit: number;
  /** Kernel work: zero-fill a page, copy a page. */
  zeroPage: number;
  copyPage: number;
  /** The scheduler's work to switch from one process to another (TLB refills not included). */
  contextSwitch: number;
}

export const COST_PRESETS: Readonly<Record<string, Costs>> = {
  default: {
    alu: 1, branchNotTaken: 1, branchTaken: 3, jump: 3, mul: 3, div: 34, load: 1, store: 1, system: 1, csr: 1,
    fence: 1, memory: 4, walkLevel: 12, l2tlbHit: 7, trapEntry: 100, trapExit: 100, zeroPage: 512, copyPage: 512,
    contextSwitch: 1000,
  },
  // CS:APP's ratios: an SRAM (cache/TLB) access 1, DRAM 10x it, disk 10,000x DRAM.
  textbook: {
    alu: 1, branchNotTaken: 1, branchTaken: 1, jump: 1, mul: 1, div: 1, load: 1, store: 1, system: 1, csr: 1,
    fence: 1, memory: 10, walkLevel: 10, l2tlbHit: 1, trapEntry: 10, trapExit: 10, zeroPage: 100, copyPage: 100,
    contextSwitch: 100,
  },
  // Every instruction one cycle and nothing else charged: counts instructions.
  flat: {
    alu: 1, branchNotTaken: 1, branchTaken: 1, jump: 1, mul: 1, div: 1, load: 1, store: 1, system: 1, csr: 1,
    fence: 1, memory: 0, walkLevel: 0, l2tlbHit: 0, trapEntry: 0, trapExit: 0, zeroPage: 0, copyPage: 0,
    contextSwitch: 0,
  },
};

export const COST_NAMES = Object.keys(COST_PRESETS.default) as (keyof Costs)[];

/**
 * The largest cost of anything, in cycles. Both engines keep an instruction class's cost in a
 * 32-bit integer, and the compiling engine sums a block's (up to 1,024 instructions, each an
 * instruction cost and a memory cost) in one: 1,024 × 2 × 1,000,000 stays below 2^31. A bigger
 * cost would wrap, to a different cycle count on each engine.
 */
export const MAX_COST = 1_000_000;

/** Throw a RangeError naming the first cost of `costs` that is not a whole number from 0 to MAX_COST. */
export function checkCosts(costs: Costs): void {
  for (const name of COST_NAMES) {
    const v = costs[name];
    if (!Number.isInteger(v) || v < 0 || v > MAX_COST) throw new RangeError(`bad cost ${name} ${v}: expected a whole number from 0 to ${MAX_COST}`);
  }
}
