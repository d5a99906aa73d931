# Forward references to symbols that are set more than once: a use before the first .set sees
# the first value, as GNU as resolves it; one after a .set sees that .set's value.
        .text
        .globl  _start
_start: li      a7, 93
        ecall
        .data
        .word   t               # 5
        .set    t, 5
        .word   t               # 5
        .set    t, 6
        .word   t               # 6
        .equ    q, r + 1
        .word   q               # 11
        .equ    r, 10
        .set    r, 20
        .word   q, r            # 11, 20
