# jalr into the middle of a cached block, then a patch of a word both blocks hold.
        .globl _start
_start:
        .include "prologue.inc"
        li s1, 0
        li s2, 500
1:      li a0, 0
        jalr s0                 # the whole routine
        add s1, s1, a0
        addi t0, s0, 12
        li a0, 0
        jalr t0                 # from its 4th instruction
        add s1, s1, a0
        addi s2, s2, -1
        bnez s2, 1b
        li t0, 0x3e850513       # addi a0, a0, 1000 at +16
        sw t0, 16(s0)
        li a0, 0
        jalr s0
        add s1, s1, a0
        addi t0, s0, 12
        li a0, 0
        jalr t0
        add s1, s1, a0
        addi t0, s0, 16         # at the patched word itself
        li a0, 0
        jalr t0
        add s1, s1, a0
        # jalr rd == rs1, into the middle, with the link
        addi t0, s0, 20
        la ra, 5f
        jalr t0, 0(t0)
5:      add s1, s1, a0
        add s1, s1, t0
        mv a0, s1
        srli t0, s1, 7
        xor a0, a0, t0
        andi a0, a0, 0x7f
        li a7, 93
        ecall
code_start:
        addi a0, a0, 1
        addi a0, a0, 2
        addi a0, a0, 4
        addi a0, a0, 8
        addi a0, a0, 16
        addi a0, a0, 32
        ret
code_end:
