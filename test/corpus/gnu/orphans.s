# Sections ld's script does not name (orphans) keep the order they come in, each after the last
# section of its kind, as ld places them: A, B, C after .data; X1, X2 after .text. ld defines
# __start_A and __stop_A (and so on) for them.
        .text
        .globl  _start
_start:
        la      t0, A_l
        lbu     a0, 0(t0)
        la      t0, C_l
        lbu     t1, 0(t0)
        add     a0, a0, t1
        la      t0, B_l
        la      t1, A_l
        sub     t0, t0, t1              # B after A: 1
        add     a0, a0, t0
        la      t0, __start_A           # ld's __start_SEC and __stop_SEC (a C identifier's section)
        la      t1, __stop_C
        sub     t0, t1, t0              # A, B, C: 3 bytes
        add     a0, a0, t0
        li      a7, 93
        ecall
        .section A,"aw"
A_l:    .byte   1
        .section B,"aw"
B_l:    .byte   2
        .section X1,"ax"
        nop
        .section C,"aw"
C_l:    .byte   3
        .section X2,"ax"
        nop
        .data
d_l:    .word   4
