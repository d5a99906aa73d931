/**
 * `vmlab disasm`'s printing of what is not a whole 32-bit instruction, against riscv64-unknown-elf-objdump
 * 2.40 -d of the same source (GNU as -mno-relax + ld --no-relax at 0x400000, as the oracle builds;
 * objdump's `add` for an addi with an immediate is written as vmlab spells it, `addi`, as
 * test/oracle/compare.ts maps it).
 */
import { describe, expect, it } from 'vitest';
import { assemble } from '../../asm/assembler.js';
import { objdump } from '../../src/cli/objdump.js';

/** The lines objdump prints for `source`'s instructions (after the header and the first label). */
function lines(source: string): string[] {
  const text = objdump('t', assemble([{ path: 't.s', text: `.globl _start\n_start:\n${source}` }]).elf).split('\n');
  return text.slice(text.indexOf('00400000 <_start>:') + 1, -1);
}

describe('vmlab disasm of instruction lengths other than 4 bytes', () => {
  it('steps over 48-, 64-, 80- and 176-bit encodings as objdump does, in chunks of 2 or 4 bytes, and a c.nop ending the section', () => {
    expect(lines(`  .insn 6, 0x12345678001f
  addi a0, a0, 1
  .insn 8, 0x3f
  .insn 10, 0x7f
  .insn 22, 0x607f
  addi a0, a0, 3
`)).toEqual([
      '  400000:\t001f 5678 1234      \t.byte\t0x1f, 0x00, 0x78, 0x56, 0x34, 0x12',
      '  400006:\t00150513          \taddi\ta0,a0,1',
      '  40000a:\t0000003f 00000000 \t.8byte\t0x3f',
      `  400012:\t007f 0000 0000 0000 \t.byte\t0x7f${', 0x00'.repeat(9)}`,
      '  40001a:\t0000 ',
      `  40001c:\t607f 0000 0000 0000 \t.byte\t0x7f, 0x60${', 0x00'.repeat(20)}`,
      '  400024:\t0000 0000 0000 0000 ',
      '  40002c:\t0000 0000 0000 ',
      '  400032:\t00350513          \taddi\ta0,a0,3',
      '  400036:\t0001                \t.2byte\t0x1', // the section's end padded to 4 bytes with a c.nop
    ]);
  });
});
