/** The recorded C differential oracle (test/fixtures/c, from `npm run oracle:record`). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { C_PROGRAMS, elfPath, resultPath, runOnVmlab, workDir } from '../oracle/c-programs.js';

describe.each(C_PROGRAMS)('gcc-built $name', ({ name, args, vmlabBug }) => {
  // A program that shows a known vmlab bug is expected to differ until the bug is fixed.
  const title = vmlabBug ? `differs from qemu-riscv32: known bug: ${vmlabBug}` : 'has the stdout, exit status and files qemu-riscv32 gave';
  (vmlabBug ? it.fails : it)(title, () => {
    const expected = JSON.parse(readFileSync(resultPath(name), 'utf8'));
    expect(runOnVmlab(readFileSync(elfPath(name)), args, workDir())).toEqual(expected);
  });
});
