# A relocation operator that begins an operand applies to the whole expression after it, as GNU
# as reads it: %hi(x)+1 is %hi(x+1), %pcrel_hi(y)+4 is %pcrel_hi(y+4), %lo(x)+4(a0) is %lo(x+4).
        .text
        .globl  _start
_start: lui     a0, %hi(x)+1
        lui     a1, %hi(0x12345fff)+1
        lui     a2, %hi(x+4)
        lw      a3, %lo(x)+4(a2)        # the second word of x: 2
1:      auipc   a4, %pcrel_hi(y)+4
        lw      a5, %pcrel_lo(1b)(a4)   # the second word of y: 3
        add     a0, a3, a5              # exit status 5
        li      a7, 93
        ecall
        .data
        .space  0x7fc
x:      .word   1, 2
y:      .word   7, 3
