/**
 * A hand-written parser for the common shapes of lines (labels, a mnemonic or directive, and
 * operands that are registers, numbers, symbols, `sym+4`, `-8`, `%lo(sym)`, `8(sp)` or strings),
 * tried before the ohm grammar. It builds exactly the IR the grammar's semantics build (test/asm
 * checks this over the corpus) and gives up (null) on anything else, which the grammar then
 * matches and, if wrong, reports. It exists for speed: the grammar costs about a millisecond per
 * long line, this a few microseconds.
 */
import type { Expr, Label, Line, Operand } from './ir.js';
import { registerNumber } from '../src/isa/registers.js';
import { parseLiteral } from './int64.js';
import { decodeEscapes } from './escapes.js';
import { relocationOverAll } from './expr.js';

/** A symbol's first character: a letter, `_`, `.`, `$`, or any beyond ASCII (GNU as takes UTF-8 names). */
const isIdentStart = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 46 || c === 36 || c >= 128;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isIdentPart = (c: number): boolean => isIdentStart(c) || isDigit(c);
const isHex = (c: number): boolean => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
const isBlank = (c: number): boolean => c === 32 || c === 9;

const RELOCS = new Set(['hi', 'lo', 'pcrel_hi', 'pcrel_lo']);

/** Thrown (and caught in parseFast) when a line is not of a shape this parser knows. */
const GIVE_UP = Symbol('give up');

class Scanner {
  i = 0;
  constructor(readonly s: string) {}

  get c(): number {
    return this.s.charCodeAt(this.i);
  }

  skip(): void {
    while (isBlank(this.s.charCodeAt(this.i))) this.i++;
  }

  identifier(): string | null {
    if (!isIdentStart(this.c)) return null;
    const start = this.i++;
    while (isIdentPart(this.c)) this.i++;
    return this.s.slice(start, this.i);
  }

  expect(code: number): void {
    if (this.c !== code) throw GIVE_UP;
    this.i++;
  }
}

/** The IR of `body` (a line's code: no comment, no surrounding blanks), or null if it is not a simple line. */
export function parseFast(body: string): Line | null {
  if (body.includes(';') || body.includes('=')) return null;
  try {
    return [statement(new Scanner(body))];
  } catch (e) {
    if (e === GIVE_UP) return null;
    throw e;
  }
}

function statement(sc: Scanner): Line[number] {
  const labels: Label[] = [];
  for (;;) {
    sc.skip();
    const start = sc.i;
    let name = sc.identifier();
    if (name === null && isDigit(sc.c)) {
      while (isDigit(sc.c)) sc.i++;
      name = sc.s.slice(start, sc.i);
    }
    if (name === null) {
      if (sc.i < sc.s.length) throw GIVE_UP;
      return { labels, op: null };
    }
    if (sc.c === 58 /* : */) {
      sc.i++;
      labels.push({ name, col: start });
      continue;
    }
    if (isDigit(name.charCodeAt(0))) throw GIVE_UP;
    const operands: Operand[] = [];
    sc.skip();
    if (sc.i < sc.s.length) {
      if (sc.i === start + name.length) throw GIVE_UP; // no blank between the name and an operand
      for (;;) {
        operands.push(operand(sc));
        sc.skip();
        if (sc.i >= sc.s.length) break;
        sc.expect(44 /* , */);
        sc.skip();
      }
    }
    return { labels, op: { name, col: start, operands } };
  }
}

function operand(sc: Scanner): Operand {
  const start = sc.i;
  if (sc.c === 34 /* " */) {
    const bytes = string(sc);
    return { k: 'string', bytes, col: start };
  }
  const offset = sc.c === 40 /* ( */ ? null : relocationOverAll(expression(sc));
  if (sc.c === 40 /* ( */) return memory(sc, offset, start);
  return { k: 'expr', expr: offset!, col: offset!.col };
}

/** `(base)` after an optional offset, at the scanner's "(". */
function memory(sc: Scanner, offset: Expr | null, col: number): Operand {
  sc.i++;
  const baseCol = sc.i;
  const base = sc.identifier();
  if (base === null || (offset === null && registerNumber(base) < 0)) throw GIVE_UP; // `(sym)`: the grammar's
  sc.expect(41 /* ) */);
  return { k: 'mem', offset, base, baseCol, col };
}

/** `term ((+|-) term)*`, left-associative (all one precedence level). */
function expression(sc: Scanner): Expr {
  let left = term(sc);
  for (;;) {
    const save = sc.i;
    sc.skip();
    const c = sc.c;
    if (c !== 43 && c !== 45) {
      sc.i = save;
      return left;
    }
    sc.i++;
    sc.skip();
    const right = term(sc);
    left = { k: 'binary', op: c === 43 ? '+' : '-', left, right, col: left.col };
  }
}

function term(sc: Scanner): Expr {
  const col = sc.i;
  const c = sc.c;
  if (c === 45 /* - */) {
    sc.i++;
    if (isBlank(sc.c)) throw GIVE_UP;
    return { k: 'unary', op: '-', arg: term(sc), col };
  }
  if (c === 37 /* % */) {
    sc.i++;
    const fn = sc.identifier();
    if (fn === null || !RELOCS.has(fn)) throw GIVE_UP;
    sc.expect(40 /* ( */);
    const arg = expression(sc);
    sc.expect(41 /* ) */);
    return { k: 'reloc', fn: fn as 'hi' | 'lo' | 'pcrel_hi' | 'pcrel_lo', arg, col };
  }
  if (isDigit(c)) return number(sc);
  if (c === 46 /* . */ && isDigit(sc.s.charCodeAt(sc.i + 1))) throw GIVE_UP; // `.5`: a float, the grammar's
  const name = sc.identifier();
  if (name === null) throw GIVE_UP;
  return { k: 'sym', name, col };
}

function number(sc: Scanner): Expr {
  const col = sc.i;
  const s = sc.s;
  let digits: string;
  let radix: 2 | 8 | 10 | 16;
  if (sc.c === 48 /* 0 */ && (s[col + 1] === 'x' || s[col + 1] === 'X')) {
    sc.i += 2;
    while (isHex(sc.c)) sc.i++;
    digits = s.slice(col + 2, sc.i);
    radix = 16;
  } else {
    while (isDigit(sc.c)) sc.i++;
    digits = s.slice(col, sc.i);
    radix = 10;
    if (digits.length > 1 && digits[0] === '0') throw GIVE_UP; // octal: left to the grammar
    if (sc.c === 98 || sc.c === 102) { // 1b, 1f
      const forward = sc.c === 102;
      sc.i++;
      if (isIdentPart(sc.c)) throw GIVE_UP;
      return { k: 'local', label: digits, forward, col };
    }
  }
  if (digits.length === 0 || isIdentPart(sc.c)) throw GIVE_UP;
  const value = parseLiteral(digits, radix);
  if (value === null) throw GIVE_UP;
  return { k: 'num', value, col };
}

function string(sc: Scanner): Uint8Array {
  const open = sc.i++;
  while (sc.i < sc.s.length && sc.c !== 34) sc.i += sc.c === 92 /* \ */ ? 2 : 1;
  if (sc.i >= sc.s.length) throw GIVE_UP;
  const body = sc.s.slice(open + 1, sc.i);
  sc.i++;
  let next = sc.i;
  while (sc.s[next] === ' ' || sc.s[next] === '\t') next++;
  if (sc.s[next] === '"') throw GIVE_UP; // adjacent strings: the grammar joins them
  return decodeEscapes(body);
}
