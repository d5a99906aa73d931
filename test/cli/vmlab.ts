/** Run the vmlab command as a user would (compiled JS, as `npx vmlab` does). */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository's root: commands run here unless told otherwise. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/vmlab.js', import.meta.url));

export interface VmlabResult { stdout: string; stderr: string; status: number }

/** Run `vmlab ARGS...` in the repository's root. */
export function vmlab(...args: string[]): VmlabResult {
  return vmlabIn(ROOT, args);
}

/** Run `vmlab ARGS...` in directory `cwd`, with nothing on its stdin. */
export function vmlabIn(cwd: string, args: readonly string[]): VmlabResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd, input: '' });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status ?? -1 };
}
