/*
 * Program entry for the freestanding C programs (test/c, bench/c): gp set to the linker's
 * __global_pointer$ (ld relaxes accesses to data near it into gp-relative ones, so a program
 * needs it set, as a C library's start-up sets it), then main(argc, argv), then exit.
 */
        .text
        .globl  _start
_start:
        .option push
        .option norelax
        la      gp, __global_pointer$
        .option pop
        lw      a0, 0(sp)
        addi    a1, sp, 4
        call    main
        li      a7, 93
        ecall
