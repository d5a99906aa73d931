# atoi: the value of a decimal string, for the programs' command-line arguments.
#   a0: the string (NUL-terminated)
#   returns a0: its value; a1: 1 if every character was a digit (and there was one), else 0
# Uses t0-t2 only.
        .text
atoi:   li      t0, 0
        li      a1, 0
        li      t1, 10
.Latoi_next:
        lbu     t2, 0(a0)
        beqz    t2, .Latoi_end
        addi    t2, t2, -'0'
        bgeu    t2, t1, .Latoi_bad
        mul     t0, t0, t1
        add     t0, t0, t2
        li      a1, 1
        addi    a0, a0, 1
        j       .Latoi_next
.Latoi_bad:
        li      a1, 0
.Latoi_end:
        mv      a0, t0
        ret
