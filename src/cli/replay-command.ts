/**
 * `vmlab replay`: simulate page-replacement policies on a reference string (--refs 1,2,3 or
 * --refs-file: page numbers, or a trace of addresses in any format `vmlab run --trace` writes)
 * with N frames, and compare their hits and misses.
 */
import type { Command } from 'commander';
import { makePolicy, POLICY_NAMES, type PolicyName, type TeachingPolicy } from '../kernel/policies/policy.js';
import { replay, type ReplayResult } from '../kernel/policies/replay.js';
import { readInput, readStandardInput } from './files.js';
import { UsageError } from './usage-error.js';
import { MAX_SEED, parseCount } from './whole-number.js';
import { distinctPages, REFS_FORMATS, readRefs, type RefsFormat } from './refs.js';
import { writeOut } from './stdout.js';
import { plural } from '../stats/report.js';

interface ReplayFlags {
  refs?: string;
  refsFile?: string;
  refsFormat?: string;
  pageSize?: string;
  frames: string;
  policy: string;
  verbose?: boolean;
  seed: string;
}

function table(results: ReplayResult[], refs: readonly number[], distinct: number, frames: number): string {
  const lines = [`${plural(refs.length, 'reference')} to ${plural(distinct, 'distinct page')}, ${plural(frames, 'frame')}`, '',
    'policy       hits   misses   hit rate'];
  for (const r of results) {
    const rate = `${((100 * r.hits) / refs.length).toFixed(2)}%`;
    lines.push(`${r.policy.padEnd(8)}${String(r.hits).padStart(8)}${String(r.misses).padStart(9)}${rate.padStart(11)}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * Print each step of `policy` on `refs` as it is taken, a chunk at a time (the steps of a long
 * trace are never held), in columns as wide as the longest step number, page and result.
 */
function printSteps(policy: TeachingPolicy, refs: readonly number[], frames: number): void {
  let widest = 0;
  for (const page of refs) widest = Math.max(widest, page);
  const stepWidth = Math.max(4, String(refs.length).length), pageWidth = Math.max(4, String(widest).length);
  const resultWidth = 'miss, evicts '.length + pageWidth;
  let out = `\n${policy.name}:\n  ${'step'.padStart(stepWidth)}  ${'page'.padStart(pageWidth)}  ${'result'.padEnd(resultWidth)}  frames\n`;
  replay(refs, frames, policy, (s, i) => {
    const shown = s.frames.map((f) => (f === null ? '-' : String(f))).join(' ');
    const result = s.hit ? 'hit' : s.evicted === null ? 'miss' : `miss, evicts ${s.evicted}`;
    out += `  ${String(i + 1).padStart(stepWidth)}  ${String(s.page).padStart(pageWidth)}  ${result.padEnd(resultWidth)}  [${shown}]\n`;
    if (out.length >= 1 << 16) {
      writeOut(out);
      out = '';
    }
  });
  writeOut(out);
}

/** A --page-size: a power of 2 from 1 to 2^30 bytes. */
function parsePageSize(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1 || n > 2 ** 30 || (n & (n - 1)) !== 0) {
    throw new UsageError(`bad --page-size '${text}': expected a power of 2 from 1 to 1073741824`);
  }
  return n;
}

export function replayCommand(program: Command): void {
  program
    .command('replay')
    .description('simulate page-replacement policies on a page reference string')
    .option('--refs <list>', 'the reference string: page numbers separated by commas (1,2,3,4,1,2,5)')
    .option('--refs-file <file>', 'the reference string from a file (- for the standard input): page numbers (decimal or 0x hex) separated by commas, blanks or newlines ' +
      '(# starts a comment), or a trace of addresses (lackey, din, jsonl) as vmlab run --trace writes')
    .option('--refs-format <format>', `what --refs-file holds: ${REFS_FORMATS.join(', ')} (default auto: told by its first line)`)
    .option('--page-size <bytes>', 'with a trace of addresses: the page size that turns them into page numbers, a power of 2 (default 4096)')
    .requiredOption('--frames <n>', 'number of page frames')
    .option('--policy <list>', `policies to compare: ${POLICY_NAMES.join(', ')}`, 'fifo,lru,opt')
    .option('--seed <n>', 'seed of the random policy', '1')
    .option('--verbose', 'print every step: the page, hit or miss, the victim, the frames')
    .action((flags: ReplayFlags) => {
      if ((flags.refs === undefined) === (flags.refsFile === undefined)) throw new UsageError('give exactly one of --refs and --refs-file');
      if (flags.refsFormat !== undefined && flags.refsFile === undefined) throw new UsageError('--refs-format goes with --refs-file');
      const format = flags.refsFormat ?? 'auto';
      if (!REFS_FORMATS.includes(format as RefsFormat)) throw new UsageError(`bad --refs-format '${format}': expected one of ${REFS_FORMATS.join(', ')}`);
      const pageSize = flags.pageSize === undefined ? undefined : parsePageSize(flags.pageSize);
      const refs = flags.refs !== undefined ? readRefs(flags.refs, '--refs', 'pages', pageSize)
        : readRefs((flags.refsFile === '-' ? readStandardInput() : readInput(flags.refsFile!)).toString('utf8'), flags.refsFile!, format as RefsFormat, pageSize);
      const frames = parseCount(flags.frames, '--frames', 1_000_000, 1);
      const seed = parseCount(flags.seed, '--seed', MAX_SEED, 1);
      const names = flags.policy.split(',').map((p) => p.trim());
      for (const name of names) {
        if (!POLICY_NAMES.includes(name as PolicyName)) throw new UsageError(`unknown policy '${name}' (known: ${POLICY_NAMES.join(', ')})`);
      }
      const distinct = distinctPages(refs, flags.refsFile ?? '--refs');
      // the steps are not kept (a step holds every frame): --verbose replays each policy again, printing them as they come
      const results = names.map((name) => replay(refs, frames, makePolicy(name as PolicyName, refs, seed), false));
      writeOut(table(results, refs, distinct, frames));
      if (flags.verbose) for (const name of names) printSteps(makePolicy(name as PolicyName, refs, seed), refs, frames);
    });
}
