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
 * Lines are gathered in chunks and written as they fill, so a trace of any length takes little
 * memory. A file (see files.ts for how it is written) stops growing at `limit` bytes, by default
 * what `vmlab replay` reads (`full` then says so); standard output (`-`) has no limit, and a
 * reader that goes away (`| head`) makes the trace `broken`: the caller stops the run.
 */
import { writeSync } from 'node:fs';
import type { Probe } from '../machine/probe.js';
import type { VmEvent } from '../kernel/events.js';
import { EVENT_TYPES } from '../kernel/events.js';
import { MAX_INPUT_BYTES, openOutput, type OutputFile } from './files.js';
import { UsageError } from './usage-error.js';

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
const CHUNK = 1 << 16;
const LACKEY = { fetch: 'I  ', load: ' L ', store: ' S ' } as const;
const DIN = { load: '0 ', store: '1 ', fetch: '2 ' } as const;

/** The text of `format` for event `e` (one of the types SELECTED for a --trace-what the format SHOWS). */
function line(format: TraceFormat, e: VmEvent): string {
  if (format === 'jsonl') return JSON.stringify(e);
  if (format === 'lackey' && e.type === 'access') return `${LACKEY[e.kind]}${e.va.toString(16).padStart(8, '0')},${e.size}`;
  if (e.type !== 'access' && e.type !== 'tlb-miss' && e.type !== 'fault') throw new Error(`${format} cannot show a ${e.type} event`);
  switch (format) {
    case 'din': return DIN[e.type === 'fault' ? e.access : e.kind] + e.va.toString(16);
    case 'ostep': return String(e.va >>> PAGE_SHIFT);
    case 'pages': return `0x${(e.va >>> PAGE_SHIFT).toString(16)}`;
    default: throw new Error(`${format} cannot show a ${e.type} event`);
  }
}

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
  private lines: string[] = [];
  private bytes = 0;
  private readonly stops: (() => void)[] = [];
  /** Lines written (the jsonl header included). */
  count = 0;
  /** The file reached its limit: events after it were not written. */
  full = false;
  /** Standard output's reader went away (EPIPE): nothing more can be written. */
  broken = false;

  /**
   * Open `path` (`-`: standard output) for a trace in `format` of the events `what` selects, at
   * most `limit` bytes in a file; refuses to overwrite any of `inputs`. Throws a UsageError.
   */
  constructor(readonly path: string, inputs: readonly string[], private readonly format: TraceFormat, private readonly what: TraceWhat,
    private readonly limit = MAX_INPUT_BYTES) {
    if (path === '-') {
      this.out = { fd: 1, commit: () => {}, abort: () => {} };
      this.limit = Infinity;
    } else {
      this.out = openOutput(path, inputs, 0o644, 'the trace');
    }
    this.fd = this.out.fd;
    if (format === 'jsonl') this.lines.push(JSON.stringify({ type: 'trace', schema: TRACE_SCHEMA, what }));
  }

  /** Start listening to `events`. */
  attach(events: Probe<VmEvent>): void {
    for (const type of SELECTED[this.what]) this.stops.push(events.on(type, (e) => this.record(e)));
  }

  /** Write `e` (in order with the others). */
  record(e: VmEvent): void {
    if (this.full || this.broken) return;
    this.lines.push(line(this.format, e));
    if (this.lines.length >= CHUNK) this.flush();
  }

  private flush(): void {
    if (this.lines.length === 0) return;
    let data = Buffer.from(this.lines.join('\n') + '\n');
    let written = this.lines.length;
    this.lines = [];
    if (this.bytes + data.length > this.limit) {
      const end = data.lastIndexOf(10, this.limit - this.bytes - 1) + 1;
      data = data.subarray(0, end);
      written = countNewlines(data);
      this.full = true;
    }
    this.write(data);
    if (this.broken) return;
    this.bytes += data.length;
    this.count += written;
  }

  /** Write all of `data`, waiting out a full non-blocking pipe; EPIPE makes the trace broken. */
  private write(data: Uint8Array): void {
    for (let done = 0; done < data.length;) {
      try {
        done += writeSync(this.fd, data, done, data.length - done);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
          continue;
        }
        if (code === 'EPIPE' && this.path === '-') {
          this.broken = true;
          return;
        }
        throw new UsageError(`cannot write '${this.path}': ${code ?? (e as Error).message}`);
      }
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

function countNewlines(data: Uint8Array): number {
  let n = 0;
  for (const byte of data) if (byte === 10) n++;
  return n;
}
