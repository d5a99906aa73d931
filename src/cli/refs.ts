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
 * `auto` tells them apart by the first line that is not blank or a comment: `{` is jsonl, a
 * Lackey line is lackey, and "LABEL ADDRESS" on each of the first three lines is din; anything
 * else is page numbers (`--refs-format` settles a file that looks like another format).
 */
import { UsageError } from './usage-error.js';

export type RefsFormat = 'auto' | 'pages' | 'ostep' | 'lackey' | 'din' | 'jsonl';
export const REFS_FORMATS: readonly RefsFormat[] = ['auto', 'pages', 'ostep', 'lackey', 'din', 'jsonl'];

/** The page size a trace of addresses is cut into when none is given: Sv32's. */
export const DEFAULT_PAGE_SIZE = 4096;

const LACKEY_LINE = /^(?:I |\s[LSM])\s*([0-9a-fA-F]+),(\d+)\s*$/;
const DIN_LINE = /^\s*(\d+)\s+(?:0x)?([0-9a-fA-F]+)(?:\s.*)?$/;

/**
 * The reference string in `text` (named `where` in messages) read as `format`, addresses cut into
 * pages of `pageSize` bytes (default 4096; refused for page numbers). Throws a UsageError naming
 * the first bad line, or saying the text holds no reference.
 */
export function readRefs(text: string, where: string, format: RefsFormat, pageSize?: number): number[] {
  const kind = format === 'auto' ? detect(text) : format;
  if ((kind === 'pages' || kind === 'ostep') && pageSize !== undefined) {
    throw new UsageError(`--page-size is for traces of addresses (lackey, din, jsonl); ${where} holds page numbers`);
  }
  const size = pageSize ?? DEFAULT_PAGE_SIZE;
  const refs = kind === 'lackey' ? lackeyRefs(text, where, size)
    : kind === 'din' ? dinRefs(text, where, size)
      : kind === 'jsonl' ? jsonlRefs(text, where, size)
        : pageNumbers(text, where);
  if (refs.length === 0) throw new UsageError(`no ${kind === 'pages' || kind === 'ostep' ? 'page numbers' : 'references'} in ${where}`);
  return refs;
}

/** The format of `text` as `auto` tells it (see the module comment). */
function detect(text: string): Exclude<RefsFormat, 'auto'> {
  const first: string[] = [];
  for (const line of lines(text)) {
    const t = line.trim();
    if (t === '' || t.startsWith('#') || t.startsWith('==')) continue;
    first.push(line);
    if (first.length === 3) break;
  }
  if (first.length === 0) return 'pages';
  if (first[0].trimStart().startsWith('{')) return 'jsonl';
  if (LACKEY_LINE.test(first[0])) return 'lackey';
  if (first.every((line) => /^[0-4] [0-9a-fA-F]+$/.test(line.trim()))) return 'din';
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
function pageNumbers(text: string, where: string): number[] {
  const refs: number[] = [];
  for (const line of lines(text)) {
    for (const token of line.replace(/#.*/, '').split(/[\s,]+/)) {
      if (token === '') continue;
      const n = /^0x[0-9a-f]+$/i.test(token) ? parseInt(token, 16) : /^\d+$/.test(token) ? Number(token) : NaN;
      if (!Number.isSafeInteger(n)) throw new UsageError(`bad page number '${token}' in ${where}`);
      refs.push(n);
    }
  }
  return refs;
}

/** Push the pages of an access of `size` bytes at `address` (two if it crosses a boundary). */
function pushPages(refs: number[], address: number, size: number, pageSize: number): void {
  const first = Math.floor(address / pageSize);
  const last = Math.floor((address + Math.max(size, 1) - 1) / pageSize);
  for (let page = first; page <= last; page++) refs.push(page);
}

function badLine(where: string, number: number, format: string, line: string): UsageError {
  const shown = line.length > 60 ? `${line.slice(0, 60)}...` : line;
  return new UsageError(`${where}:${number}: not a ${format} line: '${shown}'`);
}

function lackeyRefs(text: string, where: string, pageSize: number): number[] {
  const refs: number[] = [];
  let number = 0;
  for (const line of lines(text)) {
    number++;
    if (line.trim() === '' || line.startsWith('==')) continue;
    const m = LACKEY_LINE.exec(line);
    if (!m) throw badLine(where, number, 'Lackey', line);
    pushPages(refs, parseInt(m[1], 16), Number(m[2]), pageSize);
  }
  return refs;
}

function dinRefs(text: string, where: string, pageSize: number): number[] {
  const refs: number[] = [];
  let number = 0;
  for (const line of lines(text)) {
    number++;
    if (line.trim() === '') continue;
    const m = DIN_LINE.exec(line);
    if (!m || Number(m[1]) > 4) throw badLine(where, number, 'din', line);
    if (m[1] !== '4') pushPages(refs, parseInt(m[2], 16), 1, pageSize);
  }
  return refs;
}

function jsonlRefs(text: string, where: string, pageSize: number): number[] {
  const touches: number[] = [], misses: number[] = [];
  const byType: Record<string, number[]> = { access: touches, fault: touches, 'tlb-miss': misses };
  let number = 0;
  for (const line of lines(text)) {
    number++;
    if (line.trim() === '') continue;
    let event: unknown;
    try {
      event = JSON.parse(line);
    } catch {
      throw badLine(where, number, 'JSON', line);
    }
    const e = event as { type?: unknown; va?: unknown; size?: unknown };
    if (typeof e !== 'object' || e === null || typeof e.type !== 'string') throw badLine(where, number, 'vmlab event', line);
    const list = byType[e.type];
    if (!list) continue;
    if (typeof e.va !== 'number' || !Number.isSafeInteger(e.va) || e.va < 0) throw badLine(where, number, 'vmlab event', line);
    pushPages(list, e.va, typeof e.size === 'number' ? e.size : 1, pageSize);
  }
  return touches.length ? touches : misses;
}
