# Hand-written assembly of the kinds riscv-tests and course code use, each once read otherwise
# than GNU as reads it: a :vararg parameter takes the rest of the line as it stands (blanks and
# quotes kept, an instruction with its commas); a comma ending a macro call opens no argument;
# a MAX of 0 in .p2align/.balign is no limit; an empty .fill size is 0; RISC-V's .bss leaves
# .previous as it was; move is mv; a global label of an empty section stays (begin_signature);
# .ifdef of a common or a section made so far is true; a comment spanning lines joins them.
# Exits with 42 - 7 (the byte the vararg put first) + 5 = 40.
        .macro  text a:vararg
        .ascii  "\a"
        .endm
        .macro  test_case num, code:vararg
        \code
        .byte   \num
        .endm
        .macro  one x
        .byte   \x
        .endm

        .text
        .globl  _start
_start: li      a0, 42
        la      t0, tc_data
        lbu     t1, 0(t0)
        sub     a0, a0, t1
        test_case_inline:
        move    t2, a0
        addi    t2, t2, /* a comment that joins
        this line to the one before */ 0
        addi    a0, t2, 5
        li      a7, 93
        ecall
        nop
        .p2align 4,,0
        nop
        # never run: .insn formats whose opcode's low bits make a longer instruction (6, 10, 8 bytes)
        .insn   i 0x1f, 0, a0, a1, 5
        .insn   r 0x7f, 0, 0, a0, a1, a2
        .insn   u 0x3f, a0, 1
        .p2align 2

        .section .rodata
        .data
tc_data: test_case 5, .byte 7
        text x  y,  z
        one 9,
        .balign 8,,0
        .byte   0xbb
        .fill   2,,3
        .fill   3,
        .byte   0xcc
        .bss
        .space  4
        .previous               # .rodata, the section before .data
        .word   2
        .data
        .bss
        .bss
        .previous               # .rodata again
        .word   4

        .section .tohost, "aw", @progbits
        .globl  begin_signature
begin_signature:
        .globl  end_signature
end_signature:
        .section .rodata
        .globl  empty_rodata
empty_rodata:
local_empty:

# .ifdef: a common is defined, and so is a section once made (.text, .data and .bss always).
        .comm   cc, 4
        .section .mine, "a"
        .ifdef  cc
        .byte   1
        .endif
        .ifdef  .data
        .byte   2
        .endif
        .ifdef  .nowhere
        .byte   3
        .endif
        .ifdef  .mine
        .byte   4
        .endif
        .ifdef  .later
        .byte   5
        .endif
        .section .later, "a"
        .byte   6
