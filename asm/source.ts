/**
 * Source text → lines of code. Comments never reach the grammar: block comments (which may span
 * lines) are blanked when the text is split, and codeSpan() finds where a line's code starts
 * and ends, leaving out indentation, a "#" comment and trailing blanks. Columns stay those of
 * the original line. Strings and character literals are skipped, so a "#" or "/*" inside
 * them is not taken for a comment.
 */
import { charValue } from './escapes.js';

/** Split `text` into lines (without their "\n"), blanking block comments. */
export function splitLines(text: string): string[] {
  return (text.includes('/*') ? blankBlockComments(text) : text).split('\n');
}

/** Index just past a string or character literal starting at `i` (quote `q`), within `text`. */
function skipLiteral(text: string, i: number, q: string): number {
  if (q === "'") return i + (text[i + 1] === '\\' ? 3 : 2);
  i++;
  while (i < text.length && text[i] !== '"' && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}

function blankBlockComments(text: string): string {
  const out: string[] = [];
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"' || c === "'") {
      i = skipLiteral(text, i, c);
    } else if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      out.push(text.slice(copied, i), text.slice(i, stop).replace(/[^\n]/g, ' '));
      copied = i = stop;
    } else {
      i++;
    }
  }
  out.push(text.slice(copied));
  return out.join('');
}

const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 13 || c === 11 || c === 12;

/** Where the code of `line` lies: from its first non-blank to before a "#" comment and trailing blanks. */
export function codeSpan(line: string): { start: number; end: number } {
  let start = 0;
  while (start < line.length && isBlank(line.charCodeAt(start))) start++;
  let end = line.length;
  for (let i = start; i < line.length;) {
    const c = line[i];
    if (c === '#') {
      end = i;
      break;
    }
    i = c === '"' || c === "'" ? skipLiteral(line, i, c) : i + 1;
  }
  while (end > start && isBlank(line.charCodeAt(end - 1)) && !endsCharLiteral(line, end)) end--;
  return { start, end };
}

/** Whether the blank before `end` in `line` is a character literal's own (`'\ `: a space), not one to trim. */
const endsCharLiteral = (line: string, end: number): boolean => line[end - 2] === '\\' && line[end - 3] === "'";

/**
 * Where the ";"-separated statement of `line`'s code that holds column `at` (0-based) lies: its
 * first to its last non-blank, ";" inside strings and character literals not counted. Left of
 * the code it is the first statement, right of it the last.
 */
export function statementSpan(line: string, at: number): { start: number; end: number } {
  const spans = statementSpans(line);
  const span = spans.find((s) => at <= s.end) ?? spans[spans.length - 1];
  return trimSpan(line, span.start, span.end);
}

/** Where each ";"-separated statement of `line`'s code lies (from after one ";" to before the next; ";" inside strings and character literals not counted). */
export function statementSpans(line: string): { start: number; end: number }[] {
  const code = codeSpan(line);
  const spans: { start: number; end: number }[] = [];
  let start = code.start;
  for (let i = code.start; i < code.end;) {
    const c = line[i];
    if (c === ';') {
      spans.push({ start, end: i });
      start = ++i;
    } else {
      i = c === '"' || c === "'" ? skipLiteral(line, i, c) : i + 1;
    }
  }
  spans.push({ start, end: code.end });
  return spans;
}

function trimSpan(line: string, start: number, end: number): { start: number; end: number } {
  while (start < end && isBlank(line.charCodeAt(start))) start++;
  while (end > start && isBlank(line.charCodeAt(end - 1)) && !endsCharLiteral(line, end)) end--;
  return { start, end };
}

/** The end of the run of characters from `i` on that scrubBlanks keeps as they are (no quote, no blank). */
function plainRunEnd(text: string, i: number): number {
  let j = i;
  for (let c = text.charCodeAt(j); j < text.length && c !== 0x22 && c !== 0x27 && !isBlank(c); c = text.charCodeAt(++j));
  return j;
}

/** Characters between which GNU as's input scrubber keeps a blank. */
const WORD = /^[\w.$\\"\u0080-\uffff]$/;

/**
 * `text` as GNU as's input scrubber leaves it: outside "strings", a run of blanks becomes one
 * space between two word characters and disappears elsewhere (`addi a0, a0, 1 + 2` is
 * `addi a0,a0,1+2`), and a character constant (`'c'`, or `'c` with no closing quote; escapes
 * too) becomes its decimal value. GNU quotes statements so in its messages, and reads macro
 * arguments and `.ifc` so.
 */
export function scrubBlanks(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const plain = plainRunEnd(text, i);
    if (plain > i + 1) { // a run of characters kept as they are, copied at once (a macro argument may be megabytes)
      out += text.slice(i, plain);
      i = plain - 1;
    } else if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j;
    } else if (c === "'" && i + 1 < text.length) {
      const body = text.slice(i + 1, i + (text[i + 1] === '\\' && i + 2 < text.length ? 3 : 2));
      out += String(charValue(body));
      i += body.length;
      if (text[i + 1] === "'") i++;
    } else if (isBlank(text.charCodeAt(i))) {
      let j = i;
      while (isBlank(text.charCodeAt(j + 1))) j++;
      if (WORD.test(out[out.length - 1] ?? '') && WORD.test(text[j + 1] ?? '')) out += ' ';
      i = j;
    } else {
      out += c;
    }
  }
  return out;
}
