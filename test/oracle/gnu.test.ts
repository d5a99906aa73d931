/**
 * Live oracle (npm run test:oracle): vmlab against GNU as + ld, objdump, readelf and
 * qemu-riscv32. With VMLAB_RECORD_FIXTURES=1 it rewrites the fixtures `npm test` uses;
 * otherwise it also checks that the recorded fixtures are still what the tools say.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ORACLE_CASES } from './cases.js';
import { gnuBuild, gnuObjdump, qemuRun } from './gnu.js';
import { objdumpInstructions, summarize, vmlabInstructions } from './compare.js';
import { readFixture, vmlabBuild, withoutLinkerSymbols, writeFixture, type OracleFixture } from './fixtures.js';
import { runElf } from '../kernel/harness.js';
import { GuestFs } from '../../src/kernel/fs.js';

const RECORD = process.env.VMLAB_RECORD_FIXTURES === '1';
const dir = mkdtempSync(join(tmpdir(), 'vmlab-oracle-'));

describe.each(ORACLE_CASES)('$name against the GNU toolchain', (c) => {
  const vmlabElf = vmlabBuild(c);
  const vmlabPath = join(dir, `${c.name}.vmlab`);
  writeFileSync(vmlabPath, vmlabElf, { mode: 0o755 }); // qemu-user runs only executable files
  const mine = summarize(vmlabElf);
  const addresses = Object.fromEntries(Object.entries(mine.sections).map(([name, s]) => [name, s.addr]));
  const gnuElf = gnuBuild(c.sources, addresses);
  const gnuPath = join(dir, `${c.name}.gnu`);
  writeFileSync(gnuPath, gnuElf, { mode: 0o755 });
  const gnu = withoutLinkerSymbols(summarize(gnuElf));
  const objdump = objdumpInstructions(gnuObjdump(gnuPath));
  const fixture: OracleFixture = { sources: c.sources, gnu, objdump, ...(c.run ? { run: qemuRun(gnuPath, c.args) } : {}) };

  it('has the same sections, symbols and entry point as GNU as + ld', () => {
    expect(mine).toEqual(gnu);
  });

  it('disassembles every instruction as objdump does', () => {
    expect(objdump.length).toBeGreaterThan(0);
    expect(vmlabInstructions(vmlabElf, objdump.map(([a]) => a))).toEqual(objdump);
  });

  it('is accepted by readelf -a and objdump -d without a warning', () => {
    const readelf = execFileSync('riscv64-unknown-elf-readelf', ['-a', '-W', vmlabPath], { encoding: 'utf8', stdio: 'pipe' });
    expect(readelf).not.toMatch(/warning|error/i);
    const dump = execFileSync('riscv64-unknown-elf-objdump', ['-d', vmlabPath], { encoding: 'utf8', stdio: 'pipe' });
    expect(dump).not.toMatch(/warning|error/i);
  });

  if (c.run) {
    it('runs under qemu-riscv32 exactly as the GNU-built executable', () => {
      expect(qemuRun(vmlabPath, c.args)).toEqual(fixture.run);
    });

    it('runs on vmlab with the output and exit status it has under qemu-riscv32', () => {
      const run = runElf(vmlabElf, {}, [c.sources[0], ...(c.args ?? [])], 200_000_000, { fs: new GuestFs('.', false) });
      expect({ stdout: run.stdout, stderr: run.stderr, status: run.result.status }).toEqual(fixture.run);
    });
  }

  it(RECORD ? 'records the fixture' : 'has an up-to-date recorded fixture', () => {
    if (RECORD) writeFixture(c, fixture);
    expect(readFixture(c)).toEqual(fixture);
  });
});
