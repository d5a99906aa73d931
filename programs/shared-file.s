# shared-file.s FILE: a shared file mapping, written through the mapping and read back through
# read(): the same page-cache frame serves both. Writes "SHARED" over the first 6 bytes of FILE
# via mmap(MAP_SHARED), unmaps it (which writes the dirty page back), then reads the first line
# with read() and prints it. The host file changes only with --write-through.
#
#   vmlab run programs/shared-file.s test/fixtures/files/poem.txt
        .text
        .globl  _start
_start:
        lw      t0, 0(sp)
        li      t1, 2
        bne     t0, t1, fail
        li      a0, -100                # fd = openat(AT_FDCWD, argv[1], O_RDWR)
        lw      a1, 8(sp)
        li      a2, 2
        li      a7, 56
        ecall
        bltz    a0, fail
        mv      s0, a0
        li      a0, 0                   # p = mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED, fd, 0)
        li      a1, 4096
        li      a2, 3
        li      a3, 1
        mv      a4, s0
        li      a5, 0
        li      a7, 222
        ecall
        li      t0, -4096
        bgeu    a0, t0, fail
        mv      s1, a0
        la      t0, word                # copy "SHARED" into the mapping
        li      t1, 6
1:      lbu     t2, 0(t0)
        sb      t2, 0(s1)
        addi    t0, t0, 1
        addi    s1, s1, 1
        addi    t1, t1, -1
        bnez    t1, 1b
        addi    a0, s1, -6              # munmap(p, 4096)
        li      a1, 4096
        li      a7, 215
        ecall
        mv      a0, s0                  # n = read(fd, buf, 33): the first line, from the start
        la      a1, buf
        li      a2, 33
        li      a7, 63
        ecall
        blez    a0, fail
        mv      a2, a0                  # write(1, buf, n)
        li      a0, 1
        la      a1, buf
        li      a7, 64
        ecall
        li      a0, 0
        li      a7, 93
        ecall
fail:   li      a0, 1
        li      a7, 93
        ecall

        .section .rodata
word:   .ascii  "SHARED"
        .bss
buf:    .space  64
