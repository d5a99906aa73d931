/**
 * --trace-pages FILE: the page reference string of a run, one virtual page number a line (hex),
 * written as it is produced, in chunks, so that a long trace never sits in memory. The format is
 * what `vmlab replay --refs-file` reads.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from './usage-error.js';

const CHUNK = 1 << 16;

export class PageTrace {
  private readonly fd: number;
  private lines: string[] = [];
  count = 0;

  /** Open `path` for the trace; refuses to overwrite any of `inputs`. */
  constructor(path: string, inputs: readonly string[]) {
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
    this.lines.push(`0x${vpn.toString(16)}`);
    this.count++;
    if (this.lines.length >= CHUNK) this.flush();
  }

  private flush(): void {
    if (this.lines.length) writeSync(this.fd, this.lines.join('\n') + '\n');
    this.lines = [];
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
