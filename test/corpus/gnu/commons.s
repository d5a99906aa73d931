# Common symbols declared without an alignment, as GNU as aligns them: a global .comm to the
# smallest power of 2 not below its size (at most 16), .lcomm to the largest not above it (at
# most 8), a .local name's .comm not at all. (The .bss before them is 8 bytes: vmlab starts its
# local commons at their largest alignment, GNU right after the file's .bss; docs/assembler.md.)
# A .comm again with another size keeps the first (GNU's warning), and takes the new alignment.
        .text
        .globl  _start
_start: ret
        .bss
        .word   0, 0
        .lcomm  lc1, 1
        .local  ll1
        .comm   ll1, 1
        .comm   gc1, 1
        .lcomm  lc2, 2
        .local  ll2
        .comm   ll2, 2
        .comm   gc2, 2
        .lcomm  lc3, 3
        .local  ll3
        .comm   ll3, 3
        .comm   gc3, 3
        .lcomm  lc5, 5
        .local  ll5
        .comm   ll5, 5
        .comm   gc5, 5
        .lcomm  lc7, 7
        .local  ll7
        .comm   ll7, 7
        .comm   gc7, 7
        .lcomm  lc8, 8
        .local  ll8
        .comm   ll8, 8
        .comm   gc8, 8
        .lcomm  lc9, 9
        .local  ll9
        .comm   ll9, 9
        .comm   gc9, 9
        .lcomm  lc17, 17
        .local  ll17
        .comm   ll17, 17
        .comm   gc17, 17
        .lcomm  lc40, 40
        .local  ll40
        .comm   ll40, 40
        .comm   gc40, 40
        .comm   grown, 4
        .comm   grown, 8
        .comm   shrunk, 8
        .comm   shrunk, 4
        .comm   realigned, 4, 4
        .comm   realigned, 8, 64
        .comm   unaligned, 4, 64
        .comm   unaligned, 8
