# protection.s KIND: the protections of CS:APP §9.5, each a SIGSEGV (exit status 139):
#   write    a store into a read-only mapping (mmap PROT_READ)
#   exec     a jump into a data page (no execute permission)
#   kernel   a load from kernel space (0xC0000000, supervisor-only)
#
#   vmlab run programs/protection.s write
        .section .rodata
message: .ascii "usage: protection write|exec|kernel\n"
        message_len = . - message

        .text
        .globl  _start
_start:
        lw      t0, 0(sp)
        li      t1, 2
        bne     t0, t1, usage
        lw      t0, 8(sp)               # argv[1]: its first letter picks the violation
        lbu     t0, 0(t0)
        li      t1, 'w'
        beq     t0, t1, write
        li      t1, 'e'
        beq     t0, t1, exec
        li      t1, 'k'
        beq     t0, t1, kernel
usage:  li      a0, 2
        la      a1, message
        li      a2, message_len
        li      a7, 64
        ecall
        li      a0, 2
        li      a7, 93
        ecall
write:  li      a0, 0                   # p = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0)
        li      a1, 4096
        li      a2, 1
        li      a3, 0x22
        li      a4, -1
        li      a5, 0
        li      a7, 222
        ecall
        lw      t0, 0(a0)               # reading is allowed
        sw      t0, 0(a0)               # writing is not
        j       usage
exec:   la      t0, code_in_data
        jr      t0
kernel: li      t0, 0xc0000000
        lw      t0, 0(t0)
        j       usage

        .data
code_in_data:
        .word   0x00000013              # a nop, in a page without execute permission

