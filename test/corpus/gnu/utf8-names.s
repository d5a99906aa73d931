# Symbol names in UTF-8, as GNU as takes them (any byte beyond ASCII is a name character): labels,
# a macro, .set and .ifdef.
        .text
        .globl  _start
_start: la      a0, café
        lw      a0, 0(a0)
        li      a7, 93
        ecall                           # exit status 7
        .macro  données v
        .word   \v
        .endm
        .data
café:   .word   ñ + 2
        .set    ñ, 5
        données 3
        .ifdef  café
        .word   1
        .endif
