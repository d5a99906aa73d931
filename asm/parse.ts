/**
 * Source line → IR, with the ohm grammar in riscv.ohm (common simple lines go through the
 * equivalent hand-written parser in fast-parse.ts first). One match per distinct line text:
 * results (and syntax errors) are cached by the line's code (see codeSpan in source.ts),
 * so repeated lines ("ret", "addi sp, sp, -16") are matched once. The cache is bounded; when
 * full it starts over, so memory does not grow with the length of the input.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as ohm from 'ohm-js';
import type { BinaryOp, Expr, Label, Line, Operand, Operation, RelocFn, Statement, UnaryOp } from './ir.js';
import { buildExpression, relocationOverAll } from './expr.js';
import { charValue, decodeEscapes } from './escapes.js';
import { StatementError } from './errors.js';
import { codeSpan } from './source.js';
import { parseLiteral, wrap64 } from './int64.js';
import { parseFast } from './fast-parse.js';
import { registerNumber } from '../src/isa/registers.js';

type Piece = { op: BinaryOp; operand: Expr };

/** The grammar, its semantics and a matcher: built on first use, so importing costs nothing. */
interface Parser {
  grammar: ohm.Grammar;
  semantics: ohm.Semantics;
  matcher: ohm.Matcher;
}
let parser: Parser | null = null;

/** ohm-js's makeRecipe (exported, but missing from its typings): the grammar a Grammar.toRecipe() gave. */
const makeRecipe = (ohm as unknown as { makeRecipe(recipe: unknown): ohm.Grammar }).makeRecipe;

/**
 * The grammar: from the recipe `npm run build` writes next to the compiled parser
 * (scripts/grammar-recipe.js; ohm-js builds it from that many times faster than it compiles the
 * source), or compiled from riscv.ohm when running from source.
 */
function loadGrammar(): ohm.Grammar {
  const recipe = new URL('./riscv.recipe.json', import.meta.url);
  if (existsSync(recipe)) return makeRecipe(JSON.parse(readFileSync(recipe, 'utf8')));
  return ohm.grammar(readFileSync(new URL('./riscv.ohm', import.meta.url), 'utf8'));
}

function getParser(): Parser {
  if (parser) return parser;
  const grammar = loadGrammar();
  const semantics = grammar.createSemantics();
  semantics.addOperation<unknown>('ir', IR_ACTIONS);
  parser = { grammar, semantics, matcher: grammar.matcher() };
  return parser;
}

const literal = (node: ohm.Node, digits: string, radix: 2 | 8 | 10 | 16): Expr => {
  const value = parseLiteral(digits, radix);
  const col = node.source.startIdx;
  if (value !== null) return { k: 'num', value, col };
  const wide = BigInt((radix === 16 ? '0x' : radix === 8 ? '0o' : radix === 2 ? '0b' : '') + digits);
  if (wide >> 128n !== 0n) throw new StatementError(`number too large: ${node.sourceString} does not fit in 128 bits`, col);
  return { k: 'num', value: wrap64(wide), col, wide: { value: wide, text: node.sourceString } };
};

const IR_ACTIONS: ohm.ActionDict<unknown> = {
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
  Assignment(name, eq, value): Operation {
    // `name = value` is `.set name, value`; `name == value` is `.eqv name, value`, as in GNU as.
    const col = name.source.startIdx;
    return {
      name: eq.sourceString === '==' ? '.eqv' : '.set', col, operands: [
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
  Operands_first(first, commas, rest): Operand[] {
    return [first.ir() as Operand, ...rest.children.map((o, i): Operand =>
      (o.children.length ? o.children[0].ir() as Operand : { k: 'empty', col: commas.children[i].source.endIdx }))];
  },
  /** `.word ,1`: an empty first operand (GNU as assumes zero for a missing value, with a warning). */
  Operands_leadingComma(commas, rest): Operand[] {
    return [{ k: 'empty', col: commas.children[0].source.startIdx }, ...rest.children.map((o, i): Operand =>
      (o.children.length ? o.children[0].ir() as Operand : { k: 'empty', col: commas.children[i].source.endIdx }))];
  },
  Operand_type(_sigil, name): Operand {
    return { k: 'type', name: name.sourceString, col: this.source.startIdx };
  },
  Operand_float(literal): Operand {
    return { k: 'float', text: literal.sourceString, col: this.source.startIdx };
  },
  // `- 1.5`: GNU as takes blanks between a float's sign and its digits.
  Operand_signedFloat(sign, literal): Operand {
    return { k: 'float', text: sign.sourceString + literal.sourceString, col: this.source.startIdx };
  },
  Operand_plt(name, _plt): Operand {
    return { k: 'plt', name: name.sourceString, col: this.source.startIdx };
  },
  Operand_offsetBase(offset, _open, base, _close): Operand {
    return {
      k: 'mem', offset: relocationOverAll(offset.ir() as Expr), base: base.sourceString, baseCol: base.source.startIdx,
      col: this.source.startIdx,
    };
  },
  Operand_base(_open, base, _close): Operand {
    // `(sym)` where sym names no register is a symbol in parentheses, as GNU as reads it (`la a0, (sym)`, `j (fn)`).
    if (registerNumber(base.sourceString) < 0) {
      const col = base.source.startIdx;
      return { k: 'expr', expr: { k: 'sym', name: base.sourceString, col }, col: this.source.startIdx };
    }
    return { k: 'mem', offset: null, base: base.sourceString, baseCol: base.source.startIdx, col: this.source.startIdx };
  },
  Operand_string(strings): Operand {
    // Adjacent strings are one, as GNU as reads `.ascii "a" "b"`.
    const parts = strings.children.map((s) => s.ir() as Uint8Array);
    return { k: 'string', bytes: parts.length === 1 ? parts[0] : Buffer.concat(parts), col: this.source.startIdx };
  },
  Operand_expr(e): Operand {
    const expr = relocationOverAll(e.ir() as Expr);
    return { k: 'expr', expr, col: expr.col };
  },
  Expr(first, ops, rest): Expr {
    const pieces: Piece[] = ops.children.map((op, i) => ({
      op: (op.sourceString === '!!' ? '^' : op.sourceString) as BinaryOp, operand: rest.children[i].ir() as Expr,
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
    return literal(this, this.sourceString.slice(2), 16);
  },
  number_bin(_0, _b, _digits): Expr {
    return literal(this, this.sourceString.slice(2), 2);
  },
  number_oct(_0, _digits): Expr {
    return literal(this, this.sourceString.slice(1), 8);
  },
  number_dec(_digits): Expr {
    return literal(this, this.sourceString, 10);
  },
  localRef(digits, dir): Expr {
    return { k: 'local', label: digits.sourceString, forward: dir.sourceString === 'f', col: this.source.startIdx };
  },
  charLiteral(_open, ch, _close): Expr {
    return { k: 'num', value: charValue(ch.sourceString), col: this.source.startIdx };
  },
  identifier(_start, _rest): Expr {
    const src = this.source;
    return { k: 'sym', name: src.contents, col: src.startIdx };
  },
  string(_open, body, _close): Uint8Array {
    return decodeEscapes(body.sourceString);
  },
};

/** A line whose text failed to match: the message and column of the syntax error. */
export interface SyntaxFailure {
  readonly error: StatementError;
}

/**
 * Directives whose operands vmlab has no use for (debug line info, call frame info, ELF symbol
 * types and sizes, attributes, listing control, .extern): their lines are taken as the bare
 * directive, operands unread (GNU as ignores .extern's too).
 */
const UNCHECKED = new RegExp('^(\\.(?:file|loc|loc_mark_labels|cfi_[a-z_]+|ident|size|type|attribute|addrsig|addrsig_sym|extern|list|nolist|' +
  'title|sbttl|psize|eject|lflags|version|gnu_attribute|func|endfunc|stabs|stabn|stabd|line|linefile|xref|spc|llen|format|' +
  'noformat|name))(?=[\\s"]|$)', 'i');

const CACHE_LIMIT = 1 << 16;
let cache = new Map<string, Line | SyntaxFailure>();

/**
 * `.insn r OP, ...` names its format (a word) before the first comma: write the format as an operand of
 * its own (`.insn r,OP, ...`, columns kept) so the grammar takes it.
 */
function insnFormatAsOperand(body: string): string {
  const m = /^\.insn\s+([A-Za-z][A-Za-z0-9]*)(\s+)(?=[\w$.])/.exec(body);
  if (!m) return body;
  const at = m[0].length - m[2].length;
  return `${body.slice(0, at)},${' '.repeat(m[2].length - 1)}${body.slice(m[0].length)}`;
}

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
    const unchecked = UNCHECKED.exec(body);
    parsed = unchecked ? [{ labels: [], op: { name: unchecked[1], col: 0, operands: [] } }] : parseBody(insnFormatAsOperand(body));
    if (cache.size >= CACHE_LIMIT) cache = new Map();
    cache.set(body, parsed);
  }
  if ('error' in parsed) throw new StatementError(parsed.error.message, parsed.error.col + start);
  return { line: parsed, indent: start };
}

function parseBody(body: string): Line | SyntaxFailure {
  const tooDeep = checkLimits(body);
  if (tooDeep) return { error: tooDeep };
  return parseFast(body) ?? parseWithGrammar(body);
}

/** Match `body` with the ohm grammar (parseFast gives up on it, or a test compares the two). */
export function parseWithGrammar(body: string): Line | SyntaxFailure {
  const { matcher, semantics } = getParser();
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
  return getParser().grammar.match(text, rule).succeeded();
}

/** The longest line of code the assembler takes (a longer one is refused, not parsed). */
export const MAX_LINE_LENGTH = 64 * 1024;
/** The deepest nesting of parentheses and of unary operators in an expression. */
export const MAX_NESTING = 100;
/** The most binary operators in one line's expressions. */
export const MAX_OPERATORS = 1000;

/**
 * Refuse, before matching, lines that would exhaust the parser: too long, too deeply nested, or
 * with too many operators (the matcher and the evaluator recurse on them). Returns the error or null.
 */
function checkLimits(body: string): StatementError | null {
  if (body.length > MAX_LINE_LENGTH) {
    return new StatementError(`line too long: ${body.length} characters, the limit is ${MAX_LINE_LENGTH}`, 0);
  }
  let depth = 0;
  let unary = 0;
  let operators = 0;
  let operand = false; // whether the last token ends an operand (so "-" is binary)
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 34 /* " */ || c === 39 /* ' */) {
      i = skipQuoted(body, i);
      operand = true;
      unary = 0;
      continue;
    }
    if (c === 32 || c === 9) continue;
    if (c === 40 /* ( */) {
      if (++depth > MAX_NESTING) return new StatementError(`expression nested too deeply: more than ${MAX_NESTING} parentheses`, i);
      operand = false;
    } else if (c === 41 /* ) */) {
      depth--;
      operand = true;
    } else if (c === 45 || c === 43 || c === 126 || c === 33 /* - + ~ ! */) {
      if (operand) {
        operators++;
        operand = false;
      } else if (++unary > MAX_NESTING) {
        return new StatementError(`expression nested too deeply: more than ${MAX_NESTING} unary operators`, i);
      }
      continue;
    } else if (c === 42 || c === 47 || c === 37 || c === 124 || c === 38 || c === 94 || c === 60 || c === 62 || c === 61) {
      if (operand) operators++;
      operand = false;
    } else if (c === 44 || c === 59 || c === 58 /* , ; : */) {
      operand = false;
    } else {
      operand = true;
    }
    unary = 0;
    if (operators > MAX_OPERATORS) {
      return new StatementError(`expression too long: more than ${MAX_OPERATORS} operators on one line`, i);
    }
  }
  return null;
}

function skipQuoted(text: string, i: number): number {
  const q = text[i];
  if (q === "'") {
    const end = i + (text[i + 1] === '\\' ? 2 : 1); // the literal's character
    return text[end + 1] === "'" ? end + 1 : end;
  }
  for (i++; i < text.length && text[i] !== q; i++) if (text[i] === '\\') i++;
  return i;
}
