# Alternate macro mode (.altmacro ... .noaltmacro), as GNU as reads it: %EXPR arguments,
# <...> strings with ! escapes, bare parameter names joined with &, and LOCAL labels.
        .altmacro
        .macro  entry n
table\n: .word  n*3
        .endm
        .macro  count reg, times
        LOCAL   again, done
        li      reg, times
again:  beqz    reg, done
        addi    reg, reg, -1
        j       again
done:
        .endm
        .macro  text s
        .ascii  "s"
        .endm
        .macro  join a, b
        .word   a&b, \a\b, a&&b
        .endm
        .text
        .globl  _start
_start:
        count   t0, 5
        count   t1, %(2*3)
        la      t2, table0
        lw      a0, 8(t2)
        .irp    r, <t3>, t4
        li      r, 7
        .endr
        li      a7, 93
        ecall
        .data
        .set    i, 0
        .rept   4
        entry   %i
        .set    i, i+1
        .endr
        entry   %(i*2+1)
        join    1, 2
        text    <a, b!>c>
        text    <x!!y!<z>
        .irp    v, %1+1, <3>
        .byte   v
        .endr
        # `<` in a %EXPR is an operator, not a string's start
        .macro  two a, b=9
        .byte   a, b
        .endm
        k = 3
        two     %(1<<4)
        two     %1<<4
        two     %k<<1, %(k<2)
        two     %(k<=2) %(k<>1)
        .irp    r, %(1<<2), %k
        .byte   r
        .endr
        .noaltmacro
        .macro  plain v
        .word   \v
        .endm
        plain   9
