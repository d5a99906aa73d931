/** Assembler behaviour: expansions, symbols, directives, layout, listing. */
import { describe, expect, it } from 'vitest';
import { assemble } from '../../asm/assembler.js';
import { readElf } from '../../src/elf/reader.js';
import { PF_R, PF_W, PF_X, PT_LOAD } from '../../src/elf/constants.js';
import { build, section, words } from './helpers.js';

const hex = (ws: number[]): string[] => ws.map((w) => w.toString(16).padStart(8, '0'));

describe('pseudo-instruction expansions (GNU as, no relaxation)', () => {
  it.each([
    ['li a0, 0', ['00000513']],
    ['li a0, -2048', ['80000513']],
    ['li a0, 4096', ['00001537']],
    ['li a0, 0x12345678', ['12345537', '67850513']],
    ['li a0, 0x7ffff800', ['80000537', '80050513']],
    ['li a0, 0xffffffff', ['fff00513']],
    ['li a0, -2049', ['fffff537', '7ff50513']],
    // 200 terms: the constant check once took time exponential in a chain's length.
    [`li a0, ${Array(200).fill(1).join('-')}`, ['f3a00513']],
    ['la a0, 0x12345678', ['12345537', '67850513']],
    ['mv a0, a1', ['00058513']],
    ['not a0, a1', ['fff5c513']],
    ['neg a0, a1', ['40b00533']],
    ['seqz a0, a1', ['0015b513']],
    ['snez a0, a1', ['00b03533']],
    ['ret', ['00008067']],
    ['jr t0', ['00028067']],
    ['jalr t0', ['000280e7']],
    ['rdcycle a0', ['c0002573']],
    ['csrr a0, instreth', ['c8202573']],
    ['nop', ['00000013']],
  ])('%s', (line, expected) => {
    expect(hex(words(line))).toEqual(expected);
  });

  it('expands la, call and tail to auipc pairs relative to the auipc', () => {
    const ws = words('la a0, target\ncall target\ntail target\nnop\ntarget: ret');
    // la at 0x400000 (+0x1c), call at 0x400008 (+0x14), tail at 0x400010 (+0xc)
    expect(hex(ws.slice(0, 6))).toEqual(['00000517', '01c50513', '00000097', '014080e7', '00000317', '00c30067']);
  });

  it('expands li of a constant defined later to lui + addi, always both', () => {
    expect(hex(words('li a0, N\n.equ N, 5'))).toEqual(['00000537', '00550513']);
    expect(hex(words('li a0, N\n.equ N, 0x12345000'))).toEqual(['12345537', '00050513']);
  });

  it('swaps operands for bgt/ble/bgtu/bleu', () => {
    expect(hex(words('1: bgt a0, a1, 1b\nble a0, a1, 1b'))).toEqual(['00a5c063', 'fea5dee3']);
  });
});

describe('symbols and expressions', () => {
  it('resolves numeric local labels backward and forward', () => {
    expect(hex(words('1: j 1f\n1: j 1b\nj 1b'))).toEqual(['0040006f', '0000006f', 'ffdff06f']);
  });

  it('evaluates .equ defined later when it is used by data (pass 2)', () => {
    const { bytes } = section(build('.data\n.word SIZE\n.equ SIZE, 12'), '.data');
    expect(Array.from(bytes)).toEqual([12, 0, 0, 0]);
  });

  it('lets .set redefine a symbol; each use sees the value at that point', () => {
    const { bytes } = section(build('.data\n.set n, 1\n.byte n\n.set n, n + 1\n.byte n\nn = n * 10\n.byte n'), '.data');
    expect(Array.from(bytes)).toEqual([1, 2, 20]);
  });

  it('computes %hi/%lo so that lui+addi rebuild the address', () => {
    const elf = build('lui a0, %hi(x)\naddi a0, a0, %lo(x)\n.data\n.space 0x7ff\nx: .byte 1');
    const x = readElf(elf).symbols.find((s) => s.name === 'x')!.value;
    const [lui, addi] = words('lui a0, %hi(x)\naddi a0, a0, %lo(x)\n.data\n.space 0x7ff\nx: .byte 1');
    expect(((lui & 0xfffff000) + (addi >> 20)) >>> 0).toBe(x);
    expect(x).toBe(0x4017ff);
  });

  it('knows . as the current location and label differences as constants', () => {
    const { bytes } = section(build('.data\na: .byte 1, 2, 3\nlen = . - a\n.byte len'), '.data');
    expect(Array.from(bytes)).toEqual([1, 2, 3, 3]);
  });

  it('reads character literals and every number base', () => {
    const { bytes } = section(build(".data\n.byte 'A', '\\n', 0x1f, 0b101, 017, 9"), '.data');
    expect(Array.from(bytes)).toEqual([65, 10, 31, 5, 15, 9]);
  });
});

describe('directives and layout', () => {
  it('places .text at 0x00400000 and data on a later page, with one PT_LOAD per permission', () => {
    const elf = readElf(build('nop\n.section .rodata\n.byte 1\n.data\n.word 2\n.bss\n.space 64'));
    expect(elf.entry).toBe(0x400000);
    const loads = elf.segments.filter((s) => s.type === PT_LOAD);
    expect(loads.map((s) => [s.vaddr, s.flags, s.filesz, s.memsz])).toEqual([
      [0x400000, PF_R | PF_X, 5, 5],
      [0x401000, PF_R | PF_W, 4, 4 + 64],
    ]);
    for (const s of loads) expect(s.offset % 0x1000).toBe(s.vaddr % 0x1000);
  });

  it('fills .align in code with zeros, a c.nop and nops; elsewhere with zeros or the fill', () => {
    const { bytes } = section(build('ret\n.byte 1\n.align 4\nret'), '.text');
    // ret, .byte 1, then 11 bytes of padding: 1 zero, a c.nop, 2 nops; the section ends padded to 16.
    expect(Buffer.from(bytes).toString('hex')).toBe('67800000' + '01' + '00' + '0100' + '13000000'.repeat(2) + '67800000' +
      '13000000'.repeat(3));
    const data = section(build('.data\n.byte 1\n.balign 4, 0xaa\n.byte 2\n.p2align 3\n.byte 3'), '.data');
    expect(Buffer.from(data.bytes).toString('hex')).toBe('01aaaaaa02000000' + '03');
  });

  it('writes .ascii, .asciz and .string', () => {
    const { bytes } = section(build('.data\n.ascii "ab"\n.asciz "c"\n.string "d", "e"'), '.data');
    expect(Buffer.from(bytes).toString('latin1')).toBe('abc\0d\0e\0');
  });

  it('assembles several files: globals resolve across them, locals stay apart', () => {
    const out = assemble([
      { path: 'a.s', text: '.globl _start\n_start: call f\nx: .word 1\n' },
      { path: 'b.s', text: '.globl f\nf: ret\nx: .word 2\n' },
    ]);
    const xs = readElf(out.elf).symbols.filter((s) => s.name === 'x').map((s) => s.value);
    expect(xs).toEqual([0x400008, 0x400010]);
    expect(readElf(out.elf).symbols.find((s) => s.name === 'f')).toMatchObject({ value: 0x40000c, global: true });
  });

  it('includes a file relative to the including file', () => {
    const files: Record<string, string> = { '/src/lib/defs.inc': '.equ ANSWER, 42\n' };
    const out = assemble([{ path: '/src/main.s', text: '.include "lib/defs.inc"\n.globl _start\n_start: li a0, ANSWER\n' }],
      { readFile: (p) => files[p] });
    expect(hex([new DataView(out.elf.buffer).getUint32(0x1000, true)])).toEqual(['02a00513']);
  });

  it('ignores block comments, also across lines, and # comments', () => {
    expect(hex(words('/* one\n two */ nop # no\n/**/ret'))).toEqual(['00000013', '00008067']);
  });
});

describe('listing', () => {
  it('lists an included file\'s lines under its name, then returns to the includer', () => {
    const files: Record<string, string> = { '/p/defs.inc': 'nop\n' };
    const out = assemble([{ path: '/p/m.s', text: '.globl _start\n_start:\n.include "defs.inc"\nret\n' }],
      { listing: true, readFile: (p) => files[p] });
    expect(out.listing).toBe([
      '# /p/m.s',
      '    1                                     .globl _start',
      '    2  00400000                           _start:',
      '# /p/defs.inc',
      '    1  00400000  13 00 00 00              nop',
      '    2',
      '# /p/m.s',
      '    3                                     .include "defs.inc"',
      '    4  00400004  67 80 00 00              ret',
      '    5',
      '',
    ].join('\n'));
  });

  it('shows line number, address, bytes and source', () => {
    const out = assemble([{ path: 'l.s', text: '.globl _start\n_start: li a0, 0x12345678\n.data\n.ascii "0123456789"\n' }], { listing: true });
    expect(out.listing).toBe([
      '# l.s',
      '    1                                     .globl _start',
      '    2  00400000  37 55 34 12 13 05 85 67  _start: li a0, 0x12345678',
      '    3                                     .data',
      '    4  00401000  30 31 32 33 34 35 36 37  .ascii "0123456789"',
      '       00401008  38 39',
      '    5',
      '',
    ].join('\n'));
  });
});
