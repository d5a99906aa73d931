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
import { copyFileSync, lstatSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, symlinkSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONFIG, Machine } from '../../src/machine/machine.js';
import { Kernel, type KernelOptions } from '../../src/kernel/kernel.js';
import { TERMINAL, type StdioStream } from '../../src/kernel/openfile.js';
import { GuestFs } from '../../src/kernel/fs.js';

export interface CProgram {
  /** The fixtures' name, and the source's (test/c/NAME.c) unless `source` names another. */
  name: string;
  args: string[];
  source?: string;
  /** Run with the standard streams on a terminal (qemu under script(1)); otherwise on sockets, as Node's child processes have them. */
  terminal?: boolean;
  /** Symlinks its working directory holds: [name, target]. */
  links?: [string, string][];
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
  { name: 'ioctl', args: [], terminal: true },
  { name: 'ioctl-sockets', source: 'ioctl', args: [] },
  { name: 'opath', args: [] },
  { name: 'cloneflags', args: [] },
  { name: 'signals', args: [] },
  { name: 'signals2', args: [] },
  { name: 'access', args: [] },
  { name: 'readlink', args: [], links: [['rel', 'poem.txt'], ['up', '../x/y']] },
  { name: 'dirs', args: [] },
  { name: 'sleeprem', args: [] },
  { name: 'txtbsy', args: [] },
  { name: 'pipeino', args: [] },
  { name: 'rusage', args: [] },
  { name: 'mincore', args: ['poem.txt'] },
  { name: 'rlimits', args: [] },
  { name: 'fsize', args: [] },
  { name: 'umask', args: [] },
  { name: 'sysinfo2', args: [] },
  { name: 'itimer', args: [] },
  { name: 'mlock', args: ['poem.txt'] },
  { name: 'mremap', args: [] },
  { name: 'poll', args: ['poem.txt'] },
  { name: 'futex', args: [] },
  { name: 'futex2', args: [] },
  { name: 'dirs2', args: [], links: [['lnk', 'hd'], ['dangling', 'nowhere']] },
  { name: 'links', args: [] },
  { name: 'symlinks', args: [] },
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

/** A fresh working directory with the programs' input file, and `links`. */
export function workDir(links: readonly [string, string][] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'vmlab-c-'));
  copyFileSync('test/fixtures/files/poem.txt', join(dir, 'poem.txt'));
  for (const [name, target] of links) symlinkSync(target, join(dir, name));
  return dir;
}

/**
 * The files in `dir` and its directories, by path from `dir`: a file's contents in `encoding`, a
 * symlink's target's text, a directory as "<dir>".
 */
export function filesIn(dir: string, encoding: BufferEncoding = 'utf8', prefix = ''): Record<string, string> {
  return Object.fromEntries(readdirSync(join(dir, prefix)).sort().flatMap((f) => {
    const name = prefix + f, path = join(dir, name);
    const st = lstatSync(path);
    if (st.isDirectory()) return [[name + '/', '<dir>'], ...Object.entries(filesIn(dir, encoding, name + '/'))];
    return [[name, st.isSymbolicLink() ? `-> ${readlinkSync(path)}` : readFileSync(path).toString(encoding)]];
  }));
}

/** A standard stream as qemu sees it in a child process of Node: a socket (srwxrwxrwx). */
const SOCKET: StdioStream = { mode: 0o140777, window: null };

/**
 * Run `elf` on vmlab with the directory `dir` as its root (write-through), checking the kernel's
 * invariants, its standard streams on a terminal of 24 by 80 if `terminal`, else on sockets;
 * `options` adds kernel options (a fault handler...).
 */
export function runOnVmlab(elf: Uint8Array, args: string[], dir: string, options: Partial<KernelOptions> = {}, terminal = false): CResult {
  const machine = new Machine(DEFAULT_CONFIG);
  const out: Buffer[] = [];
  const stream = terminal ? TERMINAL : SOCKET;
  const kernel = new Kernel(machine, {
    stdout: (b) => out.push(Buffer.from(b)), stderr: () => {}, fs: new GuestFs(dir, true), check: true,
    stdio: [stream, stream, stream], ...options,
  });
  kernel.exec(elf, ['prog', ...args], []);
  const result = kernel.run(100_000_000);
  return { stdout: Buffer.concat(out).toString(), status: result.status, files: filesIn(dir) };
}

/** Build test/c/SOURCE.c with the GNU toolchain into `out`. */
export function gccBuild(source: string, out: string): void {
  execFileSync('riscv64-unknown-elf-gcc', ['-march=rv32im', '-mabi=ilp32', '-O2', '-nostdlib', '-static', '-ffreestanding',
    '-fno-builtin', '-o', out, 'test/c/crt0.S', 'test/c/sys.c', `test/c/${source}.c`]);
}

/**
 * Run the executable at `path` under qemu-riscv32 in `dir`; with `terminal`, under script(1) on a
 * new pseudo-terminal of 24 by 80, whose output's "\r\n" (the terminal's ONLCR) is read back as "\n".
 */
export function runOnQemu(path: string, args: string[], dir: string, terminal = false): CResult {
  const quoted = [path, ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
  const r = terminal
    ? spawnSync('script', ['-qec', `stty rows 24 cols 80; exec qemu-riscv32 ${quoted}`, '/dev/null'], { cwd: dir, encoding: 'utf8', timeout: 20000, stdio: ['ignore', 'pipe', 'pipe'] })
    : spawnSync('qemu-riscv32', [path, ...args], { cwd: dir, encoding: 'utf8', timeout: 20000 });
  if (r.error) throw r.error;
  // qemu-user ends itself with the signal that killed the guest (script -e gives 128 + the signal).
  const status = r.status ?? (r.signal ? 128 + constants.signals[r.signal] : -1);
  return { stdout: terminal ? r.stdout.replaceAll('\r\n', '\n') : r.stdout, status, files: filesIn(dir) };
}
