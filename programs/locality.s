# locality.s row|col: sums a 512 x 512 matrix of words (1 MiB, 256 pages: four times the reach of
# the default 64-entry DTLB) in row-major or in column-major order. Row-major walks each page
# through before the next (one TLB miss per page); column-major moves to another page every other
# access (a row is 2 KiB: two share a page), so half its loads miss. Same sum, exit status 0;
# compare the DTLB lines of --stats:
#
#   vmlab run programs/locality.s row --stats
#   vmlab run programs/locality.s col --stats
        .equ    N, 512

        .bss
matrix: .space  N * N * 4

        .text
        .globl  _start
_start:
        lw      t0, 0(sp)
        li      t1, 2
        bne     t0, t1, usage
        lw      t0, 8(sp)
        lbu     s3, 0(t0)               # 'r' or 'c'
        la      s0, matrix              # fill: matrix[i][j] = i + j
        li      t0, 0
1:      li      t1, 0
2:      add     t2, t0, t1
        sw      t2, 0(s0)
        addi    s0, s0, 4
        addi    t1, t1, 1
        li      t3, N
        blt     t1, t3, 2b
        addi    t0, t0, 1
        blt     t0, t3, 1b
        li      a0, 0                   # the sum (mod 2^32)
        li      t0, 'r'
        beq     s3, t0, rows
        li      t0, 'c'
        bne     s3, t0, usage
cols:   li      t1, 0                   # for j: for i: sum += matrix[i][j]
3:      la      s0, matrix
        slli    t2, t1, 2
        add     s0, s0, t2
        li      t0, 0
4:      lw      t4, 0(s0)
        add     a0, a0, t4
        li      t5, N * 4
        add     s0, s0, t5
        addi    t0, t0, 1
        li      t3, N
        blt     t0, t3, 4b
        addi    t1, t1, 1
        blt     t1, t3, 3b
        j       done
rows:   la      s0, matrix              # for i: for j: sum += matrix[i][j]
        li      t0, N * N
5:      lw      t4, 0(s0)
        add     a0, a0, t4
        addi    s0, s0, 4
        addi    t0, t0, -1
        bnez    t0, 5b
done:   li      t0, 0x7fc0000           # 512 * 511 * 512 = the sum of i + j over the matrix
        sub     a0, a0, t0              # exit 0 if right
        snez    a0, a0
        li      a7, 93
        ecall
usage:  li      a0, 2
        li      a7, 93
        ecall
