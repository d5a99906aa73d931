        .macro  push reg, off=0
        sw      \reg, \off(sp)
        .endm
        .macro  table name, n
\name\()_\n: .word \n, \@
        .endm
        .text
        .globl  _start
_start: push    ra
        push    s0, 4
        push    off=8, reg=s1
        .rept   3
        addi    a0, a0, 1
        .endr
        .irp    r, a1, a2, a3
        mv      \r, zero
        .endr
        .irpc   c, 123
        li      a4, \c
        .endr
        .data
        table   t, 5
        table   u, 6
        .rept   2
        .irp    v, 7, 8
        .byte   \v
        .endr
        .endr
