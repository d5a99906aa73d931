/**
 * Derived columns of a sweep: arithmetic over a point's statistics, such as
 * `faults.minor + faults.major` or `out.loop_cycles / out.accesses`. Numbers, dotted names,
 * + - * /, unary minus and parentheses; nothing else, so a spec cannot run code.
 */

/** A parsed expression: evaluates against a lookup of names to numbers. */
export interface Expr {
  /** The names it reads, in order of appearance. */
  names: string[];
  /** Its value; null when a name it reads has no numeric value, it divides by zero, or it overflows a double. */
  evaluate(lookup: (name: string) => number | undefined): number | null;
}

type Node = { kind: 'num'; value: number } | { kind: 'name'; name: string } | { kind: 'neg'; arg: Node }
  | { kind: 'bin'; op: string; left: Node; right: Node };

const TOKEN = /\s*(?:(\d+(?:\.\d+)?(?:e[+-]?\d+)?)|([A-Za-z_][\w]*(?:\.\w+)*)|([-+*/()]))/y;

/** Parse `text`; throws an Error saying where it stops making sense. */
export function parseExpr(text: string): Expr {
  const tokens: string[] = [];
  let at = 0;
  while (at < text.length && text.slice(at).trim() !== '') {
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(text);
    if (!m) {
      const rest = text.slice(at);
      throw new Error(`unexpected '${rest.trimStart()[0]}' at column ${at + 1 + rest.length - rest.trimStart().length}`);
    }
    tokens.push(m[1] ?? m[2] ?? m[3]);
    at = TOKEN.lastIndex;
  }
  let i = 0;
  const names: string[] = [];
  const expression = (): Node => {
    let left = term();
    while (tokens[i] === '+' || tokens[i] === '-') { const op = tokens[i++]; left = { kind: 'bin', op, left, right: term() }; }
    return left;
  };
  const term = (): Node => {
    let left = factor();
    while (tokens[i] === '*' || tokens[i] === '/') { const op = tokens[i++]; left = { kind: 'bin', op, left, right: factor() }; }
    return left;
  };
  const factor = (): Node => {
    const t = tokens[i++];
    if (t === undefined) throw new Error('unexpected end');
    if (t === '-') return { kind: 'neg', arg: factor() };
    if (t === '(') {
      const inner = expression();
      if (tokens[i++] !== ')') throw new Error("missing ')'");
      return inner;
    }
    if (/^\d/.test(t)) {
      if (!Number.isFinite(Number(t))) throw new Error(`number too large: '${t}'`);
      return { kind: 'num', value: Number(t) };
    }
    if (/^[A-Za-z_]/.test(t)) { names.push(t); return { kind: 'name', name: t }; }
    throw new Error(`unexpected '${t}'`);
  };
  const root = expression();
  if (i < tokens.length) throw new Error(`unexpected '${tokens[i]}'`);
  return {
    names,
    evaluate: (lookup) => {
      const v = value(root, lookup);
      return v !== null && Number.isFinite(v) ? v : null; // past a double's range: no value, as a division by zero
    },
  };
}

function value(node: Node, lookup: (name: string) => number | undefined): number | null {
  switch (node.kind) {
    case 'num': return node.value;
    case 'name': { const v = lookup(node.name); return v === undefined ? null : v; }
    case 'neg': { const v = value(node.arg, lookup); return v === null ? null : -v; }
    case 'bin': {
      const a = value(node.left, lookup);
      const b = value(node.right, lookup);
      if (a === null || b === null) return null;
      if (node.op === '+') return a + b;
      if (node.op === '-') return a - b;
      if (node.op === '*') return a * b;
      return b === 0 ? null : a / b;
    }
  }
}
