# hello.s: the classic first program. Writes a greeting to stdout with the Linux write
# system call and exits with status 0, on vmlab and on qemu-riscv32 alike.
#
#   vmlab asm programs/hello.s -o hello && qemu-riscv32 ./hello

        .equ    SYS_write, 64
        .equ    SYS_exit, 93
        .equ    STDOUT, 1

        .section .rodata
greeting:
        .ascii  "Hello from vmlab!\n"
        .equ    greeting_len, . - greeting      # li needs its value before use

        .text
        .globl  _start
_start:
        li      a0, STDOUT              # fd
        la      a1, greeting            # buffer
        li      a2, greeting_len        # length
        li      a7, SYS_write
        ecall
        li      a0, 0                   # exit status
        li      a7, SYS_exit
        ecall
