# A relocation operator that begins an operand applies to the whole expression after it, as GNU
# as reads it: %hi(x)+1 is %hi(x+1), %pcrel_hi(y)+4 is %pcrel_hi(y+4), %lo(x)+4(a0) is %lo(x+4).
# %pcrel_lo(label+4) (what gcc -mcmodel=medany -mexplicit-relocs writes for a 64-bit value's second
# word) names the auipc at the label and adds 4 to its target; %pcrel_lo(label)+4 is the same.
        .text
        .globl  _start
_start: lui     a0, %hi(x)+1
        lui     a1, %hi(0x12345fff)+1
        lui     a2, %hi(x+4)
        lw      a3, %lo(x)+4(a2)        # the second word of x: 2
1:      auipc   a4, %pcrel_hi(y)+4
        lw      a5, %pcrel_lo(1b)(a4)   # the second word of y: 3
        add     a0, a3, a5              # 5
.LA0:   auipc   a6, %pcrel_hi(z)
        lw      t0, %pcrel_lo(.LA0)(a6)         # 10
        lw      t1, %pcrel_lo(.LA0+4)(a6)       # 20
        lw      t2, %pcrel_lo(.LA0)+8(a6)       # 30
        addi    t3, a6, %pcrel_lo(.LA0+12-4)    # &z[2]
        lw      t3, 0(t3)                       # 30
        add     a0, a0, t0
        add     a0, a0, t1
        add     a0, a0, t2
        add     a0, a0, t3                      # exit status 95
        li      a7, 93
        ecall
        addi    t4, a7, %pcrel_lo(2f+4)         # an auipc further down (not run)
2:      auipc   a7, %pcrel_hi(y)
        .data
        .space  0x7fc
x:      .word   1, 2
y:      .word   7, 3
z:      .word   10, 20, 30
