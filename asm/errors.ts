/** Assembly errors: `file:line:col: message`, the source line and a caret under the column. */

/**
 * An error of the source being assembled, made without a stack trace: capturing one was four
 * fifths of assembling a source with many errors (100,000 erring lines took 1.9 s, 19 µs a
 * line), and nothing reads an assembly error's stack.
 */
class SourceError extends Error {
  constructor(message: string) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
  }
}

/** An error in one statement, at a 0-based column of the parsed text; located by the caller. */
export class StatementError extends SourceError {
  constructor(message: string, readonly col: number) {
    super(message);
  }
}

/** A reference to a symbol not defined (yet, in pass 1). */
export class UndefinedSymbolError extends StatementError {}

export interface SourcePosition {
  file: string;
  /** 1-based line number. */
  line: number;
  /** 0-based column in the source line. */
  col: number;
  /** The whole source line, for the caret display. */
  text: string;
}

/** An error that is not tied to a statement (missing entry point, unreadable file...). */
export class AssemblyError extends SourceError {
  constructor(message: string, readonly position?: SourcePosition) {
    super(message);
  }
}

/** The longest source line an error shows whole; a longer one is shown around the column. */
const MAX_SHOWN_LINE = 200;

/** Render an error as GNU tools do, with the offending line and a caret below the column. */
export function formatError(message: string, pos: SourcePosition | undefined): string {
  if (!pos) return `error: ${message}`;
  const { text, caret } = shownLine(pos.text.replace(/\t/g, ' '), pos.col);
  return `${pos.file}:${pos.line}:${pos.col + 1}: ${message}\n${text}\n${' '.repeat(caret)}^`;
}

/** `text` as an error shows it, and the caret's column in it: a long line cut to 200 characters around `col`, `...` where cut. */
function shownLine(text: string, col: number): { text: string; caret: number } {
  if (text.length <= MAX_SHOWN_LINE) return { text, caret: col };
  const start = Math.max(0, Math.min(col - MAX_SHOWN_LINE / 2, text.length - MAX_SHOWN_LINE));
  const end = start + MAX_SHOWN_LINE;
  const head = start > 0 ? '...' : '';
  return { text: `${head}${text.slice(start, end)}${end < text.length ? '...' : ''}`, caret: col - start + head.length };
}

/** Render a warning as GNU tools do, like an error (formatError) but marked "warning:". */
export function formatWarning(message: string, pos: SourcePosition): string {
  return formatError(`warning: ${message}`, pos);
}

/** At most this many errors are shown; the rest are counted. */
const MAX_SHOWN = 50;

/**
 * All the errors of one assembly, reported together; with `inOrder` (the errors and the
 * formatted warnings in line order), the warnings among them too, as GNU as prints both.
 */
export class AssemblyErrors extends Error {
  constructor(readonly errors: AssemblyError[], inOrder: readonly (AssemblyError | string)[] = errors) {
    const shown: string[] = [];
    let count = 0;
    for (const item of inOrder) {
      if (typeof item !== 'string' && ++count > MAX_SHOWN) break;
      shown.push(typeof item === 'string' ? item : formatError(item.message, item.position));
    }
    if (errors.length > MAX_SHOWN) shown.push(`error: ${errors.length - MAX_SHOWN} more errors not shown`);
    super(shown.join('\n'));
  }
}
