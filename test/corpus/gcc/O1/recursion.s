	.file	"recursion.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	2
	.type	fib, @function
fib:
	addi	sp,sp,-16
	sw	ra,12(sp)
	sw	s0,8(sp)
	sw	s1,4(sp)
	mv	s0,a0
	li	a5,1
	bgt	a0,a5,.L4
.L2:
	mv	a0,s0
	lw	ra,12(sp)
	lw	s0,8(sp)
	lw	s1,4(sp)
	addi	sp,sp,16
	jr	ra
.L4:
	addi	a0,a0,-1
	call	fib
	mv	s1,a0
	addi	a0,s0,-2
	call	fib
	add	s0,s1,a0
	j	.L2
	.size	fib, .-fib
	.align	2
	.type	hanoi, @function
hanoi:
	bne	a0,zero,.L11
	ret
.L11:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	sw	s1,20(sp)
	sw	s2,16(sp)
	sw	s3,12(sp)
	mv	s3,a1
	mv	s2,a2
	mv	s1,a3
	addi	s0,a0,-1
	mv	a3,a2
	mv	a2,s1
	mv	a0,s0
	call	hanoi
	lui	a4,%hi(moves)
	lw	a5,%lo(moves)(a4)
	addi	a5,a5,1
	sw	a5,%lo(moves)(a4)
	mv	a3,s3
	mv	a2,s2
	mv	a1,s1
	mv	a0,s0
	call	hanoi
	lw	ra,28(sp)
	lw	s0,24(sp)
	lw	s1,20(sp)
	lw	s2,16(sp)
	lw	s3,12(sp)
	addi	sp,sp,32
	jr	ra
	.size	hanoi, .-hanoi
	.align	2
	.globl	ackermann
	.type	ackermann, @function
ackermann:
	beq	a0,zero,.L19
	addi	sp,sp,-16
	sw	ra,12(sp)
	sw	s0,8(sp)
	mv	s0,a0
	beq	a1,zero,.L20
	addi	a1,a1,-1
	call	ackermann
	mv	a1,a0
	addi	a0,s0,-1
	call	ackermann
.L12:
	lw	ra,12(sp)
	lw	s0,8(sp)
	addi	sp,sp,16
	jr	ra
.L19:
	addi	a0,a1,1
	ret
.L20:
	li	a1,1
	addi	a0,a0,-1
	call	ackermann
	j	.L12
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
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-16
	sw	ra,12(sp)
	sw	s0,8(sp)
	sw	s1,4(sp)
	sw	s2,0(sp)
	li	s0,0
	lui	s2,%hi(.LC0)
	li	s1,20
.L22:
	mv	a0,s0
	call	fib
	mv	a2,a0
	mv	a1,s0
	addi	a0,s2,%lo(.LC0)
	call	printf
	addi	s0,s0,4
	bne	s0,s1,.L22
	li	a1,3
	li	a0,2
	call	ackermann
	mv	a1,a0
	lui	a0,%hi(.LC1)
	addi	a0,a0,%lo(.LC1)
	call	printf
	li	a3,2
	li	a2,3
	li	a1,1
	li	a0,10
	call	hanoi
	lui	a5,%hi(moves)
	lw	a1,%lo(moves)(a5)
	lui	a0,%hi(.LC2)
	addi	a0,a0,%lo(.LC2)
	call	printf
	li	a0,10
	call	fib
	li	a5,7
	rem	a0,a0,a5
	lw	ra,12(sp)
	lw	s0,8(sp)
	lw	s1,4(sp)
	lw	s2,0(sp)
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
