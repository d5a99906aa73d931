/**
 * --trace-pages FILE: the page reference string of a run, one virtual page number a line (hex),
 * written as it is produced, in chunks, so that a long trace never sits in memory. The format is
 * what `vmlab replay --refs-file` reads. The file stops growing at `limit` bytes (by default
 * what vmlab reads as an input, so that it stays replayable); `full` then says so.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { MAX_INPUT_BYTES } from './files.js';
import { UsageError } from './usage-error.js';

const CHUNK = 1 << 16;

export class PageTrace {
  private readonly fd: number;
  private lines: string[] = [];
  private bytes = 0;
  /** References recorded in the file. */
  count = 0;
  /** The trace reached its limit: references after it were not recorded. */
  full = false;

  /** Open `path` for the trace; refuses to overwrite any of `inputs`. */
  constructor(path: string, inputs: readonly string[], private readonly limit = MAX_INPUT_BYTES) {
    if (inputs.some((input) => resolve(input) === resolve(path))) {
      throw new UsageError(`refusing to overwrite input file '${path}' with the page trace`);
    }
    try {
      this.fd = openSync(path, 'w');
    } catch (e) {
      throw new UsageError(`cannot write '${path}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }

  record(vpn: number): void {
    if (this.full) return;
    this.lines.push(`0x${vpn.toString(16)}`);
    if (this.lines.length >= CHUNK) this.flush();
  }

  private flush(): void {
    let text = this.lines.length ? this.lines.join('\n') + '\n' : '';
    if (this.bytes + text.length > this.limit) {
      text = text.slice(0, text.lastIndexOf('\n', this.limit - this.bytes - 1) + 1);
      this.full = true;
    }
    if (text) writeSync(this.fd, text);
    this.bytes += text.length;
    this.count += this.full ? text.split('\n').length - 1 : this.lines.length;
    this.lines = [];
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
