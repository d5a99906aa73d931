/**
 * `vmlab run --trace FILE`: a listener of the run's event stream (src/kernel/events.ts) that writes
 * one line per event in one of the formats tools read (docs/observability.md):
 *
 *   jsonl   every field of every event, one JSON object a line, after a first line naming the
 *           schema (schemas/trace.schema.json) and what the trace holds
 *   lackey  Valgrind Lackey's --trace-mem=yes lines: "I  0040001c,4", " L 7ffffe3c,4", " S ..."
 *   din     Dinero IV's din lines: "2 40001c" (0 read, 1 write, 2 instruction fetch; hex address)
 *   ostep   one decimal virtual page number a line, as OSTEP's paging-policy.py -f reads
 *   pages   one hexadecimal virtual page number a line (0x400), vmlab's own reference-string format
 *
 * Lines are encoded straight into a chunk of 1 MiB, written when it fills, so a trace of any
 * length takes little memory and no string per line. A regular file (written as files.ts
 * writes outputs) stops growing at `limit` bytes, by default what `vmlab replay` reads (`full`
 * then says so); standard output (`-`), a FIFO or a device has no limit, and a reader of
 * standard output that goes away (`| head`) makes the trace `broken`: the caller stops the run.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Probe } from '../machine/probe.js';
import type { VmEvent } from '../kernel/events.js';
import { EVENT_TYPES } from '../kernel/events.js';
import { MAX_INPUT_BYTES, hostErrorWords, openOutput, writeAll, type OutputFile } from './files.js';
import { UsageError } from './usage-error.js';
import { readerWentAway } from './stdout.js';

export type TraceFormat = 'jsonl' | 'lackey' | 'din' | 'ostep' | 'pages';
export const TRACE_FORMATS: readonly TraceFormat[] = ['jsonl', 'lackey', 'din', 'ostep', 'pages'];
export type TraceWhat = 'accesses' | 'misses' | 'faults' | 'all';
export const TRACE_WHATS: readonly TraceWhat[] = ['accesses', 'misses', 'faults', 'all'];

/** The event types each --trace-what selects. */
const SELECTED: Record<TraceWhat, readonly VmEvent['type'][]> = {
  accesses: ['access'], misses: ['tlb-miss'], faults: ['fault'], all: EVENT_TYPES,
};
/** What each format can show: lackey needs every access's size, din a reference, ostep and pages a page; only jsonl shows all. */
const SHOWS: Record<TraceFormat, readonly TraceWhat[]> = {
  jsonl: TRACE_WHATS, lackey: ['accesses'], din: ['accesses', 'misses'], ostep: ['accesses', 'misses', 'faults'],
  pages: ['accesses', 'misses', 'faults'],
};

/** The version of the jsonl trace's lines (schemas/trace.schema.json), in its first line. */
export const TRACE_SCHEMA = 'vmlab-trace/1';

/** The base-2 logarithm of the page size the page-number formats use (Sv32's 4 KiB). */
const PAGE_SHIFT = 12;
/** Bytes gathered before a write, and the room past them for the line that crosses the mark. */
const CHUNK = 1 << 20;
const LINE_ROOM = 4096;
const HEX = Buffer.from('0123456789abcdef');
const NEWLINE = 10, SPACE = 32, COMMA = 44, ZERO = 48;
/** Lackey's line starts (a fetch: I and two spaces; a data access: a space first) and din's labels. */
const LACKEY = { fetch: Buffer.from('I  '), load: Buffer.from(' L '), store: Buffer.from(' S ') } as const;
const DIN = { load: 0, store: 1, fetch: 2 } as const;

/** Check a --trace-format and --trace-what pair; throws a UsageError for one the format cannot show. */
export function checkTraceChoice(format: string, what: string): { format: TraceFormat; what: TraceWhat } {
  if (!TRACE_FORMATS.includes(format as TraceFormat)) {
    throw new UsageError(`bad --trace-format '${format}': expected one of ${TRACE_FORMATS.join(', ')}`);
  }
  if (!TRACE_WHATS.includes(what as TraceWhat)) throw new UsageError(`bad --trace-what '${what}': expected one of ${TRACE_WHATS.join(', ')}`);
  const shows = SHOWS[format as TraceFormat];
  if (!shows.includes(what as TraceWhat)) {
    throw new UsageError(`--trace-format ${format} cannot show --trace-what ${what} (it shows ${shows.join(', ')})`);
  }
  return { format: format as TraceFormat, what: what as TraceWhat };
}

export class TraceWriter {
  private readonly out: OutputFile;
  private readonly fd: number;
  /** The chunk being filled: lines are encoded straight into it (no string per line). */
  private readonly buf = Buffer.allocUnsafe(CHUNK + LINE_ROOM);
  private pos = 0;
  /** Lines in the chunk, and bytes written to the output so far. */
  private pending = 0;
  private bytes = 0;
  private readonly stops: (() => void)[] = [];
  /** Lines written (the jsonl header included). */
  count = 0;
  /** The file reached its limit: events after it were not written. */
  full = false;
  /** Standard output's reader went away (EPIPE, ECONNRESET): nothing more can be written. */
  broken = false;

  /**
   * Open `path` (`-`: standard output) for a trace in `format` of the events `what` selects, at
   * most `limit` bytes in a regular file; refuses to overwrite any of `inputs`. Throws a UsageError.
   */
  constructor(readonly path: string, inputs: readonly string[], private readonly format: TraceFormat, private readonly what: TraceWhat,
    private readonly limit = MAX_INPUT_BYTES) {
    if (path === '-') {
      this.out = { fd: 1, commit: () => {}, abort: () => {} };
    } else {
      this.out = openOutput(path, inputs, 0o644, 'the trace');
    }
    if (!isRegularFileTarget(path)) this.limit = Infinity;
    this.fd = this.out.fd;
    if (format === 'jsonl') this.text(JSON.stringify({ type: 'trace', schema: TRACE_SCHEMA, what }));
  }

  /** Start listening to `events`. */
  attach(events: Probe<VmEvent>): void {
    for (const type of SELECTED[this.what]) this.stops.push(events.on(type, (e) => this.record(e)));
  }

  /** Write `e` (in order with the others). */
  record(e: VmEvent): void {
    if (this.full || this.broken) return;
    if (this.format === 'jsonl') {
      this.text(JSON.stringify(e));
    } else if (this.format === 'lackey' && e.type === 'access') {
      this.pos += LACKEY[e.kind].copy(this.buf, this.pos);
      this.hex(e.va, 8);
      this.buf[this.pos++] = COMMA;
      this.decimal(e.size);
      this.endLine();
    } else if (e.type === 'access' || e.type === 'tlb-miss' || e.type === 'fault') {
      const page = e.va >>> PAGE_SHIFT;
      if (this.format === 'din') {
        this.buf[this.pos++] = ZERO + DIN[e.type === 'fault' ? e.access : e.kind];
        this.buf[this.pos++] = SPACE;
        this.hex(e.va, 1);
      } else if (this.format === 'ostep') {
        this.decimal(page);
      } else {
        this.buf[this.pos++] = ZERO;
        this.buf[this.pos++] = 0x78; // x
        this.hex(page, 1);
      }
      this.endLine();
    } else {
      throw new Error(`${this.format} cannot show a ${e.type} event`);
    }
  }

  /** A line of text (jsonl): it fits in a chunk (an event's JSON is far shorter than a chunk). */
  private text(line: string): void {
    const length = Buffer.byteLength(line);
    if (this.pos + length + 1 > this.buf.length) this.flush();
    if (length + 1 > this.buf.length) throw new Error(`a trace line of ${length} bytes`);
    this.pos += this.buf.write(line, this.pos, 'utf8');
    this.endLine();
  }

  /** `n` (unsigned 32-bit) in lowercase hex, at least `digits` digits. */
  private hex(n: number, digits: number): void {
    let d = digits;
    while (d < 8 && n >>> (d * 4) !== 0) d++;
    for (let i = d - 1; i >= 0; i--) this.buf[this.pos++] = HEX[(n >>> (i * 4)) & 15];
  }

  /** `n` (a whole number below 2^32) in decimal. */
  private decimal(n: number): void {
    let digits = 1;
    for (let m = n; m >= 10; m = Math.floor(m / 10)) digits++;
    let at = this.pos + digits;
    this.pos = at;
    do {
      this.buf[--at] = ZERO + (n % 10);
      n = Math.floor(n / 10);
    } while (n > 0);
  }

  private endLine(): void {
    this.buf[this.pos++] = NEWLINE;
    this.pending++;
    if (this.pos >= CHUNK) this.flush();
  }

  private flush(): void {
    if (this.pos === 0) return;
    let data = this.buf.subarray(0, this.pos);
    let written = this.pending;
    this.pos = 0;
    this.pending = 0;
    if (this.bytes + data.length > this.limit) {
      data = data.subarray(0, data.lastIndexOf(NEWLINE, this.limit - this.bytes - 1) + 1);
      written = countNewlines(data);
      this.full = true;
    }
    this.write(data);
    if (this.broken) return;
    this.bytes += data.length;
    this.count += written;
  }

  /** Write all of `data`, waiting out a full non-blocking pipe; a reader of stdout going away makes the trace broken. */
  private write(data: Uint8Array): void {
    try {
      writeAll(this.fd, data);
    } catch (e) {
      if (readerWentAway(e) && this.path === '-') {
        this.broken = true;
        return;
      }
      throw new UsageError(`cannot write ${this.path === '-' ? 'the standard output' : `'${this.path}'`}: ${hostErrorWords(e)}`);
    }
  }

  /** The run is over: stop listening, write what is left and put the file in place. */
  close(): void {
    this.detach();
    this.flush();
    this.out.commit();
  }

  /** The run failed: stop listening and leave the target as it was. */
  abort(): void {
    this.detach();
    this.out.abort();
  }

  private detach(): void {
    for (const stop of this.stops.splice(0)) stop();
  }
}

/** Whether `path` is (or will be) a regular file: not standard output, a FIFO, a device, or under /dev or /proc. */
function isRegularFileTarget(path: string): boolean {
  if (path === '-' || /^\/(dev|proc)\//.test(resolve(path))) return false;
  try {
    return statSync(path).isFile();
  } catch {
    return true; // not there yet: openOutput creates a regular file
  }
}

function countNewlines(data: Uint8Array): number {
  let n = 0;
  for (const byte of data) if (byte === 10) n++;
  return n;
}
