# read-mostly.s: reads one word of each of the 256 pages of a 1 MiB .bss array, then writes one
# word in every 16th page (16 pages), and exits with the sum it read (0). With the built-in
# handler every page read gets a zeroed frame of its own; with examples/zero-page-handler.ts the
# reads share one zero frame and only the 16 written pages get frames:
#
#   vmlab run examples/read-mostly.s --stats
#   vmlab run examples/read-mostly.s --fault-handler examples/zero-page-handler.ts --stats
        .equ    PAGE, 4096
        .equ    PAGES, 256

        .bss
area:   .space  PAGES * PAGE

        .text
        .globl  _start
_start:
        la      t0, area
        li      t1, PAGES
        li      a0, 0
        li      t3, PAGE
read:   lw      t2, 0(t0)
        add     a0, a0, t2
        add     t0, t0, t3
        addi    t1, t1, -1
        bnez    t1, read
        la      t0, area
        li      t1, PAGES / 16
        slli    t3, t3, 4
write:  sw      t1, 0(t0)
        add     t0, t0, t3
        addi    t1, t1, -1
        bnez    t1, write
        li      a7, 93
        ecall
