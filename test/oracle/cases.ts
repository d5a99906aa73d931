import { CORPUS_PROGRAMS, CORPUS_VARIANTS, generatedPath } from './corpus.js';

/**
 * The oracle cases: sources assembled by vmlab and by GNU as + ld, whose sections, symbols and
 * disassembly must agree; `run` cases are also executed under qemu-riscv32.
 */
export interface OracleCase {
  name: string;
  sources: string[];
  /** Executed under qemu-riscv32 (and vmlab run): its stdout and exit status are part of the fixture. */
  run: boolean;
  /** Arguments for the run (argv[1]...). */
  args?: string[];
}

export const ORACLE_CASES: OracleCase[] = [
  { name: 'hello', sources: ['programs/hello.s'], run: true },
  { name: 'every-instruction', sources: ['test/corpus/every-instruction.s'], run: false },
  { name: 'multi-file', sources: ['test/corpus/multi/main.s', 'test/corpus/multi/lib.s'], run: true },
  { name: 'rv32im-test', sources: ['programs/rv32im-test.s'], run: true },
  { name: 'sieve', sources: ['programs/sieve.s'], run: true },
  { name: 'bss-touch', sources: ['programs/bss-touch.s'], run: true, args: ['7'] },
  { name: 'bss-touch-usage', sources: ['programs/bss-touch.s'], run: true, args: ['x'] },
  { name: 'mmapcopy', sources: ['programs/mmapcopy.s'], run: true, args: ['test/fixtures/files/poem.txt'] },
  { name: 'paging', sources: ['programs/paging.s'], run: true },
  { name: 'cow-private', sources: ['programs/cow-private.s'], run: true, args: ['test/fixtures/files/poem.txt'] },
  { name: 'stack', sources: ['programs/stack.s'], run: true, args: ['1000'] },
  { name: 'locality-row', sources: ['programs/locality.s'], run: true, args: ['row'] },
  { name: 'locality-col', sources: ['programs/locality.s'], run: true, args: ['col'] },
  { name: 'integrity', sources: ['programs/integrity.s'], run: true, args: ['64'] },
  { name: 'thrash', sources: ['programs/thrash.s'], run: true, args: ['8', '3'] },
  { name: 'fork-cow', sources: ['programs/fork-cow.s'], run: true, args: ['16'] },
  { name: 'gnu-conditionals', sources: ['test/corpus/gnu/conditionals.s'], run: true },
  { name: 'gnu-altmacro', sources: ['test/corpus/gnu/altmacro.s'], run: true },
  { name: 'gnu-more-directives', sources: ['test/corpus/gnu/more-directives.s'], run: true },
  { name: 'gnu-commons', sources: ['test/corpus/gnu/commons.s'], run: false },
  { name: 'gnu-noinit', sources: ['test/corpus/gnu/noinit.s'], run: true },
  { name: 'gnu-reloc-addends', sources: ['test/corpus/gnu/reloc-addends.s'], run: true },
  { name: 'gnu-set-forward', sources: ['test/corpus/gnu/set-forward.s'], run: false },
  { name: 'gnu-macro-arguments', sources: ['test/corpus/gnu/macro-arguments.s'], run: false },
  { name: 'gnu-utf8-names', sources: ['test/corpus/gnu/utf8-names.s'], run: true },
  { name: 'gnu-far-branches-chain', sources: ['test/corpus/gnu/far-branches-chain.s'], run: true },
  { name: 'gnu-section-symbols', sources: ['test/corpus/gnu/section-symbols.s'], run: true },
  { name: 'gnu-struct', sources: ['test/corpus/gnu/struct.s'], run: true },
  { name: 'gnu-more-syntax', sources: ['test/corpus/gnu/more-syntax.s'], run: true },
  { name: 'gnu-space-later', sources: ['test/corpus/gnu/space-later.s'], run: true },
  { name: 'gnu-orphans', sources: ['test/corpus/gnu/orphans.s'], run: true },
  { name: 'gnu-commons-files', sources: ['test/corpus/gnu/commons-a.s', 'test/corpus/gnu/commons-b.s'], run: true },
  { name: 'gnu-commons-order', sources: ['test/corpus/gnu/commons-order-a.s', 'test/corpus/gnu/commons-order-b.s', 'test/corpus/gnu/commons-order-c.s'], run: false },
  { name: 'gnu-text-order', sources: ['test/corpus/gnu/text-order.s'], run: true },
  { name: 'gnu-standard-order', sources: ['test/corpus/gnu/standard-order.s'], run: true },
  { name: 'gnu-absolute-branch', sources: ['test/corpus/gnu/absolute-branch.s'], run: true },
  { name: 'gnu-pcrel-lo-ahead', sources: ['test/corpus/gnu/pcrel-lo-ahead.s'], run: true },
  { name: 'gnu-quirks', sources: ['test/corpus/gnu/quirks.s'], run: true },
  { name: 'gnu-adversary', sources: ['test/corpus/gnu/adversary.s'], run: true },
  { name: 'gnu-script-order', sources: ['test/corpus/gnu/script-order.s'], run: false },
  { name: 'gnu-except-rw', sources: ['test/corpus/gnu/except-rw.s'], run: false },
  { name: 'gnu-flagless-sections', sources: ['test/corpus/gnu/flagless-a.s', 'test/corpus/gnu/flagless-b.s'], run: true },
  { name: 'gnu-common-blocks', sources: ['test/corpus/gnu/common-blocks-a.s', 'test/corpus/gnu/common-blocks-b.s'], run: false },
  { name: 'gnu-lcomm-align', sources: ['test/corpus/gnu/lcomm-align-a.s', 'test/corpus/gnu/lcomm-align-b.s'], run: true },
  { name: 'gnu-set-alias', sources: ['test/corpus/gnu/set-alias.s', 'test/corpus/gnu/set-alias-b.s'], run: true },
  { name: 'gnu-common-weak', sources: ['test/corpus/gnu/common-weak-a.s', 'test/corpus/gnu/common-weak-b.s'], run: true },
  { name: 'gnu-common-weak-reversed', sources: ['test/corpus/gnu/common-weak-b.s', 'test/corpus/gnu/common-weak-a.s'], run: true },
  { name: 'gnu-hand-written', sources: ['test/corpus/gnu/hand-written.s'], run: true },
  { name: 'gnu-init-priority', sources: ['test/corpus/gnu/init-priority-a.s', 'test/corpus/gnu/init-priority-b.s'], run: true },
];

/** The compiler-output corpus (corpus.ts): each program with the runtime, for each gcc variant. */
export const CORPUS_CASES: OracleCase[] = CORPUS_VARIANTS.flatMap((v) => CORPUS_PROGRAMS.map((p): OracleCase => ({
  name: `gcc-${v.name}-${p}`,
  sources: ['runtime/crt0.s', generatedPath(v, 'runtime/vmlab.c'), generatedPath(v, `test/corpus/c/${p}.c`)],
  run: true,
})));

ORACLE_CASES.push(...CORPUS_CASES);
