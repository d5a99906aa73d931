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

describe('jumps inside a page', () => {
  // Encoded by GNU as (riscv64-unknown-elf-as -march=rv32im):
  const JUMPS = Int32Array.from([
    0x00150513, //  0: addi a0, a0, 1
    0x0080006f, //  1: j 3
    0x00250513, //  2: addi a0, a0, 2     (jumped over)
    0x00350513, //  3: addi a0, a0, 3
    0x00008067, //  4: ret
    0x00450513, //  5: addi a0, a0, 4
    0x00550513, //  6: addi a0, a0, 5     <- the head of the loop at 6..8
    0x00650513, //  7: addi a0, a0, 6
    0xff9ff06f, //  8: j 6                (back, to 6)
  ]);

  it('a block goes on at the target of a jump in its page, and its exits continue where the path is', () => {
    const t = translateBlock(JUMPS, 0, options);
    // Words 0, 1, 3 and 4: the jump is followed, the word it jumps over is not in the block.
    expect(t).toMatchObject({ length: 4, loops: false });
    // Its exits: the ret (its target added at run time: offset 0) and the ret's misaligned
    // target, left to the interpreter at the ret itself (word 4: +16), not at its 4th word (+12).
    const offsets = [];
    for (let at = 0; at < t.exits.length; at += 6) offsets.push(t.exits[at + 4]);
    expect(offsets.sort((a, b) => a - b)).toEqual([0, 16]);
  });

  it('a jump back into the block ends it before the loop\'s head, and a jump back to its start makes it a loop', () => {
    expect(translateBlock(JUMPS, 5, options)).toMatchObject({ length: 1, loops: false });
    expect(translateBlock(JUMPS, 6, options)).toMatchObject({ length: 3, loops: true });
  });

  it('a jump out of the page ends the block', () => {
    // `j 3` at the last two words of a page: the target is in the next page.
    const words = new Int32Array(2048);
    words[1022] = 0x00150513; // addi a0, a0, 1
    words[1023] = 0x0080006f; // j +8 (word 1025)
    words[1025] = 0x00350513;
    expect(translateBlock(words, 1022, options)).toMatchObject({ length: 2, loops: false });
  });
});

describe('blocks that lead into other blocks', () => {
  // Encoded by GNU as: a straight run into a loop at 3..4 whose branch goes back to 3.
  const WORDS = Int32Array.from([
    0x00150513, // 0: addi a0, a0, 1
    0x00250513, // 1: addi a0, a0, 2
    0x00350513, // 2: addi a0, a0, 3
    0x00450513, // 3: addi a0, a0, 4
    0xfe051ee3, // 4: bnez a0, 3   (back, to 3)
  ]);

  it('a block that does not loop ends where another block starts; a loop keeps its whole round', () => {
    // Word 3, the loop's head, is a branch's target: a block there ends the block at 0 before it.
    // Word 2 is no branch's target (a block can start anywhere a time slice ended): no end there.
    expect(translateBlock(WORDS, 0, options)).toMatchObject({ length: 3, loops: false });
    expect(translateBlock(WORDS, 0, { ...options, startsBlock: (wi: number) => wi === 2 })).toMatchObject({ length: 3, loops: false });
    const longer = Int32Array.from([...WORDS.slice(0, 3), 0x00000013 /* nop */, ...WORDS.slice(3), 0xfe0008e3 /* beqz zero, 2 */]);
    expect(translateBlock(longer, 0, { ...options, startsBlock: (wi: number) => wi === 2 })).toMatchObject({ length: 2, loops: false });
    // The loop at 3 (its branch back to its start) is not cut at 4, though a block starts there.
    expect(translateBlock(WORDS, 3, { ...options, startsBlock: (wi: number) => wi === 4 })).toMatchObject({ length: 2, loops: true });
  });
});

describe('a jump followed where another block starts', () => {
  it('a block goes on at a jump\'s target even where another block starts there', () => {
    // 0: addi; 1: j 3; 2: addi (jumped over); 3: addi; 4: ret. A block starts at 3, a jump's target.
    const words = Int32Array.from([0x00150513, 0x0080006f, 0x00250513, 0x00350513, 0x00008067]);
    expect(translateBlock(words, 0, { ...options, startsBlock: (wi: number) => wi === 3 })).toMatchObject({ length: 4, loops: false });
  });
});
