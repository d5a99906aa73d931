/* Program entry for the freestanding C oracle programs: main(argc, argv), then exit. */
        .text
        .globl  _start
_start:
        lw      a0, 0(sp)
        addi    a1, sp, 4
        call    main
        li      a7, 93
        ecall
