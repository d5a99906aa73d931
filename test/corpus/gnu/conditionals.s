# Conditional assembly, .exitm, .purgem and macro qualifiers, as GNU as reads them.
        .equ    WIDTH, 4
        .equ    NEG, -2
        .text
        .globl  _start
_start:
        .if     WIDTH == 4
        li      a0, 1
        .elseif WIDTH == 8
        li      a0, 2
        .else
        li      a0, 3
        .endif
        .if     WIDTH == 2
        li      a1, 1
        .elseif WIDTH > 3
        li      a1, 2
        .elseif 1
        li      a1, 3
        .else
        li      a1, 4
        .endif
        .if     0
        .if     1
        li      a2, 99
        .else
        li      a2, 98
        .endif
        .macro  hidden
        .endm
        .error  "never"
        .else
        li      a2, 5
        .endif
        .ifeq   WIDTH - 4
        li      a3, 1
        .endif
        .ifne   WIDTH - 4
        li      a3, 2
        .endif
        .ifgt   NEG
        li      a4, 1
        .endif
        .ifge   NEG + 2
        li      a4, 2
        .endif
        .iflt   NEG
        li      a4, 3
        .endif
        .ifle   NEG + 3
        li      a4, 4
        .endif
        .ifdef  WIDTH
        li      a5, 1
        .endif
        .ifdef  later
        li      a5, 2
        .endif
        .ifndef later
        li      a5, 3
        .endif
        .ifnotdef _start
        li      a5, 4
        .endif
        .ifc    abc, abc
        li      a6, 1
        .endif
        .ifc    'a', 'a'
        li      a6, 2
        .endif
        .ifnc   abc, ABC
        li      a6, 3
        .endif
        .ifeqs  "x y", "x y"
        li      a7, 1
        .endif
        .ifnes  "x", "x"
        li      a7, 2
        .endif
        .ifb
        li      t0, 1
        .endif
        .ifnb   ,
        li      t0, 2
        .endif
        .if     . - _start == 4 * 13
        li      t1, 1
        .endif

        # Macros: conditionals on arguments, .exitm, :req, :vararg
        .macro  pick reg:req, value=0, rest:vararg
        .ifb    \rest
        li      \reg, \value
        .exitm
        .endif
        .irp    v, \rest
        addi    \reg, \reg, \v
        .endr
        .endm
        pick    t2
        pick    t3, 7
        pick    t4, 1, 2, 3, 4
        .macro  count n
        .if     \n
        addi    t5, t5, 1
        count   "(\n - 1)"
        .endif
        .endm
        count   3
        .macro  stop
        .rept   3
        addi    t6, t6, 1
        .exitm
        .endr
        addi    t6, t6, 2
        .endm
        stop
        .purgem stop
        .macro  stop
        addi    t6, t6, 3
        .endm
        stop
        .rept   4
        .ifc    x, x
        nop
        .exitm
        .endif
        .endr
        # Two labels of one section compare as constants (their difference is one).
.Lfirst: nop
.Lsecond:
        .if     .Lsecond > .Lfirst
        addi    t6, t6, 4
        .endif
        .if     .Lsecond == .Lfirst
        addi    t6, t6, 8
        .endif
later:
        li      a0, 0
        li      a7, 93
        ecall
