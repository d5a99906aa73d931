        .text
        .globl  _start
_start: ret
        .data
d:      .quad   0x123456789abcdef0, -2
        .8byte  1
        .uleb128 0
        .uleb128 127
        .uleb128 128
        .uleb128 624485
        .sleb128 -1
        .sleb128 63
        .sleb128 64
        .sleb128 -123456
        .fill   3, 2, 0x1234
        .fill   2, 8, -1
        .org    d + 64, 0xaa
        .pushsection .rodata
r:      .long   1, 2
        .popsection
        .int    d
        .section .sdata,"aw"
s:      .word   r
        .previous
        .byte   9
        .p2align 4,,15
        .byte   7
        .local  lc
        .comm   lc, 8, 8
        .comm   gc, 16, 4
        .comm   gb, 4, 4
        .section .rodata.str1.1,"aMS",@progbits,1
        .string "hello"
        .string "lo"
        .string "hello"
        .section .sbss,"aw",@nobits
z:      .zero   6
