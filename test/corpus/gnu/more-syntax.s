# What GNU as 2.40 takes that vmlab once refused or read otherwise: `!!` (GNU's other spelling of
# ^), an .irpc with no list (the body once), quoted macro defaults and keyword arguments (their
# contents), adjacent strings (one string), `name == value` (.eqv), blocks and conditionals
# on one line, &NAME in macro bodies, names in any case, `.float .5`.
        .text
        .globl  _start
_start:
        .rept 2; nop; .endr             # blocks and conditionals on one line, ";"-separated
        ADD     a1, a1, a1              # mnemonics and directives in any case
        Nop
        la      a5, (exported)          # a symbol in parentheses
        lbu     a5, (exported)
        j       (1f)
1:
        li      a0, 5 !! 1              # 4
        li      a7, 93
        ecall

        .data
        .word   3 !! 4, 6!!3, 1 !! 1 + 1
        .irpc   c,
        .byte   8
        .endr
        .irpc   c
        .byte   7
        .endr
        .irpc   c, ""
        .byte   6
        .endr
        .macro  tag b="x y", c=z
        .ascii  "<\b|\c>"
        .endm
        tag
        tag     b="s t", c="u,v"
        .ascii  "a" "b", "c"   "d"
        .asciz  "e" "f"
        .string "g"  "h"
three == 3                              # GNU's .eqv spelling
        .if three == 3; .byte 1; .else; .byte 2; .endif
        .macro pair a; .byte \a, \a; .endm
        pair 5; .byte 6
        .macro amp str, n               # &NAME names a parameter too, in strings as well
        .ascii "&str", "<&str&>", "&nope"
        .byte 7&3, 6&n, \n&5           # 3, 63 (6 then n's 3), 1
        .ascii "&n&str"
        .endm
        amp "ab", 3
        .BYTE   1
        .Word   2
        .macro  Twice x                 # macro names in any case
        .byte   \x, \x
        .endm
        twice   4
        TWICE   5
        .float  .5                      # a float beginning with "."
        .double .5
        .float  -.5, .25
        .rep    2                       # GNU's other names: .rep .irep .irepc .elsec .endc .mexit .xdef .common .sect .lsym
        .byte   1
        .endr
        .irep   r, 1, 2
        .byte   \r
        .endr
        .irepc  c, 34
        .byte   \c
        .endr
        .if 0
        .byte   9
        .elsec
        .byte   8
        .endc
        .macro  early
        .byte   5
        .mexit
        .byte   6
        .endm
        early
        .xdef   exported
exported: .byte 7
        .common shared, 4
        .lsym   lq, 4
        .byte   lq
        .string64 "ab"
        .sect   .data
        .spc 2; .llen 80; .noformat; .xref outside   # listing and MRI directives, ignored
relabel = 1                             # set, then a label: the value before it, the address after
        .word   relabel
relabel: .word  relabel
        .ds.s   1, -1                   # .ds.s and .ds.d fill with an integer of their width
        .ds.d   1, 5
        .skip   2, 0x1ff                # a fill's low byte (GNU warns: value 0x1ff truncated to 0xff)
        .space  2, -200
        .word   three, three == 3
