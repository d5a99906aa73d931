	.file	"chars.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	2
	.type	expr, @function
expr:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	sw	s1,20(sp)
	sw	s2,16(sp)
	sw	s3,12(sp)
	call	term
	mv	s0,a0
	lui	s1,%hi(p)
	li	s2,43
	li	s3,45
	j	.L2
.L3:
	addi	a5,a5,1
	sw	a5,%lo(p)(s1)
	call	term
	add	s0,s0,a0
.L2:
	lw	a5,%lo(p)(s1)
	lbu	a4,0(a5)
	beq	a4,s2,.L3
	bne	a4,s3,.L8
	addi	a5,a5,1
	sw	a5,%lo(p)(s1)
	call	term
	sub	s0,s0,a0
	j	.L2
.L8:
	mv	a0,s0
	lw	ra,28(sp)
	lw	s0,24(sp)
	lw	s1,20(sp)
	lw	s2,16(sp)
	lw	s3,12(sp)
	addi	sp,sp,32
	jr	ra
	.size	expr, .-expr
	.align	2
	.type	factor, @function
factor:
	addi	sp,sp,-16
	sw	ra,12(sp)
	sw	s0,8(sp)
	lui	a5,%hi(p)
	lw	a3,%lo(p)(a5)
	lbu	a4,0(a3)
	li	a5,40
	beq	a4,a5,.L19
	li	a5,45
	beq	a4,a5,.L12
	addi	a5,a4,-48
	andi	a5,a5,0xff
	li	a1,9
	addi	a3,a3,1
	li	a0,0
	li	a2,9
	bgtu	a5,a1,.L9
.L15:
	slli	a5,a0,2
	add	a5,a5,a0
	slli	a5,a5,1
	mv	a1,a3
	addi	a4,a4,-48
	add	a0,a4,a5
	lbu	a4,0(a3)
	addi	a3,a3,1
	addi	a5,a4,-48
	andi	a5,a5,0xff
	bleu	a5,a2,.L15
	lui	a5,%hi(p)
	sw	a1,%lo(p)(a5)
.L9:
	lw	ra,12(sp)
	lw	s0,8(sp)
	addi	sp,sp,16
	jr	ra
.L19:
	lui	s0,%hi(p)
	addi	a3,a3,1
	sw	a3,%lo(p)(s0)
	call	expr
	lw	a5,%lo(p)(s0)
	addi	a5,a5,1
	sw	a5,%lo(p)(s0)
	j	.L9
.L12:
	addi	a3,a3,1
	lui	a5,%hi(p)
	sw	a3,%lo(p)(a5)
	call	factor
	neg	a0,a0
	j	.L9
	.size	factor, .-factor
	.align	2
	.type	term, @function
term:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	sw	s1,20(sp)
	sw	s2,16(sp)
	sw	s3,12(sp)
	sw	s4,8(sp)
	call	factor
	mv	s0,a0
	lui	s1,%hi(p)
	li	s2,42
	li	s3,47
	li	s4,37
	j	.L21
.L22:
	addi	a5,a5,1
	sw	a5,%lo(p)(s1)
	call	factor
	mul	s0,s0,a0
.L21:
	lw	a5,%lo(p)(s1)
	lbu	a4,0(a5)
	beq	a4,s2,.L22
	beq	a4,s3,.L23
	bne	a4,s4,.L26
	addi	a5,a5,1
	sw	a5,%lo(p)(s1)
	call	factor
	rem	s0,s0,a0
	j	.L21
.L23:
	addi	a5,a5,1
	sw	a5,%lo(p)(s1)
	call	factor
	div	s0,s0,a0
	j	.L21
.L26:
	mv	a0,s0
	lw	ra,28(sp)
	lw	s0,24(sp)
	lw	s1,20(sp)
	lw	s2,16(sp)
	lw	s3,12(sp)
	lw	s4,8(sp)
	addi	sp,sp,32
	jr	ra
	.size	term, .-term
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"%s = %d\n"
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	sw	s1,20(sp)
	sw	s2,16(sp)
	sw	s3,12(sp)
	sw	s4,8(sp)
	sw	s5,4(sp)
	lui	s0,%hi(.LANCHOR0)
	addi	s0,s0,%lo(.LANCHOR0)
	addi	s5,s0,20
	li	s2,0
	lui	s4,%hi(p)
	lui	s3,%hi(.LC0)
.L29:
	lw	s1,0(s0)
	sw	s1,%lo(p)(s4)
	call	expr
	mv	a2,a0
	add	s2,s2,a0
	mv	a1,s1
	addi	a0,s3,%lo(.LC0)
	call	printf
	addi	s0,s0,4
	bne	s0,s5,.L29
	andi	a0,s2,0xff
	lw	ra,28(sp)
	lw	s0,24(sp)
	lw	s1,20(sp)
	lw	s2,16(sp)
	lw	s3,12(sp)
	lw	s4,8(sp)
	lw	s5,4(sp)
	addi	sp,sp,32
	jr	ra
	.size	main, .-main
	.section	.rodata.str1.4
	.align	2
.LC1:
	.string	"1+2*3"
	.align	2
.LC2:
	.string	"(1+2)*3"
	.align	2
.LC3:
	.string	"100/7%4"
	.align	2
.LC4:
	.string	"-(4-10)*-2"
	.align	2
.LC5:
	.string	"2*(3+(4*(5+6)))"
	.section	.rodata
	.align	2
	.set	.LANCHOR0,. + 0
	.type	inputs.0, @object
	.size	inputs.0, 20
inputs.0:
	.word	.LC1
	.word	.LC2
	.word	.LC3
	.word	.LC4
	.word	.LC5
	.section	.sbss,"aw",@nobits
	.align	2
	.type	p, @object
	.size	p, 4
p:
	.zero	4
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
