/** vmlab run against the recorded qemu-riscv32 results (test/fixtures/oracle, npm run oracle:record). */
import { describe, expect, it } from 'vitest';
import { ORACLE_CASES } from '../oracle/cases.js';
import { readFixture, vmlabBuild } from '../oracle/fixtures.js';
import { runElf } from './harness.js';
import { GuestFs } from '../../src/kernel/fs.js';

describe.each(ORACLE_CASES.filter((c) => c.run))('$name on vmlab', (c) => {
  it('has the stdout, stderr and exit status qemu-riscv32 gave', () => {
    const run = runElf(vmlabBuild(c), {}, [c.sources[0], ...(c.args ?? [])], 200_000_000, { fs: new GuestFs('.', false) });
    expect({ stdout: run.stdout, stderr: run.stderr, status: run.result.status }).toEqual(readFixture(c).run);
  });
});
