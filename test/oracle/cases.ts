/**
 * The oracle cases: sources assembled by vmlab and by GNU as + ld, whose sections, symbols and
 * disassembly must agree; `run` cases are also executed under qemu-riscv32.
 */
export interface OracleCase {
  name: string;
  sources: string[];
  /** Executed under qemu-riscv32: its stdout and exit status are part of the fixture. */
  run: boolean;
}

export const ORACLE_CASES: OracleCase[] = [
  { name: 'hello', sources: ['programs/hello.s'], run: true },
  { name: 'every-instruction', sources: ['test/corpus/every-instruction.s'], run: false },
  { name: 'multi-file', sources: ['test/corpus/multi/main.s', 'test/corpus/multi/lib.s'], run: true },
];
