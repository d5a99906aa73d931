/**
 * The machine configuration of `vmlab run`: defaults, then a JSON config file (--config), then
 * command-line flags. Every bad value is a UsageError with one line saying what and why.
 */
import { DEFAULT_CONFIG, ENGINES, type Engine, type MachineConfig } from '../machine/machine.js';
import { parseTlbSpec, type TlbSpec } from '../machine/tlb.js';
import { COST_NAMES, COST_PRESETS, MAX_COST, type Costs } from '../machine/costs.js';
import { DISK_PRESETS, type DiskPreset } from '../machine/disk.js';
import { MAX_PROCS_LIMIT } from '../kernel/kernel.js';
import { readInputOrWhy } from './files.js';
import { UsageError } from './usage-error.js';
import { MAX_SEED, parseCount } from './whole-number.js';

/** The knobs, as flags or config-file keys give them (strings from the CLI, JSON values from files). */
export interface Knobs {
  ram?: string | number;
  itlb?: string;
  dtlb?: string;
  tlb?: string;
  l2tlb?: string | null;
  asid?: boolean;
  mmu?: string | boolean;
  costs?: string;
  cost?: Record<string, number> | string[] | string;
  disk?: string;
  seed?: string | number;
  clockHz?: string | number;
  timerHz?: string | number;
  maxInstructions?: string | number;
  engine?: string;
}

/** The JSON types each config key takes (Knobs), as `jsonType` names them: a count or a size also as a string, as on the command line. */
const CONFIG_TYPES: Record<keyof Knobs, readonly string[]> = {
  ram: ['string', 'number'], itlb: ['string'], dtlb: ['string'], tlb: ['string'], l2tlb: ['string', 'null'], asid: ['boolean'],
  mmu: ['string', 'boolean'], costs: ['string'], cost: ['object', 'array', 'string'], disk: ['string'], seed: ['string', 'number'],
  clockHz: ['string', 'number'], timerHz: ['string', 'number'], maxInstructions: ['string', 'number'], engine: ['string'],
};
const CONFIG_KEYS = Object.keys(CONFIG_TYPES);

/** The JSON type of `value`: string, number, boolean, null, array or object. */
const jsonType = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
/** A JSON type's name in a sentence: "a string", "an array", "null". */
const withArticle = (type: string): string => (type === 'null' ? 'null' : /^[ao]/.test(type) ? `an ${type}` : `a ${type}`);

/** Parse a size: 4096, 64k, 16M, 16MiB, 1G. */
export function parseSize(text: string | number, what: string): number {
  const m = /^(\d+)\s*([kKmMgG]?)(i?[bB])?$/.exec(String(text));
  if (!m) throw new UsageError(`bad ${what} '${text}': expected a size like 16M, 64k or 4096`);
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Number(m[1]) * unit;
}

/** The largest swap area (--swap): swapped-out pages live in vmlab's memory, only those written. */
export const MAX_SWAP_BYTES = 2 ** 31;

/** A --swap size: a multiple of 4 KiB (swap holds whole pages) up to MAX_SWAP_BYTES, or a UsageError. */
export function parseSwapSize(text: string | number): number {
  const bytes = parseSize(text, '--swap');
  if (bytes > MAX_SWAP_BYTES || bytes % 4096 !== 0) throw new UsageError(`bad --swap '${text}': must be a multiple of 4 KiB, at most 2 GiB`);
  return bytes;
}

/**
 * The fastest clock (config key clockHz): a disk access is its latency times the clock, and a
 * run's cycles must stay exact (below 2^53) for a long run with the dearest costs.
 */
export const MAX_CLOCK_HZ = 1e12;

function tlbSpec(text: string, what: string): TlbSpec {
  try {
    return parseTlbSpec(text);
  } catch (e) {
    throw new UsageError(`${what}: ${(e as Error).message}`);
  }
}

/** Read a --config file's knobs. */
export function readConfigFile(path: string): Knobs {
  // Read as every input is (a FIFO or a device is refused: it might never end).
  const bytes = readInputOrWhy(path);
  if (typeof bytes === 'string') throw new UsageError(`cannot read config '${path}': ${bytes}`);
  let data: unknown;
  try {
    data = JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    // V8's message quotes the text, newlines and all: one line, cut short.
    const why = (e as Error).message.replace(/\s+/g, ' ');
    throw new UsageError(`cannot read config '${path}': not JSON: ${why.length > 120 ? `${why.slice(0, 117)}...` : why}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new UsageError(`config '${path}' is not a JSON object`);
  for (const [key, value] of Object.entries(data)) {
    if (!CONFIG_KEYS.includes(key)) throw new UsageError(`unknown key '${key}' in config '${path}' (known: ${CONFIG_KEYS.join(', ')})`);
    const types = CONFIG_TYPES[key as keyof Knobs];
    if (!types.includes(jsonType(value))) {
      throw new UsageError(`config '${path}': '${key}' must be ${types.map(withArticle).join(' or ')}, not ${withArticle(jsonType(value))}`);
    }
  }
  return data as Knobs;
}

/** The kernel's limits as `vmlab run`'s flags give them. */
export interface LimitFlags {
  stackLimit?: string;
  swap?: string;
  quantum?: string;
  maxProcs?: string;
}

/** The kernel options of `flags` (undefined where not given), each checked: a bad one is a UsageError. */
export function kernelLimits(flags: LimitFlags): { stackLimit?: number; swapBytes?: number; quantum?: number; maxProcs?: number } {
  return {
    stackLimit: flags.stackLimit === undefined ? undefined : parseStackLimit(flags.stackLimit),
    swapBytes: flags.swap === undefined ? undefined : parseSwapSize(flags.swap),
    quantum: flags.quantum === undefined ? undefined : parseCount(flags.quantum, '--quantum', Number.MAX_SAFE_INTEGER, 1),
    maxProcs: flags.maxProcs === undefined ? undefined : parseCount(flags.maxProcs, '--max-procs', MAX_PROCS_LIMIT, 1),
  };
}

function parseStackLimit(text: string): number {
  const bytes = parseSize(text, '--stack-limit');
  if (bytes < 4096 || bytes % 4096 !== 0 || bytes > 256 * 1024 * 1024) {
    throw new UsageError(`bad --stack-limit '${text}': must be a multiple of 4 KiB from 4 KiB to 256 MiB`);
  }
  return bytes;
}

/** The machine configuration and instruction limit from `knobs` (file values overridden by flags). */
export function machineConfig(knobs: Knobs): { config: MachineConfig; maxInstructions: number } {
  const config: MachineConfig = { ...DEFAULT_CONFIG };
  if (knobs.ram !== undefined) {
    config.ramBytes = parseSize(knobs.ram, '--ram');
    // 8 frames at least: the root page table and two level-0 tables (code/data and stack), plus the
    // two pages one instruction can need at once (its own and its data), with room to spare.
    if (config.ramBytes < 32 * 1024 || config.ramBytes % 4096 !== 0 || config.ramBytes > 2 ** 31) {
      throw new UsageError(`bad --ram '${knobs.ram}': must be a multiple of 4 KiB from 32 KiB to 2 GiB`);
    }
  }
  if (knobs.tlb !== undefined && (knobs.itlb !== undefined || knobs.dtlb !== undefined)) {
    throw new UsageError(`--tlb (one TLB for fetches and data) and --${knobs.itlb !== undefined ? 'itlb' : 'dtlb'} (split TLBs) contradict each other: give one of them`);
  }
  if (knobs.itlb !== undefined) config.itlb = tlbSpec(knobs.itlb, '--itlb');
  if (knobs.dtlb !== undefined) config.dtlb = tlbSpec(knobs.dtlb, '--dtlb');
  if (knobs.tlb !== undefined) {
    config.dtlb = tlbSpec(knobs.tlb, '--tlb');
    config.unifiedTlb = true;
  }
  if (knobs.l2tlb !== undefined) config.l2tlb = knobs.l2tlb === null ? null : tlbSpec(knobs.l2tlb, '--l2tlb');
  if (knobs.asid !== undefined) {
    if (typeof knobs.asid !== 'boolean') throw new UsageError(`bad asid '${JSON.stringify(knobs.asid)}': expected true or false`);
    config.asid = knobs.asid;
  }
  if (knobs.mmu !== undefined) {
    if (knobs.mmu !== 'on' && knobs.mmu !== 'off' && typeof knobs.mmu !== 'boolean') {
      throw new UsageError(`bad --mmu '${knobs.mmu}': expected on or off`);
    }
    config.mmu = knobs.mmu === true || knobs.mmu === 'on';
  }
  let costs: Costs = config.costs;
  if (knobs.costs !== undefined) {
    const preset = Object.hasOwn(COST_PRESETS, knobs.costs) ? COST_PRESETS[knobs.costs] : undefined;
    if (!preset) throw new UsageError(`unknown cost preset '${knobs.costs}' (known: ${Object.keys(COST_PRESETS).join(', ')})`);
    costs = preset;
  }
  if (knobs.cost !== undefined) {
    // Flags give NAME=CYCLES strings (one, or a list); a config file may also give an object.
    const cost: unknown = typeof knobs.cost === 'string' ? [knobs.cost] : knobs.cost;
    if (typeof cost !== 'object' || cost === null || (Array.isArray(cost) && !cost.every((kv) => typeof kv === 'string'))) {
      throw new UsageError(`bad cost '${JSON.stringify(knobs.cost)}': expected NAME=CYCLES strings or an object like {"memory": 100}`);
    }
    const overrides = Array.isArray(cost)
      ? Object.fromEntries((cost as string[]).map((kv) => {
        const m = /^([a-zA-Z][a-zA-Z0-9]*)=(\d+)$/.exec(kv);
        if (!m) throw new UsageError(`bad --cost '${kv}': expected NAME=CYCLES, like memory=100`);
        return [m[1], Number(m[2])];
      }))
      : cost as Record<string, unknown>;
    costs = { ...costs };
    for (const [name, value] of Object.entries(overrides)) {
      if (!COST_NAMES.includes(name as keyof Costs)) throw new UsageError(`unknown cost '${name}' (known: ${COST_NAMES.join(', ')})`);
      costs[name as keyof Costs] = parseCount(value, `cost ${name}`, MAX_COST);
    }
  }
  config.costs = costs;
  if (knobs.disk !== undefined) {
    if (!DISK_PRESETS.includes(knobs.disk as DiskPreset)) {
      throw new UsageError(`unknown disk preset '${knobs.disk}' (known: ${DISK_PRESETS.join(', ')})`);
    }
    config.disk = knobs.disk as DiskPreset;
  }
  if (knobs.engine !== undefined) {
    if (!ENGINES.includes(knobs.engine as Engine)) throw new UsageError(`unknown engine '${knobs.engine}' (known: ${ENGINES.join(', ')})`);
    config.engine = knobs.engine as Engine;
  }
  // Seed 0 would start the generators where seed 1 does (they cannot start from 0).
  if (knobs.seed !== undefined) config.seed = parseCount(knobs.seed, '--seed', MAX_SEED, 1);
  if (knobs.clockHz !== undefined) config.clockHz = parseCount(knobs.clockHz, 'clockHz', MAX_CLOCK_HZ, 1);
  if (knobs.timerHz !== undefined) config.timerHz = parseCount(knobs.timerHz, 'timerHz', config.clockHz, 1);
  if (config.clockHz % config.timerHz !== 0) {
    throw new UsageError(`bad timerHz ${config.timerHz}: must divide clockHz ${config.clockHz} (the timer ticks every clockHz / timerHz cycles)`);
  }
  const maxInstructions = knobs.maxInstructions === undefined ? Infinity : parseCount(knobs.maxInstructions, '--max-instructions');
  return { config, maxInstructions };
}
