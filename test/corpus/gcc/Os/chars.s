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
	sw	s0,24(sp)
	sw	s1,20(sp)
	sw	s2,16(sp)
	sw	s3,12(sp)
	sw	ra,28(sp)
	call	term
	mv	s0,a0
	lui	s1,%hi(p)
	li	s3,43
	li	s2,45
.L2:
	lw	a5,%lo(p)(s1)
	lbu	a4,0(a5)
	beq	a4,s3,.L4
	beq	a4,s2,.L5
	lw	ra,28(sp)
	mv	a0,s0
	lw	s0,24(sp)
	lw	s1,20(sp)
	lw	s2,16(sp)
	lw	s3,12(sp)
	addi	sp,sp,32
	jr	ra
.L4:
	addi	a5,a5,1
	sw	a5,%lo(p)(s1)
	call	term
	add	s0,s0,a0
	j	.L2
.L5:
	addi	a5,a5,1
	sw	a5,%lo(p)(s1)
	call	term
	sub	s0,s0,a0
	j	.L2
	.size	expr, .-expr
	.align	2
	.type	factor, @function
factor:
	addi	sp,sp,-16
	sw	s0,8(sp)
	lui	s0,%hi(p)
	lw	a5,%lo(p)(s0)
	sw	s1,4(sp)
	sw	ra,12(sp)
	li	a3,0
	li	s1,1
	li	a1,40
	li	a0,45
.L13:
	lbu	a2,0(a5)
	mv	a4,a5
	addi	a5,a5,1
	bne	a2,a1,.L8
	sw	a5,%lo(p)(s0)
	call	expr
	lw	a5,%lo(p)(s0)
	addi	a5,a5,1
	sw	a5,%lo(p)(s0)
.L9:
	lw	ra,12(sp)
	lw	s0,8(sp)
	mul	a0,s1,a0
	lw	s1,4(sp)
	addi	sp,sp,16
	jr	ra
.L8:
	beq	a2,a0,.L10
	beq	a3,zero,.L11
	sw	a4,%lo(p)(s0)
.L11:
	lw	a4,%lo(p)(s0)
	li	a3,0
	li	a0,0
	li	a1,9
	li	a7,10
.L12:
	lbu	a5,0(a4)
	mv	a2,a4
	addi	a4,a4,1
	addi	a5,a5,-48
	andi	a6,a5,0xff
	bleu	a6,a1,.L14
	beq	a3,zero,.L9
	sw	a2,%lo(p)(s0)
	j	.L9
.L10:
	neg	s1,s1
	li	a3,1
	j	.L13
.L14:
	mul	a0,a0,a7
	li	a3,1
	add	a0,a5,a0
	j	.L12
	.size	factor, .-factor
	.align	2
	.type	term, @function
term:
	addi	sp,sp,-32
	sw	s0,24(sp)
	sw	s1,20(sp)
	sw	s2,16(sp)
	sw	s3,12(sp)
	sw	s4,8(sp)
	sw	ra,28(sp)
	call	factor
	mv	s0,a0
	lui	s1,%hi(p)
	li	s3,42
	li	s4,47
	li	s2,37
.L24:
	lw	a5,%lo(p)(s1)
	lbu	a4,0(a5)
	beq	a4,s3,.L26
	beq	a4,s4,.L27
	beq	a4,s2,.L28
	lw	ra,28(sp)
	mv	a0,s0
	lw	s0,24(sp)
	lw	s1,20(sp)
	lw	s2,16(sp)
	lw	s3,12(sp)
	lw	s4,8(sp)
	addi	sp,sp,32
	jr	ra
.L26:
	addi	a5,a5,1
	sw	a5,%lo(p)(s1)
	call	factor
	mul	s0,s0,a0
	j	.L24
.L28:
	addi	a5,a5,1
	sw	a5,%lo(p)(s1)
	call	factor
	rem	s0,s0,a0
	j	.L24
.L27:
	addi	a5,a5,1
	sw	a5,%lo(p)(s1)
	call	factor
	div	s0,s0,a0
	j	.L24
	.size	term, .-term
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"%s = %d\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-48
	sw	s0,40(sp)
	lui	s0,%hi(.LANCHOR0)
	addi	s0,s0,%lo(.LANCHOR0)
	sw	s1,36(sp)
	sw	s2,32(sp)
	sw	s3,28(sp)
	sw	s4,24(sp)
	sw	ra,44(sp)
	addi	s2,s0,20
	li	s1,0
	lui	s4,%hi(p)
	lui	s3,%hi(.LC0)
.L31:
	lw	a1,0(s0)
	addi	s0,s0,4
	sw	a1,%lo(p)(s4)
	sw	a1,12(sp)
	call	expr
	lw	a1,12(sp)
	mv	a2,a0
	add	s1,s1,a0
	addi	a0,s3,%lo(.LC0)
	call	printf
	bne	s0,s2,.L31
	lw	ra,44(sp)
	lw	s0,40(sp)
	lw	s2,32(sp)
	lw	s3,28(sp)
	lw	s4,24(sp)
	andi	a0,s1,0xff
	lw	s1,36(sp)
	addi	sp,sp,48
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
