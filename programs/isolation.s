# isolation.s: every process has an address space of its own, and no address reaches another's
# memory (CS:APP's "VM as a tool for memory protection"). Four children, one after the other,
# each waited for with waitid (the parent prints the siginfo it gets):
#   1. the parent stores 1 at `value` and forks; the child stores 2 at the same address and reads
#      2; the parent still reads 1 (the child's store copied the page: copy-on-write);
#   2. the parent forks, then maps a page at 0x60000000 and stores 42 there, and tells the child
#      through a pipe; the child loads from 0x60000000: no area covers it in the child's address
#      space, so the child dies with SIGSEGV (CLD_KILLED, si_status 11);
#   3. a child loads from 0xc0000000, where the kernel maps all of physical RAM (every process's
#      frames) with supervisor-only pages: SIGSEGV;
#   4. a child stores there: SIGSEGV.
#
#   vmlab run programs/isolation.s --stats
        .equ    PAGE, 4096
        .equ    ELSEWHERE, 0x60000000
        .equ    KERNEL, 0xc0000000
        .equ    SYS_close, 57
        .equ    SYS_pipe2, 59
        .equ    SYS_read, 63
        .equ    SYS_write, 64
        .equ    SYS_exit, 93
        .equ    SYS_waitid, 95
        .equ    SYS_clone, 220
        .equ    SYS_mmap2, 222

        .section .rodata
fail_msg:   .asciz "isolation: a system call failed\n"
p_stored:   .asciz "parent: stored 1 at "
c_stored:   .asciz "child:  stored 2 at "
p_still:    .asciz "parent: "
reads:      .asciz " reads "
p_mapped:   .asciz "parent: mapped a page at 0x60000000 after the fork, stored 42 there\n"
c_load_mine: .asciz "child:  loading from 0x60000000\n"
c_load_k:   .asciz "child:  loading from 0xc0000000 (the kernel's map of physical RAM)\n"
c_store_k:  .asciz "child:  storing to 0xc0000000\n"
c_survived: .asciz "child:  the access worked!\n"
w_pid:      .asciz "parent: waitid: si_pid "
w_code:     .asciz ", si_code "
w_exited:   .asciz " (CLD_EXITED)"
w_killed:   .asciz " (CLD_KILLED)"
w_status:   .asciz ", si_status "
newline:    .asciz "\n"
go:         .ascii "g"

        .data
        .balign 4
value:  .word   0

        .bss
        .balign PAGE
info:   .space  128                     # siginfo for waitid
fds:    .space  8                       # the pipe
buf:    .space  4

        .text
        .globl  _start
_start:
# 1. The same address in two processes.
        la      s1, value
        li      t0, 1
        sw      t0, 0(s1)
        la      a0, p_stored            # parent: stored 1 at V
        call    puts
        mv      a0, s1
        call    puthex
        la      a0, newline
        call    puts
        jal     s11, fork
        bnez    a0, 1f
        li      t0, 2                   # child: store 2 at V, read it back
        sw      t0, 0(s1)
        la      a0, c_stored            # child:  stored 2 at V reads 2
        call    puts
        mv      a0, s1
        call    puthex
        la      a0, reads
        call    puts
        lw      a0, 0(s1)
        call    putdec
        la      a0, newline
        call    puts
        li      a0, 0
        li      a7, SYS_exit
        ecall
1:      jal     s11, wait               # parent: waitid: ...; then parent: V reads 1
        la      a0, p_still
        call    puts
        mv      a0, s1
        call    puthex
        la      a0, reads
        call    puts
        lw      a0, 0(s1)
        call    putdec
        la      a0, newline
        call    puts

# 2. A page the parent maps after the fork.
        la      a0, fds                 # pipe2(fds, 0)
        li      a1, 0
        li      a7, SYS_pipe2
        ecall
        bnez    a0, fail
        jal     s11, fork
        bnez    a0, 2f
        lw      a0, fds+4               # child: close(fds[1]), so that read() sees the end if the parent dies
        li      a7, SYS_close
        ecall
        lw      a0, fds                 # read(fds[0], buf, 1): wait for the parent's word
        la      a1, buf
        li      a2, 1
        li      a7, SYS_read
        ecall
        li      t0, 1
        bne     a0, t0, fail
        la      a0, c_load_mine
        call    puts
        li      t0, ELSEWHERE
load_mine:
        lw      t1, 0(t0)               # SIGSEGV: nothing is mapped there in this address space
        j       survived
2:      lw      a0, fds                 # parent: close(fds[0])
        li      a7, SYS_close
        ecall
        li      a0, ELSEWHERE           # mmap(0x60000000, 4096, PROT_READ|PROT_WRITE,
        li      a1, PAGE                #   MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0)
        li      a2, 3
        li      a3, 0x32
        li      a4, -1
        li      a5, 0
        li      a7, SYS_mmap2
        ecall
        li      t0, ELSEWHERE
        bne     a0, t0, fail
        li      t1, 42
        sw      t1, 0(t0)
        la      a0, p_mapped
        call    puts
        lw      a0, fds+4               # write(fds[1], "g", 1): the child may go on
        la      a1, go
        li      a2, 1
        li      a7, SYS_write
        ecall
        li      t0, 1
        bne     a0, t0, fail
        lw      a0, fds+4               # close(fds[1])
        li      a7, SYS_close
        ecall
        jal     s11, wait

# 3. and 4. Kernel space.
        jal     s11, fork
        bnez    a0, 3f
        la      a0, c_load_k
        call    puts
        li      t0, KERNEL
load_kernel:
        lw      t1, 0(t0)               # SIGSEGV: a supervisor-only page
        j       survived
3:      jal     s11, wait
        jal     s11, fork
        bnez    a0, 4f
        la      a0, c_store_k
        call    puts
        li      t0, KERNEL
store_kernel:
        sw      t0, 0(t0)               # SIGSEGV: a supervisor-only page
        j       survived
4:      jal     s11, wait
        li      a0, 0
        li      a7, SYS_exit
        ecall

survived:
        la      a0, c_survived
        call    puts
        li      a0, 1
        li      a7, SYS_exit
        ecall

# fork: a0 = fork() (the child's pid in the parent, 0 in the child), or fail. Returns by s11.
fork:   li      a0, 17
        li      a1, 0
        li      a7, SYS_clone
        ecall
        bltz    a0, fail
        jr      s11

# wait: waitid(P_ALL, 0, &info, WEXITED, NULL), then print
# "parent: waitid: si_pid P, si_code C (CLD_...), si_status S". Returns by s11.
wait:   li      a0, 0
        li      a1, 0
        la      a2, info
        li      a3, 4
        li      a4, 0
        li      a7, SYS_waitid
        ecall
        bnez    a0, fail
        la      a0, w_pid
        call    puts
        lw      a0, info+12
        call    putdec
        la      a0, w_code
        call    puts
        lw      a0, info+8
        call    putdec
        lw      t0, info+8
        li      t1, 1
        la      a0, w_exited
        beq     t0, t1, 5f
        li      t1, 2
        la      a0, w_killed
        beq     t0, t1, 5f
        la      a0, newline + 1         # the empty string: an unknown si_code
5:      call    puts
        la      a0, w_status
        call    puts
        lw      a0, info+20
        call    putdec
        la      a0, newline
        call    puts
        jr      s11

fail:   la      a0, fail_msg
        call    puts
        li      a0, 1
        li      a7, SYS_exit
        ecall

        .include "lib/print.s"
