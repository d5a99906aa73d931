/** The vmlab command as a user runs it (compiled JS, as `npx vmlab` does). */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ROOT, vmlab, vmlabIn } from './vmlab.js';

const dir = mkdtempSync(join(tmpdir(), 'vmlab-cli-'));


describe('vmlab asm', () => {
  it('writes an executable and a listing', () => {
    const out = join(dir, 'hello');
    const r = vmlab('asm', 'programs/hello.s', '-o', out, '--listing');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('   18  00400000  13 05 10 00                      li      a0, STDOUT              # fd');
    expect(readFileSync(out).subarray(0, 4)).toEqual(Buffer.from([0x7f, 0x45, 0x4c, 0x46]));
  });

  it('reports assembly errors GNU-style, exits 1 and writes nothing', () => {
    const src = join(dir, 'bad.s');
    writeFileSync(src, '.globl _start\n_start:\n  addi a0, a0, 9999\n');
    const out = join(dir, 'bad.out');
    const r = vmlab('asm', src, '-o', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`${src}:3:16: illegal operands \`addi a0,a0,9999': immediate out of range: 9999 is not in -2048..2047\n  addi a0, a0, 9999\n               ^\n`);
    expect(existsSync(out)).toBe(false);
  });

  // Found by an adversarial test: sections just under the assembler's 256 MiB made a file just
  // over it, which run and disasm then refused to read. (The test assembles 256 MiB: 0.5 s, 0.6 GB.)
  it('writes no executable larger than vmlab reads back', () => {
    const src = join(dir, 'huge.s');
    writeFileSync(src, '.globl _start\n_start: nop\n.skip 0xffffff0\n');
    const out = join(dir, 'huge.out');
    expect(vmlab('asm', src, '-o', out)).toEqual({ stdout: '', stderr: 'vmlab: the executable would be 268,440,012 bytes: vmlab reads one of at most 256 MiB\n', status: 1 });
    expect(existsSync(out)).toBe(false);
  });

  it('refuses to overwrite an input with the output', () => {
    const src = join(dir, 'keep.s');
    writeFileSync(src, '.globl _start\n_start: ret\n');
    const r = vmlab('asm', src, '-o', src);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`vmlab: refusing to overwrite input file '${src}' with the output\n`);
    expect(readFileSync(src, 'utf8')).toBe('.globl _start\n_start: ret\n');
  });

  it('says in one line that a file is missing', () => {
    expect(vmlab('asm', join(dir, 'nope.s'))).toEqual({ stdout: '', stderr: `vmlab: cannot read '${join(dir, 'nope.s')}': no such file\n`, status: 1 });
  });

  it('refuses a binary file as assembly source', () => {
    const out = join(dir, 'h2');
    expect(vmlab('asm', 'programs/hello.s', '-o', out).status).toBe(0);
    expect(vmlab('asm', out, '-o', join(dir, 'x'))).toEqual({
      stdout: '', stderr: `vmlab: '${out}' is not an assembly source file (it contains NUL bytes)\n`, status: 1,
    });
  });

  it('reads an .include as it reads its arguments: a device, a FIFO, a file with NUL bytes are refused with the reason', () => {
    const src = join(dir, 'inc.s');
    const include = (name: string): string => {
      writeFileSync(src, `.include "${name}"\n`);
      return vmlab('asm', src, '-o', join(dir, 'inc')).stderr.split('\n')[0];
    };
    writeFileSync(join(dir, 'nul.s'), 'nop\0\n');
    execFileSync('mkfifo', [join(dir, 'fifo.s')]);
    expect(include('/dev/zero')).toBe(`${src}:1:10: cannot read included file '/dev/zero': not a regular file`);
    expect(include('fifo.s')).toBe(`${src}:1:10: cannot read included file 'fifo.s': not a regular file`);
    expect(include('nul.s')).toBe(`${src}:1:10: cannot read included file 'nul.s': it contains NUL bytes`);
    expect(include('gone.s')).toBe(`${src}:1:10: cannot read included file 'gone.s': no such file`);
  });

  it('says a link error in one vmlab: line, after the warnings of the lines before it', () => {
    const src = join(dir, 'huge.s');
    writeFileSync(src, '.warning "careful"\n.globl _start\n_start: nop\n.bss\n.skip 0x3fc00000\n.skip 0x3fc00000\n.skip 0x1000000\n');
    expect(vmlab('asm', src, '-o', join(dir, 'e'))).toEqual({
      stdout: '', status: 1,
      stderr: `${src}:1:1: warning: careful\n.warning "careful"\n^\n` +
        'vmlab: program too large: it ends at 0x80c01000, past the end of user space (0x80000000)\n',
    });
  });

  it('starts a program without _start at .text, with ld\'s warning', () => {
    const src = join(dir, 'main-only.s');
    writeFileSync(src, 'main:\n  li a0, 3\n  li a7, 93\n  ecall\n');
    expect(vmlab('run', src)).toEqual({
      stdout: '', stderr: 'vmlab: warning: cannot find entry symbol _start; defaulting to 00400000\n', status: 3,
    });
  });

  it('rejects an unknown flag in one line', () => {
    expect(vmlab('asm', '--frobnicate', 'x.s')).toEqual({ stdout: '', stderr: "vmlab: unknown option '--frobnicate'\n", status: 2 });
  });

  it('has --help', () => {
    const r = vmlab('asm', '--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: vmlab asm [options] <files...>');
    expect(r.stdout).toContain('--listing');
  });
});

describe('vmlab disasm', () => {
  it('prints the code like objdump -d', () => {
    const out = join(dir, 'hello-d');
    expect(vmlab('asm', 'programs/hello.s', '-o', out).status).toBe(0);
    const r = vmlab('disasm', out);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe([
      '', `${out}:     file format elf32-littleriscv`, '', '', 'Disassembly of section .text:', '',
      '00400000 <_start>:',
      '  400000:\t00100513          \tli\ta0,1',
      '  400004:\t00000597          \tauipc\ta1,0x0',
      '  400008:\t02058593          \taddi\ta1,a1,32',
      '  40000c:\t01200613          \tli\ta2,18',
      '  400010:\t04000893          \tli\ta7,64',
      '  400014:\t00000073          \tecall',
      '  400018:\t00000513          \tli\ta0,0',
      '  40001c:\t05d00893          \tli\ta7,93',
      '  400020:\t00000073          \tecall',
      '',
    ].join('\n'));
  });

  it('symbolizes branch targets', () => {
    const src = join(dir, 'loop.s');
    writeFileSync(src, '.globl _start\n_start:\nloop: addi a0, a0, -1\n  bnez a0, loop\n  j _start + 4\n');
    const out = join(dir, 'loop');
    expect(vmlab('asm', src, '-o', out).status).toBe(0);
    const r = vmlab('disasm', out);
    expect(r.stdout).toContain('  400004:\tfe051ee3          \tbnez\ta0,400000 <_start>');
    expect(r.stdout).toContain('  400008:\tffdff06f          \tj\t400004 <_start+0x4>');
  });

  it('prints a run of 8 or more zero bytes as objdump does: `...`, up to the next symbol', () => {
    // Recorded from riscv64-unknown-elf-objdump 2.40 -d of the same source (as + ld at 0x400000).
    const src = join(dir, 'zeros.s');
    writeFileSync(src, '.globl _start\n_start:\n nop\n .word 0\n nop\n .word 0, 0\n nop\n .word 0, 0, 0\n' +
      'f:\n .word 0\n nop\n .word 0\ng:\n nop\n .balign 64, 0\nh: nop\n');
    const out = join(dir, 'zeros');
    expect(vmlab('asm', src, '-o', out).status).toBe(0);
    expect(vmlab('disasm', out).stdout.split('\n').slice(6, 27)).toEqual([
      '00400000 <_start>:',
      '  400000:\t00000013          \tnop',
      '  400004:\t00000000          \t.word\t0x00000000',
      '  400008:\t00000013          \tnop',
      '\t...',
      '  400014:\t00000013          \tnop',
      '\t...',
      '',
      '00400024 <f>:',
      '  400024:\t00000000          \t.word\t0x00000000',
      '  400028:\t00000013          \tnop',
      '  40002c:\t00000000          \t.word\t0x00000000',
      '',
      '00400030 <g>:',
      '  400030:\t00000013          \tnop',
      '\t...',
      '',
      '00400040 <h>:',
      '  400040:\t00000013          \tnop',
      '  400044:\t00000013          \tnop',
      '  400048:\t00000013          \tnop',
    ]);
  });

  it('says in one line what is wrong with a file that is not an ELF', () => {
    expect(vmlab('disasm', 'programs/hello.s')).toEqual({ stdout: '', stderr: 'vmlab: programs/hello.s: not an ELF file (bad magic number)\n', status: 1 });
  });
});

describe('vmlab demo', () => {
  it('assembles programs/hello.s into hello.elf, disassembles it and runs it with --stats', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'vmlab-demo-'));
    const source = relative(cwd, join(ROOT, 'programs/hello.s'));
    const r = vmlabIn(cwd, ['demo']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`$ npx vmlab asm ${source} --listing -o hello.elf\n# ${source}\n`);
    expect(r.stdout).toContain('  400020:\t00000073          \tecall');
    expect(r.stdout).toContain('$ npx vmlab run hello.elf --stats\nHello from vmlab!\n');
    expect(r.stderr).toContain('vmlab: hello.elf: exited with status 0\n  instructions          9\n');
    expect(r.stderr).toContain('  page faults           1 minor, 1 major, 0 protection\n');
    expect(statSync(join(cwd, 'hello.elf')).mode & 0o777).toBe(0o755);
  });

  it('prints commands that work as typed and show what the demo showed', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'vmlab-demo-'));
    const demo = vmlabIn(cwd, ['demo']);
    // The demo's stdout is "$ npx vmlab ARGS" lines, each followed by that command's stdout.
    const steps = demo.stdout.split(/^\$ npx vmlab (.*)\n/m).slice(1);
    expect(steps.length).toBe(6);
    for (let i = 0; i < steps.length; i += 2) {
      const typed = vmlabIn(cwd, steps[i].split(' '));
      expect(typed.status).toBe(0);
      expect(typed.stdout.replace(/\n+$/, '')).toBe(steps[i + 1].replace(/\n+$/, '')); // the demo adds a blank line
    }
    const run = vmlabIn(cwd, ['run', 'hello.elf', '--stats']);
    expect(run.stderr.replace(/ {2}host .*\n/, '')).toBe(demo.stderr.replace(/ {2}host .*\n/, ''));
  });
});

describe('vmlab --version', () => {
  it("prints package.json's version", () => {
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
    expect(vmlab('--version')).toEqual({ stdout: `${version}\n`, stderr: '', status: 0 });
    expect(vmlab('-V')).toEqual({ stdout: `${version}\n`, stderr: '', status: 0 });
  });
});

describe('--help texts', () => {
  it("run --help names --policy's plug-in files and its default", () => {
    const help = vmlab('run', '--help').stdout.replace(/\s+/g, ' ');
    expect(help).toContain('--policy <name|file> page replacement when RAM is full: fifo, clock, lru (exact: sees every access, slower), random, ' +
      'or a plug-in module file such as ./my-policy.ts or .js (docs/plugins.md) (default clock)');
    expect(help).toContain('--cost <name=cycles> override one cost of the cycle model (repeatable) (default: none)');
  });

  it('every option of every command is in docs/cli.md', () => {
    const doc = readFileSync(join(ROOT, 'docs/cli.md'), 'utf8');
    for (const command of ['asm', 'run', 'replay']) {
      const options = [...vmlab(command, '--help').stdout.matchAll(/^ {2}(?:-\w, )?(--[a-z0-9-]+)/gm)].map((m) => m[1]).filter((o) => o !== '--help');
      expect(options.length).toBeGreaterThan(0);
      for (const option of options) expect(doc, `${command} ${option}`).toMatch(new RegExp(`\`${option}\\b`));
    }
  });
});

// Found by an adversarial test: an option given twice silently took its last value (the first
// --stats-json file was never written).
describe('an option that takes one value, given twice', () => {
  it.each([
    [['run', 'programs/hello.s', '--ram', '16M', '--ram', '32M'], '--ram'],
    [['run', 'programs/hello.s', '--stats-json', 'a.json', '--stats-json=b.json'], '--stats-json'],
    [['run', 'programs/hello.s', '--stats-every', '1000', 'a.jsonl', '--stats-every', '100', 'b.jsonl'], '--stats-every'],
    [['asm', 'programs/hello.s', '-o', 'x1', '--output', 'x2'], '-o, --output'],
    [['replay', '--refs', '1,2', '--refs', '3,4', '--frames', '2'], '--refs'],
  ])('%j is refused in one line', (args, flag) => {
    expect(vmlab(...args)).toEqual({ stdout: '', stderr: `vmlab: ${flag} is given twice\n`, status: 1 });
  });

  it('options that collect their values may repeat', () => {
    expect(vmlab('run', 'programs/hello.s', '--cost', 'alu=2', '--cost', 'load=3').status).toBe(0);
  });
});

// Found by an adversarial test: --config '' was silently ignored.
it('refuses an empty --config file name, as every other empty file name', () => {
  expect(vmlab('run', 'programs/hello.s', '--config', '')).toEqual({ stdout: '', stderr: 'vmlab: no file named for --config\n', status: 1 });
});

// Found by an adversarial test: arguments larger than --stack-limit were "no frame for it, or the fault handler refused its page".
it('refuses arguments larger than the stack limit in one line that says so', () => {
  expect(vmlab('run', '--stack-limit', '64K', 'programs/hello.s', 'x'.repeat(120000))).toEqual({
    stdout: '', status: 126,
    stderr: 'vmlab: programs/hello.s: cannot execute: the arguments and environment need 118 KiB of stack, more than its limit of 64 KiB (--stack-limit)\n',
  });
});

// Found by an adversarial test: with the MMU off, arguments written below the top of RAM overwrote the program (SIGILL at 0x78787878).
it('refuses arguments that would overwrite the program with the MMU off', () => {
  expect(vmlab('run', '--mmu', 'off', '--ram', '4100k', 'programs/hello.s', 'x'.repeat(120000), 'y'.repeat(120000))).toEqual({
    stdout: '', status: 126,
    stderr: 'vmlab: programs/hello.s: cannot execute: the arguments and environment (235 KiB below the top of RAM) would overwrite the program\n',
  });
});

// Found by an adversarial test: with an error in the file, vmlab showed no warning; GNU as shows both, in line order.
it('shows the warnings of a file with errors too, in line order, as GNU as does', () => {
  const file = join(dir, 'both.s');
  writeFileSync(file, '.globl _start\n_start: nop\n.warning "careful"\nfrob\n.data\n.word ,1\n');
  const r = vmlab('asm', file, '-o', join(dir, 'both'));
  expect(r.status).toBe(1);
  expect(r.stderr.split('\n').filter((l) => l.startsWith(file)).map((l) => l.slice(file.length))).toEqual([
    ':3:1: warning: careful', ":4:1: unrecognized opcode `frob'", ':6:7: warning: zero assumed for missing expression',
  ]);
});
