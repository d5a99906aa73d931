/**
 * Source line → IR, with the ohm grammar in riscv.ohm. One match per distinct line text:
 * results (and syntax errors) are cached by the line's code (see codeSpan in source.ts),
 * so repeated lines ("ret", "addi sp, sp, -16") are matched once. The cache is bounded; when
 * full it starts over, so memory does not grow with the length of the input.
 */
import { readFileSync } from 'node:fs';
import * as ohm from 'ohm-js';
import type { BinaryOp, Expr, Label, Line, Operand, Operation, RelocFn, Statement, UnaryOp } from './ir.js';
import { buildExpression } from './expr.js';
import { decodeEscapes } from './escapes.js';
import { StatementError } from './errors.js';
import { codeSpan } from './source.js';

const grammar = ohm.grammar(readFileSync(new URL('./riscv.ohm', import.meta.url), 'utf8'));
const semantics = grammar.createSemantics();

type Piece = { op: BinaryOp; operand: Expr };

semantics.addOperation<unknown>('ir', {
  Line(first, _seps, rest): Line {
    return [first.ir() as Statement, ...rest.children.map((s) => s.ir() as Statement)];
  },
  Statement(labels, op): Statement {
    const operation = op.children.length ? (op.children[0].ir() as Operation) : null;
    return { labels: labels.children.map((l) => l.ir() as Label), op: operation };
  },
  Label(name, _colon): Label {
    const src = name.source;
    return { name: src.contents, col: src.startIdx };
  },
  Assignment(name, _eq, value): Operation {
    // `name = value` is `.set name, value`.
    const col = name.source.startIdx;
    return {
      name: '.set', col, operands: [
        { k: 'expr', expr: { k: 'sym', name: name.sourceString, col }, col },
        { k: 'expr', expr: value.ir() as Expr, col: value.source.startIdx },
      ],
    };
  },
  Operation(name, operands): Operation {
    const list = operands.children.length ? (operands.children[0].ir() as Operand[]) : [];
    const src = name.source;
    return { name: src.contents, col: src.startIdx, operands: list };
  },
  Operands(first, _commas, rest): Operand[] {
    return [first.ir() as Operand, ...rest.children.map((o) => o.ir() as Operand)];
  },
  Operand_offsetBase(offset, _open, base, _close): Operand {
    return {
      k: 'mem', offset: offset.ir() as Expr, base: base.sourceString, baseCol: base.source.startIdx,
      col: this.source.startIdx,
    };
  },
  Operand_base(_open, base, _close): Operand {
    return { k: 'mem', offset: null, base: base.sourceString, baseCol: base.source.startIdx, col: this.source.startIdx };
  },
  Operand_string(s): Operand {
    return { k: 'string', bytes: s.ir() as Uint8Array, col: this.source.startIdx };
  },
  Operand_expr(e): Operand {
    const expr = e.ir() as Expr;
    return { k: 'expr', expr, col: expr.col };
  },
  Expr(first, ops, rest): Expr {
    const pieces: Piece[] = ops.children.map((op, i) => ({
      op: op.sourceString as BinaryOp, operand: rest.children[i].ir() as Expr,
    }));
    return buildExpression(first.ir() as Expr, pieces);
  },
  Unary_op(op, arg): Expr {
    return { k: 'unary', op: op.sourceString as UnaryOp, arg: arg.ir() as Expr, col: this.source.startIdx };
  },
  Primary_paren(_open, e, _close): Expr {
    return e.ir() as Expr;
  },
  Primary_reloc(_pct, fn, _open, e, _close): Expr {
    return { k: 'reloc', fn: fn.sourceString as RelocFn, arg: e.ir() as Expr, col: this.source.startIdx };
  },
  number_hex(_0, _x, _digits): Expr {
    return { k: 'num', value: parseInt(this.sourceString.slice(2), 16), col: this.source.startIdx };
  },
  number_bin(_0, _b, _digits): Expr {
    return { k: 'num', value: parseInt(this.sourceString.slice(2), 2), col: this.source.startIdx };
  },
  number_oct(_0, _digits): Expr {
    return { k: 'num', value: parseInt(this.sourceString, 8), col: this.source.startIdx };
  },
  number_dec(_digits): Expr {
    const src = this.source;
    return { k: 'num', value: Number(src.contents), col: src.startIdx };
  },
  localRef(digits, dir): Expr {
    return { k: 'local', label: digits.sourceString, forward: dir.sourceString === 'f', col: this.source.startIdx };
  },
  charLiteral(_open, ch, _close): Expr {
    const bytes = decodeEscapes(ch.sourceString);
    return { k: 'num', value: bytes[0], col: this.source.startIdx };
  },
  identifier(_start, _rest): Expr {
    const src = this.source;
    return { k: 'sym', name: src.contents, col: src.startIdx };
  },
  string(_open, body, _close): Uint8Array {
    return decodeEscapes(body.sourceString);
  },
});

/** A line whose text failed to match: the message and column of the syntax error. */
interface SyntaxFailure {
  readonly error: StatementError;
}

const CACHE_LIMIT = 1 << 16;
let cache = new Map<string, Line | SyntaxFailure>();
const matcher = grammar.matcher();

/** Forget every parsed line (benchmarks use it to measure a cold parse). */
export function resetLineCache(): void {
  cache = new Map();
}

/**
 * Parse one source line. Returns the line's statements and the column offset to add to their
 * `col` fields to get columns in `text`. Throws StatementError (column in `text`) on a syntax error.
 */
export function parseLine(text: string): { line: Line; indent: number } {
  const { start, end } = codeSpan(text);
  const body = start === 0 && end === text.length ? text : text.slice(start, end);
  let parsed = cache.get(body);
  if (parsed === undefined) {
    parsed = parseBody(body);
    if (cache.size >= CACHE_LIMIT) cache = new Map();
    cache.set(body, parsed);
  }
  if ('error' in parsed) throw new StatementError(parsed.error.message, parsed.error.col + start);
  return { line: parsed, indent: start };
}

function parseBody(body: string): Line | SyntaxFailure {
  matcher.setInput(body);
  const m = matcher.match('Line');
  if (m.failed()) {
    const at = m.getRightmostFailurePosition();
    const found = at >= body.length ? 'end of line' : `'${body.slice(at).split(/[\s,]/)[0] || body[at]}'`;
    const expected = m.getExpectedText().replace('end of input', 'end of line');
    return { error: new StatementError(`syntax error: expected ${expected}, found ${found}`, at) };
  }
  try {
    return semantics(m).ir() as Line;
  } catch (e) {
    if (e instanceof StatementError) return { error: e };
    throw e;
  }
}

/** Match `text` against one grammar rule (for testing the grammar's rules on their own). */
export function matchesRule(text: string, rule: string): boolean {
  return grammar.match(text, rule).succeeded();
}
