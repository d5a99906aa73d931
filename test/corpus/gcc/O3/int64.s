	.file	"int64.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC1:
	.string	"%lld %lld %lld %lld\n"
	.align	2
.LC2:
	.string	"%llu\n"
	.align	2
.LC5:
	.string	"%llx %llx %d\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	lui	a5,%hi(.LC0)
	li	a4,-77160448
	addi	sp,sp,-32
	lw	a2,%lo(.LC0)(a5)
	lw	a3,%lo(.LC0+4)(a5)
	addi	a4,a4,-46
	li	a5,-1
	sw	a4,0(sp)
	lui	a0,%hi(.LC1)
	li	a4,-798720
	sw	a5,4(sp)
	li	a7,-1
	li	a5,-1
	li	a6,-30
	addi	a4,a4,-1324
	addi	a0,a0,%lo(.LC1)
	sw	ra,28(sp)
	sw	s0,24(sp)
	call	printf
	li	a2,27
	li	a3,0
	li	a5,27
	li	a1,0
	li	a7,1
.L11:
	andi	a4,a5,1
	beq	a4,zero,.L2
	srli	a6,a5,31
	slli	a4,a5,1
	slli	a0,a1,1
	add	a5,a4,a5
	or	a0,a6,a0
	add	a0,a0,a1
	addi	a6,a5,1
	sltu	a4,a5,a4
	add	a4,a4,a0
	sltu	a5,a6,a5
	add	a4,a5,a4
	mv	a1,a4
	mv	a5,a6
	bgtu	a4,a3,.L5
	beq	a4,a3,.L14
.L4:
	bne	a6,a7,.L11
.L15:
	bne	a4,zero,.L11
.L7:
	lui	s0,%hi(.LC2)
	addi	a0,s0,%lo(.LC2)
	call	printf
	li	a2,56889344
	addi	a2,a2,-1151
	li	a3,0
	addi	a0,s0,%lo(.LC2)
	call	printf
	lui	a5,%hi(.LC3)
	lui	a3,%hi(.LC4)
	lw	a4,%lo(.LC3)(a5)
	lw	a2,%lo(.LC4)(a3)
	lw	a5,%lo(.LC3+4)(a5)
	lw	a3,%lo(.LC4+4)(a3)
	lui	a0,%hi(.LC5)
	li	a6,1
	addi	a0,a0,%lo(.LC5)
	call	printf
	lw	ra,28(sp)
	lw	s0,24(sp)
	li	a0,24
	addi	sp,sp,32
	jr	ra
.L14:
	bleu	a6,a2,.L4
.L5:
	mv	a2,a6
	mv	a3,a4
	bne	a6,a7,.L11
	j	.L15
.L2:
	slli	a6,a1,31
	srli	a4,a5,1
	srli	a0,a1,1
	or	a4,a6,a4
	mv	a1,a0
	mv	a5,a4
	bgtu	a0,a3,.L9
	beq	a0,a3,.L16
.L8:
	bne	a4,a7,.L11
.L17:
	bne	a0,zero,.L11
	j	.L7
.L16:
	bleu	a4,a2,.L8
.L9:
	mv	a2,a4
	mv	a3,a0
	bne	a4,a7,.L11
	j	.L17
	.size	main, .-main
	.section	.srodata.cst8,"aM",@progbits,8
	.align	3
.LC0:
	.word	-394328602
	.word	-28389
	.align	3
.LC3:
	.word	-878082203
	.word	4077
	.align	3
.LC4:
	.word	1126236160
	.word	-878082203
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
