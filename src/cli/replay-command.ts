/**
 * `vmlab replay`: simulate page-replacement policies on a reference string (--refs 1,2,3 or
 * --refs-file, one page number per line) with N frames, and compare their hits and misses.
 */
import type { Command } from 'commander';
import { makePolicy, POLICY_NAMES, type PolicyName } from '../kernel/policies/policy.js';
import { replay, type ReplayResult } from '../kernel/policies/replay.js';
import { readInput } from './files.js';
import { UsageError } from './usage-error.js';

interface ReplayFlags {
  refs?: string;
  refsFile?: string;
  frames: string;
  policy: string;
  verbose?: boolean;
  seed: string;
}

/** Parse page numbers (decimal or 0x hex) separated by commas, blanks or newlines; # starts a comment. */
export function parseRefs(text: string, where: string): number[] {
  const refs: number[] = [];
  for (const line of text.split('\n')) {
    for (const token of line.replace(/#.*/, '').split(/[\s,]+/)) {
      if (token === '') continue;
      const n = /^0x[0-9a-f]+$/i.test(token) ? parseInt(token, 16) : /^\d+$/.test(token) ? Number(token) : NaN;
      if (!Number.isSafeInteger(n)) throw new UsageError(`bad page number '${token}' in ${where}`);
      refs.push(n);
    }
  }
  if (refs.length === 0) throw new UsageError(`no page numbers in ${where}`);
  return refs;
}

function table(results: ReplayResult[], refs: readonly number[], frames: number): string {
  const distinct = new Set(refs).size;
  const lines = [`${refs.length} references to ${distinct} distinct pages, ${frames} frames`, '',
    'policy       hits   misses   hit rate'];
  for (const r of results) {
    const rate = `${((100 * r.hits) / refs.length).toFixed(2)}%`;
    lines.push(`${r.policy.padEnd(8)}${String(r.hits).padStart(8)}${String(r.misses).padStart(9)}${rate.padStart(11)}`);
  }
  return lines.join('\n') + '\n';
}

function steps(r: ReplayResult): string {
  const lines = ['', `${r.policy}:`, '  step  page  result  frames'];
  r.steps.forEach((s, i) => {
    const frames = s.frames.map((f) => (f === null ? '-' : String(f))).join(' ');
    const result = s.hit ? 'hit' : s.evicted === null ? 'miss' : `miss, evicts ${s.evicted}`;
    lines.push(`  ${String(i + 1).padStart(4)}  ${String(s.page).padStart(4)}  ${result.padEnd(16)}  [${frames}]`);
  });
  return lines.join('\n') + '\n';
}

export function replayCommand(program: Command): void {
  program
    .command('replay')
    .description('simulate page-replacement policies on a page reference string')
    .option('--refs <list>', 'the reference string: page numbers separated by commas (1,2,3,4,1,2,5)')
    .option('--refs-file <file>', 'the reference string from a file: page numbers (decimal or 0x hex) separated by commas, blanks or newlines; # starts a comment')
    .requiredOption('--frames <n>', 'number of page frames')
    .option('--policy <list>', `policies to compare: ${POLICY_NAMES.join(', ')}`, 'fifo,lru,opt')
    .option('--seed <n>', 'seed of the random policy', '1')
    .option('--verbose', 'print every step: the page, hit or miss, the victim, the frames')
    .action((flags: ReplayFlags) => {
      if ((flags.refs === undefined) === (flags.refsFile === undefined)) throw new UsageError('give exactly one of --refs and --refs-file');
      const refs = flags.refs !== undefined ? parseRefs(flags.refs, '--refs')
        : parseRefs(readInput(flags.refsFile!).toString('utf8'), flags.refsFile!);
      const frames = Number(flags.frames);
      if (!Number.isInteger(frames) || frames < 1 || frames > 1_000_000) throw new UsageError(`bad --frames '${flags.frames}': expected a whole number from 1 to 1000000`);
      const seed = Number(flags.seed);
      if (!Number.isInteger(seed) || seed < 0) throw new UsageError(`bad --seed '${flags.seed}': expected a whole number`);
      const names = flags.policy.split(',').map((p) => p.trim());
      for (const name of names) {
        if (!POLICY_NAMES.includes(name as PolicyName)) throw new UsageError(`unknown policy '${name}' (known: ${POLICY_NAMES.join(', ')})`);
      }
      const results = names.map((name) => replay(refs, frames, makePolicy(name as PolicyName, refs, seed)));
      process.stdout.write(table(results, refs, frames));
      if (flags.verbose) for (const r of results) process.stdout.write(steps(r));
    });
}
