# A hot loop at the end of a page falls through into the next page: argv[1] picks what is there:
# 0 unmapped (SIGSEGV), 1 read-write without execute (SIGSEGV), 2 demand-zero RWX (zeros: SIGILL),
# 3 RWX holding code (exit 5).
        .globl _start
_start:
        .include "argdigit.inc"
        li a0, 0
        li a1, 8192
        li a2, 7
        li a3, 0x22
        li a4, -1
        li a5, 0
        li a7, 222
        ecall
        mv s0, a0
        li t1, 4096
        add s1, s0, t1          # the second page
        la t0, code_start       # copy the loop to the end of the first page
        la t1, code_end
        sub t2, t1, t0
        sub t2, s1, t2
        mv s4, t2               # its start
9:      lw t3, 0(t0)
        sw t3, 0(t2)
        addi t0, t0, 4
        addi t2, t2, 4
        bltu t0, t1, 9b
        li t0, 3
        bne s3, t0, 2f
        li t0, 0x00500513       # li a0, 5
        sw t0, 0(s1)
        li t0, 0x05d00893       # li a7, 93
        sw t0, 4(s1)
        li t0, 0x00000073       # ecall
        sw t0, 8(s1)
2:      fence.i
        bnez s3, 3f
        mv a0, s1
        li a1, 4096
        li a7, 215              # munmap
        ecall
3:      li t0, 1
        bne s3, t0, 4f
        mv a0, s1
        li a1, 4096
        li a2, 3
        li a7, 226              # mprotect rw-
        ecall
4:      li t3, 2000
        li a0, 0
        jr s4
code_start:
        addi a0, a0, 1
        addi t3, t3, -1
        bnez t3, code_start
        addi a0, a0, 2
        addi a0, a0, 3          # the page's last word
code_end:
