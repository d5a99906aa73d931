# A symbol set to an address (what gcc writes for __attribute__((alias)), and g++ for a
# constructor's second name) is an address: la and lla of it are pc-relative (auipc + addi), as
# for the label, whether it is set before or after the label and whether it names another file's.
        .equ    ahead, x + 4          # set before x is defined
        .data
x:      .word   7, 11
        .set    y, x
        .set    .LANCHOR0, . + 0
z:      .word   13
        .text
        .globl  _start
_start: lla     a5, y
        lw      a0, 0(a5)             # 7
        la      a5, ahead
        lw      a1, 0(a5)             # 11
        add     a0, a0, a1
        lla     a5, .LANCHOR0
        lw      a1, 0(a5)             # 13
        add     a0, a0, a1
        la      a5, elsewhere
        lw      a1, 0(a5)             # 42
        add     a0, a0, a1
        li      a7, 93
        ecall
