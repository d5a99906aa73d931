/** The recorded C differential oracle (test/fixtures/c, from `npm run oracle:record`). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { C_PROGRAMS, elfPath, resultPath, runOnVmlab, workDir } from '../oracle/c-programs.js';

describe.each(C_PROGRAMS)('gcc-built $name', ({ name, args, terminal, links }) => {
  it('has the stdout, exit status and files qemu-riscv32 gave', () => {
    const expected = JSON.parse(readFileSync(resultPath(name), 'utf8'));
    expect(runOnVmlab(readFileSync(elfPath(name)), args, workDir(links), {}, terminal)).toEqual(expected);
  });
});
