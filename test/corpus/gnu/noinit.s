# gcc's __attribute__((section(".noinit"))): BFD makes .noinit zero-filled by its name, and ld
# places it after .bss, as an orphan.
        .text
        .globl  _start
_start: lui     a0, %hi(keep)
        lw      a0, %lo(keep)(a0)
        lui     a1, %hi(val)
        lw      a1, %lo(val)(a1)
        add     a0, a0, a1              # exit status 5
        li      a7, 93
        ecall
        .data
        .globl  val
val:    .word   5
        .section .noinit, "aw"
        .globl  keep
        .p2align 2
keep:   .zero   4
        .bss
        .globl  z
z:      .zero   8
