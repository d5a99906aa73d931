/**
 * GNU as's wording for errors in instructions. vmlab finds the error itself (with its column and
 * a precise reason); this gives the message GNU as prints for the same line, with vmlab's
 * reason after it where GNU says only `illegal operands`. `statement` is the statement as GNU
 * quotes it (blanks scrubbed, source.ts scrubBlanks).
 */
import { StatementError, UndefinedSymbolError } from './errors.js';

const SHIFTS = new Set(['slli', 'srli', 'srai']);

/** vmlab's reasons that GNU as reports as `illegal operands`. */
const OPERAND_ERROR = /^(?:wrong number of operands|wrong operands|operand \d+ of|bad register|missing operand|immediate out of range|expected a constant|expected an expression|bad fence operand|syntax error)/;

/** The message GNU as gives for error `message` in instruction `name` (written `statement`). */
export function gnuInstructionMessage(name: string, message: string, statement: string): string {
  if (message.startsWith('unknown instruction ')) return `unrecognized opcode \`${statement}'`;
  const range = /^immediate out of range: (-?\d+) is not in/.exec(message);
  if (range && SHIFTS.has(name)) return `improper shift amount (${BigInt.asUintN(64, BigInt(range[1]))})`;
  if (range && (name === 'lui' || name === 'auipc')) return `lui expression not in range 0..1048575`;
  const csr = /^CSR number out of range: (-?\d+)/.exec(message);
  if (csr) return `improper CSR address (${csr[1]})`;
  if (OPERAND_ERROR.test(message)) return `illegal operands \`${statement}': ${message}`;
  return message;
}

/** `e` (thrown for instruction `name`, written `statement`) with GNU's message; other errors unchanged. */
export function asGnuInstructionError(e: unknown, name: string, statement: string): unknown {
  if (!(e instanceof StatementError) || e instanceof UndefinedSymbolError) return e;
  const message = gnuInstructionMessage(name, e.message, statement);
  return message === e.message ? e : new StatementError(message, e.col);
}
