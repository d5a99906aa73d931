/**
 * vmlab against the recorded GNU results (test/fixtures/oracle, written by `npm run
 * oracle:record`): section bytes and addresses, symbols, entry point and disassembly.
 */
import { describe, expect, it } from 'vitest';
import { ORACLE_CASES } from '../oracle/cases.js';
import { vmlabInstructions } from '../oracle/compare.js';
import { readFixture, summarize, vmlabBuild } from '../oracle/fixtures.js';

describe.each(ORACLE_CASES)('$name (recorded GNU output)', (c) => {
  const fixture = readFixture(c);
  const elf = vmlabBuild(c);

  it('has the bytes, addresses, symbols and entry point GNU as + ld produced', () => {
    expect(summarize(elf)).toEqual(fixture.gnu);
  });

  it('disassembles every instruction as GNU objdump did', () => {
    expect(vmlabInstructions(elf, fixture.objdump.map(([a]) => a))).toEqual(fixture.objdump);
  });
});
