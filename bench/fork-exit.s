# fork-exit.s K [MIB]: fork+exit round trips with a large address space. The parent writes one
# word in every page of the first MIB MiB (default 16, at most 16) of a 16 MiB .bss array, so
# that all of them are present, then K times (default 100): forks a child that exits at once
# (status 0) and waits for it (waitid P_PID, WEXITED), checking the siginfo. Each fork copies
# the parent's page tables (one PTE per present page, the pages shared copy-on-write); each exit
# frees the child's. The siginfo page is written before the first fork, so that every round trip
# costs the same. Prints "fork-exit: done" and exits 0 (1 if a call failed).
# bench/procs.bench.ts times it (npm run bench:procs); by hand (16 MiB of data needs more RAM):
#
#   vmlab run bench/fork-exit.s 100 --ram 64M --stats
        .equ    PAGE, 4096
        .equ    MAX_MIB, 16
        .equ    PAGES_PER_MIB, 256

        .section .rodata
usage_msg:  .ascii "usage: fork-exit K [MIB] (MIB from 0 to 16)\n"
        usage_len = . - usage_msg
done_msg:   .ascii "fork-exit: done\n"
        done_len = . - done_msg
broken_msg: .ascii "fork-exit: fork or waitid failed\n"
        broken_len = . - broken_msg

        .bss
        .balign PAGE
info:   .space  PAGE                    # siginfo for waitid, on a page of its own
array:  .space  MAX_MIB * PAGES_PER_MIB * PAGE

        .text
        .globl  _start
_start:
        li      s0, 100                 # K = atoi(argv[1]), 100 without one
        li      s1, MAX_MIB             # MIB = atoi(argv[2]), 16 without one
        lw      s3, 0(sp)               # argc
        li      t1, 2
        blt     s3, t1, touch
        lw      a0, 8(sp)
        call    atoi
        beqz    a1, usage
        mv      s0, a0
        li      t1, 3
        blt     s3, t1, touch
        lw      a0, 12(sp)
        call    atoi
        beqz    a1, usage
        mv      s1, a0
        li      t1, MAX_MIB
        bgt     s1, t1, usage
touch:  la      t0, info                # the siginfo page too: present before the first fork
        sw      zero, 0(t0)
        la      t0, array               # one word in each page: every page present
        slli    t1, s1, 8               # MIB * 256 pages
        li      t3, PAGE
1:      beqz    t1, 2f
        sw      t1, 0(t0)
        add     t0, t0, t3
        addi    t1, t1, -1
        j       1b
2:      mv      s4, s0                  # round trips left
trip:   beqz    s4, done
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
        addi    s4, s4, -1
        j       trip
child:  li      a0, 0                   # the child exits at once
        li      a7, 93
        ecall
done:   li      a0, 1                   # "fork-exit: done"
        la      a1, done_msg
        li      a2, done_len
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

        .include "../programs/lib/atoi.s"
