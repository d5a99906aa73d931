# bss-touch.s N: touches the first byte of each of N pages of a 1 MiB .bss array (N from the
# command line, default 16, at most 256), then exits with status 0. Each first touch of a .bss
# page is a minor page fault (demand-zero), so --stats shows N minor faults in the .bss area:
#
#   vmlab run programs/bss-touch.s 100 --stats
        .equ    PAGE, 4096
        .equ    PAGES, 256

        .section .rodata
message: .ascii "usage: bss-touch N (N from 0 to 256)\n"
        message_len = . - message

        .bss
array:  .space  PAGES * PAGE

        .text
        .globl  _start
_start:
        lw      t0, 0(sp)               # argc
        li      s1, 16                  # N by default
        li      t1, 2
        blt     t0, t1, touch
        lw      a0, 8(sp)               # N = atoi(argv[1])
        call    atoi
        beqz    a1, usage               # not a number
        mv      s1, a0
        li      t1, PAGES
        bgt     s1, t1, usage
touch:
        la      t0, array
        li      t1, PAGE
        li      t2, 1
4:      beqz    s1, done
        sb      t2, 0(t0)               # first touch of this page: a minor fault
        add     t0, t0, t1
        addi    s1, s1, -1
        j       4b
done:   li      a0, 0
        li      a7, 93
        ecall
usage:  li      a0, 2
        la      a1, message
        li      a2, message_len
        li      a7, 64
        ecall
        li      a0, 2
        li      a7, 93
        ecall

        .include "lib/atoi.s"
