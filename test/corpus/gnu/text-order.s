# ld's script lines for .text: .text.*_unlikely with .text.unlikely first, .text.sorted.* sorted by name.
	.text
	.globl _start
_start:
	li a0, 0
	li a7, 93
	ecall
	.section .text.sorted.0003,"ax"
s3:	addi x0, x0, 3
	.section .text.sorted.0001,"ax"
s1:	addi x0, x0, 1
	.section .text.sorted.0002,"ax"
s2:	addi x0, x0, 2
	.section .text.foo_unlikely,"ax"
u:	addi x0, x0, 9
	.section .text.zz,"ax"
z:	addi x0, x0, 10
