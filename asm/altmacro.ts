/**
 * GNU as's alternate macro mode (`.altmacro` ... `.noaltmacro`), as binutils' gas/macro.c reads
 * it. Arguments: `%EXPR` is the decimal value of the absolute expression, `<TEXT>` is TEXT (blanks
 * and commas included; `!` takes the next character as it is, `<`/`>` nest), a "string" keeps its
 * quotes. Bodies: a parameter may be named bare (`label&n`, `n`), `&` joins a name to what
 * follows or precedes it, `\NAME`, `\@` and `\()` still work, and a `LOCAL a, b` line gives each
 * name a new local symbol per expansion (`.LL0001`, `.LL0002`... counted over the whole assembly).
 */
import { StatementError } from './errors.js';

const NAME_START = /[A-Za-z_.$]/;
const NAME_PART = /[\w.$]/;

/** Index just past the name starting at `i` in `text` (`i` itself if none starts there). */
function nameEnd(text: string, i: number): number {
  if (i >= text.length || !NAME_START.test(text[i])) return i;
  let j = i + 1;
  while (j < text.length && NAME_PART.test(text[j])) j++;
  return j;
}

/** Index of the `>` closing the `<` at `i` (nested pairs and `!` escapes skipped), or the text's length. */
function angleEnd(text: string, i: number): number {
  let nest = 0;
  let j = i + 1;
  while (j < text.length && (text[j] !== '>' || nest > 0)) {
    if (text[j] === '!') j++;
    else if (text[j] === '<') nest++;
    else if (text[j] === '>') nest--;
    j++;
  }
  return j;
}

/** Index of the comma or blank that ends the expression starting at `i` outside parentheses, or the text's length. */
function expressionEnd(text: string, i: number): number {
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const c = text[j];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth <= 0 && (c === ',' || c === ' ' || c === '\t')) return j;
  }
  return text.length;
}

/** Index of the `"` closing the string at `i` (`\"` and `""` stay inside), or the text's length. */
function quoteEnd(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length) {
    if (text[j] === '\\' || text[j] === '!') j += 2;
    else if (text[j] === '"' && text[j + 1] === '"') j += 2;
    else if (text[j] === '"') return j;
    else j++;
  }
  return j;
}

/**
 * Split scrubbed argument text by commas outside strings, `<...>` and parentheses (by blanks if
 * there are none); a `<` inside an argument ends it and starts the next (`b=<7>` is `b=`, `7`).
 */
function splitAlternate(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const commas: number[] = [];
  const blanks: number[] = [];
  const angles: number[] = [];
  let depth = 0;
  let pieceStart = true;
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed[i];
    if (c === '%' && pieceStart) {
      // `%EXPR` runs as far as GNU's expression parser reads: `<` is an operator in it (`%(1<<4)`, `%k<2`).
      i = expressionEnd(trimmed, i + 1) - 1;
      pieceStart = false;
      continue;
    }
    if (c === '<' && !pieceStart) angles.push(i);
    pieceStart = false;
    if (c === '"') i = quoteEnd(trimmed, i);
    else if (c === '<') i = angleEnd(trimmed, i);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0 && c === ',') (commas.push(i), (pieceStart = true));
    else if (depth === 0 && (c === ' ' || c === '\t')) (blanks.push(i), (pieceStart = true));
  }
  // Each cut: where the piece before it ends, and where the next one starts.
  const cuts = [...(commas.length ? commas : blanks).map((at) => [at, at + 1]), ...angles.map((at) => [at, at])]
    .sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let from = 0;
  for (const [end, next] of [...cuts, [trimmed.length, trimmed.length]]) {
    parts.push(trimmed.slice(from, end).trim());
    from = next;
  }
  return commas.length ? parts : parts.filter((p) => p !== '');
}

/** The text of the `<...>` or "..." strings that start `arg` (GNU's getstring), and the rest of it. */
function readStrings(arg: string): string {
  let out = '';
  let i = 0;
  while (i < arg.length && (arg[i] === '<' || arg[i] === '"')) {
    if (arg[i] === '<') {
      const end = angleEnd(arg, i);
      for (let j = i + 1; j < end; j++) out += arg[arg[j] === '!' ? ++j : j] ?? '';
      i = end + 1;
    } else {
      const end = quoteEnd(arg, i);
      let inner = '';
      for (let j = i + 1; j < end; j++) {
        if (arg[j] === '!' || (arg[j] === '"' && arg[j + 1] === '"')) j++;
        else if (arg[j] === '\\' && arg[j + 1] === '"') j++;
        inner += arg[j] ?? '';
      }
      out += `"${inner}"`;
      i = end + 1;
    }
  }
  return out + arg.slice(i);
}

/**
 * The arguments of a macro invocation or `.irp` in alternate mode (or a parameter's default
 * value, read when the macro is defined), from their scrubbed text: `%EXPR` becomes
 * `evaluate(EXPR)` in decimal (GNU's error if it throws), `<...>` strings their contents. There
 * are no keyword arguments in this mode (`b=1` is one positional argument, as in GNU as).
 */
export function alternateArguments(text: string, evaluate: (expr: string) => bigint | number): string[] {
  return splitAlternate(text).map((arg) => {
    if (arg.startsWith('%')) {
      let value: bigint | number;
      try {
        value = evaluate(arg.slice(1));
      } catch (e) {
        if (e instanceof StatementError) throw new StatementError('% operator needs absolute expression', 0);
        throw e;
      }
      return String(value);
    }
    return arg.startsWith('<') || arg.startsWith('"') ? readStrings(arg) : arg;
  });
}

/**
 * Substitute in one body line, in alternate mode: bare parameter names, `&NAME`, `NAME&`,
 * `\NAME`, `\@` (`counter`) and `\()`. Other names, and other characters, are copied.
 */
export function substituteAlternate(line: string, values: ReadonlyMap<string, string>, counter: number): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (c === '\\' && line[i + 1] === '@') {
      out += String(counter);
      i += 2;
    } else if (c === '\\' && line.startsWith('()', i + 1)) {
      i += 3;
    } else if (c === '&' || c === '\\' || NAME_START.test(c)) {
      const start = c === '&' || c === '\\' ? i + 1 : i;
      const end = nameEnd(line, start);
      const name = line.slice(start, end);
      const next = line[end] === '&' ? end + 1 : end; // a trailing `&` joins, and goes
      const value = name === '' ? undefined : values.get(name);
      if (value !== undefined) out += value;
      else if (c === '&') out += `&${name}${next > end ? '&' : ''}`;
      else out += (c === '\\' ? '\\' : '') + name;
      i = Math.max(next, i + 1);
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** The names a body line declares with `LOCAL a, b` (any case), or null if it is not such a line. */
export function localNames(line: string): string[] | null {
  const m = /^\s*local\s+(.*)$/i.exec(line);
  if (!m) return null;
  return m[1].split(/[\s,]+/).filter((n) => n !== '');
}

/**
 * A body expanded in alternate mode: each line substituted (substituteAlternate), `LOCAL` lines
 * giving their names the symbols `newLocal()` makes (and producing no line).
 */
export function expandAlternate(
  body: readonly string[], values: ReadonlyMap<string, string>, counter: number, newLocal: () => string,
): string[] {
  const scope = new Map(values);
  const out: string[] = [];
  for (const line of body) {
    const locals = localNames(line);
    if (locals) for (const name of locals) scope.set(name, newLocal());
    else out.push(substituteAlternate(line, scope, counter));
  }
  return out;
}

/** GNU's name for the `n`th (from 1) LOCAL symbol of an assembly: `.LL` and four hex digits. */
export function localSymbolName(n: number): string {
  return `.LL${n.toString(16).padStart(4, '0')}`;
}
