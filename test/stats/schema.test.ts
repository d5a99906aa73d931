/**
 * The statistics' JSON Schemas (schemas/stats.schema.json for --stats-json,
 * schemas/stats-every.schema.json for each --stats-every line) against real output of `vmlab run`:
 * every key vmlab writes is described (the schemas allow no other), every required key is there,
 * and each output names its version. Checked by ajv (draft 2020-12, strict mode).
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { vmlab } from '../cli/vmlab.js';

const dir = mkdtempSync(join(tmpdir(), 'vmlab-schema-'));
const ajv = new Ajv2020({ strict: true, allErrors: true });
const schema = (name: string): ValidateFunction => ajv.compile(JSON.parse(readFileSync(`schemas/${name}`, 'utf8')));
const statsSchema = schema('stats.schema.json');
const lineSchema = schema('stats-every.schema.json');

/** The errors of `validate` on `value`, as short strings ([] if it is valid). */
function errors(validate: ValidateFunction, value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

const handler = join(dir, 'nonsense.js');
writeFileSync(handler, 'export default () => 42;');
// A sleep of 2^63 - 1 seconds: the clock reaches 2^52 cycles, the most vmlab counts exactly.
const sleeper = join(dir, 'sleep.s');
writeFileSync(sleeper, '.data\nts: .word 0xffffffff, 0x7fffffff, 0, 0\n.text\n.globl _start\n_start: li a0, 1\n li a1, 0\n la a2, ts\n' +
  ' li a3, 0\n li a7, 407\n ecall\n li a7, 93\n ecall\n');

/** Runs that between them write every optional key and every way a run ends. */
const RUNS: [string, string[], number][] = [
  ['hello, MMU off', ['programs/hello.s', '--mmu', 'off'], 0],
  ['fork-cow, unified TLB and an L2 TLB', ['programs/fork-cow.s', '100', '--tlb', '64:4:lru', '--l2tlb', '512:8:lru'], 0],
  ['thrash in 140k: swapping', ['programs/thrash.s', '32', '--ram', '140k', '--policy', 'fifo'], 0],
  ['a SIGSEGV', ['programs/protection.s', 'write'], 139],
  ['the instruction limit', ['programs/sieve.s', '--max-instructions', '20000'], 124],
  ['a failed fault-handler plug-in', ['programs/hello.s', '--fault-handler', handler], 70],
  ['the clock at 2^52 cycles', [sleeper], 124],
];

describe('the statistics\' schemas', () => {
  const outputs = RUNS.map(([name, args, status], i) => {
    const json = join(dir, `${i}.json`);
    const series = join(dir, `${i}.jsonl`);
    return { name, args, status, json, series };
  });

  it.each(outputs.map((o) => [o.name, o] as const))('%s: --stats-json and every --stats-every line are valid', (_, o) => {
    const r = vmlab('run', ...o.args, '--stats-json', o.json, '--stats-every', '20000', o.series);
    expect(r.status, r.stderr).toBe(o.status);
    const stats = JSON.parse(readFileSync(o.json, 'utf8'));
    expect(stats.schema).toBe('vmlab-stats/1');
    expect(stats.exit.status).toBe(o.status);
    expect(errors(statsSchema, stats)).toEqual([]);
    const lines = readFileSync(o.series, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    for (const line of lines) {
      expect(line.schema).toBe('vmlab-stats-every/1');
      expect(errors(lineSchema, line)).toEqual([]);
    }
  });

  it('refuses what vmlab never writes: a key missing, a key unknown, another version, a wrong type', () => {
    const o = { ...outputs[1], json: join(dir, 'refused.json'), series: join(dir, 'refused.jsonl') };
    expect(vmlab('run', ...o.args, '--stats-json', o.json, '--stats-every', '20000', o.series).status).toBe(0);
    const stats = JSON.parse(readFileSync(o.json, 'utf8'));
    expect(errors(statsSchema, stats)).toEqual([]);
    const { walks, ...noWalks } = stats;
    expect(walks).toBeGreaterThan(0);
    expect(errors(statsSchema, noWalks)).toEqual([" must have required property 'walks'"]);
    expect(errors(statsSchema, { ...stats, extra: 1 })).toEqual([' must NOT have additional properties']);
    expect(errors(statsSchema, { ...stats, schema: 'vmlab-stats/2' })).toEqual(['/schema must be equal to constant']);
    // A key added within version 1 is optional: a file an earlier vmlab wrote is still valid.
    const { megapages, ...older } = stats;
    expect(megapages).toEqual({ mapped: 0, split: 0, freed: 0 });
    expect(errors(statsSchema, older)).toEqual([]);
    expect(errors(statsSchema, { ...stats, megapages: { mapped: 1, split: 0 } })).toEqual(["/megapages must have required property 'freed'"]);
    expect(errors(statsSchema, { ...stats, cycles: -1 })).toEqual(['/cycles must be >= 0']);
    expect(errors(statsSchema, { ...stats, vmas: [{ ...stats.vmas[0], start: '0x400000' }] }))
      .toEqual(['/vmas/0/start must match pattern "^0x[0-9a-f]{8}$"']);

    const line = JSON.parse(readFileSync(o.series, 'utf8').split('\n')[0]);
    expect(line.delta.tlbMisses).toEqual({ tlb: expect.any(Number), l2tlb: expect.any(Number) });
    expect(errors(lineSchema, line)).toEqual([]);
    const both = { ...line, delta: { ...line.delta, tlbMisses: { ...line.delta.tlbMisses, itlb: 1 } } };
    expect(errors(lineSchema, both)).toContain('/delta/tlbMisses must match exactly one schema in oneOf');
    expect(errors(lineSchema, { ...line, processes: [{ ...line.processes[0], state: 'zombie' }] }))
      .toEqual(['/processes/0/state must be equal to one of the allowed values']);
  });
});
