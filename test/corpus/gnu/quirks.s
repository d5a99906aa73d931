# Corners of GNU as read from hand-written sources: a character constant of a backslash and a
# blank; .previous after the section in use is selected again; .irpc's
# characters with blanks, commas and quotes; an empty keyword argument keeping its default;
# .insn of 80, 96 and 112 bits; differences of addresses in .half and .byte; code sections
# ending 2 bytes past a word; li of a %lo; an alignment of 2^17 bytes; .align, .balign and
# .p2align with no operand.
        .globl  _start
        .text
_start: li      a0, '\ 
        li      a1, 10
        add     a0, a0, a1              # 32 + 10
        li      a2, %lo(chars)          # addi a2, zero, %lo(chars)
        li      a7, 93
        ecall
        .insn   0x7f
        .insn   0x107f
        .insn   14, 0x207f

        .section .marks, "a"
        .byte   1
        .section .marks
        .byte   2
        .previous
        .byte   3
        .data
        .data
        .previous
        .byte   4

        .data
chars:  .irpc   c, 1 2  3
        .ascii  "<\c>"
        .endr
        .irpc   c, a,b
        .ascii  "<\c>"
        .endr
        .irpc   c, "x y"
        .ascii  "<\c>"
        .endr
        .macro  fill5 v=5
        .byte   \v
        .endm
        fill5   v=
        fill5   v=""
        fill5   v=7
        fill5   v=1, v=
        fill5   v=1, v=2
        fill5   v=, v=3
        .byte   '\ , 1
sizes:  .half   sizes - chars, end - _start
        .byte   end - _start + 1
        .align                          # no operand: no alignment
        .byte   2
        .balign
        .byte   3
        .p2align
        .byte   4

        .section .text.aligned, "ax"
        .p2align 4
aligned: nop
        .2byte  0x1234
        .section .text.plain, "ax"
plain:  nop
        .2byte  0x5678
        .text
end:
        .bss
        .p2align 17
aligned17: .space 4
