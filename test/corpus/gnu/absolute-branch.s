# A conditional branch to an absolute address (an .equ, a number) takes the long form, as GNU as
# takes a target in the absolute section for one in another section: the inverted branch over a jal.
        .equ    TARGET, 0x400020
        .globl  _start
_start: li      a0, 1
        beqz    a0, TARGET            # not taken
        li      a1, 1
        beq     a0, a1, 0x400020      # taken
        li      a0, 9
        ebreak
        li      a0, 5                 # 0x400020
        li      a7, 93
        ecall
