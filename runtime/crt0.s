# vmlab's C runtime: the program entry. Sets gp (as RISC-V C runtimes do), runs the
# constructors in .init_array, calls main(argc, argv, envp) and exits with its result.
        .text
        .globl  _start
_start:
        .option push
        .option norelax
        la      gp, __global_pointer$
        .option pop
        lw      s0, 0(sp)               # argc
        addi    s1, sp, 4               # argv
        slli    s2, s0, 2
        add     s2, s2, s1
        addi    s2, s2, 4               # envp: after argv's NULL
        la      s3, __init_array_start
        la      s4, __init_array_end
1:      bgeu    s3, s4, 2f
        lw      t0, 0(s3)
        jalr    t0
        addi    s3, s3, 4
        j       1b
2:      mv      a0, s0
        mv      a1, s1
        mv      a2, s2
        call    main
        call    exit
