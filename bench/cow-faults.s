# cow-faults.s [PAGES] [ROUNDS]: copy-on-write faults by the thousand. The parent writes one word
# in every page of a 16 MiB .bss array (4,096 pages, all present), then ROUNDS times (default 1):
# forks a child that writes one word in each of the first PAGES pages (default 4,096) and exits,
# and waits for it (waitid). The parent still holds every page while the child writes, so each of
# the child's writes is a copy-on-write fault that copies the page: --stats counts PAGES x ROUNDS
# copies. At the end the parent checks that its own array still holds its values. Prints
# "cow-faults: parent's array intact" and exits 0 (1 if a call failed or the array changed).
# bench/procs.bench.ts times it (npm run bench:procs); by hand (with less than 64 MiB of RAM the
# copies do not all fit and pages go to swap):
#
#   vmlab run bench/cow-faults.s 4096 1 --ram 64M --stats
        .equ    PAGE, 4096
        .equ    PAGES, 4096

        .section .rodata
usage_msg:  .ascii "usage: cow-faults [PAGES] [ROUNDS] (PAGES from 0 to 4096)\n"
        usage_len = . - usage_msg
intact_msg: .ascii "cow-faults: parent's array intact\n"
        intact_len = . - intact_msg
broken_msg: .ascii "cow-faults: a call failed or the parent's array changed\n"
        broken_len = . - broken_msg

        .bss
        .balign PAGE
info:   .space  PAGE                    # siginfo for waitid, on a page of its own
array:  .space  PAGES * PAGE

        .text
        .globl  _start
_start:
        li      s0, PAGES               # PAGES = atoi(argv[1]), 4096 without one
        li      s1, 1                   # ROUNDS = atoi(argv[2]), 1 without one
        lw      s3, 0(sp)               # argc
        li      t1, 2
        blt     s3, t1, fill
        lw      a0, 8(sp)
        call    atoi
        beqz    a1, usage
        mv      s0, a0
        li      t1, PAGES
        bgt     s0, t1, usage
        li      t1, 3
        blt     s3, t1, fill
        lw      a0, 12(sp)
        call    atoi
        beqz    a1, usage
        mv      s1, a0
fill:   la      t0, array               # the parent writes 1 into every page
        li      t1, PAGES
        li      t2, 1
        li      t3, PAGE
1:      sw      t2, 0(t0)
        add     t0, t0, t3
        addi    t1, t1, -1
        bnez    t1, 1b
round:  beqz    s1, check
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
        la      t0, info                # si_pid == pid, si_status == 0
        lw      t1, 12(t0)
        bne     t1, s2, broken
        lw      t1, 20(t0)
        bnez    t1, broken
        addi    s1, s1, -1
        j       round
check:  la      t0, array               # every page of the parent still holds 1
        li      t1, PAGES
        li      t2, 1
        li      t3, PAGE
2:      lw      t4, 0(t0)
        bne     t4, t2, broken
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
child:  la      t0, array               # write 2 into the first PAGES pages: one copy each
        li      t2, 2
        li      t3, PAGE
3:      beqz    s0, 4f
        sw      t2, 0(t0)
        add     t0, t0, t3
        addi    s0, s0, -1
        j       3b
4:      li      a0, 0
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

        .include "../programs/lib/atoi.s"
