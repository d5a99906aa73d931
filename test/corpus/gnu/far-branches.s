        .text
        .globl  _start
_start:
        beq     a0, a1, ext
        bne     a0, a1, other
        blt     a0, a1, near
        bgeu    a0, a1, far
near:   beqz    a0, near
        .weak   maybe
        bltu    a0, a1, maybe
maybe:  nop
        .space  5000
far:    bgt     a0, a1, _start
        ble     a0, a1, far
        ret
        .section .text.other,"ax",@progbits
other:  ret
