# The second file of init-priority-a.s.
	.section .init_array.00250,"aw"
	.word 0xb250
	.section .init_array.101,"aw"
	.word 0xb101
	.section .init_array,"aw"
	.word 0xb000
