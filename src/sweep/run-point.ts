/**
 * One point of a sweep, run as `vmlab run ... --stats-json FILE` in a child process: the very
 * statistics a user gets by hand, and a point that crashes, loops in a plug-in or runs out of
 * memory takes nothing else down with it.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Point } from './points.js';

/** The vmlab executable the points run (this installation's). */
const VMLAB = fileURLToPath(new URL('../../../bin/vmlab.js', import.meta.url));
/** How much of a point's standard output is read for `name=value` lines. */
const MAX_STDOUT = 1 << 20;

/** What one point gave: the run's statistics (without the host's timings), or why it failed. */
export interface PointResult {
  key: string;
  status: 'ok' | 'failed';
  reason: string | null;
  /** The --stats-json object without `host`; null when the run produced none. */
  stats: Record<string, unknown> | null;
  /** The guest's own measurements: its stdout lines `name=number`. */
  out: Record<string, number>;
}

/**
 * Run `point`, its statistics going through a file in `tempDir`. Resolves with a result (never
 * rejects for a failure of the point); `onSpawn` gets the child, so the caller can stop it.
 */
export function runPoint(point: Point, tempDir: string, onSpawn?: (kill: () => void) => void): Promise<PointResult> {
  const statsFile = join(tempDir, `point-${point.index}.json`);
  const dash = point.argv.indexOf('--');
  const argv = [...point.argv.slice(0, dash), '--stats-json', statsFile, ...point.argv.slice(dash)];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [VMLAB, ...argv], { stdio: ['ignore', 'pipe', 'pipe'] });
    onSpawn?.(() => child.kill());
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => { if (stdout.length < MAX_STDOUT) stdout += s; });
    child.stderr.setEncoding('utf8').on('data', (s: string) => { stderr = (stderr + s).slice(-4096); });
    let finished = false;
    const done = (failure: string | null): void => {
      if (finished) return;
      finished = true;
      let stats: Record<string, unknown> | null = null;
      try {
        stats = JSON.parse(readFileSync(statsFile, 'utf8')) as Record<string, unknown>;
        delete stats.host;
      } catch { /* no statistics: the run failed before or while writing them */ }
      rmSync(statsFile, { force: true });
      resolve(result(point.key, stats, failure ?? failureLine(stderr), stdout));
    };
    child.on('error', (e) => done(`cannot start vmlab: ${e.message}`));
    child.on('close', (_code, signal) => done(signal ? `killed by ${signal}` : null));
  });
}

/** A point's result from what its run left: statistics (or not), the last error line, its output. */
function result(key: string, stats: Record<string, unknown> | null, why: string | null, stdout: string): PointResult {
  const out: Record<string, number> = Object.create(null); // no inherited names (`constructor`)
  for (const m of stdout.matchAll(/^([A-Za-z_]\w*)=(-?\d+(?:\.\d+)?)$/gm)) out[m[1]] = Number(m[2]);
  if (stats === null) return { key, status: 'failed', reason: why ?? 'no statistics', stats, out };
  const exit = stats.exit as { end: string; report: string | null };
  if (exit.end === 'exit' || exit.end === 'limit' || exit.end === 'cycles') return { key, status: 'ok', reason: null, stats, out };
  return { key, status: 'failed', reason: exit.report ?? exit.end, stats, out };
}

/**
 * Why a run failed, from its stderr: its last `vmlab: ...` line; else the first located error
 * (`file:line:col: message`, as assembly errors come, each followed by its source line and a
 * caret); else the last line.
 */
function failureLine(text: string): string | null {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const said = lines.filter((l) => l.startsWith('vmlab: '));
  if (said.length) return said[said.length - 1].replace(/^vmlab: /, '');
  return lines.find((l) => /^\S+:\d+:\d+: /.test(l)) ?? lines[lines.length - 1] ?? null;
}
