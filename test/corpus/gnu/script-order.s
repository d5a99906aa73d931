# Where ld's default script (elf32lriscv, ld --verbose) places the sections after .rodata and
# around .data: .rodata, .rodata1, .sdata2, .sbss2, then a read-only .gcc_except_table (ONLY_IF_RO);
# in the data segment .jcr, .data.rel.ro, .data, .data1, then .got.
        .text
        .globl  _start
_start: li      a0, 0
        li      a7, 93
        ecall
        .section .gcc_except_table,"a",@progbits
e1:     .word   1
        .section .sbss2,"a"
e3:     .word   3
        .section .sdata2,"a"
e4:     .word   4
        .section .rodata1,"a"
e5:     .word   5
        .section .rodata,"a"
e6:     .word   6
        .data
d:      .word   1
        .section .got,"aw"
g:      .word   2
        .section .jcr,"aw"
j:      .word   3
        .section .data.rel.ro,"aw"
r:      .word   4
        .section .data1,"aw"
d1:     .word   5
