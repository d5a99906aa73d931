# argv[1] picks a trap that comes after a hot loop has made its block fast:
# 0 misaligned sw, 1 misaligned lh, 2 taken branch to a misaligned target, 3 ebreak, 4 illegal word,
# 5 unknown syscall in a loop (continues), 6 load from a kernel address, 7 store into .text,
# 8 jalr into an unmapped page, 9 csrw to cycle (illegal), a: load into x0 from a guard page,
# b: div/rem edge values in a loop (exit status from them).
        .globl _start
_start:
        .include "argdigit.inc"
        la s0, buf
        li s2, 3000
        li s1, 0
loop:   addi s1, s1, 1
        li t0, 0
        beq s3, t0, k0
        li t0, 1
        beq s3, t0, k1
        li t0, 2
        beq s3, t0, k2
        li t0, 3
        beq s3, t0, k3
        li t0, 4
        beq s3, t0, k4
        li t0, 5
        beq s3, t0, k5
        li t0, 6
        beq s3, t0, k6
        li t0, 7
        beq s3, t0, k7
        li t0, 8
        beq s3, t0, k8
        li t0, 9
        beq s3, t0, k9
        li t0, 10
        beq s3, t0, ka
        j kb
next:   addi s2, s2, -1
        bnez s2, loop
        mv a0, s1
        andi a0, a0, 0x7f
        li a7, 93
        ecall
k0:     sltiu t0, s2, 2         # 1 on the last round
        add t1, s0, t0
        sw s1, 8(t1)
        j next
k1:     sltiu t0, s2, 2
        add t1, s0, t0
        lh t2, 8(t1)
        add s1, s1, t2
        j next
k2:     li t0, 1
        bne s2, t0, 2f
        .word 0x00031363        # bne t1, zero, +6 (t1 != 0 here): misaligned target
2:      j next
k3:     li t0, 1
        bne s2, t0, next
        ebreak
k4:     li t0, 1
        bne s2, t0, next
        .word 0
k5:     li a7, 999
        ecall
        add s1, s1, a0
        j next
k6:     li t0, 1
        bne s2, t0, next
        li t0, 0x80001000
        lw t1, 0(t0)
        j next
k7:     li t0, 1
        bne s2, t0, 2f
        la t0, _start
        sw t0, 0(t0)
2:      j next
k8:     li t0, 1
        bne s2, t0, next
        li t0, 0x10000000
        jalr t0
k9:     li t0, 1
        bne s2, t0, 2f
        csrw cycle, t0
2:      rdcycle t1
        j next
ka:     sltiu t0, s2, 2
        slli t0, t0, 12
        add t1, s0, t0
        lw zero, 0(t1)          # a load into x0 from the unmapped page after buf's: still a fault
        j next
kb:     li t0, -2147483648
        li t1, -1
        div t2, t0, t1
        rem t3, t0, t1
        div t4, s1, zero
        remu t5, s1, zero
        divu t6, t0, s1
        add s1, s1, t2
        add s1, s1, t3
        add s1, s1, t4
        add s1, s1, t5
        add s1, s1, t6
        mulh t2, t0, t1
        mulhsu t3, t1, t0
        mulhu t4, t1, t1
        add s1, s1, t2
        add s1, s1, t3
        add s1, s1, t4
        j next
        .data
        .align 12
buf:    .word 1, 2, 3, 4, 5, 6
