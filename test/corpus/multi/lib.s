# Linked with main.s: a global function and data it uses, and a local name main.s also has.
        .text
        .globl  add_one
add_one:
        addi    a0, a0, 1
        ret
        .data
        .globl  shared_counter
        .byte   1
        .align  2
shared_counter:
        .word   main_data
local_name:
        .word   2
