	.file	"sort.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	2
	.type	quicksort, @function
quicksort:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	sw	s1,20(sp)
	sw	s2,16(sp)
	sw	s3,12(sp)
	sw	s4,8(sp)
	mv	s2,a0
	mv	s4,a1
	mv	s3,a2
	blt	a1,a2,.L13
.L1:
	lw	ra,28(sp)
	lw	s0,24(sp)
	lw	s1,20(sp)
	lw	s2,16(sp)
	lw	s3,12(sp)
	lw	s4,8(sp)
	addi	sp,sp,32
	jr	ra
.L15:
	addi	s1,s1,1
	sw	a2,0(a0)
	addi	s0,s0,-1
	sw	a4,0(a1)
	j	.L7
.L8:
	sub	a5,s0,s4
	sub	a4,s3,s1
	bge	a5,a4,.L11
	mv	a2,s0
	mv	a1,s4
	mv	a0,s2
	call	quicksort
	mv	s4,s1
.L12:
	bge	s4,s3,.L1
.L13:
	add	a4,s4,s3
	srli	a5,a4,31
	add	a5,a5,a4
	srai	a5,a5,1
	slli	a5,a5,2
	add	a5,s2,a5
	lw	a3,0(a5)
	mv	s0,s3
	mv	s1,s4
	j	.L7
.L11:
	mv	a2,s3
	mv	a1,s1
	mv	a0,s2
	call	quicksort
	mv	s3,s0
	j	.L12
.L23:
	slli	a1,s0,2
	add	a1,s2,a1
	lw	a2,0(a1)
	bge	a3,a2,.L15
.L14:
	addi	a5,s0,-1
	slli	a5,a5,2
	add	a5,s2,a5
.L6:
	addi	s0,s0,-1
	mv	a1,a5
	addi	a5,a5,-4
	lw	a2,4(a5)
	bgt	a2,a3,.L6
.L5:
	bge	s0,s1,.L15
.L7:
	bgt	s1,s0,.L8
	slli	a5,s1,2
	add	a0,s2,a5
	lw	a4,0(a0)
	addi	a5,a5,4
	add	a5,s2,a5
	ble	a3,a4,.L23
.L4:
	addi	s1,s1,1
	mv	a2,a5
	addi	a5,a5,4
	lw	a4,-4(a5)
	blt	a4,a3,.L4
	mv	a0,a2
	slli	a1,s0,2
	add	a1,s2,a1
	lw	a2,0(a1)
	blt	a3,a2,.L14
	j	.L5
	.size	quicksort, .-quicksort
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"sorted %d first %d last %d at %d\n"
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-16
	sw	ra,12(sp)
	sw	s0,8(sp)
	sw	s1,4(sp)
	lui	a5,%hi(seed)
	lw	a5,%lo(seed)(a5)
	lui	a4,%hi(.LANCHOR0)
	addi	s0,a4,%lo(.LANCHOR0)
	addi	a6,s0,2000
	addi	a4,a4,%lo(.LANCHOR0)
	li	a1,1103515648
	addi	a1,a1,-403
	li	a2,12288
	addi	a2,a2,57
	li	a0,1000
.L25:
	mul	a5,a5,a1
	add	a5,a5,a2
	srli	a3,a5,16
	rem	a3,a3,a0
	sw	a3,0(a4)
	addi	a4,a4,4
	bne	a4,a6,.L25
	lui	a4,%hi(seed)
	sw	a5,%lo(seed)(a4)
	lui	a0,%hi(.LANCHOR0)
	addi	a5,a0,%lo(.LANCHOR0)
	sw	a3,1996(a5)
	li	a2,499
	li	a1,0
	addi	a0,a0,%lo(.LANCHOR0)
	call	quicksort
	addi	a3,s0,1996
	li	s1,1
.L26:
	lw	a5,0(s0)
	lw	a4,4(s0)
	sgt	a5,a5,a4
	xori	a5,a5,1
	and	s1,s1,a5
	addi	s0,s0,4
	bne	s0,a3,.L26
	lui	a5,%hi(.LANCHOR0)
	addi	a5,a5,%lo(.LANCHOR0)
	lw	a2,0(a5)
	lw	a3,1996(a5)
	lw	a6,1000(a5)
	li	a1,0
	li	a0,499
	lui	a7,%hi(.LANCHOR0)
	addi	a7,a7,%lo(.LANCHOR0)
	j	.L30
.L28:
	addi	a0,a5,-1
.L29:
	bgt	a1,a0,.L35
.L30:
	sub	a4,a0,a1
	srli	a5,a4,31
	add	a5,a5,a4
	srai	a5,a5,1
	add	a5,a5,a1
	slli	a4,a5,2
	add	a4,a7,a4
	lw	a4,0(a4)
	beq	a6,a4,.L27
	ble	a6,a4,.L28
	addi	a1,a5,1
	j	.L29
.L35:
	li	a5,-1
.L27:
	not	a5,a5
	srli	a4,a5,31
	mv	a1,s1
	lui	a0,%hi(.LC0)
	addi	a0,a0,%lo(.LC0)
	call	printf
	mv	a0,s1
	lw	ra,12(sp)
	lw	s0,8(sp)
	lw	s1,4(sp)
	addi	sp,sp,16
	jr	ra
	.size	main, .-main
	.globl	data
	.bss
	.align	2
	.set	.LANCHOR0,. + 0
	.type	data, @object
	.size	data, 2000
data:
	.zero	2000
	.section	.sdata,"aw"
	.align	2
	.type	seed, @object
	.size	seed, 4
seed:
	.word	12345
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
