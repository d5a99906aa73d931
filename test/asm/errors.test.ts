/** Every kind of assembly error: exact message, position, source line and caret. */
import { describe, expect, it } from 'vitest';
import { errorReport, lineError } from './helpers.js';
import { assemble } from '../../asm/assembler.js';
import { AssemblyErrors } from '../../asm/errors.js';

describe('assembly errors', () => {
  it.each([
    ['    addx a0, a1, a2', "t.s:3:5: unrecognized opcode `addx a0,a1,a2'\n    addx a0, a1, a2\n    ^"],
    ['    add a0, a1', "t.s:3:5: illegal operands `add a0,a1': wrong number of operands for 'add': expected rd, rs1, imm or rd, rs1, rs2\n    add a0, a1\n    ^"],
    ['    add a0, a1, x32', "t.s:3:17: illegal operands `add a0,a1,x32': bad register 'x32'\n    add a0, a1, x32\n                ^"],
    ['    lw a0, 4(q0)', "t.s:3:14: illegal operands `lw a0,4(q0)': bad register 'q0'\n    lw a0, 4(q0)\n             ^"],
    ['    add a0, 5, a1', "t.s:3:13: illegal operands `add a0,5,a1': operand 2 of 'add' must be a register\n    add a0, 5, a1\n            ^"],
    ['    ret a0', "t.s:3:5: illegal operands `ret a0': wrong number of operands for 'ret': expected (no operands)\n    ret a0\n    ^"],
    ['    addi a0, a1, 5000', 't.s:3:18: illegal operands `addi a0,a1,5000\': immediate out of range: 5000 is not in -2048..2047\n    addi a0, a1, 5000\n                 ^'],
    ['    slli a0, a1, 32', 't.s:3:18: improper shift amount (32)\n    slli a0, a1, 32\n                 ^'],
    ['    lui a0, -1', 't.s:3:13: lui expression not in range 0..1048575\n    lui a0, -1\n            ^'],
    ['    lw a0, 2048(sp)', 't.s:3:12: illegal operands `lw a0,2048(sp)\': immediate out of range: 2048 is not in -2048..2047\n    lw a0, 2048(sp)\n           ^'],
    ['    lui a0, 0x100000', 't.s:3:13: lui expression not in range 0..1048575\n    lui a0, 0x100000\n            ^'],
    ['    addi a0, a0, 0xfffff7ff', 't.s:3:18: illegal operands `addi a0,a0,0xfffff7ff\': immediate out of range: -2049 is not in -2048..2047\n    addi a0, a0, 0xfffff7ff\n                 ^'],
    ['    addi a0, a0, 0x100000000', 't.s:3:18: illegal operands `addi a0,a0,0x100000000\': immediate out of range: 4294967296 is not in -2048..2047\n    addi a0, a0, 0x100000000\n                 ^'],
    ['    li a0, 0x1ffffffffffffffff', 't.s:3:12: number too large: 0x1ffffffffffffffff does not fit in 64 bits\n    li a0, 0x1ffffffffffffffff\n           ^'],
    ['    .word 18446744073709551616', 't.s:3:11: number too large: 18446744073709551616 does not fit in 64 bits\n    .word 18446744073709551616\n          ^'],
    ['    .octa 0x100000000000000000000000000000000', 't.s:3:11: number too large: 0x100000000000000000000000000000000 does not fit in 128 bits\n    .octa 0x100000000000000000000000000000000\n          ^'],
    ['    csrr a0, 5000', 't.s:3:14: improper CSR address (5000)\n    csrr a0, 5000\n             ^'],
    ['    j nowhere', "t.s:3:7: undefined symbol 'nowhere'\n    j nowhere\n      ^"],
    ['    beqz a0, 1f', "t.s:3:14: undefined local label '1f': no '1:' after this line\n    beqz a0, 1f\n             ^"],
    ['    .foo 3', "t.s:3:5: unknown pseudo-op: `.foo'\n    .foo 3\n    ^"],
    ['    addi a0, a1,', "t.s:3:17: illegal operands `addi a0,a1,': missing operand 3 of 'addi'\n    addi a0, a1,\n                ^"],
    ['    addi a0, a1 +', 't.s:3:17: illegal operands `addi a0,a1+\': syntax error: expected end of line, ";", or ",", found \'+\'\n    addi a0, a1 +\n                ^'],
    ['    .section .weird, "q"', "t.s:3:22: unknown section flag in \"q\"\n    .section .weird, \"q\"\n                     ^"],
    ['    .org 8\n    .org 4', "t.s:4:10: attempt to move .org backwards\n    .org 4\n         ^"],
    ['    fence 0, rw', 't.s:3:11: illegal operands `fence 0,rw\': bad fence operand: expected a set of i, o, r, w (like "rw" or "iorw")\n    fence 0, rw\n          ^'],
    ['    fence rx, w', 't.s:3:11: illegal operands `fence rx,w\': bad fence operand: expected a set of i, o, r, w (like "rw" or "iorw")\n    fence rx, w\n          ^'],
    ['    li a0, later\nlater:', 't.s:3:12: illegal operands `li a0,later\': expected a constant, not an address\n    li a0, later\n           ^'],
    ['    li a0, nowhere', "t.s:3:12: undefined symbol 'nowhere'\n    li a0, nowhere\n           ^"],
    ['    .equ A, B\n    .equ B, A\n    .word A', "t.s:3:13: symbol 'A' is defined in terms of itself\n    .equ A, B\n            ^\n" +
      "t.s:4:13: symbol 'B' is defined in terms of itself\n    .equ B, A\n            ^\n" +
      "t.s:5:13: symbol 'A' is defined in terms of itself\n    .word A\n            ^"],
    // A %pcrel_lo naming a label where no auipc stands, before or after it (GNU as takes both;
    // ld refuses them: "dangerous relocation: %pcrel_lo missing matching %pcrel_hi").
    ['    addi a0, a0, %pcrel_lo(lab)\nlab: nop\n    addi a0, a0, %pcrel_lo(_start)',
      "t.s:3:18: %pcrel_lo needs the label of an auipc with %pcrel_hi\n    addi a0, a0, %pcrel_lo(lab)\n                 ^\n" +
      "t.s:5:18: %pcrel_lo needs the label of an auipc with %pcrel_hi\n    addi a0, a0, %pcrel_lo(_start)\n                 ^"],
    // What GNU as has and vmlab does not: thread-local storage, a GOT (a syntax error before).
    ['    .section .tbss,"awT",@nobits', 't.s:3:14: .tbss: thread-local storage (__thread, .tdata, .tbss) is not supported: vmlab runs one thread a process\n    .section .tbss,"awT",@nobits\n             ^'],
    ['    lui a0, %tprel_hi(t)', 't.s:3:13: %tprel_hi: thread-local storage is not supported (vmlab runs one thread a process)\n    lui a0, %tprel_hi(t)\n            ^'],
    ['    auipc a0, %got_pcrel_hi(x)', 't.s:3:15: %got_pcrel_hi: a GOT is not supported (vmlab links statically: use la, or %pcrel_hi)\n    auipc a0, %got_pcrel_hi(x)\n              ^'],
    // GNU quotes only the statement in error, not the others on its line.
    ['    lw t2, 0(s1); lw t3, 4096(s1)', "t.s:3:26: illegal operands `lw t3,4096(s1)': immediate out of range: 4096 is not in -2048..2047\n    lw t2, 0(s1); lw t3, 4096(s1)\n                         ^"],
    ['x:  addi a0, a0, 1; foo a0 ; nop', "t.s:3:21: unrecognized opcode `foo a0'\nx:  addi a0, a0, 1; foo a0 ; nop\n                    ^"],
    ['    .ascii "a;b"; foo a0', "t.s:3:19: unrecognized opcode `foo a0'\n    .ascii \"a;b\"; foo a0\n                  ^"],
    ['    nop; addi a0, a0, ; nop', "t.s:3:22: illegal operands `addi a0,a0,': missing operand 3 of 'addi'\n    nop; addi a0, a0, ; nop\n                     ^"],
    // Errors of directives read before the line's statements: in the statement's columns too.
    ['    nop;   .rept x\n    .endr', "t.s:3:18: undefined symbol 'x'\n    nop;   .rept x\n                 ^"],
    ['    nop;   .macro\n    .endm', 't.s:3:12: Missing macro name\n    nop;   .macro\n           ^'],
    ['    nop;  .if\n    .endif', 't.s:3:11: non-constant expression in ".if" statement\n    nop;  .if\n          ^'],
    // GNU's message (GNU then says it twice more, the last time as an `f' extension required)
    ['    .insn r 0x12, 0, 0, a0, a1, a2', 't.s:3:13: bad value for opcode field, value must be 0...127 and lower 2 bits must be 0x3\n    .insn r 0x12, 0, 0, a0, a1, a2\n            ^'],
    ['    .bss\n    .word 1', "t.s:4:11: attempt to store non-zero value in section `.bss'\n    .word 1\n          ^"],
  ])('%j', (line, report) => {
    expect(lineError(line)).toBe(report);
  });

  it('assembles each of 3,000 statements on one line and points an error in the last at its column', () => {
    const line = `${'addi a0, a0, 1;'.repeat(3000)} addi a0, a0, 5000`;
    const text = `.globl _start\n_start:\n${line}\n`;
    const [first, shown, caret] = errorReport(text).split('\n');
    expect(first).toBe("t.s:3:45015: illegal operands `addi a0,a0,5000': immediate out of range: 5000 is not in -2048..2047");
    expect(caret.indexOf('^')).toBe(shown.indexOf('5000')); // a long line shown around its column
    const { image } = assemble([{ path: 't.s', text: `.globl _start\n_start:\n${'addi a0, a0, 1;'.repeat(3000)}\n` }]);
    const code = image.sections.find((s) => s.name === '.text')!.data;
    expect(code.length).toBe(12000);
    const words = new Set(Array.from({ length: 3000 }, (_, i) => new DataView(code.buffer, code.byteOffset).getUint32(i * 4, true)));
    expect(words).toEqual(new Set([0x00150513])); // addi a0, a0, 1
  });

  it("reports lines after a C preprocessor's line markers at their places in the files they name, as GNU as does", () => {
    const text = '# 1 "orig.S"\n# 1 "<built-in>"\n# 1 "orig.S"\n.globl _start\n_start:\n# 10 "orig.S"\n addx a0\n\n addy a1\n' +
      '# 3 "inc.h" 1\n addz\n# 13 "orig.S" 2\n addw\n';
    expect(errorReport(text).split('\n').filter((l) => /^\S+:\d+:\d+:/.test(l))).toEqual([
      "orig.S:10:2: unrecognized opcode `addx a0'", "orig.S:12:2: unrecognized opcode `addy a1'",
      "inc.h:3:2: unrecognized opcode `addz'", "orig.S:13:2: unrecognized opcode `addw'",
    ]);
  });

  it('warns about an unknown .option and a .popsection without .pushsection, and goes on, as GNU as does', () => {
    expect(assemble([{ path: 't.s', text: '.globl _start\n_start: nop\n    .option bogus\n    .popsection\n' }]).warnings).toEqual([
      't.s:3:13: warning: unrecognized .option directive: bogus\n    .option bogus\n            ^',
      't.s:4:5: warning: .popsection without corresponding .pushsection; ignored\n    .popsection\n    ^',
    ]);
  });

  it('reports a misaligned branch target with its address', () => {
    expect(lineError('    beq a0, a1, odd\n    .byte 1\nodd: nop')).toBe(
      't.s:3:17: misaligned branch target 0x400005: offset 5 is not a multiple of 4 (RV32IM has no compressed instructions)\n' +
      '    beq a0, a1, odd\n                ^');
  });

  it('reports a jump out of range with the range (GNU as does not lengthen jumps)', () => {
    expect(lineError('    jal far\n    .space 0x100000\nfar: ret')).toBe(
      't.s:3:9: jump target out of range: offset 1048580 is not in -1048576..1048574\n    jal far\n        ^');
  });

  it('reports a duplicate symbol with the first definition', () => {
    expect(lineError('loop: nop\nloop: nop')).toBe("t.s:4:1: symbol `loop' is already defined (first defined at t.s:3)\nloop: nop\n^");
  });

  it('reports every error, in order, tabs shown as spaces under the caret', () => {
    expect(errorReport('.globl _start\n_start:\n\taddx\n\tnop 1\n')).toBe(
      "t.s:3:2: unrecognized opcode `addx'\n addx\n ^\n" +
      "t.s:4:2: illegal operands `nop 1': wrong number of operands for 'nop': expected (no operands)\n nop 1\n ^");
  });

  it('reports syntax errors and encoding errors in one run, in line order (as GNU as does)', () => {
    expect(errorReport('.globl _start\n_start:\n addi a0, a0, 5000\n add a0,, \n j nowhere\n li a0, 1 +\n')).toBe(
      't.s:3:15: illegal operands `addi a0,a0,5000\': immediate out of range: 5000 is not in -2048..2047\n addi a0, a0, 5000\n              ^\n' +
      "t.s:4:9: illegal operands `add a0,,': missing operand 2 of 'add'\n add a0,, \n        ^\n" +
      "t.s:5:4: undefined symbol 'nowhere'\n j nowhere\n   ^\n" +
      't.s:6:11: illegal operands `li a0,1+\': syntax error: expected end of line, ";", or ",", found \'+\'\n li a0, 1 +\n          ^');
  });

  it('counts every error of a repetition in .bss, and its errors carry no stack trace', () => {
    // 10,000 non-zero bytes in .bss, each an error (capturing a stack trace for each was four
    // fifths of the time of such an assembly).
    const source = '.globl _start\n.text\n_start: nop\n.bss\n' + '.rept 10\n'.repeat(4) + '.byte 1\n' + '.endr\n'.repeat(4);
    let caught: unknown;
    try {
      assemble([{ path: 't.s', text: source }]);
    } catch (e) {
      caught = e;
    }
    const errors = (caught as AssemblyErrors).errors;
    expect(errors).toHaveLength(10_000);
    expect(errors[0].message).toBe("attempt to store non-zero value in section `.bss'");
    expect(errors.every((e) => !/\n\s+at /.test(e.stack ?? ''))).toBe(true);
    expect(Error.stackTraceLimit).toBeGreaterThan(0); // restored after each
  });

  it('takes an instruction in .bss as GNU as does: its room kept, its bytes dropped, with a warning', () => {
    const out = assemble([{ path: 't.s', text: '.globl _start\n_start: nop\n.bss\nbefore: nop\n.insn 0x13\n.nop\nafter: .word 0\n' }]);
    expect(out.warnings.map((w) => w.split('\n')[0])).toEqual([4, 5, 6].map((line) =>
      `t.s:${line}:${line === 4 ? 9 : 1}: warning: instruction in .bss: .bss is zero-filled, its bytes are dropped (as GNU as drops them); use .text`));
    const bss = out.image.sections.find((section) => section.name === '.bss')!;
    expect(bss.data.length).toBe(16);
    expect(out.image.symbols.find((sym) => sym.name === 'after')!.value - bss.addr).toBe(12);
  });

  it('reports the errors of values in a section that is not loaded (.debug_info), as GNU as and ld do', () => {
    expect(lineError('  nop\n  .section .debug_info,"",@progbits\n  .4byte nowhere')).toBe(
      "t.s:5:10: undefined symbol 'nowhere'\n  .4byte nowhere\n         ^");
  });

  it('shows the first 50 errors and counts the rest', () => {
    const report = errorReport('.globl _start\n_start:\n' + 'bogus\n'.repeat(60)).split('\n');
    expect(report).toHaveLength(50 * 3 + 1);
    expect(report[report.length - 1]).toBe('error: 10 more errors not shown');
  });

  it('enters at .text without a global _start, or at a _start that is a value, as ld', () => {
    const local = assemble([{ path: 't.s', text: '.data\n.word 1\n.text\nnop\n_start: nop\n' }]);
    expect(local.image.entry).toBe(0x400000);
    expect(local.warnings).toEqual(['warning: cannot find entry symbol _start; defaulting to 00400000']);
    const set = assemble([{ path: 't.s', text: '.globl _start\n.set _start, 0x400004\nnop\nnop\n' }]);
    expect(set.image.entry).toBe(0x400004);
    expect(set.warnings).toEqual([]);
  });

  it('reports a global defined in two files, at the second definition', () => {
    try {
      assemble([{ path: 'a.s', text: '.globl _start, f\n_start:\nf: ret\n' }, { path: 'b.s', text: '.globl f\nf: nop\n' }]);
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message).toBe("b.s:2:1: duplicate symbol 'f' (first defined at a.s:3)\nf: nop\n^");
    }
  });

  it('reports an include that cannot be read, at the file name', () => {
    expect(lineError('    .include "missing.inc"')).toBe(
      "t.s:3:14: cannot read included file 'missing.inc'\n    .include \"missing.inc\"\n             ^");
  });
});
