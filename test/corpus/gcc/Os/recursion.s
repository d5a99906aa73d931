	.file	"recursion.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	2
	.type	fib, @function
fib:
	addi	sp,sp,-32
	sw	s0,24(sp)
	sw	s1,20(sp)
	sw	s2,16(sp)
	sw	s3,12(sp)
	sw	ra,28(sp)
	mv	s0,a0
	mv	s1,a0
	li	s2,0
	li	s3,1
.L3:
	ble	s1,s3,.L2
	addi	a0,s1,-1
	call	fib
	addi	s1,s1,-2
	add	s2,s2,a0
	j	.L3
.L2:
	srli	a5,s0,1
	li	a4,-2
	mul	a5,a5,a4
	lw	ra,28(sp)
	lw	s1,20(sp)
	lw	s3,12(sp)
	add	a0,s0,a5
	lw	s0,24(sp)
	add	a0,a0,s2
	lw	s2,16(sp)
	addi	sp,sp,32
	jr	ra
	.size	fib, .-fib
	.align	2
	.type	hanoi.isra.0, @function
hanoi.isra.0:
	addi	sp,sp,-16
	sw	s0,8(sp)
	sw	ra,12(sp)
	mv	s0,a0
.L7:
	beq	s0,zero,.L8
	addi	s0,s0,-1
	mv	a0,s0
	call	hanoi.isra.0
	lui	a4,%hi(moves)
	lw	a5,%lo(moves)(a4)
	addi	a5,a5,1
	sw	a5,%lo(moves)(a4)
	j	.L7
.L8:
	lw	ra,12(sp)
	lw	s0,8(sp)
	addi	sp,sp,16
	jr	ra
	.size	hanoi.isra.0, .-hanoi.isra.0
	.align	2
	.globl	ackermann
	.type	ackermann, @function
ackermann:
	bne	a0,zero,.L21
	addi	a0,a1,1
	ret
.L14:
	li	a1,1
.L13:
	mv	a0,s0
	beq	s0,zero,.L16
.L20:
	addi	s0,a0,-1
	beq	a1,zero,.L14
	addi	a1,a1,-1
	call	ackermann
	mv	a1,a0
	j	.L13
.L16:
	lw	ra,12(sp)
	lw	s0,8(sp)
	addi	a0,a1,1
	addi	sp,sp,16
	jr	ra
.L21:
	addi	sp,sp,-16
	sw	ra,12(sp)
	sw	s0,8(sp)
	j	.L20
	.size	ackermann, .-ackermann
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"fib(%d) = %d\n"
	.align	2
.LC1:
	.string	"ackermann(2, 3) = %d\n"
	.align	2
.LC2:
	.string	"hanoi(10): %d moves\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-16
	sw	s0,8(sp)
	sw	s1,4(sp)
	sw	s2,0(sp)
	sw	ra,12(sp)
	li	s0,0
	lui	s2,%hi(.LC0)
	li	s1,20
.L23:
	mv	a0,s0
	call	fib
	mv	a2,a0
	mv	a1,s0
	addi	a0,s2,%lo(.LC0)
	addi	s0,s0,4
	call	printf
	bne	s0,s1,.L23
	li	a1,3
	li	a0,2
	call	ackermann
	mv	a1,a0
	lui	a0,%hi(.LC1)
	addi	a0,a0,%lo(.LC1)
	call	printf
	li	a0,10
	call	hanoi.isra.0
	lui	a5,%hi(moves)
	lw	a1,%lo(moves)(a5)
	lui	a0,%hi(.LC2)
	addi	a0,a0,%lo(.LC2)
	call	printf
	li	a0,10
	call	fib
	lw	ra,12(sp)
	lw	s0,8(sp)
	li	a5,7
	lw	s1,4(sp)
	lw	s2,0(sp)
	rem	a0,a0,a5
	addi	sp,sp,16
	jr	ra
	.size	main, .-main
	.section	.sbss,"aw",@nobits
	.align	2
	.type	moves, @object
	.size	moves, 4
moves:
	.zero	4
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
