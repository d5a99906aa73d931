# asid-switch.s [PAGES] [SWEEPS]: two processes that take turns on the CPU over a small working
# set, to show what tagging TLB entries with address-space IDs saves. The parent writes a word
# in each of PAGES pages (default 16, at most 256), then forks; parent and child each sweep the
# same PAGES pages SWEEPS times (default 500), loading one word every 64 bytes and summing them.
# The child exits with its sum's low byte; the parent waits for it (waitid) and checks that the
# child saw what it saw. With a small quantum the scheduler switches between them every few
# sweeps: without ASIDs each switch flushes the TLBs and the working set misses again; with
# --asid both processes' entries stay. Prints "asid-switch: both sums agree" and exits 0 (1 if
# not). Compare the TLB misses, walks and cycles of (bench/procs.bench.ts runs both):
#
#   vmlab run bench/asid-switch.s --quantum 20000 --stats
#   vmlab run bench/asid-switch.s --quantum 20000 --asid --stats
        .equ    PAGE, 4096
        .equ    MAX_PAGES, 256
        .equ    STRIDE, 64

        .section .rodata
usage_msg:  .ascii "usage: asid-switch [PAGES] [SWEEPS] (PAGES from 1 to 256)\n"
        usage_len = . - usage_msg
agree_msg:  .ascii "asid-switch: both sums agree\n"
        agree_len = . - agree_msg
broken_msg: .ascii "asid-switch: a call failed or the sums differ\n"
        broken_len = . - broken_msg

        .bss
        .balign PAGE
info:   .space  PAGE                    # siginfo for waitid, on a page of its own
array:  .space  MAX_PAGES * PAGE

        .text
        .globl  _start
_start:
        li      s0, 16                  # PAGES = atoi(argv[1]), 16 without one
        li      s1, 500                 # SWEEPS = atoi(argv[2]), 500 without one
        lw      s3, 0(sp)               # argc
        li      t1, 2
        blt     s3, t1, fill
        lw      a0, 8(sp)
        call    atoi
        beqz    a1, usage
        mv      s0, a0
        beqz    s0, usage
        li      t1, MAX_PAGES
        bgt     s0, t1, usage
        li      t1, 3
        blt     s3, t1, fill
        lw      a0, 12(sp)
        call    atoi
        beqz    a1, usage
        mv      s1, a0
fill:   la      t0, array               # page i holds i + 1 in its first word
        li      t1, 1
        li      t3, PAGE
1:      sw      t1, 0(t0)
        add     t0, t0, t3
        addi    t1, t1, 1
        ble     t1, s0, 1b
        li      a0, 17                  # pid = clone(SIGCHLD, 0): fork
        li      a1, 0
        li      a7, 220
        ecall
        bltz    a0, broken
        mv      s2, a0                  # the child's pid, 0 in the child
        li      s4, 0                   # the sum: parent and child run the same sweeps
        slli    s5, s0, 12              # PAGES * PAGE: the working set's size
sweep:  beqz    s1, swept
        la      t0, array
        add     t1, t0, s5              # its end
2:      lw      t2, 0(t0)
        add     s4, s4, t2
        addi    t0, t0, STRIDE
        bne     t0, t1, 2b
        addi    s1, s1, -1
        j       sweep
swept:  andi    s4, s4, 0xff
        bnez    s2, parent
        mv      a0, s4                  # the child: exit(sum & 0xff)
        li      a7, 93
        ecall
parent: li      a0, 1                   # waitid(P_PID, pid, &info, WEXITED, NULL)
        mv      a1, s2
        la      a2, info
        li      a3, 4
        li      a4, 0
        li      a7, 95
        ecall
        bnez    a0, broken
        la      t0, info                # si_pid == pid, si_status == my sum & 0xff
        lw      t1, 12(t0)
        bne     t1, s2, broken
        lw      t1, 20(t0)
        bne     t1, s4, broken
        li      a0, 1
        la      a1, agree_msg
        li      a2, agree_len
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
