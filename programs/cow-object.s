# cow-object.s FILE [write]: a private copy-on-write object shared by two processes (CS:APP's
# "private copy-on-write objects"). The parent maps the first page of FILE MAP_PRIVATE (readable
# and writable) and reads it, then forks: parent and child map the one frame of the page cache,
# read-only in both page tables. Both read the original. With "write" the child then writes
# "CHILD": the store faults, the kernel copies the page for the child alone, and the store
# restarts on the copy; the child sees its write, the parent (after waitid) still sees the file.
# --stats shows the child's one copy-on-write copy, and one frame more used at most than without
# "write". The child uses no stack: the copy is its only write to memory.
#
#   vmlab run programs/cow-object.s test/fixtures/files/poem.txt write --stats
        .equ    PAGE, 4096
        .equ    SYS_openat, 56
        .equ    SYS_write, 64
        .equ    SYS_exit, 93
        .equ    SYS_waitid, 95
        .equ    SYS_clone, 220
        .equ    SYS_mmap2, 222

        .section .rodata
usage_msg:  .asciz "usage: cow-object FILE [write]\n"
fail_msg:   .asciz "cow-object: a system call failed\n"
parent_msg: .asciz "parent: my view"
child_msg:  .asciz "child:  my view"
wrote_msg:  .asciz "child:  wrote \"CHILD\" into my view\n"
parent_end: .asciz "parent: child "
exited_msg: .asciz " exited with status "
killed_msg: .asciz " was killed by signal "
newline:    .asciz "\n"
reads:      .asciz " reads \""
quote_nl:   .asciz "\"\n"
write_arg:  .asciz "write"
word:       .ascii "CHILD"

        .bss
        .balign PAGE
info:   .space  128                     # siginfo for waitid

        .text
        .globl  _start
_start:
        lw      t0, 0(sp)               # argc is 2, or 3 with "write" (s5 = 1)
        li      s5, 0
        li      t1, 2
        beq     t0, t1, open
        li      t1, 3
        bne     t0, t1, usage
        lw      t0, 12(sp)              # argv[2] == "write"
        la      t1, write_arg
1:      lbu     t2, 0(t0)
        lbu     t3, 0(t1)
        bne     t2, t3, usage
        addi    t0, t0, 1
        addi    t1, t1, 1
        bnez    t2, 1b
        li      s5, 1
open:   li      a0, -100                # fd = openat(AT_FDCWD, argv[1], O_RDONLY)
        lw      a1, 8(sp)
        li      a2, 0
        li      a7, SYS_openat
        ecall
        bltz    a0, fail
        mv      a4, a0                  # s1 = mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE, fd, 0)
        li      a0, 0
        li      a1, PAGE
        li      a2, 3
        li      a3, 2
        li      a5, 0
        li      a7, SYS_mmap2
        ecall
        li      t0, -4096
        bgeu    a0, t0, fail
        mv      s1, a0
        la      a0, parent_msg          # parent: my view reads "..." (the read maps the page)
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
        la      a0, parent_msg          # parent: my view reads "..."
        jal     s11, show
        li      a0, 0
        li      a7, SYS_exit
        ecall

child:  la      a0, child_msg           # child: my view reads "..."
        jal     s11, show
        beqz    s5, 3f
        la      t0, word                # write "CHILD": the first store copies the page
        mv      t1, s1
        li      t2, 5
2:      lbu     t3, 0(t0)
        sb      t3, 0(t1)
        addi    t0, t0, 1
        addi    t1, t1, 1
        addi    t2, t2, -1
        bnez    t2, 2b
        la      a0, wrote_msg
        call    puts
        la      a0, child_msg           # child: my view reads "..."
        jal     s11, show
3:      li      a0, 0
        li      a7, SYS_exit
        ecall

# show: print the string at a0, ` reads "`, the first 8 bytes of the view (s1), `"` and a
# newline. Returns by s11.
show:   call    puts
        la      a0, reads
        call    puts
        li      a0, 1
        mv      a1, s1
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
usage:  li      a0, 2                   # write(2, usage_msg, 31)
        la      a1, usage_msg
        li      a2, 31
        li      a7, SYS_write
        ecall
        li      a0, 2
        li      a7, SYS_exit
        ecall

        .include "lib/print.s"
