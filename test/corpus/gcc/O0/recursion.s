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
	sw	ra,28(sp)
	sw	s0,24(sp)
	sw	s1,20(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	lw	a4,-20(s0)
	li	a5,1
	ble	a4,a5,.L2
	lw	a5,-20(s0)
	addi	a5,a5,-1
	mv	a0,a5
	call	fib
	mv	s1,a0
	lw	a5,-20(s0)
	addi	a5,a5,-2
	mv	a0,a5
	call	fib
	mv	a5,a0
	add	a5,s1,a5
	j	.L4
.L2:
	lw	a5,-20(s0)
.L4:
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	lw	s1,20(sp)
	addi	sp,sp,32
	jr	ra
	.size	fib, .-fib
	.align	2
	.globl	ackermann
	.type	ackermann, @function
ackermann:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	sw	s1,20(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	lw	a5,-20(s0)
	bne	a5,zero,.L6
	lw	a5,-24(s0)
	addi	a5,a5,1
	j	.L7
.L6:
	lw	a5,-24(s0)
	bne	a5,zero,.L8
	lw	a5,-20(s0)
	addi	a5,a5,-1
	li	a1,1
	mv	a0,a5
	call	ackermann
	mv	a5,a0
	j	.L7
.L8:
	lw	a5,-20(s0)
	addi	s1,a5,-1
	lw	a5,-24(s0)
	addi	a5,a5,-1
	mv	a1,a5
	lw	a0,-20(s0)
	call	ackermann
	mv	a5,a0
	mv	a1,a5
	mv	a0,s1
	call	ackermann
	mv	a5,a0
.L7:
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	lw	s1,20(sp)
	addi	sp,sp,32
	jr	ra
	.size	ackermann, .-ackermann
	.local	moves
	.comm	moves,4,4
	.align	2
	.type	hanoi, @function
hanoi:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	sw	a2,-28(s0)
	sw	a3,-32(s0)
	lw	a5,-20(s0)
	beq	a5,zero,.L12
	lw	a5,-20(s0)
	addi	a5,a5,-1
	lw	a3,-28(s0)
	lw	a2,-32(s0)
	lw	a1,-24(s0)
	mv	a0,a5
	call	hanoi
	lui	a5,%hi(moves)
	lw	a5,%lo(moves)(a5)
	addi	a4,a5,1
	lui	a5,%hi(moves)
	sw	a4,%lo(moves)(a5)
	lw	a5,-20(s0)
	addi	a5,a5,-1
	lw	a3,-24(s0)
	lw	a2,-28(s0)
	lw	a1,-32(s0)
	mv	a0,a5
	call	hanoi
	j	.L9
.L12:
	nop
.L9:
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	hanoi, .-hanoi
	.section	.rodata
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
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	sw	zero,-20(s0)
	j	.L14
.L15:
	lw	a0,-20(s0)
	call	fib
	mv	a5,a0
	mv	a2,a5
	lw	a1,-20(s0)
	lui	a5,%hi(.LC0)
	addi	a0,a5,%lo(.LC0)
	call	printf
	lw	a5,-20(s0)
	addi	a5,a5,4
	sw	a5,-20(s0)
.L14:
	lw	a4,-20(s0)
	li	a5,19
	ble	a4,a5,.L15
	li	a1,3
	li	a0,2
	call	ackermann
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC1)
	addi	a0,a5,%lo(.LC1)
	call	printf
	li	a3,2
	li	a2,3
	li	a1,1
	li	a0,10
	call	hanoi
	lui	a5,%hi(moves)
	lw	a5,%lo(moves)(a5)
	mv	a1,a5
	lui	a5,%hi(.LC2)
	addi	a0,a5,%lo(.LC2)
	call	printf
	li	a0,10
	call	fib
	mv	a4,a0
	li	a5,7
	rem	a5,a4,a5
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	main, .-main
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
