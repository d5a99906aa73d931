/** Run the vmlab command as a user would (compiled JS, as `npx vmlab` does). */
import { spawnSync } from 'node:child_process';

export function vmlab(...args: string[]): { stdout: string; stderr: string; status: number } {
  const r = spawnSync(process.execPath, ['bin/vmlab.js', ...args], { encoding: 'utf8' });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status ?? -1 };
}
