# The second file of common-blocks-a.s.
        .text
        .globl  f
f:      ret
        .comm   cm, 32, 4
        .comm   cm3, 100
