/** --trace-pages: the file stops growing at its limit, with whole lines, and says so. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PageTrace } from '../../src/cli/page-trace.js';

describe('PageTrace', () => {
  it('keeps every reference under its limit', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'vmlab-trace-')), 'refs');
    const trace = new PageTrace(path, [], 100);
    for (const vpn of [0x400, 0x401, 0x7ffff]) trace.record(vpn);
    trace.close();
    expect([readFileSync(path, 'utf8'), trace.count, trace.full]).toEqual(['0x400\n0x401\n0x7ffff\n', 3, false]);
  });

  it('stops at its limit with whole lines, counting only what it wrote', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'vmlab-trace-')), 'refs');
    const trace = new PageTrace(path, [], 20);
    for (let i = 0; i < 100_000; i++) trace.record(0x400 + (i % 16)); // past one chunk
    trace.close();
    expect([readFileSync(path, 'utf8'), trace.count, trace.full]).toEqual(['0x400\n0x401\n0x402\n', 3, true]);
  });
});
