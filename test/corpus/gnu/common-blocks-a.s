# Common symbols from two files (with common-blocks-b.s): ld allocates each file's block of
# commons as a section of its own, aligned to the largest alignment in it. cm is the other
# file's (its larger size), with this file's alignment (the larger).
        .text
        .globl  _start
_start: la      a0, cm
        la      a1, cm3
        ret
        .comm   cm, 16, 8
        .comm   cm2, 3
