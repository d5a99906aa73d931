/**
 * Live check of the compiler-output corpus (npm run test:oracle): gcc -S still writes exactly
 * the recorded .s files (with VMLAB_RECORD_FIXTURES=1 it rewrites them). The cases themselves
 * (bytes, symbols, runs) are in gnu.test.ts with the other oracle cases.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CORPUS_SOURCES, CORPUS_VARIANTS, gccArgs, generatedPath } from './corpus.js';

const RECORD = process.env.VMLAB_RECORD_FIXTURES === '1';
const dir = mkdtempSync(join(tmpdir(), 'vmlab-corpus-'));

describe.each(CORPUS_VARIANTS)('gcc -S $flags', (variant) => {
  it.each(CORPUS_SOURCES)(RECORD ? 'records %s' : '%s is still what gcc writes', (source) => {
    const out = join(dir, `${variant.name}-${source.replace(/\//g, '_')}.s`);
    execFileSync('riscv64-unknown-elf-gcc', gccArgs(variant, source, out));
    const fresh = readFileSync(out, 'utf8');
    const recorded = generatedPath(variant, source);
    if (RECORD) {
      mkdirSync(dirname(recorded), { recursive: true });
      writeFileSync(recorded, fresh);
    }
    expect(readFileSync(recorded, 'utf8')).toBe(fresh);
  });
});
