	.file	"sieve.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.local	composite
	.comm	composite,20000,4
	.section	.rodata
	.align	2
.LC0:
	.string	"%d primes below %d, the last %d\n"
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	sw	zero,-20(s0)
	sw	zero,-24(s0)
	li	a5,2
	sw	a5,-28(s0)
	j	.L2
.L7:
	lui	a5,%hi(composite)
	addi	a4,a5,%lo(composite)
	lw	a5,-28(s0)
	add	a5,a4,a5
	lbu	a5,0(a5)
	bne	a5,zero,.L9
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
	lw	a5,-28(s0)
	sw	a5,-24(s0)
	lw	a5,-28(s0)
	slli	a5,a5,1
	sw	a5,-32(s0)
	j	.L5
.L6:
	lui	a5,%hi(composite)
	addi	a4,a5,%lo(composite)
	lw	a5,-32(s0)
	add	a5,a4,a5
	li	a4,1
	sb	a4,0(a5)
	lw	a4,-32(s0)
	lw	a5,-28(s0)
	add	a5,a4,a5
	sw	a5,-32(s0)
.L5:
	lw	a4,-32(s0)
	li	a5,20480
	addi	a5,a5,-481
	ble	a4,a5,.L6
	j	.L4
.L9:
	nop
.L4:
	lw	a5,-28(s0)
	addi	a5,a5,1
	sw	a5,-28(s0)
.L2:
	lw	a4,-28(s0)
	li	a5,20480
	addi	a5,a5,-481
	ble	a4,a5,.L7
	lw	a3,-24(s0)
	li	a5,20480
	addi	a2,a5,-480
	lw	a1,-20(s0)
	lui	a5,%hi(.LC0)
	addi	a0,a5,%lo(.LC0)
	call	printf
	lw	a4,-20(s0)
	srai	a5,a4,31
	srli	a5,a5,24
	add	a4,a4,a5
	andi	a4,a4,255
	sub	a5,a4,a5
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	main, .-main
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
