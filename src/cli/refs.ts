/**
 * Reference strings for `vmlab replay`: page numbers, or the page of every reference in a trace
 * of addresses, in each format `vmlab run --trace` writes (src/cli/trace.ts) and the tools' own:
 *
 *   pages, ostep  page numbers, decimal or 0x hex, separated by commas, blanks or newlines; # starts a comment
 *   lackey        Valgrind Lackey lines (I, L, S, M); an access that crosses a page boundary refers to both pages;
 *                 lines starting with == (Valgrind's own messages) are skipped
 *   din           Dinero IV lines: label (0 read, 1 write, 2 fetch, 3 unknown: references; 4 flush: skipped), hex address
 *   jsonl         vmlab's events: the `access` and `fault` events in their order (a fault is where a page came in,
 *                 the kernel's own first touches included), or if there are none the `tlb-miss` events
 *
 * `auto` tells them apart by the first line that is not blank: `#` (a comment) is page numbers,
 * `{` is jsonl, the start of a Lackey line is lackey, and "LABEL ADDRESS" on each of the first three
 * lines is din; anything else is page numbers (`--refs-format` settles a file that looks like
 * another format).
 *
 * Limits, each a one-line error naming the line: an address is a whole number from 0 to
 * MAX_ADDRESS, an access's size one from 1 to MAX_ACCESS_SIZE (so an access refers to at most
 * 512 pages, in 1-byte pages), and a reference string holds at most MAX_REFS references.
 */
import { UsageError } from './usage-error.js';

export type RefsFormat = 'auto' | 'pages' | 'ostep' | 'lackey' | 'din' | 'jsonl';
export const REFS_FORMATS: readonly RefsFormat[] = ['auto', 'pages', 'ostep', 'lackey', 'din', 'jsonl'];

/** The page size a trace of addresses is cut into when none is given: Sv32's. */
export const DEFAULT_PAGE_SIZE = 4096;

/**
 * The largest address in a trace: 48 bits, x86-64's (and Sv48's) virtual address space, which holds
 * the addresses of Valgrind on a 64-bit host and of CS:APP's Cache Lab traces; vmlab's own are
 * 32-bit. Well inside what a double holds exactly, so the page arithmetic is exact.
 */
export const MAX_ADDRESS = 2 ** 48 - 1;

/** The largest size of one access: 512 bytes, the most Valgrind's Lackey reports (its MAX_DSIZE); vmlab's are 1, 2 or 4. */
export const MAX_ACCESS_SIZE = 512;

/**
 * The most references a reference string may hold: 2^26 (67,108,864). Replay keeps them in an
 * array, and V8's hold about 2^27 numbers at most (beyond, Node stops with a fatal error).
 */
export const MAX_REFS = 2 ** 26;

/** The most distinct pages a reference string may hold: 2^24 (16,777,216), the most entries a V8 Set or Map holds. */
export const MAX_DISTINCT_PAGES = 2 ** 24;

const LACKEY_LINE = /^(?:I |\s[LSM])\s*([0-9a-fA-F]+),(\d+)\s*$/;
/** What a Lackey line starts with (`I` or a blank and `L`, `S`, `M`, then a blank): no other format's line does. */
const LACKEY_START = /^(?:I\s|\s[LSM]\s)/;
const DIN_LINE = /^\s*(\d+)\s+(?:0x)?([0-9a-fA-F]+)(?:\s.*)?$/;

/**
 * The reference string in `text` (named `where` in messages) read as `format`, addresses cut into
 * pages of `pageSize` bytes (default 4096; refused for page numbers). Throws a UsageError naming
 * the first bad line, or the line past `maxRefs` references (MAX_REFS; less in tests), or saying
 * the text holds no reference.
 */
export function readRefs(text: string, where: string, format: RefsFormat, pageSize?: number, maxRefs = MAX_REFS): number[] {
  const kind = format === 'auto' ? detect(text) : format;
  if ((kind === 'pages' || kind === 'ostep') && pageSize !== undefined) {
    throw new UsageError(`--page-size is for traces of addresses (lackey, din, jsonl); ${where} holds page numbers`);
  }
  const size = pageSize ?? DEFAULT_PAGE_SIZE;
  const refs = kind === 'lackey' ? lackeyRefs(text, where, size, maxRefs)
    : kind === 'din' ? dinRefs(text, where, size, maxRefs)
      : kind === 'jsonl' ? jsonlRefs(text, where, size, maxRefs)
        : pageNumbers(text, where, maxRefs);
  if (refs.length === 0) throw new UsageError(`no ${kind === 'pages' || kind === 'ostep' ? 'page numbers' : 'references'} in ${where}`);
  return refs;
}

/**
 * The number of distinct pages in `refs` (read from `where`), refusing more than `max`
 * (MAX_DISTINCT_PAGES; less in tests) in one line.
 */
export function distinctPages(refs: readonly number[], where: string, max = MAX_DISTINCT_PAGES): number {
  const seen = new Set<number>();
  for (const page of refs) {
    if (seen.size === max && !seen.has(page)) throw new UsageError(`${where}: more than ${max} distinct pages (the most replay takes)`);
    seen.add(page);
  }
  return seen.size;
}

/** A din line as `auto` takes it: a label 0 to 4 and an address (as the din reader reads them), nothing after. */
const DIN_DETECT = /^\s*[0-4]\s+(?:0x)?[0-9a-fA-F]+\s*$/;

/**
 * The format of `text` as `auto` tells it (see the module comment). Only page numbers have `#`
 * comments, so a file that starts with one, or has one among its first three lines, is page
 * numbers; a file of fewer than three lines is never din.
 */
function detect(text: string): Exclude<RefsFormat, 'auto'> {
  const first: string[] = [];
  for (const line of lines(text)) {
    const t = line.trim();
    if (t === '' || t.startsWith('==')) continue;
    first.push(line);
    if (first.length === 3) break;
  }
  if (first.length === 0 || first[0].trimStart().startsWith('#')) return 'pages';
  if (first[0].trimStart().startsWith('{')) return 'jsonl';
  if (LACKEY_START.test(first[0])) return 'lackey'; // the start of a Lackey line: a bad rest is reported with its line
  if (first.length === 3 && first.every((line) => DIN_DETECT.test(line))) return 'din';
  return 'pages';
}

/** The lines of `text`, without their newlines (one at a time: a 256 MiB trace is never split whole). */
function* lines(text: string): Generator<string> {
  for (let at = 0; at < text.length;) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    yield text.slice(at, end);
    at = end + 1;
  }
}

/** Page numbers (decimal or 0x hex) separated by commas, blanks or newlines; # starts a comment. */
function pageNumbers(text: string, where: string, maxRefs: number): number[] {
  const refs: number[] = [];
  let number = 0;
  for (const line of lines(text)) {
    number++;
    for (const token of line.replace(/#.*/, '').split(/[\s,]+/)) {
      if (token === '') continue;
      const n = /^0x[0-9a-f]+$/i.test(token) ? parseInt(token, 16) : /^\d+$/.test(token) ? Number(token) : NaN;
      if (!Number.isSafeInteger(n)) {
        throw new UsageError(where === '--refs' ? `bad page number '${shown(token)}' in --refs` : `${where}:${number}: bad page number '${shown(token)}'`);
      }
      if (refs.length === maxRefs) throw tooMany(where, number, maxRefs);
      refs.push(n);
    }
  }
  return refs;
}

/** Where a line of a trace is, for its messages: the file (or --refs), the line's number and text; and the most references. */
interface Place {
  where: string;
  number: number;
  line: string;
  maxRefs: number;
}

/** A piece of the input as an error shows it: control characters (a terminal's escapes) as `?`, 60 characters at the most. */
function shown(line: string): string {
  const safe = line.replace(/[\x00-\x1f\x7f-\x9f]/g, '?');
  return safe.length > 60 ? `${safe.slice(0, 60)}...` : safe;
}

function badLine(at: Place, format: string): UsageError {
  return new UsageError(`${at.where}:${at.number}: not a ${format} line: '${shown(at.line)}'`);
}

function tooMany(where: string, number: number, maxRefs: number): UsageError {
  return new UsageError(`${where}:${number}: more than ${maxRefs} references (the most replay takes)`);
}

/**
 * Push the pages of an access of `size` bytes at `address` (two or more if it crosses a boundary),
 * refusing an address that is not a whole number from 0 to MAX_ADDRESS, a size that is not one from
 * 1 to MAX_ACCESS_SIZE, and a reference past `at.maxRefs`. With `refs` null, only checks them.
 */
function pushPages(refs: number[] | null, address: unknown, size: unknown, pageSize: number, at: Place): void {
  if (typeof address !== 'number' || !Number.isSafeInteger(address) || address < 0 || address > MAX_ADDRESS) {
    throw new UsageError(`${at.where}:${at.number}: bad address (expected a whole number from 0 to 0x${MAX_ADDRESS.toString(16)}): '${shown(at.line)}'`);
  }
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 1 || size > MAX_ACCESS_SIZE) {
    throw new UsageError(`${at.where}:${at.number}: bad access size (expected a whole number from 1 to ${MAX_ACCESS_SIZE}): '${shown(at.line)}'`);
  }
  if (refs === null) return;
  const first = Math.floor(address / pageSize);
  const last = Math.floor((address + size - 1) / pageSize);
  if (refs.length + (last - first + 1) > at.maxRefs) throw tooMany(at.where, at.number, at.maxRefs);
  for (let page = first; page <= last; page++) refs.push(page);
}

function lackeyRefs(text: string, where: string, pageSize: number, maxRefs: number): number[] {
  const refs: number[] = [];
  const at: Place = { where, number: 0, line: '', maxRefs };
  for (const line of lines(text)) {
    at.number++;
    if (line.trim() === '' || line.startsWith('==')) continue;
    at.line = line;
    const m = LACKEY_LINE.exec(line);
    if (!m) throw badLine(at, 'Lackey');
    pushPages(refs, parseInt(m[1], 16), Number(m[2]), pageSize, at);
  }
  return refs;
}

function dinRefs(text: string, where: string, pageSize: number, maxRefs: number): number[] {
  const refs: number[] = [];
  const at: Place = { where, number: 0, line: '', maxRefs };
  for (const line of lines(text)) {
    at.number++;
    if (line.trim() === '') continue;
    at.line = line;
    const m = DIN_LINE.exec(line);
    if (!m || Number(m[1]) > 4) throw badLine(at, 'din');
    if (m[1] !== '4') pushPages(refs, parseInt(m[2], 16), 1, pageSize, at);
  }
  return refs;
}

/** The event types that are references (own keys only: a type such as "constructor" or "__proto__" is just unknown). */
const JSONL_TOUCHES = new Set(['access', 'fault']);

function jsonlRefs(text: string, where: string, pageSize: number, maxRefs: number): number[] {
  const touches: number[] = [], misses: number[] = [];
  const at: Place = { where, number: 0, line: '', maxRefs };
  for (const line of lines(text)) {
    at.number++;
    if (line.trim() === '') continue;
    at.line = line;
    let event: unknown;
    try {
      event = JSON.parse(line);
    } catch {
      throw badLine(at, 'JSON');
    }
    const e = event as { type?: unknown; va?: unknown; size?: unknown };
    if (typeof e !== 'object' || e === null || typeof e.type !== 'string') throw badLine(at, 'vmlab event');
    const touch = JSONL_TOUCHES.has(e.type);
    if (!touch && e.type !== 'tlb-miss') continue;
    if (e.va === undefined) throw badLine(at, 'vmlab event');
    // the misses are the reference string only while there is no access or fault: from the first, they are dropped (still checked)
    if (touch && touches.length === 0) misses.length = 0;
    pushPages(touch ? touches : touches.length === 0 ? misses : null, e.va, e.size === undefined ? 1 : e.size, pageSize, at);
  }
  return touches.length ? touches : misses;
}
