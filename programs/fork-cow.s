# fork-cow.s N: copy-on-write after fork. The parent writes every page of a 1 MiB array (256
# pages, all present and private), then forks. The child writes N of them (N from the command
# line, default 16, at most 256) and exits; the parent waits for it (waitid) and checks that its
# own array still holds its values. fork copied the page tables, not the pages: --stats shows
# the child's copy-on-write copies, exactly N (the child touches no other page).
#
#   vmlab run programs/fork-cow.s 100 --stats
        .equ    PAGE, 4096
        .equ    PAGES, 256

        .section .rodata
usage_msg:  .ascii "usage: fork-cow N (N from 0 to 256)\n"
        usage_len = . - usage_msg
child_msg:  .ascii "child: wrote its pages\n"
        child_len = . - child_msg
intact_msg: .ascii "parent: child exited with status 0, my array is intact\n"
        intact_len = . - intact_msg
broken_msg: .ascii "parent: my array changed or the child failed\n"
        broken_len = . - broken_msg

        .bss
        .balign PAGE
info:   .space  PAGE                    # siginfo for waitid, on a page of its own
array:  .space  PAGES * PAGE

        .text
        .globl  _start
_start:
        lw      t0, 0(sp)               # argc
        li      s1, 16                  # N by default
        li      t1, 2
        blt     t0, t1, fill
        lw      a0, 8(sp)               # N = atoi(argv[1])
        call    atoi
        beqz    a1, usage
        mv      s1, a0
        li      t1, PAGES
        bgt     s1, t1, usage
fill:   la      t0, array               # the parent writes 1 into every page
        li      t1, PAGES
        li      t2, 1
1:      sw      t2, 0(t0)
        li      t3, PAGE
        add     t0, t0, t3
        addi    t1, t1, -1
        bnez    t1, 1b
        li      a0, 17                  # pid = clone(SIGCHLD, 0): fork
        li      a1, 0
        li      a7, 220
        ecall
        bltz    a0, broken
        beqz    a0, child
        mv      s2, a0
        li      a0, 1                   # waitid(P_PID, pid, &info, WEXITED, NULL)
        mv      a1, s2
        la      a2, info
        li      a3, 4
        li      a4, 0
        li      a7, 95
        ecall
        bnez    a0, broken
        la      t0, info                # si_pid == pid, si_code == CLD_EXITED, si_status == 0
        lw      t1, 12(t0)
        bne     t1, s2, broken
        lw      t1, 8(t0)
        li      t2, 1
        bne     t1, t2, broken
        lw      t1, 20(t0)
        bnez    t1, broken
        la      t0, array               # every page still holds 1
        li      t1, PAGES
        li      t2, 1
2:      lw      t3, 0(t0)
        bne     t3, t2, broken
        li      t3, PAGE
        add     t0, t0, t3
        addi    t1, t1, -1
        bnez    t1, 2b
        li      a0, 1
        la      a1, intact_msg
        li      a2, intact_len
        li      a7, 64
        ecall
        li      a0, 0
        li      a7, 93
        ecall
child:  la      t0, array               # write 2 into the first N pages: N copies
        li      t2, 2
3:      beqz    s1, 4f
        sw      t2, 0(t0)
        li      t3, PAGE
        add     t0, t0, t3
        addi    s1, s1, -1
        j       3b
4:      li      a0, 1
        la      a1, child_msg
        li      a2, child_len
        li      a7, 64
        ecall
        li      a0, 0
        li      a7, 93
        ecall
broken: li      a0, 1
        la      a1, broken_msg
        li      a2, broken_len
        li      a7, 64
        ecall
        li      a0, 1
        li      a7, 93
        ecall
usage:  li      a0, 2
        la      a1, usage_msg
        li      a2, usage_len
        li      a7, 64
        ecall
        li      a0, 2
        li      a7, 93
        ecall

        .include "lib/atoi.s"
