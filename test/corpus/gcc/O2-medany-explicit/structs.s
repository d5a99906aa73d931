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
	addi	sp,sp,-48
	sw	s1,36(sp)
	.LA0: auipc	s1,%pcrel_hi(.LANCHOR0)
	addi	s1,s1,%pcrel_lo(.LA0)
	sw	s0,40(sp)
	sw	ra,44(sp)
	sw	s2,32(sp)
	addi	t3,s1,20
	li	t4,1
	li	s0,4
.L8:
	lw	t2,0(t3)
	lw	t0,4(t3)
	lw	t6,8(t3)
	lw	t5,12(t3)
	lw	a5,16(t3)
	sub	t1,t6,t2
	sub	a4,t5,t0
	sw	a5,28(sp)
	mul	t1,t1,a4
	mv	a3,t4
	mv	a5,t3
	j	.L5
.L7:
	lw	a4,-4(a5)
	sw	a0,0(a5)
	sw	a2,4(a5)
	sw	a6,8(a5)
	sw	a1,12(a5)
	sw	a4,16(a5)
	addi	a3,a3,-1
	addi	a5,a5,-20
	beq	a3,zero,.L10
.L5:
	lw	a6,-12(a5)
	lw	a0,-20(a5)
	lw	a1,-8(a5)
	lw	a2,-16(a5)
	sub	a4,a6,a0
	sub	a7,a1,a2
	mul	a4,a4,a7
	blt	t1,a4,.L7
.L6:
	slli	a5,a3,2
	lw	a4,28(sp)
	add	a5,a5,a3
	slli	a5,a5,2
	add	a5,s1,a5
	sw	t2,0(a5)
	sw	t0,4(a5)
	sw	t6,8(a5)
	sw	t5,12(a5)
	sw	a4,16(a5)
	addi	t4,t4,1
	addi	t3,t3,20
	bne	t4,s0,.L8
	mv	s0,s1
	addi	s2,s1,80
.L9:
	lw	a3,8(s0)
	lw	a4,12(s0)
	lw	a5,0(s0)
	lw	a0,4(s0)
	lw	a1,16(s0)
	sub	a2,a3,a5
	add	a5,a5,a3
	sub	a3,a4,a0
	mul	a2,a2,a3
	add	a0,a0,a4
	srli	a4,a0,31
	srli	a3,a5,31
	add	a4,a4,a0
	add	a3,a3,a5
	.LA3: auipc	a0,%pcrel_hi(.LC0)
	addi	s0,s0,20
	srai	a4,a4,1
	srai	a3,a3,1
	addi	a0,a0,%pcrel_lo(.LA3)
	call	printf
	bne	s2,s0,.L9
	lw	a0,8(s1)
	lw	a3,0(s1)
	lw	a5,12(s1)
	lw	a4,4(s1)
	lw	ra,44(sp)
	lw	s0,40(sp)
	sub	a0,a0,a3
	sub	a5,a5,a4
	lw	s1,36(sp)
	lw	s2,32(sp)
	mul	a0,a0,a5
	addi	sp,sp,48
	jr	ra
.L10:
	li	a3,0
	j	.L6
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
