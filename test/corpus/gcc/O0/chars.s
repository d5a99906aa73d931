	.file	"chars.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.local	p
	.comm	p,4,4
	.align	2
	.type	number, @function
number:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	zero,-20(s0)
	j	.L2
.L4:
	lw	a4,-20(s0)
	mv	a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	slli	a5,a5,1
	mv	a2,a5
	lui	a5,%hi(p)
	lw	a5,%lo(p)(a5)
	addi	a3,a5,1
	lui	a4,%hi(p)
	sw	a3,%lo(p)(a4)
	lbu	a5,0(a5)
	addi	a5,a5,-48
	add	a5,a2,a5
	sw	a5,-20(s0)
.L2:
	lui	a5,%hi(p)
	lw	a5,%lo(p)(a5)
	lbu	a4,0(a5)
	li	a5,47
	bleu	a4,a5,.L3
	lui	a5,%hi(p)
	lw	a5,%lo(p)(a5)
	lbu	a4,0(a5)
	li	a5,57
	bleu	a4,a5,.L4
.L3:
	lw	a5,-20(s0)
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	number, .-number
	.align	2
	.type	factor, @function
factor:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	lui	a5,%hi(p)
	lw	a5,%lo(p)(a5)
	lbu	a4,0(a5)
	li	a5,40
	bne	a4,a5,.L7
	lui	a5,%hi(p)
	lw	a5,%lo(p)(a5)
	addi	a4,a5,1
	lui	a5,%hi(p)
	sw	a4,%lo(p)(a5)
	call	expr
	sw	a0,-20(s0)
	lui	a5,%hi(p)
	lw	a5,%lo(p)(a5)
	addi	a4,a5,1
	lui	a5,%hi(p)
	sw	a4,%lo(p)(a5)
	lw	a5,-20(s0)
	j	.L8
.L7:
	lui	a5,%hi(p)
	lw	a5,%lo(p)(a5)
	lbu	a4,0(a5)
	li	a5,45
	bne	a4,a5,.L9
	lui	a5,%hi(p)
	lw	a5,%lo(p)(a5)
	addi	a4,a5,1
	lui	a5,%hi(p)
	sw	a4,%lo(p)(a5)
	call	factor
	mv	a5,a0
	neg	a5,a5
	j	.L8
.L9:
	call	number
	mv	a5,a0
.L8:
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	factor, .-factor
	.align	2
	.type	term, @function
term:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	call	factor
	sw	a0,-20(s0)
	j	.L11
.L16:
	lui	a5,%hi(p)
	lw	a5,%lo(p)(a5)
	addi	a3,a5,1
	lui	a4,%hi(p)
	sw	a3,%lo(p)(a4)
	lbu	a5,0(a5)
	sb	a5,-21(s0)
	call	factor
	sw	a0,-28(s0)
	lbu	a4,-21(s0)
	li	a5,42
	bne	a4,a5,.L12
	lw	a4,-20(s0)
	lw	a5,-28(s0)
	mul	a5,a4,a5
	j	.L13
.L12:
	lbu	a4,-21(s0)
	li	a5,47
	bne	a4,a5,.L14
	lw	a4,-20(s0)
	lw	a5,-28(s0)
	div	a5,a4,a5
	j	.L13
.L14:
	lw	a4,-20(s0)
	lw	a5,-28(s0)
	rem	a5,a4,a5
.L13:
	sw	a5,-20(s0)
.L11:
	lui	a5,%hi(p)
	lw	a5,%lo(p)(a5)
	lbu	a4,0(a5)
	li	a5,42
	beq	a4,a5,.L16
	lui	a5,%hi(p)
	lw	a5,%lo(p)(a5)
	lbu	a4,0(a5)
	li	a5,47
	beq	a4,a5,.L16
	lui	a5,%hi(p)
	lw	a5,%lo(p)(a5)
	lbu	a4,0(a5)
	li	a5,37
	beq	a4,a5,.L16
	lw	a5,-20(s0)
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	term, .-term
	.align	2
	.type	expr, @function
expr:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	call	term
	sw	a0,-20(s0)
	j	.L19
.L22:
	lui	a5,%hi(p)
	lw	a5,%lo(p)(a5)
	addi	a3,a5,1
	lui	a4,%hi(p)
	sw	a3,%lo(p)(a4)
	lbu	a5,0(a5)
	sb	a5,-21(s0)
	call	term
	sw	a0,-28(s0)
	lbu	a4,-21(s0)
	li	a5,43
	bne	a4,a5,.L20
	lw	a4,-20(s0)
	lw	a5,-28(s0)
	add	a5,a4,a5
	j	.L21
.L20:
	lw	a4,-20(s0)
	lw	a5,-28(s0)
	sub	a5,a4,a5
.L21:
	sw	a5,-20(s0)
.L19:
	lui	a5,%hi(p)
	lw	a5,%lo(p)(a5)
	lbu	a4,0(a5)
	li	a5,43
	beq	a4,a5,.L22
	lui	a5,%hi(p)
	lw	a5,%lo(p)(a5)
	lbu	a4,0(a5)
	li	a5,45
	beq	a4,a5,.L22
	lw	a5,-20(s0)
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	expr, .-expr
	.section	.rodata
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
	addi	s0,sp,32
	sw	zero,-20(s0)
	sw	zero,-24(s0)
	j	.L25
.L26:
	lui	a5,%hi(inputs.0)
	addi	a4,a5,%lo(inputs.0)
	lw	a5,-24(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a4,0(a5)
	lui	a5,%hi(p)
	sw	a4,%lo(p)(a5)
	call	expr
	sw	a0,-28(s0)
	lw	a4,-20(s0)
	lw	a5,-28(s0)
	add	a5,a4,a5
	sw	a5,-20(s0)
	lui	a5,%hi(inputs.0)
	addi	a4,a5,%lo(inputs.0)
	lw	a5,-24(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	lw	a2,-28(s0)
	mv	a1,a5
	lui	a5,%hi(.LC0)
	addi	a0,a5,%lo(.LC0)
	call	printf
	lw	a5,-24(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
.L25:
	lw	a4,-24(s0)
	li	a5,4
	ble	a4,a5,.L26
	lw	a5,-20(s0)
	andi	a5,a5,255
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	main, .-main
	.section	.rodata
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
	.data
	.align	2
	.type	inputs.0, @object
	.size	inputs.0, 20
inputs.0:
	.word	.LC1
	.word	.LC2
	.word	.LC3
	.word	.LC4
	.word	.LC5
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
