# Sizes that name symbols defined further down, as GNU as takes them: their values once laid out.
        .text
        .globl  _start
_start:
        la      t0, table
        lw      a0, 24(t0)              # 7, the first word .fill wrote
        la      t1, after
        sub     t1, t1, t0
        add     a0, a0, t1              # + 40 bytes from table to after
        li      a7, 93
        ecall

        .data
table:  .space  end - start             # 4
start:  .word   1
end:    .skip   (last - first) * 2, 0x55 # 16
        .fill   (last - first) / 4, 4, 7 # 8: two words of 7
first:  .word   3, 4
last:
after:
