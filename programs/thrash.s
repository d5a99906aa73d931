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
        li      s0, 32                  # PAGES = atoi(argv[1]), 32 without one
        li      s1, 50                  # ROUNDS = atoi(argv[2]), 50 without one
        lw      s2, 0(sp)               # argc
        li      t1, 2
        blt     s2, t1, 2f
        lw      a0, 8(sp)
        call    atoi
        beqz    a1, usage
        mv      s0, a0
        li      t1, 3
        blt     s2, t1, 2f
        lw      a0, 12(sp)
        call    atoi
        beqz    a1, usage
        mv      s1, a0
2:      li      t0, MAX_PAGES
        bgtu    s0, t0, usage
        beqz    s1, usage
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

        .include "lib/atoi.s"
