# Generated code that rewrites itself while it loops: a store that rewrites the very next
# instruction of its own block (alternating values between calls), and a loop whose body rewrites
# the loop's first instruction each round. Exit status: the sum of what the routines return, & 0x7f.
        .globl _start
_start:
        .include "prologue.inc"
        li s1, 0                # total
        li s2, 100              # calls
        li s4, 0x00150513       # addi a0, a0, 1
        li s5, 0x06450513       # addi a0, a0, 100
1:      mv t1, s4
        andi t4, s2, 1
        beqz t4, 2f
        mv t1, s5
2:      li a0, 0
        li t3, 50
        jalr s0
        add s1, s1, a0
        addi s2, s2, -1
        bnez s2, 1b
        # the block's own first instruction, rewritten by the block each round
        li s2, 200
        addi t5, s0, 64
3:      li a0, 0
        li t3, 30
        jalr t5
        add s1, s1, a0
        addi s2, s2, -1
        bnez s2, 3b
        mv a0, s1
        andi a0, a0, 0x7f
        li a7, 93
        ecall
code_start:
r:      auipc t2, 0
        sw t1, 8(t2)            # rewrites the next instruction
        addi a0, a0, 1
        addi t3, t3, -1
        bnez t3, r
        ret
        .space 64 - 24
head:   addi a0, a0, 3          # s0+64: each round flips it between addi a0,a0,3 and addi a0,a0,7
        auipc t2, 0
        addi t2, t2, -4         # t2 = head
        lw t4, 0(t2)
        lui t6, 0x400
        xor t4, t4, t6          # flips imm between 3 and 7 (bit 22 = imm bit 2)
        sw t4, 0(t2)
        addi t3, t3, -1
        bnez t3, head
        ret
code_end:
