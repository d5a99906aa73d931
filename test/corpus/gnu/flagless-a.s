# Sections named with no flags that ld's script names (with flagless-b.s): GNU as makes them
# unallocated, and ld loads them with the rest of their output section, by name alone. The
# program exits with the sum of the words in both (7 + 35).
        .text
        .globl  _start
_start: la      a0, myvar
        lw      a0, 0(a0)
        la      a1, word
        lw      a1, 0(a1)
        add     a0, a0, a1
        li      a7, 93
        ecall
        .section .sdata, "aw"
other:  .word   7
        .section .gnu.linkonce.t.foo
word:   .word   35
        .section .rodata.gone, "ae"
        .word   99
