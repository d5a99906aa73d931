/** Reading inputs and writing outputs for the CLI, with one-line errors and no partial files. */
import { readFileSync, renameSync, statSync, writeFileSync, unlinkSync } from 'node:fs';
import { dirname, basename, join, resolve } from 'node:path';
import { UsageError } from './usage-error.js';

/** The largest input vmlab reads (an executable, a source file, a page trace): 256 MiB. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/**
 * Read `path` whole, or throw a UsageError saying why not: a device, a FIFO (/dev/zero would
 * never end) or a file over MAX_INPUT_BYTES is refused before any byte is read.
 */
export function readInput(path: string): Buffer {
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new UsageError(`cannot read '${path}': is a directory`);
    if (!st.isFile()) throw new UsageError(`cannot read '${path}': not a regular file`);
    if (st.size > MAX_INPUT_BYTES) {
      throw new UsageError(`cannot read '${path}': too large (${st.size.toLocaleString('en-US')} bytes; at most 256 MiB)`);
    }
    return readFileSync(path);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String(code);
    throw new UsageError(`cannot read '${path}': ${why}`);
  }
}

/**
 * Write `data` to `path` atomically (a temporary file renamed into place), so a failed run never
 * leaves a partial file. Refuses to overwrite any of `inputs`.
 */
export function writeOutput(path: string, data: Uint8Array, inputs: readonly string[], mode = 0o644): void {
  if (inputs.some((input) => resolve(input) === resolve(path))) {
    throw new UsageError(`refusing to overwrite input file '${path}' with the output`);
  }
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, data, { mode });
    renameSync(temp, path);
  } catch (e) {
    try { unlinkSync(temp); } catch { /* it was never created */ }
    throw new UsageError(`cannot write '${path}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}
