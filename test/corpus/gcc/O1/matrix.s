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
	.type	reduce, @function
reduce:
	addi	sp,sp,-16
	sw	ra,12(sp)
	sw	s0,8(sp)
	sw	s1,4(sp)
	sw	s2,0(sp)
	mv	s1,a0
	mv	s2,a1
	mv	a0,a2
	mv	s0,s1
	addi	s1,s1,168
.L6:
	lw	a1,0(s0)
	jalr	s2
	addi	s0,s0,28
	bne	s0,s1,.L6
	lw	ra,12(sp)
	lw	s0,8(sp)
	lw	s1,4(sp)
	lw	s2,0(sp)
	addi	sp,sp,16
	jr	ra
	.size	reduce, .-reduce
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"%4d %4d %4d\n"
	.align	2
.LC1:
	.string	"%d %d %d\n"
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	sw	s1,20(sp)
	sw	s2,16(sp)
	sw	s3,12(sp)
	lui	t3,%hi(.LANCHOR0)
	addi	t1,t3,%lo(.LANCHOR0)
	addi	t5,t1,144
	mv	t4,t5
	addi	t3,t3,%lo(.LANCHOR0)
	li	a3,0
	li	a6,2
	li	a7,3
	li	a0,6
	j	.L10
.L11:
	sw	a4,0(a1)
	addi	a5,a5,1
	addi	a2,a2,4
	addi	a1,a1,4
	beq	a5,a0,.L25
.L12:
	add	a4,a5,a3
	sw	a4,0(a2)
	mv	a4,a6
	beq	a3,a5,.L11
	sub	a4,a3,a5
	rem	a4,a4,a7
	j	.L11
.L25:
	addi	a3,a3,1
	addi	t3,t3,24
	addi	t4,t4,24
	beq	a3,a0,.L26
.L10:
	mv	a1,t4
	mv	a2,t3
	li	a5,0
	j	.L12
.L26:
	addi	a0,t1,24
	lui	s0,%hi(.LANCHOR0+288)
	addi	s0,s0,%lo(.LANCHOR0+288)
	addi	t6,t1,144
	mv	t4,s0
	addi	t3,t5,24
.L13:
	mv	a6,t5
	mv	a7,t4
.L17:
	mv	a3,a6
	mv	a5,t1
	li	a2,0
.L14:
	lw	a4,0(a5)
	lw	a1,0(a3)
	mul	a4,a4,a1
	add	a2,a2,a4
	addi	a5,a5,4
	addi	a3,a3,24
	bne	a5,a0,.L14
	sw	a2,0(a7)
	addi	a7,a7,4
	addi	a6,a6,4
	bne	a6,t3,.L17
	addi	t1,t1,24
	addi	a0,a0,24
	addi	t4,t4,24
	bne	t1,t6,.L13
	addi	s2,s0,144
	lui	s1,%hi(.LC0)
.L18:
	lw	a3,20(s0)
	lw	a2,4(s0)
	lw	a1,0(s0)
	addi	a0,s1,%lo(.LC0)
	call	printf
	addi	s0,s0,24
	bne	s2,s0,.L18
	lui	s0,%hi(.LANCHOR0)
	addi	s0,s0,%lo(.LANCHOR0)
	addi	s3,s0,288
	li	a2,0
	lui	a1,%hi(add)
	addi	a1,a1,%lo(add)
	mv	a0,s3
	call	reduce
	mv	s1,a0
	li	a2,1
	lui	a1,%hi(mul)
	addi	a1,a1,%lo(mul)
	mv	a0,s3
	call	reduce
	mv	s2,a0
	li	a2,0
	lui	a1,%hi(max)
	addi	a1,a1,%lo(max)
	mv	a0,s3
	call	reduce
	mv	a3,a0
	slli	a2,s2,16
	srli	a2,a2,16
	mv	a1,s1
	lui	a0,%hi(.LC1)
	addi	a0,a0,%lo(.LC1)
	call	printf
	lw	a0,348(s0)
	andi	a0,a0,127
	lw	ra,28(sp)
	lw	s0,24(sp)
	lw	s1,20(sp)
	lw	s2,16(sp)
	lw	s3,12(sp)
	addi	sp,sp,32
	jr	ra
	.size	main, .-main
	.globl	c
	.globl	b
	.globl	a
	.bss
	.align	2
	.set	.LANCHOR0,. + 0
	.type	a, @object
	.size	a, 144
a:
	.zero	144
	.type	b, @object
	.size	b, 144
b:
	.zero	144
	.type	c, @object
	.size	c, 144
c:
	.zero	144
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
