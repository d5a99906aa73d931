/**
 * Sections: the flags a section name gets by default (as GNU as gives them), and where GNU ld's
 * default script (elf32lriscv) places each input section: the output section, and the rank of
 * the script line that takes it (input sections go out by rank, then by input file, then in
 * the order the file created them).
 */
import { SHF_ALLOC, SHF_EXECINSTR, SHF_WRITE } from '../src/elf/constants.js';

/** Whether an output section is in the read-execute segment or the read-write one. */
export type Segment = 'rx' | 'rw';

/** The sections every file has from its start in GNU as, in this order: their names are taken, and they come first in the file. */
export const STANDARD_SECTIONS: readonly string[] = ['.text', '.data', '.bss'];

export interface OutputSectionSpec {
  name: string;
  segment: Segment;
  nobits: boolean;
  /** The rank of `input` (writable or not) in this output section's script lines, or -1 if it does not go here. */
  rank(input: string, writable: boolean): number;
}

/** `name` is `prefix` or starts with `prefix.` (GNU ld's `prefix prefix.*`). */
const under = (name: string, prefix: string): boolean => name === prefix || name.startsWith(`${prefix}.`);

/** A script line's input-section patterns, as ld's wildcards: `*` any run of characters. */
function matches(name: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => {
    if (!p.includes('*')) return name === p;
    const parts = p.split('*');
    if (!name.startsWith(parts[0]) || !name.endsWith(parts[parts.length - 1])) return false;
    let at = parts[0].length;
    for (const part of parts.slice(1, -1)) {
      const found = name.indexOf(part, at);
      if (found < 0) return false;
      at = found + part.length;
    }
    return at <= name.length - parts[parts.length - 1].length;
  });
}

/**
 * An output section of the script. `only` is ld's ONLY_IF_RO or ONLY_IF_RW, taken per input
 * section here (ld drops the output section if any input is not so: the same unless a program
 * mixes a read-only `.eh_frame` with a writable one).
 */
function spec(name: string, segment: Segment, lines: readonly (readonly string[])[], nobits = false, only?: 'ro' | 'rw'): OutputSectionSpec {
  return {
    name, segment, nobits,
    rank: (input, writable) => (only && writable !== (only === 'rw') ? -1 : lines.findIndex((patterns) => matches(input, patterns))),
  };
}

/** The output sections of GNU ld's default script that vmlab fills, in address order. */
export const OUTPUT_SECTIONS: readonly OutputSectionSpec[] = [
  spec('.init', 'rx', [['.init']]),
  spec('.plt', 'rx', [['.plt']]),
  spec('.text', 'rx', [
    ['.text.unlikely', '.text.*_unlikely', '.text.unlikely.*'], ['.text.exit', '.text.exit.*'], ['.text.startup', '.text.startup.*'],
    ['.text.hot', '.text.hot.*'], ['.text.sorted.*'], ['.text', '.stub', '.text.*', '.gnu.linkonce.t.*'],
  ]),
  spec('.fini', 'rx', [['.fini']]),
  spec('.rodata', 'rx', [['.rodata', '.rodata.*', '.gnu.linkonce.r.*']]),
  spec('.rodata1', 'rx', [['.rodata1']]),
  spec('.sdata2', 'rx', [['.sdata2', '.sdata2.*', '.gnu.linkonce.s2.*']]),
  spec('.sbss2', 'rx', [['.sbss2', '.sbss2.*', '.gnu.linkonce.sb2.*']]),
  spec('.eh_frame', 'rx', [['.eh_frame', '.eh_frame.*']], false, 'ro'),
  spec('.gcc_except_table', 'rx', [['.gcc_except_table', '.gcc_except_table.*']], false, 'ro'),
  spec('.eh_frame', 'rw', [['.eh_frame', '.eh_frame.*']], false, 'rw'),
  spec('.gcc_except_table', 'rw', [['.gcc_except_table', '.gcc_except_table.*']], false, 'rw'),
  spec('.preinit_array', 'rw', [['.preinit_array']]),
  spec('.init_array', 'rw', [['.init_array.*', '.ctors.*'], ['.init_array', '.ctors']]),
  spec('.fini_array', 'rw', [['.fini_array.*', '.dtors.*'], ['.fini_array', '.dtors']]),
  spec('.jcr', 'rw', [['.jcr']]),
  spec('.data.rel.ro', 'rw', [['.data.rel.ro.local*'], ['.data.rel.ro', '.data.rel.ro.*']]),
  spec('.data', 'rw', [['.data', '.data.*', '.gnu.linkonce.d.*']]),
  spec('.data1', 'rw', [['.data1']]),
  spec('.got', 'rw', [['.got.plt', '.igot.plt'], ['.got', '.igot']]),
  spec('.sdata', 'rw', [
    ['.srodata.cst16'], ['.srodata.cst8'], ['.srodata.cst4'], ['.srodata.cst2'], ['.srodata', '.srodata.*'],
    ['.sdata', '.sdata.*', '.gnu.linkonce.s.*'],
  ]),
  spec('.sbss', 'rw', [['.sbss', '.sbss.*', '.gnu.linkonce.sb.*']], true),
  spec('.bss', 'rw', [['.bss', '.bss.*', '.gnu.linkonce.b.*']], true),
];

/** Index of .bss in OUTPUT_SECTIONS (global .comm symbols go at its end, as ld's COMMON). */
export const BSS_OUTPUT = OUTPUT_SECTIONS.findIndex((s) => s.name === '.bss');

/** Where input section `name` (writable or not) goes: its output section (index into OUTPUT_SECTIONS) and rank; null if none. */
export function placement(name: string, writable: boolean): { output: number; rank: number } | null {
  for (let output = 0; output < OUTPUT_SECTIONS.length; output++) {
    const rank = OUTPUT_SECTIONS[output].rank(name, writable);
    if (rank >= 0) return { output, rank };
  }
  return null;
}

/**
 * The flags and type GNU as 2.40 gives a section named `name` when `.section` does not say (BFD's
 * special sections). `.sdata`, `.sbss`, `.srodata` and `.sdata2` are not among them: named alone
 * they are not allocated, as GNU as makes them (gcc always gives their flags).
 */
export function defaultFlags(name: string): { flags: number; nobits: boolean } {
  if (under(name, '.text') || name.startsWith('.text.') || name === '.init' || name === '.fini' || name === '.plt') {
    return { flags: SHF_ALLOC | SHF_EXECINSTR, nobits: false };
  }
  // BFD's special sections: .noinit (gcc's __attribute__((section(".noinit")))) and
  // .persistent.bss are zero-filled like .bss; .persistent is data.
  if (under(name, '.bss') || name.startsWith('.gnu.linkonce.b.') || name.startsWith('.gnu.linkonce.n.') || under(name, '.noinit') ||
    name === '.persistent.bss') {
    return { flags: SHF_ALLOC | SHF_WRITE, nobits: true };
  }
  if (under(name, '.data') || under(name, '.init_array') || under(name, '.fini_array') || under(name, '.preinit_array') ||
    under(name, '.data1') || under(name, '.persistent') || name === '.got' || name.startsWith('.gnu.linkonce.p.')) {
    return { flags: SHF_ALLOC | SHF_WRITE, nobits: false };
  }
  if (under(name, '.rodata') || name === '.rodata1') return { flags: SHF_ALLOC, nobits: false };
  return { flags: 0, nobits: false };
}

/**
 * Parse a `.section` flags string ("ax", "aMS"...): a, w, x as usual, M (mergeable) and S
 * (strings), e (exclude: ld leaves the section out of an executable, so it is taken as not
 * allocated), T (thread-local storage, which vmlab refuses: `tls`); the others GNU knows (G, o,
 * R, d, y, ?) are accepted and change nothing vmlab outputs. Returns null for an unknown letter.
 */
export function parseFlags(text: string): { flags: number; merge: boolean; strings: boolean; tls: boolean; exclude: boolean } | null {
  let flags = 0;
  let merge = false;
  let strings = false;
  let exclude = false;
  let tls = false;
  for (const c of text) {
    if (c === 'a') flags |= SHF_ALLOC;
    else if (c === 'w') flags |= SHF_WRITE;
    else if (c === 'x') flags |= SHF_EXECINSTR;
    else if (c === 'M') merge = true;
    else if (c === 'S') strings = true;
    else if (c === 'e') exclude = true;
    else if (c === 'T') tls = true;
    else if (!'GoRdy?'.includes(c)) return null;
  }
  return { flags: exclude ? flags & ~SHF_ALLOC : flags, merge, strings, tls, exclude };
}

/** Whether `name` is a thread-local storage section's (.tdata, .tbss and their .NAME ones). */
export function isTlsSection(name: string): boolean {
  return /^\.(tdata|tbss)(\.|$)/.test(name);
}
