/**
 * Live C differential oracle (npm run test:oracle): each program freshly built by gcc runs on
 * vmlab and on qemu-riscv32 with the same stdout, exit status and files. With
 * VMLAB_RECORD_FIXTURES=1 it stores the ELF and qemu's results as fixtures; otherwise it checks
 * that the recorded results are still qemu's.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { C_PROGRAMS, elfPath, gccBuild, resultPath, runOnQemu, runOnVmlab, workDir } from './c-programs.js';

const RECORD = process.env.VMLAB_RECORD_FIXTURES === '1';

describe.each(C_PROGRAMS)('C program $name', ({ name, args, source, terminal, links }) => {
  const built = join(workDir(), `${name}.elf`);
  gccBuild(source ?? name, built);
  const qemu = runOnQemu(built, args, workDir(links), terminal);

  it('gives the same stdout, exit status and files on vmlab as on qemu-riscv32', () => {
    expect(runOnVmlab(readFileSync(built), args, workDir(links), {}, terminal)).toEqual(qemu);
  });

  it(RECORD ? 'records the fixture' : 'has recorded results that are still qemu-riscv32\'s', () => {
    if (RECORD) {
      copyFileSync(built, elfPath(name));
      writeFileSync(resultPath(name), JSON.stringify(qemu, null, 1) + '\n');
    }
    expect(JSON.parse(readFileSync(resultPath(name), 'utf8'))).toEqual(qemu);
  });
});
