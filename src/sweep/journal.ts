/**
 * The journal of a sweep: its output directory holds `points.jsonl` (or `points-K-of-N.jsonl` for
 * a shard), one line per finished point, appended as each point ends. A re-run reads every
 * journal in the directory and skips the points they hold; a line cut short by an interruption
 * is ignored (that point runs again).
 */
import { appendFileSync, closeSync, fstatSync, openSync, readSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../cli/usage-error.js';
import { hostErrorWords, makeDirectories, writeOutput } from '../cli/files.js';
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
    throw new UsageError(`cannot use '${dir}' as the sweep's output directory: ${hostErrorWords(e)}`);
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

  /** A line to end first: the journal's last one was cut short (a run killed while writing it). */
  private endTorn: boolean;

  constructor(dir: string, name: string) {
    try {
      makeDirectories(dir);
    } catch (e) {
      throw new UsageError(`cannot create the sweep's output directory '${dir}': ${hostErrorWords(e)}`);
    }
    this.path = join(dir, name);
    this.endTorn = endsTorn(this.path);
  }

  /** Record one result (a whole line, written at once, on a line of its own). */
  append(result: PointResult): void {
    appendFileSync(this.path, (this.endTorn ? '\n' : '') + JSON.stringify(result) + '\n');
    this.endTorn = false;
  }

  /** Make the journal hold exactly `results`, in this order (written whole, then renamed into place). */
  replaceAll(results: readonly PointResult[]): void {
    writeOutput(this.path, Buffer.from(results.map((r) => JSON.stringify(r) + '\n').join('')), []);
  }
}

/** Whether the file at `path` exists and its last line has no newline. */
function endsTorn(path: string): boolean {
  let fd = -1;
  try {
    fd = openSync(path, 'r');
    const size = fstatSync(fd).size;
    if (size === 0) return false;
    const last = Buffer.alloc(1);
    readSync(fd, last, 0, 1, size - 1);
    return last[0] !== 0x0a;
  } catch {
    return false;
  } finally {
    if (fd >= 0) closeSync(fd);
  }
}
