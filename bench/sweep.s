# sweep.s PAGES [ROUNDS]: writes one word in each of PAGES pages (1 or more) of a .bss area (at most 131,072:
# 512 MiB), in order, ROUNDS times over (default 1). A working set larger than RAM makes every
# write fault: the first round zero-fills pages (and, once RAM is full, evicts one per page), the
# later rounds are swap round trips (a page out, a page in). The reclaim benchmark
# (bench/faults.bench.ts, npm run bench:faults) and docs/reclaim.md use it:
#
#   vmlab run bench/sweep.s 16384 --stats        # one pass over 64 MiB with the default 16 MiB RAM
        .equ    PAGE, 4096
        .equ    MAX_PAGES, 131072

        .bss
area:   .space  MAX_PAGES * PAGE

        .text
        .globl  _start
_start:
        lw      s2, 0(sp)               # argc
        li      t1, 2
        blt     s2, t1, usage
        lw      a0, 8(sp)               # PAGES = atoi(argv[1])
        call    atoi
        beqz    a1, usage
        mv      s0, a0
        li      s1, 1                   # ROUNDS = atoi(argv[2]), 1 without one
        li      t1, 3
        blt     s2, t1, 1f
        lw      a0, 12(sp)
        call    atoi
        beqz    a1, usage
        mv      s1, a0
1:      li      t0, MAX_PAGES
        bgtu    s0, t0, usage
        beqz    s0, usage
        beqz    s1, usage
        la      t0, area
        slli    t1, s0, 12
        add     s3, t0, t1              # the end of the working set
        li      t3, PAGE
round:  la      t0, area
2:      sw      s1, 0(t0)               # one word in each page
        add     t0, t0, t3
        bltu    t0, s3, 2b
        addi    s1, s1, -1
        bnez    s1, round
        li      a0, 0
        j       exit
usage:  li      a0, 2
exit:   li      a7, 93
        ecall

        .include "../programs/lib/atoi.s"
