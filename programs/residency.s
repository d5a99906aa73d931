# residency.s: demand paging seen from inside. Maps 8 pages of anonymous memory, asks mincore
# which are in memory and getrusage how many minor faults it has taken, touches every other page,
# and asks again:
#
#   vmlab run programs/residency.s
#   before: 00000000
#   after:  10101010, 4 minor faults more
#
# Nothing is in memory until touched (demand-zero), and each first touch is one minor fault.
# (Under qemu-riscv32 the count is the host's, qemu's own faults among them.)
        .equ    PAGE, 4096
        .equ    PAGES, 8

        .section .rodata
before: .asciz  "before: "
after:  .asciz  "after:  "
more:   .asciz  " minor faults more\n"
comma:  .asciz  ", "
newline: .asciz "\n"

        .bss
        .balign 4
vector: .space  PAGES + 4               # mincore's bytes, then a NUL for puts
usage:  .space  72                      # struct rusage: ru_minflt at 32

        .text
        .globl  _start
_start:
        la      t0, usage               # the .bss page of the answers first: its own fault comes before the count
        sw      zero, 0(t0)
        li      a0, 0                   # mmap(0, PAGES pages, read+write, private anonymous)
        li      a1, PAGES * PAGE
        li      a2, 3
        li      a3, 0x22
        li      a4, -1
        li      a5, 0
        li      a7, 222
        ecall
        mv      s0, a0
        call    minor                   # the minor faults so far
        mv      s1, a0
        la      a0, before
        call    puts
        call    resident
        la      a0, newline
        call    puts

        li      t0, 0                   # touch pages 0, 2, 4, 6: one minor fault each
        li      t1, PAGE * 2
        li      t2, PAGES * PAGE
1:      add     t3, s0, t0
        sw      t0, 0(t3)
        add     t0, t0, t1
        blt     t0, t2, 1b

        call    minor
        sub     s1, a0, s1
        la      a0, after
        call    puts
        call    resident
        la      a0, comma
        call    puts
        mv      a0, s1
        call    putdec
        la      a0, more
        call    puts
        li      a0, 0
        li      a7, 93
        ecall

# resident: print mincore's vector for the PAGES pages at s0 as digits. Uses t0-t3, a0-a2, a7, s2.
resident:
        mv      s2, ra
        mv      a0, s0                  # mincore(s0, PAGES pages, vector)
        li      a1, PAGES * PAGE
        la      a2, vector
        li      a7, 232
        ecall
        la      t0, vector              # each byte 0 or 1 becomes '0' or '1'
        li      t1, PAGES
2:      lbu     t2, 0(t0)
        addi    t2, t2, '0'
        sb      t2, 0(t0)
        addi    t0, t0, 1
        addi    t1, t1, -1
        bnez    t1, 2b
        sb      zero, 0(t0)
        la      a0, vector
        call    puts
        mv      ra, s2
        ret

# minor: a0 = the process's minor faults so far (getrusage(RUSAGE_SELF).ru_minflt).
minor:  li      a0, 0
        la      a1, usage
        li      a7, 165
        ecall
        la      t0, usage
        lw      a0, 32(t0)
        ret

        .include "lib/print.s"
