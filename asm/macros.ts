/**
 * GNU as's text-level repetition and macros: `.rept N`, `.irp SYM, VALUES...`, `.irpc SYM, CHARS`
 * (each ended by `.endr`) and `.macro NAME ARGS` ... `.endm`, with `\ARG` substitution, default
 * values (`ARG=VALUE`), qualifiers (`ARG:req`, a last `ARG:vararg`), `\@` (the number of macro
 * expansions so far) and `\()` (nothing, to separate an argument from text that follows).
 * Bodies are lines of text, expanded before they are parsed, as GNU as does. Messages are GNU's.
 */
import { expandAlternate } from './altmacro.js';
import { StatementError } from './errors.js';
import { charValue } from './escapes.js';
import { codeSpan, scrubBlanks } from './source.js';

export interface MacroParam {
  name: string;
  default: string;
  /** `:req`: an invocation must give it a value. */
  required: boolean;
  /** `:vararg` (the last parameter only): it takes all the remaining arguments. */
  vararg: boolean;
}

export interface MacroDef {
  name: string;
  params: MacroParam[];
  body: string[];
}

/**
 * A block (`.macro`, `.rept`...) still open at the end of the file; the rest of the file is its
 * body. `atEnd`: GNU as reports it at the end of the file, not at the block's first line.
 */
export class UnterminatedBlockError extends StatementError {
  constructor(message: string, readonly atEnd: boolean) {
    super(message, 0);
  }
}

/** GNU as's other names for the repetition directives. */
const BLOCK_ALIASES: Record<string, string> = { '.rep': '.rept', '.irep': '.irp', '.irepc': '.irpc' };

/** The directive a line starts with (lower case, with its dot; `.rep` `.irep` `.irepc` by their usual names), and the rest of its code; null if none. */
export function leadingDirective(line: string): { name: string; rest: string; col: number } | null {
  const { start, end } = codeSpan(line);
  const code = line.slice(start, end);
  const m = /^(\.[A-Za-z_]+)(?=\s|$)\s*(.*)$/.exec(code);
  if (!m) return null;
  const name = m[1].toLowerCase();
  return { name: BLOCK_ALIASES[name] ?? name, rest: m[2], col: start };
}

/** The first word of a line's code (a mnemonic or macro name), and the rest. */
export function leadingWord(line: string): { word: string; rest: string } | null {
  const { start, end } = codeSpan(line);
  const m = /^([A-Za-z_.$\u0080-\uffff][\w.$\u0080-\uffff]*)(?:\s+(.*))?$/.exec(line.slice(start, end));
  return m ? { word: m[1], rest: m[2] ?? '' } : null;
}

const OPENERS = new Set(['.rept', '.irp', '.irpc', '.macro']);

/**
 * The body of a block opened at `lines[at]`: the lines up to its matching `.endr`/`.endm`
 * (nested blocks included), and the index of that closing line. Throws if it never closes.
 */
export function blockBody(
  lines: readonly string[], at: number, closer: '.endr' | '.endm', unterminated: string, atEnd = false,
): { body: string[]; end: number } {
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
  throw new UnterminatedBlockError(unterminated, atEnd);
}

/**
 * Split an argument list (blanks scrubbed) as GNU as does: at every comma and every blank outside
 * quotes, a comma with blanks around it being one separator (`1, 2 3` is three arguments);
 * parentheses do not group (`(x, y)` is `(x` and `y)`).
 */
export function splitArguments(text: string, starts: number[] = []): string[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const parts: string[] = [];
  starts.push(0);
  let quoted = false;
  let start = 0; // where the current argument starts
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed[i];
    if (c === '"' && trimmed[i - 1] !== '\\') quoted = !quoted;
    if (quoted || (c !== ',' && c !== ' ' && c !== '\t')) continue;
    // A separator: a comma, or blanks, or blanks around one comma.
    let j = i;
    while (trimmed[j + 1] === ' ' || trimmed[j + 1] === '\t') j++;
    if (c !== ',' && trimmed[j + 1] === ',') for (j++; trimmed[j + 1] === ' ' || trimmed[j + 1] === '\t'; j++);
    parts.push(trimmed.slice(start, i));
    i = j;
    start = j + 1;
    starts.push(start);
  }
  parts.push(trimmed.slice(start));
  return parts;
}

/** The name a `.macro NAME PARAMS` line defines (the text after `.macro`). */
export function macroName(rest: string): string {
  const m = /^([A-Za-z_.$\u0080-\uffff][\w.$\u0080-\uffff]*)/.exec(rest.trim());
  if (!m) throw new StatementError('Missing macro name', 0);
  return m[1];
}

/**
 * The arguments of a macro invocation or `.irp`, as GNU as reads them: blanks scrubbed (`1 + 2`
 * is `1+2`, `a b` stays two arguments; source.ts), the list split (splitArguments), and an
 * argument that is one "string" loses its quotes (what is inside stays as it is: `\"` too, for
 * the string the macro's body makes of it).
 */
export function macroArguments(text: string): MacroArguments {
  const scrubbed = scrubBlanks(text).trim();
  const starts: number[] = [];
  const args = splitArguments(scrubbed, starts);
  // A comma that ends the list opens no argument (`m 5,`), as GNU's loop stops at the line's end.
  if (args.length > 1 && args[args.length - 1] === '' && scrubbed.endsWith(',')) args.pop();
  const values = args.map(unquote);
  return Object.assign(values, { rest: (i: number): string => scrubbed.slice(starts[i]) });
}

/**
 * A macro invocation's arguments; `rest(i)`, the text from argument i to the end of the line as
 * it stands (quotes, blanks and commas kept), is what a `:vararg` parameter takes, as in GNU as.
 */
export type MacroArguments = string[] & { rest?: (i: number) => string };

/** An argument or default value written as one string in double quotes stands for its contents, as in GNU as. */
function unquote(arg: string): string {
  return isOneString(arg) ? arg.slice(1, -1) : arg;
}

/** Whether `arg` is one "string" (escapes inside it), scanned once: a regex ran out of stack on megabytes. */
function isOneString(arg: string): boolean {
  if (arg.length < 2 || arg[0] !== '"') return false;
  for (let i = 1; i < arg.length; i++) {
    if (arg[i] === '\\') i++;
    else if (arg[i] === '"') return i === arg.length - 1;
  }
  return false;
}

/** Parse `.macro NAME PARAMS` (the text after `.macro`). */
export function macroHeader(rest: string, body: string[]): MacroDef {
  const name = macroName(rest);
  // Blanks around a default's `=` or a qualifier's `:` join them to the parameter, as GNU reads `a = 1`.
  const list = rest.trim().slice(name.length).replace(/^\s*,/, '').replace(/\s*([=:])\s*/g, '$1');
  // A parameter left empty by its commas (`.macro m,` or `a,,b`) is GNU's error.
  if (/,\s*$|,\s*,/.test(rest.trim().slice(name.length))) throw new StatementError(`Bad parameter list for macro \`${name}'`, 0);
  const seen = new Set<string>();
  const params = splitArguments(list).map((p): MacroParam => {
    const [spec, ...value] = p.split('=');
    const m = /^\s*([A-Za-z_]\w*)\s*(?::\s*(\w*))?\s*$/.exec(spec);
    if (!m) throw new StatementError(`Bad parameter list for macro \`${name}'`, 0);
    if (m[2] !== undefined && m[2] !== 'req' && m[2] !== 'vararg') {
      throw new StatementError(`\`${m[2]}' is not a valid parameter qualifier for \`${m[1]}' in macro \`${name}'`, 0);
    }
    if (seen.has(m[1])) throw new StatementError(`A parameter named \`${m[1]}' already exists for macro \`${name}'`, 0);
    seen.add(m[1]);
    return { name: m[1], default: unquote(value.join('=').trim()), required: m[2] === 'req', vararg: m[2] === 'vararg' };
  });
  if (params.slice(0, -1).some((p) => p.vararg)) throw new StatementError(`Bad parameter list for macro \`${name}'`, 0);
  return { name, params, body };
}

/**
 * Replace `\NAME` (a parameter named by the whole identifier; an apostrophe right after the name
 * ends it and goes, `\a'b`, as in GNU as), `\@` and `\()` in `line`; and, as GNU as does,
 * `&NAME` (with an optional closing `&`) where NAME is a parameter, in strings too (`.ascii
 * "&str"`; `.byte 6&n` with n = 3 is `.byte 63`). Another `&NAME` stays as it is. A character
 * constant outside strings (`'\n`, `'c`, `'c'`) becomes its decimal value first, as GNU's input
 * scrubber has made it before the macro is expanded: `'\n` is 10 even in a macro with a parameter
 * n, and `\a'1` is `\a49`.
 */
export function substitute(line: string, values: ReadonlyMap<string, string>, counter: number): string {
  if (!line.includes('\\') && !line.includes('&')) return line;
  const replace = (whole: string, special?: string, name?: string, ampersand?: string): string => {
    if (ampersand !== undefined) return values.get(ampersand) ?? whole;
    if (special !== undefined) return special === '@' ? String(counter) : '';
    return values.get(name!) ?? `\\${name}`; // the apostrophe goes even so, as in GNU as
  };
  const scrubbed = line.replace(/"(?:[^"\\]|\\.)*"?|'(\\[\s\S]|[\s\S])'?/g, (whole, character?: string) =>
    character === undefined ? whole : String(charValue(character)));
  return scrubbed.replace(/\\(\(\)|@)|\\([A-Za-z_]\w*)'?|&([A-Za-z_]\w*)&?/g, replace);
}

/**
 * The lines of a macro invocation with arguments `args` (by position or `NAME=VALUE`), and GNU's
 * errors for it (the lines are expanded even so, as GNU as does, but for a positional argument
 * after a keyword one: no lines then). `newLocal`, in alternate mode (`.altmacro`): arguments are
 * all positional, the body is substituted as altmacro.ts says, `LOCAL` names taking the symbols
 * it makes.
 */
export function expandMacro(
  def: MacroDef, args: Readonly<MacroArguments>, counter: number, newLocal: (() => string) | null = null,
): { lines: string[]; errors: string[]; warnings: string[] } {
  const values = new Map(def.params.map((p) => [p.name, p.default]));
  const given = new Set<string>(), specified = new Set<string>();
  const errors: string[] = [], warnings: string[] = [];
  let position = 0;
  let keyword = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const named = newLocal ? null : /^([A-Za-z_]\w*)\s*=(.*)$/.exec(arg);
    if (named) {
      keyword = true;
      if (!values.has(named[1])) {
        errors.push(`Parameter named \`${named[1]}' does not exist for macro \`${def.name}'`);
        continue;
      }
      // An empty value (`a=`, `a=""`) is the default, as an empty positional argument; a second
      // value for one parameter replaces the first, with GNU's warning.
      if (specified.has(named[1])) warnings.push(`Value for parameter \`${named[1]}' of macro \`${def.name}' was already specified`);
      const value = unquote(named[2].trim());
      values.set(named[1], value !== '' ? value : def.params.find((p) => p.name === named[1])!.default);
      given.add(named[1]);
      if (value !== '') specified.add(named[1]);
      continue;
    }
    if (keyword) {
      errors.push("can't mix positional and keyword arguments");
      return { lines: [], errors, warnings };
    }
    const param = def.params[position++];
    if (!param) throw new StatementError('too many positional arguments', 0);
    if (param.vararg) {
      values.set(param.name, args.rest ? args.rest(i) : args.slice(i).join(','));
      given.add(param.name);
      break;
    }
    if (arg !== '') {
      values.set(param.name, arg);
      given.add(param.name);
      specified.add(param.name);
    }
  }
  for (const p of def.params) {
    if (p.required && (!given.has(p.name) || values.get(p.name) === '')) {
      errors.push(`Missing value for required parameter \`${p.name}' of macro \`${def.name}'`);
    }
  }
  const lines = newLocal ? expandAlternate(def.body, values, counter, newLocal) : def.body.map((line) => substitute(line, values, counter));
  return { lines, errors, warnings };
}
