# thrash.s PAGES [ROUNDS]: a working set of PAGES pages (default 32, at most 1024), each touched
# (one word written) in turn, ROUNDS rounds over (default 50). While the working set fits in RAM only the first round faults;
# once it does not, every round faults on every page: the knee where faults explode. Sweep --ram:
#
#   for ram in 64k 128k 144k 160k 192k; do vmlab run programs/thrash.s 32 --ram $ram --stats; done
        .equ    PAGE, 4096
        .equ    MAX_PAGES, 1024

        .bss
area:   .space  MAX_PAGES * PAGE

        .text
        .globl  _start
_start:
        li      s0, 32
        lw      t0, 0(sp)
        li      t1, 2
        blt     t0, t1, 2f
        lw      t2, 8(sp)
        li      s0, 0
        li      t3, 10
1:      lbu     t4, 0(t2)
        beqz    t4, 2f
        addi    t4, t4, -'0'
        mul     s0, s0, t3
        add     s0, s0, t4
        addi    t2, t2, 1
        j       1b
2:      li      t0, MAX_PAGES
        bgtu    s0, t0, usage
        li      s1, 50                  # ROUNDS = atoi(argv[2]), 50 without one
        lw      t0, 0(sp)
        li      t1, 3
        blt     t0, t1, round
        lw      t2, 12(sp)
        li      s1, 0
        li      t3, 10
5:      lbu     t4, 0(t2)
        beqz    t4, 6f
        addi    t4, t4, -'0'
        mul     s1, s1, t3
        add     s1, s1, t4
        addi    t2, t2, 1
        j       5b
6:      beqz    s1, usage
round:  la      t0, area
        mv      t1, s0
        li      t3, PAGE
3:      beqz    t1, 4f
        sw      s1, 0(t0)
        add     t0, t0, t3
        addi    t1, t1, -1
        j       3b
4:      addi    s1, s1, -1
        bnez    s1, round
        li      a0, 0
        li      a7, 93
        ecall
usage:  li      a0, 2
        li      a7, 93
        ecall
