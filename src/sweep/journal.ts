/**
 * The journal of a sweep: its output directory holds `points.jsonl` (or `points-K-of-N.jsonl` for
 * a shard), one line per finished point, appended as each point ends. A re-run reads every
 * journal in the directory and skips the points they hold; a line cut short by an interruption
 * is ignored (that point runs again).
 */
import { appendFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../cli/usage-error.js';
import { writeOutput } from '../cli/files.js';
import type { PointResult } from './run-point.js';

/** The journal file name of a whole sweep, or of shard `k` of `n`. */
export function journalName(shard: { k: number; n: number } | null): string {
  return shard ? `points-${shard.k}-of-${shard.n}.jsonl` : 'points.jsonl';
}

/** Every result recorded in the journals of `dir` (none if it does not exist), by point key. */
export function readJournals(dir: string): Map<string, PointResult> {
  const results = new Map<string, PointResult>();
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => /^points(-\d+-of-\d+)?\.jsonl$/.test(f)).sort();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return results;
    throw new UsageError(`cannot read '${dir}': ${(e as NodeJS.ErrnoException).code}`);
  }
  for (const name of names) {
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      let r: PointResult;
      try {
        r = JSON.parse(line) as PointResult;
      } catch {
        continue;
      }
      if (typeof r?.key === 'string' && (r.status === 'ok' || r.status === 'failed')) results.set(r.key, r);
    }
  }
  return results;
}

/** Appends results to one journal file, creating its directory. */
export class Journal {
  readonly path: string;

  constructor(dir: string, name: string) {
    try {
      mkdirSync(dir, { recursive: true });
    } catch (e) {
      throw new UsageError(`cannot create '${dir}': ${(e as NodeJS.ErrnoException).code}`);
    }
    this.path = join(dir, name);
  }

  /** Record one result (a whole line, written at once). */
  append(result: PointResult): void {
    appendFileSync(this.path, JSON.stringify(result) + '\n');
  }

  /** Make the journal hold exactly `results`, in this order (written whole, then renamed into place). */
  replaceAll(results: readonly PointResult[]): void {
    writeOutput(this.path, Buffer.from(results.map((r) => JSON.stringify(r) + '\n').join('')), []);
  }
}
