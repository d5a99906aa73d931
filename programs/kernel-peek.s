# kernel-peek.s: a user-mode load from kernel space. 0xC0000000 holds the kernel's map of
# physical RAM, present but supervisor-only (U=0), so the load is a protection fault and the
# process dies with SIGSEGV (exit status 139):
#
#   vmlab run programs/kernel-peek.s
        .text
        .globl  _start
_start:
        li      a0, 0xc0000000
        lw      a1, 0(a0)               # faults: U=0
        li      a0, 0                   # never reached
        li      a7, 93
        ecall
