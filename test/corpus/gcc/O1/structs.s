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
	addi	sp,sp,-16
	lw	a5,4(a0)
	lw	a4,12(a0)
	add	a5,a5,a4
	srli	a1,a5,31
	add	a1,a1,a5
	lw	a5,0(a0)
	lw	a4,8(a0)
	add	a5,a5,a4
	srli	a0,a5,31
	add	a0,a0,a5
	srai	a0,a0,1
	srai	a1,a1,1
	addi	sp,sp,16
	jr	ra
	.size	centre, .-centre
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"%s area %d centre (%d, %d)\n"
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	sw	s1,36(sp)
	sw	s2,32(sp)
	lui	t1,%hi(.LANCHOR0+20)
	addi	t1,t1,%lo(.LANCHOR0+20)
	li	t4,0
	li	t3,-1
	lui	s0,%hi(.LANCHOR0)
	addi	s0,s0,%lo(.LANCHOR0)
	li	ra,3
	j	.L7
.L4:
	sw	t2,12(sp)
	sw	t0,16(sp)
	sw	t6,20(sp)
	sw	t5,24(sp)
	addi	a2,a2,1
	slli	a5,a2,2
	add	a5,a5,a2
	slli	a5,a5,2
	add	a5,s0,a5
	sw	t2,0(a5)
	sw	t0,4(a5)
	sw	t6,8(a5)
	sw	t5,12(a5)
	lw	a4,28(sp)
	sw	a4,16(a5)
	addi	t4,t4,1
	addi	t1,t1,20
	beq	t4,ra,.L12
.L7:
	lw	t2,0(t1)
	lw	t0,4(t1)
	lw	t6,8(t1)
	lw	t5,12(t1)
	lw	a5,16(t1)
	sw	a5,28(sp)
	mv	a2,t4
	blt	t4,zero,.L4
	sub	a7,t6,t2
	sub	a5,t5,t0
	mul	a7,a7,a5
	mv	a5,t1
.L5:
	lw	a4,-12(a5)
	lw	a3,-20(a5)
	sub	a4,a4,a3
	lw	a3,-8(a5)
	lw	a1,-16(a5)
	sub	a3,a3,a1
	mul	a4,a4,a3
	bge	a7,a4,.L4
	lw	a6,-20(a5)
	lw	a0,-16(a5)
	lw	a1,-12(a5)
	lw	a3,-8(a5)
	lw	a4,-4(a5)
	sw	a6,0(a5)
	sw	a0,4(a5)
	sw	a1,8(a5)
	sw	a3,12(a5)
	sw	a4,16(a5)
	addi	a2,a2,-1
	addi	a5,a5,-20
	bne	a2,t3,.L5
	j	.L4
.L12:
	lui	s0,%hi(.LANCHOR0)
	addi	s0,s0,%lo(.LANCHOR0)
	addi	s2,s0,80
	lui	s1,%hi(.LC0)
.L8:
	mv	a0,s0
	call	centre
	mv	a3,a0
	mv	a4,a1
	sw	a0,12(sp)
	sw	a1,16(sp)
	lw	a2,8(s0)
	lw	a5,0(s0)
	sub	a2,a2,a5
	lw	a5,12(s0)
	lw	a1,4(s0)
	sub	a5,a5,a1
	mul	a2,a2,a5
	lw	a1,16(s0)
	addi	a0,s1,%lo(.LC0)
	call	printf
	addi	s0,s0,20
	bne	s0,s2,.L8
	lui	a5,%hi(.LANCHOR0)
	addi	a5,a5,%lo(.LANCHOR0)
	lw	a0,8(a5)
	lw	a4,0(a5)
	sub	a0,a0,a4
	lw	a4,12(a5)
	lw	a5,4(a5)
	sub	a5,a4,a5
	mul	a0,a0,a5
	lw	ra,44(sp)
	lw	s0,40(sp)
	lw	s1,36(sp)
	lw	s2,32(sp)
	addi	sp,sp,48
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
