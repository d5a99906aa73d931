# A file's .lcomm raises the alignment of its whole .bss (with lcomm-align-b.s): GNU as puts local
# commons in .bss subsection 1, part of the file's .bss section, so ld aligns that section to the
# largest .lcomm alignment in it. Here this file's .bss is one byte; the other file's starts aligned.
        .text
        .globl  _start
_start: call    lcommAddress
        li      a7, 93
        ecall
        .bss
        .zero   1
