# A hot loop whose body spans a page boundary of .text; a block starting at the last word of a page.
        .globl _start
_start:
        li s1, 0
        li s2, 3000
        j loop
        .align 12
        .space 4096 - 12
loop:   addi s1, s1, 1
        xori s1, s1, 5
        slli t0, s1, 1          # first word of the next page
        add s1, s1, t0
        andi s1, s1, 0x3ff
        addi s2, s2, -1
        bnez s2, loop
        li s2, 1000
        j 1f
        .align 12
        .space 4096 - 4
1:      addi s2, s2, -1         # the last word of its page
        bnez s2, 1b
        mv a0, s1
        andi a0, a0, 0x7f
        li a7, 93
        ecall
