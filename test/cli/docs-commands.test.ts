/**
 * Every `npx vmlab ...` command in a shell block of README.md and docs/*.md works as written: run
 * from a fresh directory that sees the repository's files as its root does (so that outputs such
 * as `hello` or `s.json` land there, not in the repository), in the order the page gives them, it
 * exits with status 0. Commands that need the RISC-V toolchain or run for minutes (a whole sweep)
 * are written in ```console blocks, which this test leaves to the oracle and the sweep tests.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, vmlabIn } from './vmlab.js';

/** The `npx vmlab` commands in the ```sh blocks of `page`, as argument lists (comments cut off). */
function commandsOf(page: string): string[][] {
  const text = readFileSync(join(ROOT, page), 'utf8');
  const blocks = [...text.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]);
  return blocks.flatMap((block) => block.split('\n'))
    .filter((line) => line.startsWith('npx vmlab '))
    .map((line) => line.replace(/\s+#.*$/, '').split(/\s+/).slice(2));
}

const pages = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

describe.each(pages.filter((page) => commandsOf(page).length > 0))('the commands in %s', (page) => {
  const cwd = mkdtempSync(join(tmpdir(), 'vmlab-docs-'));
  for (const entry of ['programs', 'bench', 'test', 'examples']) symlinkSync(join(ROOT, entry), join(cwd, entry));
  copyFileSync(join(ROOT, 'README.md'), join(cwd, 'README.md')); // a guest may read it: a symlink would lead out of its root

  it.each(commandsOf(page).map((args) => [args.join(' '), args]))('vmlab %s', (_, args) => {
    const r = vmlabIn(cwd, args as string[]);
    expect(r.stderr.startsWith('vmlab: internal error'), r.stderr).toBe(false);
    expect(r.status, r.stderr).toBe(0);
  }, 60_000);
});
