/**
 * Reading inputs and writing outputs for the CLI, with one-line errors. Outputs are written as GNU
 * tools write them, without changing what kind of file the target is: through a symlink to the file
 * it names; straight into a target that is not a regular file (a FIFO, a device); and into a regular
 * file (or a new one) through a temporary file renamed over it, so a failed run never leaves a
 * partial file.
 */
import {
  closeSync, constants, existsSync, fchmodSync, fstatSync, lstatSync, mkdirSync, openSync, readFileSync, readSync, readlinkSync, realpathSync, renameSync, statSync, unlinkSync, writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './usage-error.js';

/** The largest input vmlab reads (an executable, a source file, a page trace): 256 MiB. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/**
 * Read `path` whole, or throw a UsageError saying why not: a device, a FIFO (/dev/zero would
 * never end) or a file over MAX_INPUT_BYTES is refused before any byte is read.
 */
export function readInput(path: string): Buffer {
  const bytes = readInputOrWhy(path);
  if (typeof bytes === 'string') throw new UsageError(`cannot read '${path}': ${bytes}`);
  return bytes;
}

/**
 * vmlab's whole standard input (a pipe: `vmlab run ... --trace - | vmlab replay --refs-file -`),
 * refused past MAX_INPUT_BYTES as a file would be. Throws a UsageError.
 */
export function readStandardInput(): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.alloc(1 << 20);
    let n: number;
    try {
      n = readSync(0, chunk, 0, chunk.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1); continue; }
      if (code === 'EOF') break;
      throw new UsageError(`cannot read the standard input: ${hostErrorWords(e)}`);
    }
    if (n === 0) break;
    total += n;
    if (total > MAX_INPUT_BYTES) throw new UsageError('cannot read the standard input: too large (more than 256 MiB)');
    chunks.push(chunk.subarray(0, n));
  }
  return Buffer.concat(chunks);
}

/** `path`'s bytes as readInput reads them, or why they cannot be read ("not a regular file"). */
export function readInputOrWhy(path: string): Buffer | string {
  try {
    const st = statSync(path);
    if (st.isDirectory()) return 'is a directory';
    if (!st.isFile()) return 'not a regular file';
    if (st.size > MAX_INPUT_BYTES) return `too large (${st.size.toLocaleString('en-US')} bytes; at most 256 MiB)`;
    return readFileSync(path);
  } catch (e) {
    return hostErrorWords(e, 'no such file');
  }
}

/** What the host's errors mean, in words, for messages (others are shown by their code). */
const ERRNO_WORDS: Record<string, string> = {
  EACCES: 'permission denied', EPERM: 'operation not permitted', ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded', EFBIG: 'file too large', EIO: 'input/output error', EROFS: 'read-only file system',
  EISDIR: 'is a directory', ENOTDIR: 'not a directory', ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'file name too long', EMFILE: 'too many open files', ENXIO: 'no such device or address',
  ETXTBSY: 'text file busy', EPIPE: 'broken pipe', EINVAL: 'invalid argument',
};

/** The reason a host call failed with `e`, in words: "no space left on device" for ENOSPC; ENOENT as `enoent` says it. */
export function hostErrorWords(e: unknown, enoent = 'no such file or directory'): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return enoent;
  if (code) return ERRNO_WORDS[code] ?? code;
  return e instanceof Error ? e.message : String(e);
}

/** The names of vmlab's own standard output and error, and their descriptors. */
const OWN_DESCRIPTORS = new Map([['/dev/stdout', 1], ['/proc/self/fd/1', 1], ['/dev/fd/1', 1], ['/dev/stderr', 2], ['/proc/self/fd/2', 2], ['/dev/fd/2', 2]]);

/** Linux's limit on symlinks followed in one lookup (ELOOP past it). */
const MAX_SYMLINKS = 40;

/** An output being written: write to `fd`, then commit() (it takes its place) or abort(). */
export interface OutputFile {
  readonly fd: number;
  /** Finish the output: close it and, for a regular file, rename it into place. */
  commit(): void;
  /** Give up: close it and remove the temporary file (the target is left as it was). */
  abort(): void;
}

/** Refuse (UsageError) to write `what` to `path` if it is one of `inputs` (by identity: through a link too); returns its stat, null if none. */
export function refuseInput(path: string, inputs: readonly string[], what: string): Stats | null {
  const existing = statOrNull(path);
  if (existing && inputs.some((input) => sameFile(statOrNull(input), existing))) {
    throw new UsageError(`refusing to overwrite input file '${path}' with ${what}`);
  }
  return existing;
}

/**
 * Open the output `path` (named so in messages; `-` is the standard output) for writing, as described at the top. Refuses a
 * target that is one of `inputs` (by identity, so a symlink or hard link to an input counts) or a
 * directory. Throws a UsageError with the reason.
 */
export function openOutput(path: string, inputs: readonly string[], mode = 0o644, what = 'the output'): OutputFile {
  if (path === '') throw new UsageError(`no file named for ${what}`);
  const existing = refuseInput(path, inputs, what);
  if (existing?.isDirectory()) throw new UsageError(`cannot write '${path}': is a directory`);
  const fail = (e: unknown): never => {
    throw new UsageError(`cannot write '${path}': ${hostErrorWords(e, 'no such directory')}`);
  };
  // vmlab's own standard output or error, named (/dev/stdout, /proc/self/fd/1): written through
  // the descriptor it has, at its offset, so a file the shell redirected it to is not truncated
  // over what the guest wrote there.
  const own = OWN_DESCRIPTORS.get(path === '-' ? '/dev/stdout' : resolve(path));
  if (own !== undefined) return { fd: own, commit: () => {}, abort: () => {} };
  if (existing && (!existing.isFile() || /^\/(dev|proc)\//.test(resolve(path)))) {
    // A FIFO, a device, a socket: write into it, as `gcc -o /dev/null` does (O_TRUNC has no effect
    // on them); and /dev/stdout or /proc/self/fd/N even when it leads to a regular file, as GNU tools do.
    let fd = -1;
    try {
      fd = openSync(path, constants.O_WRONLY | constants.O_TRUNC); // by its own name: /dev/stdout works too
    } catch (e) {
      fail(e);
    }
    return { fd, commit: () => closeSync(fd), abort: () => closeSync(fd) };
  }
  const target = existing ? realpathSync(path) : followSymlinks(path);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  let fd = -1;
  try {
    fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode);
    // A file replaced keeps its permissions, as one written in place would (a 0600 file stays
    // 0600), with the execute bits an executable output needs.
    if (existing) fchmodSync(fd, (existing.mode & 0o7777) | (mode & 0o111));
  } catch (e) {
    fail(e);
  }
  const abort = (): void => {
    closeSync(fd);
    try { unlinkSync(temp); } catch { /* already gone */ }
  };
  return {
    fd,
    abort,
    commit: () => {
      try {
        closeSync(fd);
        renameSync(temp, target);
      } catch (e) {
        try { unlinkSync(temp); } catch { /* already gone */ }
        fail(e);
      }
    },
  };
}

/**
 * Check before a run that the output `path` can be written when it ends (openOutput's checks, a
 * temporary file made and removed), so that a bad path does not lose a long run's results. A
 * FIFO or a device is only opened when written. Throws a UsageError.
 */
export function checkOutput(path: string, inputs: readonly string[], what: string): void {
  if (path === '') throw new UsageError(`no file named for ${what} (- for the standard output)`);
  const existing = statOrNull(path);
  if (existing && !existing.isFile() && !existing.isDirectory()) return;
  openOutput(path, inputs, 0o644, what).abort();
}

/**
 * Refuse two outputs that name one file (by path, or by identity through a link): one would
 * overwrite the other; and two that write to the standard output (`-`, or a name of the file it
 * is, such as /dev/stdout): one would be mixed into the other. `outputs` are [flag, path] pairs.
 * Throws a UsageError.
 */
export function checkDistinctOutputs(outputs: readonly (readonly [flag: string, path: string])[]): void {
  const onStandardOutput = outputs.filter(([, path]) => isStandardOutput(path));
  if (onStandardOutput.length > 1) {
    throw new UsageError(`${onStandardOutput[0][0]} and ${onStandardOutput[1][0]} cannot both write to the standard output: give one of them a file`);
  }
  const files = outputs.filter(([, path]) => path !== '-');
  for (let i = 0; i < files.length; i++) {
    for (let j = i + 1; j < files.length; j++) {
      const [a, pathA] = files[i], [b, pathB] = files[j];
      const st = statOrNull(pathA);
      if (resolve(pathA) === resolve(pathB) || (st !== null && sameFile(statOrNull(pathB), st))) {
        throw new UsageError(`${a} and ${b} name the same file '${pathB}': one would overwrite the other`);
      }
    }
  }
}

/**
 * Write `data` to the output `path` (see openOutput: atomic for a regular file, into a FIFO or a
 * device, through a symlink). Refuses to overwrite any of `inputs`. Throws a UsageError.
 */
export function writeOutput(path: string, data: Uint8Array, inputs: readonly string[], mode = 0o644): void {
  const out = openOutput(path, inputs, mode);
  try {
    writeAll(out.fd, data);
  } catch (e) {
    out.abort();
    throw new UsageError(`cannot write '${path}': ${hostErrorWords(e)}`);
  }
  out.commit();
}

/**
 * Write all of `data` to `fd` (a FIFO may take it in pieces), waiting out a full non-blocking pipe
 * (EAGAIN: an inherited standard output can be one). Throws what writeSync throws otherwise.
 */
export function writeAll(fd: number, data: Uint8Array): void {
  for (let done = 0; done < data.length;) {
    try {
      done += writeSync(fd, data, done, data.length - done);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
    }
  }
}

/** The path a dangling `path` names once every symlink on its last component is followed (to create it). */
function followSymlinks(path: string): string {
  let current = resolve(path);
  for (let i = 0; i < MAX_SYMLINKS; i++) {
    let link: string;
    try {
      if (!lstatSync(current).isSymbolicLink()) return current;
      link = readlinkSync(current);
    } catch {
      return current; // not there (it will be created), or unreadable (opening it will say why)
    }
    current = resolve(dirname(current), link);
  }
  throw new UsageError(`cannot write '${path}': too many levels of symbolic links`);
}

/** Whether output `path` is vmlab's standard output: `-`, or another name of the file it is (not /dev/null, where nothing mixes). */
export function isStandardOutput(path: string): boolean {
  if (path === '-') return true;
  const st = statOrNull(path);
  if (st === null || (st.isCharacterDevice() && st.rdev === statOrNull('/dev/null')?.rdev)) return false;
  try {
    return sameFile(st, fstatSync(1));
  } catch {
    return false; // no standard output
  }
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

const sameFile = (a: Stats | null, b: Stats): boolean => a !== null && a.dev === b.dev && a.ino === b.ino;

/**
 * mkdir -p: `dir` and every missing directory above it, one at a time (Node's recursive mkdirSync
 * retries for ever where a directory cannot be made and the error says it is missing, as under
 * /proc); one another process makes meanwhile is taken. Throws the host's error.
 */
export function makeDirectories(dir: string): void {
  const missing: string[] = [];
  for (let at = resolve(dir); !existsSync(at); at = dirname(at)) {
    missing.push(at);
    if (dirname(at) === at) break;
  }
  for (const at of missing.reverse()) {
    try {
      mkdirSync(at);
    } catch (e) {
      // Made meanwhile by another process (sweep shards sharing a directory): fine if a directory.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(at).isDirectory()) throw e;
    }
  }
}
