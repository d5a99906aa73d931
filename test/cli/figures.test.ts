/**
 * Every figure the docs state for a deterministic run, recomputed by running the command the docs
 * give, so that a figure cannot drift from what vmlab does. A table between
 * `<!-- figures:NAME -->` and `<!-- /figures -->` in a docs page must equal the table generated
 * here; `VMLAB_RECORD_FIGURES=1 npx vitest run test/cli/figures.test.ts` rewrites those tables
 * after a change that moves them (then review the diff and the prose around them).
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, vmlab } from './vmlab.js';
import type { RunStats } from '../../src/stats/report.js';
import { COST_NAMES, COST_PRESETS, type Costs } from '../../src/machine/costs.js';

const RECORD = process.env.VMLAB_RECORD_FIGURES === '1';
const BUDGET = 60_000;
const scratch = mkdtempSync(join(tmpdir(), 'vmlab-figures-'));

/** Thousands separated by commas, as the docs write figures. */
const n = (v: number): string => v.toLocaleString('en-US');

/** `vmlab run ARGS --stats-json F` in the repository's root: its statistics (the status must be `status`). */
function statsOf(args: readonly string[], status = 0): RunStats {
  const json = join(scratch, 'stats.json');
  const r = vmlab('run', ...args, '--stats-json', json);
  expect(r.status, r.stderr).toBe(status);
  const stats = JSON.parse(readFileSync(json, 'utf8')) as RunStats;
  rmSync(json);
  return stats;
}

const docPath = (page: string): string => join(ROOT, 'docs', page);
const doc = (page: string): string => readFileSync(docPath(page), 'utf8');
/** A docs page with every run of white space as one space, for checking figures in prose. */
const prose = (page: string): string => doc(page).replace(/\s+/g, ' ');

/** The generated block NAME of docs page `page` equals `table` (or, when recording, becomes it). */
function expectBlock(page: string, name: string, table: string): void {
  const pattern = new RegExp(`(<!-- figures:${name} -->\\n)([\\s\\S]*?)(<!-- /figures -->)`);
  const text = doc(page);
  expect(text, `docs/${page} has no block figures:${name}`).toMatch(pattern);
  if (RECORD) writeFileSync(docPath(page), text.replace(pattern, (_, open: string, _old: string, close: string) => `${open}${table}${close}`));
  else expect(text.match(pattern)![2]).toBe(table);
}

const markdownTable = (header: string[], rows: string[][]): string =>
  [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((cells) => `| ${cells.join(' | ')} |`)].join('\n') + '\n';

const faults = (s: RunStats): number => s.faults.minor + s.faults.major;
const tlbMisses = (s: RunStats): number => s.tlb.itlb.misses + s.tlb.dtlb.misses;

describe('docs/measurements.md: the knee (programs/thrash.s 32)', () => {
  const POLICIES = ['fifo', 'clock', 'lru', 'random'];
  const RAM = ['96k', '120k', '128k', '136k', '140k', '144k', '160k'];
  const counts = new Map<string, number>();
  const rows = new Map<string, number[]>();

  it.each(RAM.flatMap((ram) => POLICIES.map((policy) => [ram, policy])))('--ram %s --policy %s', (ram, policy) => {
    counts.set(`${ram} ${policy}`, faults(statsOf(['programs/thrash.s', '32', '--ram', ram, '--policy', policy])));
  }, BUDGET);

  it('is the table the page shows, and the prose agrees with it', () => {
    for (const ram of RAM) rows.set(ram, POLICIES.map((policy) => counts.get(`${ram} ${policy}`)!));
    const frames = (ram: string): number => (parseInt(ram, 10) * 1024) / 4096;
    expectBlock('measurements.md', 'knee', markdownTable(['`--ram`', 'frames', ...POLICIES],
      RAM.map((ram) => [ram, String(frames(ram)), ...rows.get(ram)!.map(n)])));
    const [fits, short] = [rows.get('144k')!, rows.get('140k')!];
    expect(new Set(fits)).toEqual(new Set([34])); // 36 frames: only the first touches fault
    const text = prose('measurements.md');
    expect(text).toContain(`time: ${n(short[2])} faults, every one but the first touches a swap-in`);
    expect(text).toContain(`at 35 frames clock and LRU take ${n(short[1])}`);
  });
});

describe('docs/measurements.md: what ASIDs save (bench/asid-switch.s)', () => {
  const QUANTA = [5_000, 20_000, 100_000, 1_000_000];
  const single = new Map<string, RunStats>();
  const runs = new Map<number, [RunStats, RunStats]>();

  it.each(QUANTA.flatMap((q) => [[q, ''], [q, '--asid']]))('quantum %i %s', (quantum, asid) => {
    const args = ['bench/asid-switch.s', '--ram', '64M', '--quantum', String(quantum)];
    single.set(`${quantum}${asid}`, statsOf(asid ? [...args, asid] : args));
  }, BUDGET);

  it('is the table the page shows, and the prose agrees with it', () => {
    for (const q of QUANTA) runs.set(q, [single.get(`${q}`)!, single.get(`${q}--asid`)!]);
    const pair = (f: (s: RunStats) => number, [off, on]: [RunStats, RunStats]): string => `${n(f(off))} / ${n(f(on))}`;
    expectBlock('measurements.md', 'asid', markdownTable(
      ['quantum (cycles)', 'context switches, flush / ASIDs', 'TLB misses (I+D), flush / ASIDs', 'cycles, flush / ASIDs', 'ASIDs save'],
      QUANTA.map((q) => {
        const r = runs.get(q)!;
        return [n(q) + (q === 1_000_000 ? ' (default)' : ''), pair((s) => s.scheduler.switches, r), pair(tlbMisses, r), pair((s) => s.cycles, r),
          `${((100 * (r[0].cycles - r[1].cycles)) / r[0].cycles).toFixed(2)} %`];
      })));
    // At 20,000 cycles the whole saving is the walks avoided, 24 cycles each.
    const [off, on] = runs.get(20_000)!;
    expect(off.scheduler.switches).toBe(on.scheduler.switches);
    expect((tlbMisses(off) - tlbMisses(on)) * 24).toBe(off.cycles - on.cycles);
    const text = prose('measurements.md');
    expect(text).toContain(`(${n(tlbMisses(off))} − ${n(tlbMisses(on))}) × 24 = ${n(off.cycles - on.cycles)} cycles`);
    const [off5, on5] = runs.get(5_000)!;
    expect(text).toContain(`the slower run also makes ${off5.scheduler.switches - on5.scheduler.switches} more switches`);
  });
});

describe('docs/measurements.md: processes, simulated (bench/fork-exit.s, bench/cow-faults.s)', () => {
  /** Cycles per unit of work: the measured run minus its baseline (as bench/procs.bench.ts computes). */
  const perUnit = (program: string, baseline: string[], measured: string[], count: number): number =>
    (statsOf([program, ...measured, '--ram', '64M']).cycles - statsOf([program, ...baseline, '--ram', '64M']).cycles) / count;

  const trips = new Map<number, number>();

  it.each([0, 1, 4, 16])('a fork+exit round trip with %i MiB present', (mib) => {
    trips.set(mib, perUnit('bench/fork-exit.s', ['00', String(mib)], ['20', String(mib)], 20));
  }, BUDGET);

  it('a copy-on-write fault, and the figures the page gives', () => {
    const cow = perUnit('bench/cow-faults.s', ['0000', '4'], ['4096', '4'], 4 * 4096);
    const [none, one, four, sixteen] = [0, 1, 4, 16].map((mib) => n(trips.get(mib)!));
    const text = prose('measurements.md');
    expect(text).toContain(`| ${sixteen} cycles |`);
    expect(text).toContain(`| ${n(cow)} cycles |`);
    expect(text).toContain(`${none} cycles with only the text, stack and siginfo pages, ${one} with 1 MiB, ${four} with 4 MiB, ${sixteen} with 16 MiB`);
  }, BUDGET);
});

describe('docs/programs.md: locality.s', () => {
  it('row against column order: the data TLB misses', () => {
    const [row, col] = ['row', 'col'].map((order) => statsOf(['programs/locality.s', order]).tlb.dtlb.misses);
    expect(prose('programs.md')).toContain(`(${n(row)} vs ${n(col)} with the default DTLB)`);
  }, BUDGET);
});

describe('docs/machine.md: the cycle model', () => {
  it("the presets' table is src/machine/costs.ts", () => {
    const section = doc('machine.md').split('## The cycle model')[1].split('\n## ')[0];
    const rows = section.split('\n').filter((line) => /^\| `\w+`/.test(line));
    const seen = new Set<string>();
    for (const row of rows) {
      const [names, ...presets] = row.split('|').slice(1, 5).map((cell) => cell.trim());
      const keys = [...names.matchAll(/`(\w+)`/g)].map((m) => m[1] as keyof Costs);
      presets.forEach((cell, i) => {
        const preset = COST_PRESETS[['default', 'textbook', 'flat'][i]];
        const values = cell.split(' / ').map((v) => Number(v.replace(/,/g, '')));
        keys.forEach((key, k) => expect([key, values.length === 1 ? values[0] : values[k]]).toEqual([key, preset[key]]));
      });
      keys.forEach((key) => seen.add(key));
    }
    expect([...seen].sort()).toEqual([...COST_NAMES].sort());
  });

  it("docs/measurements.md's breakdown of a round trip and a COW fault is the default costs'", () => {
    const c = COST_PRESETS.default;
    const text = prose('measurements.md');
    expect(text).toContain(`fork copies the parent's 4,099 PTEs, a memory read and write each (${n(4099 * 2 * c.memory)} cycles)`);
    expect(text).toContain(`zeroes the child's 7 page tables, the root included (${n(7 * c.zeroPage)})`);
    expect(text).toContain(`two context switches (${n(2 * c.contextSwitch)}), the traps of \`clone\`, \`waitid\` and \`exit\` (${n(3 * c.trapEntry + 2 * c.trapExit)})`);
    expect(text).toContain(`A COW fault is the trap (${c.trapEntry} + ${c.trapExit}), the copy (${c.copyPage}), two page walks (the faulting store's and the restarted one's, ${2 * 2 * c.walkLevel})`);
    expect(text).toContain('16 cycles per page and 512 per page table');
    expect(2 * c.memory * 2).toBe(16); // a PTE copied at fork and cleared at exit: a read and a write each
  });
});
