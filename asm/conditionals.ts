/**
 * GNU as's conditional assembly: `.if EXPR` (and `.ifeq .ifne .ifgt .ifge .iflt .ifle`),
 * `.ifdef`/`.ifndef`/`.ifnotdef SYM`, `.ifc`/`.ifnc A,B`, `.ifeqs`/`.ifnes "A","B"`,
 * `.ifb`/`.ifnb TEXT`, then `.elseif EXPR`, `.else`, `.endif`, nested. Lines are skipped as GNU
 * as skips them (binutils gas/cond.c): while ignoring, only these directives are looked at.
 * The messages are GNU's.
 */
import { AssemblyError, StatementError, type SourcePosition } from './errors.js';
import { codeSpan, scrubBlanks } from './source.js';
import type { Int } from './int64.js';

/** The conditional and macro-control directives: those read even in lines being skipped (but `.exitm`). */
/** GNU as's other names for some of them. */
const CONTROL_ALIASES: Record<string, string> = { '.endc': '.endif', '.elsec': '.else', '.mexit': '.exitm' };

const CONTROL = new Set([
  '.if', '.ifeq', '.ifne', '.ifgt', '.ifge', '.iflt', '.ifle', '.ifdef', '.ifndef', '.ifnotdef', '.ifc', '.ifnc',
  '.ifeqs', '.ifnes', '.ifb', '.ifnb', '.elseif', '.else', '.endif', '.exitm',
]);

/**
 * If the code of `line` is a conditional directive or `.exitm` (lower-cased name), it and the
 * text after it; else null. Cheap for other lines: it looks at one or two characters first.
 */
export function controlDirective(line: string): { name: string; rest: string; col: number } | null {
  let i = 0;
  while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
  if (line.charCodeAt(i) !== 46 /* . */) return null;
  const next = line.charCodeAt(i + 1) | 0x20;
  if (next !== 0x69 /* i */ && next !== 0x65 /* e */ && next !== 0x6d /* m: .mexit */) return null;
  const { end } = codeSpan(line);
  const m = /^\.([A-Za-z]+)(?=\s|$)\s*/.exec(line.slice(i, end));
  if (!m) return null;
  const lower = `.${m[1].toLowerCase()}`;
  const name = CONTROL_ALIASES[lower] ?? lower;
  return CONTROL.has(name) ? { name, rest: line.slice(i + m[0].length, end), col: i } : null;
}

/** How a `.ifXX EXPR` (or `.elseif`) tests its value (a bigint Int is never 0; see int64.ts). */
export const VALUE_TESTS: ReadonlyMap<string, (n: Int) => boolean> = new Map<string, (n: Int) => boolean>([
  ['.if', (n) => n !== 0], ['.elseif', (n) => n !== 0], ['.ifne', (n) => n !== 0], ['.ifeq', (n) => n === 0],
  ['.ifgt', (n) => n > 0], ['.ifge', (n) => n >= 0], ['.iflt', (n) => n < 0], ['.ifle', (n) => n <= 0],
]);

/**
 * `.ifc A,B`: whether the two strings, up to and after the first comma, are the same
 * (case-sensitive), as GNU's scrubber leaves them (so on RISC-V `'a b'` is no quoted string).
 */
export function sameStrings(rest: string): boolean {
  const text = scrubBlanks(rest);
  const comma = text.indexOf(',');
  if (comma < 0) throw new StatementError('bad format for ifc or ifnc', 0);
  return text.slice(0, comma).trim() === text.slice(comma + 1).trim();
}

/** `.ifeqs "A", "B"`: whether the two double-quoted strings are equal. */
export function sameQuotedStrings(rest: string): boolean {
  const m = /^\s*"((?:[^"\\]|\\.)*)"\s*,\s*"((?:[^"\\]|\\.)*)"\s*$/.exec(rest);
  if (m) return m[1] === m[2];
  throw new MalformedConditionalError(/^\s*"/.test(rest) ? '.ifeqs syntax error' : 'missing string', 0);
}

/** A conditional GNU as does not open at all (`.ifeqs` without two strings). */
export class MalformedConditionalError extends StatementError {}

interface Frame {
  ignoring: boolean;
  /** A branch was taken already, or the whole conditional is inside skipped lines. */
  dead: boolean;
  ifAt: SourcePosition;
  elseAt: SourcePosition | null;
}

/** The open conditionals of one file or expansion, and whether its lines are being skipped. */
export class Conditionals {
  private readonly frames: Frame[] = [];

  /** Whether lines are being skipped. */
  get ignoring(): boolean {
    return this.frames.length > 0 && this.frames[this.frames.length - 1].ignoring;
  }

  /**
   * A `.if...` at `at`: `test` (called only when its outcome matters) says whether its lines are
   * assembled. If `test` throws, the conditional is opened as false (not at all for a
   * MalformedConditionalError) and the error passed on.
   */
  open(at: SourcePosition, test: () => boolean): void {
    const dead = this.ignoring;
    const frame: Frame = { ignoring: true, dead, ifAt: at, elseAt: null };
    this.frames.push(frame);
    try {
      if (!dead) frame.ignoring = !test();
    } catch (e) {
      if (e instanceof MalformedConditionalError) this.frames.pop();
      throw e;
    }
  }

  /** `.elseif` at `at`; returns GNU's errors (none if it is in place). */
  elseif(at: SourcePosition, test: () => boolean): AssemblyError[] {
    const frame = this.frames[this.frames.length - 1];
    if (!frame) return [new AssemblyError('".elseif" without matching ".if"', at)];
    const errors = frame.elseAt ? this.misplaced('".elseif" after ".else"', frame, at) : [];
    if (!frame.elseAt) {
      frame.dead ||= !frame.ignoring;
      frame.ignoring = frame.dead;
    }
    if (!frame.ignoring) frame.ignoring = !test();
    return errors;
  }

  /** `.else` at `at`; returns GNU's errors (none if it is in place). */
  else(at: SourcePosition): AssemblyError[] {
    const frame = this.frames[this.frames.length - 1];
    if (!frame) return [new AssemblyError('".else" without matching ".if"', at)];
    if (frame.elseAt) return this.misplaced('duplicate ".else"', frame, at);
    frame.ignoring = frame.dead || !frame.ignoring;
    frame.elseAt = at;
    return [];
  }

  /** `.endif` at `at`; returns GNU's error if no conditional is open. */
  endif(at: SourcePosition): AssemblyError[] {
    if (this.frames.pop() === undefined) return [new AssemblyError('".endif" without ".if"', at)];
    return [];
  }

  /** At the end of a file or expansion (`inMacro`) at `end`: GNU's errors for a conditional left open. */
  unterminated(end: SourcePosition, inMacro: boolean): AssemblyError[] {
    const frame = this.frames[this.frames.length - 1];
    if (!frame) return [];
    const errors = [
      new AssemblyError(`end of ${inMacro ? 'macro' : 'file'} inside conditional`, end),
      new AssemblyError('here is the start of the unterminated conditional', frame.ifAt),
    ];
    if (frame.elseAt) errors.push(new AssemblyError('here is the "else" of the unterminated conditional', frame.elseAt));
    return errors;
  }

  private misplaced(message: string, frame: Frame, at: SourcePosition): AssemblyError[] {
    return [
      new AssemblyError(message, at),
      new AssemblyError('here is the previous ".else"', frame.elseAt!),
      new AssemblyError('here is the previous ".if"', frame.ifAt),
    ];
  }
}
