# cow-private.s FILE: a private copy-on-write mapping of FILE. Writes "COPY" over its first 4
# bytes through a MAP_PRIVATE mapping (the first write copies the page: --stats counts one
# copy-on-write), then prints the first 8 bytes as the mapping sees them and as read() sees the
# file: the write is in the mapping, never in the file.
#
#   vmlab run programs/cow-private.s test/fixtures/files/poem.txt
        .text
        .globl  _start
_start:
        lw      t0, 0(sp)
        li      t1, 2
        bne     t0, t1, fail
        li      a0, -100                # fd = openat(AT_FDCWD, argv[1], O_RDONLY)
        lw      a1, 8(sp)
        li      a2, 0
        li      a7, 56
        ecall
        bltz    a0, fail
        mv      s0, a0
        li      a0, 0                   # p = mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE, fd, 0)
        li      a1, 4096
        li      a2, 3
        li      a3, 2
        mv      a4, s0
        li      a5, 0
        li      a7, 222
        ecall
        li      t0, -4096
        bgeu    a0, t0, fail
        mv      s1, a0
        lbu     t0, 0(s1)               # a read: the page cache's frame, shared read-only
        la      t0, word                # the write: copy-on-write
        lw      t0, 0(t0)
        sw      t0, 0(s1)
        li      a0, 1                   # write(1, "mapping: ", 9); write(1, p, 8)
        la      a1, label1
        li      a2, 9
        li      a7, 64
        ecall
        li      a0, 1
        mv      a1, s1
        li      a2, 8
        li      a7, 64
        ecall
        mv      a0, s0                  # read(fd, buf, 8)
        la      a1, buf
        li      a2, 8
        li      a7, 63
        ecall
        li      a0, 1                   # write(1, "\nfile:    ", 10); write(1, buf, 8); write(1, "\n", 1)
        la      a1, label2
        li      a2, 10
        li      a7, 64
        ecall
        li      a0, 1
        la      a1, buf
        li      a2, 8
        li      a7, 64
        ecall
        li      a0, 1
        la      a1, label2
        li      a2, 1
        li      a7, 64
        ecall
        li      a0, 0
        li      a7, 93
        ecall
fail:   li      a0, 1
        li      a7, 93
        ecall

        .section .rodata
        .align  2
word:   .ascii  "COPY"
label1: .ascii  "mapping: "
label2: .ascii  "\nfile:    "
        .bss
buf:    .space  16
