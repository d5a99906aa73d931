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
	li	t4,20480
	.LA0: auipc	a7,%pcrel_hi(composite+2)
	.LA1: auipc	t3,%pcrel_hi(composite+4)
	sw	s0,8(sp)
	addi	a0,t4,-481
	sw	ra,12(sp)
	addi	a7,a7,%pcrel_lo(.LA0)
	addi	t3,t3,%pcrel_lo(.LA1)
	li	t1,4
	li	a2,2
	li	a3,0
	li	s0,0
	li	a6,1
	addi	t4,t4,-480
	j	.L5
.L2:
	addi	a2,a2,1
	addi	a7,a7,1
	addi	t1,t1,2
	addi	t3,t3,2
	beq	a2,t4,.L10
.L5:
	lbu	a5,0(a7)
	bne	a5,zero,.L2
	addi	s0,s0,1
	mv	a5,t1
	bgtu	t1,a0,.L3
	mv	a4,t3
.L4:
	sb	a6,0(a4)
	add	a5,a5,a2
	add	a4,a4,a2
	ble	a5,a0,.L4
.L3:
	mv	a3,a2
	addi	a2,a2,1
	addi	a7,a7,1
	addi	t1,t1,2
	addi	t3,t3,2
	bne	a2,t4,.L5
.L10:
	.LA2: auipc	a0,%pcrel_hi(.LC0)
	mv	a1,s0
	addi	a0,a0,%pcrel_lo(.LA2)
	call	printf
	lw	ra,12(sp)
	andi	a0,s0,0xff
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
