import { describe, expect, it } from 'vitest';
import { INSTRUCTIONS } from '../../src/isa/table.js';
import { decode } from '../../src/isa/decode.js';
import { disassemble } from '../../src/isa/disasm.js';
import { FORMAT_OPERANDS, FORMS, decodeFields, encodeFields, type Fields } from '../../src/isa/syntax.js';
import { assemble } from '../../asm/assembler.js';

/** A word in which every operand field is non-zero and distinct, so round trips are meaningful. */
function sampleFields(): Fields {
  return { rd: 10, rs1: 11, rs2: 12, imm: 20, csr: 0xc01, pred: 3, succ: 2 };
}

describe('the instruction table', () => {
  it('has the 41 RV32I rows (with fence.tso) plus M, Zicsr and Zifencei: 56 rows, each named once', () => {
    expect(INSTRUCTIONS).toHaveLength(56);
    expect(new Set(INSTRUCTIONS.map((r) => r.name)).size).toBe(56);
    expect(INSTRUCTIONS.filter((r) => r.ext === 'I')).toHaveLength(41);
    expect(INSTRUCTIONS.filter((r) => r.ext === 'M')).toHaveLength(8);
    expect(INSTRUCTIONS.filter((r) => r.ext === 'Zicsr')).toHaveLength(6);
  });

  it('has no two rows that match the same word', () => {
    for (const a of INSTRUCTIONS) {
      for (const b of INSTRUCTIONS) {
        if (a === b) continue;
        // Two rows overlap iff their matches agree on every bit both masks fix.
        const common = a.mask & b.mask;
        expect(((a.match & common) >>> 0) === ((b.match & common) >>> 0), `${a.name} overlaps ${b.name}`).toBe(false);
      }
    }
  });

  it('has every match inside its mask', () => {
    for (const r of INSTRUCTIONS) expect(((r.match & ~r.mask) >>> 0), r.name).toBe(0);
  });

  it.each(INSTRUCTIONS.map((r) => [r.name, r] as const))('%s: encode → decode → disassemble → assemble round-trips', (_name, row) => {
    const word = encodeFields(row, sampleFields());
    expect(decode(word)).toBe(row);
    const again = encodeFields(row, decodeFields(row, word));
    expect(again).toBe(word);
    const text = disassemble(word, 0x400000, false);
    expect(text.mnemonic).toBe(row.name);
    // objdump writes targets in hex without 0x: here as _start plus the offset (a branch to a
    // bare number is one to the absolute section, which GNU as makes the long form).
    const operands = text.target === undefined ? text.operands
      : text.operands.replace(/[0-9a-f]+$/, (hex) => `_start + ${parseInt(hex, 16) - 0x400000}`);
    const source = `.globl _start\n_start: ${text.mnemonic} ${operands}\n`;
    const elf = assemble([{ path: 'roundtrip.s', text: source }]).elf;
    expect(new DataView(elf.buffer, elf.byteOffset + 0x1000, 4).getUint32(0, true)).toBe(word);
  });

  it('gives each row a syntax for its format', () => {
    for (const r of INSTRUCTIONS) expect(FORMAT_OPERANDS[r.format]).toBeDefined();
    expect(FORMS.filter((f) => f.printed && f.name === 'li')[0].fixed).toEqual({ rs1: 0 });
  });

  it('decodes an unknown word to nothing and disassembles it as .word', () => {
    expect(decode(0xffffffff)).toBeUndefined();
    expect(decode(0)).toBeUndefined();
    expect(disassemble(0xffffffff, 0)).toEqual({ mnemonic: '.word', operands: '0xffffffff' });
  });
});

describe('disassembly', () => {
  it.each([
    [0x00100513, 'li', 'a0,1'],
    [0x00058513, 'mv', 'a0,a1'],
    [0x00000013, 'nop', ''],
    [0x00008067, 'ret', ''],
    [0x0ff0000f, 'fence', ''],
    [0x0310000f, 'fence', 'rw,w'],
    [0xc0002573, 'rdcycle', 'a0'],
    [0xc0001073, 'unimp', ''],
    [0x4055d513, 'srai', 'a0,a1,0x5'],
    [0x12345537, 'lui', 'a0,0x12345'],
    [0xfff10503, 'lb', 'a0,-1(sp)'],
    [0x40b00533, 'neg', 'a0,a1'],
    [0xc002d073, 'csrwi', 'cycle,5'],
  ])('%s is "%s %s"', (word, mnemonic, operands) => {
    const d = disassemble(word, 0x400000);
    expect([d.mnemonic, d.operands]).toEqual([mnemonic, operands]);
  });

  it('gives branch and jump targets as absolute addresses', () => {
    expect(disassemble(0xf81ff06f, 0x400080)).toEqual({ mnemonic: 'j', operands: '400000', target: 0x400000 });
    expect(disassemble(0xfa000ce3, 0x400048)).toEqual({ mnemonic: 'beqz', operands: 'zero,400000', target: 0x400000 });
  });

  it('prints the row itself when aliases are off', () => {
    expect(disassemble(0x00100513, 0, false)).toMatchObject({ mnemonic: 'addi', operands: 'a0,zero,1' });
  });
});
