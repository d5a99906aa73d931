# stack.s N: recursion N calls deep, each frame 1 KiB. The stack starts as one page and grows
# down on demand (a minor fault per new page); past the stack limit (8 MiB, --stack-limit) the
# next touch is a SIGSEGV with a clear report. Prints "depth N" if it returns.
#
#   vmlab run programs/stack.s 1000 --stats       # the stack grows to about 1 MiB
#   vmlab run programs/stack.s 100000             # SIGSEGV: stack overflow
        .equ    FRAME, 1024

        .text
        .globl  _start
_start:
        li      s0, 0                   # N = atoi(argv[1]), 0 without one
        lw      t0, 0(sp)
        li      t1, 2
        blt     t0, t1, 2f
        lw      a0, 8(sp)
        call    atoi
        mv      s0, a0
2:      mv      a0, s0
        call    recurse
        la      a1, digits_end          # print "depth N\n"
        li      t1, 10
        mv      t0, s0
3:      addi    a1, a1, -1
        remu    t2, t0, t1
        addi    t2, t2, '0'
        sb      t2, 0(a1)
        divu    t0, t0, t1
        bnez    t0, 3b
        addi    a1, a1, -6
        la      t0, prefix
        li      t1, 6
4:      lbu     t2, 0(t0)               # "depth " in front of the digits
        sb      t2, 0(a1)
        addi    t0, t0, 1
        addi    a1, a1, 1
        addi    t1, t1, -1
        bnez    t1, 4b
        addi    a1, a1, -6
        la      a2, digits_end + 1
        sub     a2, a2, a1
        li      a0, 1
        li      a7, 64
        ecall
        li      a0, 0
        li      a7, 93
        ecall

# recurse(n): n frames of FRAME bytes, each touched
recurse:
        addi    sp, sp, -FRAME
        sw      ra, FRAME - 4(sp)
        sw      a0, 0(sp)
        beqz    a0, 1f
        addi    a0, a0, -1
        call    recurse
1:      lw      ra, FRAME - 4(sp)
        addi    sp, sp, FRAME
        ret

        .include "lib/atoi.s"

        .section .rodata
prefix: .ascii  "depth "
        .data
        .space  16
digits_end:
        .byte   '\n'
