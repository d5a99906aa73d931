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
	.globl	__umoddi3
	.align	2
.LC5:
	.string	"%llx %llx %d\n"
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-64
	sw	ra,60(sp)
	sw	s0,56(sp)
	sw	s1,52(sp)
	sw	s2,48(sp)
	sw	s3,44(sp)
	sw	s4,40(sp)
	sw	s5,36(sp)
	sw	s6,32(sp)
	sw	s7,28(sp)
	sw	s8,24(sp)
	sw	s9,20(sp)
	li	a4,-77160448
	addi	a4,a4,-46
	li	a5,-1
	sw	a4,0(sp)
	sw	a5,4(sp)
	li	a6,-30
	li	a7,-1
	li	a4,-798720
	addi	a4,a4,-1324
	li	a5,-1
	lui	a3,%hi(.LC0)
	lw	a2,%lo(.LC0)(a3)
	lw	a3,%lo(.LC0+4)(a3)
	lui	a0,%hi(.LC1)
	addi	a0,a0,%lo(.LC1)
	call	printf
	li	a2,27
	li	a3,0
	li	s0,27
	li	s3,0
	li	a0,1
	j	.L14
.L2:
	slli	a5,s3,31
	srli	s0,s0,1
	or	s0,a5,s0
	srli	s3,s3,1
	j	.L4
.L6:
	mv	a2,s0
	mv	a3,s3
.L5:
	beq	s0,a0,.L16
.L14:
	andi	a5,s0,1
	beq	a5,zero,.L2
	srli	a5,s0,31
	slli	a1,s3,1
	or	a1,a5,a1
	slli	a5,s0,1
	add	a4,a5,s0
	sltu	a5,a4,a5
	add	a1,a1,s3
	add	a5,a5,a1
	addi	s0,a4,1
	sltu	a4,s0,a4
	add	s3,a4,a5
.L4:
	bgtu	s3,a3,.L6
	bne	s3,a3,.L5
	bleu	s0,a2,.L5
	j	.L6
.L16:
	bne	s3,zero,.L14
	lui	a0,%hi(.LC2)
	addi	a0,a0,%lo(.LC2)
	call	printf
	mv	s7,s0
	mv	s6,s3
	li	s9,10
	li	s2,3
	li	s1,0
	li	s8,1000
	li	s4,1000001536
	addi	s4,s4,-1529
	li	s5,0
	j	.L9
.L8:
	mul	s1,s1,s2
	slli	s1,s1,1
	mulhu	a1,s2,s2
	mv	a2,s4
	mv	a3,s5
	mul	a0,s2,s2
	add	a1,s1,a1
	call	__umoddi3
	mv	s1,a1
	mv	s2,a0
	srli	s8,s8,1
	addi	s9,s9,-1
	beq	s9,zero,.L17
.L9:
	andi	a5,s8,1
	beq	a5,zero,.L8
	mul	a1,s1,s7
	mul	s6,s6,s2
	add	s6,a1,s6
	mulhu	a1,s2,s7
	mv	a2,s4
	mv	a3,s5
	mul	a0,s2,s7
	add	a1,s6,a1
	call	__umoddi3
	mv	s7,a0
	mv	s6,a1
	j	.L8
.L17:
	mv	a2,s7
	mv	a3,s6
	lui	a0,%hi(.LC2)
	addi	a0,a0,%lo(.LC2)
	call	printf
	li	a6,1
	lui	a5,%hi(.LC3)
	lw	a4,%lo(.LC3)(a5)
	lw	a5,%lo(.LC3+4)(a5)
	lui	a3,%hi(.LC4)
	lw	a2,%lo(.LC4)(a3)
	lw	a3,%lo(.LC4+4)(a3)
	lui	a0,%hi(.LC5)
	addi	a0,a0,%lo(.LC5)
	call	printf
	li	s5,4
	li	s1,2
	li	s2,0
	li	s4,10
	j	.L11
.L10:
	mul	s2,s2,s1
	slli	s2,s2,1
	mulhu	a1,s1,s1
	li	a2,1000
	li	a3,0
	mul	a0,s1,s1
	add	a1,s2,a1
	call	__umoddi3
	mv	s2,a1
	mv	s1,a0
	srli	s4,s4,1
	addi	s5,s5,-1
	beq	s5,zero,.L18
.L11:
	andi	a5,s4,1
	beq	a5,zero,.L10
	mul	a1,s2,s0
	mul	a5,s3,s1
	add	a5,a1,a5
	mulhu	a1,s1,s0
	li	a2,1000
	li	a3,0
	mul	a0,s1,s0
	add	a1,a5,a1
	call	__umoddi3
	mv	s0,a0
	mv	s3,a1
	j	.L10
.L18:
	li	a5,1048576
	addi	a5,a5,-1
	and	a4,s0,a5
	slli	a2,s3,12
	srli	a3,s0,20
	or	a3,a2,a3
	and	a3,a3,a5
	add	a4,a4,a3
	srli	a3,s3,8
	and	a5,a3,a5
	add	a4,a4,a5
	srli	a5,s3,28
	add	a4,a4,a5
	li	a5,25
	remu	a4,a4,a5
	sub	a4,s0,a4
	sgtu	a5,a4,s0
	sub	a5,s3,a5
	li	a2,-1030791168
	addi	a2,a2,-983
	mul	a5,a5,a2
	li	a3,-1889783808
	addi	a3,a3,-1803
	mul	a3,a4,a3
	add	a5,a5,a3
	mul	a3,a4,a2
	mulhu	a4,a4,a2
	add	a5,a5,a4
	slli	a5,a5,30
	srli	a4,a3,2
	or	a4,a5,a4
	li	a0,100
	mul	a0,a0,a4
	sub	a0,s0,a0
	lw	ra,60(sp)
	lw	s0,56(sp)
	lw	s1,52(sp)
	lw	s2,48(sp)
	lw	s3,44(sp)
	lw	s4,40(sp)
	lw	s5,36(sp)
	lw	s6,32(sp)
	lw	s7,28(sp)
	lw	s8,24(sp)
	lw	s9,20(sp)
	addi	sp,sp,64
	jr	ra
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
