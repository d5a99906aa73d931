# mmapcopy.s FILE: CS:APP's mmapcopy example (Figure 9.x, "Using mmap to copy a file to stdout").
# Maps FILE privately and read-only and writes the mapping to stdout with one write(): the
# pages are faulted in from the file (through the page cache) as write() reads them.
#
#   vmlab run programs/mmapcopy.s README.md --stats
        .equ    AT_FDCWD, -100
        .equ    SYS_openat, 56
        .equ    SYS_write, 64
        .equ    SYS_exit, 93
        .equ    SYS_mmap2, 222
        .equ    SYS_statx, 291
        .equ    PROT_READ, 1
        .equ    MAP_PRIVATE, 2

        .section .rodata
message: .ascii "usage: mmapcopy FILE\n"
        message_len = . - message

        .text
        .globl  _start
_start:
        lw      t0, 0(sp)               # argc
        li      t1, 2
        bne     t0, t1, usage
        lw      s0, 8(sp)               # argv[1]
        li      a0, AT_FDCWD            # size = statx(argv[1]).stx_size
        mv      a1, s0
        li      a2, 0
        li      a3, 0x200               # STATX_SIZE
        la      a4, statbuf
        li      a7, SYS_statx
        ecall
        bltz    a0, fail
        la      t0, statbuf
        lw      s1, 40(t0)
        li      a0, AT_FDCWD            # fd = open(argv[1], O_RDONLY)
        mv      a1, s0
        li      a2, 0
        li      a7, SYS_openat
        ecall
        bltz    a0, fail
        mv      s2, a0
        beqz    s1, done                # an empty file: nothing to map
        li      a0, 0                   # p = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0)
        mv      a1, s1
        li      a2, PROT_READ
        li      a3, MAP_PRIVATE
        mv      a4, s2
        li      a5, 0
        li      a7, SYS_mmap2
        ecall
        li      t0, -4096
        bgeu    a0, t0, fail
        mv      a1, a0                  # write(1, p, size)
        li      a0, 1
        mv      a2, s1
        li      a7, SYS_write
        ecall
        bltz    a0, fail
done:   li      a0, 0
        li      a7, SYS_exit
        ecall
fail:   neg     a0, a0                  # exit with the errno
        li      a7, SYS_exit
        ecall
usage:  li      a0, 2
        la      a1, message
        li      a2, message_len
        li      a7, SYS_write
        ecall
        li      a0, 2
        li      a7, SYS_exit
        ecall

        .bss
        .align  3
statbuf: .space 256
