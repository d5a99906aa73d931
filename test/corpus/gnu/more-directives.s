# Directives GNU as takes that course code and older sources use: .extern and the listing
# directives (ignored), .incbin, .nop, .eqv, .string16/.string32, the .dc/.ds/.dcb families,
# float specials, zeros in .bss, and a runnable check that the program sees them.
        .extern puts, exit
        .title  "more directives"
        .sbttl  "data"
        .psize  60, 200
        .list
        .nolist
        .eject
        .version "1.0"
        .func   main
        .endfunc
        .line   5
        .stabs  "x", 100, 0, 0, 0
        .eqv    COUNT, 3
        .text
        .globl  _start
_start: .nop
        la      a0, blob
        lbu     a1, 7(a0)               # the byte 1 of incbin.bin
        li      a2, COUNT
        add     a0, a1, a2              # exit status 4
        li      a7, 93
        ecall
        .data
blob:   .incbin "incbin.bin"
part:   .incbin "incbin.bin", 6
tail:   .incbin "incbin.bin", 7, 3
        .balign 4
w16:    .string16 "ab"
w32:    .string32 "ab"
        .balign 8
dd:     .dc.d   1.5, -0.25
ds:     .dc.s   1.5
        .ds.s   1
        .balign 8
        .ds.d   2
        .dcb.b  3, 7
        .dcb.w  2, 0x102
        .dcb    1, 9
        .balign 4
        .dcb.l  2, 5
        .dcb.s  2, 2.0
        .balign 8
        .dcb.d  1, -2.0
nans:   .float  nan, -nan, inf, -inf, +Infinity
        .double NaN, -inf
tiny:   .float  7e-46, -1e-47           # below the smallest denormal: (signed) zeros
        .double 2e-324, -1e-324
round:  .float  1.0000000596046448                          # just past a tie: rounded once, up
        .float  1.000000178813934326171875, 2.1019476964872256e-45 # long ties: toward zero
        .float  16777217, 33554434.0                        # short ties: away from zero
        .float  -0, - 0, 3.4028236e38                       # -0.0 twice; rounds up to infinity
        .float  3.40282356779733661637539395458142568448e38 # FLT_MAX and half its last place: FLT_MAX
        .double -0
        .float  - 1.5, +  .5                                # blanks after the sign
        .double - 2.5e3
        .word   COUNT
        .section .rodata
        .word   2
        .pushsection .text
        nop
        .popsection             # in .rodata again, and .previous is .data again too (GNU restores both)
        .previous
        .word   3               # in .data
        .bss
zeros:  .word   0, 0
        .byte   0
        .half   0
        .asciz  ""
        .octa   0
        .uleb128 0
        .balign 4
after:  .space  4
