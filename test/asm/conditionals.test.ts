/**
 * Conditional assembly, .exitm, .purgem, macro qualifiers and the message directives, against
 * what riscv64-unknown-elf-as 2.40 does with the same lines (its output quoted in comments; the
 * byte-for-byte comparison of test/corpus/gnu/conditionals.s is the oracle case gnu-conditionals).
 */
import { describe, expect, it } from 'vitest';
import { assemble } from '../../asm/assembler.js';
import { errorReport, words } from './helpers.js';

const hex = (ws: number[]): string[] => ws.map((w) => w.toString(16).padStart(8, '0'));
const run = (body: string) => assemble([{ path: 't.s', text: `.globl _start\n_start:\n${body}\n` }]);
/** Each error of `body` as `line: message` (GNU as prints `t.s:LINE: Error: MESSAGE`). */
const errors = (body: string): string[] =>
  errorReport(`.globl _start\n_start:\n${body}\n`).split('\n').filter((l) => l.startsWith('t.s:')).map((l) => l.replace(/^t\.s:(\d+):\d+: /, '$1: '));

describe('conditional assembly', () => {
  it.each([
    ['.if 1\nnop\n.else\nebreak\n.endif', ['00000013']],
    ['.if 0\nnop\n.elseif 2 > 1\nebreak\n.else\necall\n.endif', ['00100073']],
    ['.if 0\nnop\n.elseif 0\nebreak\n.else\necall\n.endif', ['00000073']],
    ['.if 1\n.if 0\nnop\n.else\necall\n.endif\n.else\nebreak\n.endif', ['00000073']],
    ['.if 0\n.if 1\nnop\n.else\necall\n.endif\n.endif\nebreak', ['00100073']],
    ['.equ N, 3\n.ifgt N - 2\nnop\n.endif\n.iflt N\necall\n.endif\n.ifle N - 3\nebreak\n.endif', ['00000013', '00100073']],
    ['.equ E, 1\n.ifdef E\nnop\n.endif\n.ifndef later\necall\n.endif\nlater:', ['00000013', '00000073']],
    ['.ifc a b, a  b\nnop\n.endif\n.ifnc x,X\necall\n.endif', ['00000013', '00000073']],
    ['.ifeqs "a", "a"\nnop\n.endif\n.ifnes "a", "a"\necall\n.endif', ['00000013']],
    ['.ifb\nnop\n.endif\n.ifnb ,\necall\n.endif', ['00000013', '00000073']],
    ['.if 0\n.macro m\n.endm\n.rept 2\n.error "skipped"\n.endr\n.endif\nnop', ['00000013']],
  ])('%j', (body, expected) => {
    expect(hex(words(body))).toEqual(expected);
  });

  it('decides with the symbols defined so far, and both passes take the same branch', () => {
    // A label defined after the .ifdef is not defined yet (GNU: the branch is skipped), though pass 2 knows it.
    expect(hex(words('.ifdef after\nnop\nnop\n.endif\nj after\nafter: ebreak'))).toEqual(['0040006f', '00100073']);
    expect(hex(words('a: nop\nb: .if b - a == 4\nebreak\n.endif'))).toEqual(['00000013', '00100073']);
  });

  it('reports misplaced and unterminated conditionals with GNU\'s messages', () => {
    // GNU: t.s:3: Error: ".else" without matching ".if" ... t.s:5: Error: ".elseif" without matching ".if"
    expect(errors('.else\n.endif\n.elseif 1')).toEqual([
      '3: ".else" without matching ".if"', '4: ".endif" without ".if"', '5: ".elseif" without matching ".if"',
    ]);
    expect(errors('.if 1\n.else\n.else\n.endif')).toEqual([
      '5: duplicate ".else"', '4: here is the previous ".else"', '3: here is the previous ".if"',
    ]);
    expect(errors('.if 1\n.else\n.elseif 1\n.endif')).toEqual([
      '5: ".elseif" after ".else"', '4: here is the previous ".else"', '3: here is the previous ".if"',
    ]);
    // GNU: t.s: Error: end of file inside conditional / t.s:4: Error: here is the start of the unterminated conditional
    expect(errors('.if 1\n.if 0\nnop')).toEqual(['6: end of file inside conditional', '4: here is the start of the unterminated conditional']);
    expect(errors('.macro m\n.if 1\n.endm\nm')).toEqual(['6: end of macro inside conditional', '6: here is the start of the unterminated conditional']);
  });

  it('reports bad conditions with GNU\'s messages, and skips the block (.ifdef of a non-name and .ifeqs without two strings open none)', () => {
    expect(errors('.if nowhere\nnop\n.endif\n.if\n.endif\n.ifdef 3\n.endif\n.ifc a\n.endif\n.ifeqs a, b\n.ifeqs "a"')).toEqual([
      '3: non-constant expression in ".if" statement', '6: non-constant expression in ".if" statement',
      '8: invalid identifier for ".ifdef"', '9: ".endif" without ".if"', '10: bad format for ifc or ifnc', '12: missing string', '13: .ifeqs syntax error',
    ]);
  });
});

describe('.err, .error, .warning and .print', () => {
  it('reports .err and .error as errors, in line order with the others', () => {
    expect(errors('.err\n.error\n.error "stop: \\"x\\""\naddi a0, a0, 5000')).toEqual([
      '3: .err encountered', '4: .error directive invoked in source file', '5: stop: "x"',
      "6: illegal operands `addi a0,a0,5000': immediate out of range: 5000 is not in -2048..2047",
    ]);
    expect(errors('.error 5\n.print\n.print x')).toEqual(['3: .error argument must be a string', '4: missing string', '5: missing string']);
  });

  it('gives .warning as a warning and .print as output, once each, in line order', () => {
    const out = run('.print "one"\n.warning\n.rept 2\n.print "two"\n.endr\n.warning "careful"');
    expect(out.printed).toEqual(['one', 'two', 'two']);
    expect(out.warnings).toEqual([
      't.s:4:1: warning: .warning directive invoked in source file\n.warning\n^',
      't.s:8:1: warning: careful\n.warning "careful"\n^',
    ]);
  });
});

describe('.exitm, .purgem and macro parameters', () => {
  it('leaves the innermost macro or repetition at .exitm, and warns about one outside', () => {
    expect(hex(words('.macro m\n.rept 3\nnop\n.exitm\n.endr\nebreak\n.exitm\necall\n.endm\nm'))).toEqual(['00000013', '00100073']);
    expect(run('.exitm').warnings).toEqual(['t.s:3:1: warning: ignoring macro exit outside a macro definition.\n.exitm\n^']);
  });

  it('expands a recursive macro that ends itself with .if', () => {
    expect(hex(words('.macro down n\n.if \\n\naddi a0, a0, \\n\ndown "(\\n-1)"\n.endif\n.endm\ndown 3'))).toEqual([
      '00350513', '00250513', '00150513',
    ]);
  });

  it('forgets a macro at .purgem, so it can be defined again; warns about an unknown one', () => {
    expect(hex(words('.macro m\nnop\n.endm\nm\n.purgem m\n.macro m\nebreak\n.endm\nm'))).toEqual(['00000013', '00100073']);
    expect(run('.purgem nosuch').warnings).toEqual(["t.s:3:1: warning: Attempt to purge non-existing macro `nosuch'\n.purgem nosuch\n^"]);
    expect(errors('.macro m\n.endm\n.purgem m\nm')).toEqual(["6: unrecognized opcode `m'"]);
  });

  it('takes :vararg, :req and arguments as GNU\'s scrubber leaves them', () => {
    const out = run('.macro p a:req, b=9, c:vararg\n.print "<\\a> <\\b> <\\c>"\n.endm\np 1\np 1, , 3, 4\np x - 1 y\np "s t", (1 + 2)');
    expect(out.printed).toEqual(['<1> <9> <>', '<1> <9> <3,4>', '<x-1> <y> <>', '<s t> <(1+2)> <>']);
    expect(errors('.macro m a:req, b\n.endm\nm b=1\nm a=\nm c=1, 2\nm 1, 2, 3')).toEqual([
      "5: Missing value for required parameter `a' of macro `m'", "6: Missing value for required parameter `a' of macro `m'",
      "7: Parameter named `c' does not exist for macro `m'", "7: can't mix positional and keyword arguments",
      '8: too many positional arguments',
    ]);
    expect(errors('.macro v a:vararg, b\n.endm\n.macro w a:foo\n.endm\n.macro\n.endm\n.macro m\n.endm\n.macro m\n.endm')).toEqual([
      "3: Bad parameter list for macro `v'", "5: `foo' is not a valid parameter qualifier for `a' in macro `w'", '7: Missing macro name',
      "11: Macro `m' was already defined",
    ]);
  });
});

describe('limits of expansion', () => {
  it('refuses repetitions that would expand to millions of lines with one error, quickly', () => {
    expect(errors('.rept 1000\n.rept 1000\n.rept 1000\nnop\n.endr\n.endr\n.endr\nebreak')).toEqual([
      '3: macros and repetitions expand to more than 1000000 lines',
    ]);
  });

  it('refuses repetitions nested 100,000 deep with one error', () => {
    expect(errors(`${'.rept 2\n'.repeat(100_000)}nop\n${'.endr\n'.repeat(100_000)}`)).toEqual([
      '3: macros and repetitions expand to more than 1000000 lines',
    ]);
  });

  it('refuses a macro whose argument doubles at each call with one error, quickly (GNU as runs out of memory)', () => {
    expect(errors('.macro m a\n m \\a\\a\n.endm\n m x')).toEqual(['6: macros and repetitions expand to more than 64 MiB of text']);
    expect(errors('.irp a, xxxxxxxx\n.irp b, \\a\\a\\a\\a\\a\\a\\a\\a\n.irp c, \\b\\b\\b\\b\\b\\b\\b\\b\n.irp d, \\c\\c\\c\\c\\c\\c\\c\\c\n.irp e, \\d\\d\\d\\d\\d\\d\\d\\d\n.irp f, \\e\\e\\e\\e\\e\\e\\e\\e\n.irp g, \\f\\f\\f\\f\\f\\f\\f\\f\n.irp h, \\g\\g\\g\\g\\g\\g\\g\\g\n.irp i, \\h\\h\\h\\h\\h\\h\\h\\h\n.byte 0\n.endr\n.endr\n.endr\n.endr\n.endr\n.endr\n.endr\n.endr\n.endr'))
      .toEqual(['3: macros and repetitions expand to more than 64 MiB of text']);
  });

  // Found by an adversarial test: a regex looking for one quoted argument ran out of stack on a
  // megabyte-long one inside nested macros ("internal error: Maximum call stack size exceeded").
  it('takes a quoted macro argument doubled 20 times (8 MiB), as GNU as does', () => {
    expect(run('.macro dbl s, n\n.if \\n\ndbl "\\s\\s", \\n-1\n.endif\n.endm\ndbl "abcdefgh", 20\nnop').warnings).toEqual([]);
  });

  it('refuses a size depending on later symbols that never settles, with GNU as\'s message, at once', () => {
    // GNU: "Fatal error: Infinite loop encountered whilst attempting to compute the addresses of symbols in section .data"
    expect(errors('nop\n.data\na: .space 4 - (b - a)\nb: .word 1')).toEqual([
      '5: Infinite loop encountered whilst attempting to compute the addresses of symbols in section .data',
    ]);
  });

  // Found by an adversarial test: "internal error: Maximum call stack size exceeded" at about 1,500.
  it('follows a chain of 1,000 symbols each set from the next, and refuses a longer one in one error', () => {
    const chain = (n: number): string => Array.from({ length: n }, (_, i) => `.equ E${i}, E${i + 1}+1`).join('\n') + `\n.equ E${n}, 0\n.data\n.word E0`;
    expect(run(chain(999)).image.sections.find((s) => s.name === '.data')!.data).toEqual(new Uint8Array([999 & 255, 999 >> 8, 0, 0]));
    const refused = errors(chain(1200));
    expect(refused[0]).toBe("3: symbols defined through symbols defined after them nest more than 1,000 deep (at 'E1001')");
    expect(refused.every((e) => e.includes('nest more than 1,000 deep'))).toBe(true);
  });

  // Found by an adversarial test: a chain of 17 such sizes was refused as never settling.
  it('settles a chain of 40 sizes each depending on the next label, where GNU as puts them', () => {
    const chain = Array.from({ length: 40 }, (_, i) => `.space L${i + 1}-L${i}\nL${i}: .byte 1`).join('\n');
    const { image } = run(`nop\n.data\n${chain}\nL40: .byte 2`);
    const at = (name: string): number | undefined => image.symbols.find((s) => s.name === name)?.value;
    // riscv64-unknown-elf-as 2.40: L0 at .data+0x28, L40 at .data+0x35c.
    expect([at('L0'), at('L40')]).toEqual([0x401028, 0x40135c]);
  });

  it('reports only the error of a statement that failed, not a size or branch after it (pass 2 skips the failed one)', () => {
    expect(errors('nop\n.data\n.space 2, nosuch\n.zero 1\n.text\nbeqz a0, 1f\n.space 4100\n1: nop')).toEqual(["5: undefined symbol 'nosuch'"]);
  });

  it('takes 101 levels of nested repetitions, as GNU as 2.40 does, and refuses 102', () => {
    const nest = (n: number): string => `${'.rept 1\n'.repeat(n)}nop\n${'.endr\n'.repeat(n)}`;
    expect(words(nest(101))).toEqual([0x13]);
    expect(errors(nest(102))).toEqual(['3: macros nested too deeply: more than 101 levels of macros and repetitions']);
  });

  it('refuses a macro that calls itself forever with one error', () => {
    expect(errors('.macro r\nnop\nr\n.endm\nr\nebreak')).toEqual(['7: macros nested too deeply: more than 101 levels of macros and repetitions']);
    expect(errors('.macro twice\ntwice\ntwice\n.endm\ntwice')).toEqual(['7: macros nested too deeply: more than 101 levels of macros and repetitions']);
  });

  it('skips a 100,000-line false conditional', () => {
    expect(hex(words(`.if 0\n${'nop\n'.repeat(100_000)}.endif\nebreak`))).toEqual(['00100073']);
  });
});
