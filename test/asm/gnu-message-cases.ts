/**
 * Erroneous inputs whose messages vmlab words as GNU as does. GNU as's messages for each are
 * recorded in test/fixtures/gnu-messages.json (test/oracle/gnu-messages.test.ts runs
 * riscv64-unknown-elf-as on them and checks or rewrites the recording); gnu-messages.test.ts
 * checks vmlab's against the recording. Each text is a whole file, `t.s`.
 */

/** A message as `LINE: Error|Warning: TEXT` (`?` for the line when GNU gives none). */
export type RecordedMessage = string;

const START = '.globl _start\n_start:\n';

export const GNU_MESSAGE_CASES: { name: string; text: string }[] = [
  { name: 'unknown mnemonic', text: `${START}  addx a0, a1, a2\n  foo\n` },
  { name: 'operand count', text: `${START}  add a0, a1\n  ret a0\n  nop 1\n  beq a0, a1\n` },
  { name: 'bad register', text: `${START}  add a0, a1, x32\n  lw a0, 4(q0)\n  add a0, 5, a1\n` },
  { name: 'immediate out of range', text: `${START}  addi a0, a1, 5000\n  lw a0, 2048(sp)\n  addi a0, a0, 0xfffff7ff\n  sw a0, 3\n` },
  { name: 'shift amount', text: `${START}  slli a0, a1, 32\n  srai a0, a0, -1\n` },
  { name: 'lui range', text: `${START}  lui a0, -1\n  auipc a0, -1\n` },
  { name: 'csr address', text: `${START}  csrr a0, 5000\n  csrw 4096, a0\n` },
  { name: 'operand syntax', text: `${START}  addi a0, a1 +\n  addi a0, a1,\n  li a0, later\nlater:\n` },
  { name: 'unknown directive', text: `${START}  .foo 3\n  .bar\n` },
  { name: 'symbol already defined', text: `${START}loop: nop\nloop: nop\n` },
  { name: 'org backwards', text: `${START}  .org 8\n  .org 4\n` },
  { name: 'misplaced conditionals', text: `${START}.else\n.endif\n.elseif 1\n` },
  { name: 'duplicate else', text: `${START}.if 1\n.else\n.else\n.endif\n.if 0\n.else\n.elseif 1\n.endif\n` },
  { name: 'unterminated conditional', text: `${START}.if 1\n.if 0\nnop\n` },
  { name: 'bad conditions', text: `${START}.if nowhere\n.endif\n.if\n.endif\n.ifdef 3\n.endif\n.ifc a\n.endif\n.ifeqs "a"\n` },
  { name: 'error directives', text: `${START}.err\n.error\n.error "stop here"\n.error 5\n` },
  { name: 'macro arguments', text: `${START}.macro m a:req, b\n.endm\nm b=1\nm c=1, 2\nm 1, 2, 3\n` },
  { name: 'macro definitions', text: `${START}.macro m\n.endm\n.macro m\n.endm\n.macro v a:vararg, b\n.endm\n.macro w a:foo\n.endm\n.macro\n.endm\n` },
  { name: 'unterminated macro', text: `${START}.macro m a\nnop\n` },
  { name: 'unterminated rept', text: `${START}.rept 2\nnop\n` },
  { name: 'a comment joining lines', text: `${START} addi a0, a0, /* x\n y */ 5000\n addx a0\n nop /* a\n b\n c */ addy a1\n addz\n` },
  { name: 'gcc inline asm markers', text: `${START} addx a0\n#APP\n# 5 "x.c" 1\n nop\n addy a2\n# 0 "" 2\n#NO_APP\n addz a1\n addv\n# 20 ""\n addw\n` },
  { name: 'negative rept', text: `${START}.rept -1\nnop\n.endr\nnop\n` },
  { name: 'unterminated irp', text: `${START}.irp r, 1\nnop\n` },
  { name: 'conditional left open in a macro', text: `${START}.macro m\n.if 1\n.endm\nm\n` },
  { name: 'compressed insn', text: `${START}.insn cr C2, 9, a0, a1\n.insn ci 1, 0, a0, 3\n.insn cj 1, 5, _start\n` },
  { name: 'insn length', text: `${START}.insn 4, 0x0001\n.insn 2, 0x13\n.insn 0x1234567890\n.insn q 0, 0\n` },
  { name: 'data in .bss', text: `${START}nop\n.bss\nz: .word 0, 0\n.word 1\n.word z\n.float 0.0\n.ascii ""\n.ascii "a"\n.sleb128 1\n.octa 1\n.double 0\n` },
  { name: 'missing data values', text: `${START}nop\n.data\n.word 1, 2,\n.word\n.byte\n.word 5,,6\n.double\n.bss\n.word 0,\n` },
  { name: 'a missing first data value', text: `${START}nop\n.data\n.word ,1\n.byte , 2\n.half ,\n` },
  { name: 'section names taken', text: `${START}nop\n.section mysec,"aw"\nmysec: .word 1\nlab: .word 2\n.section lab,"aw"\n.text: nop\n.data: nop\n` },
  { name: 'values in the absolute section', text: `${START}nop\n.struct 0\nf: .word 5\n.byte 1\n.ascii "x"\n.word 0\n.space 4\n.text\n` },
  { name: 'equiv then set', text: `${START}nop\n.equiv A, 1\n.set A, 2\nA = 3\n.equ A, 4\n.eqv B, 1\n.set B, 2\n` },
  { name: 'label defined again', text: `${START}lbl:\nlbl: nop\nx: nop\n.data\nd: .word 1\n.text\nx2: nop\nd: nop\n.data\nq:\n.text\nq: nop\n` },
  { name: 'negative sizes', text: `${START}nop\n.data\n.skip -5\n.space 0\n.zero -1\n.fill -3, 4, 1\n.comm y, -1\n.word 1\n` },
  { name: 'changed section attributes', text: `${START}nop\n.section .foo,"aw"\n.word 1\n.section .foo,"ax"\n.section .baz,"aw"\n.section .baz\n.section .baz,"a"\n.text\n` },
  { name: 'changed attributes of .text and .data', text: `${START}nop\n.section .text,"aw"\n.section .data,"ax"\n.text\n` },
  { name: 'fail below 500', text: `${START}nop\n.fail 5\n` },
  { name: 'fail from 500', text: `${START}nop\n.fail 600\n.fail 500\n` },
  { name: 'bad macro parameter lists', text: `${START}nop\n.macro m1,\n.endm\n.macro m5,arg,arg\n.endm\n.macro m6 a, b, a\n.endm\n` },
  { name: 'incorrect section attributes', text: `${START}nop\n.section .text.x,"a"\nnop\n.section .rodata.y,"aw"\n.word 1\n.section .text.x,"a"\n.section .text.w,"aw"\n.text\n` },
  { name: 'unknown CSR', text: `${START}csrr a0, nosuchcsr\n.equ myc, 0x300\ncsrw myc, a0\n` },
  { name: 'shift count in li', text: `${START}li a0, 1 << 100\n.word 1 << 64\n` },
  { name: 'incbin of a missing file', text: `${START}nop\n.data\n.incbin "no-such-file.bin"\n` },
  { name: 'floats out of range', text: `${START}.data\n.float 1e39\n.double 1e400\n.float 1e-50\n.double 2.5e-324\n.float 1e-40, 0.0, 3.4e38\n` },
  // Below the smallest denormal a number is 0, down to where GNU as's own precision ends.
  { name: 'floats that underflow', text: `${START}.data\n.float 7e-46, -1e-47\n.float 5.5e-48\n.float 5.4e-48\n.double 1e-324\n.double 1e-326\n` },
  { name: 'warnings', text: `${START}nop\n.warning\n.warning "careful"\n.exitm\n.purgem nosuch\n.endr\n.endm\n.option bogus\n.popsection\n` },
  { name: 'empty directives that GNU as warns of', text: `.previous\n${START}nop\n.option\n` },
  { name: 'addresses in 8 and 16 bits', text: `${START}nop\n.data\nx: .half _start\n.byte x + 1\n.2byte _start - 4\n.half x - _start\n` },
  { name: 'a keyword argument given twice', text: `${START}.macro m a=5\n.byte \\a+0\n.endm\n.data\nm a=1, a=\nm a=1, a=2\nm a=, a=3\nm 7, a=8\n` },
  { name: 'alignment too large', text: `${START}nop\n.section .notes, ""\n.p2align 40\n.byte 1\n` },
  { name: 'alignment not a power of 2', text: `${START}nop\n.data\n.balign 3\n.balign 0x3000\n.balign -4\n` },
  // Found by an adversarial test: sizes GNU as warns of and ignores or clamps were errors.
  { name: 'sizes out of range that GNU as ignores', text: `${START}nop\n.data\n.fill 3, -1, 0\n.fill -1, -1\n.fill 2, 1<<40, 0\n.comm x, 1<<40\n.comm y, 4, -2\n` },
  { name: 'alignments past 2^31', text: `${START}nop\n.section .notes, ""\n.balign 1<<40\n.align -1\n.p2align -1\n.byte 1\n` },
  { name: 'incorrect section types', text: `${START}nop\n.section .bss.x,"aw",@progbits\n.word 1\n.section .bss,"aw",@progbits\n.section .text,"ax",@nobits\n` },
  { name: 'the e flag on a section made without it', text: `${START}nop\n.section .sdata\n.word 1\n.section .sdata,"e"\n` },
  { name: 'option pop with no push', text: `${START}nop\n.option push\n.option pop\n.option pop\n` },
  { name: 'an address in a byte of a section not loaded', text: `${START}nop\n.section .debug_info,"",@progbits\n.byte _start\n` },
  { name: 'common symbol declared again', text: `${START}nop\n.comm w, 4\n.comm w, 8\n.comm v, 8\n.comm v, 4\n.comm u, 4\n.comm u, 4, 8\n` },
  { name: 'common symbols defined otherwise', text: `${START}nop\n.comm _start, 4\n.comm c, 4\nc:\n.comm d, 4\n.equ d, 1\n.weak w\n.comm w, 4\n.comm v, 4\n.weak v\n` },
];
