# exec-twice.s PROG: two processes run the same program, and its pages come from the disk once
# (CS:APP's "sharing revisited: the fork and execve functions"). The parent forks; the child
# execve()s PROG; the parent waits for it (waitid), says how it ended, and execve()s PROG too.
# PROG's pages are private mappings of one file: the child's first touch of each reads it into
# the page cache (a major fault), the parent's finds it there (a minor fault, no disk read).
# --stats shows the pages read from the disk once and the second process's faults minor. PROG's
# text is read-only, so both processes map the page cache's frames themselves: one frame a page.
# PROG is looked up in the guest's file tree (--root); it gets PROG as argv[0] and this
# program's environment. Exits with PROG's status (127 if the execve fails).
#
#   vmlab asm programs/hello.s -o hello && vmlab run programs/exec-twice.s hello --stats
        .equ    SYS_write, 64
        .equ    SYS_exit, 93
        .equ    SYS_waitid, 95
        .equ    SYS_clone, 220
        .equ    SYS_execve, 221

        .section .rodata
usage_msg:  .asciz "usage: exec-twice PROG\n"
fail_msg:   .asciz "exec-twice: fork or waitid failed\n"
exec_msg:   .asciz "exec-twice: execve failed\n"
parent_end: .asciz "exec-twice: child "
exited_msg: .asciz " exited with status "
killed_msg: .asciz " was killed by signal "
now_msg:    .asciz "; now pid 1 runs "
newline:    .asciz "\n"

        .bss
        .balign 4096
info:   .space  128                     # siginfo for waitid

        .text
        .globl  _start
_start:
        lw      t0, 0(sp)               # argc == 2
        li      t1, 2
        bne     t0, t1, usage
        li      a0, 17                  # pid = fork()
        li      a1, 0
        li      a7, SYS_clone
        ecall
        bltz    a0, fail
        beqz    a0, run                 # the child runs PROG at once
        mv      s2, a0
        li      a0, 1                   # waitid(P_PID, pid, &info, WEXITED, NULL)
        mv      a1, s2
        la      a2, info
        li      a3, 4
        li      a4, 0
        li      a7, SYS_waitid
        ecall
        bnez    a0, fail
        la      a0, parent_end          # exec-twice: child N exited with status S (or was killed by signal S)
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
        la      a0, now_msg             # ; now pid 1 runs PROG
        call    puts
        lw      a0, 8(sp)
        call    puts
        la      a0, newline
        call    puts
run:    lw      a0, 8(sp)               # execve(argv[1], &argv[1], envp): argv[1] and the NULL
        addi    a1, sp, 8               # after it are PROG's argv, already on the stack
        addi    a2, sp, 16
        li      a7, SYS_execve
        ecall
        la      a0, exec_msg            # execve returned: it failed
        call    puts
        li      a0, 127
        li      a7, SYS_exit
        ecall

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
