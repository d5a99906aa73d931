/** The fuzzers' seed inputs, read from the repository (fuzz/corpus/, programs/). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root: the nearest directory above this module holding package.json. */
function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('fuzz: cannot find the repository root');
    dir = up;
  }
  return dir;
}

/** An absolute path for `relative` (to the repository's root). */
export function repoPath(relative: string): string {
  return join(repoRoot(), relative);
}

/** The files of directory `relative` whose names end in `ext`, sorted by name, as [name, bytes]. */
export function corpusFiles(relative: string, ext: string): [string, Uint8Array][] {
  const dir = repoPath(relative);
  return readdirSync(dir).filter((f) => f.endsWith(ext)).sort().map((f) => [`${relative}/${f}`, new Uint8Array(readFileSync(join(dir, f)))]);
}
