# page-stride.s PAGES [ROUNDS]: maps PAGES pages (1 to 16,384: 64 MiB) of anonymous memory at
# 0x10000000, a multiple of 4 MiB, and writes one word in each page, in order, ROUNDS times over
# (default 1): a page-strided sweep, where every access needs a translation of its own. The
# megapage experiment (docs/fault-handlers.md) runs it with and without
# examples/megapage-handler.ts:
#
#   vmlab run examples/page-stride.s 2048 8 --stats
#   vmlab run examples/page-stride.s 2048 8 --stats --fault-handler examples/megapage-handler.ts
        .equ    PAGE, 4096
        .equ    MAX_PAGES, 16384
        .equ    BASE, 0x10000000
        .equ    SYS_mmap2, 222
        .equ    PROT_RW, 3
        .equ    MAP_PRIVATE_ANON_FIXED, 0x32

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
        li      a0, BASE                # mmap(BASE, PAGES * 4096, rw, private anonymous fixed)
        slli    a1, s0, 12
        li      a2, PROT_RW
        li      a3, MAP_PRIVATE_ANON_FIXED
        li      a4, -1
        li      a5, 0
        li      a7, SYS_mmap2
        ecall
        li      t0, BASE
        bne     a0, t0, fail
        slli    t1, s0, 12
        add     s3, t0, t1              # the end of the area
        li      t3, PAGE
round:  li      t0, BASE
2:      sw      s1, 0(t0)               # one word in each page
        add     t0, t0, t3
        bltu    t0, s3, 2b
        addi    s1, s1, -1
        bnez    s1, round
        li      a0, 0
        j       exit
fail:   li      a0, 1
        j       exit
usage:  li      a0, 2
exit:   li      a7, 93
        ecall

        .include "../programs/lib/atoi.s"
