/** Recorded oracle results (test/fixtures/oracle/NAME.json), so `npm test` needs no toolchain. */
import { readFileSync, writeFileSync } from 'node:fs';
import { assemble } from '../../asm/assembler.js';
import type { ExecutableSummary } from './compare.js';
import { LINKER_SYMBOLS, summarize } from './compare.js';
import type { OracleCase } from './cases.js';

export interface OracleFixture {
  sources: string[];
  /** GNU as + ld's executable, at vmlab's section addresses, without ld's own symbols. */
  gnu: ExecutableSummary;
  /** objdump -d: [address, instruction] (objdump 2.40 aliases mapped to canonical names). */
  objdump: [number, string][];
  /** qemu-riscv32 running GNU's executable. */
  run?: { stdout: string; stderr: string; status: number };
}

const fixturePath = (c: OracleCase): string => `test/fixtures/oracle/${c.name}.json`;

export function readFixture(c: OracleCase): OracleFixture {
  return JSON.parse(readFileSync(fixturePath(c), 'utf8')) as OracleFixture;
}

export function writeFixture(c: OracleCase, fixture: OracleFixture): void {
  writeFileSync(fixturePath(c), JSON.stringify(fixture, null, 1) + '\n');
}

/** vmlab's executable for a case (sources read from the repository). */
export function vmlabBuild(c: OracleCase): Uint8Array {
  return assemble(c.sources.map((path) => ({ path, text: readFileSync(path, 'utf8') }))).elf;
}

/** A summary without the symbols GNU ld defines for itself. */
export function withoutLinkerSymbols(s: ExecutableSummary): ExecutableSummary {
  return { ...s, symbols: s.symbols.filter(([name]) => !LINKER_SYMBOLS.test(name)) };
}

export { summarize };
