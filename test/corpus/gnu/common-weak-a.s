# A common symbol wins over a weak definition in another file, whatever the order of the files
# (GNU ld): `counter` is the zero-filled common, not the weak 5 of common-weak-b.s.
        .comm   counter, 4, 4
        .text
        .globl  _start
_start: la      a5, counter
        lw      a0, 0(a5)             # 0, not 5
        la      a5, other
        lw      a1, 0(a5)
        add     a0, a0, a1            # + 3
        li      a7, 93
        ecall
