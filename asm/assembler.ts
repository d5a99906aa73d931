/**
 * The assembler: source files → one static ELF32 executable.
 *
 * Pass 1 walks every line, defines labels and sizes every statement; layout then places each
 * input section as GNU ld's default script does (asm/link.ts); pass 2 walks the same lines
 * again, evaluates every expression with all symbols known and writes the bytes. A conditional
 * branch that pass 2 finds out of range (or aimed at another section or file) must become the
 * long form, an inverted branch over a `jal`: the whole assembly then runs again with that
 * branch long, until no branch changes (GNU as's branch relaxation). Each input file is one
 * unit with its own local symbols; `.globl` symbols are shared between units. Errors of both
 * passes are collected and reported together, in line order.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Expr, Label, Operand, Operation, Statement } from './ir.js';
import { parseLine } from './parse.js';
import { alternateArguments, localSymbolName, substituteAlternate } from './altmacro.js';
import { scrubBlanks, splitLines, statementSpan, statementSpans, type LinePlace } from './source.js';
import { ABSOLUTE, evaluate, type EvalContext, type Value } from './expr.js';
import { AssemblyError, AssemblyErrors, StatementError, UndefinedSymbolError, formatWarning, type SourcePosition } from './errors.js';
import { encodeInsn, encodeInstruction, insnSize, instructionSize, isInstructionName, type InstructionContext } from './instructions.js';
import { STANDARD_SECTIONS, defaultFlags, isTlsSection, parseFlags } from './sections.js';
import { Listing } from './listing.js';
import { asGnuInstructionError } from './gnu-messages.js';
import { Conditionals, MalformedConditionalError, VALUE_TESTS, controlDirective, sameQuotedStrings, sameStrings } from './conditionals.js';
import {
  UnterminatedBlockError, blockBody, expandMacro, leadingDirective, leadingWord, macroArguments, macroHeader, macroName, substitute,
  type MacroArguments,
  type MacroDef,
} from './macros.js';
import { SHF_ALLOC, SHF_EXECINSTR } from '../src/elf/constants.js';
import type { ExecutableImage } from '../src/elf/writer.js';
import { writeExecutable } from '../src/elf/writer.js';
import { labelAddress, link, type CommonSymbol, type InputSection, type SymbolDef, type Unit } from './link.js';
import * as I from './int64.js';
import type { Int } from './int64.js';
import { float32Bits } from './float32.js';

/** Default address of .text (the CS:APP layout). */
export { DEFAULT_TEXT_ADDRESS } from './link.js';
const MAX_INCLUDE_DEPTH = 16;
/**
 * The deepest nesting of macro expansions and repetitions, and the most lines and characters they
 * may produce in all (a macro that calls itself with its argument doubled reaches 2^40 characters
 * within the nesting limit; GNU as runs out of memory there).
 */
const MAX_EXPANSION_DEPTH = 101; // GNU as takes 101 levels, not 102
const MAX_EXPANDED_LINES = 1_000_000;
const MAX_EXPANDED_CHARS = 64 * 1024 * 1024;
/** The most symbols one assembly may define. */
export const MAX_SYMBOLS = 1_000_000;
/** The largest `.space`, `.fill` or `.org` step. */
const MAX_FILL = 0x40000000;
/** The most bytes all sections with contents (not .bss) may hold: vmlab reads no larger file (src/cli/files.ts). */
export const MAX_CONTENT_BYTES = 256 * 1024 * 1024;
const NOP = 0x00000013;
const C_NOP = 0x0001;
/** The largest alignment, 2^31 bytes: a larger `.p2align` is GNU's warning and this (ELF32's addresses hold no more). */
const MAX_ALIGN_POWER = 31;
/** How many times the assembly may run again to lengthen branches (each run lengthens at least one). */
const MAX_RELAX_ROUNDS = 1000;
/**
 * A size depending on later symbols that changes more often than this, and than once for each
 * statement of such a size (a chain of N settles in N rounds, as GNU's does), never settles
 * (`.space 4 - (b - a)`).
 */
const MAX_SIZE_CHANGES = 16;
/** The operators that compare two values (GNU's: true is -1, false 0). */
const COMPARISONS = new Set(['==', '!=', '<>', '<', '<=', '>', '>=']);
/** How deep a chain of symbols each set from one defined after it may go (GNU as takes any). */
const MAX_SET_DEPTH = 1000;

export interface SourceInput {
  /** Name used in messages, and base for resolving .include. */
  path: string;
  text: string;
}

export interface AssembleOptions {
  /** Reads an included file (default: from disk); an Error it throws without an errno code gives its message as the reason. */
  readFile?: (path: string) => string;
  /** Reads a file for `.incbin` (default: from disk); its errors as readFile's. */
  readBinary?: (path: string) => Uint8Array;
  /** Produce a listing (address, bytes, source line). */
  listing?: boolean;
}

export interface AssemblyOutput {
  elf: Uint8Array;
  image: ExecutableImage;
  listing: string | null;
  /** Warnings, formatted as errors are (`file:line:col: warning: ...`), in line order. */
  warnings: string[];
  /** The text of each `.print`, in line order (GNU as prints them on stdout). */
  printed: string[];
}

/**
 * Assemble and link `inputs` into an executable. Throws AssemblyErrors listing every error.
 * Warnings (where GNU as warns) are in the result.
 */
export function assemble(inputs: readonly SourceInput[], options: AssembleOptions = {}): AssemblyOutput {
  const long = new Set<string>();
  const lastPcrelTargets = new Map<number, number>();
  const laterSizes = new Map<string, { value: number; changes: number }>();
  for (let round = 0; ; round++) {
    const result = new Assembly(inputs, options, long, lastPcrelTargets, laterSizes).run();
    if (result !== 'relax') return result;
    if (round === MAX_RELAX_ROUNDS) throw new AssemblyErrors([new AssemblyError('branch relaxation did not settle')]);
  }
}

/**
 * `lines`, a line of several ";"-separated statements made one line per statement, as GNU as
 * reads them (a block or a conditional may open and close on one line: `.rept 3; nop; .endr`;
 * a macro invocation ends at its ";"). Messages point into the whole line, `sources` (null when
 * no line was split): a statement starts at column `columns[i]` of it, as `numbers` gives its
 * number in `lines`. (A statement is not padded to its column: that made a line of n statements
 * cost n² characters.)
 */
function statementsApart(lines: readonly string[]): { lines: readonly string[]; numbers: number[] | null; sources: string[] | null; columns: number[] | null } {
  const split = (line: string): { start: number; end: number }[] | null => {
    if (!line.includes(';')) return null;
    const spans = statementSpans(line);
    return spans.length > 1 ? spans : null;
  };
  if (!lines.some((l) => split(l) !== null)) return { lines, numbers: null, sources: null, columns: null };
  const out: string[] = [];
  const numbers: number[] = [];
  const sources: string[] = [];
  const columns: number[] = [];
  lines.forEach((line, i) => {
    for (const span of split(line) ?? [{ start: 0, end: line.length }]) {
      out.push(line.slice(span.start, span.end));
      numbers.push(i + 1);
      sources.push(line);
      columns.push(span.start);
    }
  });
  return { lines: out, numbers, sources, columns };
}

/** The labels a line starts with (and the blanks around them). */
const LEADING_LABELS = /^\s*(?:(?:[A-Za-z_.$\u0080-\uffff][\w.$\u0080-\uffff]*|\d+):\s*)*/;

/** An error in the first line of a block (a `.macro` header): the block is skipped, up to line `end`, its last. */
class BlockError extends StatementError {
  constructor(message: string, col: number, readonly end: number) {
    super(message, col);
  }
}

/** Macros and repetitions nested too deep or producing too much: the file stops there, with one error. */
class ExpansionLimitError extends StatementError {}

/** Put each symbol `e` names that `mentions` lacks at its end. */
function mentionIn(e: Expr, mentions: Map<string, number>): void {
  if (e.k === 'sym') {
    if (!mentions.has(e.name)) mentions.set(e.name, mentions.size);
  } else if (e.k === 'unary' || e.k === 'reloc') {
    mentionIn(e.arg, mentions);
  } else if (e.k === 'binary') {
    mentionIn(e.left, mentions);
    mentionIn(e.right, mentions);
  }
}

function newUnit(index: number, input: SourceInput): Unit {
  return {
    index, input, sections: new Map(), symbols: new Map(), globalNames: new Set(), weakNames: new Set(),
    localNames: new Set(), commons: [], commonNames: new Map(), numeric: new Map(), numericSeen: new Map(), mentions: new Map(),
  };
}

/** One run of both passes, with a given set of branches known to need the long form. */
class Assembly implements EvalContext, InstructionContext {
  private readonly units: Unit[];
  private readonly sections: InputSection[] = [];
  private globals = new Map<string, SymbolDef>();
  private readonly errors: { ordinal: number; error: AssemblyError }[] = [];
  private readonly warnings: { ordinal: number; text: string }[] = [];
  /** How many `.set` symbols are being evaluated, each through the next (see setValue). */
  private setDepth = 0;
  /** Statements that failed in pass 1 ("ordinal:index"): pass 2 skips them. */
  private readonly failed = new Set<string>();
  private readonly readFile: (path: string) => string;
  private readonly readBinary: (path: string) => Uint8Array;
  /** The files `.incbin` has read, by path: each is read once, for both passes. */
  private readonly binaries = new Map<string, Uint8Array>();
  private pass = 1;
  private laidOut = false;
  private unit!: Unit;
  private section!: InputSection;
  /** .previous's section, and the .pushsection stack (each entry the section and .previous's, which .popsection restores both, as GNU as does). */
  private previous: InputSection | null = null;
  private readonly sectionStack: { section: InputSection; previous: InputSection | null }[] = [];
  /** The symbols isConstant is looking through (a set symbol's pass-1 expression), against a cycle. */
  private readonly resolving = new Set<SymbolDef>();
  /** `.option push`es not yet popped, in this file (vmlab keeps no option's state: only the count, for GNU's error). */
  private optionDepth = 0;
  /** Where the current line is, for messages. */
  private position: SourcePosition = { file: '', line: 0, col: 0, text: '' };
  /** The file being read (a cpp line marker changes `position.file`, not this): `.include` looks beside it. */
  private filePath = '';
  /** Where the current statement's code starts in the line `position.text` (what column 0 of the parsed text is there). */
  private indent = 0;
  /** Where the current statement starts in the line `position.text` (0 unless the line has several). */
  private column = 0;
  /** The number of lines walked in this pass: orders messages. */
  private ordinal = 0;
  private statementIndex = 0;
  private ended = false;
  private symbolCount = 0;
  /** Where pass 1 met an `li` of a symbol defined later: "unit:section:offset". */
  private readonly deferred = new Set<string>();
  /** auipc address → target of its %pcrel_hi, as this round's pass 2 has met them so far, for %pcrel_lo(label of the auipc). */
  private readonly pcrelTargets = new Map<number, number>();
  /** The %pcrel_lo's of this round naming an auipc further down, and the target each took from the round before. */
  private readonly pcrelAhead: { address: number; target: number | undefined; position: SourcePosition; ordinal: number }[] = [];
  private readonly listing: Listing | null;
  /** The sections this pass has been in so far (a `.section` of one of them must not change its flags). */
  private readonly sectionsSeen = new Set<InputSection>();
  /** A relaxation round must follow this one (a branch grew, a size changed). */
  private relaxAgain = false;
  /** Macros defined so far in this pass, and the number of expansions (`\\@`). */
  private readonly macros = new Map<string, MacroDef>();
  private macroCount = 0;
  /** `.altmacro` is in force (until `.noaltmacro`), and the LOCAL symbols made so far in this pass. */
  private alternate = false;
  private localCount = 0;
  /** Lines macros and repetitions produced in this pass (limited to MAX_EXPANDED_LINES). */
  private expandedLines = 0;
  private expandedChars = 0;
  /** Bytes placed so far in this pass in sections that have contents (limited to MAX_CONTENT_BYTES). */
  private contentBytes = 0;
  /** Global symbols pass 2 looked up from another unit or the link script. */
  private readonly usedGlobals = new Set<string>();
  /** The outcome of each conditional test pass 1 made, in order: pass 2 takes the same branches. */
  private readonly decisions: (boolean | null)[] = [];
  private decisionIndex = 0;
  private readonly printed: string[] = [];

  /** Whether each `.set`, `.equ`... gave its symbol a number (not an address) in pass 1, by statementKey(). */
  private readonly setsConstant = new Map<string, boolean>();
  /** What pass 1 took for each size naming symbols defined later, by statementKey(). */
  private readonly sizesTaken = new Map<string, number>();

  constructor(inputs: readonly SourceInput[], options: AssembleOptions,
    /** The conditional branches that take the long form, by statementKey(). */
    private readonly long: Set<string>,
    /** The last round's pass 2 auipc targets (pcrelTargets), for a %pcrel_lo naming an auipc further down. */
    private readonly lastPcrelTargets: Map<number, number>,
    /** The value pass 2 found for such a size in the last round (by statementKey()), which pass 1 then takes, and how often it changed. */
    private readonly laterSizes: Map<string, { value: number; changes: number }>) {
    this.units = inputs.map((input, i) => newUnit(i, input));
    this.readFile = options.readFile ?? ((p) => readFileSync(p, 'utf8'));
    this.readBinary = options.readBinary ?? ((p) => readFileSync(p));
    this.listing = options.listing ? new Listing() : null;
  }

  run(): AssemblyOutput | 'relax' {
    this.walkAll();
    const linked = link(this.units, this.sections);
    this.globals = linked.globals;
    for (const e of linked.errors) this.errors.push({ ordinal: Infinity, error: e });
    this.laidOut = true;
    this.pass = 2;
    // Pass 2 starts with each set symbol's first value (see SymbolDef.first); its `.set`s then run in order.
    for (const unit of this.units) {
      for (const sym of unit.symbols.values()) if (sym.first) Object.assign(sym, sym.first);
    }
    this.walkAll();
    this.checkPcrelAhead();
    if (this.relaxAgain) return 'relax';
    if (this.errors.length) {
      const sorted = [...this.errors].sort((a, b) => a.ordinal - b.ordinal);
      // The warnings too, each before the errors of a later line (the sort is stable).
      const inOrder = [...sorted.map((e) => ({ ordinal: e.ordinal, item: e.error as AssemblyError | string })),
        ...this.warnings.map((w) => ({ ordinal: w.ordinal, item: w.text }))].sort((a, b) => a.ordinal - b.ordinal);
      throw new AssemblyErrors(sorted.map((e) => e.error), inOrder.map((x) => x.item));
    }
    const warnings = this.warnings.sort((a, b) => a.ordinal - b.ordinal).map((w) => w.text);
    const { image, warnings: linkWarnings } = linked.image(this.absoluteValueOf, this.usedGlobals);
    warnings.push(...linkWarnings);
    return { elf: writeExecutable(image), image, listing: this.listing ? this.listing.text() : null, warnings, printed: this.printed };
  }

  /** The value of a `.set` symbol after layout (for the symbol table). */
  private readonly absoluteValueOf = (sym: SymbolDef): number => {
    this.unit = sym.unit;
    return I.low32(this.setValue(sym, 0).n);
  };

  private recordErrorAt(error: AssemblyError): void {
    this.errors.push({ ordinal: this.ordinal, error });
  }

  // ---- walking the source ----

  private walkAll(): void {
    this.ordinal = 0;
    this.contentBytes = 0;
    this.macros.clear();
    this.macroCount = 0;
    this.alternate = false;
    this.localCount = 0;
    this.decisionIndex = 0;
    this.expandedLines = 0;
    this.expandedChars = 0;
    for (const unit of this.units) {
      this.unit = unit;
      this.ended = false;
      this.previous = null;
      this.sectionStack.length = 0;
      this.optionDepth = 0;
      for (const s of unit.sections.values()) s.offset = 0;
      this.sectionsSeen.clear();
      this.section = this.sectionNamed('.text');
      unit.numericSeen.clear();
      this.walkFile(unit.input.path, unit.input.text);
      this.finishUnit(unit);
    }
  }

  /** GNU as pads the end of each code section to its alignment, with nops; pass 1 records sizes. */
  private finishUnit(unit: Unit): void {
    for (const s of unit.sections.values()) {
      if (s.flags & SHF_EXECINSTR) {
        this.section = s;
        try {
          this.codeFill((s.align - (s.offset % s.align)) % s.align);
        } catch (e) {
          // An alignment of up to 2^31 may pad past the output's limit: an error of the file's last line.
          if (!(e instanceof StatementError)) throw e;
          if (this.pass === 1) this.recordErrorAt(new AssemblyError(e.message, this.position));
        }
      }
      if (this.pass === 1) s.size = s.offset;
      else if (s.size !== s.offset && this.errors.length === 0) {
        throw new Error(`internal error: ${s.name} of ${unit.input.path} changed size between passes`);
      }
    }
  }

  private walkFile(path: string, text: string): void {
    if (this.pass === 2) this.listing?.file(path);
    this.filePath = path;
    const { lines, places } = splitLines(text);
    this.walkLines(path, lines, null, 0, places);
  }

  /**
   * Walk `lines` of file `path`. Lines of a macro expansion or repetition all report the line
   * `at` (the invocation's); `depth` counts the expansions they are in. A file's lines report
   * their own numbers (a line's statements, walked apart, all its number), or the places
   * `places` gives them (lines joined by a comment, a cpp line marker's file and numbers).
   */
  private walkLines(path: string, text: readonly string[], at: number | null, depth: number, places: readonly LinePlace[] | null = null): void {
    const { lines, numbers, sources, columns } = statementsApart(text);
    const conditionals = new Conditionals();
    const placeOf = (i: number): { file: string; line: number } => {
      if (at !== null) return { file: path, line: at };
      const n = numbers ? numbers[i] : i + 1;
      const place = places?.[n - 1];
      return place ? { file: place.file ?? path, line: place.line } : { file: path, line: n };
    };
    for (let i = 0; i < lines.length && !this.ended; i++) {
      const place = placeOf(i);
      this.position = { file: place.file, line: place.line, col: 0, text: sources ? sources[i] : lines[i] };
      const column = columns ? columns[i] : 0;
      this.column = column;
      this.indent = column;
      let control = controlDirective(lines[i]);
      if (!control && !conditionals.ignoring && lines[i].includes(':') && /\.[iIeE]/.test(lines[i])) {
        // Labels before a conditional (not read in lines being skipped, as in GNU as).
        const labels = LEADING_LABELS.exec(lines[i])![0];
        control = labels.trim() ? controlDirective(' '.repeat(labels.length) + lines[i].slice(labels.length)) : null;
        if (control) this.walkLine(labels);
      }
      if (control) {
        if (this.control(control, lines[i], conditionals, at !== null)) return;
        continue;
      }
      if (conditionals.ignoring) continue;
      let skipTo: number | null = null;
      try {
        skipTo = this.textBlock(place.file, lines, i, place.line, depth);
      } catch (e) {
        if (e instanceof ExpansionLimitError && at !== null) throw e; // reported once, at the outermost line
        this.ordinal++;
        if (e instanceof UnterminatedBlockError && e.atEnd && at === null) {
          const last = placeOf(lines.length - 1);
          this.position = { file: last.file, line: last.line, col: 0, text: text[text.length - 1] };
        }
        if (this.pass === 1) this.recordError(e, column, 0);
        if (e instanceof ExpansionLimitError) this.ended = true;
        skipTo = e instanceof UnterminatedBlockError ? lines.length : e instanceof BlockError ? e.end : i; // the block, or the line
      }
      if (skipTo !== null) i = skipTo;
      else this.walkLine(lines[i]);
    }
    if (this.pass === 1 && !this.ended) {
      const last = lines.length - 1;
      const lastPlace = placeOf(last);
      const end = at === null ? { file: lastPlace.file, line: lastPlace.line, col: 0, text: text[text.length - 1] } : this.position;
      for (const e of conditionals.unterminated(end, at !== null)) this.recordErrorAt(e);
    }
  }

  /**
   * A conditional directive, or `.exitm`, in `line`. Returns true when the expansion being
   * walked ends here (`.exitm` in a macro or repetition).
   */
  private control(d: { name: string; rest: string; col: number }, line: string, conditionals: Conditionals, inExpansion: boolean): boolean {
    this.ordinal++;
    const at = { ...this.position, col: this.column + d.col };
    const test = (): boolean => this.decide(d, line);
    let errors: AssemblyError[] = [];
    try {
      switch (d.name) {
        case '.exitm':
          if (conditionals.ignoring) return false;
          if (inExpansion) return true;
          this.warnAt('ignoring macro exit outside a macro definition.', at);
          return false;
        case '.else': errors = conditionals.else(at); break;
        case '.elseif': errors = conditionals.elseif(at, test); break;
        case '.endif': errors = conditionals.endif(at); break;
        default: conditionals.open(at, test);
      }
    } catch (e) {
      if (!(e instanceof StatementError)) throw e;
      errors = [new AssemblyError(e.message, at)];
    }
    if (this.pass === 1) for (const e of errors) this.recordErrorAt(e);
    return false;
  }

  /**
   * The outcome of a conditional's test: worked out in pass 1 (false if it fails, null if GNU
   * opens no conditional), replayed in pass 2.
   */
  private decide(d: { name: string; rest: string; col: number }, line: string): boolean {
    if (this.pass === 2) {
      const outcome = this.decisions[this.decisionIndex++];
      if (outcome === null) throw new MalformedConditionalError('', 0);
      return outcome;
    }
    let outcome: boolean | null = false;
    try {
      outcome = this.condition(d, line);
      return outcome;
    } catch (e) {
      if (e instanceof MalformedConditionalError) outcome = null;
      throw e;
    } finally {
      this.decisions.push(outcome);
    }
  }

  /** Whether the conditional `d` (in `line`) holds, with the symbols defined so far (GNU's messages). */
  private condition(d: { name: string; rest: string; col: number }, line: string): boolean {
    const valueTest = VALUE_TESTS.get(d.name);
    if (valueTest) {
      const operands = parseLine(line).line[0]?.op?.operands ?? [];
      let n: Int;
      try {
        if (operands.length !== 1) throw new StatementError('', 0);
        n = this.constantOperand(operands[0]);
      } catch (e) {
        if (e instanceof StatementError) throw new StatementError('non-constant expression in ".if" statement', 0);
        throw e;
      }
      return valueTest(n);
    }
    switch (d.name) {
      case '.ifdef': case '.ifndef': case '.ifnotdef': {
        const name = d.rest.trim();
        if (!/^[A-Za-z_.$\u0080-\uffff][\w.$\u0080-\uffff]*$/.test(name)) throw new MalformedConditionalError('invalid identifier for ".ifdef"', 0);
        // Commons are defined, and so are sections made so far (.text, .data and .bss always), as GNU's symbols.
        const defined = this.unit.symbols.has(name) || this.unit.commonNames.has(name) || STANDARD_SECTIONS.includes(name) ||
          this.unit.sections.has(name);
        return defined === (d.name === '.ifdef');
      }
      case '.ifc': return sameStrings(d.rest);
      case '.ifnc': return !sameStrings(d.rest);
      case '.ifeqs': return sameQuotedStrings(d.rest);
      case '.ifnes': return !sameQuotedStrings(d.rest);
      case '.ifb': return d.rest.trim() === '';
      default: return d.rest.trim() !== ''; // .ifnb
    }
  }

  /**
   * If `lines[i]` opens a `.macro`, `.rept`, `.irp` or `.irpc` block or invokes a macro, handle
   * it (expanding and walking its lines) and return the index of its last line; else null.
   */
  private textBlock(path: string, lines: readonly string[], i: number, lineNo: number, depth: number): number | null {
    const whole = lines[i];
    // Labels before a block or a macro name label what it expands to: define them first.
    const labels = whole.includes(':') ? LEADING_LABELS.exec(whole)![0] : '';
    const line = labels ? ' '.repeat(labels.length) + whole.slice(labels.length) : whole;
    const directive = line.includes('.') ? leadingDirective(line) : null;
    const block = directive !== null && ['.macro', '.rept', '.irp', '.irpc'].includes(directive.name);
    const word = block || this.macros.size === 0 ? null : leadingWord(line);
    const def = word ? this.macros.get(word.word.toLowerCase()) : undefined; // macro names in any case, as GNU as
    if (labels.trim() !== '' && (block || def)) this.walkLine(labels);
    const name = directive?.name;
    if (name === '.macro') {
      let title = ''; // a missing name is macroHeader's error, once the body is known
      try {
        title = macroName(directive!.rest);
      } catch { /* reported below */ }
      const { body, end } = blockBody(lines, i, '.endm', `unexpected end of file in macro \`${title}' definition`);
      let def: MacroDef;
      try {
        def = macroHeader(directive!.rest, body);
      } catch (e) {
        // A bad definition still takes its body, up to its .endm, as GNU as reads it.
        throw e instanceof StatementError ? new BlockError(e.message, directive!.col + e.col, end) : e;
      }
      if (this.alternate) for (const p of def.params) p.default = this.macroArguments(p.default)[0] ?? ''; // read when defined, as GNU does
      if (this.pass === 1 && this.macros.has(def.name.toLowerCase())) throw new StatementError(`Macro \`${def.name}' was already defined`, directive!.col);
      this.macros.set(def.name.toLowerCase(), def);
      return end;
    }
    if (name === '.purgem') {
      const target = directive!.rest.trim();
      if (!this.macros.delete(target.toLowerCase())) this.warnAt(`Attempt to purge non-existing macro \`${target}'`, { ...this.position, col: this.column + directive!.col });
      return i;
    }
    if (name === '.altmacro' || name === '.noaltmacro') {
      if (directive!.rest.trim() !== '') throw new StatementError(`junk at end of line, first unrecognized character is \`${directive!.rest.trim()[0]}'`, directive!.col);
      this.alternate = name === '.altmacro';
      return i;
    }
    if (name === '.endm') return this.strayCloser('.endm encountered without preceding .macro', directive!.col, i);
    if (name === '.endr') return this.strayCloser('.endr encountered without preceding .rept, .irp, or .irpc', directive!.col, i);
    if (name === '.rept' || name === '.irp' || name === '.irpc') {
      const { body, end } = name === '.rept'
        ? blockBody(lines, i, '.endr', 'REPT without ENDR', true)
        : blockBody(lines, i, '.endr', 'unexpected end of file in irp or irpc');
      const expanded: string[] = [];
      if (name === '.rept') {
        const { line: [{ op }], indent } = parseLine(line);
        let count = 0; // no count at all is 0, as GNU as reads it (an absolute expression of nothing)
        try {
          const given = op!.operands[0];
          if (given) {
            if (this.constantOperand(given) < 0) throw new StatementError('negative count for REPT - ignored', given.col); // GNU 2.40's error
            count = this.smallConstant(given, 0, MAX_EXPANDED_LINES, 'repeat count');
          }
        } catch (e) {
          // The block is still read to its .endr, as GNU as reads it; columns are the code's, not the statement's.
          throw e instanceof StatementError ? new BlockError(e.message, indent + e.col, end) : e;
        }
        this.countExpansion(count * body.length, count * textLength(body), indent + op!.col);
        for (let k = 0; k < count; k++) for (const l of body) expanded.push(l);
      } else {
        const [symbol = '', ...values] = this.macroArguments(directive!.rest);
        // No list at all (`.irpc c` or `.irpc c,`) runs the body once with the symbol empty, as
        // GNU as does; an empty string (`.irpc c,""`) runs it no time.
        const list = directive!.rest.replace(/^\s*[^,\s]*\s*,?/, '').trim();
        const items = name === '.irpc' ? (list === '' ? [''] : irpcCharacters(list)) : values.length ? values : [''];
        this.countExpansion(items.length * body.length, 0, directive!.col);
        for (const item of items) {
          const value = new Map([[symbol, item]]);
          const sub = this.alternate ? substituteAlternate : substitute; // no LOCAL lines here, as in GNU as
          const lines = body.map((l) => sub(l, value, this.macroCount));
          this.countExpansion(0, textLength(lines), directive!.col);
          for (const line of lines) expanded.push(line); // not push(...lines): a body of 100,000s of lines overflows the stack
        }
      }
      this.expand(path, expanded, lineNo, depth);
      return end;
    }
    if (!def) return null;
    const newLocal = this.alternate ? this.newLocal : null;
    const { lines: expanded, errors, warnings } = expandMacro(def, this.macroArguments(word!.rest), this.macroCount++, newLocal);
    if (this.pass === 1) for (const message of errors) this.recordErrorAt(new AssemblyError(message, this.position));
    for (const message of warnings) this.warn(message, 0);
    this.countExpansion(expanded.length, textLength(expanded), 0);
    this.expand(path, expanded, lineNo, depth);
    return i;
  }

  /** The arguments of a macro invocation or `.irp` (read as `.altmacro` says when it is in force). */
  private macroArguments(text: string): MacroArguments {
    if (!this.alternate) return macroArguments(text);
    return alternateArguments(scrubBlanks(text), (expr) => {
      const operand = parseLine(` .long ${expr}`).line[0]?.op?.operands;
      if (operand?.length !== 1) throw new StatementError('', 0);
      return this.constantOperand(operand[0]);
    });
  }

  /** A new LOCAL symbol name (alternate macro mode). */
  private readonly newLocal = (): string => localSymbolName(++this.localCount);

  /** A `.endm` or `.endr` with no block to end: GNU as warns and goes on. */
  private strayCloser(message: string, col: number, i: number): number {
    this.warnAt(message, { ...this.position, col: this.column + col });
    return i;
  }

  /** Count `lines` more lines of `chars` characters produced by macros and repetitions in this pass; over a limit, stop. */
  private countExpansion(lines: number, chars: number, col: number): void {
    this.expandedLines += lines;
    this.expandedChars += chars;
    if (this.expandedLines > MAX_EXPANDED_LINES) {
      throw new ExpansionLimitError(`macros and repetitions expand to more than ${MAX_EXPANDED_LINES} lines`, col);
    }
    if (this.expandedChars > MAX_EXPANDED_CHARS) {
      throw new ExpansionLimitError(`macros and repetitions expand to more than ${MAX_EXPANDED_CHARS / 1024 / 1024} MiB of text`, col);
    }
  }

  private expand(path: string, lines: string[], lineNo: number, depth: number): void {
    if (depth >= MAX_EXPANSION_DEPTH) throw new ExpansionLimitError(`macros nested too deeply: more than ${MAX_EXPANSION_DEPTH} levels of macros and repetitions`, 0);
    this.walkLines(path, lines, lineNo, depth + 1);
  }

  private walkLine(text: string): void {
    this.ordinal++;
    const startSection = this.section;
    const startOffset = startSection.offset;
    let statements: readonly Statement[];
    try {
      const parsed = parseLine(text);
      statements = parsed.line;
      this.indent = this.column + parsed.indent;
    } catch (e) {
      if (this.pass === 1) this.recordError(this.syntaxError(e, text), this.column, 0);
      return;
    }
    for (let i = 0; i < statements.length && !this.ended; i++) {
      if (this.pass === 2 && this.failed.has(`${this.ordinal}:${i}`)) continue;
      this.statementIndex = i;
      try {
        this.statement(statements[i]);
      } catch (e) {
        this.recordError(e, this.indent, i);
      }
    }
    if (this.listing && this.pass === 2) this.listLine(text, statements, startSection, startOffset);
  }

  /** A syntax error `e` in `text`: in an instruction, worded as GNU as words it (`illegal operands ...`). */
  private syntaxError(e: unknown, text: string): unknown {
    const at = e instanceof StatementError ? e.col : 0;
    // GNU's relocations for what vmlab does not have: thread-local storage, the GOT.
    const unsupported = /^%(tprel_hi|tprel_lo|tprel_add|tls_ie_pcrel_hi|tls_gd_pcrel_hi|got_pcrel_hi)\b/.exec(text.slice(at));
    if (unsupported) {
      const what = unsupported[1] === 'got_pcrel_hi' ? 'a GOT is not supported (vmlab links statically: use la, or %pcrel_hi)'
        : 'thread-local storage is not supported (vmlab runs one thread a process)';
      return new StatementError(`%${unsupported[1]}: ${what}`, at);
    }
    const { start, end } = statementSpan(text, at);
    const word = leadingWord(text.slice(start, end).replace(LEADING_LABELS, ''))?.word;
    return word !== undefined && isInstructionName(word) ? asGnuInstructionError(e, word, this.statementText(this.column + at)) : e;
  }

  /** List a line: the bytes it put in the section it started in (an .include lists its own lines). */
  private listLine(text: string, statements: readonly Statement[], section: InputSection, offset: number): void {
    const stayed = this.section === section && !statements.some((s) => s.op?.name === '.include');
    const address = stayed ? section.address + offset : this.here();
    const bytes = stayed && section.data ? section.data.subarray(offset, section.offset) : new Uint8Array(0);
    const located = bytes.length > 0 || statements.some((s) => s.labels.length > 0);
    this.listing!.line(this.position.line, located ? address : null, bytes, ' '.repeat(this.column) + text); // each statement in its column
  }

  private recordError(e: unknown, indent: number, statement: number): void {
    if (e instanceof StatementError) {
      if (this.pass === 1) this.failed.add(`${this.ordinal}:${statement}`);
      this.recordErrorAt(new AssemblyError(e.message, { ...this.position, col: e.col + indent }));
    } else if (e instanceof AssemblyError) {
      this.recordErrorAt(e);
    } else {
      throw e;
    }
  }

  /** A warning at `col` of the current statement (given once, in pass 2). */
  warn(message: string, col: number): void {
    this.warnAt(message, { ...this.position, col: col + this.indent });
  }

  /**
   * A warning at `position` (given once, in pass 2: an expression evaluated twice there, such as
   * li's, warns once).
   */
  private warnAt(message: string, position: SourcePosition): void {
    if (this.pass !== 2) return;
    const text = formatWarning(message, position);
    const key = `${this.ordinal}\0${text}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.warnings.push({ ordinal: this.ordinal, text });
  }

  private readonly warned = new Set<string>();

  private statement(stmt: Statement): void {
    if (this.pass === 1) this.mentionAll(stmt);
    for (const label of stmt.labels) this.label(label);
    let op = stmt.op;
    if (!op) return;
    // Mnemonics and directives are read in any case, as GNU as reads them (`ADD`, `.BYTE`).
    if (/[A-Z]/.test(op.name)) op = { ...op, name: op.name.toLowerCase() };
    if (op.name.charCodeAt(0) === 46 /* . */) this.directive(op);
    else this.instruction(op);
  }

  // ---- sections ----

  /** This unit's input section `name`, created (pass 1) with `flags` or the defaults for its name. */
  private sectionNamed(name: string, flags?: number, nobits?: boolean): InputSection {
    let s = this.unit.sections.get(name);
    if (!s) {
      const defaults = defaultFlags(name);
      s = {
        id: this.sections.length, unit: this.unit, name, flags: flags ?? defaults.flags,
        nobits: nobits ?? defaults.nobits, size: 0, align: name === '.text' ? 4 : 1, offset: 0, address: 0, data: null,
        merge: null, merged: null,
      };
      this.sections.push(s);
      this.unit.sections.set(name, s);
    }
    return s;
  }

  /** The file's .bss subsection 1, where its local common symbols go (made with its .bss). */
  private localCommons(): InputSection {
    const key = ' .bss subsection 1';
    let s = this.unit.sections.get(key);
    if (!s) {
      const bss = this.sectionNamed('.bss');
      s = { ...bss, id: this.sections.length, size: 0, align: 1, offset: 0, address: 0, data: null, merge: null, merged: null, subsectionOf: bss };
      this.sections.push(s);
      this.unit.sections.set(key, s);
    }
    return s;
  }

  /**
   * Make `s` the current section; the one left (`s` itself, when selected again) is .previous's,
   * as GNU's section change hook keeps it, unless `keepPrevious` (RISC-V's own .bss, tc-riscv.c's
   * s_bss, calls no hook).
   */
  private switchTo(s: InputSection, keepPrevious = false): void {
    if (!keepPrevious) this.previous = this.section;
    this.section = s;
    this.sectionsSeen.add(s);
  }

  // ---- locations and symbols ----

  /** The address (after layout) or section-relative value (before) of the current location. */
  private dot(): Value {
    const offset = this.section.offset;
    return this.laidOut ? { n: this.section.address + offset, section: ABSOLUTE } : { n: offset, section: this.section.id };
  }

  private here(): number {
    return this.section.address + this.section.offset;
  }

  private newSymbol(name: string, kind: SymbolDef['kind'], col: number): SymbolDef {
    if (++this.symbolCount > MAX_SYMBOLS) throw new StatementError(`too many symbols: the limit is ${MAX_SYMBOLS}`, col);
    return {
      name, unit: this.unit, kind, section: this.section, offset: this.section.offset, value: null, pending: null,
      pass: this.pass, evaluating: false, position: { ...this.position, col: col + this.indent },
    };
  }

  /** A label of the source (GNU's error if `.comm` made it common: `.lcomm` may define it still). */
  private label(label: Label): void {
    if (this.pass === 1 && this.unit.commonNames.has(label.name)) {
      const size = this.unit.commonNames.get(label.name)!.size;
      throw new StatementError(`symbol \`${label.name}' is already defined as "*COM*"/${size}`, label.col);
    }
    this.defineLabel(label.name, label.col);
  }

  private defineLabel(name: string, col: number): void {
    if (isNumericLabel(name)) {
      if (this.pass === 1) {
        const defs = this.unit.numeric.get(name) ?? [];
        defs.push(this.newSymbol(name, 'label', col));
        this.unit.numeric.set(name, defs);
      } else {
        this.unit.numericSeen.set(name, (this.unit.numericSeen.get(name) ?? 0) + 1);
      }
      return;
    }
    const existing = this.unit.symbols.get(name);
    if (this.pass === 2) {
      if (existing?.labelAt && existing.kind === 'set') Object.assign(existing, { kind: 'label', ...existing.labelAt });
      return;
    }
    // A symbol `.set` so far (not `.equiv`) becomes this label, as GNU as takes it.
    if (existing?.kind === 'set' && !existing.fixed) {
      existing.labelAt = { section: this.section, offset: this.section.offset };
      existing.first = { value: existing.first?.value ?? existing.value, pending: existing.first?.pending ?? existing.pending, kind: 'set' };
      Object.assign(existing, { kind: 'label', ...existing.labelAt });
      return;
    }
    // A label defined again where it already stands is the same label, as GNU as takes it.
    if (existing?.kind === 'label' && existing.section === this.section && existing.offset === this.section.offset) return;
    if (existing) throw duplicate(name, existing, col);
    if (this.unit.sections.has(name) || STANDARD_SECTIONS.includes(name)) {
      throw new StatementError(`symbol \`${name}' is already defined: it names a section`, col);
    }
    this.unit.symbols.set(name, this.newSymbol(name, 'label', col));
  }

  private labelValue(sym: SymbolDef): Value {
    return this.laidOut ? { n: labelAddress(sym).address, section: ABSOLUTE } : { n: sym.offset, section: sym.section.id };
  }

  symbol(name: string, col: number): Value {
    if (name === '.') return this.dot();
    let sym = this.unit.symbols.get(name);
    // A weak definition here gives way to another file's (link.ts collectGlobals).
    if (sym && this.pass === 2 && this.unit.weakNames.has(name)) sym = this.globals.get(name) ?? sym;
    if (!sym) {
      // A section's name is its symbol, as in GNU as: the start of the file's part of it.
      const section = this.unit.sections.get(name);
      if (section) return this.laidOut ? { n: section.address, section: ABSOLUTE } : { n: 0, section: section.id };
    }
    if (!sym && this.pass === 2) {
      sym = this.globals.get(name);
      if (sym) this.usedGlobals.add(name);
    }
    if (!sym) {
      if (this.pass === 2 && this.unit.weakNames.has(name)) return { n: 0, section: ABSOLUTE };
      throw new UndefinedSymbolError(`undefined symbol '${name}'`, col);
    }
    return sym.kind === 'label' ? this.labelValue(sym) : this.setValue(sym, col);
  }

  private setValue(sym: SymbolDef, col: number): Value {
    if (sym.value) return this.absolutize(sym.value);
    const pending = sym.pending;
    if (sym.evaluating || !pending) throw new StatementError(`symbol '${sym.name}' is defined in terms of itself`, col);
    // Each symbol defined through one further down is a nested evaluation (JavaScript's stack).
    if (this.setDepth >= MAX_SET_DEPTH) {
      throw new StatementError(`symbols defined through symbols defined after them nest more than ${MAX_SET_DEPTH.toLocaleString('en-US')} deep (at '${sym.name}')`, col);
    }
    this.setDepth++;
    sym.evaluating = true;
    const saved = { unit: this.unit, section: this.section, offset: pending.section.offset };
    try {
      this.unit = sym.unit;
      this.section = pending.section;
      this.section.offset = pending.offset;
      return evaluate(pending.expr, this);
    } finally {
      this.setDepth--;
      sym.evaluating = false;
      pending.section.offset = saved.offset;
      this.unit = saved.unit;
      this.section = saved.section;
    }
  }

  /** After layout, turn a section-relative value from pass 1 into an address. */
  private absolutize(v: Value): Value {
    if (!this.laidOut || v.section === ABSOLUTE) return v;
    return { n: I.add(this.sections[v.section].address, v.n), section: ABSOLUTE };
  }

  localLabel(label: string, forward: boolean, col: number): Value {
    return this.labelValue(this.localLabelDef(label, forward, col));
  }

  private localLabelDef(label: string, forward: boolean, col: number): SymbolDef {
    const defs = this.unit.numeric.get(label) ?? [];
    const seen = this.pass === 1 ? defs.length : (this.unit.numericSeen.get(label) ?? 0);
    const def = forward ? defs[seen] : defs[seen - 1];
    if (!def) {
      throw new UndefinedSymbolError(`undefined local label '${label}${forward ? 'f' : 'b'}': no '${label}:' ` +
        `${forward ? 'after' : 'before'} this line`, col);
    }
    return def;
  }

  reloc(fn: 'hi' | 'lo' | 'pcrel_hi' | 'pcrel_lo', arg: Expr, col: number): Value {
    const v = evaluate(arg, this);
    if (v.section !== ABSOLUTE) throw new StatementError(`%${fn} needs a known address`, col);
    const address = I.low32(v.n);
    let n: number;
    switch (fn) {
      case 'hi': n = ((address + 0x800) >>> 12) & 0xfffff; break;
      case 'lo': n = lo12(address); break;
      case 'pcrel_hi': {
        const pc = this.here();
        if (this.pass === 2) this.pcrelTargets.set(pc, address);
        n = ((((address - pc) | 0) + 0x800) >>> 12) & 0xfffff;
        break;
      }
      case 'pcrel_lo': {
        // %pcrel_lo(label + addend), as gcc writes for a 64-bit value's second word: the auipc
        // stands at the label, and the addend is added to its target (GNU's reloc addend).
        const auipc = this.auipcAddress(arg, address);
        const addend = (address - auipc) | 0;
        let target = this.pcrelTargets.get(auipc);
        if (target === undefined && this.pass === 2 && auipc > this.here()) {
          // An auipc further down (GNU as takes it): its target as the last round found it, checked
          // when this round's pass 2 reaches it (run(); another round if they differ).
          target = this.lastPcrelTargets.get(auipc);
          this.pcrelAhead.push({ address: auipc, target, position: { ...this.position, col: col + this.indent }, ordinal: this.ordinal });
          n = target === undefined ? 0 : lo12(target + addend - auipc);
          break;
        }
        if (target === undefined) throw new StatementError(`%pcrel_lo needs the label of an auipc with %pcrel_hi`, col);
        n = lo12(target + addend - auipc);
        break;
      }
    }
    return { n, section: ABSOLUTE };
  }

  /** The address of the label in %pcrel_lo's `arg` (`label`, `label ± constant`, repeated), whose whole value is `address`. */
  private auipcAddress(arg: Expr, address: number): number {
    let base = arg;
    for (let next = this.baseLabel(base); next !== base; next = this.baseLabel(base)) base = next;
    if (base === arg) return address;
    const v = evaluate(base, this);
    return v.section === ABSOLUTE ? I.low32(v.n) : address;
  }

  /**
   * After pass 2: each %pcrel_lo that named an auipc further down took the target the last
   * round's auipc there had; if this round's differs (or the last round had none there), the
   * assembly runs again with this round's. A label where no auipc with %pcrel_hi stands is
   * GNU's error.
   */
  private checkPcrelAhead(): void {
    for (const ahead of this.pcrelAhead) {
      const target = this.pcrelTargets.get(ahead.address);
      if (target === undefined) {
        this.errors.push({ ordinal: ahead.ordinal, error: new AssemblyError('%pcrel_lo needs the label of an auipc with %pcrel_hi', ahead.position) });
      } else if (target !== ahead.target) {
        this.relaxAgain = true;
      }
    }
    for (const [address, target] of this.pcrelTargets) this.lastPcrelTargets.set(address, target);
  }

  value(e: Expr): Int {
    const v = evaluate(e, this);
    if (v.section !== ABSOLUTE) throw new Error('internal error: a relative value after layout');
    return v.n;
  }

  constant(e: Expr): Int {
    const v = evaluate(e, this);
    if (v.section !== ABSOLUTE || !this.isConstant(e)) throw new StatementError('expected a constant, not an address', e.col);
    return v.n;
  }

  constantLater(e: Expr): Int | null {
    const key = `${this.section.id}:${this.section.offset}`;
    if (this.pass === 1) {
      try {
        return this.constant(e);
      } catch (error) {
        if (!(error instanceof UndefinedSymbolError)) throw error;
        this.deferred.add(key);
        return null;
      }
    }
    if (!this.deferred.has(key)) return this.constant(e);
    evaluate(e, this); // an undefined symbol is reported as such
    if (!this.isConstant(e, true)) throw new StatementError('expected a constant, not an address', e.col);
    return null;
  }

  /**
   * Whether `e` is a constant: numbers, and symbols set (before this point, or anywhere with
   * `later`) to a constant, combined; or the difference of two addresses in one section.
   */
  isConstant(e: Expr, later = false): boolean {
    switch (e.k) {
      case 'num': return true;
      case 'sym': {
        const sym = this.unit.symbols.get(e.name);
        if (sym?.kind === 'label') return sym.section.id === ABSOLUTE; // a `.struct` field's offset
        if (sym === undefined || sym.kind !== 'set') return false;
        // Set in this pass: what pass 1 found at that definition (a label's address is absolute in pass 2).
        if (sym.value !== null && (sym.pass === this.pass ? sym.constant === true : later && sym.value.section === ABSOLUTE)) return true;
        // With `later`, one pass 1 set to symbols not yet defined (`.equ x, y` before `.equ y, 3`,
        // through any number of them) is what those turned out to be.
        const pending = sym.pending ?? sym.first?.pending;
        if (!later || !pending || this.resolving.has(sym)) return false;
        this.resolving.add(sym);
        try {
          return this.isConstant(pending.expr, true);
        } finally {
          this.resolving.delete(sym);
        }
      }
      case 'local': return false;
      // %hi and %lo of a constant are constants (`li a0, %lo(0x12345fff)` is `li a0, -1`); the
      // pc-relative ones depend on where they stand.
      case 'reloc': return (e.fn === 'hi' || e.fn === 'lo') && this.isConstant(e.arg, later);
      case 'unary': return this.isConstant(e.arg, later);
      case 'binary': {
        // Each side once: a chain of n operators is then n calls, not 2^n.
        // Two addresses in one section: their difference and comparisons are constants.
        const relative = e.op === '-' || COMPARISONS.has(e.op);
        const left = this.isConstant(e.left, later);
        const right = (left || relative) && this.isConstant(e.right, later);
        if (relative && !left && !right) {
          return this.pass === 1 ? evaluate(e, this).section === ABSOLUTE : this.isConstantDifference(e);
        }
        return left && right;
      }
    }
  }

  /** Whether `e` is a difference of two addresses, give or take constants (`a - b + 4`): what RISC-V's ADD/SUB relocations can hold. */
  private isDifference(e: Expr): boolean {
    if (e.k !== 'binary' || (e.op !== '+' && e.op !== '-')) return false;
    if (this.isConstant(e.right, true)) return this.isDifference(e.left);
    return e.op === '-' && !this.isConstant(e.left, true);
  }

  /** In pass 2, whether `a - b` was a constant in pass 1 (both addresses in one section). */
  private isConstantDifference(e: Expr & { k: 'binary' }): boolean {
    const l = this.sectionOf(e.left);
    return l !== null && l === this.sectionOf(e.right);
  }

  /** The label in `label ± constant`, or `e` itself. */
  private baseLabel(e: Expr): Expr {
    return e.k === 'binary' && (e.op === '+' || e.op === '-') && this.isConstant(e.right) ? e.left : e;
  }

  /** The input section of the label `e` names (a symbol or a numeric local label), or null. */
  private sectionOf(e: Expr): InputSection | null {
    if (e.k === 'sym') {
      if (e.name === '.') return this.section;
      const sym = this.unit.symbols.get(e.name);
      return sym && sym.kind === 'label' ? sym.section : null;
    }
    if (e.k === 'local') {
      try {
        return this.localLabelDef(e.label, e.forward, e.col).section;
      } catch {
        return null;
      }
    }
    return null;
  }

  /**
   * The statement being assembled, the same in both passes and in every round: its line's place
   * in the walk and its place on the line. (A statement that failed in pass 1 is not walked in
   * pass 2, so a count of branches or sizes would not match between the passes.)
   */
  private statementKey(): string {
    return `${this.ordinal}:${this.statementIndex}`;
  }

  /**
   * Whether the conditional branch to `target` at `pc` takes the long form (8 bytes). GNU as
   * lengthens a branch whose target is out of range, in another section (the absolute one too:
   * a number), in another file (or undefined) or weak. Pass 2 finds such branches ('next round'); the assembly then runs again.
   */
  longBranch(target: Expr, pc: number): boolean | 'next round' {
    const key = this.statementKey();
    const isLong = this.long.has(key);
    if (this.pass === 1 || isLong) return isLong;
    const label = this.baseLabel(target);
    let needed: boolean;
    if (label.k === 'sym' && label.name !== '.' && !this.unit.symbols.has(label.name)) {
      needed = true; // defined in another file, or undefined (reported when encoding)
    } else if (label.k === 'sym' && this.unit.weakNames.has(label.name)) {
      needed = true;
    } else if (this.isConstant(target, true)) {
      needed = true; // an absolute address (a number, an .equ): GNU as takes it for another section's
    } else {
      const section = this.sectionOf(label);
      const offset = I.sub(this.value(target), pc);
      needed = (section !== null && section !== this.section) || offset < -4096 || offset > 4094;
    }
    if (!needed) return false;
    this.long.add(key);
    this.relaxAgain = true;
    return 'next round';
  }

  // ---- emitting bytes ----

  /**
   * Where an instruction goes: none in the absolute section (`.struct`); in a zero-filled section
   * (.bss) GNU as takes it and drops its bytes, keeping its room: vmlab too, with a warning.
   */
  private instructionPlace(col: number): void {
    if (this.section.id === ABSOLUTE) throw this.storeError('instruction', col);
    const name = this.section.name;
    if (this.section.nobits) this.warn(`instruction in ${name}: ${name} is zero-filled, its bytes are dropped (as GNU as drops them); use .text`, col);
  }

  private requireBytes(what: string, col: number): void {
    const name = this.section.name;
    if (this.section.id === ABSOLUTE) throw this.storeError(what, col);
    if (this.section.nobits) throw new StatementError(`${what} in ${name}: ${name} is zero-filled, use .data`, col);
  }

  /** GNU as's error for bytes that are not zero in a zero-filled section, or any in the absolute section (`.struct`). */
  private storeError(what: string, col: number): StatementError {
    if (this.section.id === ABSOLUTE) {
      return new StatementError(what === 'non-empty string' ? 'strings must be placed into a section' : 'attempt to store value in absolute section', col);
    }
    return new StatementError(`attempt to store ${what} in section \`${this.section.name}'`, col);
  }

  /**
   * `.struct EXPR` and `.offset EXPR`: go to the absolute section at EXPR. Its labels are
   * constants (the offsets of a structure's fields); `.space`, `.balign`, `.org` and zeros move
   * its location, as in GNU as; it holds no bytes. A section directive leaves it.
   */
  private absoluteSection(op: Operation): void {
    this.expectCount(op, 0, 1, '[EXPR]');
    const at = op.operands.length ? this.smallConstant(op.operands[0], 0, MAX_FILL, 'offset') : 0; // none: 0, as GNU as
    let section = this.unit.absolute;
    if (!section) {
      section = {
        id: ABSOLUTE, unit: this.unit, name: '*ABS*', flags: 0, nobits: true, size: 0, align: 1, offset: 0, address: 0,
        data: null, merge: null, merged: null,
      };
      this.unit.absolute = section;
    }
    this.switchTo(section);
    section.offset = at;
  }

  /** Advance the location by `n` bytes; returns the offset where the caller writes them (pass 2). */
  private advance(n: number): number {
    const at = this.section.offset;
    if (!this.section.nobits) {
      if (this.contentBytes + n > MAX_CONTENT_BYTES) {
        throw new StatementError(`too much output: ${(this.contentBytes + n).toLocaleString('en-US')} bytes of sections with contents, the limit is 256 MiB (use .bss for zeros)`, 0);
      }
      this.contentBytes += n;
    }
    this.section.offset = at + n;
    return at;
  }

  /**
   * Where the current section's bytes go: its contents in pass 2 (null if it has none to write:
   * nobits, not output, or merged); in pass 1, a growing buffer for a mergeable section, else null.
   */
  private get out(): Uint8Array | null {
    const s = this.section;
    if (this.pass === 2 || !s.merge) return this.pass === 2 ? s.data : null;
    if (!s.data || s.data.length < s.offset) {
      const grown = new Uint8Array(Math.max(256, s.offset, 2 * (s.data?.length ?? 0)));
      if (s.data) grown.set(s.data);
      s.data = grown;
    }
    return s.data;
  }

  /** Emit the low `width` bytes (1 to 8) of `value`, little-endian. */
  private emitInteger(value: Int, width: number): void {
    const at = this.advance(width);
    const out = this.out;
    if (!out) return;
    if (width <= 4) {
      const bits = I.low32(value);
      for (let i = 0; i < width; i++) out[at + i] = (bits >>> (8 * i)) & 255;
    } else {
      let bits = I.unsigned64(value);
      for (let i = 0; i < width; i++, bits >>= 8n) out[at + i] = Number(bits & 255n);
    }
  }

  private emitBytes(bytes: Uint8Array): void {
    const at = this.advance(bytes.length);
    this.out?.set(bytes, at);
  }

  private emitFill(count: number, fill: number): void {
    const at = this.advance(count);
    if (fill !== 0) this.out?.fill(fill & 255, at, at + count);
  }

  /** `.insn`: one instruction given by its fields or value (instructions.ts). */
  private insn(op: Operation): void {
    const text = this.statementText(this.indent + op.col).replace(/^\.insn\s*/i, '');
    this.instructionPlace(op.col);
    if (this.pass === 1) {
      this.advance(insnSize(op, this, text));
      return;
    }
    const { bits, bytes } = encodeInsn(op, this.here(), this, text);
    this.emitInteger(I.wrap64(bits), bytes);
  }

  /**
   * The statement of the current line at column `at` (0-based) without its labels, blanks
   * scrubbed: GNU quotes it so in messages.
   */
  private statementText(at: number): string {
    const { start, end } = statementSpan(this.position.text, at);
    return scrubBlanks(this.position.text.slice(start, end).replace(LEADING_LABELS, ''));
  }

  /** An instruction or pseudo-instruction; its errors are worded as GNU as words them (gnu-messages.ts). */
  private instruction(op: Operation): void {
    try {
      this.instructionPlace(op.col);
      if (this.pass === 1) {
        this.advance(instructionSize(op, this.here(), this));
        return;
      }
      let words: number[];
      try {
        words = encodeInstruction(op, this.here(), this);
      } catch (e) {
        this.keepPlaceOfFailed(op);
        throw e;
      }
      for (const w of words) this.emitInteger(w, 4);
    } catch (e) {
      throw asGnuInstructionError(e, op.name, this.statementText(this.indent + op.col));
    }
  }

  /**
   * An instruction that fails in pass 2 (it passed pass 1: a %pcrel_lo naming no auipc) still
   * takes the room pass 1 gave it, so that what follows stays where pass 1 put it (its labels,
   * and the auipc a later %pcrel_lo names: that one then reports no error of its own).
   */
  private keepPlaceOfFailed(op: Operation): void {
    let size: number;
    try {
      size = instructionSize(op, this.here(), this);
    } catch {
      return;
    }
    this.advance(size);
  }

  // ---- directives ----

  private directive(op: Operation): void {
    switch (op.name) {
      case '.text': case '.data': return this.switchTo(this.sectionNamed(op.name));
      case '.bss': return this.switchTo(this.sectionNamed('.bss'), true);
      case '.section': return this.sectionDirective(op, false);
      case '.pushsection': return this.sectionDirective(op, true);
      case '.popsection': return this.popSection(op);
      case '.previous': return this.previousSection(op);
      case '.globl': case '.global': case '.xdef': return this.symbolList(op, this.unit.globalNames);
      case '.weak': return this.symbolList(op, this.unit.weakNames, this.unit.globalNames);
      case '.local': return this.symbolList(op, this.unit.localNames);
      case '.hidden': case '.protected': case '.internal': return this.symbolList(op, null);
      case '.comm': case '.common': return this.comm(op, false);
      case '.lcomm': return this.comm(op, true);
      case '.align': case '.p2align': return this.alignDirective(op, true);
      case '.balign': return this.alignDirective(op, false);
      case '.p2alignw': return this.alignDirective(op, true, 2);
      case '.p2alignl': return this.alignDirective(op, true, 4);
      case '.balignw': return this.alignDirective(op, false, 2);
      case '.balignl': return this.alignDirective(op, false, 4);
      case '.octa': return this.octa(op);
      case '.quad': case '.dword': case '.8byte': return this.dataDirective(op, 8);
      case '.word': case '.4byte': case '.long': case '.int': case '.dc.l': case '.dc.a': return this.dataDirective(op, 4);
      case '.half': case '.hword': case '.short': case '.2byte': case '.dc.w': case '.dc': return this.dataDirective(op, 2);
      case '.byte': case '.dc.b': return this.dataDirective(op, 1);
      case '.ds.b': case '.dcb.b': return this.ds(op, 1);
      case '.ds.w': case '.ds': case '.dcb.w': case '.dcb': return this.ds(op, 2);
      case '.ds.l': case '.dcb.l': return this.ds(op, 4);
      case '.ds.s': return this.ds(op, 4); // a fill is an integer of the width, as GNU as takes it
      case '.ds.d': return this.ds(op, 8);
      case '.float': case '.single': case '.dc.s': return this.floatDirective(op, 4);
      case '.double': case '.dc.d': return this.floatDirective(op, 8);
      case '.dcb.s': return this.repeatedFloat(op, 4);
      case '.dcb.d': return this.repeatedFloat(op, 8);
      case '.string16': return this.wideString(op, 2);
      case '.string64': return this.wideString(op, 8);
      case '.sect': return this.sectionDirective(op, false);
      case '.lsym': return this.set(op, false);
      case '.fail': return this.fail(op);
      case '.mri': return this.mri(op);
      case '.string32': return this.wideString(op, 4);
      case '.incbin': return this.incbin(op);
      case '.nop': return this.nopDirective(op);
      case '.reloc': return this.relocDirective(op);
      case '.variant_cc': return this.symbolList(op, null);
      case '.uleb128': return this.leb128(op, false);
      case '.sleb128': return this.leb128(op, true);
      case '.ascii': return this.stringDirective(op, false);
      case '.asciz': case '.string': case '.string8': return this.stringDirective(op, true);
      case '.space': case '.skip': case '.zero': return this.space(op);
      case '.fill': return this.fill(op);
      case '.org': return this.org(op);
      case '.struct': case '.offset': return this.absoluteSection(op);
      case '.equ': case '.set': return this.set(op, false);
      // .eqv binds its expression where the symbol is used; vmlab takes its value once, as .equiv.
      case '.equiv': case '.eqv': return this.set(op, true);
      case '.include': return this.include(op);
      case '.insn': return this.insn(op);
      case '.option': return this.option(op);
      case '.end': this.ended = true; return;
      case '.err': throw new StatementError('.err encountered', op.col);
      case '.error': case '.warning': case '.print': return this.message(op);
      // Debug and call-frame information, ELF symbol types and sizes, attributes, listing
      // control, `.extern` (GNU as ignores it: an undefined symbol is external): vmlab has no use
      // for them (parse.ts does not read their operands).
      case '.file': case '.loc': case '.loc_mark_labels': case '.ident': case '.size': case '.type':
      case '.attribute': this.attribute(op); return;
      case '.addrsig': case '.addrsig_sym': case '.extern': case '.list': case '.nolist':
      case '.title': case '.sbttl': case '.psize': case '.eject': case '.lflags': case '.version':
      case '.gnu_attribute': case '.func': case '.endfunc': case '.stabs': case '.stabn': case '.stabd': case '.line':
      case '.xref': case '.linefile': case '.spc': case '.llen': case '.format': case '.noformat': case '.name':
        return;
      default:
        if (op.name.startsWith('.cfi_')) return;
        throw new StatementError(`unknown pseudo-op: \`${op.name}'`, op.col);
    }
  }

  /** `.error ["MSG"]` (an error), `.warning ["MSG"]` (a warning), `.print "MSG"` (printed), with GNU's default texts. */
  private message(op: Operation): void {
    const operand = op.operands[0];
    if (op.name === '.print' && (op.operands.length !== 1 || operand.k !== 'string')) throw new StatementError('missing string', op.col);
    if (op.operands.length > 1 || (operand && operand.k !== 'string')) {
      throw new StatementError(`${op.name} argument must be a string`, operand.col);
    }
    const text = operand ? new TextDecoder().decode(operand.bytes) : `${op.name} directive invoked in source file`;
    if (op.name === '.error') throw new StatementError(text, op.col);
    if (op.name === '.warning') this.warn(text, op.col);
    else if (this.pass === 2) this.printed.push(text);
  }

  private expectCount(op: Operation, min: number, max: number, usage: string): void {
    if (op.operands.length < min || op.operands.length > max) {
      throw new StatementError(`wrong operands for '${op.name}': expected ${op.name} ${usage}`, op.col);
    }
  }

  /** `.section NAME[, "FLAGS"[, @TYPE[, ENTSIZE]]]`, and `.pushsection` with the same operands. */
  private sectionDirective(op: Operation, push: boolean): void {
    const [nameOperand, flagsOperand, typeOperand] = op.operands;
    const name = nameOperand ? sectionName(nameOperand) : null;
    if (!name) throw new StatementError(`'${op.name}' needs a section name`, op.col);
    const noTls = (): StatementError =>
      new StatementError(`${name}: thread-local storage (__thread, .tdata, .tbss) is not supported: vmlab runs one thread a process`, nameOperand.col);
    if (isTlsSection(name)) throw noTls();
    let flags: number | undefined;
    let merge: InputSection['merge'] = null;
    let excluded = false;
    if (flagsOperand && flagsOperand.k !== 'empty') {
      if (flagsOperand.k !== 'string') throw new StatementError(`section flags must be a string like "ax"`, flagsOperand.col);
      const parsed = parseFlags(Buffer.from(flagsOperand.bytes).toString('latin1'));
      if (parsed === null) throw new StatementError(`unknown section flag in ${JSON.stringify(Buffer.from(flagsOperand.bytes).toString('latin1'))}`, flagsOperand.col);
      if (parsed.tls) throw noTls();
      flags = parsed.flags;
      excluded = parsed.exclude;
      const entsizeOperand = op.operands[3];
      if (parsed.merge && entsizeOperand && entsizeOperand.k !== 'empty') {
        merge = { entsize: this.smallConstant(entsizeOperand, 1, 256, 'entity size'), strings: parsed.strings };
      }
    }
    let nobits: boolean | undefined;
    if (typeOperand && typeOperand.k !== 'empty') {
      if (typeOperand.k !== 'type') throw new StatementError(`section type must be written @progbits, @nobits...`, typeOperand.col);
      nobits = typeOperand.name === 'nobits';
    }
    if (!this.unit.sections.has(name) && this.unit.symbols.get(name)?.kind === 'label') {
      throw new StatementError(`section name '${name}' already defined as another symbol`, nameOperand.col);
    }
    // As GNU as: a section's type and flags stay what they were made. A change is an error, or,
    // for a name with GNU's own flags (.text, .data...), a warning and ignored.
    const made = this.unit.sections.get(name);
    const prior = made && this.sectionsSeen.has(made) ? made : STANDARD_SECTIONS.includes(name) ? defaultFlags(name) : null;
    if (prior) {
      if (nobits !== undefined && nobits !== prior.nobits) {
        // .text, .data or .bss (which GNU as makes before the first line): warned and ignored.
        if (!STANDARD_SECTIONS.includes(name)) throw new StatementError(`changed section type for ${name}`, nameOperand.col);
        this.warn(`ignoring incorrect section type for ${name}`, nameOperand.col);
        nobits = undefined;
      }
      // The `e` flag is one of the attributes too (a section made without it cannot gain it).
      const wasExcluded = prior === made && made.excluded === true;
      if (flags !== undefined && (flags !== prior.flags || excluded !== wasExcluded)) {
        if (defaultFlags(name).flags === 0) throw new StatementError(`changed section attributes for ${name}`, nameOperand.col);
        this.warn(`ignoring changed section attributes for ${name}`, nameOperand.col);
        flags = undefined;
        excluded = wasExcluded;
      }
    } else if (nobits !== undefined && defaultFlags(name).flags !== 0 && nobits !== defaultFlags(name).nobits) {
      // A new section of a name with GNU's own type (.bss.x, .data.x...) given another: GNU's
      // warning, and the type given stands (ld then gives the output section contents).
      this.warn(`setting incorrect section type for ${name}`, nameOperand.col);
    }
    if (!prior && flags !== undefined && defaultFlags(name).flags !== 0) {
      // A new section of a name with GNU's own flags: flags it lacks are added (`.text.x,"a"` is
      // AX); flags beyond them are GNU's warning and stand (`.rodata.x,"aw"` is WA, `.text.x,"aw"` WA).
      const own = defaultFlags(name).flags;
      if (flags & ~own) this.warn(`setting incorrect section attributes for ${name}`, nameOperand.col);
      else flags |= own;
      if (excluded) flags &= ~SHF_ALLOC; // `e`: left out of the executable (`.rodata.x,"ae"` too)
    }
    if (push) this.sectionStack.push({ section: this.section, previous: this.previous });
    if (this.sectionStack.length > 1000) throw new StatementError(`.pushsection nested more than 1000 deep`, op.col);
    const section = this.sectionNamed(name, flags, nobits);
    if (merge && this.pass === 1 && section.offset === 0) section.merge = merge;
    if (excluded && !prior) section.excluded = true;
    this.switchTo(section);
  }

  private popSection(op: Operation): void {
    const s = this.sectionStack.pop();
    if (s) {
      this.section = s.section;
      this.previous = s.previous;
    } else this.warn('.popsection without corresponding .pushsection; ignored', op.col);
  }

  private previousSection(op: Operation): void {
    if (!this.previous) return this.warn('.previous without corresponding .section; ignored', op.col);
    this.switchTo(this.previous);
  }

  /** Record the symbols named in `op` in `set` (and `also`); `set` null: check names only. */
  private symbolList(op: Operation, set: Set<string> | null, also?: Set<string>): void {
    if (op.operands.length === 0) throw new StatementError(`'${op.name}' needs a symbol name`, op.col);
    for (const operand of op.operands) {
      const name = symbolName(operand);
      if (this.pass === 1) {
        if (set === this.unit.weakNames && this.unit.commonNames.has(name)) {
          throw new StatementError(`symbol \`${name}' can not be both weak and common`, operand.col);
        }
        set?.add(name);
        also?.add(name);
      }
    }
  }

  /** Pass 1 has come to `stmt`: each name it mentions for the first time takes its place in the unit's `mentions`. */
  private mentionAll(stmt: Statement): void {
    const mentions = this.unit.mentions;
    for (const label of stmt.labels) if (!mentions.has(label.name)) mentions.set(label.name, mentions.size);
    if (!stmt.op) return;
    for (const operand of stmt.op.operands) {
      if (operand.k === 'expr') mentionIn(operand.expr, mentions);
      else if (operand.k === 'mem' && operand.offset) mentionIn(operand.offset, mentions);
      else if (operand.k === 'plt' && !mentions.has(operand.name)) mentions.set(operand.name, mentions.size);
    }
  }


  /** `.comm NAME, SIZE[, ALIGN]`: a common symbol (in .bss of this file if `.local` or `.lcomm`). */
  private comm(op: Operation, local: boolean): void {
    this.expectCount(op, 2, 3, 'NAME, SIZE[, ALIGN]');
    const name = symbolName(op.operands[0]);
    const sizeGiven = this.constantOperand(op.operands[1]);
    // As GNU as: a size that is negative or does not fit 32 bits is a warning, and the statement ignored.
    if (sizeGiven < 0 || sizeGiven > 0xffff_ffff) return this.warn(`size (${sizeGiven}) out of range, ignored`, op.operands[1].col);
    const size = this.smallConstant(op.operands[1], 0, MAX_FILL, 'size');
    const kind = local ? 'lcomm' : this.unit.localNames.has(name) ? 'local' : 'global';
    let given = op.operands[2] ? this.smallConstant(op.operands[2], -MAX_FILL, 0x10000, 'alignment') : 0;
    if (given < 0) {
      this.warn('alignment negative; 0 assumed', op.operands[2].col); // as GNU as
      given = 0;
    }
    const align = given === 0 ? defaultCommonAlign(size, kind) : given; // 0 is no alignment given, as GNU as takes it
    if ((align & (align - 1)) !== 0) throw new StatementError(`alignment ${align} is not a power of 2`, op.operands[2].col);
    // Declared again in this file: GNU as keeps the first size (warning, in pass 2, if this one
    // differs) and takes this declaration's alignment (below).
    const first = local ? undefined : this.unit.commonNames.get(name);
    if (first && first.size !== 0 && first.size !== size) this.warn(`size of "${name}" is already ${first.size}; not changing to ${size}`, op.operands[0].col);
    // Common in pass 1, common in pass 2, whatever `.local` said after it (GNU keeps it common).
    if (this.pass === 2 && !local && this.unit.commonNames.has(name)) return;
    if (local || this.unit.localNames.has(name)) {
      // GNU as allocates a local common symbol in .bss subsection 1: after the file's .bss, aligned.
      const saved = this.section;
      this.section = this.localCommons();
      this.section.align = Math.max(this.section.align, align);
      // In GNU as the subsection is part of the file's .bss, whose alignment it raises.
      const bss = this.section.subsectionOf!;
      bss.align = Math.max(bss.align, align);
      this.advance((align - (this.section.offset % align)) % align);
      this.defineLabel(name, op.operands[0].col);
      this.advance(size);
      this.section = saved;
      return;
    }
    if (this.pass === 2) return;
    // As GNU as: a common symbol may be declared again, but not be a label or weak too.
    if (this.unit.symbols.get(name)?.kind === 'label') throw new StatementError(`symbol \`${name}' is already defined`, op.operands[0].col);
    if (this.unit.weakNames.has(name)) throw new StatementError(`symbol \`${name}' can not be both weak and common`, op.operands[0].col);
    if (first) {
      if (first.size === 0) first.size = size;
      first.align = given === 0 ? defaultCommonAlign(first.size, kind) : given;
      return;
    }
    const common: CommonSymbol = { name, size, align, position: { ...this.position, col: op.operands[0].col + this.indent } };
    this.unit.commons.push(common);
    this.unit.commonNames.set(name, common);
    this.unit.globalNames.add(name);
  }

  private smallConstant(operand: Operand, min: number, max: number, what: string): number {
    const n = this.constantOperand(operand);
    if (n < min || n > max) throw new StatementError(`${what} out of range: ${n} is not in ${min}..${max}`, operand.col);
    return Number(n);
  }

  /**
   * A size that may name symbols defined further down (`.space end - start` above `start:`), as
   * GNU as takes it: its value once laid out. Pass 1 takes what pass 2 found for it in the last
   * round (0 at first); pass 2 keeps pass 1's size, and if the value differs, the assembly runs
   * again with it, as for a branch that grows.
   */
  private sizeLater(operand: Operand, min: number, max: number, what: string): number {
    const key = this.statementKey();
    if (this.pass === 1) {
      let n: number;
      try {
        n = this.smallConstant(operand, min, max, what);
      } catch (e) {
        if (!(e instanceof UndefinedSymbolError)) throw e;
        n = this.laterSizes.get(key)?.value ?? 0;
      }
      this.sizesTaken.set(key, n);
      return n;
    }
    const n = this.smallConstant(operand, min, max, what);
    const taken = this.sizesTaken.get(key) ?? n;
    if (n !== taken) {
      const changes = (this.laterSizes.get(key)?.changes ?? 0) + 1;
      if (changes > MAX_SIZE_CHANGES + this.sizesTaken.size) {
        throw new StatementError(`Infinite loop encountered whilst attempting to compute the addresses of symbols in section ${this.section.name}`, operand.col);
      }
      this.laterSizes.set(key, { value: n, changes });
      this.relaxAgain = true;
    }
    return taken;
  }

  /**
   * `.p2align POWER[, FILL[, MAX]]`, `.balign BYTES[, ...]`; with `width` 2 or 4 (`.p2alignw`,
   * `.balignl`...) FILL is a pattern of that many bytes, and the padding must be a multiple of it.
   */
  private alignDirective(op: Operation, powerOfTwo: boolean, width = 1): void {
    if (op.operands.length === 0) return; // no alignment, as GNU as takes it
    this.expectCount(op, 1, 3, powerOfTwo ? 'POWER[, FILL[, MAX]]' : 'BYTES[, FILL[, MAX]]');
    const [amount, fill, max] = op.operands;
    let alignment: number;
    // GNU as takes an alignment past 2^31 (a negative power too, as a huge unsigned one) as 2^31, with a warning.
    const tooLarge = (): number => {
      this.warn(`alignment too large: ${MAX_ALIGN_POWER} assumed`, amount.col);
      return 2 ** MAX_ALIGN_POWER;
    };
    const given = this.constantOperand(amount);
    if (powerOfTwo) {
      alignment = given < 0 || given > MAX_ALIGN_POWER ? tooLarge() : 2 ** Number(given);
    } else {
      if (given < 0) throw new StatementError(`alignment not a power of 2: ${given}`, amount.col);
      alignment = given > 2 ** MAX_ALIGN_POWER ? tooLarge() : Math.max(1, Number(given)); // 0: none, as GNU as
      if ((alignment & (alignment - 1)) !== 0) throw new StatementError(`alignment not a power of 2: ${alignment}`, amount.col);
    }
    const padding = (alignment - (this.section.offset % alignment)) % alignment;
    // GNU as raises the section's alignment even when MAX skips the padding here.
    this.section.align = Math.max(this.section.align, alignment);
    if (max && max.k !== 'empty') {
      const limit = this.constantOperand(max);
      if (limit > 0 && padding > limit) return; // a MAX of 0 or less is no limit, as GNU's frag_align takes it
    }
    if (width > 1 && fill && fill.k !== 'empty') {
      if (padding % width !== 0) throw new StatementError(`alignment padding (${padding} byte${padding === 1 ? '' : 's'}) not a multiple of ${width}`, op.col);
      const pattern = I.low32(this.constantOperand(fill));
      if (this.section.nobits && pattern !== 0) this.requireBytes('a non-zero fill', fill.col);
      for (let i = 0; i < padding; i += width) this.emitInteger(pattern, width);
    } else if (fill && fill.k !== 'empty') {
      const f = Number(I.low32(this.constantOperand(fill)) & 255);
      if (this.section.nobits && f !== 0) this.requireBytes('a non-zero fill', fill.col);
      this.emitFill(padding, f);
    } else if (this.section.flags & SHF_EXECINSTR) {
      // GNU as (riscv_frag_align_code) takes code as aligned to its 4-byte instructions already:
      // with no fill, an alignment of 4 bytes or less pads nothing. Where that leaves the code
      // misaligned (data in the section before it), vmlab says so.
      if (alignment <= 4) {
        if (padding > 0) this.warn(`code alignment to ${alignment} bytes ignored, as GNU as ignores it: what follows is misaligned`, op.col);
        return;
      }
      this.codeFill(padding);
    } else {
      this.emitFill(padding, 0);
    }
  }

  /** Pad code as GNU as does: zero bytes to a 2-byte boundary, a c.nop if needed, then nops. */
  private codeFill(padding: number): void {
    let left = padding;
    const zeros = left % 2;
    this.emitFill(zeros, 0);
    left -= zeros;
    if (left % 4 === 2) {
      this.emitInteger(C_NOP, 2);
      left -= 2;
    }
    for (; left > 0; left -= 4) this.emitInteger(NOP, 4);
  }

  /**
   * `.word` and the other integer data directives: each value in `width` bytes. As GNU as, none at
   * all stores nothing, and a missing one (`.word 1,`, `.word 1,,2`) is 0 with its warning.
   */
  private dataDirective(op: Operation, width: number): void {
    if (this.section.nobits) return this.zerosInNobits(op, width);
    // Pass 1 of a section whose bytes it does not keep (any but a mergeable one's) only takes the
    // room; pass 2 evaluates the values of every section, output or not, for their errors.
    if (this.pass === 1 && !this.out) {
      this.advance(width * op.operands.length);
      return;
    }
    for (const operand of op.operands) {
      if (operand.k === 'empty') {
        this.warn('zero assumed for missing expression', operand.col);
        this.emitInteger(0, width);
        continue;
      }
      if (operand.k !== 'expr') throw new StatementError(`'${op.name}' takes numbers and symbols, not ${operandKind(operand)}`, operand.col);
      // An address needs a relocation, and RISC-V has none of 8 or 16 bits (but for a difference:
      // ADD/SUB pairs). Asked in pass 2, where a constant defined further down is known.
      if (width <= 2 && this.pass === 2 && !this.isConstant(operand.expr, true) && !this.isDifference(operand.expr)) {
        throw new StatementError(`cannot represent BFD_RELOC_${8 * width} relocation in object file`, operand.col);
      }
      const v = this.pass === 1 ? this.constant(operand.expr) : this.value(operand.expr); // pass 1: a mergeable section's
      if (width < 8) this.warnIfTruncated(v, width, operand.col);
      this.emitInteger(v, width);
    }
  }

  /**
   * Values of `width` bytes each (`op`'s operands) in a zero-filled section such as .bss: as GNU
   * as, zeros take their room (nothing to store), anything else is refused with GNU's message.
   */
  private zerosInNobits(op: Operation, width: number): void {
    for (const operand of op.operands) {
      let zero = operand.k === 'empty';
      if (zero) this.warn('zero assumed for missing expression', operand.col);
      if (operand.k === 'expr') {
        try {
          zero = Number(this.constant(operand.expr)) === 0;
        } catch (e) {
          if (!(e instanceof StatementError)) throw e; // an address, or a symbol not defined yet: not zero
        }
      }
      if (!zero) throw this.storeError('non-zero value', operand.col);
      this.advance(width);
    }
  }

  /**
   * `.octa VALUE, ...`: 16 bytes each, the 64-bit value and its sign extension; a number written
   * from 2^63 up is positive (GNU's bignum), so its high bytes are zero.
   */
  private octa(op: Operation): void {
    if (op.operands.length === 0) throw new StatementError(`'${op.name}' needs at least one value`, op.col);
    if (this.section.nobits) return this.zerosInNobits(op, 16);
    for (const operand of op.operands) {
      const wide = wideLiteral(operand);
      if (wide !== null) {
        this.emitInteger(I.wrap64(wide), 8);
        this.emitInteger(I.wrap64(wide >> 64n), 8);
        continue;
      }
      const v = this.constantOperand(operand);
      this.emitInteger(v, 8);
      this.emitInteger(v < 0 && !bigLiteral(operand) ? -1 : 0, 8);
    }
  }

  /**
   * `.ds.b COUNT[, FILL]` (and .ds.w, .ds.l, .ds.s, .ds.d; .dcb.b, .dcb.w, .dcb.l the same):
   * COUNT elements of `width` bytes, each the integer FILL (0 by default), as GNU as.
   */
  private ds(op: Operation, width: number): void {
    this.expectCount(op, 1, 2, 'COUNT[, FILL]');
    const [countOperand, fill] = op.operands;
    const count = this.smallConstant(countOperand, 0, Math.floor(MAX_FILL / width), 'count');
    const value = fill && fill.k !== 'empty' ? this.constantOperand(fill) : 0;
    if (Number(value) === 0) return this.emitFill(count * width, 0);
    this.requireBytes('a non-zero fill', fill.col);
    for (let i = 0; i < count; i++) this.emitInteger(value, width);
  }

  /** `.float`/`.single`/`.dc.s` (4 bytes) and `.double`/`.dc.d` (8): IEEE 754 values, little-endian, rounded to nearest. */
  private floatDirective(op: Operation, width: 4 | 8): void {
    if (op.operands.length === 0) return; // as GNU as: nothing to store
    if (this.section.nobits) throw this.storeError('float', op.col);
    for (const operand of op.operands) this.emitBytes(this.floatBytes(op, operand, width));
  }

  /** `.dcb.s COUNT, VALUE` and `.dcb.d`: COUNT copies of a float of `width` bytes. */
  private repeatedFloat(op: Operation, width: 4 | 8): void {
    this.expectCount(op, 2, 2, 'COUNT, VALUE');
    if (this.section.nobits) throw this.storeError('float', op.col);
    const count = this.smallConstant(op.operands[0], 0, Math.floor(MAX_FILL / width), 'count');
    const bytes = this.floatBytes(op, op.operands[1], width);
    for (let i = 0; i < count; i++) this.emitBytes(bytes);
  }

  /**
   * The IEEE 754 bytes, little-endian, of float operand `operand` of `op`: a number, or as GNU as
   * `nan`, `inf`, `infinity` (any case, signed; a NaN is all ones but the sign). A number too
   * large for the format is GNU's error; one too small for it is a (signed) zero, but for one
   * below 2^-157 (single) or 2^-1078 (double), where GNU as's own precision ends: its error too.
   */
  private floatBytes(op: Operation, operand: Operand, width: 4 | 8): Uint8Array {
    const bytes = new Uint8Array(width);
    const view = new DataView(bytes.buffer);
    const special = operand.k === 'expr' ? specialFloat(operand.expr) : null;
    if (special !== null && Number.isNaN(special.value)) {
      bytes.fill(0xff);
      if (!special.negative) bytes[width - 1] = 0x7f;
      return bytes;
    }
    if (special !== null) {
      if (width === 4) view.setFloat32(0, special.negative ? -Infinity : Infinity, true);
      else view.setFloat64(0, special.negative ? -Infinity : Infinity, true);
      return bytes;
    }
    // The decimal as written (an integer as its value; `-0` is -0.0, as GNU stores it).
    let text: string;
    if (operand.k === 'float') text = operand.text;
    else if (operand.k === 'expr') text = negatedZero(operand.expr) ? '-0' : String(this.constant(operand.expr));
    else throw new StatementError(`'${op.name}' takes numbers, not ${operandKind(operand)}`, operand.col);
    // A single is rounded once from the decimal, as GNU rounds it (float32.ts); a double is
    // JavaScript's nearest. Past the format's exponent it is GNU's error; below where GNU's
    // precision ends too.
    const single = width === 4 ? float32Bits(text) : null;
    const value = Number(text);
    const tooSmall = (stored: number): boolean => stored === 0 && /[1-9]/.test(text.replace(/e.*$/i, '')) &&
      binaryExponent(text) < (width === 4 ? -157 : -1078);
    if (single !== null ? single.tooLarge || tooSmall(single.bits & 0x7fff_ffff) : !Number.isFinite(value) || tooSmall(value)) {
      throw new StatementError('cannot create floating-point number', operand.col);
    }
    if (single !== null) view.setUint32(0, single.bits, true);
    else view.setFloat64(0, value, true);
    return bytes;
  }

  /** `.string16 "STR"` and `.string32`: each byte of the string widened to `width` bytes, then a terminator as wide. */
  /** `.fail N`: an error for N below 500, a warning from 500 on, as GNU as. */
  private fail(op: Operation): void {
    this.expectCount(op, 1, 1, 'N');
    const n = this.constantOperand(op.operands[0]);
    if (n < 500) throw new StatementError(`.fail ${n} encountered`, op.col);
    this.warn(`.fail ${n} encountered`, op.col);
  }

  /** `.mri 0` (MRI compatibility off, as it is) is taken; vmlab has no MRI mode for `.mri 1`. */
  private mri(op: Operation): void {
    this.expectCount(op, 1, 1, '0 or 1');
    if (this.constantOperand(op.operands[0]) !== 0) throw new StatementError('MRI compatibility mode (.mri 1) is not supported', op.operands[0].col);
  }

  private wideString(op: Operation, width: 2 | 4 | 8): void {
    if (op.operands.length === 0) throw new StatementError(`'${op.name}' needs a string`, op.col);
    for (const operand of op.operands) {
      if (operand.k !== 'string') throw new StatementError(`'${op.name}' takes strings in double quotes`, operand.col);
      if (this.section.nobits && (this.section.id === ABSOLUTE || operand.bytes.some((b) => b !== 0))) {
        throw this.storeError('non-empty string', operand.col);
      }
      const wide = new Uint8Array((operand.bytes.length + 1) * width);
      operand.bytes.forEach((b, i) => { wide[i * width] = b; });
      this.emitBytes(wide);
    }
  }

  /** `.nop`: one no-op instruction (addi x0, x0, 0). */
  /**
   * `.nop [SIZE]`: nops for SIZE bytes, one at least (GNU as: a 4-byte nop for 2 or 3, two for
   * 8; one for a size that is negative or not known yet, a symbol defined further down).
   */
  private nopDirective(op: Operation): void {
    this.expectCount(op, 0, 1, '[SIZE]');
    const operand = op.operands[0];
    const known = operand?.k === 'expr' && this.isConstant(operand.expr);
    const size = known ? Math.max(0, Math.min(Number(this.constant(operand.expr)), MAX_FILL)) : 4;
    this.instructionPlace(op.col);
    for (let n = Math.max(1, Math.ceil(size / 4)); n > 0; n--) this.emitInteger(0x13, 4);
  }

  /**
   * `.incbin "FILE"[, SKIP[, COUNT]]`: the bytes of FILE (found as .include finds a file), from
   * SKIP on, COUNT of them or all the rest (a COUNT of 0 too, with GNU's warning).
   */
  private incbin(op: Operation): void {
    this.expectCount(op, 1, 3, '"FILE"[, SKIP[, COUNT]]');
    const [nameOperand, skipOperand, countOperand] = op.operands;
    if (nameOperand.k !== 'string') throw new StatementError(`'.incbin' needs a file name in double quotes`, nameOperand.col);
    const name = Buffer.from(nameOperand.bytes).toString('utf8');
    const path = this.includedPath(name);
    let bytes = this.binaries.get(path);
    if (bytes === undefined) {
      try {
        bytes = this.readBinary(path);
      } catch (e) {
        // GNU's message for a missing file; the reason for one that cannot be read (a directory, a device...)
        const code = (e as NodeJS.ErrnoException).code;
        const missing = code === 'ENOENT' || (e instanceof Error && !code && /no such file/i.test(e.message));
        const why = e instanceof Error && !code ? `: ${e.message}` : '';
        throw new StatementError(missing ? `file not found: ${name}` : `cannot read '${name}'${why}`, nameOperand.col);
      }
      this.binaries.set(path, bytes);
    }
    const skip = skipOperand && skipOperand.k !== 'empty' ? this.smallConstant(skipOperand, 0, MAX_FILL, 'skip') : 0;
    let count = countOperand && countOperand.k !== 'empty' ? this.smallConstant(countOperand, 0, MAX_FILL, 'count') : bytes.length - skip;
    if (countOperand && countOperand.k !== 'empty' && count === 0) {
      this.warn(`.incbin count zero, ignoring \`${name}'`, countOperand.col); // GNU's: the rest of the file, as with no count
      count = bytes.length - skip;
    }
    if (skip + count > bytes.length || count < 0) {
      throw new StatementError(`skip (${skip}) or count (${count}) invalid for file size (${bytes.length})`, (countOperand ?? skipOperand).col);
    }
    if (this.section.nobits && bytes.subarray(skip, skip + count).some((b) => b !== 0)) {
      throw this.storeError('non-zero value', op.col);
    }
    this.emitBytes(bytes.subarray(skip, skip + count));
  }

  /**
   * `.reloc OFFSET, TYPE[, EXPR]`: a relocation for the linker. Only R_RISCV_NONE (BFD_RELOC_NONE),
   * which asks nothing, is taken; a static link of one program would have to apply any other.
   */
  private relocDirective(op: Operation): void {
    this.expectCount(op, 2, 3, 'OFFSET, TYPE[, EXPR]');
    const type = op.operands[1];
    const name = type.k === 'expr' && type.expr.k === 'sym' ? type.expr.name : '';
    if (name !== 'R_RISCV_NONE' && name !== 'BFD_RELOC_NONE') {
      throw new StatementError(`.reloc: only R_RISCV_NONE is supported (vmlab links one program itself)`, type.col);
    }
  }

  /** GNU's warning for data whose dropped high bits are neither all 0 nor all 1. */
  private warnIfTruncated(v: Int, width: number, col: number): void {
    const limit = 2 ** (8 * width);
    if (v >= -limit && v < limit) return;
    const kept = I.unsigned64(v) & ((1n << BigInt(8 * width)) - 1n);
    this.warn(`value ${I.hex64(v)} truncated to 0x${kept.toString(16)}`, col);
  }

  /** `.uleb128 VALUE` / `.sleb128 VALUE`: one value, as GNU as 2.40 takes (it rejects a list). */
  private leb128(op: Operation, signed: boolean): void {
    this.expectCount(op, 1, 1, 'VALUE');
    if (this.section.nobits) return this.zerosInNobits(op, 1);
    for (const operand of op.operands) {
      if (operand.k !== 'expr') throw new StatementError(`'${op.name}' takes numbers, not ${operandKind(operand)}`, operand.col);
      let v: Value;
      try {
        v = evaluate(operand.expr, this);
      } catch (e) {
        if (this.pass === 1 && e instanceof UndefinedSymbolError) v = { n: 0, section: -2 }; // defined later
        else throw e;
      }
      if (v.section !== ABSOLUTE) {
        throw new StatementError(`'${op.name}' needs a value known where it stands (a constant or a difference of labels)`, operand.col);
      }
      // A number written from 2^63 up is positive (GNU's bignum): its sleb128 is that of the unsigned value.
      this.emitBytes(signed && bigLiteral(operand) ? leb128Bytes(I.unsigned64(v.n), true) : leb128Bytes(v.n, signed));
    }
  }

  private stringDirective(op: Operation, terminate: boolean): void {
    if (op.operands.length === 0) throw new StatementError(`'${op.name}' needs a string`, op.col);
    for (const operand of op.operands) {
      if (operand.k !== 'string') throw new StatementError(`'${op.name}' takes strings in double quotes`, operand.col);
      if (this.section.nobits && (this.section.id === ABSOLUTE || operand.bytes.some((b) => b !== 0))) {
        throw this.storeError('non-empty string', operand.col);
      }
      this.emitBytes(operand.bytes);
      if (terminate) this.emitFill(1, 0);
    }
  }

  private space(op: Operation): void {
    this.expectCount(op, 1, 2, 'SIZE[, FILL]');
    const [size, fill] = op.operands;
    const n = this.sizeLater(size, -MAX_FILL, MAX_FILL, 'size');
    if (n <= 0) return this.warn('.space repeat count is zero, ignored', size.col); // GNU's words, for a negative count too
    let f = 0;
    if (fill && fill.k !== 'empty') {
      // As GNU as: the fill's low byte (a warning if the rest is neither all zeros nor all ones).
      const value = this.constantOperand(fill);
      this.warnIfTruncated(value, 1, fill.col);
      f = I.low32(value) & 0xff;
    }
    if (f !== 0) this.requireBytes('a non-zero fill', fill.col);
    this.emitFill(n, f);
  }

  /** `.fill REPEAT[, SIZE[, VALUE]]`: REPEAT copies of VALUE's low 4 bytes in SIZE bytes (GNU caps SIZE at 8). */
  private fill(op: Operation): void {
    this.expectCount(op, 1, 3, 'REPEAT[, SIZE[, VALUE]]');
    const [repeat, sizeOperand, valueOperand] = op.operands;
    const count = this.sizeLater(repeat, -MAX_FILL, MAX_FILL, 'repeat count');
    // As GNU as: a negative size or count is a warning and the statement ignored; a size over 8 is 8.
    // An empty size after its comma (`.fill 2,,3`, `.fill 3,`) is 0, as GNU's get_absolute_expression reads nothing.
    const sizeGiven = !sizeOperand ? 1 : sizeOperand.k === 'empty' ? 0 : this.constantOperand(sizeOperand);
    if (sizeGiven < 0) return this.warn('size negative; .fill ignored', sizeOperand.col);
    if (count < 0) return this.warn('repeat < 0; .fill ignored', repeat.col);
    let size = Number(sizeGiven);
    if (size > 8) {
      this.warn(`.fill size clamped to 8`, sizeOperand.col);
      size = 8;
    }
    if (count * size > MAX_FILL) throw new StatementError(`.fill too large: ${count * size} bytes, the limit is ${MAX_FILL}`, op.col);
    const value = valueOperand && valueOperand.k !== 'empty' ? I.low32(this.constantOperand(valueOperand)) : 0;
    if (value !== 0) this.requireBytes('a non-zero fill', valueOperand.col);
    if (value === 0 || size === 0) return this.emitFill(count * size, 0);
    const total = count * size;
    const at = this.advance(total);
    const out = this.out;
    if (!out || total === 0) return;
    for (let i = 0; i < Math.min(size, 4); i++) out[at + i] = (value >>> (8 * i)) & 255;
    // The first copy doubled until the whole run is written (a few copies, not one per element).
    for (let done = size; done < total; done *= 2) out.copyWithin(at + done, at, at + Math.min(done, total - done));
  }

  /** `.org OFFSET[, FILL]`: move to OFFSET in this section (never backwards). */
  private org(op: Operation): void {
    this.expectCount(op, 1, 2, 'OFFSET[, FILL]');
    const [target, fillOperand] = op.operands;
    if (target.k !== 'expr') throw new StatementError(`'.org' needs an offset`, target.col);
    const v = evaluate(target.expr, this);
    // An offset from the section's start: a constant, or a label of this section (an address after layout).
    let offset: Int;
    if (this.isConstant(target.expr)) offset = v.n;
    else if (v.section === this.section.id) offset = v.n;
    else if (this.laidOut && this.sectionOf(this.baseLabel(target.expr)) === this.section) offset = I.sub(v.n, this.section.address);
    else throw new StatementError(`'.org' needs a constant or a label of the current section`, target.col);
    if (offset < this.section.offset) throw new StatementError(`attempt to move .org backwards`, target.col);
    const step = Number(I.sub(offset, this.section.offset));
    if (step > MAX_FILL) throw new StatementError(`.org too far: ${step} bytes ahead, the limit is ${MAX_FILL}`, target.col);
    const fill = fillOperand && fillOperand.k !== 'empty' ? I.low32(this.constantOperand(fillOperand)) & 255 : 0;
    if (fill !== 0) this.requireBytes('a non-zero fill', fillOperand.col);
    this.emitFill(step, fill);
  }

  private constantOperand(operand: Operand): Int {
    if (operand.k !== 'expr') throw new StatementError('expected a constant', operand.col);
    return this.constant(operand.expr);
  }

  /** `.option`: GNU's options are accepted (an unknown one is warned about and ignored, as GNU as does); vmlab assembles RV32IM without relaxation whatever they say. */
  private option(op: Operation): void {
    const operand = op.operands[0];
    if (operand && operand.k === 'expr' && operand.expr.k === 'sym' && operand.expr.name === 'arch') {
      // `.option arch, +m` (gcc 13 and later for target attributes): vmlab is RV32IM whatever it says.
      if (archHasCompressed(this.statementText(this.indent + op.col).replace(/^\.option\s+arch\s*,/i, ''))) {
        this.warn(`.option arch: vmlab emits no compressed instructions (GNU as would compress what follows)`, operand.col);
      }
      return;
    }
    if (op.operands.length === 0) return this.warn('unrecognized .option directive: ', op.col);
    // The name as written: `csr-check` is one name, not a difference.
    const name = this.statementText(this.indent + op.col).replace(/^\.option\s*/i, '');
    if (!/^[A-Za-z_][\w-]*$/.test(name)) throw new StatementError(`'.option' needs one option name`, op.col);
    if (name === 'push') this.optionDepth++;
    else if (name === 'pop' && this.optionDepth-- === 0) {
      this.optionDepth = 0;
      throw new StatementError('.option pop with no .option push', op.col);
    }
    if (name === 'rvc') this.warn(`.option rvc: vmlab emits no compressed instructions (GNU as would compress what follows)`, operand.col);
    else if (!['push', 'pop', 'norvc', 'relax', 'norelax', 'pic', 'nopic', 'csr-check', 'no-csr-check'].includes(name)) {
      this.warn(`unrecognized .option directive: ${name}`, operand.col);
    }
  }

  /**
   * `.attribute`: vmlab has no use for the attributes (parse.ts does not read the operands), but
   * an arch with C in it (`gcc -march=rv32imc` writes one) would make GNU as compress the code
   * that follows, and vmlab does not: a warning says so.
   */
  private attribute(op: Operation): void {
    const m = /^\.attribute\s+(?:arch|5)\s*,\s*"([^"]*)"/i.exec(this.statementText(this.indent + op.col));
    if (m && archHasCompressed(m[1])) this.warn(`.attribute arch: vmlab emits no compressed instructions (GNU as would compress the code)`, op.col);
  }

  private set(op: Operation, once: boolean): void {
    this.expectCount(op, 2, 2, 'NAME, VALUE');
    const [nameOperand, valueOperand] = op.operands;
    // `. = EXPR` moves the location counter, as GNU as turns it into `.org EXPR`.
    if (nameOperand.k === 'expr' && nameOperand.expr.k === 'sym' && nameOperand.expr.name === '.' && !once) {
      return this.org({ ...op, name: '.org', operands: [valueOperand] });
    }
    const name = symbolName(nameOperand);
    if (valueOperand.k !== 'expr') throw new StatementError(`'${op.name}' needs a value`, valueOperand.col);
    const existing = this.unit.symbols.get(name);
    if (existing && (existing.kind === 'label' || ((once || existing.fixed) && this.pass === 1))) throw duplicate(name, existing, nameOperand.col);
    if (this.pass === 1 && this.unit.commonNames.has(name)) throw new StatementError(`symbol \`${name}' is already defined`, nameOperand.col);
    const sym = existing ?? this.newSymbol(name, 'set', nameOperand.col);
    if (once) sym.fixed = true;
    this.unit.symbols.set(name, sym);
    sym.evaluating = true; // a use of the symbol in its own new value sees the old value, if any
    try {
      sym.value = evaluate(valueOperand.expr, this);
      sym.pending = null;
    } catch (e) {
      if (this.pass === 2 || !(e instanceof StatementError)) throw e;
      // A forward reference: evaluate on use, at this location.
      sym.value = null;
      sym.pending = { expr: valueOperand.expr, section: this.section, offset: this.section.offset };
    } finally {
      sym.evaluating = false;
    }
    if (this.pass === 1 && !existing) sym.first = { value: sym.value, pending: sym.pending };
    const key = this.statementKey();
    if (this.pass === 1) this.setsConstant.set(key, sym.value !== null && sym.value.section === ABSOLUTE);
    sym.constant = this.setsConstant.get(key) === true; // pass 2 takes what pass 1 found at this statement
    sym.pass = this.pass;
  }

  /**
   * Where `.include` and `.incbin` find file `name`: as GNU as, from the directory vmlab runs in
   * (a Makefile's `.include "inc/defs.s"`); if there is no such file, beside the including file.
   */
  private includedPath(name: string): string {
    const fromHere = resolve(name);
    return existsSync(fromHere) ? fromHere : resolve(dirname(this.filePath), name);
  }

  private include(op: Operation): void {
    const operand = op.operands[0];
    if (op.operands.length !== 1 || operand.k !== 'string') {
      throw new StatementError(`'.include' needs one file name in double quotes`, op.col);
    }
    const name = Buffer.from(operand.bytes).toString('utf8');
    if (this.includeStack.length >= MAX_INCLUDE_DEPTH) throw new StatementError(`.include nested more than ${MAX_INCLUDE_DEPTH} deep`, op.col);
    const path = this.includedPath(name);
    let text: string;
    try {
      text = this.readFile(path);
    } catch (e) {
      const why = e instanceof Error && !(e as NodeJS.ErrnoException).code ? `: ${e.message}` : '';
      throw new StatementError(`cannot read included file '${name}'${why}`, operand.col);
    }
    const saved = { position: this.position, indent: this.indent, column: this.column, statement: this.statementIndex, file: this.filePath };
    this.includeStack.push(saved.file);
    try {
      this.walkFile(path, text);
    } finally {
      this.includeStack.pop();
      this.position = saved.position;
      this.indent = saved.indent;
      this.column = saved.column;
      this.statementIndex = saved.statement;
      this.filePath = saved.file;
      if (this.pass === 2) this.listing?.file(saved.file);
    }
  }

  private readonly includeStack: string[] = [];
}

/** `nan`, `inf` or `infinity` (any case), signed or not, as a float directive's operand; else null. */
/** Whether `e` is 0 with an odd number of minus signs before it (`-0`, `- 0`): a float -0.0, as GNU stores it. */
function negatedZero(e: Expr): boolean {
  let negative = false;
  for (; e.k === 'unary' && (e.op === '-' || e.op === '+'); e = e.arg) if (e.op === '-') negative = !negative;
  return negative && e.k === 'num' && e.value === 0;
}

function specialFloat(e: Expr): { value: number; negative: boolean } | null {
  if (e.k === 'unary' && (e.op === '-' || e.op === '+')) {
    const inner = specialFloat(e.arg);
    return inner && { value: inner.value, negative: (e.op === '-') !== inner.negative };
  }
  if (e.k !== 'sym') return null;
  const name = e.name.toLowerCase();
  if (name === 'nan') return { value: NaN, negative: false };
  return name === 'inf' || name === 'infinity' ? { value: Infinity, negative: false } : null;
}

/**
 * Whether the ISA string or `.option arch` changes `arch` name the C extension or a part of it:
 * `rv32imc`, `rv32i2p1_m2p0_c2p0`, `rv32gc`, `+c`, `+zca`, `_zcb1p0`.
 */
export function archHasCompressed(arch: string): boolean {
  const text = arch.trim().toLowerCase();
  for (const part of text.split(/[,_\s]+/)) {
    const name = part.replace(/^[+]/, '');
    if (/^zc[a-z]*/.test(name)) return true;
    if (/^rv(?:32|64|128)/.test(name)) {
      // single-letter extensions, each with an optional version (2p1)
      if (/c/.test(name.replace(/^rv(?:32|64|128)/, '').replace(/\d+(?:p\d+)?/g, ''))) return true;
    } else if (/^c(?:\d+(?:p\d+)?)?$/.test(name)) return true;
  }
  return false;
}

/**
 * The alignment GNU as 2.40 (riscv, ELF) gives a common symbol declared without one: a global
 * `.comm` the smallest power of 2 not below its size, at most 16; `.lcomm` the largest power of 2
 * not above its size, at most 8; a `.local` name's `.comm` none (1).
 */
function defaultCommonAlign(size: number, kind: 'global' | 'lcomm' | 'local'): number {
  let align = 1;
  if (kind === 'global') while (align < 16 && align < size) align *= 2;
  else if (kind === 'lcomm') while (align < 8 && align * 2 <= size) align *= 2;
  return align;
}

/** Whether `operand` is a number written from 2^63 up, which the 64-bit value holds as negative. */
/** The value of a literal over 64 bits, or the negation of one, that `operand` is (as `.octa` takes GNU's bignums); else null. */
function wideLiteral(operand: Operand): bigint | null {
  if (operand.k !== 'expr') return null;
  const e = operand.expr;
  if (e.k === 'num' && e.wide) return e.wide.value;
  if (e.k === 'unary' && e.op === '-' && e.arg.k === 'num' && e.arg.wide) return -e.arg.wide.value;
  return null;
}

function bigLiteral(operand: Operand): boolean {
  return operand.k === 'expr' && operand.expr.k === 'num' && operand.expr.value < 0;
}

function leb128Bytes(v: Int | bigint, signed: boolean): Uint8Array {
  const out: number[] = [];
  let n = signed ? BigInt(v) : I.unsigned64(v as Int);
  for (;;) {
    const byte = Number(n & 0x7fn);
    n >>= 7n;
    const done = signed ? (n === 0n && (byte & 0x40) === 0) || (n === -1n && (byte & 0x40) !== 0) : n === 0n;
    out.push(done ? byte : byte | 0x80);
    if (done) return Uint8Array.from(out);
  }
}

function lo12(n: number): number {
  return ((n & 0xfff) ^ 0x800) - 0x800;
}

function isNumericLabel(name: string): boolean {
  const c = name.charCodeAt(0);
  return c >= 48 && c <= 57;
}

function symbolName(operand: Operand): string {
  if (operand.k === 'expr' && operand.expr.k === 'sym' && operand.expr.name !== '.') return operand.expr.name;
  throw new StatementError('expected a symbol name', operand.col);
}

/** A section name as written: a name, a quoted string, or a name with '-' in it (.note.GNU-stack). */
function sectionName(operand: Operand): string | null {
  if (operand.k === 'string') return Buffer.from(operand.bytes).toString('latin1');
  if (operand.k !== 'expr') return null;
  const text = (e: Expr): string | null => {
    if (e.k === 'sym') return e.name;
    if (e.k === 'binary' && e.op === '-') {
      const l = text(e.left);
      const r = text(e.right);
      return l !== null && r !== null ? `${l}-${r}` : null;
    }
    return null;
  };
  return text(operand.expr);
}

function operandKind(operand: Operand): string {
  return operand.k === 'string' ? 'a string' : operand.k === 'mem' ? 'a memory operand' : operand.k === 'empty' ? 'nothing' : 'a type';
}

function duplicate(name: string, first: SymbolDef, col: number): StatementError {
  return new StatementError(`symbol \`${name}' is already defined (first defined at ${first.position.file}:${first.position.line})`, col);
}

/** The characters of `lines`, with a line end for each. */
function textLength(lines: readonly string[]): number {
  let n = 0;
  for (const l of lines) n += l.length + 1;
  return n;
}

/**
 * floor(log2(|x|)) of the non-zero decimal `text` (digits, a point, an exponent), as far as the
 * float's own digits tell it (past what a double holds: 1e-400 is -1329).
 */
function binaryExponent(text: string): number {
  const m = /^[-+]?(\d*)\.?(\d*)(?:e([-+]?\d+))?$/i.exec(text.trim());
  if (!m) return 0;
  const digits = (m[1] + m[2]).replace(/^0+/, '');
  const exponent10 = Number(m[3] ?? 0) - m[2].length + (digits.length - 1); // the value is d.ddd × 10^exponent10
  const leading = Number(`${digits[0]}.${digits.slice(1, 16) || '0'}`);
  return Math.floor((Math.log10(leading) + exponent10) / Math.log10(2));
}

/**
 * The characters `.irpc` runs its body for, from its list (trimmed, not empty), as GNU's
 * expand_irp takes them: a quoted list's characters, blanks among them; an unquoted list's
 * characters but its blanks (a comma is one of them).
 */
function irpcCharacters(list: string): string[] {
  if (list.length >= 2 && list.startsWith('"') && list.endsWith('"')) return [...list.slice(1, -1)];
  return [...list].filter((c) => c !== ' ' && c !== '\t');
}
