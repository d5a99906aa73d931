# write-text.s: a store into the program's own code. .text is mapped read and execute only, so
# the store is a protection fault and the process dies with SIGSEGV (exit status 139):
#
#   vmlab run programs/write-text.s
#   vmlab: programs/write-text.s: SIGSEGV: store at 0x00400000: .text [...] is not writable (pc ...)
        .text
        .globl  _start
_start:
        la      a0, _start
        li      a1, 0x13                # a nop
        sw      a1, 0(a0)               # faults: .text is r-x
        li      a0, 0                   # never reached
        li      a7, 93
        ecall
