	.file	"matrix.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	2
	.type	add, @function
add:
	add	a0,a0,a1
	ret
	.size	add, .-add
	.align	2
	.type	mul, @function
mul:
	mul	a0,a0,a1
	ret
	.size	mul, .-mul
	.align	2
	.type	max, @function
max:
	mv	a5,a0
	mv	a0,a1
	bge	a1,a5,.L4
	mv	a0,a5
.L4:
	ret
	.size	max, .-max
	.align	2
	.type	reduce.constprop.0, @function
reduce.constprop.0:
	addi	sp,sp,-16
	sw	s0,8(sp)
	lui	s0,%hi(.LANCHOR0)
	addi	s0,s0,%lo(.LANCHOR0)
	sw	s1,4(sp)
	sw	s2,0(sp)
	sw	ra,12(sp)
	mv	s1,a0
	addi	s2,s0,168
	mv	a5,a1
.L6:
	lw	a1,0(s0)
	mv	a0,a5
	addi	s0,s0,28
	jalr	s1
	mv	a5,a0
	bne	s0,s2,.L6
	lw	ra,12(sp)
	lw	s0,8(sp)
	lw	s1,4(sp)
	lw	s2,0(sp)
	addi	sp,sp,16
	jr	ra
	.size	reduce.constprop.0, .-reduce.constprop.0
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"%4d %4d %4d\n"
	.align	2
.LC1:
	.string	"%d %d %d\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-32
	lui	a1,%hi(.LANCHOR0)
	sw	s1,20(sp)
	sw	s2,16(sp)
	addi	a6,a1,%lo(.LANCHOR0)
	addi	s2,a1,%lo(.LANCHOR0)
	lui	s1,%hi(.LANCHOR0+144)
	lui	a0,%hi(.LANCHOR0+288)
	sw	ra,28(sp)
	sw	s0,24(sp)
	sw	s3,12(sp)
	li	a4,0
	li	a7,24
	addi	a6,a6,144
	addi	s1,s1,%lo(.LANCHOR0+144)
	li	t4,3
	addi	t1,s2,288
	li	t3,6
	addi	a0,a0,%lo(.LANCHOR0+288)
.L10:
	mul	a3,a4,a7
	li	a5,0
.L12:
	add	a2,a6,a3
	add	t5,a5,a4
	sw	t5,0(a2)
	li	a2,2
	beq	a4,a5,.L11
	sub	a2,a4,a5
	rem	a2,a2,t4
.L11:
	add	t5,t1,a3
	sw	a2,0(t5)
	addi	a5,a5,1
	addi	a3,a3,4
	bne	a5,t3,.L12
	addi	a4,a4,1
	bne	a4,a5,.L10
	mv	a2,s1
	li	a3,0
	li	t5,24
	li	t6,144
.L13:
	li	a5,0
	addi	t4,a2,24
	add	t3,s2,a3
	j	.L17
.L14:
	lw	t1,0(a4)
	lw	t0,0(a7)
	addi	a4,a4,4
	addi	a7,a7,24
	mul	t1,t1,t0
	add	a6,a6,t1
	bne	a4,t4,.L14
	add	a7,t3,a5
	sw	a6,0(a7)
	addi	a5,a5,4
	addi	s0,a1,%lo(.LANCHOR0)
	beq	a5,t5,.L15
.L17:
	add	a7,a0,a5
	mv	a4,a2
	li	a6,0
	j	.L14
.L15:
	addi	a3,a3,24
	beq	a3,t6,.L16
	mv	a2,a4
	j	.L13
.L16:
	lui	s3,%hi(.LC0)
.L18:
	lw	a3,20(s0)
	lw	a2,4(s0)
	lw	a1,0(s0)
	addi	a0,s3,%lo(.LC0)
	addi	s0,s0,24
	call	printf
	bne	s1,s0,.L18
	lui	a0,%hi(add)
	li	a1,0
	addi	a0,a0,%lo(add)
	call	reduce.constprop.0
	mv	s0,a0
	lui	a0,%hi(mul)
	li	a1,1
	addi	a0,a0,%lo(mul)
	call	reduce.constprop.0
	mv	s1,a0
	lui	a0,%hi(max)
	li	a1,0
	addi	a0,a0,%lo(max)
	call	reduce.constprop.0
	mv	a3,a0
	slli	a2,s1,16
	lui	a0,%hi(.LC1)
	mv	a1,s0
	srli	a2,a2,16
	addi	a0,a0,%lo(.LC1)
	call	printf
	lw	a0,60(s2)
	lw	ra,28(sp)
	lw	s0,24(sp)
	lw	s1,20(sp)
	lw	s2,16(sp)
	lw	s3,12(sp)
	andi	a0,a0,127
	addi	sp,sp,32
	jr	ra
	.size	main, .-main
	.globl	c
	.globl	b
	.globl	a
	.bss
	.align	2
	.set	.LANCHOR0,. + 0
	.type	c, @object
	.size	c, 144
c:
	.zero	144
	.type	a, @object
	.size	a, 144
a:
	.zero	144
	.type	b, @object
	.size	b, 144
b:
	.zero	144
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
