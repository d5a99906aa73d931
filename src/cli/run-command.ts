/**
 * `vmlab run PROG.s|PROG [args...]`: the command's options. What it does is in run-program.ts,
 * loaded only when the command runs, so that `vmlab --help` and the other commands do not load
 * the kernel and the machine.
 */
import { Option, type Command } from 'commander';
import { MAX_PROCS_LIMIT } from '../kernel/options.js';
import { DUMP_KINDS } from '../stats/dumps.js';
import { CommandWithStatsEvery } from './stats-every.js';
import { TRACE_FORMATS, TRACE_WHATS } from './trace.js';
import type { RunFlags } from './run-program.js';
import { collect } from './collect.js';

/** Register `run` on `program`. */
export function runCommand(program: Command): void {
  const run = new CommandWithStatsEvery('run').copyInheritedSettings(program);
  program.addCommand(run);
  run
    .description('run a RISC-V program (an ELF executable, or a .s file assembled first) and report its costs')
    .argument('<program>', 'executable, or assembly source ending in .s')
    .argument('[args...]', 'arguments passed to the program (argv[1]...)')
    .option('--ram <size>', 'physical RAM, 32k to 2G in whole 4 KiB frames (default 16M)')
    .option('--itlb <spec>', 'instruction TLB ENTRIES:WAYS:POLICY (ways: a number or fa; policy: lru, fifo, random, plru; default 128:8:lru)')
    .option('--dtlb <spec>', 'data TLB spec (default 64:4:lru)')
    .option('--tlb <spec>', 'one unified TLB for fetches and data instead of split ones (ENTRIES:WAYS:POLICY)')
    .option('--l2tlb <spec>', 'second-level TLB spec (default none)')
    .option('--asid', 'tag TLB entries with address-space IDs instead of flushing on a switch')
    .option('--mmu <on|off>', 'translation on (Sv32) or off (physical addressing, no protection; default on)')
    .option('--costs <preset>', 'cycle-model preset: default, textbook, flat (default: default)')
    .option('--disk <preset>', 'disk latency model: textbook, textbook-100k, ssd, hdd, ram (default ssd)')
    .addOption(new Option('--cost <name=cycles>', 'override one cost of the cycle model (repeatable)')
      .argParser(collect).default([] as string[], 'none'))
    .option('--config <file>', 'JSON file with any of these settings (flags win)')
    .option('--policy <name|file>', 'page replacement when RAM is full: fifo, clock, lru (exact: sees every access, slower), random, ' +
      'or a plug-in module file such as ./my-policy.ts or .js (docs/plugins.md) (default clock)')
    .option('--swap <size>', 'size of the swap area, at most 2G (default 64M)')
    .option('--root <dir>', 'the directory the guest sees as / (default: the current directory)')
    .option('--stack-limit <size>', 'how far the stack may grow (default 8M)')
    .option('--write-through', 'let the guest\'s file changes reach the host (default: they stay in memory)')
    .option('--quantum <cycles>', 'the scheduler\'s time slice in cycles (default 1000000)')
    .option('--fault-handler <file>', 'a page-fault handler plug-in (.ts or .js) in place of the built-in one (docs/fault-handlers.md)')
    .option('--max-procs <n>', `how many processes may exist at once, zombies included (1 to ${MAX_PROCS_LIMIT}, default 64)`)
    .option('--check', 'check the kernel\'s invariants after every kernel entry (slower; a violation stops the run, status 70)')
    .option('--max-instructions <n>', 'stop after this many instructions (status 124)')
    .option('--engine <name>', 'how the CPU runs: jit (basic blocks compiled to JavaScript, the default) or interp (the reference interpreter); same results')
    .option('--seed <n>', 'seed for every random choice: random TLB and page replacement, AT_RANDOM, getrandom (default 1)')
    .option('--trace <file>', 'write a trace of the run\'s events to FILE (- for standard output; the guest\'s own output then goes to stderr)')
    .option('--trace-format <format>', `the trace's format: ${TRACE_FORMATS.join(', ')} (default jsonl; docs/observability.md)`)
    .option('--trace-what <events>', `what the trace holds: ${TRACE_WHATS.join(', ')} (all: every event, jsonl only; default accesses)`)
    .option('--trace-pages <file>', 'the same as --trace FILE --trace-format pages --trace-what misses (one hex VPN a line, for vmlab replay)')
    .option('--trace-every-access', 'with --trace-pages: every access, as --trace-what accesses (slower)')
    .option('--stats', 'print a report of the run on stderr (Ctrl-C stops the run with status 130 and prints it so far)')
    .option('--stats-json <file>', 'write the statistics as JSON')
    .option('--dump <what>', `dump memory at one moment: ${DUMP_KINDS.join(', ')}, or several joined by commas (docs/dumps.md)`)
    .option('--dump-at <moment>', 'when to dump: exit (pid 1 ending, or the end of the run) or fault:N (just after the N-th page fault) (default exit)')
    .option('--dump-file <file>', 'write the dump to this file instead of stderr')
    .option('--stats-every <cycles> <file>', 'write a line of JSON statistics to FILE (- for stdout) every CYCLES cycles of the ' +
      'guest clock, at the first kernel entry or end of a time slice after each multiple, and one at the end: faults, ' +
      'TLB misses, resident pages, evictions, swap and disk traffic, per process (docs/vmstat.md)')
    .action(async (path: string, args: string[], flags: RunFlags) => {
      const { runProgram } = await import('./run-program.js');
      process.exitCode = await runProgram(path, args, flags);
    });
}
