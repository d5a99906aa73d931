/**
 * The compiler-output corpus: C programs (test/corpus/c/) with vmlab's runtime (runtime/),
 * compiled by riscv64-unknown-elf-gcc -S at several optimization levels and options. The
 * generated .s files are recorded in test/corpus/gcc/VARIANT/ and assembled unmodified; each
 * program is an oracle case (its sections, symbols and run must be GNU's and qemu-riscv32's).
 */
import { readdirSync } from 'node:fs';

export interface CorpusVariant {
  name: string;
  flags: string[];
}

export const CORPUS_VARIANTS: CorpusVariant[] = [
  { name: 'O0', flags: ['-O0'] },
  { name: 'O1', flags: ['-O1'] },
  { name: 'O2', flags: ['-O2'] },
  { name: 'O3', flags: ['-O3'] },
  { name: 'Os', flags: ['-Os'] },
  { name: 'O0-g', flags: ['-O0', '-g'] },
  { name: 'O2-g', flags: ['-O2', '-g'] },
  { name: 'O2-sections-common', flags: ['-O2', '-fcommon', '-ffunction-sections', '-fdata-sections'] },
  // Every address as an auipc with %pcrel_hi and %pcrel_lo, a 64-bit value's second word as %pcrel_lo(label+4).
  { name: 'O2-medany-explicit', flags: ['-O2', '-mcmodel=medany', '-mexplicit-relocs'] },
];

export const CORPUS_PROGRAMS: string[] = readdirSync('test/corpus/c').filter((f) => f.endsWith('.c')).map((f) => f.slice(0, -2)).sort();

/** Where the generated assembly of `source` (a path to a .c file) for `variant` is recorded. */
export const generatedPath = (variant: CorpusVariant, source: string): string =>
  `test/corpus/gcc/${variant.name}/${source.replace(/^.*\//, '').replace(/\.c$/, '.s')}`;

/** The gcc command line (after the compiler's name) that writes `source`'s assembly to `out`. */
export function gccArgs(variant: CorpusVariant, source: string, out: string): string[] {
  return ['-S', '-march=rv32im', '-mabi=ilp32', '-ffreestanding', '-fno-builtin', '-Iruntime',
    `-fdebug-prefix-map=${process.cwd()}=.`, ...variant.flags, source, '-o', out];
}

/** Every C source the corpus compiles: the runtime's and the programs'. */
export const CORPUS_SOURCES: string[] = ['runtime/vmlab.c', ...CORPUS_PROGRAMS.map((p) => `test/corpus/c/${p}.c`)];
