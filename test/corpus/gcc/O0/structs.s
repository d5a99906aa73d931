	.file	"structs.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.section	.rodata
	.align	2
.LC0:
	.string	"wide"
	.align	2
.LC1:
	.string	"square"
	.align	2
.LC2:
	.string	"tall"
	.align	2
.LC3:
	.string	"tiny"
	.data
	.align	2
	.type	rects, @object
	.size	rects, 80
rects:
	.word	0
	.word	0
	.word	10
	.word	5
	.word	.LC0
	.word	-3
	.word	-3
	.word	3
	.word	3
	.word	.LC1
	.word	2
	.word	1
	.word	4
	.word	20
	.word	.LC2
	.word	1
	.word	1
	.word	2
	.word	2
	.word	.LC3
	.text
	.align	2
	.type	area, @function
area:
	addi	sp,sp,-16
	sw	s0,12(sp)
	sw	s1,8(sp)
	addi	s0,sp,16
	mv	s1,a0
	lw	a4,8(s1)
	lw	a5,0(s1)
	sub	a4,a4,a5
	lw	a3,12(s1)
	lw	a5,4(s1)
	sub	a5,a3,a5
	mul	a5,a4,a5
	mv	a0,a5
	lw	s0,12(sp)
	lw	s1,8(sp)
	addi	sp,sp,16
	jr	ra
	.size	area, .-area
	.align	2
	.globl	centre
	.type	centre, @function
centre:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	lw	a5,-36(s0)
	lw	a4,0(a5)
	lw	a5,-36(s0)
	lw	a5,8(a5)
	add	a5,a4,a5
	srli	a4,a5,31
	add	a5,a4,a5
	srai	a5,a5,1
	sw	a5,-32(s0)
	lw	a5,-36(s0)
	lw	a4,4(a5)
	lw	a5,-36(s0)
	lw	a5,12(a5)
	add	a5,a4,a5
	srli	a4,a5,31
	add	a5,a4,a5
	srai	a5,a5,1
	sw	a5,-28(s0)
	lw	a5,-32(s0)
	sw	a5,-24(s0)
	lw	a5,-28(s0)
	sw	a5,-20(s0)
	lw	a4,-24(s0)
	lw	a5,-20(s0)
	mv	a2,a4
	mv	a3,a5
	mv	a4,a2
	mv	a5,a3
	mv	a0,a4
	mv	a1,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	centre, .-centre
	.section	.rodata
	.align	2
.LC4:
	.string	"%s area %d centre (%d, %d)\n"
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-96
	sw	ra,92(sp)
	sw	s0,88(sp)
	sw	s1,84(sp)
	addi	s0,sp,96
	li	a5,4
	sw	a5,-32(s0)
	li	a5,1
	sw	a5,-20(s0)
	j	.L6
.L10:
	lui	a5,%hi(rects)
	addi	a3,a5,%lo(rects)
	lw	a4,-20(s0)
	mv	a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	slli	a5,a5,2
	add	a5,a3,a5
	lw	a1,0(a5)
	lw	a2,4(a5)
	lw	a3,8(a5)
	lw	a4,12(a5)
	lw	a5,16(a5)
	sw	a1,-52(s0)
	sw	a2,-48(s0)
	sw	a3,-44(s0)
	sw	a4,-40(s0)
	sw	a5,-36(s0)
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sw	a5,-24(s0)
	j	.L7
.L9:
	lw	a5,-24(s0)
	addi	a4,a5,1
	lui	a5,%hi(rects)
	addi	a3,a5,%lo(rects)
	mv	a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	slli	a5,a5,2
	add	a4,a3,a5
	lui	a5,%hi(rects)
	addi	a2,a5,%lo(rects)
	lw	a3,-24(s0)
	mv	a5,a3
	slli	a5,a5,2
	add	a5,a5,a3
	slli	a5,a5,2
	add	a5,a2,a5
	lw	a0,0(a5)
	lw	a1,4(a5)
	lw	a2,8(a5)
	lw	a3,12(a5)
	lw	a5,16(a5)
	sw	a0,0(a4)
	sw	a1,4(a4)
	sw	a2,8(a4)
	sw	a3,12(a4)
	sw	a5,16(a4)
	lw	a5,-24(s0)
	addi	a5,a5,-1
	sw	a5,-24(s0)
.L7:
	lw	a5,-24(s0)
	blt	a5,zero,.L8
	lui	a5,%hi(rects)
	addi	a3,a5,%lo(rects)
	lw	a4,-24(s0)
	mv	a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	slli	a5,a5,2
	add	a5,a3,a5
	lw	a1,0(a5)
	lw	a2,4(a5)
	lw	a3,8(a5)
	lw	a4,12(a5)
	lw	a5,16(a5)
	sw	a1,-96(s0)
	sw	a2,-92(s0)
	sw	a3,-88(s0)
	sw	a4,-84(s0)
	sw	a5,-80(s0)
	addi	a5,s0,-96
	mv	a0,a5
	call	area
	mv	s1,a0
	lw	a1,-52(s0)
	lw	a2,-48(s0)
	lw	a3,-44(s0)
	lw	a4,-40(s0)
	lw	a5,-36(s0)
	sw	a1,-96(s0)
	sw	a2,-92(s0)
	sw	a3,-88(s0)
	sw	a4,-84(s0)
	sw	a5,-80(s0)
	addi	a5,s0,-96
	mv	a0,a5
	call	area
	mv	a5,a0
	bgt	s1,a5,.L9
.L8:
	lw	a5,-24(s0)
	addi	a4,a5,1
	lui	a5,%hi(rects)
	addi	a3,a5,%lo(rects)
	mv	a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	slli	a5,a5,2
	add	a5,a3,a5
	lw	a0,-52(s0)
	lw	a1,-48(s0)
	lw	a2,-44(s0)
	lw	a3,-40(s0)
	lw	a4,-36(s0)
	sw	a0,0(a5)
	sw	a1,4(a5)
	sw	a2,8(a5)
	sw	a3,12(a5)
	sw	a4,16(a5)
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L6:
	lw	a4,-20(s0)
	lw	a5,-32(s0)
	blt	a4,a5,.L10
	sw	zero,-28(s0)
	j	.L11
.L12:
	lw	a4,-28(s0)
	mv	a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	slli	a5,a5,2
	lui	a4,%hi(rects)
	addi	a4,a4,%lo(rects)
	add	a5,a5,a4
	mv	a0,a5
	call	centre
	mv	a4,a0
	mv	a5,a1
	sw	a4,-60(s0)
	sw	a5,-56(s0)
	lui	a5,%hi(rects)
	addi	a3,a5,%lo(rects)
	lw	a4,-28(s0)
	mv	a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	slli	a5,a5,2
	add	a5,a3,a5
	lw	s1,16(a5)
	lui	a5,%hi(rects)
	addi	a3,a5,%lo(rects)
	lw	a4,-28(s0)
	mv	a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	slli	a5,a5,2
	add	a5,a3,a5
	lw	a1,0(a5)
	lw	a2,4(a5)
	lw	a3,8(a5)
	lw	a4,12(a5)
	lw	a5,16(a5)
	sw	a1,-96(s0)
	sw	a2,-92(s0)
	sw	a3,-88(s0)
	sw	a4,-84(s0)
	sw	a5,-80(s0)
	addi	a5,s0,-96
	mv	a0,a5
	call	area
	mv	a2,a0
	lw	a5,-60(s0)
	lw	a4,-56(s0)
	mv	a3,a5
	mv	a1,s1
	lui	a5,%hi(.LC4)
	addi	a0,a5,%lo(.LC4)
	call	printf
	lw	a5,-28(s0)
	addi	a5,a5,1
	sw	a5,-28(s0)
.L11:
	lw	a4,-28(s0)
	lw	a5,-32(s0)
	blt	a4,a5,.L12
	lui	a5,%hi(rects)
	addi	a5,a5,%lo(rects)
	lw	a1,0(a5)
	lw	a2,4(a5)
	lw	a3,8(a5)
	lw	a4,12(a5)
	lw	a5,16(a5)
	sw	a1,-96(s0)
	sw	a2,-92(s0)
	sw	a3,-88(s0)
	sw	a4,-84(s0)
	sw	a5,-80(s0)
	addi	a5,s0,-96
	mv	a0,a5
	call	area
	mv	a5,a0
	mv	a0,a5
	lw	ra,92(sp)
	lw	s0,88(sp)
	lw	s1,84(sp)
	addi	sp,sp,96
	jr	ra
	.size	main, .-main
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
