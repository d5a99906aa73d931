# Macro arguments as GNU as splits them: at commas and blanks alike (a blank between two words
# survives its scrubbing), parentheses not grouping; a quoted argument keeps its escapes for the
# string the body makes of it; parameters written with blanks around `=`.
        .text
        .globl  _start
_start: li      a7, 93
        ecall
        .data
        .macro  three a b c
        .word   \a, \b, \c
        .endm
        three   1, 2 3
        three   4 5 6
        .macro  pair a, b
        .ascii  "[\a|\b]"
        .endm
        pair    (x, y)
        pair    "p q", r
        .macro  say msg
        .asciz  "\msg"
        .endm
        say     "He said \"hi\""
        .macro  spaced first = 7, second=8
        .byte   \first, \second
        .endm
        spaced
        spaced  second = 9
        # Character constants are numbers before a macro is expanded: '\n is 10 with a parameter n.
        .macro  chars n, t
        .byte   '\t, '\n, 'n, '\\, '\', 't'
        .ascii  "\n'\n|y'\t"
        .endm
        chars   5, 6
        .irpc   c, hi
        .byte   '\c
        .ascii  "\c"
        .endr
        # In a string, an apostrophe after a parameter ends its name and goes.
        .macro  glue a
        .ascii  "\a'1\a'"
        .endm
        glue    3
