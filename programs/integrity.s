# integrity.s [KIB]: writes a pseudo-random pattern (xorshift32) over KIB kibibytes of .bss
# (default 256, at most 4096), then reads it back with the same generator and checks every word.
# Exits 0 if all match; otherwise prints the first bad word's index and exits 1. Run it with RAM
# smaller than the pattern to check that pages survive eviction and swapping intact:
#
#   vmlab run programs/integrity.s 256 --ram 64k --policy clock --stats
        .equ    MAX_KIB, 4096

        .section .rodata
bad:    .ascii  "integrity: mismatch at word "
        bad_len = . - bad

        .bss
        .align  2
area:   .space  MAX_KIB * 1024
digits: .space  12
digits_end:

        .text
        .globl  _start
_start:
        li      s0, 256                 # KiB = atoi(argv[1]), 256 without one
        lw      t0, 0(sp)
        li      t1, 2
        blt     t0, t1, 2f
        lw      a0, 8(sp)
        call    atoi
        beqz    a1, fail_args
        mv      s0, a0
2:      li      t0, MAX_KIB
        bgtu    s0, t0, fail_args
        slli    s1, s0, 8               # words = KiB * 256
        la      a0, area                # fill
        mv      a1, s1
        li      a2, 0x12345678
        call    fill
        la      a0, area                # check
        mv      a1, s1
        li      a2, 0x12345678
        call    check
        li      a7, 93
        ecall
fail_args:
        li      a0, 2
        li      a7, 93
        ecall

# next(x): xorshift32
next:   slli    t6, a2, 13
        xor     a2, a2, t6
        srli    t6, a2, 17
        xor     a2, a2, t6
        slli    t6, a2, 5
        xor     a2, a2, t6
        ret

# fill(p, words, seed): p[i] = the i-th generator value
fill:   mv      s2, ra
1:      beqz    a1, 2f
        call    next
        sw      a2, 0(a0)
        addi    a0, a0, 4
        addi    a1, a1, -1
        j       1b
2:      mv      ra, s2
        ret

# check(p, words, seed): 0 if p[i] is the i-th value for every i; else prints i, returns 1
check:  mv      s2, ra
        mv      s3, a1                  # words in all
1:      beqz    a1, 2f
        call    next
        lw      t0, 0(a0)
        bne     t0, a2, 3f
        addi    a0, a0, 4
        addi    a1, a1, -1
        j       1b
2:      li      a0, 0
        mv      ra, s2
        ret
3:      sub     s4, s3, a1              # the bad word's index
        li      a0, 1
        la      a1, bad
        li      a2, bad_len
        li      a7, 64
        ecall
        la      a1, digits_end          # the index in decimal, then a newline
        li      t1, '\n'
        addi    a1, a1, -1
        sb      t1, 0(a1)
        li      t1, 10
4:      addi    a1, a1, -1
        remu    t2, s4, t1
        addi    t2, t2, '0'
        sb      t2, 0(a1)
        divu    s4, s4, t1
        bnez    s4, 4b
        la      a2, digits_end
        sub     a2, a2, a1
        li      a0, 1
        li      a7, 64
        ecall
        li      a0, 1
        mv      ra, s2
        ret

        .include "lib/atoi.s"
