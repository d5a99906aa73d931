/**
 * --trace-pages FILE: the page reference string of a run, one virtual page number a line (hex),
 * written as it is produced, in chunks, so that a long trace never sits in memory. The format is
 * what `vmlab replay --refs-file` reads. The file stops growing at `limit` bytes (by default
 * what vmlab reads as an input, so that it stays replayable); `full` then says so.
 */
import { MAX_INPUT_BYTES, openOutput, writeAll, type OutputFile } from './files.js';

const CHUNK = 1 << 16;

export class PageTrace {
  private readonly out: OutputFile;
  private lines: string[] = [];
  private bytes = 0;
  /** References recorded in the file. */
  count = 0;
  /** The trace reached its limit: references after it were not recorded. */
  full = false;

  /** Open `path` for the trace (as any output: files.ts), at most `limit` bytes; refuses to overwrite any of `inputs`. */
  constructor(path: string, inputs: readonly string[], private readonly limit = MAX_INPUT_BYTES) {
    this.out = openOutput(path, inputs, 0o644, 'the page trace');
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
    if (text) writeAll(this.out.fd, Buffer.from(text));
    this.bytes += text.length;
    this.count += this.full ? text.split('\n').length - 1 : this.lines.length;
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
