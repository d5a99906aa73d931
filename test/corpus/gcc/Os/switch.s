	.file	"switch.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"?"
	.text
	.align	2
	.globl	day
	.type	day, @function
day:
	li	a5,6
	bgtu	a0,a5,.L3
	lui	a5,%hi(.LANCHOR0)
	slli	a0,a0,2
	addi	a5,a5,%lo(.LANCHOR0)
	add	a5,a5,a0
	lw	a0,0(a5)
	ret
.L3:
	lui	a0,%hi(.LC0)
	addi	a0,a0,%lo(.LC0)
	ret
	.size	day, .-day
	.align	2
	.globl	step
	.type	step, @function
step:
	li	a5,7
	bgtu	a0,a5,.L16
	lui	a4,%hi(.L7)
	slli	a5,a0,2
	addi	a4,a4,%lo(.L7)
	add	a5,a5,a4
	lw	a5,0(a5)
	jr	a5
	.section	.rodata
	.align	2
	.align	2
.L7:
	.word	.L15
	.word	.L13
	.word	.L12
	.word	.L5
	.word	.L5
	.word	.L9
	.word	.L8
	.word	.L6
	.text
.L13:
	li	a5,98
	li	a0,2
	beq	a1,a5,.L5
.L15:
	addi	a1,a1,-97
	seqz	a0,a1
	ret
.L12:
	li	a5,99
	bne	a1,a5,.L15
	li	a0,3
	ret
.L9:
	li	a0,5
	mul	a0,a1,a0
	ret
.L8:
	addi	a0,a1,6
	ret
.L6:
	li	a0,7
	sub	a0,a0,a1
	ret
.L16:
	li	a0,-1
.L5:
	ret
	.size	step, .-step
	.align	2
	.globl	sparse
	.type	sparse, @function
sparse:
	li	a4,100
	mv	a5,a0
	beq	a0,a4,.L21
	bgt	a0,a4,.L20
	li	a4,-5
	li	a0,50
	beq	a5,a4,.L18
	li	a4,1
	li	a0,10
.L28:
	beq	a5,a4,.L18
	li	a0,0
	ret
.L20:
	li	a4,1000
	li	a0,30
	beq	a5,a4,.L18
	li	a4,8192
	addi	a4,a4,1808
	li	a0,40
	j	.L28
.L21:
	li	a0,20
.L18:
	ret
	.size	sparse, .-sparse
	.section	.rodata.str1.4
	.align	2
.LC1:
	.string	"xxababcx"
	.align	2
.LC2:
	.string	"%d %s\n"
	.align	2
.LC3:
	.string	"state %d\n"
	.align	2
.LC4:
	.string	"sparse %d %d %d %d\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-16
	sw	s0,8(sp)
	sw	s1,4(sp)
	sw	s2,0(sp)
	sw	ra,12(sp)
	li	s0,0
	lui	s2,%hi(.LC2)
	li	s1,8
.L30:
	mv	a0,s0
	call	day
	mv	a2,a0
	mv	a1,s0
	addi	a0,s2,%lo(.LC2)
	addi	s0,s0,1
	call	printf
	bne	s0,s1,.L30
	lui	s1,%hi(.LC1)
	addi	s1,s1,%lo(.LC1)
	li	s0,0
.L31:
	lbu	a1,0(s1)
	bne	a1,zero,.L32
	lui	a0,%hi(.LC3)
	mv	a1,s0
	addi	a0,a0,%lo(.LC3)
	call	printf
	lui	a0,%hi(.LC4)
	li	a4,0
	li	a3,50
	li	a2,30
	li	a1,10
	addi	a0,a0,%lo(.LC4)
	call	printf
	lw	ra,12(sp)
	mv	a0,s0
	lw	s0,8(sp)
	lw	s1,4(sp)
	lw	s2,0(sp)
	addi	sp,sp,16
	jr	ra
.L32:
	mv	a0,s0
	call	step
	mv	s0,a0
	addi	s1,s1,1
	j	.L31
	.size	main, .-main
	.section	.rodata.str1.4
	.align	2
.LC5:
	.string	"sunday"
	.align	2
.LC6:
	.string	"monday"
	.align	2
.LC7:
	.string	"tuesday"
	.align	2
.LC8:
	.string	"wednesday"
	.align	2
.LC9:
	.string	"thursday"
	.align	2
.LC10:
	.string	"friday"
	.align	2
.LC11:
	.string	"saturday"
	.section	.rodata
	.align	2
	.set	.LANCHOR0,. + 0
	.type	CSWTCH.3, @object
	.size	CSWTCH.3, 28
CSWTCH.3:
	.word	.LC5
	.word	.LC6
	.word	.LC7
	.word	.LC8
	.word	.LC9
	.word	.LC10
	.word	.LC11
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
