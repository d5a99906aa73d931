/** The GNU toolchain and qemu, driven as the oracle (needs the Debian packages in .ci/run). */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

const AS = 'riscv64-unknown-elf-as';
const LD = 'riscv64-unknown-elf-ld';
const OBJDUMP = 'riscv64-unknown-elf-objdump';
const QEMU = 'qemu-riscv32';

/** Where vmlab put each section, so GNU ld is told to put it at the same address. */
export interface SectionAddresses {
  [name: string]: number;
}

/**
 * Assemble `sources` with GNU as (no relaxation) and link them with GNU ld, placing each section
 * at `addresses`. Returns the executable's bytes.
 */
export function gnuBuild(sources: readonly string[], addresses: SectionAddresses): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'vmlab-oracle-'));
  try {
    const objects = sources.map((src, i) => {
      const obj = join(dir, `${i}-${basename(src)}.o`);
      execFileSync(AS, ['-march=rv32im_zicsr_zifencei', '-mabi=ilp32', '-mno-relax', '-I', dirname(src), src, '-o', obj]);
      return obj;
    });
    const placement = Object.entries(addresses).map(([name, addr]) => `--section-start=${name}=0x${addr.toString(16)}`);
    const out = join(dir, 'a.out');
    execFileSync(LD, ['-m', 'elf32lriscv', '--no-relax', '-e', '_start', '-T', pageStartScript(dir), ...placement, ...objects, '-o', out]);
    return readFileSync(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * ld's default script for elf32lriscv (`ld --verbose`), but for the start of the read-write
 * segment: the start of the page after the code's (ALIGN, where DATA_SEGMENT_ALIGN keeps the
 * code's offset in the page unless that costs a page), which is where vmlab puts it. With the
 * sections placed at vmlab's addresses, the script's symbols then follow its location counter
 * from there as they would in ld's own layout (`__bss_start` up to `_end` the zero-filled part).
 * Written into `dir`; returns its path.
 */
function pageStartScript(dir: string): string {
  const verbose = execFileSync(LD, ['-m', 'elf32lriscv', '--verbose'], { encoding: 'utf8' });
  const [, script] = verbose.split(/^={50}$/m);
  const changed = script
    .replace('. = DATA_SEGMENT_ALIGN (CONSTANT (MAXPAGESIZE), CONSTANT (COMMONPAGESIZE));', '. = ALIGN (CONSTANT (MAXPAGESIZE));')
    .replace(/^.*DATA_SEGMENT_(RELRO_)?END.*$/gm, '');
  if (changed === script || /DATA_SEGMENT/.test(changed)) throw new Error('ld --verbose: the default script is not the one expected');
  const path = join(dir, 'page-start.ld');
  writeFileSync(path, changed);
  return path;
}

/** `objdump -d` of the executable at `path`. */
export function gnuObjdump(path: string): string {
  return execFileSync(OBJDUMP, ['-d', path], { encoding: 'utf8' });
}

/** Run the executable at `path` under qemu-riscv32 with `args`: its stdout, stderr and exit status. */
export function qemuRun(path: string, args: readonly string[] = []): { stdout: string; stderr: string; status: number } {
  const r = spawnSync(QEMU, [path, ...args], { encoding: 'utf8', timeout: 20000 });
  if (r.error) throw r.error;
  return { stdout: r.stdout, stderr: r.stderr, status: r.status ?? -1 };
}
