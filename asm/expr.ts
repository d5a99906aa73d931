/**
 * Expressions: building the tree from the grammar's flat operand/operator list with GNU as
 * precedence, and evaluating it against a symbol context in 64-bit two's complement, as GNU as
 * does on a 64-bit host (asm/int64.ts).
 *
 * GNU as precedence (higher binds tighter; all left-associative):
 *   6: * / % << >>    5: | & ^ ! (or-not) !! (GNU's other spelling of ^, made ^ by the parser)
 *   4: + -    3: == != <> < <= > >=    2: &&    1: ||
 * Note this differs from C: 1 | 2 + 3 is (1 | 2) + 3 = 6. Comparisons give -1 for true, 0 for
 * false; && and || give 1 or 0; >> shifts the 64-bit pattern logically.
 */
import type { BinaryOp, Expr } from './ir.js';
import { StatementError } from './errors.js';
import * as I from './int64.js';
import type { Int } from './int64.js';

const PRECEDENCE: Record<BinaryOp, number> = {
  '*': 6, '/': 6, '%': 6, '<<': 6, '>>': 6, '|': 5, '&': 5, '^': 5, '!': 5, '+': 4, '-': 4,
  '==': 3, '!=': 3, '<>': 3, '<': 3, '<=': 3, '>': 3, '>=': 3, '&&': 2, '||': 1,
};

/** Combine `first op1 e1 op2 e2 ...` into a tree by precedence (precedence climbing). */
export function buildExpression(first: Expr, rest: readonly { op: BinaryOp; operand: Expr }[]): Expr {
  if (rest.length === 0) return first;
  let i = 0;
  const climb = (left: Expr, minPrec: number): Expr => {
    while (i < rest.length && PRECEDENCE[rest[i].op] >= minPrec) {
      const { op } = rest[i];
      let right = rest[i++].operand;
      while (i < rest.length && PRECEDENCE[rest[i].op] > PRECEDENCE[op]) right = climb(right, PRECEDENCE[op] + 1);
      left = { k: 'binary', op, left, right, col: left.col };
    }
    return left;
  };
  return climb(first, 1);
}

/**
 * An operand's expression as GNU as reads it when a relocation operator begins it (`%hi(x)+4`,
 * `%pcrel_hi(s)+8`, `%lo(x)+4(a0)`): the operator applies to the whole expression that follows
 * it, its argument in its place (`%hi(x+4)`), where the grammar made it a term of the sum.
 */
export function relocationOverAll(e: Expr): Expr {
  if (e.k !== 'binary') return e;
  let first: Expr = e;
  while (first.k === 'binary') first = first.left;
  if (first.k !== 'reloc') return e;
  const reloc = first;
  const withArgument = (x: Expr): Expr => (x.k === 'binary' ? { ...x, left: withArgument(x.left) } : reloc.arg);
  return { k: 'reloc', fn: reloc.fn, arg: withArgument(e), col: reloc.col };
}

/**
 * A value during assembly: a 64-bit integer, relative to the start of section `section` of the
 * current layout, or absolute when `section` is ABSOLUTE. After layout every symbol is absolute.
 */
export interface Value {
  n: Int;
  section: number;
}
export const ABSOLUTE = -1;

/** What evaluation needs from the assembler. */
export interface EvalContext {
  /** The value of symbol `name` (throws StatementError at `col` if undefined). */
  symbol(name: string, col: number): Value;
  /** The value of numeric local label `label`, backward or forward. */
  localLabel(label: string, forward: boolean, col: number): Value;
  /** The value of a %reloc(...) operator applied to `arg`. */
  reloc(fn: 'hi' | 'lo' | 'pcrel_hi' | 'pcrel_lo', arg: Expr, col: number): Value;
  /** Report a warning at `col` of the current line (assembly goes on). */
  warn(message: string, col: number): void;
}

/** Evaluate `e`. Throws StatementError for undefined symbols and invalid section arithmetic. */
export function evaluate(e: Expr, ctx: EvalContext): Value {
  switch (e.k) {
    case 'num':
      if (e.wide) throw new StatementError(`number too large: ${e.wide.text} does not fit in 64 bits`, e.col);
      return { n: e.value, section: ABSOLUTE };
    case 'sym': return ctx.symbol(e.name, e.col);
    case 'local': return ctx.localLabel(e.label, e.forward, e.col);
    case 'reloc': return ctx.reloc(e.fn, e.arg, e.col);
    case 'unary': {
      const v = evaluate(e.arg, ctx);
      if (e.op === '+') return v;
      requireAbsolute(v, e.col, `'${e.op}'`);
      const n = e.op === '-' ? I.neg(v.n) : e.op === '~' ? I.not(v.n) : v.n === 0 ? 1 : 0;
      return { n, section: ABSOLUTE };
    }
    case 'binary': {
      const l = evaluate(e.left, ctx);
      const r = evaluate(e.right, ctx);
      if (e.op === '+') {
        if (l.section !== ABSOLUTE && r.section !== ABSOLUTE) throw new StatementError('cannot add two addresses', e.col);
        return { n: I.add(l.n, r.n), section: l.section !== ABSOLUTE ? l.section : r.section };
      }
      if (e.op === '-') {
        if (r.section === ABSOLUTE) return { n: I.sub(l.n, r.n), section: l.section };
        if (l.section === r.section) return { n: I.sub(l.n, r.n), section: ABSOLUTE };
        throw new StatementError('cannot subtract addresses in different sections', e.col);
      }
      if (PRECEDENCE[e.op] === 3 && l.section === r.section) return { n: compare(e.op, l.n, r.n), section: ABSOLUTE };
      requireAbsolute(l, e.col, `'${e.op}'`);
      requireAbsolute(r, e.col, `'${e.op}'`);
      return { n: binary(e.op, l.n, r.n, e.col, ctx), section: ABSOLUTE };
    }
  }
}

function requireAbsolute(v: Value, col: number, what: string): void {
  if (v.section !== ABSOLUTE) throw new StatementError(`${what} needs a constant, not an address whose value is not known yet`, col);
}

function compare(op: BinaryOp, a: Int, b: Int): Int {
  let result: boolean;
  switch (op) {
    case '==': result = a === b; break;
    case '!=': case '<>': result = a !== b; break;
    case '<': result = a < b; break;
    case '<=': result = a <= b; break;
    case '>': result = a > b; break;
    default: result = a >= b; break;
  }
  return result ? -1 : 0;
}

function shiftCount(b: Int, col: number, ctx: EvalContext): number | null {
  if (b >= 0 && b <= 63) return Number(b);
  ctx.warn(`shift count out of range (${b} is not between 0 and 63)`, col);
  return null;
}

function binary(op: BinaryOp, a: Int, b: Int, col: number, ctx: EvalContext): Int {
  switch (op) {
    case '*': return I.mul(a, b);
    // By zero, GNU as warns and takes the dividend (a quotient) or 0 (a remainder).
    case '/':
      if (b === 0) ctx.warn('division by zero', col);
      return b === 0 ? a : I.div(a, b);
    case '%':
      if (b === 0) ctx.warn('division by zero', col);
      return b === 0 ? 0 : I.rem(a, b);
    case '<<': {
      const n = shiftCount(b, col, ctx);
      return n === null ? 0 : I.shl(a, n);
    }
    case '>>': {
      const n = shiftCount(b, col, ctx);
      return n === null ? 0 : I.shr(a, n);
    }
    case '|': return I.or(a, b);
    case '&': return I.and(a, b);
    case '^': return I.xor(a, b);
    case '!': return I.or(a, I.not(b));
    case '&&': return a !== 0 && b !== 0 ? 1 : 0;
    case '||': return a !== 0 || b !== 0 ? 1 : 0;
    default: return compare(op, a, b);
  }
}
