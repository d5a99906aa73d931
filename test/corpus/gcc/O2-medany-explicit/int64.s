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
	.globl	__moddi3
	.align	2
.LC5:
	.string	"%llx %llx %d\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	.LA0: auipc	a5,%pcrel_hi(.LC0)
	li	a4,-77160448
	addi	sp,sp,-64
	lw	a2,%pcrel_lo(.LA0)(a5)
	lw	a3,%pcrel_lo(.LA0+4)(a5)
	addi	a4,a4,-46
	li	a5,-1
	sw	a4,0(sp)
	.LA1: auipc	a0,%pcrel_hi(.LC1)
	li	a4,-798720
	sw	a5,4(sp)
	li	a7,-1
	li	a6,-30
	addi	a4,a4,-1324
	li	a5,-1
	addi	a0,a0,%pcrel_lo(.LA1)
	sw	s0,56(sp)
	sw	s1,52(sp)
	sw	ra,60(sp)
	sw	s2,48(sp)
	sw	s3,44(sp)
	sw	s4,40(sp)
	sw	s5,36(sp)
	sw	s6,32(sp)
	sw	s7,28(sp)
	sw	s8,24(sp)
	sw	s9,20(sp)
	call	printf
	li	s0,27
	li	a2,27
	li	a3,0
	li	s1,0
	li	a7,1
.L18:
	slli	a5,s0,1
	srli	a0,s0,31
	slli	a4,s1,1
	add	a1,a5,s0
	or	a4,a0,a4
	add	a4,a4,s1
	sltu	a5,a1,a5
	addi	a0,a1,1
	andi	a6,s0,1
	add	a5,a5,a4
	sltu	a1,a0,a1
	slli	a4,s1,31
	srli	s0,s0,1
	beq	a6,zero,.L2
	mv	s0,a0
	add	s1,a1,a5
.L4:
	bgtu	s1,a3,.L6
	beq	s1,a3,.L23
.L5:
	bne	s0,a7,.L18
.L24:
	bne	s1,zero,.L18
	.LA2: auipc	a0,%pcrel_hi(.LC2)
	addi	a0,a0,%pcrel_lo(.LA2)
	li	s4,1000001536
	call	printf
	li	s7,1
	li	s6,0
	li	s9,10
	li	s2,3
	li	s3,0
	li	s8,1000
	addi	s4,s4,-1529
	li	s5,0
.L9:
	andi	a5,s8,1
	mv	a2,s4
	mv	a3,s5
	addi	s9,s9,-1
	beq	a5,zero,.L8
	mul	a5,s3,s7
	mul	s6,s6,s2
	mulhu	a1,s2,s7
	add	s6,a5,s6
	mul	a0,s2,s7
	add	a1,s6,a1
	call	__umoddi3
	mv	s7,a0
	mv	s6,a1
.L8:
	mul	s3,s3,s2
	mv	a2,s4
	mv	a3,s5
	srli	s8,s8,1
	mulhu	a1,s2,s2
	slli	s3,s3,1
	mul	a0,s2,s2
	add	a1,s3,a1
	call	__umoddi3
	mv	s2,a0
	mv	s3,a1
	bne	s9,zero,.L9
	.LA3: auipc	a0,%pcrel_hi(.LC2)
	mv	a2,s7
	mv	a3,s6
	addi	a0,a0,%pcrel_lo(.LA3)
	call	printf
	.LA4: auipc	a5,%pcrel_hi(.LC3)
	.LA5: auipc	a3,%pcrel_hi(.LC4)
	lw	a4,%pcrel_lo(.LA4)(a5)
	lw	a2,%pcrel_lo(.LA5)(a3)
	lw	a5,%pcrel_lo(.LA4+4)(a5)
	lw	a3,%pcrel_lo(.LA5+4)(a3)
	.LA6: auipc	a0,%pcrel_hi(.LC5)
	li	a6,1
	addi	a0,a0,%pcrel_lo(.LA6)
	call	printf
	li	s5,4
	li	s2,2
	li	s3,0
	li	s4,10
.L11:
	andi	a5,s4,1
	li	a2,1000
	li	a3,0
	addi	s5,s5,-1
	beq	a5,zero,.L10
	mul	a5,s3,s0
	mul	s1,s1,s2
	mulhu	a1,s0,s2
	add	s1,s1,a5
	mul	a0,s0,s2
	add	a1,s1,a1
	call	__umoddi3
	mv	s0,a0
	mv	s1,a1
.L10:
	mul	s3,s3,s2
	li	a2,1000
	li	a3,0
	srli	s4,s4,1
	mulhu	a1,s2,s2
	slli	s3,s3,1
	mul	a0,s2,s2
	add	a1,s3,a1
	call	__umoddi3
	mv	s2,a0
	mv	s3,a1
	bne	s5,zero,.L11
	slli	a4,s1,12
	srli	a3,s0,20
	li	a5,1048576
	addi	a5,a5,-1
	or	a3,a4,a3
	and	a3,a3,a5
	and	a4,s0,a5
	srli	a2,s1,8
	and	a5,a2,a5
	add	a4,a4,a3
	add	a4,a4,a5
	srli	a5,s1,28
	add	a4,a4,a5
	li	a5,25
	remu	a4,a4,a5
	li	a3,-1030791168
	li	a2,-1889783808
	addi	a3,a3,-983
	addi	a2,a2,-1803
	li	a0,100
	lw	ra,60(sp)
	lw	s2,48(sp)
	lw	s3,44(sp)
	lw	s4,40(sp)
	lw	s5,36(sp)
	lw	s6,32(sp)
	lw	s7,28(sp)
	lw	s8,24(sp)
	lw	s9,20(sp)
	sub	a4,s0,a4
	sgtu	a5,a4,s0
	sub	a5,s1,a5
	mul	a2,a4,a2
	lw	s1,52(sp)
	mul	a5,a5,a3
	mulhu	a1,a4,a3
	add	a5,a5,a2
	mul	a4,a4,a3
	add	a5,a5,a1
	slli	a5,a5,30
	srli	a4,a4,2
	or	a4,a5,a4
	mul	a0,a0,a4
	sub	a0,s0,a0
	lw	s0,56(sp)
	addi	sp,sp,64
	jr	ra
.L23:
	bleu	s0,a2,.L5
.L6:
	mv	a2,s0
	mv	a3,s1
	bne	s0,a7,.L18
	j	.L24
.L2:
	srli	s1,s1,1
	or	s0,a4,s0
	j	.L4
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
