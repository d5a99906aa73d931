/** The loader: what it refuses (one-line reasons) and the initial stack it builds. */
import { describe, expect, it } from 'vitest';
import { ExecError, loadExecutable, type ExecImage } from '../../src/kernel/exec.js';
import { DetachedInodes } from '../../src/kernel/fs.js';
import { build } from '../asm/helpers.js';
import { runAsm } from './harness.js';

const good = build('nop');

function patched(bytes: Uint8Array, edits: [number, number[]][]): Uint8Array {
  const copy = Uint8Array.from(bytes);
  for (const [at, values] of edits) copy.set(values, at);
  return copy;
}
const le32 = (n: number): number[] => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, n >>> 24];
const PH = 52; // the first program header

/** Load `bytes` as an executable given as bytes (a file outside the tree). */
const load = (bytes: Uint8Array): ExecImage => loadExecutable(bytes, new DetachedInodes().file('program', bytes));

describe('exec refuses', () => {
  it.each([
    ['not an ELF file (bad magic number)', Uint8Array.from(Buffer.from('#!/bin/sh\n'))],
    ['not a 32-bit ELF file (ELFCLASS64 is not supported)', patched(good, [[4, [2]]])],
    ['not a RISC-V ELF file (e_machine 62)', patched(good, [[18, [62, 0]]])],
    ['not an executable (ELF type 1, expected ET_EXEC)', patched(good, [[16, [1, 0]]])],
    ['truncated ELF file: segment 0 (offset 0x1000, 4 bytes) lies outside the file', good.subarray(0, 0x1002)],
    ['segment 0 (0x80000000-0x80000004) is outside user space', patched(good, [[PH + 8, le32(0x80000000)]])],
    ['segment 0 (0x0-0x4) is outside user space', patched(good, [[PH + 8, le32(0)]])],
    ['segment 0 (0x400000-0x1003fffff) is outside user space', patched(good, [[PH + 20, le32(0xffffffff)]])],
    ['not a 32-bit ELF file (unknown ELF class 7)', patched(good, [[4, [7]]])],
    ['entry point 0x500000 is outside every executable segment', patched(good, [[24, le32(0x500000)]])],
    ['entry point 0x400002 is not 4-byte aligned', patched(good, [[24, le32(0x400002)]])],
    // Found by an adversarial test: a segment over the stack's page was loaded, the two areas overlapping.
    ['segment 0 (0x400000-0x7ffff004) overlaps [stack] (0x7fffe000-0x80000000)', patched(good, [[PH + 20, le32(0x7fbff004)]])],
    ['segment 0 (0x7ffff000-0x7ffff004) overlaps [stack] (0x7fffe000-0x80000000)', patched(good, [[PH + 8, le32(0x7ffff000)], [PH + 4, le32(0)]])],
  ])('with "%s"', (message, bytes) => {
    expect(() => load(bytes)).toThrow(new ExecError(message));
  });

  it('overlapping segments', () => {
    const two = build('nop\n.data\n.word 1');
    // Move the data segment (program header 1) onto the text page.
    const bad = patched(two, [[PH + 32 + 8, le32(0x400000)], [PH + 32 + 4, le32(0x2000)]]);
    expect(() => load(bad)).toThrow(new ExecError('segment 1 (0x400000-0x400004) overlaps .text'));
  });
});

describe('exec builds', () => {
  it('one area per PT_LOAD with its permissions, none mapped yet', () => {
    const image = load(build('nop\n.data\n.word 1\n.bss\n.space 8192'));
    expect(image.vmas.map((v) => [v.name, v.start, v.end, v.prot])).toEqual([
      ['.text', 0x400000, 0x401000, 5],
      ['.data+.bss', 0x401000, 0x404000, 3],
    ]);
    expect(image.brk).toBe(0x404000);
  });

  it('the stack as Linux lays it out: argc, argv, envp, auxv, strings', () => {
    // Exit with argc + strlen(argv[1]) * 16 + (AT_PAGESZ value / 4096) * 64.
    const run = runAsm(`
      lw a0, 0(sp)               # argc
      lw t0, 8(sp)               # argv[1]
      li t1, 0
    1: lbu t2, 0(t0)
      beqz t2, 2f
      addi t1, t1, 1
      addi t0, t0, 1
      j 1b
    2: slli t1, t1, 4
      add a0, a0, t1
      lw t3, 12(sp)              # argv[2] is NULL
      bnez t3, bad
      lw t3, 16(sp)              # envp[0] is NULL
      bnez t3, bad
      lw t4, 20(sp)              # auxv[0]: (AT_HWCAP, the bits of I and M), as Linux's create_elf_tables begins
      li t5, 16
      bne t4, t5, bad
      lw t4, 24(sp)
      li t5, 0x1100
      bne t4, t5, bad
      lw t4, 28(sp)              # auxv[1]: AT_PAGESZ
      li t5, 6
      bne t4, t5, bad
      lw t4, 32(sp)              # its value, 4096
      srli t4, t4, 12
      slli t4, t4, 6
      add a0, a0, t4
      andi t6, sp, 15            # sp is 16-byte aligned
      bnez t6, bad
      li a7, 93
      ecall
    bad: li a0, 255
      li a7, 93
      ecall`, {}, ['prog', 'hello']);
    expect(run.result.status).toBe(2 + 5 * 16 + 64);
  });
});
