/**
 * `vmlab sweep` as a user runs it, on a few points of small programs: outputs, determinism across
 * --jobs and shards, resuming, failing points, refusals, and the progress display.
 */
import { describe, expect, it } from 'vitest';
import { closeSync, cpSync, existsSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { BIN, vmlab } from '../cli/vmlab.js';
import { Progress } from '../../src/sweep/progress.js';
import type { Point } from '../../src/sweep/points.js';

const dir = mkdtempSync(join(tmpdir(), 'vmlab-sweep-'));
const OUTPUTS = ['results.json', 'results.csv', 'plot.vl.json', 'plot.svg'];
/** thrash.s 8 3: 8 pages, 3 rounds; it thrashes in 32 KiB (8 frames), not in 64 KiB. */
const TINY = ['--name', 'tiny', '--program', 'programs/thrash.s', '--arg', '8', '--arg', '3', '--vary', 'ram=32k,64k',
  '--vary', 'policy=fifo,lru', '--column', 'faults=faults.minor+faults.major', '--summary', 'faults,reclaim.evictions'];
const TINY_TABLE = [
  'ram  policy  faults  reclaim.evictions  status',
  '32k  fifo        30                 25  ok',
  '32k  lru         26                 21  ok',
  '64k  fifo        10                  0  ok',
  '64k  lru         10                  0  ok',
  '',
].join('\n');

const outputs = (out: string): string[] => OUTPUTS.map((f) => readFileSync(join(out, f), 'utf8'));

describe('vmlab sweep', () => {
  const first = join(dir, 'jobs1');

  it('runs every point, prints a table, writes JSON, CSV, a Vega-Lite spec and an SVG', () => {
    const r = vmlab('sweep', ...TINY, '--out', first, '--jobs', '1');
    expect(r.stderr).toBe([
      'vmlab: sweep tiny: 1/4 [0] ram=32k policy=fifo: ok',
      'vmlab: sweep tiny: 2/4 [1] ram=32k policy=lru: ok',
      'vmlab: sweep tiny: 3/4 [2] ram=64k policy=fifo: ok',
      'vmlab: sweep tiny: 4/4 [3] ram=64k policy=lru: ok',
      `vmlab: sweep tiny: 4 points; results.json, results.csv, plot.svg (faults against ram) in ${first}`,
      '',
    ].join('\n'));
    expect(r.stdout).toBe(TINY_TABLE);
    expect(r.status).toBe(0);
    const [json, csv, vl, svg] = outputs(first);
    const results = JSON.parse(json);
    expect(results.points.map((p: { command: string }) => p.command)).toEqual([
      'vmlab run --policy fifo --ram 32k -- programs/thrash.s 8 3', 'vmlab run --policy lru --ram 32k -- programs/thrash.s 8 3',
      'vmlab run --policy fifo --ram 64k -- programs/thrash.s 8 3', 'vmlab run --policy lru --ram 64k -- programs/thrash.s 8 3',
    ]);
    expect(results.points[0].stats.faults).toEqual({ minor: 9, major: 21, protection: 0, invalid: 0, cow: 0 });
    expect(results.points[0].stats.host).toBeUndefined();
    const lines = csv.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0].startsWith('index,ram,policy,status,reason,faults,schema,program,exit.status,exit.end,exit.report,instructions,cycles,')).toBe(true);
    expect(lines[1].startsWith('0,32k,fifo,ok,,30,vmlab-stats/1,programs/thrash.s,0,exit,,')).toBe(true);
    expect(JSON.parse(vl).data.values).toEqual([
      { x: 32, y: 30, series: 'fifo' }, { x: 32, y: 26, series: 'lru' }, { x: 64, y: 10, series: 'fifo' }, { x: 64, y: 10, series: 'lru' },
    ]);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('>ram (KiB)</text>');
    expect(svg).toContain('>faults</text>');
  });

  it('says on the y axis which dimension the chart averages over when it shows neither as x nor as lines', () => {
    const redrawn = join(dir, 'redrawn');
    cpSync(first, redrawn, { recursive: true });
    // Lines by exit status (one line): the two policies' points at each RAM size are averaged.
    const r = vmlab('sweep', ...TINY, '--out', redrawn, '--jobs', '1', '--color', 'exit.status');
    expect(r.status).toBe(0);
    const vl = JSON.parse(readFileSync(join(redrawn, 'plot.vl.json'), 'utf8'));
    expect(vl.encoding.y).toMatchObject({ aggregate: 'mean', title: 'faults (mean over policy)' });
    expect(readFileSync(join(redrawn, 'plot.svg'), 'utf8')).toContain('>faults (mean over policy)</text>');
  });

  it('gives byte-identical outputs with --jobs 2', () => {
    const out = join(dir, 'jobs2');
    const r = vmlab('sweep', ...TINY, '--out', out, '--jobs', '2');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(TINY_TABLE);
    expect(outputs(out)).toEqual(outputs(first));
  });

  const spec = join(dir, 'tiny.yaml');

  it('runs one shard of the points; merge refuses while points are missing', () => {
    writeFileSync(spec, [
      'program: programs/thrash.s', 'args: [8, 3]', 'vary:', '  ram: [32k, 64k]', '  policy: [fifo, lru]',
      'columns:', '  faults: faults.minor+faults.major', 'summary: [faults, reclaim.evictions]', '',
    ].join('\n'));
    const one = vmlab('sweep', spec, '--shard', '1/2', '--jobs', '1', '--out', join(dir, 'shard1'));
    expect(one.stderr).toBe([
      'vmlab: sweep tiny (shard 1/2): 1/2 [0] ram=32k policy=fifo: ok',
      'vmlab: sweep tiny (shard 1/2): 2/2 [2] ram=64k policy=fifo: ok',
      `vmlab: sweep tiny (shard 1/2): 2 points done in ${join(dir, 'shard1')}; \`vmlab sweep merge\` joins the shards once all have run`,
      '',
    ].join('\n'));
    expect(one.status).toBe(0);
    expect(existsSync(join(dir, 'shard1', 'points-1-of-2.jsonl'))).toBe(true);
    const incomplete = vmlab('sweep', 'merge', spec, join(dir, 'shard1'), '--out', join(dir, 'merged'));
    expect(incomplete.stderr).toBe('vmlab: sweep merge: 2 of 4 points are in none of the shards (the first: [1] ram=32k policy=lru)\n');
    expect(incomplete.status).toBe(1);
    // Found by an adversarial test: a shard directory that does not exist was taken for an empty one.
    const mistyped = vmlab('sweep', 'merge', spec, join(dir, 'shard1'), join(dir, 'shard-2'), '--out', join(dir, 'merged'));
    expect(mistyped).toEqual({ stdout: '', stderr: `vmlab: sweep merge: no shard directory '${join(dir, 'shard-2')}'\n`, status: 1 });
  });

  it('gives byte-identical outputs from two shards merged', () => {
    expect(vmlab('sweep', spec, '--shard', '2/2', '--out', join(dir, 'shard2')).status).toBe(0);
    const merged = vmlab('sweep', 'merge', spec, join(dir, 'shard1'), join(dir, 'shard2'), '--out', join(dir, 'merged'));
    expect(merged.status).toBe(0);
    expect(merged.stdout).toBe(TINY_TABLE);
    expect(outputs(join(dir, 'merged'))).toEqual(outputs(first));
  });

  it('resumes: a re-run skips the points done, and runs again a point its journal lacks', () => {
    const again = vmlab('sweep', ...TINY, '--out', first);
    expect(again.stderr.split('\n')[0]).toBe('vmlab: sweep tiny: 4 of 4 points already done');
    expect(again.stdout).toBe(TINY_TABLE);
    const journal = join(first, 'points.jsonl');
    const lines = readFileSync(journal, 'utf8').split('\n');
    writeFileSync(journal, [lines[0], lines[1], lines[3], lines[2].slice(0, 40)].join('\n'));
    const resumed = vmlab('sweep', ...TINY, '--out', first, '--jobs', '1');
    expect(resumed.stderr.split('\n').slice(0, 2)).toEqual([
      'vmlab: sweep tiny: 3 of 4 points already done', 'vmlab: sweep tiny: 4/4 [2] ram=64k policy=fifo: ok',
    ]);
    expect(resumed.stdout).toBe(TINY_TABLE);
    expect(outputs(first)).toEqual(outputs(join(dir, 'jobs2')));
  });

  // Found by an adversarial test: a misspelt statistic gave an empty column and status 0, and a
  // bad chart axis was found only once every point had run.
  it('refuses a column, summary or chart axis naming nothing a point has, before any point runs', () => {
    const out = join(dir, 'misspelt');
    const base = ['sweep', '--name', 'm', '--program', 'programs/hello.s', '--vary', 'ram=64k,128k', '--out', out];
    expect(vmlab(...base, '--column', 'f=faults.mnior+faults.major')).toEqual({ stdout: '', stderr: "vmlab: sweep: column f: no dimension, column or statistic 'faults.mnior'\n", status: 1 });
    expect(vmlab(...base, '--summary', 'cycles,tlb.dtlb.mises')).toEqual({ stdout: '', stderr: "vmlab: sweep: summary: no dimension, column or statistic 'tlb.dtlb.mises'\n", status: 1 });
    expect(vmlab(...base, '--x', 'nosuch')).toEqual({ stdout: '', stderr: "vmlab: sweep: plot x: no dimension, column or statistic 'nosuch'\n", status: 1 });
    // A column named as a dimension or a statistic, or reading a column not worked out before it (found by an adversarial test).
    expect(vmlab(...base, '--column', 'ram=cycles')).toEqual({ stdout: '', stderr: 'vmlab: sweep: column ram: the name of a dimension; give the column another name\n', status: 1 });
    expect(vmlab(...base, '--column', 'cycles=instructions')).toEqual({ stdout: '', stderr: 'vmlab: sweep: column cycles: the name of a statistic; give the column another name\n', status: 1 });
    expect(vmlab(...base, '--column', 'a=b', '--column', 'b=a')).toEqual({ stdout: '', stderr: "vmlab: sweep: column a: column 'b' is not worked out before it (a column may use only the columns above it)\n", status: 1 });
    expect(vmlab(...base, '--column', 'a=a+1')).toEqual({ stdout: '', stderr: "vmlab: sweep: column a: column 'a' is not worked out before it (a column may use only the columns above it)\n", status: 1 });
    expect(vmlab(...base, '--vary', 'ram=256k')).toEqual({ stdout: '', stderr: 'vmlab: --vary ram is given twice\n', status: 1 });
    expect(vmlab(...base, '--set', 'seed=1', '--set', 'seed=2')).toEqual({ stdout: '', stderr: 'vmlab: --set seed is given twice\n', status: 1 });
    expect(existsSync(out)).toBe(false);
    // Statistics by their --stats-json names, arrays' elements by index; the guest's out.NAME is taken on trust.
    const r = vmlab(...base, '--column', 'f=faults.minor+processes.0.faults.minor+vmas.1.faults.major+out.loops', '--summary', 'f,exit.status', '--x', 'ram');
    expect(r.status).toBe(0);
  });

  // Found by an adversarial test: a program dimension gave results.csv two columns named program.
  it('writes a statistic named as a dimension once in results.csv (program, with the dimension\'s value)', () => {
    const out = join(dir, 'twoprograms');
    vmlab('sweep', '--name', 'p', '--program', 'programs/hello.s', '--program', 'programs/sieve.s', '--out', out, '--jobs', '1');
    const [header, first] = readFileSync(join(out, 'results.csv'), 'utf8').split('\n');
    expect(header.split(',').filter((c) => c === 'program')).toEqual(['program']);
    expect(first.split(',')[header.split(',').indexOf('program')]).toBe('programs/hello.s');
  });

  it('records a failing point with its reason and goes on; exit status 1', () => {
    const out = join(dir, 'failing');
    const r = vmlab('sweep', '--name', 'f', '--program', 'programs/write-text.s', '--program', 'programs/hello.s', '--out', out,
      '--summary', 'exit.status', '--jobs', '1');
    const reason = 'SIGSEGV: store at 0x00400000: .text [0x00400000-0x00401000 r-x] is not writable (pc 0x0040000c)';
    expect(r.stdout).toBe([
      'program                exit.status  status',
      `programs/write-text.s          139  failed: ${reason}`,
      'programs/hello.s                 0  ok',
      '',
    ].join('\n'));
    expect(r.stderr).toContain(`vmlab: sweep f: 1/2 [0] program=programs/write-text.s: failed: ${reason}\n`);
    expect(r.stderr).toContain('vmlab: sweep f: 2 points, 1 failed; ');
    expect(r.status).toBe(1);
    const points = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')).points;
    expect(points.map((p: { status: string; reason: string | null }) => [p.status, p.reason])).toEqual([['failed', reason], ['ok', null]]);
  });

  it('records an assembly error by its first located line, not the caret under it', () => {
    const bad = join(dir, 'bad.s');
    writeFileSync(bad, '.globl _start\n_start:\n  addi a0, a1, 5000\n');
    const r = vmlab('sweep', '--name', 'asm', '--program', bad, '--out', join(dir, 'asm-out'), '--jobs', '1');
    expect(r.status).toBe(1);
    const points = JSON.parse(readFileSync(join(dir, 'asm-out', 'results.json'), 'utf8')).points;
    expect(points[0].reason).toBe(`${bad}:3:16: illegal operands \`addi a0,a1,5000': immediate out of range: 5000 is not in -2048..2047`);
  });

  it('refuses a spec that is a FIFO or a directory in one line (a FIFO would block)', () => {
    const fifo = join(dir, 'spec.fifo');
    execFileSync('mkfifo', [fifo]);
    expect(vmlab('sweep', fifo)).toEqual({ stdout: '', stderr: `vmlab: cannot read spec '${fifo}': not a regular file\n`, status: 1 });
    expect(vmlab('sweep', dir)).toEqual({ stdout: '', stderr: `vmlab: cannot read spec '${dir}': is a directory\n`, status: 1 });
  });

  it('refuses a bad spec in one line before anything runs', () => {
    const spec = join(dir, 'bad.yaml');
    writeFileSync(spec, 'program: programs/hello.s\nvary:\n  ram: [64k, 7k]\n');
    const r = vmlab('sweep', spec, '--out', join(dir, 'bad-out'));
    expect(r.stderr).toBe(`vmlab: ${spec}: point ram=7k: bad --ram '7k': must be a multiple of 4 KiB from 32 KiB to 2 GiB\n`);
    expect(r.status).toBe(1);
    expect(existsSync(join(dir, 'bad-out'))).toBe(false);
    expect(vmlab('sweep', spec, '--vary', 'ram=64k').stderr)
      .toBe(`vmlab: --vary describes a sweep without a spec file; put it in '${spec}' instead\n`);
    expect(vmlab('sweep', spec, '--jobs', '0').stderr).toBe("vmlab: bad --jobs '0': expected a whole number from 1 to 256\n");
    expect(vmlab('sweep', spec, '--shard', '3/2').stderr).toBe("vmlab: bad --shard '3/2': expected K/N with 1 <= K <= N\n");
    expect(vmlab('sweep').stderr).toBe('vmlab: sweep: give a spec file, or --program and --vary\n');
    // The kernel's limits too: a quantum of 0 is refused before the first point runs.
    const quantum = join(dir, 'quantum.yaml');
    writeFileSync(quantum, 'program: programs/hello.s\nvary:\n  quantum: [1000, 0]\n');
    expect(vmlab('sweep', quantum, '--out', join(dir, 'quantum-out'))).toEqual({
      stdout: '', stderr: `vmlab: ${quantum}: point quantum=0: bad --quantum '0': expected a whole number from 1 to 9007199254740991\n`, status: 1,
    });
    expect(existsSync(join(dir, 'quantum-out'))).toBe(false);
  });

  // Found by an adversarial test: an unknown tag was taken (as a string) with two lines of Node's
  // own warning on stderr, and a name's terminal escapes reached the terminal.
  it('refuses a YAML tag it does not know, and quotes a bad name with its control characters escaped', () => {
    const tagged = join(dir, 'tagged.yaml');
    writeFileSync(tagged, 'program: !!js/function programs/hello.s\n');
    expect(vmlab('sweep', tagged)).toEqual({
      stdout: '', stderr: `vmlab: ${tagged}: not YAML or JSON: Unresolved tag: tag:yaml.org,2002:js/function\n`, status: 1,
    });
    // Found by a review of that change: these were "internal error" or taken in part.
    for (const [file, text, why] of [['alias.yaml', 'program: *nope\n', 'Unresolved alias (the anchor must be set before the alias): nope'],
      ['two.yaml', 'program: programs/hello.s\n---\nprogram: programs/hello.s\n', 'it holds more than one document (---)']]) {
      writeFileSync(join(dir, file), text);
      expect(vmlab('sweep', join(dir, file))).toEqual({ stdout: '', stderr: `vmlab: ${join(dir, file)}: not YAML or JSON: ${why}\n`, status: 1 });
    }
    const named = join(dir, 'named.yaml');
    writeFileSync(named, 'name: "\\e]0;x\\a"\nprogram: programs/hello.s\n');
    expect(vmlab('sweep', named).stderr).toBe(`vmlab: ${named}: bad name '\\x1b]0;x\\x07': letters, digits, '.', '_' and '-' only\n`);
  });
});

describe('progress', () => {
  const point = { index: 1, at: { ram: '64k' } } as unknown as Point;
  const read = (s: PassThrough): string => String(s.read() ?? '');

  it('on a terminal: a bar redrawn in place, with points done, running and time left', () => {
    const out = new PassThrough();
    const p = new Progress(4, 1, out, true, 'k');
    expect(read(out)).toBe('vmlab: sweep k: 1 of 4 points already done\n');
    p.start();
    expect(read(out)).toBe(`\r\x1b[K[########......................] 1/4 done, 1 running`);
    p.end(point, { key: '', status: 'ok', reason: null, stats: null, out: {} });
    expect(read(out)).toMatch(/^\r\x1b\[K\[###############...............\] 2\/4 done, 0 running, \d+:\d\d left$/);
    p.end(point, { key: '', status: 'failed', reason: 'why', stats: null, out: {} });
    expect(read(out)).toMatch(/^\r\x1b\[Kvmlab: sweep k: 3\/4 \[1\] ram=64k: failed: why\n\r\x1b\[K\[#+\.+\] 3\/4 done/);
    p.finish();
    expect(read(out)).toBe('\r\x1b[K');
  });

  it('elsewhere: a plain line per point', () => {
    const out = new PassThrough();
    const p = new Progress(2, 0, out, false, 'k');
    p.start();
    p.end(point, { key: '', status: 'ok', reason: null, stats: null, out: {} });
    p.finish();
    expect(read(out)).toBe('vmlab: sweep k: 1/2 [1] ram=64k: ok\n');
  });
});

describe('vmlab sweep, stopped and misdirected', () => {
  it('SIGTERM stops it as Ctrl-C does, with status 143 (as vmlab run)', async () => {
    const out = join(dir, 'term');
    const loop = join(dir, 'loop.s');
    writeFileSync(loop, '.globl _start\n_start:\n1: j 1b\n');
    // --jobs 1: hello.s's point ends (its line on stderr), then the looping one runs until SIGTERM.
    const child = spawn(process.execPath, ['bin/vmlab.js', 'sweep', '--name', 't', '--program', 'programs/hello.s', '--program', loop,
      '--jobs', '1', '--out', out]);
    let stderr = '';
    let sent = false;
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
      if (!sent && stderr.includes('hello.s')) sent = child.kill('SIGTERM');
    });
    const status = await new Promise((done) => child.on('close', (code, signal) => done(signal ?? code)));
    expect(status).toBe(143);
    expect(stderr).toContain('vmlab: sweep t: interrupted with 1 of 2 points done; run it again to resume\n');
  }, 60_000);

  it('says in one line why its output directory will not do', () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    expect(vmlab('sweep', '--program', 'programs/hello.s', '--out', file)).toEqual({
      stdout: '', stderr: `vmlab: cannot use '${file}' as the sweep's output directory: not a directory\n`, status: 1,
    });
    expect(vmlab('sweep', '--program', 'programs/hello.s', '--out', '')).toEqual({
      stdout: '', stderr: "vmlab: no directory named for the sweep's output\n", status: 1,
    });
    // Found by an adversarial test: Node's recursive mkdir retried for ever under /proc (100 % CPU).
    expect(vmlab('sweep', '--program', 'programs/hello.s', '--out', '/proc/nope/deeper')).toEqual({
      stdout: '', stderr: "vmlab: cannot create the sweep's output directory '/proc/nope/deeper': no such file or directory\n", status: 1,
    });
  });

  // Found by an adversarial test: a program or a spec in the output directory, under an output's
  // name, was overwritten by the results.
  it('refuses, before any point runs, to overwrite its program or its spec with an output', () => {
    const out = mkdtempSync(join(tmpdir(), 'vmlab-sweep-inputs-'));
    const program = join(out, 'results.csv');
    writeFileSync(program, readFileSync('programs/hello.s'));
    expect(vmlab('sweep', '--program', program, '--out', out)).toEqual({
      stdout: '', stderr: `vmlab: refusing to overwrite input file '${program}' with the sweep's results.csv\n`, status: 1,
    });
    const journal = join(out, 'points.jsonl');
    writeFileSync(journal, readFileSync('programs/hello.s'));
    expect(vmlab('sweep', '--program', journal, '--out', out).stderr).toBe(`vmlab: refusing to overwrite input file '${journal}' with the sweep's points.jsonl\n`);
    const spec = join(out, 'results.json');
    writeFileSync(spec, JSON.stringify({ program: 'programs/hello.s', out }));
    expect(vmlab('sweep', spec)).toEqual({ stdout: '', stderr: `vmlab: refusing to overwrite input file '${spec}' with the sweep's results.json\n`, status: 1 });
    expect(readFileSync(program, 'utf8')).toBe(readFileSync('programs/hello.s', 'utf8'));
    expect(JSON.parse(readFileSync(spec, 'utf8'))).toEqual({ program: 'programs/hello.s', out });
  });

  it('leaves the points at 0 out of a log-scale chart, and says so', () => {
    // bss-touch 0 touches no page of its array: minor faults 0 on a log axis.
    const out = join(dir, 'logy');
    const r = vmlab('sweep', '--name', 'z', '--program', 'programs/bss-touch.s', '--arg', '${n}', '--vary', 'n=0,2,4', '--jobs', '1',
      '--y', 'vmas.1.faults.minor', '--log-y', '--out', out);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('vmlab: sweep z: plot.svg: 1 of 3 points left out: 0 or less on a log scale\n');
    const vl = JSON.parse(readFileSync(join(out, 'plot.vl.json'), 'utf8'));
    expect(vl.data.values.map((v: { y: number }) => v.y)).toEqual([2, 4]);
  });

  // Found by an adversarial test: a stack trace, after every point had run.
  it('says in one line that it cannot write its table to a full standard output', () => {
    const out = join(dir, 'full');
    const full = openSync('/dev/full', 'w');
    const r = spawnSync(process.execPath, [BIN, 'sweep', '--program', 'programs/hello.s', '--out', out], { encoding: 'utf8', stdio: ['ignore', full, 'pipe'] });
    closeSync(full);
    expect(r.stderr.split('\n').filter((line) => !line.includes(' 1/1 [0] '))).toEqual([
      'vmlab: cannot write the standard output: no space left on device', '']);
    expect(r.status).toBe(1);
    for (const name of OUTPUTS) expect(existsSync(join(out, name))).toBe(true);
  });
});

// Found by an adversarial test: names every JavaScript object inherits broke sweeps, and any
// value with `..` in it was read as a range.
describe('vmlab sweep, names and values of any spelling', () => {
  it('takes a column named constructor or __proto__, and a dimension named constructor', () => {
    const out = join(dir, 'proto');
    const r = vmlab('sweep', '--name', 'toString', '--program', 'programs/bss-touch.s', '--arg', '${constructor}', '--vary', 'constructor=0,2',
      '--column', 'constructor2=vmas.1.faults.minor', '--column', '__proto__=constructor2*2', '--jobs', '1', '--out', out);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(['constructor  constructor2  __proto__  status', '0                       0          0  ok', '2                       2          4  ok', ''].join('\n'));
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    expect(results.points.map((p: { columns: Record<string, number> }) => Object.entries(p.columns))).toEqual([
      [['constructor2', 0], ['__proto__', 0]], [['constructor2', 2], ['__proto__', 4]]]);
    expect(readFileSync(join(out, 'results.csv'), 'utf8').split('\n')[0]).toMatch(/^index,constructor,status,reason,constructor2,__proto__,schema,/);
    expect(readFileSync(join(out, 'plot.svg'), 'utf8')).toContain('constructor2');
  });

  it('reads a value with .. in it (a relative path) as a value, and a list of them as a list', () => {
    const out = join(dir, 'dotdot');
    const r = vmlab('sweep', '--program', 'programs/hello.s', '--vary', 'policy=fifo,../no-such-policy.js', '--out', out);
    expect(r.stderr).toBe("vmlab: sweep: point policy=../no-such-policy.js: policy plug-in '../no-such-policy.js': no such file\n");
    expect(r.status).toBe(1);
    // A range is still a range.
    expect(vmlab('sweep', '--program', 'programs/hello.s', '--vary', 'quantum=9..1', '--out', out).stderr)
      .toBe("vmlab: sweep: vary quantum: bad range '9..1': from is above to\n");
  });
});
