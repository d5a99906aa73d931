# Branch relaxation when several branches grow in one round: the branch after them reaches a
# target 4,092 bytes ahead once they are long, and keeps its short form, as GNU as keeps it.
        .text
        .globl  _start
_start:
        li      a0, 0
        li      a1, 1
        bnez    a0, 2f          # not taken; out of range: the long form
        blt     a1, a0, 2f      # the same
        bgeu    a0, a1, 2f      # the same
        beqz    a0, 1f          # taken; 4,092 bytes ahead: short
        .rept   1022
        nop
        .endr
1:      li      s0, 40
        bnez    a1, 3f          # taken; out of range: long
        beqz    a1, 1b          # not taken; in range backwards: short
        .rept   1022
        nop
        .endr
2:      li      a0, 1
        li      a7, 93
        ecall
        .rept   100
        nop
        .endr
3:      addi    s0, s0, 1
        bgeu    a0, a1, 3b      # not taken; short
        bltu    a0, a1, 4f      # taken; 4,092 bytes ahead once the jump below is placed: short
        .rept   1021
        nop
        .endr
        j       5f
4:      addi    a0, s0, 2       # exit(43)
        li      a7, 93
        ecall
5:      li      a0, 3
        li      a7, 93
        ecall
