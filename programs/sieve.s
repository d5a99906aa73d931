# sieve.s: a compute-bound benchmark. Counts the primes below N with the sieve of Eratosthenes,
# ROUNDS times over, and exits with the count of the last round modulo 256 (N = 100000: 9592
# primes, exit status 9592 % 256 = 120). The sieve array (100 KiB of .bss) spans 25 pages.
#
#   vmlab run programs/sieve.s --stats

        .equ    N, 100000
        .equ    ROUNDS, 20

        .bss
sieve:  .space  N

        .text
        .globl  _start
_start:
        li      s0, ROUNDS
round:
        la      s1, sieve
        li      s2, N
        # mark every number as a candidate
        li      t0, 0
        li      t1, 1
1:      add     t2, s1, t0
        sb      t1, 0(t2)
        addi    t0, t0, 1
        blt     t0, s2, 1b
        # cross out multiples
        li      t0, 2
outer:  mul     t3, t0, t0
        bge     t3, s2, count
        add     t2, s1, t0
        lbu     t4, 0(t2)
        beqz    t4, next
2:      add     t2, s1, t3
        sb      zero, 0(t2)
        add     t3, t3, t0
        blt     t3, s2, 2b
next:   addi    t0, t0, 1
        j       outer
count:  li      a0, 0
        li      t0, 2
3:      add     t2, s1, t0
        lbu     t4, 0(t2)
        add     a0, a0, t4
        addi    t0, t0, 1
        blt     t0, s2, 3b
        addi    s0, s0, -1
        bnez    s0, round
        li      a7, 93
        ecall
