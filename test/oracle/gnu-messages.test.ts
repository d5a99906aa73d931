/**
 * Live oracle for error and warning messages: riscv64-unknown-elf-as on each case of
 * test/asm/gnu-message-cases.ts, against the recording in test/fixtures/gnu-messages.json
 * (rewritten with VMLAB_RECORD_FIXTURES=1).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GNU_MESSAGE_CASES, type RecordedMessage } from '../asm/gnu-message-cases.js';

const FIXTURE = 'test/fixtures/gnu-messages.json';
const RECORD = process.env.VMLAB_RECORD_FIXTURES === '1';
const dir = mkdtempSync(join(tmpdir(), 'vmlab-messages-'));

/** GNU as's errors and warnings for `text`, as `LINE: Error: TEXT`. */
function gnuMessages(text: string): RecordedMessage[] {
  const path = join(dir, 't.s');
  writeFileSync(path, text);
  const r = spawnSync('riscv64-unknown-elf-as', ['-march=rv32im_zicsr_zifencei', '-mabi=ilp32', '-mno-relax', 't.s', '-o', 't.o'],
    { cwd: dir, encoding: 'utf8' });
  return r.stderr.split('\n').map((l) => /^t\.s:(?:(\d+):)? (Error|Warning): (.*)$/.exec(l))
    .filter((m) => m !== null).map((m) => `${m[1] ?? '?'}: ${m[2]}: ${m[3]}`);
}

describe('GNU as messages', () => {
  const recorded = Object.fromEntries(GNU_MESSAGE_CASES.map((c) => [c.name, gnuMessages(c.text)]));

  it(RECORD ? 'records them' : 'are those recorded', () => {
    if (RECORD) writeFileSync(FIXTURE, JSON.stringify(recorded, null, 1) + '\n');
    expect(JSON.parse(readFileSync(FIXTURE, 'utf8'))).toEqual(recorded);
  });
});
