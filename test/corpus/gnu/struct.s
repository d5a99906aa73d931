# .struct and .offset: a structure's field offsets as constants, in GNU as's absolute section.
        .struct 0
node_next:  .space 4
node_value: .space 4
node_flags: .byte 0
        .balign 4
node_size:
        .offset 16
header_end:
        .struct node_size * 2
pair_end:
        .struct                         # no offset: 0, as GNU as takes it
zero_field: .space 4

        .text
        .globl  _start
_start:
        la      a1, second
        lw      a0, node_value(a1)      # 30
        lw      a2, node_next(a1)       # the first node
        lw      a3, node_value(a2)      # 12
        add     a0, a0, a3
        li      t0, node_size           # 12
        add     a0, a0, t0
        addi    a0, a0, header_end + pair_end - 24 - node_flags   # + 16 + 24 - 24 - 8
        addi    a0, a0, zero_field      # + 0
        .nop    8                       # two nops (.nop SIZE: SIZE bytes of them)
        .nop    2                       # one
        .nop    -1                      # one
        .nop    later_size              # one: a size not known yet
        .equ    later_size, 8
        li      a7, 93
        ecall

        .data
first:  .word 0, 12, 0
second: .word first, 30, 1
        .space node_size - 12
