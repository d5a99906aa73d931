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
	lw	a4,4(a0)
	lw	a2,12(a0)
	lw	a5,0(a0)
	lw	a3,8(a0)
	add	a4,a4,a2
	srli	a1,a4,31
	add	a5,a5,a3
	srli	a0,a5,31
	addi	sp,sp,-16
	add	a1,a1,a4
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
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-64
	sw	s0,56(sp)
	lui	s0,%hi(.LANCHOR0)
	addi	s0,s0,%lo(.LANCHOR0)
	lw	a0,20(s0)
	lw	a1,24(s0)
	lw	a2,28(s0)
	lw	a3,32(s0)
	lw	a6,12(s0)
	lw	t1,4(s0)
	lw	a7,8(s0)
	lw	t3,0(s0)
	sub	a4,a6,t1
	sub	a5,a3,a1
	sub	t5,a7,t3
	sub	t4,a2,a0
	mul	a4,a4,t5
	lw	t5,36(s0)
	sw	ra,60(sp)
	sw	s1,52(sp)
	sw	s2,48(sp)
	sw	s3,44(sp)
	sw	a0,12(sp)
	sw	a1,16(sp)
	sw	a2,20(sp)
	sw	a3,24(sp)
	mul	a5,a5,t4
	sw	t5,28(sp)
	ble	a4,a5,.L11
	lw	a5,16(s0)
	sw	t3,20(s0)
	sw	t1,24(s0)
	sw	a7,28(s0)
	sw	a6,32(s0)
	sw	a5,36(s0)
	li	a4,0
.L5:
	slli	a5,a4,2
	add	a5,a5,a4
	lw	a4,28(sp)
	slli	a5,a5,2
	add	a5,s0,a5
	sw	a4,16(a5)
	lw	a4,24(sp)
	lw	t0,52(s0)
	lw	t2,56(s0)
	sw	a4,12(a5)
	lw	a4,20(sp)
	lw	t6,48(s0)
	sw	a4,8(a5)
	lw	a4,16(sp)
	lw	t5,44(s0)
	sw	a4,4(a5)
	lw	a4,12(sp)
	lw	t4,40(s0)
	sub	a7,t0,t5
	sw	a4,0(a5)
	lw	a2,28(s0)
	lw	a0,20(s0)
	lw	a3,32(s0)
	lw	a1,24(s0)
	sub	a5,t6,t4
	sub	a4,a2,a0
	sub	a6,a3,a1
	mul	a5,a5,a7
	mul	a4,a4,a6
	bge	a5,a4,.L12
	lw	a7,8(s0)
	lw	t3,0(s0)
	lw	a6,12(s0)
	lw	t1,4(s0)
	sub	a4,a7,t3
	lw	s1,36(s0)
	sub	s2,a6,t1
	mul	a4,a4,s2
	sw	a0,40(s0)
	sw	a1,44(s0)
	sw	a2,48(s0)
	sw	a3,52(s0)
	sw	s1,56(s0)
	bge	a5,a4,.L13
	lw	a5,16(s0)
	sw	t3,20(s0)
	sw	t1,24(s0)
	sw	a7,28(s0)
	sw	a6,32(s0)
	sw	a5,36(s0)
	li	a4,0
.L7:
	slli	a5,a4,2
	add	a5,a5,a4
	slli	a5,a5,2
	add	a5,s0,a5
	sw	t2,16(a5)
	sw	t0,12(a5)
	sw	t6,8(a5)
	sw	t5,4(a5)
	sw	t4,0(a5)
	lw	a0,60(s0)
	lw	a1,64(s0)
	lw	a2,68(s0)
	lw	a3,72(s0)
	lw	a6,52(s0)
	lw	t1,44(s0)
	lw	a7,48(s0)
	lw	t3,40(s0)
	sub	a5,a2,a0
	sub	t5,a3,a1
	sub	a4,a6,t1
	sub	t4,a7,t3
	mul	a5,a5,t5
	lw	t2,76(s0)
	mul	a4,a4,t4
	bge	a5,a4,.L14
	lw	t4,32(s0)
	lw	t6,24(s0)
	lw	t5,28(s0)
	lw	t0,20(s0)
	sub	a4,t4,t6
	lw	s1,56(s0)
	sub	s2,t5,t0
	mul	a4,a4,s2
	sw	t3,60(s0)
	sw	t1,64(s0)
	sw	a7,68(s0)
	sw	a6,72(s0)
	sw	s1,76(s0)
	bge	a5,a4,.L15
	lw	a7,8(s0)
	lw	t3,0(s0)
	lw	a6,12(s0)
	lw	t1,4(s0)
	sub	a4,a7,t3
	lw	s1,36(s0)
	sub	s2,a6,t1
	mul	a4,a4,s2
	sw	t0,40(s0)
	sw	t6,44(s0)
	sw	t5,48(s0)
	sw	t4,52(s0)
	sw	s1,56(s0)
	bge	a5,a4,.L16
	lw	a5,16(s0)
	sw	t3,20(s0)
	sw	t1,24(s0)
	sw	a7,28(s0)
	sw	a6,32(s0)
	sw	a5,36(s0)
	li	a4,0
.L9:
	slli	a5,a4,2
	add	a5,a5,a4
	slli	a5,a5,2
	add	a5,s0,a5
	sw	a0,0(a5)
	sw	a1,4(a5)
	sw	a2,8(a5)
	sw	a3,12(a5)
	sw	t2,16(a5)
	mv	s1,s0
	addi	s3,s0,80
	lui	s2,%hi(.LC0)
.L10:
	lw	a3,8(s1)
	lw	a4,12(s1)
	lw	a5,0(s1)
	lw	a0,4(s1)
	lw	a1,16(s1)
	sub	a2,a3,a5
	add	a5,a5,a3
	sub	a3,a4,a0
	mul	a2,a2,a3
	add	a0,a0,a4
	srli	a4,a0,31
	srli	a3,a5,31
	add	a4,a4,a0
	add	a3,a3,a5
	addi	s1,s1,20
	srai	a4,a4,1
	srai	a3,a3,1
	addi	a0,s2,%lo(.LC0)
	call	printf
	bne	s1,s3,.L10
	lw	a0,8(s0)
	lw	a3,0(s0)
	lw	a5,12(s0)
	lw	a4,4(s0)
	lw	ra,60(sp)
	lw	s0,56(sp)
	sub	a0,a0,a3
	sub	a5,a5,a4
	lw	s1,52(sp)
	lw	s2,48(sp)
	lw	s3,44(sp)
	mul	a0,a0,a5
	addi	sp,sp,64
	jr	ra
.L11:
	li	a4,1
	j	.L5
.L12:
	li	a4,2
	j	.L7
.L14:
	li	a4,3
	j	.L9
.L15:
	li	a4,2
	j	.L9
.L13:
	li	a4,1
	j	.L7
.L16:
	li	a4,1
	j	.L9
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
