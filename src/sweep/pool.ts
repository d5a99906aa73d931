/**
 * Runs points `jobs` at a time, each in its own child process, handing every result to the
 * caller as it ends (in whatever order they end: the outputs are sorted later).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Point } from './points.js';
import { runPoint, type PointResult } from './run-point.js';

export interface PoolEvents {
  started(point: Point): void;
  ended(point: Point, result: PointResult): void;
}

/**
 * Run `points` with `jobs` running at once. `stop()` of the returned handle kills the running
 * points and starts no more; their results are not reported. Resolves when all are done or stopped.
 */
export function runPool(points: readonly Point[], jobs: number, events: PoolEvents): { done: Promise<void>; stop(): void } {
  const tempDir = mkdtempSync(join(tmpdir(), 'vmlab-sweep-'));
  const kills = new Set<() => void>();
  let next = 0;
  let stopped = false;
  const worker = async (): Promise<void> => {
    while (!stopped && next < points.length) {
      const point = points[next++];
      events.started(point);
      let kill: (() => void) | undefined;
      const result = await runPoint(point, tempDir, (k) => { kill = k; kills.add(k); });
      if (kill) kills.delete(kill);
      // A point killed by an interrupt (Ctrl-C reaches the whole process group) is not a result.
      const interrupted = result.reason === 'killed by SIGINT' || result.reason === 'killed by SIGTERM';
      if (!stopped && !interrupted) events.ended(point, result);
    }
  };
  const done = Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, points.length)) }, worker))
    .then(() => undefined)
    .finally(() => rmSync(tempDir, { recursive: true, force: true }));
  return {
    done,
    stop(): void {
      stopped = true;
      for (const kill of kills) kill();
    },
  };
}
