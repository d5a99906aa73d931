# Two files linked into one executable: main.s calls into lib.s and reads its data.
# Exits with status 42: add_one(41).
        .text
        .globl  _start
_start:
        li      a0, 41
        call    add_one
        la      a1, shared_counter
        lw      a2, 0(a1)
        li      a7, 93
        ecall
        .data
        .globl  main_data
main_data:
        .word   shared_counter
local_name:
        .word   1
