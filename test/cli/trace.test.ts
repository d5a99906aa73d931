/**
 * `vmlab run --trace`: each format's exact bytes for a small program checked by hand, standard
 * output as the trace's file, the bad flags; and `vmlab replay` reading each format back, with a
 * run whose fault count the replay of its own trace must give.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, vmlab, vmlabIn } from './vmlab.js';
import { EVENT_TYPES } from '../../src/kernel/events.js';
import { TraceWriter } from '../../src/cli/trace.js';
import { distinctPages, MAX_DISTINCT_PAGES, MAX_REFS, readRefs } from '../../src/cli/refs.js';
import { UsageError } from '../../src/cli/usage-error.js';

// .text is at 0x400000 (page 0x400 = 1024), .data at the next page, 0x401000 (1025).
const TINY = `
        .text
        .globl  _start
_start:
        la      t0, word        # 0x400000 auipc, 0x400004 addi
        lw      t1, 0(t0)       # 0x400008: its load faults (.data is not in yet), so it is fetched twice
        sw      t1, 4(t0)       # 0x40000c
        lb      t2, 1(t0)       # 0x400010
        li      a7, 93          # 0x400014
        li      a0, 0           # 0x400018
        ecall                   # 0x40001c: exit(0)
        .data
word:   .word   5, 0
`;

const dir = mkdtempSync(join(tmpdir(), 'vmlab-trace-'));
writeFileSync(join(dir, 'tiny.s'), TINY);

/** The trace of tiny.s in `format` (of `what`), as `vmlab run --trace -` prints it. */
function traced(format: string, what = 'accesses'): string {
  const r = vmlabIn(dir, ['run', 'tiny.s', '--trace', '-', '--trace-format', format, '--trace-what', what]);
  expect([r.stderr, r.status]).toEqual(['', 0]);
  return r.stdout;
}

describe('vmlab run --trace', () => {
  it('lackey: Valgrind\'s --trace-mem=yes lines, a restarted instruction fetched again', () => {
    expect(traced('lackey')).toBe([
      'I  00400000,4', 'I  00400004,4', 'I  00400008,4', 'I  00400008,4', ' L 00401000,4', 'I  0040000c,4', ' S 00401004,4',
      'I  00400010,4', ' L 00401001,1', 'I  00400014,4', 'I  00400018,4', 'I  0040001c,4', '',
    ].join('\n'));
  });

  it('din: Dinero IV\'s labels (0 read, 1 write, 2 fetch) and hex addresses', () => {
    expect(traced('din')).toBe([
      '2 400000', '2 400004', '2 400008', '2 400008', '0 401000', '2 40000c', '1 401004', '2 400010', '0 401001', '2 400014',
      '2 400018', '2 40001c', '',
    ].join('\n'));
    // the TLB misses: the first fetch and the load miss, fault, and miss again when they restart
    expect(traced('din', 'misses')).toBe('2 400000\n2 400000\n0 401000\n0 401000\n');
  });

  it('ostep: decimal page numbers; pages: hex page numbers', () => {
    const pages = [1024, 1024, 1024, 1024, 1025, 1024, 1025, 1024, 1025, 1024, 1024, 1024];
    expect(traced('ostep')).toBe(pages.map(String).join('\n') + '\n');
    expect(traced('pages')).toBe(pages.map((p) => `0x${p.toString(16)}`).join('\n') + '\n');
    // the faults: exec's stack page first (argc, argv), then .text and .data
    expect(traced('pages', 'faults')).toBe('0x7fffe\n0x400\n0x401\n');
  });

  it('jsonl: every field of every event', () => {
    const [header, ...events] = traced('jsonl', 'all').trim().split('\n').map((line) => JSON.parse(line));
    expect(header).toEqual({ type: 'trace', schema: 'vmlab-trace/1', what: 'all' });
    const accesses = events.filter((e) => e.type === 'access');
    expect(accesses.length).toBe(12);
    expect(accesses[4]).toEqual({ type: 'access', kind: 'load', va: 0x401000, pa: accesses[4].pa, size: 4, tlb: 'walk', cycles: 24 });
    expect(accesses[5]).toEqual({ type: 'access', kind: 'fetch', va: 0x40000c, pa: accesses[0].pa + 12, size: 4, tlb: 'l1', cycles: 0 });
    const others = events.filter((e) => e.type !== 'access' && e.type !== 'tlb-miss');
    expect(others).toEqual([
      { type: 'fault', cycle: 0, pid: 1, va: 0x7fffef30, access: 'store', pc: 0, area: '[stack]', kind: 'minor', cow: false,
        copied: false, around: 0, result: 'retry', cycles: 512 },
      { type: 'disk', cycle: 624, start: 624, done: 100624, op: 'read', block: 262145 },
      { type: 'fault', cycle: 624, pid: 1, va: 0x400000, access: 'fetch', pc: 0x400000, area: '.text', kind: 'major', cow: false,
        copied: false, around: 0, result: 'retry', cycles: 100000 },
      { type: 'disk', cycle: 100874, start: 100874, done: 200874, op: 'read', block: 262146 },
      { type: 'fault', cycle: 100874, pid: 1, va: 0x401000, access: 'load', pc: 0x400008, area: '.data', kind: 'major', cow: false,
        copied: false, around: 0, result: 'retry', cycles: 100512 },
      // exit ends the process inside the handler: its exit event comes before the call's own event.
      { type: 'exit', cycle: 201640, pid: 1, status: 0 },
      { type: 'syscall', cycle: others[6].cycle, pid: 1, number: 93, args: [0, 0, 0, 0, 0, 0], result: null, outcome: 'ended' },
    ]);
  });

  it('- puts the trace alone on stdout and the guest\'s output on stderr', () => {
    expect(vmlab('run', 'programs/hello.s', '--trace', '-', '--trace-format', 'pages', '--trace-what', 'faults')).toEqual({
      stdout: '0x7fffe\n0x400\n', stderr: 'Hello from vmlab!\n', status: 0,
    });
  });

  it('--trace-pages is --trace-format pages --trace-what misses', () => {
    const file = join(dir, 'refs');
    expect(vmlabIn(dir, ['run', 'tiny.s', '--trace-pages', file]).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('0x400\n0x400\n0x401\n0x401\n');
  });

  it.each([
    [['--trace-format', 'csv'], 'bad --trace-format \'csv\': expected one of jsonl, lackey, din, ostep, pages'],
    [['--trace-what', 'everything'], 'bad --trace-what \'everything\': expected one of accesses, misses, faults, all'],
    [['--trace-format', 'lackey', '--trace-what', 'misses'], '--trace-format lackey cannot show --trace-what misses (it shows accesses)'],
    [['--trace-format', 'din', '--trace-what', 'all'], '--trace-format din cannot show --trace-what all (it shows accesses, misses)'],
  ])('rejects %j in one line', (flags, message) => {
    expect(vmlabIn(dir, ['run', 'tiny.s', '--trace', 't', ...flags])).toEqual({ stdout: '', stderr: `vmlab: ${message}\n`, status: 1 });
  });

  it.each([
    [['--trace-format', 'din'], '--trace-format and --trace-what need --trace FILE'],
    [['--trace', 'a', '--trace-pages', 'b'], 'give one of --trace and --trace-pages (--trace-pages FILE is --trace FILE --trace-format pages --trace-what misses)'],
    [['--trace-every-access'], '--trace-every-access goes with --trace-pages (with --trace: --trace-what accesses)'],
    [['--trace', '-', '--stats-every', '1000', '-'], '--trace and --stats-every cannot both write to the standard output: give one of them a file'],
    [['--trace', '-', '--stats-json', '/dev/stdout'], '--trace and --stats-json cannot both write to the standard output: give one of them a file'],
    [['--stats-json', '-', '--dump', 'areas', '--dump-file', '-'], '--stats-json and --dump-file cannot both write to the standard output: give one of them a file'],
  ])('rejects %j in one line', (flags, message) => {
    expect(vmlabIn(dir, ['run', 'tiny.s', ...flags])).toEqual({ stdout: '', stderr: `vmlab: ${message}\n`, status: 1 });
  });
});

describe('TraceWriter', () => {
  const access = (va: number) => ({ type: 'access', kind: 'load', va, pa: va, size: 4, tlb: 'l1', cycles: 0 } as const);

  it('stops a file at its limit with whole lines, counting only what it wrote', () => {
    const path = join(dir, 'limited');
    const trace = new TraceWriter(path, [], 'pages', 'accesses', 20);
    for (let i = 0; i < 100_000; i++) trace.record(access((0x400 + (i % 16)) * 4096)); // past one chunk
    trace.close();
    expect([readFileSync(path, 'utf8'), trace.count, trace.full]).toEqual(['0x400\n0x401\n0x402\n', 3, true]);
  });
});

describe('vmlab replay of traces', () => {
  it.each([
    ['pages', '0x400\n0x401, 1026 # a comment\n', [1024, 1025, 1026]],
    ['ostep', '1024\n1025\n', [1024, 1025]],
    // a Lackey line with more blanks after its letter than Valgrind writes (Lackey reads it too)
    ['lackey', ' L  00401000,8\nI  00400000,4\n', [1025, 1024]],
    // an access crossing a page boundary refers to both pages; Valgrind's own == lines are skipped
    ['lackey', '==12== Lackey\nI  00400ffc,4\n L 00401ffe,4\n S 7fffe000,8\n M 00000010,1\n', [1024, 1025, 1026, 0x7fffe, 0]],
    // 4 (a cache flush) is no reference; the rest of a line is a comment
    ['din', '2 400000\n0 401ffe\n4 0\n1 7fffe000 a comment\n', [1024, 1025, 0x7fffe]],
    // accesses and faults in their order (the others are not references)
    ['jsonl', '{"type":"fault","va":2147479440}\n{"type":"tlb-miss","va":4194304}\n{"type":"access","va":4194304,"size":4}\n{"type":"disk"}\n',
      [0x7fffe, 1024]],
  ])('reads %s (told apart by its first line)', (format, text, pages) => {
    expect(readRefs(text, 'f', 'auto', undefined)).toEqual(pages);
    expect(readRefs(text, 'f', format as 'pages', undefined)).toEqual(pages);
  });

  it.each([
    // fewer than three lines are never din (they were: `1 2` was a write at 0x2, page 0)
    ['1 2\n', [1, 2]],
    ['1 2\n3 4\n', [1, 2, 3, 4]],
    // a comment is page numbers' own (it was din, and then a din line the reader refused)
    ['# my refs\n1 2\n3 4\n0 5\n', [1, 2, 3, 4, 0, 5]],
    ['1 2\n# my refs\n3 4\n', [1, 2, 3, 4]],
    // din as the din reader takes it: tabs and runs of blanks, a 0x address (they were page numbers)
    ['2\t1000\n0   0x1000\n1\t2000\n', [1, 1, 2]],
  ])('auto tells %j apart as its reader would read it', (text, pages) => {
    expect(readRefs(text, 'f', 'auto', undefined)).toEqual(pages);
  });

  it('cuts addresses into pages of --page-size; the tlb-miss events when a jsonl file has no access or fault', () => {
    expect(readRefs('2 400000\n0 401ffe\n', 'f', 'din', 8192)).toEqual([512, 512]);
    expect(readRefs('{"type":"tlb-miss","va":4194304}\n{"type":"tlb-miss","va":8192}\n', 'f', 'jsonl', 1024)).toEqual([4096, 8]);
  });

  it.each([
    [['--refs-file', 'bad.lk', '--refs-format', 'lackey'], 'bad.lk:2: not a Lackey line: \'X 1234\''],
    [['--refs-file', 'bad.lk', '--refs-format', 'csv'], 'bad --refs-format \'csv\': expected one of auto, pages, ostep, lackey, din, jsonl'],
    [['--refs-file', 'bad.lk', '--page-size', '1000'], 'bad --page-size \'1000\': expected a power of 2 from 1 to 1073741824'],
    [['--refs', '1,2', '--refs-format', 'din'], '--refs-format goes with --refs-file'],
    [['--refs-file', 'pages.txt', '--page-size', '4096'], '--page-size is for traces of addresses (lackey, din, jsonl); pages.txt holds page numbers'],
    // Found by an adversarial test: a Lackey file whose first line was bad was read as page
    // numbers ("bad page number 'I'"), and a page number's error named no line.
    [['--refs-file', 'first.lk'], 'first.lk:1: not a Lackey line: \'I  0x1000,1\''],
    [['--refs-file', 'badpage.txt'], 'badpage.txt:3: bad page number \'x\''],
  ])('rejects %j in one line', (flags, message) => {
    writeFileSync(join(dir, 'bad.lk'), 'I  00400000,4\nX 1234\n');
    writeFileSync(join(dir, 'pages.txt'), '1\n2\n');
    writeFileSync(join(dir, 'first.lk'), 'I  0x1000,1\n S 00400000,4\n');
    writeFileSync(join(dir, 'badpage.txt'), '1\n2\nx\n');
    expect(vmlabIn(dir, ['replay', '--frames', '2', ...flags])).toEqual({ stdout: '', stderr: `vmlab: ${message}\n`, status: 1 });
  });

  // Each was a V8 fatal error (an address past 2^53, where page + 1 === page; a size of 1e300), a
  // hang growing to gigabytes (a size of 10^11 bytes), or an internal error (status 70).
  const ADDRESS = '(expected a whole number from 0 to 0xffffffffffff)', SIZE = '(expected a whole number from 1 to 512)';
  it.each([
    ['l.txt', 'I 10000000000000000000,4\n', `l.txt:1: bad address ${ADDRESS}: 'I 10000000000000000000,4'`],
    ['d.txt', '2 400000\n0 401ffe\n0 10000000000000000000\n', `d.txt:3: bad address ${ADDRESS}: '0 10000000000000000000'`],
    ['a.jsonl', '{"type":"access","va":4096,"size":1e300}\n', `a.jsonl:1: bad access size ${SIZE}: '{"type":"access","va":4096,"size":1e300}'`],
    ['a.jsonl', '{"type":"access","va":4096,"size":4096e9}\n', `a.jsonl:1: bad access size ${SIZE}: '{"type":"access","va":4096,"size":4096e9}'`],
    ['l.txt', 'I 2000,99999999999\n', `l.txt:1: bad access size ${SIZE}: 'I 2000,99999999999'`],
    // the bounds: 48-bit addresses, 1 to 512 bytes (the most Valgrind's Lackey reports)
    ['l.txt', 'I 2000,4\n L 1000000000000,4\n', `l.txt:2: bad address ${ADDRESS}: ' L 1000000000000,4'`],
    ['l.txt', 'I 2000,513\n', `l.txt:1: bad access size ${SIZE}: 'I 2000,513'`],
    ['l.txt', 'I 2000,0\n', `l.txt:1: bad access size ${SIZE}: 'I 2000,0'`],
    ['d.txt', '2 400000\n0 401ffe\n1 1000000000000\n', `d.txt:3: bad address ${ADDRESS}: '1 1000000000000'`],
    // jsonl: a va or size that is negative, fractional, too large or not a number
    ['a.jsonl', '{"type":"access","va":-4096}\n', `a.jsonl:1: bad address ${ADDRESS}: '{"type":"access","va":-4096}'`],
    ['a.jsonl', '{"type":"fault","va":4096.5}\n', `a.jsonl:1: bad address ${ADDRESS}: '{"type":"fault","va":4096.5}'`],
    ['a.jsonl', '{"type":"tlb-miss","va":1e300}\n', `a.jsonl:1: bad address ${ADDRESS}: '{"type":"tlb-miss","va":1e300}'`],
    ['a.jsonl', '{"type":"access","va":"4096"}\n', `a.jsonl:1: bad address ${ADDRESS}: '{"type":"access","va":"4096"}'`],
    ['a.jsonl', '{"type":"access","va":4096,"size":-4}\n', `a.jsonl:1: bad access size ${SIZE}: '{"type":"access","va":4096,"size":-4}'`],
    ['a.jsonl', '{"type":"access","va":4096,"size":0.5}\n', `a.jsonl:1: bad access size ${SIZE}: '{"type":"access","va":4096,"size":0.5}'`],
    ['a.jsonl', '{"type":"access","va":4096,"size":null}\n', `a.jsonl:1: bad access size ${SIZE}: '{"type":"access","va":4096,"size":null}'`],
    ['a.jsonl', '{"type":"fault","pid":1}\n', 'a.jsonl:1: not a vmlab event line: \'{"type":"fault","pid":1}\''],
  ])('rejects %s holding %j in one line', (file, text, message) => {
    writeFileSync(join(dir, file), text);
    expect(vmlabIn(dir, ['replay', '--refs-file', file, '--frames', '1'])).toEqual({ stdout: '', stderr: `vmlab: ${message}\n`, status: 1 });
  });

  it('takes seeds from 1 to 2^32 - 1 (its generator keeps 32 bits: 2^32 + 1 was seed 1 again)', () => {
    writeFileSync(join(dir, 'seeds.txt'), 'I 1000,4\nI 2000,4\nI 3000,4\nI 1000,4\n');
    const run = (seed: string): ReturnType<typeof vmlabIn> => vmlabIn(dir, ['replay', '--refs-file', 'seeds.txt', '--frames', '2', '--policy', 'random', '--seed', seed]);
    expect(run('4294967295').status).toBe(0);
    for (const seed of ['4294967297', '0', '1e0', '0x1']) {
      expect(run(seed)).toEqual({ stdout: '', stderr: `vmlab: bad --seed '${seed}': expected a whole number from 1 to 4294967295\n`, status: 1 });
    }
  });

  it('takes the largest address and size', () => {
    expect(readRefs('I ffffffffffff,1\n', 'f', 'lackey')).toEqual([2 ** 36 - 1]);
    expect(readRefs('{"type":"access","va":281474976710655,"size":512}\n', 'f', 'jsonl', 1).length).toBe(512);
    expect(readRefs('1 ffffffffffff\n', 'f', 'din', 2 ** 30)).toEqual([2 ** 18 - 1]);
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])('skips an event of type %s as any unknown type', (type) => {
    // was: internal error: t.push is not a function (a lookup that found Object.prototype's)
    const trace = '{"type":"fault","va":8192}\n{"type":"access","va":4096,"size":4}\n{"type":"access","va":12284,"size":8}\n';
    const withIt = trace.replace('\n', `\n{"type":"${type}","va":8192}\n`);
    writeFileSync(join(dir, 'plain.jsonl'), trace);
    writeFileSync(join(dir, 'with.jsonl'), withIt);
    const plain = vmlabIn(dir, ['replay', '--refs-file', 'plain.jsonl', '--frames', '2', '--verbose']);
    expect(plain.stdout).toMatch(/^4 references to 3 distinct pages, 2 frames\n/);
    expect(vmlabIn(dir, ['replay', '--refs-file', 'with.jsonl', '--frames', '2', '--verbose'])).toEqual(plain);
    expect(readRefs(withIt, 'f', 'auto')).toEqual([2, 1, 2, 3]);
  });

  // At most 2^26 references (a V8 array holds about 2^27) and 2^24 distinct pages (the most a Set
  // or Map holds; 512-byte accesses in 1-byte pages reach either from a file of a megabyte), here
  // with smaller limits: the line past the limit, in every format.
  it.each([
    ['pages', '1 2\n3 # three\n4\n', 'f:3: more than 3 references (the most replay takes)'],
    ['lackey', 'I 0,1\nI 1,1\nI 2,2\n', 'f:3: more than 3 references (the most replay takes)'],
    ['din', '0 0\n4 0\n0 1\n1 2\n2 3\n', 'f:5: more than 3 references (the most replay takes)'],
    ['jsonl', '{"type":"access","va":0,"size":3}\n{"type":"access","va":3}\n', 'f:2: more than 3 references (the most replay takes)'],
  ])('refuses more references than it takes: %s', (format, text, message) => {
    expect(() => readRefs(text, 'f', format as 'pages', format === 'pages' ? undefined : 1, 3)).toThrow(message);
    expect(readRefs(text.slice(0, text.lastIndexOf('\n', text.length - 2) + 1), 'f', format as 'pages', format === 'pages' ? undefined : 1, 3).length)
      .toBeLessThanOrEqual(3);
  });

  it('refuses more distinct pages than it takes', () => {
    expect(distinctPages([1, 2, 1, 3, 2, 1], 'f', 3)).toBe(3);
    expect(() => distinctPages([1, 2, 1, 3, 2, 4], 'f', 3)).toThrow(new UsageError('f: more than 3 distinct pages (the most replay takes)'));
    expect([MAX_REFS, MAX_DISTINCT_PAGES]).toEqual([67108864, 16777216]);
  });

  // thrash.s 12 4: 12 pages of .bss written in turn, 4 rounds. The process's pages get the RAM's
  // frames but 3: the root page table and the second-level tables of .text/.bss and of the stack.
  it.each([
    ['fifo', '48k', 55], ['fifo', '56k', 54], ['fifo', '64k', 14],
    // The kernel's clock sees what the replay's does: clearing an A bit drops the TLB entry, so the next access sets it again.
    ['clock', '48k', 50], ['clock', '56k', 50], ['clock', '64k', 14],
  ])('replaying a run\'s jsonl trace gives its own fault count (%s, --ram %s: %d)', (policy, ram, expected) => {
    const file = join(dir, `thrash-${policy}-${ram}.jsonl`), stats = join(dir, `thrash-${policy}-${ram}.json`);
    const run = vmlab('run', 'programs/thrash.s', '12', '4', '--ram', ram, '--policy', policy, '--trace', file, '--trace-what', 'all',
      '--stats-json', stats);
    expect(run.status).toBe(0);
    const { faults } = JSON.parse(readFileSync(stats, 'utf8'));
    const frames = parseInt(ram, 10) / 4 - 3;
    const replay = vmlab('replay', '--refs-file', file, '--frames', String(frames), '--policy', policy);
    const misses = Number(new RegExp(`^${policy}\\s+\\d+\\s+(\\d+)`, 'm').exec(replay.stdout)![1]);
    expect(misses).toBe(faults.minor + faults.major);
    expect(misses).toBe(expected);
  });
});

/** The JSON Schema of a jsonl line, as far as the trace's schema uses it. */
interface Schema {
  const?: unknown; enum?: unknown[]; type?: string | string[]; minimum?: number; maximum?: number; $ref?: string;
  items?: Schema; minItems?: number; maxItems?: number; properties?: Record<string, Schema>; required?: string[];
}

/** Whether `value` fits `schema` (only the keywords schemas/trace.schema.json uses; $ref into `defs`). */
function fits(value: unknown, schema: Schema, defs: Record<string, Schema>): boolean {
  if (schema.$ref) return fits(value, defs[schema.$ref.replace('#/$defs/', '')], defs);
  if ('const' in schema && value !== schema.const) return false;
  if (schema.enum && !schema.enum.includes(value)) return false;
  if (schema.type) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
    if (!types.includes(kind)) return false;
  }
  if (typeof value === 'number' && ((schema.minimum ?? -Infinity) > value || (schema.maximum ?? Infinity) < value)) return false;
  if (Array.isArray(value)) {
    if (value.length < (schema.minItems ?? 0) || value.length > (schema.maxItems ?? Infinity)) return false;
    if (schema.items && !value.every((v) => fits(v, schema.items!, defs))) return false;
  }
  if (schema.properties) {
    const keys = Object.keys(value as object).sort();
    if (JSON.stringify(keys) !== JSON.stringify([...schema.required!].sort())) return false;
    return Object.entries(value as object).every(([k, v]) => fits(v, schema.properties![k], defs));
  }
  return true;
}

describe('schemas/trace.schema.json', () => {
  it('describes every line of real jsonl traces, and every event type occurs in them', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/trace.schema.json'), 'utf8')) as { $defs: Record<string, Schema> };
    const seen = new Set<string>();
    for (const [name, args] of [['thrash', ['programs/thrash.s', '12', '4', '--ram', '48k']], ['fork', ['programs/fork-cow.s']]] as const) {
      const file = join(dir, `${name}-all.jsonl`);
      expect(vmlab('run', ...args, '--trace', file, '--trace-what', 'all').status).toBe(0);
      for (const line of readFileSync(file, 'utf8').trim().split('\n')) {
        const event = JSON.parse(line) as { type: string };
        seen.add(event.type);
        expect(fits(event, schema.$defs[event.type === 'trace' ? 'header' : event.type], schema.$defs), line).toBe(true);
      }
    }
    expect([...seen].sort()).toEqual(['trace', ...EVENT_TYPES].sort());
  });
});
