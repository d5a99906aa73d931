/**
 * Where the compiling engine's blocks start and end (src/machine/jit/translate.ts): a block goes on
 * past a forward branch, ends after a backward one, and ends before a loop's head that a later
 * branch in it goes back to. (That blocks give the interpreter's results is engines.test.ts's.)
 */
import { describe, expect, it } from 'vitest';
import { INSTRUCTIONS } from '../../src/isa/table.js';
import { translateBlock, type TranslateOptions } from '../../src/machine/jit/translate.js';

// Encoded by GNU as (riscv64-unknown-elf-as -march=rv32im), at word 0 of a page:
const CODE = [
  0x001e0e13, //  0: addi t3, t3, 1
  0x00040293, //  1: mv t0, s0
  0x04000313, //  2: li t1, 64
  0x0002a383, //  3: lw t2, 0(t0)          <- the head of the loop at 3..6
  0x00428293, //  4: addi t0, t0, 4
  0xfff30313, //  5: addi t1, t1, -1
  0xfe031ae3, //  6: bnez t1, 3            (backward, to 3)
  0x007e7e93, //  7: andi t4, t3, 7
  0x000e9463, //  8: bnez t4, 10           (forward)
  0x3e848493, //  9: addi s1, s1, 1000
  0xfd2e4ce3, // 10: blt t3, s2, 0         (backward, to 0)
  0x00000073, // 11: ecall
];

const options: TranslateOptions = { opCycles: new Int32Array(INSTRUCTIONS.length).fill(1), takenExtra: 2, memory: 3, unified: false };
const words = Int32Array.from(CODE);

describe('block boundaries', () => {
  it('a block ends before the head of a loop inside it, which starts a looping block of its own', () => {
    // Without the cut, the block at 0 would run to the first backward branch (6) and hold the
    // loop's first round, a copy of the block at 3.
    expect(translateBlock(words, 0, options)).toMatchObject({ length: 3, loops: false });
    expect(translateBlock(words, 3, options)).toMatchObject({ length: 4, loops: true });
  });

  it('a block goes on past a forward branch and ends after a backward one', () => {
    expect(translateBlock(words, 7, options)).toMatchObject({ length: 4, loops: false });
    // The same from the middle: the branch back to 0 leaves the block; the ecall is the interpreter's.
    expect(translateBlock(words, 9, options)).toMatchObject({ length: 2, loops: false });
    expect(translateBlock(words, 11, options)).toMatchObject({ length: 0 });
  });

  it('a block entered inside a loop runs to its backward branch, which leaves it', () => {
    const t = translateBlock(words, 4, options);
    expect(t).toMatchObject({ length: 3, loops: false });
    // Its exits: taken, to 3 (an offset of -4 from its start at 4); not taken, on to 7 (+12).
    const offsets = [];
    for (let at = 0; at < t.exits.length; at += 6) offsets.push(t.exits[at + 4]);
    expect(offsets.sort((a, b) => a - b)).toEqual([-4, 12]);
  });
});
