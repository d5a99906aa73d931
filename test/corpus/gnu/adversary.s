# What an adversarial reader found different from GNU as 2.40 + ld (2026-12-07): a writable code
# section, which ld places with the data; data in a .bss.x given @progbits, which ld keeps; .incbin
# with a count of 0 (the whole file, with GNU's warning); .octa and .sleb128 of numbers from 2^63
# up (positive), and of literals over 64 bits; li into zero (lui and addi both); an alignment of 0; .rept with no count; the
# options csr-check and no-csr-check; .byte of a symbol set to one defined further down. The
# program exits with the word in .bss.x plus what the writable code returns.
        .globl  _start
        .text
_start: .option csr-check
        .option no-csr-check
        la      a0, x
        lw      s0, 0(a0)               # 40, from the file
        la      a0, wxfn
        jalr    a0                      # returns 2
        add     a0, a0, s0
        li      a7, 93
        ecall
        li      zero, 0x12345000
        li      zero, 0x12345678
        li      zero, 5
        la      zero, 0x10000
        .rept
        nop
        .endr

        .section .wx, "awx"
wxfn:   li      a0, 2
        ret

        .section .bss.x, "aw", @progbits
x:      .word   40

        .section .rodata
        .incbin "test/corpus/gnu/incbin.bin", 0, 0
        .byte   0xee
        .balign 0
        .byte   0xdd
        . = . + 3                       # GNU's .org
        .byte   0xcc
        .octa   0xffffffffffffffff
        .octa   0x8000000000000000
        .octa   -1
        .octa   0x0123456789abcdef0123456789abcdef, -0x10000000000000000   # GNU's bignums, up to 128 bits
        .octa   340282366920938463463374607431768211455
        .sleb128 0x8000000000000000
        .sleb128 0xffffffffffffffff
        .sleb128 -1
        .equ    early, later
        .byte   early
        .equ    later, 3
        .equ    chain1, chain2          # through two symbols set further down
        .byte   chain1
        .equ    chain2, chain3
        .equ    chain3, 5
        .byte   plus                    # set below to an expression of one set further down
        .equ    plus, below + 1
        .equ    below, 3
        .comm   cz, 4, 0
