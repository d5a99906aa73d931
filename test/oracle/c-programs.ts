/**
 * The C differential oracle: freestanding C programs (test/c/, with a tiny system-call shim)
 * built by riscv64-unknown-elf-gcc, run in a fresh directory holding test/fixtures/files/poem.txt,
 * on vmlab (--write-through, so files are compared too) and on qemu-riscv32. The built ELFs and
 * qemu's results are fixtures (test/fixtures/c/) for `npm test`. Programs with several processes
 * force the order of their output by waiting: a child prints, then exits, and its parent prints
 * only after waitid has reaped it. They print relations between pids, never pids (qemu's are the
 * host's).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONFIG, Machine } from '../../src/machine/machine.js';
import { Kernel, type KernelOptions } from '../../src/kernel/kernel.js';
import { GuestFs } from '../../src/kernel/fs.js';

export interface CProgram {
  name: string;
  args: string[];
}

export const C_PROGRAMS: CProgram[] = [
  { name: 'mmapcopy', args: ['poem.txt'] },
  { name: 'files', args: ['poem.txt'] },
  { name: 'mmap', args: ['poem.txt'] },
  { name: 'procs', args: [] },
  { name: 'pipes', args: [] },
  { name: 'shared', args: ['poem.txt'] },
  { name: 'exec', args: [] },
  { name: 'anonshared', args: [] },
  { name: 'emptypath', args: [] },
  { name: 'sigbus', args: [] },
  { name: 'filegap', args: [] },
  { name: 'clocks', args: [] },
  { name: 'sysinfo', args: [] },
  { name: 'fcntl', args: [] },
  { name: 'sleep', args: [] },
  { name: 'pgrp', args: [] },
  { name: 'emptyfiles', args: [] },
  { name: 'vectors', args: [] },
  { name: 'truncate', args: [] },
  { name: 'madvise', args: [] },
  { name: 'iovresume', args: [] },
  { name: 'tgkill', args: [] },
  { name: 'filezero', args: [] },
  { name: 'openflags', args: [] },
  { name: 'flushicache', args: [] },
  { name: 'execargs', args: [] },
];

export interface CResult {
  stdout: string;
  /** The exit status as a shell shows it: 128 + the signal for a process a signal killed. */
  status: number;
  /** Every file in the directory afterwards, by name. */
  files: Record<string, string>;
}

export const elfPath = (name: string): string => `test/fixtures/c/${name}.elf`;
export const resultPath = (name: string): string => `test/fixtures/c/${name}.json`;

/** A fresh working directory with the programs' input file. */
export function workDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vmlab-c-'));
  copyFileSync('test/fixtures/files/poem.txt', join(dir, 'poem.txt'));
  return dir;
}

function filesIn(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

/**
 * Run `elf` on vmlab with the directory `dir` as its root (write-through), checking the kernel's
 * invariants; `options` adds kernel options (a fault handler...).
 */
export function runOnVmlab(elf: Uint8Array, args: string[], dir: string, options: Partial<KernelOptions> = {}): CResult {
  const machine = new Machine(DEFAULT_CONFIG);
  const out: Buffer[] = [];
  const kernel = new Kernel(machine, {
    stdout: (b) => out.push(Buffer.from(b)), stderr: () => {}, fs: new GuestFs(dir, true), check: true, ...options,
  });
  kernel.exec(elf, ['prog', ...args], []);
  const result = kernel.run(100_000_000);
  return { stdout: Buffer.concat(out).toString(), status: result.status, files: filesIn(dir) };
}

/** Build test/c/NAME.c with the GNU toolchain into `out`. */
export function gccBuild(name: string, out: string): void {
  execFileSync('riscv64-unknown-elf-gcc', ['-march=rv32im', '-mabi=ilp32', '-O2', '-nostdlib', '-static', '-ffreestanding',
    '-fno-builtin', '-o', out, 'test/c/crt0.S', 'test/c/sys.c', `test/c/${name}.c`]);
}

/** Run the executable at `path` under qemu-riscv32 in `dir`. */
export function runOnQemu(path: string, args: string[], dir: string): CResult {
  const r = spawnSync('qemu-riscv32', [path, ...args], { cwd: dir, encoding: 'utf8', timeout: 20000 });
  if (r.error) throw r.error;
  // qemu-user ends itself with the signal that killed the guest.
  const status = r.status ?? (r.signal ? 128 + constants.signals[r.signal] : -1);
  return { stdout: r.stdout, status, files: filesIn(dir) };
}
