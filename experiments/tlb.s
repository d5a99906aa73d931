# tlb.s PAGES [TRIALS]: OSTEP's TLB measurement (chapter 19, "Translation Lookaside Buffers",
# homework). After one pass that faults in PAGES pages (at most 1024), it reads one word of each
# page in turn, TRIALS rounds over (default 100), timing the loop with rdcycle, and prints
#   cycles=C        the cycles of the timed loop
#   accesses=A      PAGES * TRIALS
# (vmlab sweep records such name=value lines as out.cycles and out.accesses). Cycles per access
# step up where PAGES passes the data TLB's reach: experiments/tlb.yaml sweeps it.
        .equ    PAGE, 4096
        .equ    MAX_PAGES, 1024

        .bss
area:   .space  MAX_PAGES * PAGE

        .section .rodata
cycles: .asciz  "cycles="
accesses: .asciz "accesses="
newline: .asciz "\n"

        .text
        .globl  _start
_start:
        li      s0, 16                  # PAGES = atoi(argv[1]), 16 without one
        li      s1, 100                 # TRIALS = atoi(argv[2]), 100 without one
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
2:      beqz    s0, usage
        li      t0, MAX_PAGES
        bgtu    s0, t0, usage
        beqz    s1, usage
        li      t3, PAGE
        la      t0, area                # fault every page in, untimed
        mv      t1, s0
3:      sw      zero, 0(t0)
        add     t0, t0, t3
        addi    t1, t1, -1
        bnez    t1, 3b
        rdcycle s3                      # the timed loop: one load a page
        mv      t2, s1
4:      la      t0, area
        mv      t1, s0
5:      lw      t4, 0(t0)
        add     t0, t0, t3
        addi    t1, t1, -1
        bnez    t1, 5b
        addi    t2, t2, -1
        bnez    t2, 4b
        rdcycle s4
        sub     s4, s4, s3
        la      a0, cycles
        call    puts
        mv      a0, s4
        call    putdec
        la      a0, newline
        call    puts
        la      a0, accesses
        call    puts
        mul     a0, s0, s1
        call    putdec
        la      a0, newline
        call    puts
        li      a0, 0
        li      a7, 93
        ecall
usage:  li      a0, 2
        li      a7, 93
        ecall

        .include "../programs/lib/atoi.s"
        .include "../programs/lib/print.s"
