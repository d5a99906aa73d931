# A section's name is a symbol: the start of this file's part of the section (GNU as's section symbols).
        .text
        .globl _start
_start: la a0, myorphan
        lw a0, 4(a0)
        la a1, .data
        lw a1, 0(a1)
        add a0, a0, a1
        li a7, 93
        ecall
        .data
        .word 7
        .section myorphan,"aw"
        .word 1, 30
        .word myorphan + 4
