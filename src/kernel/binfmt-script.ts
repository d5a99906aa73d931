/**
 * `#!` scripts, as Linux's binfmt_script reads them (fs/binfmt_script.c, Linux 5.1 and later):
 * the first 256 bytes of a file that starts with "#!" name an interpreter and, optionally, one
 * argument; execve runs the interpreter with argv [interpreter, argument, the script's path,
 * argv[1]...].
 */
import type { ExecArgs } from './exec.js';

/** The bytes of a file's start that execve reads (Linux's BINPRM_BUF_SIZE). */
export const SCRIPT_HEAD_BYTES = 256;

/** A script's interpreter line: the interpreter's path and its optional argument. */
export interface ScriptLine { interpreter: Uint8Array; argument: Uint8Array | null }

const spaceOrTab = (b: number): boolean => b === 0x20 || b === 0x09;
/** What ends the interpreter's name: a blank or a NUL. */
const terminator = (b: number): boolean => spaceOrTab(b) || b === 0;

/**
 * The interpreter line of a file whose first bytes are `head` (as many as it has, up to 256):
 * null if it is no script; 'noexec' (ENOEXEC) if the line names no interpreter, or if it has no
 * newline and the interpreter's name may have been cut by the 256 bytes. The argument is the
 * rest of the line after the name and its blanks, trailing blanks dropped, cut at a NUL.
 */
export function scriptLine(head: Uint8Array): ScriptLine | null | 'noexec' {
  if (head.length < 2 || head[0] !== 0x23 || head[1] !== 0x21) return null;
  const buf = new Uint8Array(SCRIPT_HEAD_BYTES); // NUL past the file's end, as Linux's buffer
  buf.set(head.subarray(0, SCRIPT_HEAD_BYTES));
  const last = SCRIPT_HEAD_BYTES - 1;
  let end = buf.indexOf(0x0a);
  if (end < 0) {
    // Linux's next_non_spacetab and next_terminator, up to the buffer's last byte included.
    let name = 2;
    while (name <= last && spaceOrTab(buf[name])) name++;
    if (name > last) return 'noexec';
    let after = name;
    while (after <= last && !terminator(buf[after])) after++;
    if (after > last) return 'noexec'; // the name may go on past the buffer
    end = last;
  }
  while (end > 2 && spaceOrTab(buf[end - 1])) end--;
  let name = 2;
  while (name < end && spaceOrTab(buf[name])) name++;
  if (name >= end) return 'noexec';
  let separator = name;
  while (separator < end && !terminator(buf[separator])) separator++;
  let argument: Uint8Array | null = null;
  if (separator < end && buf[separator] !== 0) {
    let from = separator;
    while (from < end && spaceOrTab(buf[from])) from++;
    if (from < end) argument = cutAtNul(buf.slice(from, end));
  }
  return { interpreter: cutAtNul(buf.slice(name, separator)), argument };
}

function cutAtNul(bytes: Uint8Array): Uint8Array {
  const nul = bytes.indexOf(0);
  return nul < 0 ? bytes : bytes.subarray(0, nul);
}

/**
 * The arguments the interpreter runs with: `args`' argv with its first element replaced by
 * `scriptPath` (the path execve was given, or the interpreter before this one), preceded by
 * the interpreter and its argument. The environment and AT_EXECFN stay.
 */
export function interpreterArgs(args: ExecArgs, line: ScriptLine, scriptPath: Uint8Array): ExecArgs {
  const front = line.argument ? [line.interpreter, line.argument] : [line.interpreter];
  return { ...args, argv: [...front, scriptPath, ...args.argv.slice(1)] };
}
