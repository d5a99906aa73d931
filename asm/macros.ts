/**
 * GNU as's text-level repetition and macros: `.rept N`, `.irp SYM, VALUES...`, `.irpc SYM, CHARS`
 * (each ended by `.endr`) and `.macro NAME ARGS` ... `.endm`, with `\ARG` substitution, default
 * values (`ARG=VALUE`), `\@` (the number of macro expansions so far) and `\()` (nothing, to
 * separate an argument from text that follows). Bodies are lines of text, expanded before they
 * are parsed, as GNU as does.
 */
import { StatementError } from './errors.js';
import { codeSpan } from './source.js';

export interface MacroDef {
  name: string;
  params: { name: string; default: string }[];
  body: string[];
}

/** The directive a line starts with (lower case, with its dot), and the rest of its code; null if none. */
export function leadingDirective(line: string): { name: string; rest: string; col: number } | null {
  const { start, end } = codeSpan(line);
  const code = line.slice(start, end);
  const m = /^(\.[A-Za-z_]+)(?=\s|$)\s*(.*)$/.exec(code);
  return m ? { name: m[1].toLowerCase(), rest: m[2], col: start } : null;
}

/** The first word of a line's code (a mnemonic or macro name), and the rest. */
export function leadingWord(line: string): { word: string; rest: string } | null {
  const { start, end } = codeSpan(line);
  const m = /^([A-Za-z_.$][\w.$]*)(?:\s+(.*))?$/.exec(line.slice(start, end));
  return m ? { word: m[1], rest: m[2] ?? '' } : null;
}

const OPENERS = new Set(['.rept', '.irp', '.irpc', '.macro']);

/**
 * The body of a block opened at `lines[at]`: the lines up to its matching `.endr`/`.endm`
 * (nested blocks included), and the index of that closing line. Throws if it never closes.
 */
export function blockBody(lines: readonly string[], at: number, closer: '.endr' | '.endm'): { body: string[]; end: number } {
  let depth = 0;
  for (let i = at + 1; i < lines.length; i++) {
    const d = leadingDirective(lines[i]);
    if (!d) continue;
    if (OPENERS.has(d.name)) depth++;
    else if (d.name === '.endr' || d.name === '.endm') {
      if (depth === 0) {
        if (d.name !== closer) throw new StatementError(`'${d.name}' where '${closer}' was expected`, d.col);
        return { body: lines.slice(at + 1, i), end: i };
      }
      depth--;
    }
  }
  throw new StatementError(`no '${closer}' for this block before the end of the file`, 0);
}

/** Split an argument list: by commas, or by blanks when there is no comma outside quotes. */
export function splitArguments(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  const hasComma = /,(?=(?:[^"]*"[^"]*")*[^"]*$)/.test(trimmed);
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed[i];
    if (c === '"' && trimmed[i - 1] !== '\\') quoted = !quoted;
    if (!quoted && c === '(') depth++;
    if (!quoted && c === ')') depth--;
    const separator = hasComma ? c === ',' : c === ' ' || c === '\t';
    if (!quoted && depth === 0 && separator) {
      if (hasComma || current !== '') parts.push(current.trim());
      current = '';
    } else {
      current += c;
    }
  }
  parts.push(current.trim());
  return parts;
}

/** Parse `.macro NAME PARAMS` (the text after `.macro`). */
export function macroHeader(rest: string, body: string[]): MacroDef {
  const m = /^([A-Za-z_.$][\w.$]*)\s*,?\s*(.*)$/.exec(rest.trim());
  if (!m) throw new StatementError(`'.macro' needs a name`, 0);
  const params = splitArguments(m[2]).map((p) => {
    const [name, ...value] = p.replace(/:req$|:vararg$/, '').split('=');
    if (!/^[A-Za-z_][\w]*$/.test(name.trim())) throw new StatementError(`bad macro parameter '${p}'`, 0);
    return { name: name.trim(), default: value.join('=').trim() };
  });
  return { name: m[1], params, body };
}

/** Replace `\NAME` (longest names first), `\@` and `\()` in `line`. */
export function substitute(line: string, values: ReadonlyMap<string, string>, counter: number): string {
  if (!line.includes('\\')) return line;
  const names = [...values.keys()].sort((a, b) => b.length - a.length);
  return line.replace(/\\(\(\)|@|[A-Za-z_]\w*)/g, (whole, name: string) => {
    if (name === '()') return '';
    if (name === '@') return String(counter);
    const known = names.find((n) => n === name);
    return known !== undefined ? values.get(known)! : whole;
  });
}

/** The lines of a macro invocation with arguments `args` (by position or `NAME=VALUE`). */
export function expandMacro(def: MacroDef, args: readonly string[], counter: number): string[] {
  const values = new Map(def.params.map((p) => [p.name, p.default]));
  args.forEach((arg, i) => {
    const named = /^([A-Za-z_]\w*)=(.*)$/.exec(arg);
    if (named && values.has(named[1])) values.set(named[1], named[2]);
    else if (i < def.params.length) {
      if (arg !== '') values.set(def.params[i].name, arg);
    } else throw new StatementError(`too many arguments for macro '${def.name}'`, 0);
  });
  return def.body.map((line) => substitute(line, values, counter));
}
