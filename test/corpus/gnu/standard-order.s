# GNU as makes .text, .data and .bss before it reads a line: in a file, they come before the
# sections named after them (.data.x, .bss.x) wherever they first appear.
        .section .text.first, "ax"
first:  ret
        .section .data.x, "aw"
x:      .word 1
        .section .bss.y, "aw", @nobits
y:      .zero 4
        .data
a:      .word 2
        .bss
b:      .zero 4
        .text
        .globl _start
_start: la      a0, x
        la      a1, a
        sub     a0, a0, a1        # 4: .data before .data.x
        la      a1, y
        la      a2, b
        sub     a1, a1, a2        # 4: .bss before .bss.y
        add     a0, a0, a1
        call    first
        li      a7, 93
        ecall
