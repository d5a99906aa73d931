/**
 * The machine: RAM, TLBs, MMU, CPU and disk wired from one configuration. Knows nothing of
 * processes; the kernel drives it.
 */
import { Ram } from './ram.js';
import { Tlb, parseTlbSpec, type TlbSpec } from './tlb.js';
import { Mmu, SV32 } from './mmu.js';
import { Cpu } from './cpu.js';
import { JitCpu } from './jit/jit-cpu.js';
import { COST_PRESETS, checkCosts, type Costs } from './costs.js';
import { Disk, type DiskPreset } from './disk.js';
import { EventQueue } from './events.js';
import { Probe } from './probe.js';

/** How the CPU executes: the interpreter (the reference) or basic blocks compiled to JavaScript. */
export type Engine = 'interp' | 'jit';
export const ENGINES: readonly Engine[] = ['interp', 'jit'];

export interface MachineConfig {
  /** Physical RAM in bytes (a multiple of 4 KiB). */
  ramBytes: number;
  itlb: TlbSpec;
  dtlb: TlbSpec;
  /** One TLB for fetches and data (uses `dtlb`'s spec) instead of split ones. */
  unifiedTlb: boolean;
  l2tlb: TlbSpec | null;
  /** Tag TLB entries with the ASID instead of flushing on an address-space switch. */
  asid: boolean;
  /** Translation on (Sv32) or off (physical addressing, the seed's first system). */
  mmu: boolean;
  costs: Costs;
  /** The disk's latency model. */
  disk: DiskPreset;
  /** CPU clock and the `time` CSR's tick rate, in Hz. */
  clockHz: number;
  timerHz: number;
  /** Seeds every random choice (random TLB replacement...). */
  seed: number;
  /** The execution engine; both give the same results and statistics (docs/engine.md). */
  engine: Engine;
}

export const DEFAULT_CONFIG: MachineConfig = {
  ramBytes: 16 * 1024 * 1024,
  // Intel Skylake's L1 ITLB (128 entries, 8-way) and L1 DTLB (64 entries, 4-way), LRU.
  itlb: parseTlbSpec('128:8:lru'),
  dtlb: parseTlbSpec('64:4:lru'),
  unifiedTlb: false,
  l2tlb: null,
  asid: false,
  mmu: true,
  costs: COST_PRESETS.default,
  disk: 'ssd',
  clockHz: 1_000_000_000,
  timerHz: 10_000_000,
  seed: 1,
  engine: 'jit',
};

export class Machine {
  readonly ram: Ram;
  readonly itlb: Tlb;
  readonly dtlb: Tlb;
  readonly l2tlb: Tlb | null;
  readonly mmu: Mmu;
  readonly cpu: Cpu;
  readonly disk: Disk;
  /** The one clock's scheduled events (disk completions...). */
  readonly events = new EventQueue();
  /** The run's event stream (probe.ts): the machine's events, and the kernel's. */
  readonly probe = new Probe();

  constructor(readonly config: MachineConfig) {
    checkCosts(config.costs);
    this.ram = new Ram(config.ramBytes);
    const superBits = SV32.vpnBits;
    this.dtlb = new Tlb(config.dtlb, superBits, config.seed);
    this.itlb = config.unifiedTlb ? this.dtlb : new Tlb(config.itlb, superBits, config.seed + 1);
    this.l2tlb = config.l2tlb ? new Tlb(config.l2tlb, superBits, config.seed + 2) : null;
    this.mmu = new Mmu(this.ram, SV32, this.itlb, this.dtlb, this.l2tlb, config.costs, this.probe);
    this.disk = new Disk(config.disk, config.clockHz, config.costs.memory, this.probe);
    const cyclesPerTick = Math.max(1, Math.round(config.clockHz / config.timerHz));
    this.cpu = config.engine === 'jit'
      ? new JitCpu(this.ram, this.mmu, config.costs, cyclesPerTick)
      : new Cpu(this.ram, this.mmu, config.costs, cyclesPerTick);
  }
}
