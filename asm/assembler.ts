/**
 * The assembler: source files → one static ELF32 executable.
 *
 * Pass 1 walks every line, defines labels and sizes every statement; layout then places each
 * input's sections (text at 0x00400000, rodata after it, data and bss on the next page);
 * pass 2 walks the same lines again, evaluates every expression with all symbols known and
 * writes the bytes. Each input file is one unit with its own local symbols; `.globl` symbols
 * are shared between units. Errors are collected per statement and reported together.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Expr, Label, Operand, Operation, Statement } from './ir.js';
import { parseLine } from './parse.js';
import { splitLines } from './source.js';
import { ABSOLUTE, evaluate, type EvalContext, type Value } from './expr.js';
import { AssemblyError, AssemblyErrors, StatementError, UndefinedSymbolError, type SourcePosition } from './errors.js';
import { encodeInstruction, instructionSize, type InstructionContext } from './instructions.js';
import { BSS, DATA, RODATA, SECTION_COUNT, SECTION_KINDS, TEXT, sectionByName } from './sections.js';
import { Listing } from './listing.js';
import { PAGE_SIZE, PF_R, PF_W, PF_X } from '../src/elf/constants.js';
import { writeExecutable, type ExecutableImage, type OutputSymbol } from '../src/elf/writer.js';

/** Default address of .text (the CS:APP layout). */
export const DEFAULT_TEXT_ADDRESS = 0x00400000;
const USER_SPACE_END = 0x80000000;
const MAX_INCLUDE_DEPTH = 16;
const NOP = 0x00000013;
const C_NOP = 0x0001;

export interface SourceInput {
  /** Name used in messages, and base for resolving .include. */
  path: string;
  text: string;
}

export interface AssembleOptions {
  /** Reads an included file (default: from disk). */
  readFile?: (path: string) => string;
  /** Produce a listing (address, bytes, source line). */
  listing?: boolean;
}

export interface AssemblyOutput {
  elf: Uint8Array;
  image: ExecutableImage;
  listing: string | null;
}

interface SymbolDef {
  name: string;
  /** The unit (input file) that defines it. */
  unit: Unit;
  kind: 'label' | 'set';
  /** Label: section index and offset inside this unit's section. Set: its value (null: pending). */
  section: number;
  offset: number;
  value: Value | null;
  /** A .set whose value needed a later symbol in pass 1: its expression and location. */
  pending: { expr: Expr; section: number; offset: number } | null;
  /** The pass that last executed this symbol's definition. */
  pass: number;
  evaluating: boolean;
  position: SourcePosition;
}

class Unit {
  readonly size = new Array<number>(SECTION_COUNT).fill(0);
  readonly align = SECTION_KINDS.map((k) => k.align);
  readonly base = new Array<number>(SECTION_COUNT).fill(0);
  readonly symbols = new Map<string, SymbolDef>();
  readonly globalNames = new Set<string>();
  /** Numeric local labels ("1:"): every definition in order, and how many pass 2 has passed. */
  readonly numeric = new Map<string, SymbolDef[]>();
  readonly numericSeen = new Map<string, number>();
  constructor(readonly index: number, readonly input: SourceInput) {}
}

/** Assemble and link `inputs` into an executable. Throws AssemblyErrors listing every error. */
export function assemble(inputs: readonly SourceInput[], options: AssembleOptions = {}): AssemblyOutput {
  return new Assembly(inputs, options).run();
}

const relativeSection = (unit: Unit, section: number): number => unit.index * SECTION_COUNT + section;

class Assembly implements EvalContext, InstructionContext {
  private readonly units: Unit[];
  private readonly globals = new Map<string, SymbolDef>();
  private readonly errors: AssemblyError[] = [];
  private readonly readFile: (path: string) => string;
  private pass = 1;
  private laidOut = false;
  private unit!: Unit;
  private section = TEXT;
  private offsets = new Array<number>(SECTION_COUNT).fill(0);
  /** Where the current line is, for messages. */
  private position: SourcePosition = { file: '', line: 0, col: 0, text: '' };
  private indent = 0;
  private readonly sectionAddress = new Array<number>(SECTION_COUNT).fill(0);
  private readonly sectionSize = new Array<number>(SECTION_COUNT).fill(0);
  private readonly output: Uint8Array[] = [];
  /** Where pass 1 met an `li` of a symbol defined later: "unit:section:offset". */
  private readonly deferred = new Set<string>();
  /** auipc address → target, for %pcrel_lo(label of the auipc). */
  private readonly pcrelTargets = new Map<number, number>();
  private readonly listing: Listing | null;

  constructor(inputs: readonly SourceInput[], options: AssembleOptions) {
    this.units = inputs.map((input, i) => new Unit(i, input));
    this.readFile = options.readFile ?? ((p) => readFileSync(p, 'utf8'));
    this.listing = options.listing ? new Listing() : null;
  }

  run(): AssemblyOutput {
    this.walkAll();
    this.throwIfErrors();
    this.collectGlobals();
    this.layout();
    this.throwIfErrors();
    this.pass = 2;
    this.walkAll();
    this.throwIfErrors();
    const image = this.image();
    return { elf: writeExecutable(image), image, listing: this.listing ? this.listing.text() : null };
  }

  private throwIfErrors(): void {
    if (this.errors.length) throw new AssemblyErrors(this.errors);
  }

  // ---- walking the source ----

  private walkAll(): void {
    for (const unit of this.units) {
      this.unit = unit;
      this.section = TEXT;
      this.offsets.fill(0);
      unit.numericSeen.clear();
      this.walkFile(unit.input.path, unit.input.text);
      this.padCodeToAlignment(unit);
      this.finishUnit(unit);
    }
  }

  /** GNU as pads the end of a unit's .text to the section's alignment, with nops. */
  private padCodeToAlignment(unit: Unit): void {
    this.section = TEXT;
    const align = unit.align[TEXT];
    this.codeFill((align - (this.offsets[TEXT] % align)) % align);
  }

  /** Pass 1 records each unit's section sizes; pass 2 must arrive at the same ones. */
  private finishUnit(unit: Unit): void {
    for (let s = 0; s < SECTION_COUNT; s++) {
      if (this.pass === 1) unit.size[s] = this.offsets[s];
      else if (unit.size[s] !== this.offsets[s] && this.errors.length === 0) {
        throw new Error(`internal error: ${SECTION_KINDS[s].name} of ${unit.input.path} changed size between passes`);
      }
    }
  }

  private walkFile(path: string, text: string): void {
    const lines = splitLines(text);
    if (this.pass === 2) this.listing?.file(path);
    for (let i = 0; i < lines.length; i++) {
      this.position = { file: path, line: i + 1, col: 0, text: lines[i] };
      this.walkLine(lines[i]);
    }
  }

  private walkLine(text: string): void {
    const startSection = this.section;
    const startOffset = this.offsets[startSection];
    let statements: readonly Statement[];
    try {
      const parsed = parseLine(text);
      statements = parsed.line;
      this.indent = parsed.indent;
    } catch (e) {
      this.recordError(e, 0);
      return;
    }
    for (const stmt of statements) {
      try {
        this.statement(stmt);
      } catch (e) {
        this.recordError(e, this.indent);
      }
    }
    if (this.listing && this.pass === 2) this.listLine(text, statements, startSection, startOffset);
  }

  /** List a line: the bytes it put in the section it started in (an .include lists its own lines). */
  private listLine(text: string, statements: readonly Statement[], section: number, offset: number): void {
    const stayed = this.section === section && !statements.some((s) => s.op?.name === '.include');
    const address = stayed ? this.unit.base[section] + offset : this.here();
    const bytes = stayed && section !== BSS
      ? this.output[section].subarray(this.outputIndex(section, offset), this.outputIndex(section, this.offsets[section]))
      : new Uint8Array(0);
    const located = bytes.length > 0 || statements.some((s) => s.labels.length > 0);
    this.listing!.line(this.position.line, located ? address : null, bytes, text);
  }

  private recordError(e: unknown, indent: number): void {
    if (e instanceof StatementError) {
      this.errors.push(new AssemblyError(e.message, { ...this.position, col: e.col + indent }));
    } else if (e instanceof AssemblyError) {
      this.errors.push(e);
    } else {
      throw e;
    }
  }

  private statement(stmt: Statement): void {
    for (const label of stmt.labels) this.label(label);
    const op = stmt.op;
    if (!op) return;
    if (op.name.charCodeAt(0) === 46 /* . */) this.directive(op);
    else this.instruction(op);
  }

  // ---- locations and symbols ----

  /** The address (after layout) or section-relative value (before) of the current location. */
  private dot(): Value {
    const offset = this.offsets[this.section];
    return this.laidOut
      ? { n: this.unit.base[this.section] + offset, section: ABSOLUTE }
      : { n: offset, section: relativeSection(this.unit, this.section) };
  }

  private here(): number {
    return this.unit.base[this.section] + this.offsets[this.section];
  }

  private newSymbol(name: string, kind: SymbolDef['kind'], col: number): SymbolDef {
    return {
      name, unit: this.unit, kind, section: this.section, offset: this.offsets[this.section], value: null, pending: null,
      pass: this.pass, evaluating: false, position: { ...this.position, col: col + this.indent },
    };
  }

  private label(label: Label): void {
    const { name } = label;
    if (isNumericLabel(name)) {
      if (this.pass === 1) {
        const defs = this.unit.numeric.get(name) ?? [];
        defs.push(this.newSymbol(name, 'label', label.col));
        this.unit.numeric.set(name, defs);
      } else {
        this.unit.numericSeen.set(name, (this.unit.numericSeen.get(name) ?? 0) + 1);
      }
      return;
    }
    if (this.pass === 2) return;
    const existing = this.unit.symbols.get(name);
    if (existing) throw duplicate(name, existing, label.col);
    this.unit.symbols.set(name, this.newSymbol(name, 'label', label.col));
  }

  private labelValue(sym: SymbolDef): Value {
    return this.laidOut
      ? { n: sym.unit.base[sym.section] + sym.offset, section: ABSOLUTE }
      : { n: sym.offset, section: relativeSection(sym.unit, sym.section) };
  }

  symbol(name: string, col: number): Value {
    if (name === '.') return this.dot();
    let sym = this.unit.symbols.get(name);
    if (!sym && this.pass === 2) sym = this.globals.get(name);
    if (!sym) throw new UndefinedSymbolError(`undefined symbol '${name}'`, col);
    return sym.kind === 'label' ? this.labelValue(sym) : this.setValue(sym, col);
  }

  private setValue(sym: SymbolDef, col: number): Value {
    if (sym.value) return this.absolutize(sym.value);
    const pending = sym.pending;
    if (sym.evaluating || !pending) throw new StatementError(`symbol '${sym.name}' is defined in terms of itself`, col);
    sym.evaluating = true;
    const saved = { unit: this.unit, section: this.section, offsets: [...this.offsets] };
    try {
      this.unit = sym.unit;
      this.section = pending.section;
      this.offsets[pending.section] = pending.offset;
      return evaluate(pending.expr, this);
    } finally {
      sym.evaluating = false;
      this.unit = saved.unit;
      this.section = saved.section;
      this.offsets = saved.offsets;
    }
  }

  /** After layout, turn a section-relative value from pass 1 into an address. */
  private absolutize(v: Value): Value {
    if (!this.laidOut || v.section === ABSOLUTE) return v;
    const unit = this.units[Math.floor(v.section / SECTION_COUNT)];
    return { n: unit.base[v.section % SECTION_COUNT] + v.n, section: ABSOLUTE };
  }

  localLabel(label: string, forward: boolean, col: number): Value {
    const defs = this.unit.numeric.get(label) ?? [];
    const seen = this.pass === 1 ? defs.length : (this.unit.numericSeen.get(label) ?? 0);
    const def = forward ? defs[seen] : defs[seen - 1];
    if (!def) {
      throw new UndefinedSymbolError(`undefined local label '${label}${forward ? 'f' : 'b'}': no '${label}:' ` +
        `${forward ? 'after' : 'before'} this line`, col);
    }
    return this.labelValue(def);
  }

  reloc(fn: 'hi' | 'lo' | 'pcrel_hi' | 'pcrel_lo', arg: Expr, col: number): Value {
    const v = evaluate(arg, this);
    if (v.section !== ABSOLUTE) throw new StatementError(`%${fn} needs a known address`, col);
    let n: number;
    switch (fn) {
      case 'hi': n = ((v.n + 0x800) >>> 12) & 0xfffff; break;
      case 'lo': n = lo12(v.n); break;
      case 'pcrel_hi': {
        const pc = this.here();
        this.pcrelTargets.set(pc, v.n);
        n = ((((v.n - pc) | 0) + 0x800) >>> 12) & 0xfffff;
        break;
      }
      case 'pcrel_lo': {
        const target = this.pcrelTargets.get(v.n >>> 0);
        if (target === undefined) {
          throw new StatementError(`%pcrel_lo needs the label of an earlier auipc with %pcrel_hi`, col);
        }
        n = lo12(target - v.n);
        break;
      }
    }
    return { n, section: ABSOLUTE };
  }

  value(e: Expr): number {
    const v = evaluate(e, this);
    if (v.section !== ABSOLUTE) throw new Error('internal error: a relative value after layout');
    return v.n;
  }

  constant(e: Expr): number {
    const v = evaluate(e, this);
    if (v.section !== ABSOLUTE || !this.isConstant(e)) throw new StatementError('expected a constant, not an address', e.col);
    return v.n;
  }

  constantLater(e: Expr): number | null {
    const key = `${this.unit.index}:${this.section}:${this.offsets[this.section]}`;
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
        return sym !== undefined && sym.kind === 'set' && (later || sym.pass === this.pass) && sym.value !== null &&
          sym.value.section === ABSOLUTE;
      }
      case 'local': case 'reloc': return false;
      case 'unary': return this.isConstant(e.arg, later);
      case 'binary': {
        if (e.op === '-' && !this.isConstant(e.left, later) && !this.isConstant(e.right, later)) {
          return this.pass === 1 ? evaluate(e, this).section === ABSOLUTE : this.isConstantDifference(e);
        }
        return this.isConstant(e.left, later) && this.isConstant(e.right, later);
      }
    }
  }

  /** In pass 2, whether `a - b` was a constant in pass 1 (both addresses in one section). */
  private isConstantDifference(e: Expr & { k: 'binary' }): boolean {
    const side = (x: Expr): number | null => {
      if (x.k === 'sym') {
        const sym = this.unit.symbols.get(x.name);
        if (x.name === '.') return this.section;
        return sym && sym.kind === 'label' ? sym.section : null;
      }
      return null;
    };
    const l = side(e.left);
    return l !== null && l === side(e.right);
  }

  // ---- emitting bytes ----

  private requireBytes(what: string, col: number): void {
    if (this.section === BSS) throw new StatementError(`${what} in .bss: .bss is zero-filled, use .data`, col);
  }

  /** Index into the output buffer of `section` of `offset` in the current unit's part of it. */
  private outputIndex(section: number, offset: number): number {
    return this.unit.base[section] - this.sectionAddress[section] + offset;
  }

  /** Advance the location by `n` bytes; returns the output index where the caller writes them (pass 2). */
  private advance(n: number): number {
    const at = this.offsets[this.section];
    this.offsets[this.section] = at + n;
    return this.outputIndex(this.section, at);
  }

  /** Emit `value` (already range-checked for `width` = 1, 2 or 4 bytes) little-endian. */
  private emitInteger(value: number, width: number): void {
    const at = this.advance(width);
    if (this.pass === 1 || this.section === BSS) return;
    const out = this.output[this.section];
    const bits = value >>> 0;
    for (let i = 0; i < width; i++) out[at + i] = (bits >>> (8 * i)) & 255;
  }

  private emitBytes(bytes: Uint8Array): void {
    const at = this.advance(bytes.length);
    if (this.pass === 2 && this.section !== BSS) this.output[this.section].set(bytes, at);
  }

  private emitFill(count: number, fill: number): void {
    const at = this.advance(count);
    if (this.pass === 2 && this.section !== BSS && fill !== 0) this.output[this.section].fill(fill & 255, at, at + count);
  }

  private instruction(op: Operation): void {
    if (this.pass === 1) {
      this.requireBytes('instruction', op.col);
      this.advance(instructionSize(op, this));
      return;
    }
    const words = encodeInstruction(op, this.here(), this);
    for (const w of words) this.emitInteger(w, 4);
  }

  // ---- directives ----

  private directive(op: Operation): void {
    switch (op.name) {
      case '.text': this.section = TEXT; return;
      case '.data': this.section = DATA; return;
      case '.bss': this.section = BSS; return;
      case '.section': return this.sectionDirective(op);
      case '.globl': case '.global': return this.globl(op);
      case '.align': case '.p2align': return this.alignDirective(op, true);
      case '.balign': return this.alignDirective(op, false);
      case '.word': case '.4byte': return this.dataDirective(op, 4);
      case '.half': case '.short': case '.2byte': return this.dataDirective(op, 2);
      case '.byte': return this.dataDirective(op, 1);
      case '.ascii': return this.stringDirective(op, false);
      case '.asciz': case '.string': return this.stringDirective(op, true);
      case '.space': case '.skip': case '.zero': return this.space(op);
      case '.equ': case '.set': return this.set(op);
      case '.include': return this.include(op);
      default:
        throw new StatementError(`unknown directive '${op.name}'`, op.col);
    }
  }

  private expectCount(op: Operation, min: number, max: number, usage: string): void {
    if (op.operands.length < min || op.operands.length > max) {
      throw new StatementError(`wrong operands for '${op.name}': expected ${op.name} ${usage}`, op.col);
    }
  }

  private sectionDirective(op: Operation): void {
    const first = op.operands[0];
    const name = first?.k === 'expr' && first.expr.k === 'sym' ? first.expr.name : null;
    if (!name) throw new StatementError(`'.section' needs a section name`, op.col);
    const section = sectionByName(name);
    if (section < 0) {
      throw new StatementError(`unknown section '${name}': vmlab links .text, .rodata, .data and .bss ` +
        `(and names that start with them)`, first.col);
    }
    this.section = section;
  }

  private globl(op: Operation): void {
    if (op.operands.length === 0) throw new StatementError(`'${op.name}' needs a symbol name`, op.col);
    for (const operand of op.operands) {
      const name = symbolName(operand);
      if (this.pass === 1) this.unit.globalNames.add(name);
    }
  }

  private alignDirective(op: Operation, powerOfTwo: boolean): void {
    this.expectCount(op, 1, 3, powerOfTwo ? 'POWER[, FILL[, MAX]]' : 'BYTES[, FILL[, MAX]]');
    const [amount, fill, max] = op.operands;
    const n = this.constantOperand(amount);
    let alignment: number;
    if (powerOfTwo) {
      if (n < 0 || n > 16) throw new StatementError(`alignment out of range: ${n} is not in 0..16`, amount.col);
      alignment = 2 ** n;
    } else {
      if (n < 1 || n > 65536 || (n & (n - 1)) !== 0) {
        throw new StatementError(`alignment ${n} is not a power of 2 in 1..65536`, amount.col);
      }
      alignment = n;
    }
    const offset = this.offsets[this.section];
    const padding = (alignment - (offset % alignment)) % alignment;
    if (max && padding > this.constantOperand(max)) return;
    this.unit.align[this.section] = Math.max(this.unit.align[this.section], alignment);
    if (fill) {
      const f = this.constantOperand(fill);
      if (this.section === BSS && f !== 0) this.requireBytes('a non-zero fill', fill.col);
      this.emitFill(padding, f);
    } else if (this.section === TEXT) {
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

  private dataDirective(op: Operation, width: number): void {
    if (op.operands.length === 0) throw new StatementError(`'${op.name}' needs at least one value`, op.col);
    if (this.pass === 1) {
      this.requireBytes('data', op.col);
      this.advance(width * op.operands.length);
      return;
    }
    const min = -(2 ** (8 * width - 1));
    const max = 2 ** (8 * width) - 1;
    for (const operand of op.operands) {
      if (operand.k !== 'expr') throw new StatementError(`'${op.name}' takes numbers and symbols, not ${operand.k === 'string' ? 'a string' : 'a memory operand'}`, operand.col);
      const v = this.value(operand.expr);
      if (v < min || v > max) {
        throw new StatementError(`value out of range for '${op.name}': ${v} is not in ${min}..${max}`, operand.col);
      }
      this.emitInteger(v, width);
    }
  }

  private stringDirective(op: Operation, terminate: boolean): void {
    if (op.operands.length === 0) throw new StatementError(`'${op.name}' needs a string`, op.col);
    if (this.pass === 1) this.requireBytes('data', op.col);
    for (const operand of op.operands) {
      if (operand.k !== 'string') throw new StatementError(`'${op.name}' takes strings in double quotes`, operand.col);
      this.emitBytes(operand.bytes);
      if (terminate) this.emitFill(1, 0);
    }
  }

  private space(op: Operation): void {
    this.expectCount(op, 1, 2, 'SIZE[, FILL]');
    const [size, fill] = op.operands;
    const n = this.constantOperand(size);
    if (n < 0 || n > 0x40000000) throw new StatementError(`size out of range: ${n} is not in 0..1073741824`, size.col);
    const f = fill ? this.constantOperand(fill) : 0;
    if (f < -128 || f > 255) throw new StatementError(`fill out of range: ${f} is not in -128..255`, fill.col);
    if (f !== 0) this.requireBytes('a non-zero fill', fill.col);
    this.emitFill(n, f);
  }

  private constantOperand(operand: Operand): number {
    if (operand.k !== 'expr') throw new StatementError('expected a constant', operand.col);
    return this.constant(operand.expr);
  }

  private set(op: Operation): void {
    this.expectCount(op, 2, 2, 'NAME, VALUE');
    const [nameOperand, valueOperand] = op.operands;
    const name = symbolName(nameOperand);
    if (valueOperand.k !== 'expr') throw new StatementError(`'${op.name}' needs a value`, valueOperand.col);
    const existing = this.unit.symbols.get(name);
    if (existing && existing.kind === 'label') throw duplicate(name, existing, nameOperand.col);
    const sym = existing ?? this.newSymbol(name, 'set', nameOperand.col);
    this.unit.symbols.set(name, sym);
    sym.evaluating = true; // a use of the symbol in its own new value sees the old value, if any
    try {
      sym.value = evaluate(valueOperand.expr, this);
      sym.pending = null;
    } catch (e) {
      if (this.pass === 2 || !(e instanceof StatementError)) throw e;
      // A forward reference: evaluate on use, at this location.
      sym.value = null;
      sym.pending = { expr: valueOperand.expr, section: this.section, offset: this.offsets[this.section] };
    } finally {
      sym.evaluating = false;
    }
    sym.pass = this.pass;
  }

  private include(op: Operation): void {
    const operand = op.operands[0];
    if (op.operands.length !== 1 || operand.k !== 'string') {
      throw new StatementError(`'.include' needs one file name in double quotes`, op.col);
    }
    const name = Buffer.from(operand.bytes).toString('utf8');
    if (this.includeStack.length >= MAX_INCLUDE_DEPTH) throw new StatementError(`.include nested more than ${MAX_INCLUDE_DEPTH} deep`, op.col);
    const path = resolve(dirname(this.position.file), name);
    let text: string;
    try {
      text = this.readFile(path);
    } catch {
      throw new StatementError(`cannot read included file '${name}'`, operand.col);
    }
    const saved = { position: this.position, indent: this.indent };
    this.includeStack.push(saved.position.file);
    try {
      this.walkFile(path, text);
    } finally {
      this.includeStack.pop();
      this.position = saved.position;
      this.indent = saved.indent;
      if (this.pass === 2) this.listing?.file(saved.position.file);
    }
  }

  private readonly includeStack: string[] = [];

  // ---- linking ----

  private collectGlobals(): void {
    for (const unit of this.units) {
      for (const name of unit.globalNames) {
        const sym = unit.symbols.get(name);
        if (!sym) continue; // declared here, defined in another unit
        const other = this.globals.get(name);
        if (other) {
          this.errors.push(new AssemblyError(`duplicate symbol '${name}' (first defined at ` +
            `${other.position.file}:${other.position.line})`, sym.position));
          continue;
        }
        this.globals.set(name, sym);
      }
    }
  }

  private layout(): void {
    let address = DEFAULT_TEXT_ADDRESS;
    for (const section of [TEXT, RODATA, DATA, BSS]) {
      if (section === DATA) address = alignUp(address, PAGE_SIZE);
      const align = Math.max(...this.units.map((u) => u.align[section]));
      address = alignUp(address, align);
      this.sectionAddress[section] = address;
      for (const unit of this.units) {
        address = alignUp(address, unit.align[section]);
        unit.base[section] = address;
        address += unit.size[section];
      }
      this.sectionSize[section] = address - this.sectionAddress[section];
      this.output[section] = new Uint8Array(section === BSS ? 0 : this.sectionSize[section]);
    }
    if (address > USER_SPACE_END) {
      this.errors.push(new AssemblyError(`program too large: it ends at 0x${address.toString(16)}, past the end of ` +
        `user space (0x80000000)`));
    }
    this.laidOut = true;
  }

  /** The executable: sections, segments (R-X text+rodata, RW- data+bss), symbols, entry. */
  private image(): ExecutableImage {
    const entry = this.globals.get('_start');
    if (!entry || entry.kind !== 'label') {
      throw new AssemblyErrors([new AssemblyError(`no global _start symbol: the entry point is undefined ` +
        `(add '.globl _start' and a '_start:' label)`)]);
    }
    const present = [TEXT, RODATA, DATA, BSS].filter((s) => s === TEXT || this.sectionSize[s] > 0);
    const sections = present.map((s) => ({
      name: SECTION_KINDS[s].name,
      data: s === BSS ? new Uint8Array(this.sectionSize[s]) : this.output[s],
      addr: this.sectionAddress[s],
      align: Math.max(...this.units.map((u) => u.align[s])),
      flags: SECTION_KINDS[s].flags,
      nobits: SECTION_KINDS[s].nobits,
    }));
    const indexOf = (s: number): number => present.indexOf(s);
    const segments = [
      { flags: PF_R | PF_X, sections: [TEXT, RODATA].filter((s) => present.includes(s)).map(indexOf) },
      { flags: PF_R | PF_W, sections: [DATA, BSS].filter((s) => present.includes(s)).map(indexOf) },
    ].filter((seg) => seg.sections.length > 0);

    const symbols: OutputSymbol[] = [];
    for (const unit of this.units) {
      this.unit = unit;
      for (const sym of unit.symbols.values()) {
        if (sym.name.startsWith('.L')) continue;
        const global = this.globals.get(sym.name) === sym;
        if (sym.kind === 'label') {
          symbols.push({ name: sym.name, value: this.labelValue(sym).n, global, section: indexOf(sym.section) });
        } else {
          const v = this.setValue(sym, 0);
          symbols.push({ name: sym.name, value: v.n, global, section: 'abs' });
        }
      }
    }
    return { entry: this.labelValue(entry).n, sections, segments, symbols };
  }
}

function lo12(n: number): number {
  return ((n & 0xfff) ^ 0x800) - 0x800;
}

function alignUp(n: number, a: number): number {
  return Math.ceil(n / a) * a;
}

function isNumericLabel(name: string): boolean {
  const c = name.charCodeAt(0);
  return c >= 48 && c <= 57;
}

function symbolName(operand: Operand): string {
  if (operand.k === 'expr' && operand.expr.k === 'sym' && operand.expr.name !== '.') return operand.expr.name;
  throw new StatementError('expected a symbol name', operand.col);
}

function duplicate(name: string, first: SymbolDef, col: number): StatementError {
  return new StatementError(`duplicate symbol '${name}' (first defined at ${first.position.file}:${first.position.line})`, col);
}
