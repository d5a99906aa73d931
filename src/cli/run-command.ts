/** `vmlab run PROG.s|PROG [args...]`: run a program on the machine and report what it cost. */
import type { Command } from 'commander';
import { existsSync, readSync, statSync } from 'node:fs';
import { GuestFs } from '../kernel/fs.js';
import { Machine } from '../machine/machine.js';
import { ExecError, KERNEL_POLICIES, Kernel, MAX_PROCS_LIMIT, type KernelPolicy } from '../kernel/kernel.js';
import { InvariantError } from '../kernel/check.js';
import { PluginError, loadPolicyPlugin } from '../kernel/policies/plugin.js';
import type { ReplacementPolicy } from '../kernel/policies/policy.js';
import { collectStats, formatStats, statsJson } from '../stats/report.js';
import { assembleFiles } from './asm-command.js';
import { readInput, writeOutput } from './files.js';
import { machineConfig, parseSize, readConfigFile, type Knobs } from './run-config.js';
import { UsageError } from './usage-error.js';
import { PageTrace } from './page-trace.js';

/** Exit statuses of vmlab itself when the guest did not decide one. */
export const STATUS_CANNOT_EXECUTE = 126;
export const STATUS_LIMIT = 124;

interface RunFlags extends Knobs {
  policy?: string;
  swap?: string;
  root?: string;
  tracePages?: string;
  traceEveryAccess?: boolean;
  stackLimit?: string;
  writeThrough?: boolean;
  config?: string;
  quantum?: string;
  maxProcs?: string;
  check?: boolean;
  stats?: boolean;
  statsJson?: string;
}

export function runCommand(program: Command): void {
  program
    .command('run')
    .description('run a RISC-V program (an ELF executable, or a .s file assembled first) and report its costs')
    .argument('<program>', 'executable, or assembly source ending in .s')
    .argument('[args...]', 'arguments passed to the program (argv[1]...)')
    .option('--ram <size>', 'physical RAM (default 16M)')
    .option('--itlb <spec>', 'instruction TLB ENTRIES:WAYS:POLICY (ways: a number or fa; policy: lru, fifo, random, plru; default 128:8:lru)')
    .option('--dtlb <spec>', 'data TLB spec (default 64:4:lru)')
    .option('--tlb <spec>', 'one unified TLB for fetches and data instead of split ones')
    .option('--l2tlb <spec>', 'second-level TLB spec (default none)')
    .option('--asid', 'tag TLB entries with address-space IDs instead of flushing on a switch')
    .option('--mmu <on|off>', 'translation on (Sv32) or off (physical addressing, no protection)')
    .option('--costs <preset>', 'cycle-model preset: default, textbook, flat')
    .option('--disk <preset>', 'disk latency model: textbook, textbook-100k, ssd, hdd, ram (default ssd)')
    .option('--cost <name=cycles>', 'override one cost of the cycle model (repeatable)', (v: string, all: string[]) => [...all, v], [] as string[])
    .option('--config <file>', 'JSON file with any of these settings (flags win)')
    .option('--policy <name>', 'page replacement when RAM is full: fifo, clock, lru (exact: sees every access, slower), random')
    .option('--swap <size>', 'size of the swap area (default 64M)')
    .option('--root <dir>', 'the directory the guest sees as / (default: the current directory)')
    .option('--stack-limit <size>', 'how far the stack may grow (default 8M)')
    .option('--write-through', 'let the guest\'s file changes reach the host (default: they stay in memory)')
    .option('--quantum <cycles>', 'the scheduler\'s time slice in cycles (default 1000000)')
    .option('--max-procs <n>', `how many processes may exist at once, zombies included (1 to ${MAX_PROCS_LIMIT}, default 64)`)
    .option('--check', 'check the kernel\'s invariants after every kernel entry (slower)')
    .option('--max-instructions <n>', 'stop after this many instructions')
    .option('--engine <name>', 'how the CPU runs: jit (basic blocks compiled to JavaScript, the default) or interp (the reference interpreter); same results')
    .option('--seed <n>', 'seed for every random choice (default 1)')
    .option('--trace-pages <file>', 'record the page reference string (one VPN a line, for vmlab replay --refs-file)')
    .option('--trace-every-access', 'with --trace-pages: record every access, not only TLB misses (slower)')
    .option('--stats', 'print a report of the run on stderr')
    .option('--stats-json <file>', 'write the statistics as JSON')
    .action(async (path: string, args: string[], flags: RunFlags) => {
      process.exitCode = await runProgram(path, args, flags);
    });
}

async function runProgram(path: string, args: string[], flags: RunFlags): Promise<number> {
  const knobs: Knobs = { ...(flags.config ? readConfigFile(flags.config) : {}), ...definedKnobs(flags) };
  const { config, maxInstructions } = machineConfig(knobs);
  const bytes = path.endsWith('.s') ? (await assembleFiles([path])).elf : readInput(path);
  const machine = new Machine(config);
  const fs = guestFs(flags.root ?? '.', flags.writeThrough ?? false);
  const kernel = new Kernel(machine, {
    stdout: (b) => { process.stdout.write(b); },
    stderr: (b) => { process.stderr.write(b); },
    stdin: readStdin,
    fs,
    stackLimit: flags.stackLimit === undefined ? undefined : stackLimit(flags.stackLimit),
    policy: flags.policy === undefined ? undefined : await kernelPolicy(flags.policy, config.seed),
    swapBytes: flags.swap === undefined ? undefined : parseSize(flags.swap, '--swap'),
    quantum: flags.quantum === undefined ? undefined : wholeNumber(flags.quantum, '--quantum', 1, Number.MAX_SAFE_INTEGER),
    maxProcs: flags.maxProcs === undefined ? undefined : wholeNumber(flags.maxProcs, '--max-procs', 1, MAX_PROCS_LIMIT),
    check: flags.check,
  });
  try {
    kernel.exec(bytes, [path, ...args], [], path.endsWith('.s') ? undefined : fs.inodeOfHostFile(path));
  } catch (e) {
    if (e instanceof ExecError) throw new UsageError(`${path}: cannot execute: ${e.message}`, STATUS_CANNOT_EXECUTE);
    throw e;
  }
  const trace = flags.tracePages ? new PageTrace(flags.tracePages, [path]) : null;
  if (trace) {
    machine.mmu.trace = (vpn) => trace.record(vpn);
    machine.mmu.traceEveryAccess = flags.traceEveryAccess ?? false;
  }
  const started = process.hrtime.bigint();
  let result;
  try {
    result = kernel.run(maxInstructions);
  } catch (e) {
    if (e instanceof InvariantError) throw new UsageError(`${path}: ${e.message}`, 70);
    throw e;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  trace?.close();
  for (const p of kernel.history) {
    if (p.pid !== 1 && p.report) process.stderr.write(`vmlab: ${path}: pid ${p.pid}: ${p.report}\n`);
  }
  if (result.report) process.stderr.write(`vmlab: ${path}: ${result.end === 'plugin' ? 'stopped: ' : ''}${result.report}\n`);
  if (result.end === 'limit') process.stderr.write(`vmlab: ${path}: stopped after ${maxInstructions} instructions (--max-instructions)\n`);
  const stats = collectStats(path, machine, kernel, result, seconds);
  if (flags.stats) process.stderr.write(formatStats(stats));
  if (flags.statsJson) writeOutput(flags.statsJson, Buffer.from(statsJson(stats)), [path]);
  return result.end === 'limit' ? STATUS_LIMIT : result.status;
}

/** A built-in policy by name, or a plug-in module (a path: ./my-policy.ts, /x/p.js). */
async function kernelPolicy(name: string, seed: number): Promise<KernelPolicy | ReplacementPolicy> {
  if (KERNEL_POLICIES.includes(name as KernelPolicy)) return name as KernelPolicy;
  if (!/[/\\]|\.(js|ts|mjs|cjs)$/.test(name)) {
    throw new UsageError(`unknown policy '${name}' (known: ${KERNEL_POLICIES.join(', ')}, or a plug-in file like ./my-policy.ts)`);
  }
  try {
    return await loadPolicyPlugin(name, seed);
  } catch (e) {
    if (e instanceof PluginError) throw new UsageError(e.message);
    throw e;
  }
}

/** A whole number from `min` to `max`, or a UsageError naming the flag. */
function wholeNumber(text: string, flag: string, min: number, max: number): number {
  const v = Number(text);
  if (!/^\d+$/.test(text) || v < min || v > max) throw new UsageError(`bad ${flag} '${text}': expected a whole number from ${min} to ${max}`);
  return v;
}

function stackLimit(text: string): number {
  const bytes = parseSize(text, '--stack-limit');
  if (bytes < 4096 || bytes % 4096 !== 0 || bytes > 256 * 1024 * 1024) {
    throw new UsageError(`bad --stack-limit '${text}': must be a multiple of 4 KiB from 4 KiB to 256 MiB`);
  }
  return bytes;
}

function guestFs(root: string, writeThrough: boolean): GuestFs {
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`bad --root '${root}': not a directory`);
  return new GuestFs(root, writeThrough);
}

/** Up to `max` bytes of vmlab's standard input (none if it is closed). */
function readStdin(max: number): Uint8Array {
  const buffer = Buffer.alloc(max);
  try {
    return buffer.subarray(0, readSync(0, buffer, 0, max, null));
  } catch {
    return new Uint8Array(0);
  }
}

function definedKnobs(flags: RunFlags): Knobs {
  const knobs: Knobs = {};
  for (const key of ['ram', 'itlb', 'dtlb', 'tlb', 'l2tlb', 'asid', 'mmu', 'costs', 'cost', 'disk', 'seed', 'maxInstructions', 'engine'] as const) {
    const value = flags[key];
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) (knobs as Record<string, unknown>)[key] = value;
  }
  return knobs;
}
