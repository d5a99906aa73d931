# A pc 1 to 3 bytes past a hot loop's first word, from the kernel (argv[1]): 0 a SIGUSR1 handler
# at 2 past it, 1 at 3 past it, 2 a handler that sets its frame's pc 1 past it. The return to
# user mode resumes at the word, as sret does with sepc's low bits held at zero (no C extension):
# the loop runs from 9,990 to 10,000 and the exit status is 100.
        .globl _start
_start:
        .include "argdigit.inc"
        la s0, counter
        li t0, 0
        li t1, 10000
        jal L                   # warm the loop up: its block is translated
        addi sp, sp, -16
        la t2, L
        addi t2, t2, 2
        li t3, 1
        bne s3, t3, 1f
        addi t2, t2, 1          # L + 3
1:      li t3, 2
        bne s3, t3, 2f
        la t2, handler
2:      sw t2, 0(sp)            # sa_handler
        sw zero, 4(sp)
        sw zero, 8(sp)
        sw zero, 12(sp)
        li a0, 10
        mv a1, sp
        li a2, 0
        li a3, 8
        li a7, 134              # rt_sigaction(SIGUSR1, sp, 0, 8)
        ecall
        li a7, 172              # getpid
        ecall
        li t0, 9990
        la ra, done             # where the loop returns when resumed in place of the handler
        li a1, 10
        li a7, 129              # kill(getpid(), SIGUSR1)
        ecall
        j done                  # after a handler at L
handler:
        la t2, L
        addi t2, t2, 1
        sw t2, 160(a2)          # uc_mcontext's pc = L + 1
        ret
done:   lw a0, 0(s0)
        li t0, 9900
        sub a0, a0, t0
        li a7, 93
        ecall
L:      addi t0, t0, 1
        sw t0, 0(s0)
        blt t0, t1, L
        ret
        .data
counter: .word 0
