# Constructors by priority (ld's SORT_BY_INIT_PRIORITY): .init_array.N and .fini_array.N in the
# order of N across files, then the unnumbered ones in file order; this file and init-priority-b.s.
	.text
	.globl _start
_start:
	li a0, 0
	li a7, 93
	ecall
	.section .init_array.00300,"aw"
	.word 0xa300
	.section .init_array,"aw"
	.word 0xa000
	.section .init_array.00200,"aw"
	.word 0xa200
	.section .fini_array.00500,"aw"
	.word 0xf500
	.section .fini_array.00100,"aw"
	.word 0xf100
	.section .init_array.65535,"aw"
	.word 0xaffff
