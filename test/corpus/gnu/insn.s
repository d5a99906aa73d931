        .globl  _start
_start:
t:
.insn r OP, 0, 0, a0, a1, a2
.insn r 0x33, 0, 1, a0, a1, a2
.insn i OP_IMM, 0, a0, a1, -5
.insn i LOAD, 2, a0, 8(sp)
.insn s STORE, 2, a0, -4(sp)
.insn b BRANCH, 0, a0, a1, t
.insn u LUI, a0, 0x12345
.insn j JAL, ra, t
.insn 0x00000013
.insn 4, 0x00100073
.insn i SYSTEM, 0, zero, zero, 0
.insn r4 MADD, 0, 0, a0, a1, a2, a3
.insn r MADD, 0, 0, a0, a1, a2, a3
.insn r4 0x43, 7, 3, x1, x2, x3, x31
.insn 8, 0x123456789abcde3f
