# preempt-walks.s: two processes, each walking 64 pages (a DTLB miss and a walk per access with
# a 4-entry DTLB) and writing its letter every 2,048 rounds: the interleaving shows where preemptions fall.
    .bss
    .balign 4096
area: .space 64*4096
info: .space 128
ch:   .space 4
    .text
    .globl _start
_start:
    li a0, 17
    li a1, 0
    li a7, 220
    ecall
    mv s2, a0
    li t5, 'A'
    bnez s2, 0f
    li t5, 'B'
0:  la t6, ch
    sb t5, 0(t6)
    li s1, 1000000
    la s0, area
    li t2, 4096
    li t3, 64*4096
1:  add t0, s0, t1
    lw t4, 0(t0)
    addi t4, t4, 1
    sw t4, 0(t0)
    add t1, t1, t2
    bltu t1, t3, 2f
    li t1, 0
2:  andi t4, s1, 2047
    bnez t4, 3f
    li a0, 1
    la a1, ch
    li a2, 1
    li a7, 64
    ecall
3:  addi s1, s1, -1
    bnez s1, 1b
    beqz s2, 4f
    li a0, 1
    mv a1, s2
    la a2, info
    li a3, 4
    li a4, 0
    li a7, 95
    ecall
4:  li a0, 0
    li a7, 93
    ecall
