/**
 * --trace-pages FILE: the page reference string of a run, one virtual page number a line (hex),
 * written as it is produced, in chunks, so that a long trace never sits in memory. The format is
 * what `vmlab replay --refs-file` reads.
 */
import { openOutput, writeAll, type OutputFile } from './files.js';

const CHUNK = 1 << 16;

export class PageTrace {
  private readonly out: OutputFile;
  private lines: string[] = [];
  count = 0;

  /** Open `path` for the trace (as any output: files.ts); refuses to overwrite any of `inputs`. */
  constructor(path: string, inputs: readonly string[]) {
    this.out = openOutput(path, inputs, 0o644, 'the page trace');
  }

  record(vpn: number): void {
    this.lines.push(`0x${vpn.toString(16)}`);
    this.count++;
    if (this.lines.length >= CHUNK) this.flush();
  }

  private flush(): void {
    if (this.lines.length) writeAll(this.out.fd, Buffer.from(this.lines.join('\n') + '\n'));
    this.lines = [];
  }

  /** The trace is complete: write what is left and put the file in place. */
  close(): void {
    this.flush();
    this.out.commit();
  }

  /** The run failed: leave the target as it was. */
  abort(): void {
    this.out.abort();
  }
}
