# See lcomm-align-a.s: lc is 4-aligned, so this file's .bss starts at a multiple of 4 and lc is 4 past it.
        .text
        .globl  lcommAddress
lcommAddress:
        la      a0, lc
        andi    a0, a0, 0xff
        ret
        .bss
        .zero   1
        .lcomm  lc, 4
