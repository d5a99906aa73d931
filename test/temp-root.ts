// Vitest's global setup: every temporary directory the tests, and the programs they start, make
// with os.tmpdir() goes under one directory, removed when the run ends, so a run leaves nothing in
// the host's /tmp behind it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'vmlab-test-'));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
