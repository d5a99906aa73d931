# fence.i, fence and fence.tso and stores in hot loops, in .text and in generated code; a loop
# storing into its own page.
        .globl _start
_start:
        .include "prologue.inc"
        li s1, 0
        li s2, 2000
1:      addi s1, s1, 3
        fence.i
        fence.tso
        fence rw, rw
        addi t4, s0, 2000
        sw s1, 2000(t4)         # data in the code page
        addi s2, s2, -1
        bnez s2, 1b
        li a0, 0
        li t3, 500
        jalr s0                 # a loop storing to a counter in its own page, fence.i every round
        add s1, s1, a0
        lw t0, 2000(s0)
        add s1, s1, t0
        mv a0, s1
        andi a0, a0, 0x7f
        li a7, 93
        ecall
code_start:
        auipc t2, 0
1:      lw t0, 2000(t2)
        addi t0, t0, 1
        sw t0, 2000(t2)         # same page as this code
        addi a0, a0, 2
        andi t1, t3, 3
        bnez t1, 2f
        fence.i
2:      addi t3, t3, -1
        bnez t3, 1b
        ret
code_end:
