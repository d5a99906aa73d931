/**
 * vmlab's standard output, written straight to file descriptor 1. Node's `process.stdout` loads
 * its stream modules when first touched (about 5 ms of CPU at start-up, for every command that
 * prints); writes to fd 1 are synchronous, as `process.stdout`'s are on Linux for files, pipes
 * and terminals, so the output and its order are the same. Every command's standard output goes
 * through here (the sweep's summary table too).
 */
import { fstatSync, readSync, statSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import { constants } from 'node:os';
import { hostErrorWords, writeAll } from './files.js';
import { UsageError } from './usage-error.js';
import type { StdioStream } from '../kernel/openfile.js';

/** Whether write error `e` says the reader went away: EPIPE for a pipe, ECONNRESET for a socket (Node's child processes get socket pairs). */
export function readerWentAway(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'EPIPE' || code === 'ECONNRESET';
}

/**
 * Write `data` to standard output. A reader that goes away (vmlab ... | head) ends vmlab quietly
 * with the status so far, as for any Unix tool; another failure (a full disk) is a UsageError.
 */
export function writeOut(data: string | Uint8Array): void {
  try {
    writeAll(1, typeof data === 'string' ? Buffer.from(data) : data);
  } catch (e) {
    if (readerWentAway(e)) process.exit(process.exitCode ?? 0);
    throw new UsageError(`cannot write the standard output: ${hostErrorWords(e)}`);
  }
}

/**
 * Write vmlab's own message `text` to standard error, as `process.stderr.write` would (it is
 * synchronous for files, pipes and terminals), without loading Node's streams; if standard error
 * is gone or broken (a closed pipe), nothing is written and vmlab goes on.
 */
export function writeErr(text: string | Uint8Array): void {
  try {
    writeAll(2, typeof text === 'string' ? Buffer.from(text) : text);
  } catch {
    // Nowhere left to say it.
  }
}

/**
 * Write the guest's `data` to vmlab's standard output (`fd` 1) or error (2): true when written;
 * false if the reader has gone away (the kernel then gives the writer SIGPIPE, as Linux does for
 * a pipe with no reader); the host's errno, negated, if the write failed otherwise (-ENOSPC:
 * the guest's write gets it, as on Linux).
 */
export function writeGuestOut(data: Uint8Array, fd: 1 | 2 = 1): boolean | number {
  try {
    writeAll(fd, data);
    return true;
  } catch (e) {
    if (readerWentAway(e)) return false;
    const errno = hostErrno(e);
    if (errno === undefined) throw e;
    return -errno;
  }
}

/**
 * Up to `max` bytes of vmlab's standard input for the guest's: empty at its end (or when none is
 * ready yet on a non-blocking one); the host's errno, negated, if the read fails (-EISDIR for a
 * directory, -EBADF for a descriptor open for writing only), as the guest's read gets it on Linux.
 */
export function readGuestIn(max: number): Uint8Array | number {
  const buffer = Buffer.alloc(max);
  try {
    return buffer.subarray(0, readSync(0, buffer, 0, max, null));
  } catch (e) {
    const errno = (e as NodeJS.ErrnoException).code === 'EAGAIN' ? undefined : hostErrno(e);
    return errno === undefined ? new Uint8Array(0) : -errno;
  }
}

/** The errno of host error `e`, if it has one. */
function hostErrno(e: unknown): number | undefined {
  const code = (e as NodeJS.ErrnoException).code;
  return code ? (constants.errno as Record<string, number>)[code] : undefined;
}

/** Node's tty module, loaded when first needed: it loads the streams. */
const tty = (): typeof import('node:tty') => createRequire(import.meta.url)('node:tty') as typeof import('node:tty');

/** Whether host descriptor `fd` (`st`, its fstat) is a terminal, loading Node's tty module only for a character device other than /dev/null. */
function isTerminal(fd: number, st: Stats): boolean {
  return st.isCharacterDevice() && st.rdev !== statSync('/dev/null').rdev && tty().isatty(fd);
}

/** Whether standard output is a terminal. */
export function stdoutIsTTY(): boolean {
  return isTerminal(1, fstatSync(1));
}

/**
 * What host descriptor `fd` (0, 1 or 2: Node opens /dev/null for any closed one) is, as the
 * guest's fstat and terminal ioctls see the standard stream it is given as. A terminal's window
 * is the size of vmlab's standard output's terminal, else its standard error's (Node can tell
 * the size of those only), else 0 by 0, as a new pseudo-terminal's.
 */
export function hostStream(fd: number): StdioStream {
  const st = fstatSync(fd);
  if (!isTerminal(fd, st)) return { mode: st.mode, window: null };
  const sized = [process.stdout, process.stderr].find((s, i) => (fd === 0 || fd === i + 1) && s.isTTY);
  const [columns, rows] = sized ? sized.getWindowSize() : [0, 0];
  return { mode: st.mode, window: { rows, columns } };
}

