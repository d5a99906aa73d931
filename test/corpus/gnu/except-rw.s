# A writable .gcc_except_table (gcc -fPIC writes it "aw") goes where ld's ONLY_IF_RW line puts
# it: first in the data segment, before .init_array and .data.
        .text
        .globl  _start
_start: li      a0, 0
        li      a7, 93
        ecall
        .section .gcc_except_table,"aw",@progbits
x:      .word   1
        .section .init_array,"aw"
        .word   0
        .data
d:      .word   2
