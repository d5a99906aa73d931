	.file	"structs.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	2
	.globl	centre
	.type	centre, @function
centre:
	lw	a4,12(a0)
	lw	a5,4(a0)
	lw	a3,8(a0)
	addi	sp,sp,-16
	add	a5,a5,a4
	lw	a4,0(a0)
	li	a1,2
	add	a0,a4,a3
	div	a0,a0,a1
	addi	sp,sp,16
	div	a1,a5,a1
	jr	ra
	.size	centre, .-centre
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"%s area %d centre (%d, %d)\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-96
	sw	s0,88(sp)
	lui	s0,%hi(.LANCHOR0)
	sw	s1,84(sp)
	addi	s1,s0,%lo(.LANCHOR0)
	sw	s3,76(sp)
	sw	s4,72(sp)
	sw	s5,68(sp)
	sw	ra,92(sp)
	sw	s2,80(sp)
	sw	s6,64(sp)
	sw	s7,60(sp)
	sw	s8,56(sp)
	sw	s9,52(sp)
	sw	s10,48(sp)
	sw	s11,44(sp)
	addi	s1,s1,20
	li	s3,0
	addi	s0,s0,%lo(.LANCHOR0)
	li	s5,-1
	li	s4,3
.L7:
	li	a2,20
	mv	a1,s1
	addi	a0,sp,12
	call	memcpy
	lw	s10,0(s1)
	lw	s9,4(s1)
	lw	s8,8(s1)
	lw	s7,12(s1)
	mv	s2,s3
	sub	s6,s8,s10
	sub	a5,s7,s9
	mul	s6,s6,a5
	mv	a0,s1
.L4:
	lw	a4,-20(a0)
	lw	a5,-12(a0)
	lw	a3,-16(a0)
	sub	a5,a5,a4
	lw	a4,-8(a0)
	sub	a4,a4,a3
	mul	a5,a5,a4
	bge	s6,a5,.L5
	addi	s11,a0,-20
	li	a2,20
	mv	a1,s11
	call	memcpy
	addi	s2,s2,-1
	mv	a0,s11
	bne	s2,s5,.L4
.L5:
	li	a5,20
	addi	a0,s2,1
	mul	a0,a0,a5
	li	a2,20
	addi	a1,sp,12
	addi	s3,s3,1
	sw	s10,12(sp)
	sw	s9,16(sp)
	sw	s8,20(sp)
	sw	s7,24(sp)
	addi	s1,s1,20
	add	a0,s0,a0
	call	memcpy
	bne	s3,s4,.L7
	mv	s1,s0
	addi	s2,s0,80
	lui	s3,%hi(.LC0)
.L8:
	mv	a0,s1
	call	centre
	lw	a5,0(s1)
	lw	a2,8(s1)
	mv	a4,a1
	sw	a1,16(sp)
	sub	a2,a2,a5
	lw	a1,4(s1)
	lw	a5,12(s1)
	mv	a3,a0
	sw	a0,12(sp)
	sub	a5,a5,a1
	mul	a2,a2,a5
	lw	a1,16(s1)
	addi	a0,s3,%lo(.LC0)
	addi	s1,s1,20
	call	printf
	bne	s2,s1,.L8
	lw	a5,0(s0)
	lw	a0,8(s0)
	lw	a4,4(s0)
	lw	ra,92(sp)
	sub	a0,a0,a5
	lw	a5,12(s0)
	lw	s0,88(sp)
	lw	s1,84(sp)
	sub	a5,a5,a4
	lw	s2,80(sp)
	lw	s3,76(sp)
	lw	s4,72(sp)
	lw	s5,68(sp)
	lw	s6,64(sp)
	lw	s7,60(sp)
	lw	s8,56(sp)
	lw	s9,52(sp)
	lw	s10,48(sp)
	lw	s11,44(sp)
	mul	a0,a0,a5
	addi	sp,sp,96
	jr	ra
	.size	main, .-main
	.section	.rodata.str1.4
	.align	2
.LC1:
	.string	"wide"
	.align	2
.LC2:
	.string	"square"
	.align	2
.LC3:
	.string	"tall"
	.align	2
.LC4:
	.string	"tiny"
	.data
	.align	2
	.set	.LANCHOR0,. + 0
	.type	rects, @object
	.size	rects, 80
rects:
	.word	0
	.word	0
	.word	10
	.word	5
	.word	.LC1
	.word	-3
	.word	-3
	.word	3
	.word	3
	.word	.LC2
	.word	2
	.word	1
	.word	4
	.word	20
	.word	.LC3
	.word	1
	.word	1
	.word	2
	.word	2
	.word	.LC4
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
