	.file	"chars.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	2
	.type	factor, @function
factor:
	addi	sp,sp,-32
	sw	s1,20(sp)
	lui	s1,%hi(p)
	lw	a7,%lo(p)(s1)
	sw	ra,28(sp)
	sw	s0,24(sp)
	sw	s2,16(sp)
	sw	s3,12(sp)
	sw	s4,8(sp)
	lbu	a1,0(a7)
	li	a5,40
	beq	a1,a5,.L19
	addi	a5,a7,1
	mv	a3,a1
	li	a2,0
	li	s0,1
	li	a0,45
	li	a6,40
.L12:
	bne	a3,a0,.L20
	lbu	a3,0(a5)
	mv	a4,a5
	neg	s0,s0
	addi	a5,a5,1
	li	a2,1
	bne	a3,a6,.L12
.L11:
	addi	a5,a4,1
	sw	a5,%lo(p)(s1)
	call	term
	mv	s2,a0
	li	s3,43
	li	s4,45
.L3:
	lw	a5,%lo(p)(s1)
	lbu	a4,0(a5)
	addi	a5,a5,1
	beq	a4,s3,.L5
.L22:
	bne	a4,s4,.L21
	sw	a5,%lo(p)(s1)
	call	term
	lw	a5,%lo(p)(s1)
	sub	s2,s2,a0
	lbu	a4,0(a5)
	addi	a5,a5,1
	bne	a4,s3,.L22
.L5:
	sw	a5,%lo(p)(s1)
	call	term
	add	s2,s2,a0
	j	.L3
.L21:
	mul	a0,s2,s0
	sw	a5,%lo(p)(s1)
.L1:
	lw	ra,28(sp)
	lw	s0,24(sp)
	lw	s1,20(sp)
	lw	s2,16(sp)
	lw	s3,12(sp)
	lw	s4,8(sp)
	addi	sp,sp,32
	jr	ra
.L20:
	beq	a2,zero,.L14
	lbu	a1,0(a4)
	sw	a4,%lo(p)(s1)
.L9:
	addi	a3,a1,-48
	andi	a6,a3,0xff
	li	a1,9
	addi	a5,a4,1
	li	a2,0
	li	a0,9
	bgtu	a6,a1,.L23
.L13:
	lbu	a1,0(a5)
	slli	a4,a2,2
	add	a4,a4,a2
	slli	a4,a4,1
	add	a2,a3,a4
	addi	a3,a1,-48
	andi	a4,a3,0xff
	mv	a1,a5
	addi	a5,a5,1
	bleu	a4,a0,.L13
	mul	a0,a2,s0
	lw	ra,28(sp)
	lw	s0,24(sp)
	sw	a1,%lo(p)(s1)
	lw	s2,16(sp)
	lw	s1,20(sp)
	lw	s3,12(sp)
	lw	s4,8(sp)
	addi	sp,sp,32
	jr	ra
.L14:
	mv	a4,a7
	j	.L9
.L19:
	mv	a4,a7
	li	s0,1
	j	.L11
.L23:
	li	a0,0
	j	.L1
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
	li	s2,42
	li	s3,47
	li	s4,37
.L25:
	lw	a5,%lo(p)(s1)
	lbu	a4,0(a5)
	addi	a3,a5,1
	beq	a4,s2,.L27
.L32:
	beq	a4,s3,.L28
	bne	a4,s4,.L31
	sw	a3,%lo(p)(s1)
	call	factor
	lw	a5,%lo(p)(s1)
	rem	s0,s0,a0
	lbu	a4,0(a5)
	addi	a3,a5,1
	bne	a4,s2,.L32
.L27:
	addi	a5,a5,1
	sw	a5,%lo(p)(s1)
	call	factor
	mul	s0,s0,a0
	j	.L25
.L28:
	addi	a5,a5,1
	sw	a5,%lo(p)(s1)
	call	factor
	div	s0,s0,a0
	j	.L25
.L31:
	lw	ra,28(sp)
	mv	a0,s0
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
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-48
	sw	s4,24(sp)
	lui	s4,%hi(.LANCHOR0)
	addi	s4,s4,%lo(.LANCHOR0)
	sw	s1,36(sp)
	sw	s2,32(sp)
	sw	s3,28(sp)
	sw	s6,16(sp)
	sw	s7,12(sp)
	sw	s8,8(sp)
	sw	ra,44(sp)
	sw	s0,40(sp)
	sw	s5,20(sp)
	addi	s8,s4,20
	li	s6,0
	lui	s1,%hi(p)
	lui	s7,%hi(.LC0)
	li	s2,43
	li	s3,45
.L38:
	lw	s5,0(s4)
	sw	s5,%lo(p)(s1)
	call	term
	mv	s0,a0
.L34:
	lw	a5,%lo(p)(s1)
	lbu	a4,0(a5)
	addi	a3,a5,1
	beq	a4,s2,.L36
.L42:
	bne	a4,s3,.L41
	sw	a3,%lo(p)(s1)
	call	term
	lw	a5,%lo(p)(s1)
	sub	s0,s0,a0
	lbu	a4,0(a5)
	addi	a3,a5,1
	bne	a4,s2,.L42
.L36:
	addi	a5,a5,1
	sw	a5,%lo(p)(s1)
	call	term
	add	s0,s0,a0
	j	.L34
.L41:
	addi	s4,s4,4
	mv	a2,s0
	mv	a1,s5
	addi	a0,s7,%lo(.LC0)
	add	s6,s6,s0
	call	printf
	bne	s4,s8,.L38
	lw	ra,44(sp)
	lw	s0,40(sp)
	lw	s1,36(sp)
	lw	s2,32(sp)
	lw	s3,28(sp)
	lw	s4,24(sp)
	lw	s5,20(sp)
	lw	s7,12(sp)
	lw	s8,8(sp)
	andi	a0,s6,0xff
	lw	s6,16(sp)
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
