/**
 * Which loops step through memory across pages, read from their code (src/machine/jit/stride.ts):
 * such a loop's block lists its DTLB touches from the start (TranslateOptions.listStrided).
 * (That blocks give the interpreter's results either way is engines.test.ts's.)
 */
import { describe, expect, it } from 'vitest';
import { assemble } from '../../asm/assembler.js';
import { readElf } from '../../src/elf/reader.js';
import { stridesAcrossPages } from '../../src/machine/jit/stride.js';

/** Whether the loop `body` (its lines from the loop's head, the last one branching back to `loop`) strides across pages. */
function strides(body: string): boolean {
  const elf = assemble([{ path: 'loop.s', text: `  .globl _start\n_start:\nloop:\n${body}\n  ecall\n` }]).elf;
  const text = readElf(elf).sections.find((s) => s.name === '.text')!;
  const words = new Int32Array(elf.buffer.slice(elf.byteOffset + text.offset, elf.byteOffset + text.offset + text.size));
  // Every word but the ecall, in order: the loop's path.
  return stridesAcrossPages(words, Array.from({ length: words.length - 1 }, (_, wi) => wi));
}

describe('loops that stride across pages', () => {
  it('a pointer advanced by a register: the C sieve marking composites (gcc -O2)', () => {
    expect(strides('  sb a0, 0(a4)\n  add a5, a5, a3\n  add a4, a4, a3\n  bge a2, a5, loop')).toBe(true);
  });

  it('a constant step of 256 bytes or more: a matrix column, steps added up over the round', () => {
    expect(strides('  lw a2, 0(a5)\n  addi a5, a5, 384\n  add a0, a0, a2\n  bne a5, a4, loop')).toBe(true);
    expect(strides('  lw a2, 0(a5)\n  addi a5, a5, -256\n  bne a5, a4, loop')).toBe(true);
    expect(strides('  lw a2, 0(a5)\n  addi a5, a5, 200\n  addi a5, a5, 200\n  bne a5, a4, loop')).toBe(true);
  });

  it('an address made from an index that steps by a register or a wide constant', () => {
    expect(strides('  add t2, s1, t3\n  sb zero, 0(t2)\n  add t3, t3, t0\n  blt t3, s2, loop')).toBe(true);
    expect(strides('  slli t2, t0, 9\n  add t2, t2, s0\n  lw t3, 0(t2)\n  addi t0, t0, 1\n  bne t0, t1, loop')).toBe(true);
  });

  it('not a sequential loop, nor one that steps by less than 256 bytes', () => {
    expect(strides('  sw zero, 0(a5)\n  addi a5, a5, 4\n  bne a5, t4, loop')).toBe(false);
    expect(strides('  add t2, s1, t0\n  sb t1, 0(t2)\n  addi t0, t0, 1\n  blt t0, s2, loop')).toBe(false);
    expect(strides('  slli t2, t0, 2\n  add t2, t2, s0\n  lw t3, 0(t2)\n  addi t0, t0, 1\n  bne t0, t1, loop')).toBe(false);
    expect(strides('  lw a2, 0(a5)\n  addi a5, a5, 255\n  bne a5, a4, loop')).toBe(false);
  });

  it('not an address that depends on loaded data (a table lookup), nor one it cannot follow', () => {
    expect(strides('  lbu t0, 0(a0)\n  slli t0, t0, 2\n  add t0, t0, s1\n  lw t1, 0(t0)\n  addi a0, a0, 1\n  bne a0, a1, loop')).toBe(false);
    expect(strides('  lw a0, 0(a0)\n  bnez a0, loop')).toBe(false); // a linked list
    expect(strides('  lw a2, 0(a5)\n  li t0, 4096\n  add a5, a5, t0\n  bne a5, a4, loop')).toBe(false); // a step made in the loop
    expect(strides('  mul t2, t0, t1\n  add t2, t2, s0\n  lw t3, 0(t2)\n  addi t0, t0, 1\n  bne t0, t4, loop')).toBe(false);
  });

  it('not a loop without accesses, nor one whose address never changes', () => {
    expect(strides('  add a0, a0, a3\n  bne a0, a1, loop')).toBe(false);
    expect(strides('  lw a2, 0(s0)\n  add a3, a3, a2\n  bne a3, a1, loop')).toBe(false);
  });
});
