# The second file of flagless-a.s: .sdata named with no flags.
        .globl  myvar
        .section .sdata
myvar:  .word   7
