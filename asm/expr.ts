/**
 * Expressions: building the tree from the grammar's flat operand/operator list with GNU as
 * precedence, and evaluating it against a symbol context.
 *
 * GNU as precedence (higher binds tighter; all left-associative):
 *   3: * / % << >>     2: | & ^     1: + -
 * Note this differs from C: 1 | 2 + 3 is (1 | 2) + 3 = 6.
 */
import type { BinaryOp, Expr } from './ir.js';
import { StatementError } from './errors.js';

const PRECEDENCE: Record<BinaryOp, number> = {
  '*': 3, '/': 3, '%': 3, '<<': 3, '>>': 3, '|': 2, '&': 2, '^': 2, '+': 1, '-': 1,
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
 * A value during assembly: a number, relative to the start of section `section` of the current
 * layout, or absolute when `section` is ABSOLUTE. After layout every symbol is absolute.
 */
export interface Value {
  n: number;
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
}

/** Evaluate `e`. Throws StatementError for undefined symbols and invalid section arithmetic. */
export function evaluate(e: Expr, ctx: EvalContext): Value {
  switch (e.k) {
    case 'num': return { n: e.value, section: ABSOLUTE };
    case 'sym': return ctx.symbol(e.name, e.col);
    case 'local': return ctx.localLabel(e.label, e.forward, e.col);
    case 'reloc': return ctx.reloc(e.fn, e.arg, e.col);
    case 'unary': {
      const v = evaluate(e.arg, ctx);
      if (e.op === '+') return v;
      requireAbsolute(v, e.col, `'${e.op}'`);
      return { n: e.op === '-' ? -v.n : ~v.n, section: ABSOLUTE };
    }
    case 'binary': {
      const l = evaluate(e.left, ctx);
      const r = evaluate(e.right, ctx);
      if (e.op === '+') {
        if (l.section !== ABSOLUTE && r.section !== ABSOLUTE) throw new StatementError('cannot add two addresses', e.col);
        return { n: l.n + r.n, section: l.section !== ABSOLUTE ? l.section : r.section };
      }
      if (e.op === '-') {
        if (r.section === ABSOLUTE) return { n: l.n - r.n, section: l.section };
        if (l.section === r.section) return { n: l.n - r.n, section: ABSOLUTE };
        throw new StatementError('cannot subtract addresses in different sections', e.col);
      }
      requireAbsolute(l, e.col, `'${e.op}'`);
      requireAbsolute(r, e.col, `'${e.op}'`);
      return { n: binary(e.op, l.n, r.n, e.col), section: ABSOLUTE };
    }
  }
}

function requireAbsolute(v: Value, col: number, what: string): void {
  if (v.section !== ABSOLUTE) throw new StatementError(`${what} needs a constant, not an address whose value is not known yet`, col);
}

function binary(op: BinaryOp, a: number, b: number, col: number): number {
  switch (op) {
    case '*': return Number(BigInt.asIntN(64, BigInt(a) * BigInt(b)));
    case '/':
      if (b === 0) throw new StatementError('division by zero', col);
      return Math.trunc(a / b);
    case '%':
      if (b === 0) throw new StatementError('division by zero', col);
      return a % b;
    case '<<': return b >= 64 || b < 0 ? 0 : Number(BigInt.asIntN(64, BigInt(a) << BigInt(b)));
    case '>>': return b >= 64 || b < 0 ? (a < 0 ? -1 : 0) : Number(BigInt(a) >> BigInt(b));
    case '|': return Number(BigInt.asIntN(64, BigInt(a) | BigInt(b)));
    case '&': return Number(BigInt.asIntN(64, BigInt(a) & BigInt(b)));
    case '^': return Number(BigInt.asIntN(64, BigInt(a) ^ BigInt(b)));
    case '+': case '-': throw new Error('handled by evaluate');
  }
}
