/**
 * The two engines against each other: a random program (engines-program.ts) on a random machine
 * (TLBs of 1 to 64 entries of every shape and policy, one unified TLB, a second-level TLB, ASIDs,
 * the MMU off, a small RAM that swaps, every kernel policy, quanta down to 37 cycles, every cost
 * preset and odd costs, every disk) runs on the interpreter and on the compiling engine, the
 * latter sometimes with JitCpu's thresholds at 1 to 3, and everything the runs show
 * (observe.ts) must be the same: a difference is a `divergence`, named by its first field.
 */
import { assemble } from '../../asm/assembler.js';
import { COST_NAMES, COST_PRESETS, type Costs } from '../../src/machine/costs.js';
import { DISK_PRESETS } from '../../src/machine/disk.js';
import type { MachineConfig } from '../../src/machine/machine.js';
import { TLB_POLICIES, type TlbSpec } from '../../src/machine/tlb.js';
import { KERNEL_POLICIES, type KernelOptions } from '../../src/kernel/options.js';
import { Rng } from '../rng.js';
import { classifyThrow, type Target } from '../target.js';
import { enginesProgram } from './engines-program.js';
import { firstDifference, observe, withThresholds, type Run, type Thresholds } from './observe.js';

/** The instruction limit of a run (a case's program is made to run about BUDGET of them). */
const MAX_INSTRUCTIONS = 300_000;
const BUDGET = 200_000;

/** Everything of a case but its program: the machine, the kernel, the limit, the thresholds, whether events are heard. */
interface Setup {
  config: Partial<MachineConfig>;
  kernel: Omit<KernelOptions, 'stdout' | 'stderr'>;
  maxInstructions: number;
  thresholds: Thresholds;
  events: boolean;
}

/** A TLB of 2^minLog to 2^maxLog entries, of any associativity and policy (lru and plru, whose state every hit changes, twice as often). */
function tlbSpec(rng: Rng, minLog: number, maxLog: number): TlbSpec {
  const log = minLog + rng.int(maxLog - minLog + 1);
  return { entries: 2 ** log, ways: 2 ** rng.int(log + 1), policy: rng.pick([...TLB_POLICIES, 'lru', 'plru']) };
}

const specText = (s: TlbSpec): string => `${s.entries}:${s.ways}:${s.policy}`;

/** A cost preset, sometimes with a few costs changed (a free taken branch, a dear untaken one...). */
function costs(rng: Rng): { name: string; costs: Costs; changed: [keyof Costs, number][] } {
  const name = rng.pick(Object.keys(COST_PRESETS));
  const changed: [keyof Costs, number][] = rng.chance(0.25)
    ? Array.from({ length: 1 + rng.int(4) }, () => [rng.pick(COST_NAMES), rng.pick([0, 1, 2, 9, 37, 300])]) : [];
  return { name, costs: { ...COST_PRESETS[name], ...Object.fromEntries(changed) }, changed };
}

/** The machine and kernel of a case, and the `vmlab run` flags for them. */
function setup(rng: Rng): { setup: Setup; flags: string[] } {
  const itlb = tlbSpec(rng, 0, 6), dtlb = tlbSpec(rng, 0, 6);
  const unifiedTlb = rng.chance(0.2);
  const l2tlb = rng.chance(0.2) ? tlbSpec(rng, 2, 8) : null;
  const asid = rng.chance(0.5);
  const mmu = !rng.chance(0.1);
  // The MMU off: the program is copied to its own addresses (0x400000...), RAM must hold them.
  const ramKiB = mmu ? rng.pick([48, 64, 96, 128, 256, 1024, 16384, 16384]) : 16384;
  const cost = costs(rng);
  const disk = rng.pick(DISK_PRESETS);
  const seed = rng.next() || 1; // --seed takes 1 to 2^32 - 1
  const policy = rng.chance(0.1) ? 'lru' : rng.pick(KERNEL_POLICIES.filter((p) => p !== 'lru'));
  const swapKiB = rng.pick([0, 256, 4096, 65536, 65536]);
  const quantum = rng.pick([37, 97, 500, 997, 5000, 100_000, 1_000_000]);
  const maxInstructions = rng.chance(0.2) ? 1000 + rng.int(MAX_INSTRUCTIONS - 1000) : MAX_INSTRUCTIONS;
  const thresholds: Setup['thresholds'] = {};
  if (rng.chance(0.3)) thresholds.inlineAfter = rng.pick([1, 1, 2, 3]);
  if (rng.chance(0.3)) thresholds.listTouchesAfter = rng.pick([1, 1, 2, 3]);
  // Mostly translated at a block's second start, as these programs are short (JitCpu.translateAfter
  // would leave most of their blocks to the interpreter); chosen from the seed, not drawn, so that
  // the cases of a seed are the ones they were before this knob.
  if (seed % 5 !== 0) thresholds.translateAfter = 1;
  const events = rng.chance(0.6);
  const config: Partial<MachineConfig> = { itlb, dtlb, unifiedTlb, l2tlb, asid, mmu, ramBytes: ramKiB * 1024, costs: cost.costs, disk, seed };
  const flags = [
    ...(unifiedTlb ? ['--tlb', specText(dtlb)] : ['--itlb', specText(itlb), '--dtlb', specText(dtlb)]),
    ...(l2tlb ? ['--l2tlb', specText(l2tlb)] : []), ...(asid ? ['--asid'] : []), ...(mmu ? [] : ['--mmu', 'off']),
    '--ram', `${ramKiB}k`, '--costs', cost.name, ...cost.changed.flatMap(([n, v]) => ['--cost', `${n}=${v}`]), '--disk', disk,
    '--seed', String(seed), '--policy', policy, '--swap', `${swapKiB}k`, '--quantum', String(quantum), '--max-instructions', String(maxInstructions),
  ];
  return {
    setup: { config, kernel: { policy, swapBytes: swapKiB * 1024, quantum }, maxInstructions, thresholds, events },
    flags,
  };
}

export const enginesTarget: Target = {
  name: 'engines',
  generate(seed) {
    const rng = new Rng(seed);
    const { setup: s, flags } = setup(rng);
    const entries = Math.max(s.config.dtlb!.entries, s.config.l2tlb?.entries ?? 0);
    const source = enginesProgram(rng, {
      // More pages than the DTLB has entries, mostly (so its replacement order decides what misses).
      bssPages: entries + 1 + rng.int(entries + 8), dataPages: 1 + rng.int(16), stackPages: 1 + rng.int(48),
      mmu: s.config.mmu!, budget: BUDGET,
    });
    return { input: Buffer.from(source), ext: 's', command: ['run', '--engine', 'interp', ...flags, '--stats', 'FILE'], options: { setup: JSON.stringify(s) } };
  },
  run(c) {
    const s = JSON.parse(String(c.options!.setup)) as Setup;
    try {
      const elf = assemble([{ path: 'case.s', text: Buffer.from(c.input).toString('utf8') }]).elf;
      const run: Run = { name: 'case', elf, argv: ['case'], config: s.config, kernel: s.kernel, maxInstructions: s.maxInstructions, events: s.events };
      const interp = observe(run, 'interp');
      const jit = withThresholds(s.thresholds, () => observe(run, 'jit'));
      const difference = firstDifference(interp, jit, ['interp', 'jit']);
      if (difference !== null) return { kind: 'divergence', detail: difference };
      const { exit, instructions } = interp.stats as { exit: { end: string; status: number }; instructions: number };
      return { kind: 'ran', detail: `${exit.end} ${exit.status} after ${instructions} instructions` };
    } catch (e) {
      return classifyThrow(e, () => false);
    }
  },
};
