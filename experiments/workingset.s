# workingset.s [ACCESSES]: a program with a realistic working set, for faults against RAM by
# policy (experiments/faults-ram.yaml). It updates one word at a time (a load and a store) of a
# 256-page table: 80% of the updates go to a hot set of 32 pages, the rest anywhere in the 224
# cold pages, chosen by a fixed pseudo-random sequence (the same every run, whatever --seed).
# ACCESSES updates (default 100000), then exit 0.
        .equ    PAGE, 4096
        .equ    HOT, 32
        .equ    COLD, 224

        .bss
table:  .space  (HOT + COLD) * PAGE

        .text
        .globl  _start
_start:
        li      s0, 100000              # ACCESSES = atoi(argv[1]), 100000 without one
        lw      t0, 0(sp)
        li      t1, 2
        blt     t0, t1, 1f
        lw      a0, 8(sp)
        call    atoi
        beqz    a1, usage
        beqz    a0, usage
        mv      s0, a0
1:      li      s1, 12345               # x: the generator's state
        li      s2, 1103515245          # x = x * A + C (mod 2^32), the C library's constants
        li      s3, 12345
        la      s4, table
        li      s5, 205                 # 205/256: about 80% hot
        li      s6, HOT
        li      s7, COLD
2:      mul     s1, s1, s2
        add     s1, s1, s3
        srli    t0, s1, 24              # 0..255: hot or cold
        slli    t1, s1, 8               # which page: bits 8..23 of x
        srli    t1, t1, 16
        bltu    t0, s5, 3f
        remu    t1, t1, s7              # cold: HOT + (r mod COLD)
        addi    t1, t1, HOT
        j       4f
3:      remu    t1, t1, s6              # hot: r mod HOT
4:      slli    t1, t1, 12
        slli    t2, s1, 20              # which word of the page: bits 2..11 of x
        srli    t2, t2, 20
        andi    t2, t2, -4
        add     t1, t1, t2
        add     t1, t1, s4
        lw      t2, 0(t1)
        addi    t2, t2, 1
        sw      t2, 0(t1)
        addi    s0, s0, -1
        bnez    s0, 2b
        li      a0, 0
        li      a7, 93
        ecall
usage:  li      a0, 2
        li      a7, 93
        ecall

        .include "../programs/lib/atoi.s"
