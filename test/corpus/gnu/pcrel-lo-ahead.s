# %pcrel_lo naming an auipc further down (GNU as takes it): the low part is the target of that
# auipc's %pcrel_hi, measured from the auipc. A far branch between them moves the auipc.
        .globl  _start
_start: j       1f
2:      addi    a0, a0, %pcrel_lo(3f)  # the auipc below
        beqz    zero, 4f               # a branch over 5000 bytes: the long form
1:
3:      auipc   a0, %pcrel_hi(x)
        j       2b
        .space  5000
4:      lw      a0, 0(a0)              # 42
        li      a7, 93
        ecall
        .data
x:      .word   42
