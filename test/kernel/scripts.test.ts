/**
 * `#!` scripts (binfmt-script.ts), as Linux runs them: native Linux 6.18 is the reference (qemu-user
 * hands execve to the host, which looks for the interpreter on the host).
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assemble } from '../../asm/assembler.js';
import { GuestFs } from '../../src/kernel/fs.js';
import { scriptLine } from '../../src/kernel/binfmt-script.js';
import { EXIT, runAsm } from './harness.js';

const elf = (source: string): Uint8Array => assemble([{ path: 'x.s', text: `.globl _start\n_start:\n${source}` }]).elf;

/** A program that prints each of its arguments on a line. */
const ECHO_ARGS = elf(`lw s0, 0(sp)
  addi s1, sp, 4
1:
  beqz s0, 3f
  lw a1, 0(s1)
  mv a2, a1
2:
  lbu t0, 0(a2)
  addi a2, a2, 1
  bnez t0, 2b
  addi a2, a2, -1
  sub a2, a2, a1
  li a0, 1
  li a7, 64
  ecall
  li a0, 1
  la a1, newline
  li a2, 1
  li a7, 64
  ecall
  addi s1, s1, 4
  addi s0, s0, -1
  j 1b
3:
  li a0, 0
  li a7, 93
  ecall
.data
newline: .byte 10
`);

/** A root holding echo-args and the files `files` (name: [text, mode]). */
function root(files: Record<string, [string, number]>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vmlab-script-'));
  writeFileSync(join(dir, 'echo-args'), ECHO_ARGS, { mode: 0o755 });
  for (const [name, [text, mode]] of Object.entries(files)) writeFileSync(join(dir, name), text, { mode });
  return dir;
}

/** execve(path, [path, "u1"], NULL) in `dir`: what the program printed, and the status (-errno if execve failed). */
function execve(dir: string, path: string): { stdout: string; status: number } {
  const r = runAsm(`la a0, path\n  la a1, argv\n  li a2, 0\n  li a7, 221\n  ecall\n  neg a0, a0${EXIT}
.data\npath: .asciz ${JSON.stringify(path)}\nu1: .asciz "u1"\n.balign 4\nargv: .word path, u1, 0`, {}, ['t'], 1_000_000,
  { fs: new GuestFs(dir, false) });
  return { stdout: r.stdout, status: r.result.status };
}

describe('#! scripts', () => {
  it('run the interpreter with its argument, the script\'s path and the rest of argv', () => {
    const dir = root({ s: ['#!  /echo-args  one  two \t\nexit 3\n', 0o755], bare: ['#!echo-args', 0o755] });
    expect(execve(dir, 's')).toEqual({ stdout: '/echo-args\none  two\ns\nu1\n', status: 0 });
    expect(execve(dir, 'bare')).toEqual({ stdout: 'echo-args\nbare\nu1\n', status: 0 }); // no newline, no argument
  });

  it('an interpreter may be a script too; the sixth is ELOOP, as Linux\'s exec_binprm', () => {
    const chain: Record<string, [string, number]> = { s0: ['#!/echo-args\n', 0o755] };
    for (let i = 1; i <= 5; i++) chain[`s${i}`] = [`#!/s${i - 1}\n`, 0o755];
    const dir = root(chain);
    expect(execve(dir, 's4')).toEqual({ stdout: '/echo-args\n/s0\n/s1\n/s2\n/s3\ns4\nu1\n', status: 0 });
    expect(execve(dir, 's5')).toEqual({ stdout: '', status: 40 });
    // The sixth's interpreter is opened before ELOOP: a missing one is ENOENT.
    const broken: Record<string, [string, number]> = { t0: ['#!/nope\n', 0o755] };
    for (let i = 1; i <= 5; i++) broken[`t${i}`] = [`#!/t${i - 1}\n`, 0o755];
    expect(execve(root(broken), 't5').status).toBe(2);
  });

  it('give Linux\'s errors: no interpreter ENOEXEC, a missing one ENOENT, one not executable EACCES', () => {
    const dir = root({
      empty: ['#!   \nx\n', 0o755], missing: ['#!/nope\n', 0o755], plain: ['#!/data\n', 0o755], data: ['hello', 0o644],
    });
    expect([execve(dir, 'empty').status, execve(dir, 'missing').status, execve(dir, 'plain').status]).toEqual([8, 2, 13]);
  });
});

describe('the #! line', () => {
  const line = (text: string): ReturnType<typeof scriptLine> => {
    const r = scriptLine(Buffer.from(text, 'latin1'));
    return r === null || r === 'noexec' ? r : { interpreter: Buffer.from(r.interpreter).toString(), argument: r.argument && Buffer.from(r.argument).toString() } as never;
  };

  it('is read from the first 256 bytes: a name the buffer may cut is ENOEXEC, an argument is cut', () => {
    expect(line('#!/bin/sh')).toEqual({ interpreter: '/bin/sh', argument: null });
    expect(line(`#!/${'x'.repeat(300)}`)).toBe('noexec');
    // A name up to the buffer's last byte, ended by the NUL past a 255-byte file or a blank in byte 255.
    expect(line(`#!/${'x'.repeat(252)}`)).toEqual({ interpreter: `/${'x'.repeat(252)}`, argument: null });
    expect(line(`#!/${'x'.repeat(252)} more`)).toEqual({ interpreter: `/${'x'.repeat(252)}`, argument: null });
    expect(line(`#!/bin/sh ${'a'.repeat(300)}`)).toEqual({ interpreter: '/bin/sh', argument: 'a'.repeat(245) });
    expect(line(`#!${' '.repeat(300)}`)).toBe('noexec');
    expect(line('#!/bin/sh\0junk\n')).toEqual({ interpreter: '/bin/sh', argument: null });
    expect(line('#!/bin/sh -e\0x\n')).toEqual({ interpreter: '/bin/sh', argument: '-e' });
    expect(line('#/bin/sh\n')).toBeNull();
  });
});
