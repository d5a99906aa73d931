/**
 * bench/run-case.ts, one case of `npm run bench:run`: the line of JSON it prints for run.bench.ts.
 * Only its shape and the guest's figures are checked; its times depend on the machine.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './vmlab.js';
import type { CaseResult } from '../../bench/run-case.js';

describe('bench/run-case', () => {
  it('gives per timed run the process CPU, the wall and, on Linux, the main thread CPU', () => {
    const out = execFileSync(process.execPath, ['--expose-gc', join(ROOT, 'dist/bench/run-case.js'), 'bench/c/crc32.elf', 'jit', 'on', '2'], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, WARMUP: '0' },
    });
    const r = JSON.parse(out.trim().split('\n').pop()!) as CaseResult;
    expect(r.instructions).toBe(16_135_033);
    expect(r.cpu).toHaveLength(2);
    expect(r.wall).toHaveLength(2);
    expect(r.main).toHaveLength(2);
    const linux = existsSync(`/proc/self/task/${process.pid}/schedstat`);
    for (const seconds of [...r.cpu, ...r.wall, r.cold.cpu, r.cold.wall]) expect(seconds).toBeGreaterThan(0);
    for (const seconds of [...r.main, r.cold.main]) {
      if (linux) expect(seconds).toBeGreaterThan(0);
      else expect(seconds).toBeNull();
    }
  });
});
