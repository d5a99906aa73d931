	.file	"sort.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	2
	.type	quicksort.constprop.0, @function
quicksort.constprop.0:
	addi	sp,sp,-32
	sw	s4,8(sp)
	lui	s4,%hi(.LANCHOR0)
	sw	s2,16(sp)
	sw	s3,12(sp)
	sw	s5,4(sp)
	sw	ra,28(sp)
	sw	s0,24(sp)
	sw	s1,20(sp)
	mv	s3,a0
	mv	s2,a1
	addi	s4,s4,%lo(.LANCHOR0)
	li	s5,2
.L2:
	blt	s3,s2,.L12
	lw	ra,28(sp)
	lw	s0,24(sp)
	lw	s1,20(sp)
	lw	s2,16(sp)
	lw	s3,12(sp)
	lw	s4,8(sp)
	lw	s5,4(sp)
	addi	sp,sp,32
	jr	ra
.L12:
	add	a5,s3,s2
	div	a5,a5,s5
	mv	s1,s2
	mv	s0,s3
	slli	a5,a5,2
	add	a5,s4,a5
	lw	a3,0(a5)
.L3:
	bgt	s0,s1,.L8
	slli	a5,s0,2
	add	a5,s4,a5
	j	.L9
.L4:
	addi	s0,s0,1
	mv	a5,a4
.L9:
	lw	a2,0(a5)
	addi	a4,a5,4
	bgt	a3,a2,.L4
	slli	a4,s1,2
	add	a4,s4,a4
.L5:
	lw	a1,0(a4)
	addi	a0,a4,-4
	blt	a3,a1,.L6
	bgt	s0,s1,.L8
	sw	a1,0(a5)
	addi	s0,s0,1
	addi	s1,s1,-1
	sw	a2,0(a4)
	j	.L3
.L6:
	addi	s1,s1,-1
	mv	a4,a0
	j	.L5
.L8:
	sub	a5,s1,s3
	sub	a4,s2,s0
	bge	a5,a4,.L10
	mv	a1,s1
	mv	a0,s3
	call	quicksort.constprop.0
	mv	s1,s2
.L11:
	mv	s2,s1
	mv	s3,s0
	j	.L2
.L10:
	mv	a0,s0
	mv	a1,s2
	call	quicksort.constprop.0
	mv	s0,s3
	j	.L11
	.size	quicksort.constprop.0, .-quicksort.constprop.0
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"sorted %d first %d last %d at %d\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-16
	lui	a0,%hi(seed)
	sw	s0,8(sp)
	lw	a5,%lo(seed)(a0)
	lui	s0,%hi(.LANCHOR0)
	sw	s1,4(sp)
	li	a1,1103515648
	addi	s1,s0,%lo(.LANCHOR0)
	li	a2,12288
	addi	a4,s0,%lo(.LANCHOR0)
	sw	ra,12(sp)
	sw	s2,0(sp)
	addi	a6,s1,2000
	addi	s0,s0,%lo(.LANCHOR0)
	addi	a1,a1,-403
	addi	a2,a2,57
	li	a7,1000
.L15:
	mul	a5,a5,a1
	addi	a4,a4,4
	add	a5,a5,a2
	srli	a3,a5,16
	rem	a3,a3,a7
	sw	a3,-4(a4)
	bne	a6,a4,.L15
	sw	a5,%lo(seed)(a0)
	li	a1,499
	li	a0,0
	call	quicksort.constprop.0
	addi	a4,s1,1996
	li	s2,1
.L16:
	lw	a5,0(s1)
	lw	a3,4(s1)
	addi	s1,s1,4
	sgt	a5,a5,a3
	xori	a5,a5,1
	and	s2,s2,a5
	bne	a4,s1,.L16
	lw	a2,0(s0)
	lw	a3,1996(s0)
	lw	a6,1000(s0)
	li	a5,0
	li	a1,499
.L20:
	sub	a4,a1,a5
	srai	a4,a4,1
	add	a4,a4,a5
	slli	a0,a4,2
	add	a0,s0,a0
	lw	a0,0(a0)
	beq	a6,a0,.L17
	ble	a6,a0,.L18
	addi	a5,a4,1
.L19:
	ble	a5,a1,.L20
	li	a4,-1
.L17:
	not	a4,a4
	lui	a0,%hi(.LC0)
	mv	a1,s2
	srli	a4,a4,31
	addi	a0,a0,%lo(.LC0)
	call	printf
	lw	ra,12(sp)
	lw	s0,8(sp)
	lw	s1,4(sp)
	mv	a0,s2
	lw	s2,0(sp)
	addi	sp,sp,16
	jr	ra
.L18:
	addi	a1,a4,-1
	j	.L19
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
