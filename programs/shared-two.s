# shared-two.s FILE: one shared object in two processes at two addresses (CS:APP's "sharing
# revisited: shared objects"). The parent maps the first page of FILE MAP_SHARED and reads it,
# then forks. The child maps the same page a second time (the kernel picks another address) and
# writes "CHILD" through that second mapping; it reads both of its mappings, and the parent,
# once waitid says the child has exited, reads its own: all three see the write. Every one of
# these mappings is a page-table entry for the page cache's one frame for that file page: --stats
# shows the file read from the disk once, and no copy-on-write. The host file changes only with
# --write-through.
#
#   vmlab run programs/shared-two.s test/fixtures/files/poem.txt --stats
        .equ    PAGE, 4096
        .equ    SYS_openat, 56
        .equ    SYS_write, 64
        .equ    SYS_exit, 93
        .equ    SYS_waitid, 95
        .equ    SYS_clone, 220
        .equ    SYS_mmap2, 222

        .section .rodata
usage_msg:  .asciz "usage: shared-two FILE\n"
fail_msg:   .asciz "shared-two: a system call failed\n"
parent_my:  .asciz "parent: my mapping at "
child_did:  .asciz "child: I mapped the page again and wrote \"CHILD\" through the new mapping\n"
child_new:  .asciz "child: my new mapping at "
child_old:  .asciz "child: my inherited mapping at "
parent_end: .asciz "parent: child "
exited_msg: .asciz " exited with status "
killed_msg: .asciz " was killed by signal "
newline:    .asciz "\n"
reads:      .asciz " reads \""
quote_nl:   .asciz "\"\n"
word:       .ascii "CHILD"

        .bss
        .balign PAGE
info:   .space  128                     # siginfo for waitid

        .text
        .globl  _start
_start:
        lw      t0, 0(sp)               # argc == 2
        li      t1, 2
        bne     t0, t1, usage
        li      a0, -100                # fd = openat(AT_FDCWD, argv[1], O_RDWR)
        lw      a1, 8(sp)
        li      a2, 2
        li      a7, SYS_openat
        ecall
        bltz    a0, fail
        mv      s0, a0
        jal     s11, map                # s1 = the parent's mapping
        mv      s1, a0
        la      a0, parent_my           # parent: my mapping at A reads "..."
        call    puts
        mv      a0, s1
        call    puthex
        mv      a0, s1
        jal     s11, show
        li      a0, 17                  # pid = fork()
        li      a1, 0
        li      a7, SYS_clone
        ecall
        bltz    a0, fail
        beqz    a0, child
        mv      s2, a0
        li      a0, 1                   # waitid(P_PID, pid, &info, WEXITED, NULL)
        mv      a1, s2
        la      a2, info
        li      a3, 4
        li      a4, 0
        li      a7, SYS_waitid
        ecall
        bnez    a0, fail
        la      a0, parent_end          # parent: child N exited with status S (or was killed by signal S)
        call    puts
        lw      a0, info+12
        call    putdec
        lw      t0, info+8              # si_code: CLD_EXITED 1, CLD_KILLED 2
        la      a0, exited_msg
        li      t1, 1
        beq     t0, t1, 1f
        la      a0, killed_msg
1:      call    puts
        lw      a0, info+20
        call    putdec
        la      a0, newline
        call    puts
        la      a0, parent_my           # parent: my mapping at A reads "..."
        call    puts
        mv      a0, s1
        call    puthex
        mv      a0, s1
        jal     s11, show
        li      a0, 0
        li      a7, SYS_exit
        ecall

child:  jal     s11, map                # s3 = a second mapping of the same page
        mv      s3, a0
        la      t0, word                # write "CHILD" through it
        mv      t1, s3
        li      t2, 5
1:      lbu     t3, 0(t0)
        sb      t3, 0(t1)
        addi    t0, t0, 1
        addi    t1, t1, 1
        addi    t2, t2, -1
        bnez    t2, 1b
        la      a0, child_did
        call    puts
        la      a0, child_new           # child: my new mapping at B reads "..."
        call    puts
        mv      a0, s3
        call    puthex
        mv      a0, s3
        jal     s11, show
        la      a0, child_old           # child: my inherited mapping at A reads "..."
        call    puts
        mv      a0, s1
        call    puthex
        mv      a0, s1
        jal     s11, show
        li      a0, 0
        li      a7, SYS_exit
        ecall

# map: a0 = mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED, s0, 0), or fail. Returns by s11.
map:    li      a0, 0
        li      a1, PAGE
        li      a2, 3
        li      a3, 1
        mv      a4, s0
        li      a5, 0
        li      a7, SYS_mmap2
        ecall
        li      t0, -4096
        bgeu    a0, t0, fail
        jr      s11

# show: print ` reads "` and the first 8 bytes at a0, then `"` and a newline. Returns by s11.
show:   mv      s4, a0
        la      a0, reads
        call    puts
        li      a0, 1
        mv      a1, s4
        li      a2, 8
        li      a7, SYS_write
        ecall
        la      a0, quote_nl
        call    puts
        jr      s11

fail:   la      a0, fail_msg
        call    puts
        li      a0, 1
        li      a7, SYS_exit
        ecall
usage:  li      a0, 2                   # write(2, usage_msg, 23)
        la      a1, usage_msg
        li      a2, 23
        li      a7, SYS_write
        ecall
        li      a0, 2
        li      a7, SYS_exit
        ecall

        .include "lib/print.s"
