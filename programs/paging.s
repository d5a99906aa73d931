# paging.s: page hits, page faults and page allocation, as CS:APP §9.3 tells them. It reads one
# word from each of 8 pages of .data (each first touch a major fault: the page is read from the
# file), writes one word to each of 8 pages of .bss (each first touch a minor fault: a new zeroed
# page is allocated), then touches all 16 pages again (page hits: no fault at all).
#
#   vmlab run programs/paging.s --stats      # 9 major faults (.text too), 9 minor (the stack too)
        .equ    PAGE, 4096
        .equ    PAGES, 8

        .data
table:  .word   1
        .space  PAGES * PAGE - 4, 1

        .bss
fresh:  .space  PAGES * PAGE

        .section .rodata
message: .ascii "touched 16 pages twice\n"
        message_len = . - message

        .text
        .globl  _start
_start:
        li      s0, 2                   # two rounds: faults, then hits
round:  la      t0, table
        la      t1, fresh
        li      t2, PAGES
        li      t3, PAGE
1:      lw      t4, 0(t0)               # .data: from the file
        sw      t4, 0(t1)               # .bss: a new page
        add     t0, t0, t3
        add     t1, t1, t3
        addi    t2, t2, -1
        bnez    t2, 1b
        addi    s0, s0, -1
        bnez    s0, round
        li      a0, 1
        la      a1, message
        li      a2, message_len
        li      a7, 64
        ecall
        li      a0, 0
        li      a7, 93
        ecall

