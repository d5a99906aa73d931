/**
 * Linking: after pass 1, resolve global symbols between units, allocate common symbols, and
 * place every input section as GNU ld's default script (elf32lriscv) does, at vmlab's addresses
 * (text at 0x00400000, the read-write segment on the next page); then build the executable's
 * sections, segments and symbols, with the symbols the script defines (__global_pointer$, _end...).
 * Sections without the alloc flag (debug information...) are assembled but not output.
 */
import type { Expr } from './ir.js';
import { ABSOLUTE, type Value } from './expr.js';
import { AssemblyError, type SourcePosition } from './errors.js';
import { mergeGroup } from './merge.js';
import { BSS_OUTPUT, OUTPUT_SECTIONS, STANDARD_SECTIONS, placement, type OutputSectionSpec } from './sections.js';
import { PAGE_SIZE, PF_R, PF_W, PF_X, SHF_ALLOC, SHF_EXECINSTR, SHF_WRITE } from '../src/elf/constants.js';
import type { ExecutableImage, OutputSection, OutputSymbol } from '../src/elf/writer.js';

/** Default address of .text (the CS:APP layout). */
export const DEFAULT_TEXT_ADDRESS = 0x00400000;
const USER_SPACE_END = 0x80000000;

/** One section of one input file. */
export interface InputSection {
  /** Index in the assembly's list of sections (a section-relative Value's `section`). */
  readonly id: number;
  readonly unit: Unit;
  readonly name: string;
  flags: number;
  nobits: boolean;
  /** Size found by pass 1. */
  size: number;
  align: number;
  /** The location counter while a pass walks the unit. */
  offset: number;
  /** Address after layout (0 for a section that is not output). */
  address: number;
  /**
   * Contents, written by pass 2 (null when nothing is output: nobits or not alloc). A mergeable
   * section's are written by pass 1 (merging needs them before layout) and replaced by `merged`.
   */
  data: Uint8Array | null;
  /** SHF_MERGE: entity size and whether the entities are strings. */
  merge: { entsize: number; strings: boolean } | null;
  /** After merging: this section's merged contents, and where each of its bytes went. */
  merged: { contents: Uint8Array; locate(offset: number): { section: InputSection; offset: number } } | null;
  /**
   * A subsection of another section of the same name, placed right after it: the file's local
   * common symbols (`.lcomm`, `.local` + `.comm`) are in .bss subsection 1, as GNU as puts them.
   */
  subsectionOf?: InputSection;
  /** Given the `e` flag: ld leaves it out of an executable, whatever the script says of its name. */
  excluded?: boolean;
}

export interface SymbolDef {
  name: string;
  /** The unit (input file) that defines it. */
  unit: Unit;
  kind: 'label' | 'set';
  /** Label: its section and offset there. */
  section: InputSection;
  offset: number;
  /** Set: its value (null: pending). */
  value: Value | null;
  /**
   * Set: whether its value is a number rather than an address, as pass 1 found it at this
   * definition (in pass 2, after layout, every value is absolute: `.set y, x` of a label x too).
   */
  constant?: boolean;
  /** A .set whose value needed a later symbol in pass 1: its expression and location. */
  pending: { expr: Expr; section: InputSection; offset: number } | null;
  /** The pass that last executed this symbol's definition. */
  pass: number;
  /**
   * Set: its first definition's value and pending expression (pass 1), which pass 2 starts from:
   * a use before the first `.set` sees it, as GNU as resolves a forward reference to a symbol
   * that is set again later.
   */
  first?: { value: Value | null; pending: SymbolDef['pending']; kind?: 'set' };
  /**
   * A symbol `.set` first and then defined as a label (GNU as takes it): where the label stands.
   * Pass 2 starts with it set again and makes it the label there, so that uses before the label
   * see the value and uses after it the address.
   */
  labelAt?: { section: InputSection; offset: number };
  /** Set by `.equiv` or `.eqv`: it may not be set again. */
  fixed?: boolean;
  evaluating: boolean;
  position: SourcePosition;
}

/** A global `.comm` symbol: ld allocates it at the end of .bss unless a file defines it. */
export interface CommonSymbol {
  name: string;
  size: number;
  align: number;
  position: SourcePosition;
}

export interface Unit {
  readonly index: number;
  readonly input: { path: string; text: string };
  readonly sections: Map<string, InputSection>;
  readonly symbols: Map<string, SymbolDef>;
  readonly globalNames: Set<string>;
  readonly weakNames: Set<string>;
  readonly localNames: Set<string>;
  readonly commons: CommonSymbol[];
  /** The commons of `commons` by name (`.comm` made them common in pass 1: no other definition may take them). */
  readonly commonNames: Map<string, CommonSymbol>;
  /** Numeric local labels ("1:"): every definition in order, and how many pass 2 has passed. */
  readonly numeric: Map<string, SymbolDef[]>;
  readonly numericSeen: Map<string, number>;
  /**
   * The names pass 1 came to (references, `.globl` and such, `.comm`), each with the place of its
   * first mention: GNU as's order of the file's symbols, the order ld enters them in its hash table.
   */
  readonly mentions: Map<string, number>;
  /** The absolute section `.struct` and `.offset` go to (made at the first): its labels are constants. */
  absolute?: InputSection;
}

export interface LinkResult {
  /** Global symbols by name: labels, sets, allocated commons and the script's symbols. */
  globals: Map<string, SymbolDef>;
  errors: AssemblyError[];
  /**
   * The executable, once pass 2 has written the sections. `setValue` evaluates a `.set`
   * symbol; `used` names the symbols the program referred to (the script's PROVIDEd symbols
   * appear only if used, as in GNU ld's output).
   */
  image(setValue: (sym: SymbolDef) => number, used: ReadonlySet<string>): { image: ExecutableImage; warnings: string[] };
}

interface PlacedOutput {
  spec: OutputSectionSpec;
  inputs: InputSection[];
  address: number;
  size: number;
  align: number;
}

/** Resolve globals, allocate commons, and give every input section its address. */
export function link(units: readonly Unit[], sections: InputSection[]): LinkResult {
  const errors: AssemblyError[] = [];
  // A section with no flags that the script names (`.section .sdata`, `.gnu.linkonce.t.x`) is
  // loaded with the rest of its output section, as ld places it by its name alone.
  for (const s of sections) if (!(s.flags & SHF_ALLOC) && !s.excluded && placement(s.name, false)) s.flags |= SHF_ALLOC;
  const globals = collectGlobals(units, errors);
  const commons = commonSection(units, sections, globals);
  mergeSections(sections);
  const outputs = placeSections(sections, commons);
  const end = outputs.reduce((e, o) => Math.max(e, o.address + o.size), DEFAULT_TEXT_ADDRESS);
  if (end > USER_SPACE_END) {
    errors.push(new AssemblyError(`program too large: it ends at 0x${end.toString(16)}, past the end of user space (0x80000000)`));
  }
  const script = scriptSymbols(outputs);
  // ld's __start_SEC and __stop_SEC for an output section whose name is a C identifier.
  for (const o of outputs) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(o.spec.name)) continue;
    script.set(`__start_${o.spec.name}`, o.address);
    script.set(`__stop_${o.spec.name}`, o.address + o.size);
  }
  const scriptSection = sections[0];
  const provided = new Map<string, SymbolDef>();
  for (const [name, value] of script) {
    if (globals.has(name)) continue;
    const def = absoluteSymbol(name, value, scriptSection);
    globals.set(name, def);
    provided.set(name, def);
  }
  for (const s of sections) s.data = s.flags & SHF_ALLOC && !s.nobits && !s.merged ? new Uint8Array(s.size) : null;
  return { globals, errors, image: (setValue, used) => buildImage(units, outputs, globals, provided, setValue, used) };
}

/**
 * The global symbols by name, as ld resolves them: a definition wins over a weak one (the first
 * of several weak ones wins); two that are not weak are an error.
 */
function collectGlobals(units: readonly Unit[], errors: AssemblyError[]): Map<string, SymbolDef> {
  const globals = new Map<string, SymbolDef>();
  for (const unit of units) {
    for (const name of unit.globalNames) {
      const sym = unit.symbols.get(name);
      if (!sym) continue; // declared here, defined in another unit (or common)
      const other = globals.get(name);
      if (other) {
        const weak = unit.weakNames.has(name);
        if (weak) continue;
        if (!other.unit.weakNames.has(name)) {
          errors.push(new AssemblyError(`duplicate symbol '${name}' (first defined at ` +
            `${other.position.file}:${other.position.line})`, sym.position));
          continue;
        }
      }
      globals.set(name, sym);
    }
  }
  return globals;
}

/**
 * GNU ld's symbol hash (bfd_hash_hash, 64-bit host): ld allocates common symbols in the order
 * of its hash table's buckets (4051 of them), so vmlab does too.
 */
function bfdHashBucket(name: string): number {
  const mask = (1n << 64n) - 1n;
  let hash = 0n;
  const bytes = Buffer.from(name, 'utf8');
  for (const c of bytes) {
    hash = (hash + BigInt(c) + (BigInt(c) << 17n)) & mask;
    hash ^= hash >> 2n;
  }
  const len = BigInt(bytes.length);
  hash = (hash + len + (len << 17n)) & mask;
  hash ^= hash >> 2n;
  return Number(hash % 4051n);
}

/**
 * The section of common symbols no file defines but weakly (merged by name: largest size and
 * alignment): as GNU ld resolves them, a definition wins over common symbols, and common
 * symbols over a weak definition, whatever the order of the files.
 */
function commonSection(units: readonly Unit[], sections: InputSection[], globals: Map<string, SymbolDef>): InputSection | null {
  const merged = new Map<string, CommonSymbol & { unit: Unit }>();
  for (const unit of units) {
    for (const c of unit.commons) {
      const defined = globals.get(c.name);
      if (defined && !defined.unit.weakNames.has(c.name)) continue;
      const known = merged.get(c.name);
      // As BFD: the symbol belongs to the COMMON block of the file that gave it its largest size.
      merged.set(c.name, known
        ? { ...known, size: Math.max(known.size, c.size), align: Math.max(known.align, c.align), unit: c.size > known.size ? unit : known.unit }
        : { ...c, unit });
    }
  }
  if (merged.size === 0) return null;
  // ld allocates each file's COMMON block in turn, in file order; within one, its symbol hash
  // table's order: bucket by bucket, each bucket's symbols the last entered first. ld enters a
  // symbol when it first meets it: at the first file mentioning it, in that file's symbol order.
  const entered = (name: string): number => {
    const unit = units.find((u) => u.mentions.has(name));
    return unit === undefined ? 0 : unit.index * 2 ** 32 + unit.mentions.get(name)!;
  };
  const order = [...merged.values()].map((c) => ({ c, bucket: bfdHashBucket(c.name), entered: entered(c.name) }))
    .sort((a, b) => a.c.unit.index - b.c.unit.index || a.bucket - b.bucket || b.entered - a.entered);
  const section: InputSection = {
    id: sections.length, unit: units[0], name: 'COMMON', flags: SHF_ALLOC | SHF_WRITE, nobits: true, size: 0,
    align: 1, offset: 0, address: 0, data: null, merge: null, merged: null,
  };
  sections.push(section);
  // Each file's block is an input section of its own to ld, aligned to the largest alignment in it.
  const blockAlign = new Map<Unit, number>();
  for (const { c } of order) blockAlign.set(c.unit, Math.max(blockAlign.get(c.unit) ?? 1, c.align));
  for (const [i, { c }] of order.entries()) {
    if (i === 0 || order[i - 1].c.unit !== c.unit) section.size = alignUp(section.size, blockAlign.get(c.unit)!);
    section.size = alignUp(section.size, c.align);
    section.align = Math.max(section.align, c.align);
    globals.set(c.name, {
      name: c.name, unit: c.unit, kind: 'label', section, offset: section.size, value: null, pending: null, pass: 1,
      evaluating: false, position: c.position,
    });
    section.size += c.size;
  }
  return section;
}

/** Merge the mergeable sections (asm/merge.ts), in groups as GNU ld forms them, in link order. */
function mergeSections(sections: readonly InputSection[]): void {
  const groups = new Map<string, InputSection[]>();
  for (const s of sections) {
    const m = s.merge;
    if (!m || !(s.flags & SHF_ALLOC) || s.size === 0 || s.size % m.entsize !== 0 || !s.data) continue;
    const key = `${placement(s.name, (s.flags & SHF_WRITE) !== 0)?.output ?? s.name}|${m.strings}|${m.entsize}|${s.align}`;
    const group = groups.get(key) ?? [];
    group.push(s);
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    group.sort((a, b) => a.unit.index - b.unit.index || a.id - b.id);
    const result = mergeGroup(group.map((s) => ({ bytes: s.data!.subarray(0, s.size), align: s.align, ...s.merge! })));
    group.forEach((s, i) => {
      s.merged = {
        contents: result.contents[i],
        locate: (offset) => {
          const [target, at] = result.map(i, offset);
          return { section: group[target], offset: at };
        },
      };
    });
  }
}

/**
 * ld's SORT_BY_INIT_PRIORITY: the priority of `.init_array.N`/`.fini_array.N` is N, of
 * `.ctors.N`/`.dtors.N` 65535 - N (their order runs the other way), so constructors of a lower
 * priority run first, whichever file they are in. Any other section: 0 (its place is by file).
 */
function initPriority(name: string): number {
  const m = /^\.(init_array|fini_array|ctors|dtors)\.(\d+)$/.exec(name);
  if (!m) return 0;
  const n = Number(m[2]);
  return m[1] === 'ctors' || m[1] === 'dtors' ? 65535 - n : n;
}

/** ld's SORT(.text.sorted.*): those sections by name; any other pair: 0. */
function sortedByName(a: string, b: string): number {
  if (!a.startsWith('.text.sorted.') || !b.startsWith('.text.sorted.')) return 0;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Where `s` comes in its file: .text, .data and .bss first (GNU as makes them before reading a
 * line), then the others in the order they were made; a subsection right after its section.
 */
function fileOrder(s: InputSection): number {
  const own = s.subsectionOf ?? s;
  const standard = STANDARD_SECTIONS.indexOf(own.name);
  return (standard >= 0 ? standard - STANDARD_SECTIONS.length : own.id) + (s.subsectionOf ? 0.5 : 0);
}

/**
 * The output section of an alloc input section that the script does not name (an orphan): by its
 * flags, in ld's order (ldelf_place_orphan): a writable one goes with the data, code or not.
 */
function orphanAnchor(s: InputSection): string {
  if (s.flags & SHF_WRITE) return s.nobits ? '.bss' : '.data';
  return s.flags & SHF_EXECINSTR ? '.text' : '.rodata';
}

function placeSections(sections: readonly InputSection[], commons: InputSection | null): PlacedOutput[] {
  // The script's output sections and the orphans' by name, and the orphans after each script
  // section in the order they come: ld places each after the last one placed there.
  const specByName = new Map<string, OutputSectionSpec>();
  for (const spec of OUTPUT_SECTIONS) if (!specByName.has(spec.name)) specByName.set(spec.name, spec);
  const orphansAfter = new Map<OutputSectionSpec, OutputSectionSpec[]>();
  const byOutput = new Map<OutputSectionSpec, { rank: number; s: InputSection }[]>();
  const add = (spec: OutputSectionSpec, rank: number, s: InputSection): void => {
    const list = byOutput.get(spec) ?? [];
    list.push({ rank, s });
    byOutput.set(spec, list);
  };
  for (const s of sections) {
    if (!(s.flags & SHF_ALLOC) || s === commons || (s.merged && s.merged.contents.length === 0)) continue;
    if (s.name.startsWith('.gnu.warning')) continue; // ld's link-time warnings: not in the output
    const place = placement(s.name, (s.flags & SHF_WRITE) !== 0);
    if (place) {
      add(OUTPUT_SECTIONS[place.output], place.rank, s);
      continue;
    }
    let orphan = specByName.get(s.name);
    if (!orphan) {
      const anchor = specByName.get(orphanAnchor(s))!;
      orphan = { name: s.name, segment: s.flags & SHF_WRITE ? 'rw' : 'rx', nobits: s.nobits, rank: () => 0 };
      specByName.set(s.name, orphan);
      const after = orphansAfter.get(anchor);
      if (after) after.push(orphan);
      else orphansAfter.set(anchor, [orphan]);
    }
    add(orphan, 0, s);
  }
  if (commons) add(OUTPUT_SECTIONS[BSS_OUTPUT], Infinity, commons);
  const specs = OUTPUT_SECTIONS.flatMap((spec) => [spec, ...(orphansAfter.get(spec) ?? [])]);

  const outputs: PlacedOutput[] = [];
  let address = DEFAULT_TEXT_ADDRESS;
  let segment = 'rx';
  for (const spec of specs) {
    if (spec.segment !== segment) {
      address = alignUp(address, PAGE_SIZE);
      segment = spec.segment;
    }
    const inputs = (byOutput.get(spec) ?? [])
      .sort((a, b) => a.rank - b.rank || initPriority(a.s.name) - initPriority(b.s.name) || sortedByName(a.s.name, b.s.name) ||
        a.s.unit.index - b.s.unit.index || fileOrder(a.s) - fileOrder(b.s))
      .map((x) => x.s);
    const align = inputs.reduce((a, s) => Math.max(a, s.align), 1); // not Math.max(...): 100,000s of inputs overflow the stack
    address = alignUp(address, align);
    const start = address;
    for (const s of inputs) {
      address = alignUp(address, s.align);
      s.address = address;
      address += s.merged ? s.merged.contents.length : s.size;
    }
    if (spec === OUTPUT_SECTIONS[BSS_OUTPUT] && address > start) address = alignUp(address, 4); // . = ALIGN(. != 0 ? 4 : 1)
    outputs.push({ spec, inputs, address: start, size: address - start, align });
  }
  return outputs;
}

/**
 * The symbols GNU ld's default script defines, with its formulas, for this layout. The script's
 * location counter follows the sections placed: an empty output section's symbols get the end
 * of the last non-empty one, or the start of the read-write segment, which vmlab puts at the
 * start of the page after the code's (where ld's DATA_SEGMENT_ALIGN puts it when that saves a
 * page; else ld starts it at the same offset in that page). So `__bss_start` to `_end` is
 * always the zero-filled part, as a crt0 that clears it reads them. The oracle links with ld's
 * default script so changed (test/oracle/gnu.ts).
 */
function scriptSymbols(outputs: readonly PlacedOutput[]): Map<string, number> {
  const begin = new Map<string, number>();
  const finish = new Map<string, number>();
  let dot = DEFAULT_TEXT_ADDRESS;
  let segment = 'rx';
  for (const o of outputs) {
    if (o.spec.segment !== segment) {
      dot = alignUp(dot, PAGE_SIZE);
      segment = o.spec.segment;
    }
    if (o.size > 0) dot = o.address;
    begin.set(o.spec.name, dot);
    dot += o.size;
    finish.set(o.spec.name, dot);
  }
  const start = (name: string): number => begin.get(name)!;
  const endOf = (name: string): number => finish.get(name)!;
  const dataBegin = start('.data');
  const sdataBegin = start('.sdata');
  const edata = endOf('.sdata');
  // After .bss come the sections the script does not name that are placed after it (ld's orphans), then __BSS_END__.
  const bssEnd = alignUp(dot, 4);
  const symbols = new Map<string, number>([
    ['__global_pointer$', Math.min(sdataBegin + 0x800, Math.max(dataBegin + 0x800, bssEnd - 0x800))],
    ['__DATA_BEGIN__', dataBegin], ['__SDATA_BEGIN__', sdataBegin],
    ['_edata', edata], ['edata', edata], ['__bss_start', edata], ['__BSS_END__', bssEnd], ['_end', bssEnd], ['end', bssEnd],
    ['_etext', endOf('.text')], ['etext', endOf('.text')], ['__etext', endOf('.text')],
    ['__executable_start', DEFAULT_TEXT_ADDRESS],
  ]);
  for (const array of ['preinit_array', 'init_array', 'fini_array']) {
    symbols.set(`__${array}_start`, start(`.${array}`));
    symbols.set(`__${array}_end`, endOf(`.${array}`));
  }
  return symbols;
}

function absoluteSymbol(name: string, value: number, section: InputSection): SymbolDef {
  return {
    name, unit: section.unit, kind: 'set', section, offset: 0, value: { n: value, section: -1 }, pending: null, pass: 2,
    evaluating: false, position: { file: '', line: 0, col: 0, text: '' },
  };
}

/** Symbols the script always defines (the others, PROVIDEd, appear only when a program uses them). */
const ALWAYS_DEFINED = new Set(['__global_pointer$', '__DATA_BEGIN__', '__SDATA_BEGIN__', '_edata', '__bss_start',
  '__BSS_END__', '_end']);

function buildImage(units: readonly Unit[], outputs: readonly PlacedOutput[], globals: Map<string, SymbolDef>,
  provided: Map<string, SymbolDef>, setValue: (sym: SymbolDef) => number, used: ReadonlySet<string>): { image: ExecutableImage; warnings: string[] } {
  const present = outputs.filter((o) => o.size > 0 || o.spec.name === '.text');
  const sections: OutputSection[] = present.map((o) => {
    const data = new Uint8Array(o.size);
    // A zero-filled output with an input that has contents (`.bss.x,"aw",@progbits`) has
    // contents, as ld makes it.
    const nobits = o.spec.nobits && o.inputs.every((s) => s.nobits);
    if (!nobits) {
      for (const s of o.inputs) {
        const contents = s.merged ? s.merged.contents : s.data;
        if (contents) data.set(contents, s.address - o.address);
      }
    }
    // A writable input in a read-only output (`.rodata.x,"aw"`) makes it writable, as ld does.
    const writable = o.spec.segment === 'rw' || o.inputs.some((s) => s.flags & SHF_WRITE);
    const code = o.inputs.some((s) => s.flags & SHF_EXECINSTR);
    return {
      name: o.spec.name, data, addr: o.address, align: o.align, nobits,
      flags: SHF_ALLOC | (writable ? SHF_WRITE : 0) | (code ? SHF_EXECINSTR : 0),
    };
  });
  const indexOf = (s: InputSection): number => present.findIndex((o) => o.inputs.includes(s));
  const placedInputs = new Set(outputs.flatMap((o) => o.inputs));
  // ld makes the text segment RWX (and warns) when a section in it is writable, and the data
  // segment RWX when code is in it (a writable code section goes with the data: orphanAnchor).
  const rxWritable = present.some((o) => o.spec.segment === 'rx' && o.inputs.some((s) => s.flags & SHF_WRITE));
  const rwExecutable = present.some((o) => o.spec.segment === 'rw' && o.inputs.some((s) => s.flags & SHF_EXECINSTR));
  const segments = (['rx', 'rw'] as const).map((seg) => ({
    flags: seg === 'rx' ? PF_R | PF_X | (rxWritable ? PF_W : 0) : PF_R | PF_W | (rwExecutable ? PF_X : 0),
    sections: present.map((o, i) => (o.spec.segment === seg ? i : -1)).filter((i) => i >= 0),
  })).filter((seg) => seg.sections.length > 0);

  const symbols: OutputSymbol[] = [];
  const output = (sym: SymbolDef, global: boolean, weak = false): void => {
    if (sym.kind === 'label' && sym.section.id === ABSOLUTE) {
      symbols.push({ name: sym.name, value: sym.offset, global, weak, section: 'abs' }); // a `.struct` field
    } else if (sym.kind === 'label') {
      if (!(sym.section.flags & SHF_ALLOC)) return;
      const at = labelAddress(sym);
      let section = indexOf(at.section);
      if (section < 0) {
        // In a section left out of the executable: a global one in an empty section stays, where
        // the script placed the section, in the output section before it, as ld keeps it (a
        // riscv-tests `begin_signature` in an empty .data); a local one, or one of .gnu.warning.*, goes.
        if (!global || !placedInputs.has(at.section)) return;
        section = 0;
        while (section + 1 < present.length && present[section + 1].address <= at.address) section++;
      }
      symbols.push({ name: sym.name, value: at.address, global, weak, section });
    } else {
      // A symbol set to an address is in the section holding it, as GNU as leaves `.set y, x`
      // in x's section; a number is absolute.
      const value = setValue(sym);
      const holder = sym.constant === false
        ? present.findIndex((o) => value >= o.address && value < o.address + o.size) : -1;
      symbols.push({ name: sym.name, value, global, weak, section: holder >= 0 ? holder : 'abs' });
    }
  };
  for (const unit of units) {
    for (const sym of unit.symbols.values()) {
      if (sym.name.startsWith('.L')) continue;
      const global = globals.get(sym.name) === sym;
      if (!global && unit.globalNames.has(sym.name)) continue; // a weak definition another file's overrode
      output(sym, global, global && unit.weakNames.has(sym.name));
    }
  }
  for (const sym of globals.values()) {
    const isCommon = sym.section.name === 'COMMON' && sym.kind === 'label';
    if (isCommon || (provided.get(sym.name) === sym && (ALWAYS_DEFINED.has(sym.name) || used.has(sym.name)))) {
      output(sym, true);
    }
  }
  // The entry point is the global _start, a label or a value (`.set`); without one, ld warns and
  // starts the program at .text's start.
  const start = globals.get('_start');
  const warnings: string[] = [];
  let entry: number;
  if (start === undefined) {
    entry = present.find((o) => o.spec.name === '.text')!.address;
    warnings.push(`warning: cannot find entry symbol _start; defaulting to ${entry.toString(16).padStart(8, '0')}`);
  } else {
    entry = start.kind === 'label' ? labelAddress(start).address : setValue(start);
  }
  return { image: { entry, sections, segments, symbols }, warnings };
}

/** The address of a label after layout, and the section it ended in (another one if merged into it). */
export function labelAddress(sym: SymbolDef): { address: number; section: InputSection } {
  const merged = sym.section.merged;
  if (!merged) return { address: sym.section.address + sym.offset, section: sym.section };
  const at = merged.locate(sym.offset);
  return { address: at.section.address + at.offset, section: at.section };
}

function alignUp(n: number, a: number): number {
  return Math.ceil(n / a) * a;
}
