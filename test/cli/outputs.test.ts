/**
 * Output files (`asm -o`, `--stats-json`, `--trace-pages`) as GNU tools write them: into a FIFO,
 * through a symlink to its target, atomically over a regular file; never changing the kind of an
 * existing file.
 */
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import {
  closeSync, lstatSync, mkdirSync, mkdtempSync, openSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync, readdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vmlab } from './vmlab.js';

const BUDGET = 60_000;
const fresh = (): string => mkdtempSync(join(tmpdir(), 'vmlab-out-'));
const mkfifo = (path: string): void => { execFileSync('mkfifo', [path]); };

/** Start reading the FIFO at `path` (cat, another process); resolves with all it read. */
function readFifo(path: string): Promise<Buffer> {
  const cat = spawn('cat', [path]);
  const chunks: Buffer[] = [];
  cat.stdout.on('data', (c: Buffer) => chunks.push(c));
  return new Promise((done) => cat.on('close', () => done(Buffer.concat(chunks))));
}

/** The executable `vmlab asm programs/hello.s` makes. */
function helloElf(): Buffer {
  const out = join(fresh(), 'hello');
  expect(vmlab('asm', 'programs/hello.s', '-o', out).status).toBe(0);
  return readFileSync(out);
}

describe('an output that is a FIFO', () => {
  it('vmlab asm -o FIFO writes the executable into it and leaves it a FIFO', async () => {
    const fifo = join(fresh(), 'pipe');
    mkfifo(fifo);
    const reading = readFifo(fifo);
    const r = vmlab('asm', 'programs/hello.s', '-o', fifo);
    expect(r).toEqual({ stdout: '', stderr: '', status: 0 });
    expect(await reading).toEqual(helloElf());
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  }, BUDGET);

  it('--stats-json FIFO and --trace-pages FIFO write into them', async () => {
    const dir = fresh();
    const [json, trace] = [join(dir, 'json'), join(dir, 'trace')];
    mkfifo(json);
    mkfifo(trace);
    const [jsonRead, traceRead] = [readFifo(json), readFifo(trace)];
    const r = vmlab('run', 'programs/hello.s', '--stats-json', json, '--trace-pages', trace);
    expect(r.status).toBe(0);
    const stats = JSON.parse((await jsonRead).toString());
    expect(stats.instructions).toBe(9);
    expect((await traceRead).toString()).toBe('0x400\n0x400\n');
    expect(lstatSync(json).isFIFO() && lstatSync(trace).isFIFO()).toBe(true);
  }, BUDGET);
});

describe('an output that is a symlink', () => {
  it('vmlab asm -o LINK replaces the file it points to and leaves the link', () => {
    const dir = fresh();
    const [target, link] = [join(dir, 'target'), join(dir, 'link')];
    writeFileSync(target, 'old');
    symlinkSync('target', link);
    expect(vmlab('asm', 'programs/hello.s', '-o', link).status).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('target');
    expect(readFileSync(target)).toEqual(helloElf());
  }, BUDGET);

  it('a dangling symlink (through a chain of two) creates the file it names', () => {
    const dir = fresh();
    mkdirSync(join(dir, 'sub'));
    symlinkSync('sub/end', join(dir, 'middle'));
    symlinkSync(join(dir, 'middle'), join(dir, 'first'));
    const r = vmlab('run', 'programs/hello.s', '--stats-json', join(dir, 'first'));
    expect(r.status).toBe(0);
    expect(lstatSync(join(dir, 'first')).isSymbolicLink() && lstatSync(join(dir, 'middle')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'sub/end'), 'utf8')).instructions).toBe(9);
  }, BUDGET);

  it('--trace-pages through a symlink writes its target', () => {
    const dir = fresh();
    symlinkSync('refs.txt', join(dir, 'link'));
    expect(vmlab('run', 'programs/hello.s', '--trace-pages', join(dir, 'link')).status).toBe(0);
    expect(readFileSync(join(dir, 'refs.txt'), 'utf8')).toBe('0x400\n0x400\n');
    expect(lstatSync(join(dir, 'link')).isSymbolicLink()).toBe(true);
  }, BUDGET);

  it('a symlink to an input is refused, and the input kept', () => {
    const dir = fresh();
    const src = join(dir, 'keep.s');
    writeFileSync(src, '.globl _start\n_start: ret\n');
    symlinkSync(src, join(dir, 'alias'));
    expect(vmlab('asm', src, '-o', join(dir, 'alias'))).toEqual({
      stdout: '', stderr: `vmlab: refusing to overwrite input file '${join(dir, 'alias')}' with the output\n`, status: 1,
    });
    expect(readFileSync(src, 'utf8')).toBe('.globl _start\n_start: ret\n');
  }, BUDGET);

  it('a symlink loop is one line', () => {
    const dir = fresh();
    symlinkSync('b', join(dir, 'a'));
    symlinkSync('a', join(dir, 'b'));
    expect(vmlab('asm', 'programs/hello.s', '-o', join(dir, 'a'))).toEqual({
      stdout: '', stderr: `vmlab: cannot write '${join(dir, 'a')}': too many levels of symbolic links\n`, status: 1,
    });
  }, BUDGET);
});

describe('outputs that would overwrite an input or each other', () => {
  it('are refused before the run: the config, a policy or fault handler\'s source, two outputs on one file', () => {
    const dir = fresh();
    const policy = join(dir, 'p.js'), handler = join(dir, 'h.js'), config = join(dir, 'c.json');
    writeFileSync(policy, 'export default { name: "first", chooseVictim: (pages) => pages[0] };\n');
    writeFileSync(handler, 'export default (f, k) => k.builtIn();\n');
    writeFileSync(config, '{ "ram": "1M" }\n');
    const refused = (args: string[], message: string): void => {
      expect(vmlab('run', 'programs/hello.s', ...args)).toEqual({ stdout: '', stderr: `vmlab: ${message}\n`, status: 1 });
    };
    refused(['--policy', policy, '--trace', policy], `refusing to overwrite input file '${policy}' with the trace`);
    refused(['--fault-handler', handler, '--dump', 'areas', '--dump-file', handler], `refusing to overwrite input file '${handler}' with the dump`);
    refused(['--config', config, '--stats-json', config], `refusing to overwrite input file '${config}' with the statistics`);
    refused(['--stats-json', join(dir, 's'), '--trace', join(dir, 's')], `--trace and --stats-json name the same file '${join(dir, 's')}': one would overwrite the other`);
    expect(readFileSync(config, 'utf8')).toBe('{ "ram": "1M" }\n');
    expect(readdirSync(dir).sort()).toEqual(['c.json', 'h.js', 'p.js']);
  }, BUDGET);

  it('a file the program includes (.include, .incbin) is an input too', () => {
    const dir = fresh();
    const main = join(dir, 'main.s'), lib = join(dir, 'lib.s'), blob = join(dir, 'blob.bin');
    writeFileSync(main, '.include "lib.s"\n.data\n.incbin "blob.bin"\n');
    writeFileSync(lib, '.globl _start\n_start: li a0, 0\n li a7, 93\n ecall\n');
    writeFileSync(blob, 'data');
    expect(vmlab('run', main, '--stats-json', lib)).toEqual({ stdout: '', stderr: `vmlab: refusing to overwrite input file '${lib}' with the statistics\n`, status: 1 });
    expect(vmlab('run', main, '--trace', blob)).toEqual({ stdout: '', stderr: `vmlab: refusing to overwrite input file '${blob}' with the trace\n`, status: 1 });
    expect(vmlab('asm', main, '-o', lib)).toEqual({ stdout: '', stderr: `vmlab: refusing to overwrite input file '${lib}' with the output\n`, status: 1 });
    expect([readFileSync(lib, 'utf8').startsWith('.globl'), readFileSync(blob, 'utf8')]).toEqual([true, 'data']);
  }, BUDGET);

  it('asm --listing with the executable on the standard output too is refused', () => {
    expect(vmlab('asm', 'programs/hello.s', '--listing', '-o', '-')).toEqual({ stdout: '',
      stderr: 'vmlab: --listing and -o cannot both write to the standard output: give -o a file\n', status: 1 });
    expect(vmlab('asm', 'programs/hello.s', '--listing', '-o', '/dev/stdout').status).toBe(1);
  }, BUDGET);

  it('a --config that is not JSON, or a FIFO, and a plug-in file that is missing are one line and status 1', () => {
    const dir = fresh();
    const fifo = join(dir, 'c.fifo');
    mkfifo(fifo);
    expect(vmlab('run', 'programs/hello.s', '--config', 'README.md')).toEqual({ stdout: '',
      stderr: 'vmlab: cannot read config \'README.md\': not JSON: Unexpected token \'#\', "# vmlab A"... is not valid JSON\n', status: 1 });
    expect(vmlab('run', 'programs/hello.s', '--config', fifo)).toEqual({ stdout: '', stderr: `vmlab: cannot read config '${fifo}': not a regular file\n`, status: 1 });
    for (const flag of ['--fault-handler', '--policy']) {
      expect(vmlab('run', 'programs/hello.s', flag, join(dir, 'nope.ts'))).toEqual({ stdout: '', stderr: `vmlab: cannot read '${join(dir, 'nope.ts')}': no such file\n`, status: 1 });
    }
  }, BUDGET);

  it('an --stats-json or --dump-file that cannot be written is refused before the run, not after it', () => {
    const dir = fresh();
    expect(vmlab('run', 'programs/hello.s', '--stats-json', join(dir, 'no', 's.json'))).toEqual(
      { stdout: '', stderr: `vmlab: cannot write '${join(dir, 'no', 's.json')}': no such directory\n`, status: 1 });
    expect(vmlab('asm', 'programs/hello.s', '-o', '')).toEqual({ stdout: '', stderr: 'vmlab: no file named for the output\n', status: 1 });
    expect(vmlab('run', 'programs/hello.s', '--dump', 'areas', '--dump-file', dir)).toEqual(
      { stdout: '', stderr: `vmlab: cannot write '${dir}': is a directory\n`, status: 1 });
  }, BUDGET);
});

describe('an output on vmlab\'s own standard output', () => {
  it('--stats-json - and --dump-file - write there, after the guest\'s output; an empty name is refused', () => {
    const stats = vmlab('run', 'programs/hello.s', '--stats-json', '-');
    expect(stats.stdout.startsWith('Hello from vmlab!\n{\n  "schema": "vmlab-stats/1"')).toBe(true);
    expect(vmlab('run', 'programs/hello.s', '--dump', 'areas', '--dump-file', '-').stdout).toMatch(/^Hello from vmlab!\n== areas at exit of pid 1 ==\n/);
    expect(vmlab('run', 'programs/hello.s', '--stats-json', '')).toEqual({ stdout: '', stderr: 'vmlab: no file named for the statistics (- for the standard output)\n', status: 1 });
  }, BUDGET);

  // Found by an adversarial test: /dev/stdout was opened anew with O_TRUNC, over what the guest
  // had written into the file the shell redirected it to.
  it('--stats-json /dev/stdout with the standard output redirected to a file keeps what the guest wrote there', () => {
    const out = join(fresh(), 'out.txt');
    const r = spawnSync('sh', ['-c', `"${process.execPath}" bin/vmlab.js run programs/hello.s --stats-json /dev/stdout > "${out}"`], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('Hello from vmlab!\n{\n')).toBe(true);
    expect(JSON.parse(text.slice('Hello from vmlab!\n'.length)).exit.status).toBe(0);
  }, BUDGET);
});

describe('an output that is a regular file', () => {
  it('is replaced by a new file (rename), with no temporary file left', () => {
    const dir = fresh();
    const out = join(dir, 'prog');
    writeFileSync(out, 'old');
    const before = statSync(out).ino;
    expect(vmlab('asm', 'programs/hello.s', '-o', out).status).toBe(0);
    expect(statSync(out).ino).not.toBe(before);
    expect(statSync(out).mode & 0o111).not.toBe(0);
    expect(readdirSync(dir)).toEqual(['prog']);
  }, BUDGET);

  it('is left as it was when assembly fails', () => {
    const dir = fresh();
    const [src, out] = [join(dir, 'bad.s'), join(dir, 'prog')];
    writeFileSync(src, '_start: addi a0, a0, 9999\n');
    writeFileSync(out, 'old');
    expect(vmlab('asm', src, '-o', out).status).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('old');
    expect(readdirSync(dir).sort()).toEqual(['bad.s', 'prog']);
  }, BUDGET);
});

describe('an output replacing a file, or not written', () => {
  it('keeps a replaced file\'s permissions (0600 stays 0600), adding the execute bits an executable needs', () => {
    const dir = fresh();
    const stats = join(dir, 's.json'), exe = join(dir, 'hello');
    writeFileSync(stats, 'old', { mode: 0o600 });
    writeFileSync(exe, 'old', { mode: 0o640 });
    expect(vmlab('run', 'programs/hello.s', '--stats-json', stats).status).toBe(0);
    expect(vmlab('asm', 'programs/hello.s', '-o', exe).status).toBe(0);
    expect([statSync(stats).mode & 0o777, statSync(exe).mode & 0o777]).toEqual([0o600, 0o751]);
  }, BUDGET);

  it('--dump-file is left as it was when --dump-at names a moment the run never reaches', () => {
    const dump = join(fresh(), 'dump.txt');
    writeFileSync(dump, 'kept\n');
    const r = vmlab('run', 'programs/hello.s', '--dump', 'areas', '--dump-at', 'fault:999', '--dump-file', dump);
    expect(r.stderr).toBe('vmlab: programs/hello.s: --dump-at fault:999 never came: the run had 2 page faults\n');
    expect(readFileSync(dump, 'utf8')).toBe('kept\n');
  }, BUDGET);

  it('a .S file run is refused with how to make it a .s file', () => {
    const src = join(fresh(), 'h.S');
    writeFileSync(src, readFileSync('programs/hello.s'));
    expect(vmlab('run', src)).toEqual({ stdout: '', status: 126, stderr: `vmlab: ${src}: cannot execute: not an ELF file (bad magic number) ` +
      '(a .S file needs the C preprocessor first: gcc -E -P FILE.S > FILE.s, then vmlab run FILE.s)\n' });
  }, BUDGET);
});

describe('an output that is a directory', () => {
  it('is refused in one line', () => {
    const dir = fresh();
    expect(vmlab('asm', 'programs/hello.s', '-o', dir)).toEqual({
      stdout: '', stderr: `vmlab: cannot write '${dir}': is a directory\n`, status: 1,
    });
  }, BUDGET);
});

describe('standard output', () => {
  /** A program writing 256 blocks of 4 KiB to standard output (more than a pipe holds), then exiting with status 3. */
  const FLOOD = [
    '.bss', 'block: .space 4096', '.text', '.globl _start',
    '_start: li s1, 256',
    'again: li a0, 1', 'la a1, block', 'li a2, 4096', 'li a7, 64', 'ecall',
    'addi s1, s1, -1', 'bnez s1, again',
    'li a0, 3', 'li a7, 93', 'ecall',
  ].join('\n');

  it('gets all of a long output, in order, through a pipe', () => {
    const src = join(fresh(), 'flood.s');
    writeFileSync(src, `${FLOOD}\n`);
    const r = spawnSync(process.execPath, ['bin/vmlab.js', 'run', src], { maxBuffer: 1 << 21 });
    expect([r.status, r.stdout.length, r.stdout.every((b) => b === 0), r.stderr.toString()]).toEqual([3, 1 << 20, true, '']);
  }, BUDGET);

  it('whose reader goes away (vmlab run prog | head) gives the writer SIGPIPE, as Linux, and the report still comes', async () => {
    const src = join(fresh(), 'flood.s');
    writeFileSync(src, `${FLOOD}\n`);
    const child = spawn(process.execPath, ['bin/vmlab.js', 'run', src, '--stats'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => { stderr += s; });
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise((done) => child.on('close', (code, signal) => done(signal ?? code)));
    expect(status).toBe(141);
    expect(stderr).toMatch(new RegExp(`^vmlab: ${src}: SIGPIPE: write to a standard output with no reader \\(pc 0x00400018\\)\n  instructions {10}\\d+\n`));
  }, BUDGET);
});

describe('standard output and error on one pipe whose reader goes away (vmlab run prog 2>&1 | head)', () => {
  it('end the writer with SIGPIPE (status 141) and no stack trace, though the report has nowhere to go', () => {
    const src = join(fresh(), 'flood.s');
    writeFileSync(src, '.globl _start\n_start:\n  li a0, 1\n  la a1, _start\n  li a2, 4096\n  li a7, 64\n  ecall\n  j _start\n');
    const r = spawnSync('bash', ['-c', `"${process.execPath}" bin/vmlab.js run "${src}" 2>&1 | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`],
      { encoding: 'utf8' });
    expect([r.stdout, r.stderr]).toEqual(['141\n', '']);
  }, BUDGET);
});

describe('a standard output that fails (a full disk: /dev/full)', () => {
  const toFull = (...args: string[]) => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, ['bin/vmlab.js', ...args], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      return { stderr: r.stderr, status: r.status };
    } finally {
      closeSync(full);
    }
  };

  it("vmlab's own output is one line and status 1, not an internal error", () => {
    expect(toFull('replay', '--refs', '1,2,3', '--frames', '2')).toEqual({
      stderr: 'vmlab: cannot write the standard output: no space left on device\n', status: 1,
    });
  }, BUDGET);

  it("the guest's write gets -ENOSPC, as on Linux, and the run goes on", () => {
    const dir = fresh();
    const program = join(dir, 'w.s');
    // exit(-write(1, msg, 3))
    writeFileSync(program, '.globl _start\n_start:\n  li a0, 1\n  la a1, msg\n  li a2, 3\n  li a7, 64\n  ecall\n  neg a0, a0\n  li a7, 93\n  ecall\n.data\nmsg: .ascii "hi\\n"\n');
    expect(toFull('run', program)).toEqual({ stderr: '', status: 28 });
  }, BUDGET);
});

// Found by an adversarial test: a read that failed on the host was the guest's end of file (0).
describe('a standard input that cannot be read', () => {
  it("the guest's read gets the host's errno: -EISDIR for a directory, -EBADF for a descriptor open for writing", () => {
    const dir = fresh();
    const program = join(dir, 'r.s');
    // exit(-read(0, buf, 16))
    writeFileSync(program, '.globl _start\n_start:\n  li a0, 0\n  la a1, buf\n  li a2, 16\n  li a7, 63\n  ecall\n  neg a0, a0\n  li a7, 93\n  ecall\n.bss\nbuf: .space 16\n');
    const withStdin = (fd: number) => {
      try {
        return spawnSync(process.execPath, ['bin/vmlab.js', 'run', program], { stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8' }).status;
      } finally {
        closeSync(fd);
      }
    };
    expect(withStdin(openSync(dir, 'r'))).toBe(21);
    expect(withStdin(openSync(join(dir, 'out'), 'w'))).toBe(9);
    expect(withStdin(openSync('/dev/null', 'r'))).toBe(0);
  }, BUDGET);
});
