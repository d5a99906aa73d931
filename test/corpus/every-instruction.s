# Every row of the instruction table and every pseudo-instruction form, in the syntax GNU as
# accepts. The oracle tests compare vmlab's bytes with GNU as + ld and its disassembly with
# GNU objdump (see test/oracle).
        .include "constants.inc"

        .text
        .globl  _start
_start:
# ---- RV32I: upper immediates and jumps
        lui     a0, 0x12345
        lui     t6, %hi(data_word)
        addi    t6, t6, %lo(data_word)
        lw      t5, %lo(data_word)(t6)
        auipc   a1, 0
        auipc   s11, 0xfffff
        jal     ra, forward
        jal     zero, forward
        jal     t0, _start
        jalr    ra, 0(a0)
        jalr    t0, -4(sp)
        jalr    s1, 2047(s2)
# ---- branches, both directions
back:   beq     a0, a1, back
        bne     a2, a3, forward
        blt     a4, a5, back
        bge     a6, a7, forward
        bltu    s0, s1, back
        bgeu    t0, t1, forward
# ---- loads and stores
        lb      a0, -2048(sp)
        lh      a1, 2047(gp)
        lw      a2, 0(tp)
        lbu     a3, 16(fp)
        lhu     a4, -1(x31)
        lw      a5, (a0)
        sb      a0, -2048(sp)
        sh      a1, 2047(t0)
        sw      a2, 12(sp)
        sw      zero, (a1)
# ---- register-immediate
        addi    a0, a1, -2048
        addi    a0, a1, 2047
        slti    t0, t1, -1
        sltiu   t2, s0, 5
        xori    s2, s3, 0x7ff
        ori     s4, s5, -0x800
        andi    s6, s7, 0xf0
        slli    s8, s9, 0
        srli    s10, s11, 31
        srai    t3, t4, 17
# ---- register-register
        add     a0, a1, a2
        sub     a3, a4, a5
        sll     a6, a7, s2
        slt     t0, t1, t2
        sltu    t3, t4, t5
        xor     t6, s0, s1
        srl     s2, s3, s4
        sra     s5, s6, s7
        or      s8, s9, s10
        and     s11, ra, sp
# ---- fences, environment calls
        fence   iorw, iorw
        fence   rw, w
        fence   i, o
        fence   r, rw
        fence.tso
        fence.i
        ecall
        ebreak
# ---- Zicsr
        csrrw   a0, cycle, a1
        csrrs   a0, time, a2
        csrrc   a0, instret, a3
        csrrwi  a0, cycleh, 5
        csrrsi  a0, timeh, 31
        csrrci  a0, instreth, 0
        csrrs   a1, 0xc00, zero
# ---- M extension
        mul     a0, a1, a2
        mulh    a3, a4, a5
        mulhsu  a6, a7, t0
        mulhu   t1, t2, t3
        div     t4, t5, t6
        divu    s0, s1, s2
        rem     s3, s4, s5
        remu    s6, s7, s8
forward:
# ---- pseudo-instructions
        nop
        li      a0, 0
        li      a0, 2047
        li      a0, -2048
        li      a0, 2048
        li      a0, 4096
        li      a0, -2049
        li      a0, 0x12345678
        li      a0, 0x7ffff800
        li      a0, 0x80000000
        li      a0, 0xffffffff
        li      a0, -1
        li      a0, 'A'
        li      a0, BUFSIZE * 2 + 1
        li      a0, 1 | 2 + 3
        li      a0, (1 << 12) - 1
        li      a0, ~0x0f & 0xff
        li      a0, 100 / 7 % 5
        li      a0, 0b1011 ^ 017
        li      a0, 017
        li      a0, -(3 - 10) >> 1
        la      a0, data_word
        la      a1, BUFSIZE
        lla     a2, message
        mv      a0, a1
        not     a2, a3
        neg     a4, a5
        seqz    a6, a7
        snez    t0, t1
        sltz    t2, s0
        sgtz    s1, s2
        beqz    a0, forward
        bnez    a1, forward
        blez    a2, forward
        bgez    a3, forward
        bltz    a4, forward
        bgtz    a5, forward
        bgt     a0, a1, forward
        ble     a2, a3, forward
        bgtu    a4, a5, forward
        bleu    a6, a7, forward
        j       forward
        jal     forward
        jr      t0
        jalr    t1
        jalr    t0, a0
        jalr    t0, a0, 8
        jr      a0, 4
        ret
        call    far_away
        tail    far_away
        csrr    a0, cycle
        csrw    cycle, a1
        csrs    time, a2
        csrc    instret, a3
        csrwi   cycle, 3
        csrsi   time, 4
        csrci   instret, 5
        rdcycle a0
        rdcycleh a1
        rdtime  a2
        rdtimeh a3
        rdinstret a4
        rdinstreth a5
        lw      a0, data_word
        lbu     a1, message
        sw      a0, data_word, t0
        sb      a1, bss_bytes, t1
        unimp
        add     a0, a1, 5
        sll     a0, a1, 3
# ---- %pcrel_hi / %pcrel_lo, numeric local labels, `.`
1:      auipc   a0, %pcrel_hi(message)
        addi    a0, a0, %pcrel_lo(1b)
        j       1f
        j       1b
1:      bnez    a0, 1b
2:      j       2b + 4
        nop ; nop ; addi a1, a1, 1
# ---- alignment of code
        .align  4
        ret
        .balign 8
        nop
        .p2align 3
far_away:
        ret

        .section .rodata
message:
        .ascii  "tab\there, quote\" and backslash\\\n"
        .asciz  "NUL-terminated", "two strings"
        .string "\101\x42C"
        .byte   1, 0xff, -128, 'z', '\n'
        .balign 4
        .half   -32768, 65535
        .short  0x1234
        .align  2
        .word   message, forward - _start
message_len = . - message

        .data
data_word:
        .word   0xdeadbeef, -1, BUFSIZE, data_word + 4
        .byte   7
        .p2align 2, 0xaa
        .space  3
        .zero   2
        .space  4, 0x55
        .set    counter, 1
        .word   counter
        .set    counter, counter + 1
        .word   counter
        .word   1 + 2 * 3, (1 + 2) * 3, 1 | 6 & 3, 0x10 >> 2 << 1

        .bss
bss_bytes:
        .space  100
        .align  3
bss_words:
        .zero   64
