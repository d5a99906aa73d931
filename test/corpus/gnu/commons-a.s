# Common symbols from two files: ld allocates each file's COMMON block in turn (with commons-b.s).
        .text
        .globl  _start
_start: li      a0, 0
        li      a7, 93
        ecall
        .comm   common_x, 4, 4
        .comm   common_arr, 20, 4
        .comm   common_c, 1, 1
        .comm   zz, 4, 4
