/** `vmlab run --stats-every CYCLES FILE` as a user runs it: where the lines go, the same bytes every time, bad values. */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vmlab } from './vmlab.js';
import type { SeriesLine } from '../../src/stats/series.js';

const dir = mkdtempSync(join(tmpdir(), 'vmlab-stats-every-'));
const linesOf = (text: string): { seq: number; due: number | null; cycles: number; final: boolean }[] =>
  text.trim().split('\n').map((l) => JSON.parse(l));

describe('vmlab run --stats-every', () => {
  it('- writes the lines on stdout, in order with the guest\'s own output', () => {
    const r = vmlab('run', 'programs/hello.s', '--costs', 'flat', '--stats-every', '50000', '-');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout.split('\n');
    expect(out[1]).toBe('Hello from vmlab!'); // after the line at cycle 100,000, before the final one
    expect([JSON.parse(out[0]).due, JSON.parse(out[0]).cycles, JSON.parse(out[2]).final]).toEqual([100_000, 100_000, true]);
    expect(out.length).toBe(4);
  });

  it('gives the same bytes on every run and on both engines; options may stand before the program', () => {
    const files = ['a', 'b', 'c'].map((n) => join(dir, `${n}.jsonl`));
    const args = ['programs/fork-cow.s', '100', '--quantum', '20000'];
    expect(vmlab('run', ...args, '--stats-every', '30000', files[0]).status).toBe(0);
    expect(vmlab('run', '--stats-every', '30000', files[1], ...args).status).toBe(0);
    expect(vmlab('run', ...args, '--engine', 'interp', '--stats-every', '30000', files[2]).status).toBe(0);
    const text = readFileSync(files[0], 'utf8');
    expect(readFileSync(files[1], 'utf8')).toBe(text);
    expect(readFileSync(files[2], 'utf8')).toBe(text);
    const lines = linesOf(text);
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.slice(0, -1).every((l) => l.due !== null && l.due % 30_000 === 0 && l.cycles >= l.due)).toBe(true);
  });

  it('writes the lines so far and a final line when the run stops at --max-instructions', () => {
    const file = join(dir, 'limit.jsonl');
    const r = vmlab('run', 'programs/sieve.s', '--max-instructions', '300000', '--stats-every', '100000', file);
    expect(r.status).toBe(124);
    const lines = linesOf(readFileSync(file, 'utf8'));
    expect(lines[lines.length - 1]).toMatchObject({ final: true, instructions: 300_000 });
  });

  it.each([
    [['--stats-every', '0', 'x.jsonl'], "vmlab: bad --stats-every '0': CYCLES must be a whole number from 1 to 9007199254740991"],
    [['--stats-every', '1e6', 'x.jsonl'], "vmlab: bad --stats-every '1e6': CYCLES must be a whole number from 1 to 9007199254740991"],
    [['--stats-every', '-5', 'x.jsonl'], "vmlab: bad --stats-every '-5': CYCLES must be a whole number from 1 to 9007199254740991"],
    [['--stats-every', '1000'], 'vmlab: --stats-every: expected --stats-every CYCLES FILE (FILE - for the standard output)'],
    [['--stats-every=1000', 'x.jsonl'], 'vmlab: --stats-every: expected --stats-every CYCLES FILE (FILE - for the standard output)'],
    [['--stats-every', '1000', '--stats'], "vmlab: bad --stats-every file '--stats': expected --stats-every CYCLES FILE (FILE - for the standard output)"],
    [['--stats-every', '1000', 'programs/hello.s'], "vmlab: refusing to overwrite input file 'programs/hello.s' with the statistics series"],
    [['--stats-every', '1000', 'programs'], "vmlab: cannot write 'programs': is a directory"],
  ])('%j: one line, status 1, nothing run', (args, message) => {
    expect(vmlab('run', 'programs/hello.s', ...args)).toEqual({ stdout: '', stderr: `${message}\n`, status: 1 });
    expect(existsSync('x.jsonl')).toBe(false);
  });

  it('is in --help, with its two values', () => {
    expect(vmlab('run', '--help').stdout).toMatch(/--stats-every <cycles> <file>\s+write a line of JSON statistics to FILE \(- for\s+stdout\) every CYCLES cycles/);
  });
});

describe('the figures docs/vmstat.md and README.md give', () => {
  const doc = readFileSync('docs/vmstat.md', 'utf8');
  const readme = readFileSync('README.md', 'utf8');
  /** The lines `vmlab run ARGS --stats-every EVERY FILE` writes. */
  const series = (args: string[], every: number, status = 0): SeriesLine[] => {
    const file = join(dir, 'figures.jsonl');
    expect(vmlab('run', ...args, '--stats-every', String(every), file).status).toBe(status);
    return readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  };

  it('thrash.s 32 in 140k under fifo, every 50,000,000 cycles: the jq columns, and the idle share', () => {
    const lines = series(['programs/thrash.s', '32', '--ram', '140k', '--policy', 'fifo'], 50_000_000);
    const row = (l: SeriesLine, withSeq: boolean): string => JSON.stringify([
      ...(withSeq ? [l.seq] : []), l.cycles, ...(withSeq ? [l.delta.instructions] : []), l.delta.faults.major, l.delta.evictions,
      l.delta.swapIns, l.delta.idleCycles, l.residentPages]);
    expect(doc).toContain(lines.map((l) => row(l, true)).join('\n'));
    expect(readme).toContain([row(lines[0], false), row(lines[1], false), '...', row(lines[lines.length - 1], false)].join('\n'));
    const idle = lines.reduce((n, l) => n + l.delta.idleCycles, 0) / lines[lines.length - 1].cycles;
    expect(`${(100 * idle).toFixed(1)} %`).toBe('99.9 %');
  });

  it('fork-cow.s 100 every 100,000 cycles: the third line, as docs/vmstat.md shows it', () => {
    const shown = JSON.parse(/```json\n([\s\S]*?)```/.exec(doc)![1]);
    expect(series(['programs/fork-cow.s', '100'], 100_000)[2]).toEqual(shown);
  });

  it('sieve.s: 81 lines every 1,000,000 cycles, 105 every 10,000 (a line per boundary), over 80.8 M cycles', () => {
    // sieve.s exits with its count of primes below 100,000 modulo 256: 9592 % 256 = 120
    const coarse = series(['programs/sieve.s'], 1_000_000, 120);
    expect([coarse.length, coarse[coarse.length - 1].cycles]).toEqual([81, 80_837_025]);
    expect(series(['programs/sieve.s'], 10_000, 120).length).toBe(105);
  });
});
