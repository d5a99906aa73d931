/**
 * Source text → lines of code. Comments never reach the grammar: block comments (which may span
 * lines) are blanked when the text is split, and codeSpan() finds where a line's code starts
 * and ends, leaving out indentation, a "#" comment and trailing blanks. Columns stay those of
 * the original line. Strings and character literals are skipped, so a "#" or "/*" inside
 * them is not taken for a comment.
 */
import { charValue } from './escapes.js';

/** Where a line of a file is, for messages: its file (null: the file itself) and its 1-based number. */
export interface LinePlace {
  file: string | null;
  line: number;
}

/**
 * Split `text` into lines (without their "\n"), blanking block comments. A block comment that
 * spans lines joins them, as GNU as reads it as one blank (`addi a0, a0, /* ... \n ... *\/ 1` is
 * one statement); and a C preprocessor's line marker (`# 10 "orig.S"`, a line of `gcc -E`
 * output) says where the lines after it come from. `places` gives each line's place then (null
 * when every line is the file's own line of its number).
 */
export function splitLines(text: string): { lines: string[]; places: LinePlace[] | null } {
  const { lines, firstLines } = text.includes('/*') ? joinBlockComments(text) : { lines: text.split('\n'), firstLines: null };
  const marked = lines.some((l) => LINE_MARKER.test(l));
  if (!firstLines && !marked) return { lines, places: null };
  const places: LinePlace[] = [];
  let file: string | null = null;
  let offset = 0; // what to add to a line's own number for its number in `file`
  for (let k = 0; k < lines.length; k++) {
    const own = firstLines ? firstLines[k] : k + 1;
    places.push({ file, line: own + offset });
    const marker = marked ? LINE_MARKER.exec(lines[k]) : null;
    if (marker && marker[1] === '0' && marker[2] === '' && /\b2\b/.test(marker[3])) {
      file = null; // `# 0 "" 2`, gcc's end of an inline asm: back to the file's own lines, as GNU as
      offset = 0;
    } else if (marker) {
      file = marker[2];
      offset = Number(marker[1]) - (own + 1); // the next line is line N of the file named
    }
  }
  return { lines, places };
}

/** A line marker as cpp writes it: `# LINE "FILE"` and flags (1: a file entered, 2: one returned to). */
const LINE_MARKER = /^#\s+(\d+)\s+"((?:[^"\\]|\\.)*)"((?:[ \t]+\d+)*)/;

/** The lines of `text` with its block comments blanked and those spanning lines joining them; the 1-based number of each one's first line. */
function joinBlockComments(text: string): { lines: string[]; firstLines: number[] | null } {
  const blanked = blankBlockComments(text);
  const lines = blanked.text.split('\n');
  if (blanked.joins.length === 0) return { lines, firstLines: null };
  const firstLines: number[] = [];
  let line = 1, at = 0, next = 0; // the physical line, where the line starts in the text, the next join to count
  for (const l of lines) {
    firstLines.push(line);
    at += l.length + 1;
    line++;
    for (; next < blanked.joins.length && blanked.joins[next] < at; next++) line++;
  }
  return { lines, firstLines };
}

/** Index just past a string or character literal starting at `i` (quote `q`), within `text`. */
function skipLiteral(text: string, i: number, q: string): number {
  if (q === "'") return i + (text[i + 1] === '\\' ? 3 : 2);
  i++;
  while (i < text.length && text[i] !== '"' && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}

/**
 * `text` with each block comment blanked, its newlines too (the lines it spans joined), and
 * where in the result each of those newlines was.
 */
function blankBlockComments(text: string): { text: string; joins: number[] } {
  const out: string[] = [];
  const joins: number[] = [];
  let length = 0; // of what `out` holds
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
      const before = text.slice(copied, i);
      out.push(before);
      length += before.length;
      for (let j = i; j < stop; j++) if (text.charCodeAt(j) === 10) joins.push(length + j - i);
      out.push(' '.repeat(stop - i));
      length += stop - i;
      copied = i = stop;
    } else {
      i++;
    }
  }
  out.push(text.slice(copied));
  return { text: out.join(''), joins };
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
