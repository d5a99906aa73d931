	.file	"matrix.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.section	.text.add,"ax",@progbits
	.align	2
	.type	add, @function
add:
	add	a0,a0,a1
	ret
	.size	add, .-add
	.section	.text.mul,"ax",@progbits
	.align	2
	.type	mul, @function
mul:
	mul	a0,a0,a1
	ret
	.size	mul, .-mul
	.section	.text.max,"ax",@progbits
	.align	2
	.type	max, @function
max:
	mv	a5,a0
	mv	a0,a1
	bge	a1,a5,.L5
	mv	a0,a5
.L5:
	ret
	.size	max, .-max
	.section	.text.reduce.constprop.0,"ax",@progbits
	.align	2
	.type	reduce.constprop.0, @function
reduce.constprop.0:
	addi	sp,sp,-16
	sw	s0,8(sp)
	lui	s0,%hi(c)
	addi	s0,s0,%lo(c)
	sw	s1,4(sp)
	sw	s2,0(sp)
	sw	ra,12(sp)
	mv	s1,a0
	mv	a5,a1
	addi	s2,s0,168
.L7:
	lw	a1,0(s0)
	mv	a0,a5
	addi	s0,s0,28
	jalr	s1
	mv	a5,a0
	bne	s0,s2,.L7
	lw	ra,12(sp)
	lw	s0,8(sp)
	lw	s1,4(sp)
	lw	s2,0(sp)
	addi	sp,sp,16
	jr	ra
	.size	reduce.constprop.0, .-reduce.constprop.0
	.section	.rodata.main.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"%4d %4d %4d\n"
	.align	2
.LC1:
	.string	"%d %d %d\n"
	.section	.text.startup.main,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-32
	lui	t3,%hi(a)
	lui	t4,%hi(b)
	addi	t1,t3,%lo(a)
	addi	t5,t4,%lo(b)
	sw	ra,28(sp)
	sw	s0,24(sp)
	sw	s1,20(sp)
	sw	s2,16(sp)
	sw	s3,12(sp)
	addi	t4,t4,%lo(b)
	addi	t3,t3,%lo(a)
	li	a4,0
	li	a7,3
	li	a6,6
.L11:
	mv	a2,t4
	mv	a3,t3
	li	a5,0
.L14:
	add	a1,a5,a4
	sw	a1,0(a3)
	sub	a0,a4,a5
	li	a1,2
	beq	a4,a5,.L13
	rem	a1,a0,a7
.L13:
	addi	a5,a5,1
	sw	a1,0(a2)
	addi	a2,a2,4
	addi	a3,a3,4
	bne	a5,a6,.L14
	addi	a4,a4,1
	addi	t3,t3,24
	addi	t4,t4,24
	bne	a4,a5,.L11
	lui	t4,%hi(c)
	lui	t3,%hi(b+24)
	addi	s1,t4,%lo(c)
	addi	s0,t4,%lo(c)
	addi	a0,t1,24
	addi	t6,t1,144
	addi	t4,t4,%lo(c)
	addi	t3,t3,%lo(b+24)
.L12:
	mv	a6,t5
	mv	a7,t4
.L19:
	mv	a3,a6
	mv	a5,t1
	li	a2,0
.L16:
	lw	a4,0(a5)
	lw	a1,0(a3)
	addi	a5,a5,4
	addi	a3,a3,24
	mul	a4,a4,a1
	add	a2,a2,a4
	bne	a5,a0,.L16
	sw	a2,0(a7)
	addi	a6,a6,4
	addi	a7,a7,4
	bne	t3,a6,.L19
	addi	t1,t1,24
	addi	a0,a5,24
	addi	t4,t4,24
	bne	t1,t6,.L12
	addi	s3,s1,144
	lui	s2,%hi(.LC0)
.L20:
	lw	a3,20(s1)
	lw	a2,4(s1)
	lw	a1,0(s1)
	addi	a0,s2,%lo(.LC0)
	addi	s1,s1,24
	call	printf
	bne	s3,s1,.L20
	lui	a0,%hi(add)
	li	a1,0
	addi	a0,a0,%lo(add)
	call	reduce.constprop.0
	mv	s1,a0
	lui	a0,%hi(mul)
	li	a1,1
	addi	a0,a0,%lo(mul)
	call	reduce.constprop.0
	mv	s2,a0
	lui	a0,%hi(max)
	li	a1,0
	addi	a0,a0,%lo(max)
	call	reduce.constprop.0
	mv	a3,a0
	slli	a2,s2,16
	lui	a0,%hi(.LC1)
	mv	a1,s1
	srli	a2,a2,16
	addi	a0,a0,%lo(.LC1)
	call	printf
	lw	a0,60(s0)
	lw	ra,28(sp)
	lw	s0,24(sp)
	lw	s1,20(sp)
	lw	s2,16(sp)
	lw	s3,12(sp)
	andi	a0,a0,127
	addi	sp,sp,32
	jr	ra
	.size	main, .-main
	.comm	c,144,4
	.comm	b,144,4
	.comm	a,144,4
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
