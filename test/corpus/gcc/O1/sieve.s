	.file	"sieve.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"%d primes below %d, the last %d\n"
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-16
	sw	ra,12(sp)
	sw	s0,8(sp)
	lui	a6,%hi(composite+2)
	addi	a6,a6,%lo(composite+2)
	lui	t1,%hi(composite+4)
	addi	t1,t1,%lo(composite+4)
	li	a7,4
	li	a2,2
	li	a3,0
	li	s0,0
	li	t3,20480
	addi	a1,t3,-481
	li	a0,1
	addi	t3,t3,-480
	j	.L4
.L5:
	mv	a3,a2
.L2:
	addi	a2,a2,1
	addi	a6,a6,1
	addi	a7,a7,2
	addi	t1,t1,2
	beq	a2,t3,.L9
.L4:
	lbu	a5,0(a6)
	bne	a5,zero,.L2
	addi	s0,s0,1
	mv	a5,a7
	bgt	a7,a1,.L5
	mv	a3,a2
	mv	a4,t1
.L3:
	sb	a0,0(a4)
	add	a5,a5,a2
	add	a4,a4,a3
	ble	a5,a1,.L3
	mv	a3,a2
	j	.L2
.L9:
	li	a2,20480
	addi	a2,a2,-480
	mv	a1,s0
	lui	a0,%hi(.LC0)
	addi	a0,a0,%lo(.LC0)
	call	printf
	srai	a0,s0,31
	srli	a0,a0,24
	add	a5,s0,a0
	andi	a5,a5,255
	sub	a0,a5,a0
	lw	ra,12(sp)
	lw	s0,8(sp)
	addi	sp,sp,16
	jr	ra
	.size	main, .-main
	.bss
	.align	2
	.type	composite, @object
	.size	composite, 20000
composite:
	.zero	20000
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
