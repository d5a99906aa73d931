# common-weak-a.s's other file: a weak definition of counter, and a definition that stays.
        .data
        .weak   counter
        .globl  other
counter: .word  5
other:  .word   3
