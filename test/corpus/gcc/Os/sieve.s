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
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-16
	li	a5,20480
	lui	a4,%hi(composite)
	sw	s0,8(sp)
	addi	a1,a5,-481
	sw	ra,12(sp)
	li	a2,2
	li	a3,0
	li	s0,0
	addi	a4,a4,%lo(composite)
	li	a0,1
	addi	a5,a5,-480
.L5:
	add	a6,a2,a4
	lbu	a6,0(a6)
	bne	a6,zero,.L2
	addi	s0,s0,1
	slli	a3,a2,1
.L3:
	ble	a3,a1,.L4
	mv	a3,a2
.L2:
	addi	a2,a2,1
	bne	a2,a5,.L5
	lui	a0,%hi(.LC0)
	mv	a1,s0
	addi	a0,a0,%lo(.LC0)
	call	printf
	lw	ra,12(sp)
	andi	a0,s0,0xff
	lw	s0,8(sp)
	addi	sp,sp,16
	jr	ra
.L4:
	add	a6,a4,a3
	sb	a0,0(a6)
	add	a3,a3,a2
	j	.L3
	.size	main, .-main
	.bss
	.align	2
	.type	composite, @object
	.size	composite, 20000
composite:
	.zero	20000
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
