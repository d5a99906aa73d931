/** The assembly listing: each source line with its address and the bytes it produced. */

const BYTES_PER_ROW = 8;
/** Rows of bytes shown for one line; a longer run (a big .space) is summarized. */
const MAX_ROWS = 4;

const hex8 = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');

export class Listing {
  private readonly rows: string[] = [];

  /** Start (or return to) file `path`. */
  file(path: string): void {
    this.rows.push(`# ${path}`);
  }

  /**
   * One source line: its number, the address of what it defines or emits (null for a line that
   * does neither), and its bytes, 8 per row.
   */
  line(lineNo: number, address: number | null, bytes: Uint8Array, source: string): void {
    const hex = (from: number): string =>
      Array.from(bytes.subarray(from, from + BYTES_PER_ROW), (b) => b.toString(16).padStart(2, '0')).join(' ')
        .padEnd(BYTES_PER_ROW * 3 - 1);
    const addr = address === null ? ' '.repeat(8) : hex8(address);
    this.rows.push(`${String(lineNo).padStart(5)}  ${addr}  ${hex(0)}  ${source}`.trimEnd());
    const shown = Math.min(bytes.length, BYTES_PER_ROW * MAX_ROWS);
    for (let at = BYTES_PER_ROW; at < shown; at += BYTES_PER_ROW) {
      this.rows.push(`${' '.repeat(5)}  ${hex8(address! + at)}  ${hex(at)}`.trimEnd());
    }
    if (shown < bytes.length) this.rows.push(`${' '.repeat(5)}  ${' '.repeat(8)}  ... ${bytes.length} bytes in all`);
  }

  text(): string {
    return this.rows.join('\n') + '\n';
  }
}
