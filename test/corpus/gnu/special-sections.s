# Sections GNU as knows by name, given no flags: .init, .fini and .plt are code, .got and
# .gnu.linkonce.p.* data, .gnu.linkonce.n.* zero-filled data; a writable .rodata.x stands (GNU's
# warning: setting incorrect section attributes), and ld makes the segment holding it writable.
        .text
        .globl  _start
_start:
        call    in_init                 # a0 = 1
        call    in_fini                 # a0 += 2
        la      t0, got_word
        lw      t1, 0(t0)               # 4
        add     a0, a0, t1
        la      t0, p_word
        lw      t1, 0(t0)               # 8
        add     a0, a0, t1
        la      t0, n_word
        lw      t1, 0(t0)               # 0
        add     a0, a0, t1
        la      t0, ro_word
        li      t1, 16
        sw      t1, 0(t0)               # writable
        lw      t1, 0(t0)
        add     a0, a0, t1              # 31
        li      a7, 93
        ecall
        .section .init
in_init: li     a0, 1
        ret
        .section .fini
in_fini: addi   a0, a0, 2
        ret
        .section .got
got_word: .word 4
        .section .gnu.linkonce.p.x
p_word: .word   8
        .section .gnu.linkonce.n.x
n_word: .zero   4
        .section .rodata.x,"aw"
ro_word: .word  0
