/** Sweep specs: checking, ranges, expressions and the points they expand to (nothing runs here). */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSpec, readSpecFile } from '../../src/sweep/spec.js';
import { expandPoints } from '../../src/sweep/points.js';
import { checkedPoints } from '../../src/sweep/sweep.js';
import { expandRange } from '../../src/sweep/range.js';
import { parseExpr } from '../../src/sweep/expr.js';
import { UsageError } from '../../src/cli/usage-error.js';
import { Journal, readJournals } from '../../src/sweep/journal.js';

const dir = mkdtempSync(join(tmpdir(), 'vmlab-sweep-spec-'));

/** The one-line message a spec is refused with. */
function refusal(data: unknown): string {
  try {
    checkedPoints(checkSpec(data, 's.yaml', 's'), 's.yaml');
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error('the spec was accepted');
}

describe('ranges', () => {
  it('steps by one, by a step, or by a factor', () => {
    expect(expandRange('1..5')).toEqual([1, 2, 3, 4, 5]);
    expect(expandRange('0..10+4')).toEqual([0, 4, 8]);
    expect(expandRange('1..1024*2')).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024]);
    expect(expandRange({ from: 3, to: 9, step: 3 })).toEqual([3, 6, 9]);
  });

  it('keeps the unit of a size', () => {
    expect(expandRange('96k..128k+16k')).toEqual(['96k', '112k', '128k']);
    expect(expandRange('1M..4M*2')).toEqual(['1M', '2M', '4M']);
    expect(expandRange('4k..8k+3000')).toEqual(['4k', '7096']);
  });

  it('refuses bad ranges, saying why', () => {
    expect(() => expandRange('9..1')).toThrow("bad range '9..1': from is above to");
    expect(() => expandRange('1..9+0')).toThrow("bad range '1..9+0': the step must be above 0");
    expect(() => expandRange('1..9*1')).toThrow("bad range '1..9*1': the factor must be above 1");
    expect(() => expandRange('a..b')).toThrow("bad range 'a..b': from 'a' is not a number");
    expect(() => expandRange('1..')).toThrow("bad range '1..': expected FROM..TO, FROM..TO+STEP or FROM..TO*FACTOR");
    expect(() => expandRange({ from: 1, upto: 3 })).toThrow("bad range: unknown key 'upto' (known: from, to, step, factor)");
    expect(() => expandRange('0..100000')).toThrow("bad range '0..100000': more than 10000 values");
  });
});

describe('expressions', () => {
  const stats: Record<string, number> = { 'faults.minor': 3, 'faults.major': 4, 'out.cycles': 10, 'out.accesses': 4, zero: 0 };
  const lookup = (n: string): number | undefined => stats[n];

  it('computes with + - * / and parentheses, left to right', () => {
    expect(parseExpr('faults.minor + faults.major').evaluate(lookup)).toBe(7);
    expect(parseExpr('out.cycles / out.accesses').evaluate(lookup)).toBe(2.5);
    expect(parseExpr('10 - 4 - 3').evaluate(lookup)).toBe(3);
    expect(parseExpr('-(faults.minor + 1) * 2').evaluate(lookup)).toBe(-8);
    expect(parseExpr('faults.minor + faults.major').names).toEqual(['faults.minor', 'faults.major']);
  });

  it('gives null for a missing name, a division by zero, or a value past a double\'s range', () => {
    expect(parseExpr('nothing + 1').evaluate(lookup)).toBeNull();
    expect(parseExpr('out.cycles / zero').evaluate(lookup)).toBeNull();
    // Found by an adversarial test: Infinity, shown as ∞ in the table and written Infinity in the CSV and null in the JSON.
    expect(parseExpr('out.cycles * 1e300 * 1e300').evaluate(lookup)).toBeNull();
    expect(parseExpr('0 - out.cycles * 1e300 * 1e300').evaluate(lookup)).toBeNull();
  });

  it('refuses a number past a double\'s range', () => {
    expect(() => parseExpr('1e400')).toThrow("number too large: '1e400'");
  });

  it('refuses anything but arithmetic', () => {
    expect(() => parseExpr('a +')).toThrow('unexpected end');
    expect(() => parseExpr('(a')).toThrow("missing ')'");
    expect(() => parseExpr('a; b')).toThrow("unexpected ';' at column 2");
    expect(() => parseExpr('a b')).toThrow("unexpected 'b'");
  });
});

describe('points', () => {
  it('are the product of the dimensions, the last varying fastest, each with its vmlab run command line', () => {
    const spec = checkSpec({
      program: 'programs/thrash.s', args: ['${pages}', 2], options: { costs: 'flat' },
      vary: { pages: [4, 8], ram: '64k..128k+64k', asid: [false, true] },
    }, 's.yaml', 's');
    const points = expandPoints(spec);
    expect(points.map((p) => p.at)).toEqual([
      { pages: 4, ram: '64k', asid: false }, { pages: 4, ram: '64k', asid: true },
      { pages: 4, ram: '128k', asid: false }, { pages: 4, ram: '128k', asid: true },
      { pages: 8, ram: '64k', asid: false }, { pages: 8, ram: '64k', asid: true },
      { pages: 8, ram: '128k', asid: false }, { pages: 8, ram: '128k', asid: true },
    ]);
    expect(points[5].argv).toEqual(['run', '--asid', '--costs', 'flat', '--ram', '64k', '--', 'programs/thrash.s', '8', '2']);
    expect(points[4].argv).toEqual(['run', '--costs', 'flat', '--ram', '64k', '--', 'programs/thrash.s', '8', '2']);
  });

  it('repeat adds a seed dimension from the fixed seed on', () => {
    const spec = checkSpec({ program: 'programs/hello.s', options: { seed: 7 }, vary: { policy: ['random'] }, repeat: 3 }, 's.yaml', 's');
    expect(expandPoints(spec).map((p) => p.argv.slice(1, 5))).toEqual([
      ['--policy', 'random', '--seed', '7'], ['--policy', 'random', '--seed', '8'], ['--policy', 'random', '--seed', '9'],
    ]);
  });

  it('several programs make a dimension; options may be given in camelCase; repeatable options take lists', () => {
    const spec = checkSpec({
      program: ['programs/hello.s', 'programs/paging.s'], options: { maxInstructions: 1000, cost: ['memory=50', 'alu=2'] },
    }, 's.yaml', 's');
    expect(expandPoints(spec).map((p) => p.argv)).toEqual([
      ['run', '--cost', 'memory=50', '--cost', 'alu=2', '--max-instructions', '1000', '--', 'programs/hello.s'],
      ['run', '--cost', 'memory=50', '--cost', 'alu=2', '--max-instructions', '1000', '--', 'programs/paging.s'],
    ]);
  });
});

describe('bad specs are refused in one line naming the problem', () => {
  const base = { program: 'programs/hello.s' };
  it.each([
    [{ ...base, vary: { rams: ['64k'] } }, "s.yaml: unknown option 'rams' in vary (known: ram, itlb, dtlb, tlb, l2tlb, asid, mmu, costs, disk, cost, " +
      'config, policy, swap, root, stack-limit, write-through, quantum, fault-handler, max-procs, check, max-instructions, engine, seed)'],
    [{ ...base, vary: { ram: '160k..96k' } }, "s.yaml: vary ram: bad range '160k..96k': from is above to"],
    [{ program: 'programs/nothere.s' }, "s.yaml: program 'programs/nothere.s': no such file"],
    [{ vary: { ram: ['64k'] } }, 's.yaml: no program'],
    [{ ...base, varry: {} }, "s.yaml: unknown key 'varry' (known: name, program, args, options, vary, repeat, columns, summary, plot, out)"],
    [{ ...base, options: { statsJson: 'x.json' } }, "s.yaml: options 'statsJson': the sweep sets it itself"],
    [{ ...base, args: ['${n}'] }, "s.yaml: args use ${n} but vary has no 'n'"],
    [{ ...base, vary: { asid: ['yes'] } }, "s.yaml: bad value 'yes' for asid: it is a flag, true or false"],
    [{ ...base, vary: { ram: ['64k', '7k'] } }, "s.yaml: point ram=7k: bad --ram '7k': must be a multiple of 4 KiB from 32 KiB to 2 GiB"],
    [{ ...base, vary: { policy: ['lru', 'mru'] } }, "s.yaml: point policy=mru: unknown policy 'mru' (known: fifo, clock, lru, random, or a plug-in file like ./my-policy.ts)"],
    [{ ...base, vary: { dtlb: ['64:3:lru'] } }, 's.yaml: point dtlb=64:3:lru: --dtlb: '],
    [{ ...base, vary: { engine: ['jit', 'foo'] } }, "s.yaml: point engine=foo: unknown engine 'foo' (known: "],
    [{ ...base, vary: { 'fault-handler': ['examples/nothere.js'] } }, "s.yaml: point fault-handler=examples/nothere.js: fault handler 'examples/nothere.js': no such file"],
    [{ ...base, vary: { policy: ['programs/'] } }, "s.yaml: point policy=programs/: policy plug-in 'programs/': not a regular file"],
    [{ program: 'programs/lib' }, "s.yaml: program 'programs/lib': not a regular file"],
    [{ ...base, repeat: 0 }, "s.yaml: bad repeat '0': expected a whole number from 1 to 1000"],
    [{ ...base, columns: { f: 'faults.minor +' } }, "s.yaml: column f: bad expression 'faults.minor +': unexpected end"],
    [{ ...base, plot: { z: 'ram' } }, "s.yaml: unknown key 'z' in plot (known: x, y, color, logX, logY)"],
    [{ ...base, options: { ram: '64k' }, vary: { ram: ['128k'] } }, "s.yaml: 'ram' is both in options and in vary"],
    [{ ...base, vary: { 'max-procs': [4, 8], maxProcs: [16, 32] } }, "s.yaml: 'max-procs' and 'maxProcs' are one option"],
    [{ ...base, options: { 'stack-limit': '1M', stackLimit: '2M' } }, "s.yaml: 'stack-limit' and 'stackLimit' are one option"],
    [{ ...base, plot: { logY: 'yes' } }, "s.yaml: bad value 'yes' for plot logY: true or false"],
  ])('%j', (data, message) => {
    const got = refusal(data);
    expect(got.startsWith(message)).toBe(true);
    expect(got).not.toContain('\n');
  });

  it('a spec file that is not YAML', () => {
    const path = join(dir, 'bad.yaml');
    writeFileSync(path, 'program: [unclosed\n');
    expect(() => readSpecFile(path)).toThrow(`${path}: not YAML or JSON: Flow sequence in block collection must be sufficiently indented and end with a ]`);
  });

  it('a JSON spec file is read as well, and out is relative to it', () => {
    const path = join(dir, 'j.json');
    writeFileSync(path, JSON.stringify({ program: 'programs/hello.s', out: 'res' }));
    const spec = readSpecFile(path);
    expect(spec.name).toBe('j');
    expect(spec.out).toBe(join(dir, 'res'));
  });

  // Found by an adversarial test: the results went into the spec's own directory.
  it('an empty out is refused, as an empty --out is', () => {
    const path = join(dir, 'empty-out.json');
    writeFileSync(path, JSON.stringify({ program: 'programs/hello.s', out: '' }));
    expect(() => readSpecFile(path)).toThrow(`${path}: out: no directory named for the sweep's output`);
  });

  it('an absolute out is kept as it is', () => {
    const path = join(dir, 'abs.json');
    writeFileSync(path, JSON.stringify({ program: 'programs/hello.s', out: join(dir, 'elsewhere', 'res') }));
    expect(readSpecFile(path).out).toBe(join(dir, 'elsewhere', 'res'));
  });
});

describe('the journal', () => {
  // Found by an adversarial test: after a run killed while writing a line, the next record was
  // glued onto that line, so it could not be read and its point ran again at every resume.
  it('starts a record after a line cut short on a line of its own', () => {
    const journalDir = mkdtempSync(join(tmpdir(), 'vmlab-journal-'));
    writeFileSync(join(journalDir, 'points.jsonl'), '{"key":"a","status":"ok","reason":null,"stats":null,"out":{}}\n{"key":"b","sta');
    new Journal(journalDir, 'points.jsonl').append({ key: 'c', status: 'ok', reason: null, stats: null, out: {} });
    expect([...readJournals(journalDir).keys()]).toEqual(['a', 'c']);
  });
});
