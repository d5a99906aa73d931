	.file	"matrix.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	2
	.type	multiply, @function
multiply:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	sw	a2,-44(s0)
	sw	zero,-20(s0)
	j	.L2
.L7:
	sw	zero,-24(s0)
	j	.L3
.L6:
	sw	zero,-28(s0)
	sw	zero,-32(s0)
	j	.L4
.L5:
	lw	a4,-20(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,3
	mv	a4,a5
	lw	a5,-36(s0)
	add	a4,a5,a4
	lw	a5,-32(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a3,0(a5)
	lw	a4,-32(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,3
	mv	a4,a5
	lw	a5,-40(s0)
	add	a4,a5,a4
	lw	a5,-24(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	mul	a5,a3,a5
	lw	a4,-28(s0)
	add	a5,a4,a5
	sw	a5,-28(s0)
	lw	a5,-32(s0)
	addi	a5,a5,1
	sw	a5,-32(s0)
.L4:
	lw	a4,-32(s0)
	li	a5,5
	ble	a4,a5,.L5
	lw	a4,-20(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,3
	mv	a4,a5
	lw	a5,-44(s0)
	add	a4,a5,a4
	lw	a5,-24(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a4,-28(s0)
	sw	a4,0(a5)
	lw	a5,-24(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
.L3:
	lw	a4,-24(s0)
	li	a5,5
	ble	a4,a5,.L6
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L2:
	lw	a4,-20(s0)
	li	a5,5
	ble	a4,a5,.L7
	nop
	nop
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	multiply, .-multiply
	.align	2
	.type	add, @function
add:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	lw	a4,-20(s0)
	lw	a5,-24(s0)
	add	a5,a4,a5
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	add, .-add
	.align	2
	.type	mul, @function
mul:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	lw	a4,-20(s0)
	lw	a5,-24(s0)
	mul	a5,a4,a5
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	mul, .-mul
	.align	2
	.type	max, @function
max:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	lw	a4,-20(s0)
	lw	a5,-24(s0)
	bge	a5,a4,.L14
	mv	a5,a4
.L14:
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	max, .-max
	.section	.rodata
	.align	2
	.type	reducers, @object
	.size	reducers, 12
reducers:
	.word	add
	.word	mul
	.word	max
	.text
	.align	2
	.type	reduce, @function
reduce:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	sw	a2,-44(s0)
	lw	a5,-44(s0)
	sw	a5,-20(s0)
	sw	zero,-24(s0)
	j	.L16
.L17:
	lw	a4,-24(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,3
	mv	a4,a5
	lw	a5,-36(s0)
	add	a4,a5,a4
	lw	a5,-24(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a4,0(a5)
	lw	a5,-40(s0)
	mv	a1,a4
	lw	a0,-20(s0)
	jalr	a5
	sw	a0,-20(s0)
	lw	a5,-24(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
.L16:
	lw	a4,-24(s0)
	li	a5,5
	ble	a4,a5,.L17
	lw	a5,-20(s0)
	mv	a0,a5
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	sp,sp,48
	jr	ra
	.size	reduce, .-reduce
	.globl	a
	.bss
	.align	2
	.type	a, @object
	.size	a, 144
a:
	.zero	144
	.globl	b
	.align	2
	.type	b, @object
	.size	b, 144
b:
	.zero	144
	.globl	c
	.align	2
	.type	c, @object
	.size	c, 144
c:
	.zero	144
	.section	.rodata
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
	addi	s0,sp,32
	sw	zero,-20(s0)
	j	.L20
.L25:
	sw	zero,-24(s0)
	j	.L21
.L24:
	lw	a4,-20(s0)
	lw	a5,-24(s0)
	add	a3,a4,a5
	lui	a5,%hi(a)
	addi	a2,a5,%lo(a)
	lw	a4,-20(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,1
	lw	a4,-24(s0)
	add	a5,a5,a4
	slli	a5,a5,2
	add	a5,a2,a5
	sw	a3,0(a5)
	lw	a4,-20(s0)
	lw	a5,-24(s0)
	beq	a4,a5,.L22
	lw	a4,-20(s0)
	lw	a5,-24(s0)
	sub	a4,a4,a5
	li	a5,3
	rem	a4,a4,a5
	j	.L23
.L22:
	li	a4,2
.L23:
	lui	a5,%hi(b)
	addi	a2,a5,%lo(b)
	lw	a3,-20(s0)
	mv	a5,a3
	slli	a5,a5,1
	add	a5,a5,a3
	slli	a5,a5,1
	lw	a3,-24(s0)
	add	a5,a5,a3
	slli	a5,a5,2
	add	a5,a2,a5
	sw	a4,0(a5)
	lw	a5,-24(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
.L21:
	lw	a4,-24(s0)
	li	a5,5
	ble	a4,a5,.L24
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L20:
	lw	a4,-20(s0)
	li	a5,5
	ble	a4,a5,.L25
	lui	a5,%hi(c)
	addi	a2,a5,%lo(c)
	lui	a5,%hi(b)
	addi	a1,a5,%lo(b)
	lui	a5,%hi(a)
	addi	a0,a5,%lo(a)
	call	multiply
	sw	zero,-28(s0)
	j	.L26
.L27:
	lui	a5,%hi(c)
	addi	a3,a5,%lo(c)
	lw	a4,-28(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,3
	add	a5,a3,a5
	lw	a1,0(a5)
	lui	a5,%hi(c)
	addi	a3,a5,%lo(c)
	lw	a4,-28(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,3
	add	a5,a3,a5
	lw	a2,4(a5)
	lui	a5,%hi(c)
	addi	a3,a5,%lo(c)
	lw	a4,-28(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,3
	add	a5,a3,a5
	lw	a5,20(a5)
	mv	a3,a5
	lui	a5,%hi(.LC0)
	addi	a0,a5,%lo(.LC0)
	call	printf
	lw	a5,-28(s0)
	addi	a5,a5,1
	sw	a5,-28(s0)
.L26:
	lw	a4,-28(s0)
	li	a5,5
	ble	a4,a5,.L27
	lui	a5,%hi(add)
	addi	a5,a5,%lo(add)
	li	a2,0
	mv	a1,a5
	lui	a5,%hi(c)
	addi	a0,a5,%lo(c)
	call	reduce
	mv	s2,a0
	lui	a5,%hi(mul)
	addi	a5,a5,%lo(mul)
	li	a2,1
	mv	a1,a5
	lui	a5,%hi(c)
	addi	a0,a5,%lo(c)
	call	reduce
	mv	a4,a0
	li	a5,65536
	addi	a5,a5,-1
	and	s1,a4,a5
	lui	a5,%hi(max)
	addi	a5,a5,%lo(max)
	li	a2,0
	mv	a1,a5
	lui	a5,%hi(c)
	addi	a0,a5,%lo(c)
	call	reduce
	mv	a5,a0
	mv	a3,a5
	mv	a2,s1
	mv	a1,s2
	lui	a5,%hi(.LC1)
	addi	a0,a5,%lo(.LC1)
	call	printf
	lui	a5,%hi(c)
	addi	a5,a5,%lo(c)
	lw	a5,60(a5)
	andi	a5,a5,127
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	lw	s1,20(sp)
	lw	s2,16(sp)
	addi	sp,sp,32
	jr	ra
	.size	main, .-main
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
