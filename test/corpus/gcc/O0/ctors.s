	.file	"ctors.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.local	order
	.comm	order,16,4
	.local	calls
	.comm	calls,4,4
	.align	2
	.type	first, @function
first:
	addi	sp,sp,-16
	sw	s0,12(sp)
	addi	s0,sp,16
	lui	a5,%hi(calls)
	lw	a5,%lo(calls)(a5)
	addi	a3,a5,1
	lui	a4,%hi(calls)
	sw	a3,%lo(calls)(a4)
	lui	a4,%hi(order)
	addi	a4,a4,%lo(order)
	slli	a5,a5,2
	add	a5,a4,a5
	li	a4,1
	sw	a4,0(a5)
	nop
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
	.size	first, .-first
	.section	.init_array,"aw"
	.align	2
	.word	first
	.text
	.align	2
	.type	early, @function
early:
	addi	sp,sp,-16
	sw	s0,12(sp)
	addi	s0,sp,16
	lui	a5,%hi(calls)
	lw	a5,%lo(calls)(a5)
	addi	a3,a5,1
	lui	a4,%hi(calls)
	sw	a3,%lo(calls)(a4)
	lui	a4,%hi(order)
	addi	a4,a4,%lo(order)
	slli	a5,a5,2
	add	a5,a4,a5
	li	a4,2
	sw	a4,0(a5)
	nop
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
	.size	early, .-early
	.section	.init_array.00200,"aw"
	.align	2
	.word	early
	.text
	.align	2
	.type	second, @function
second:
	addi	sp,sp,-16
	sw	s0,12(sp)
	addi	s0,sp,16
	lui	a5,%hi(calls)
	lw	a5,%lo(calls)(a5)
	addi	a3,a5,1
	lui	a4,%hi(calls)
	sw	a3,%lo(calls)(a4)
	lui	a4,%hi(order)
	addi	a4,a4,%lo(order)
	slli	a5,a5,2
	add	a5,a4,a5
	li	a4,3
	sw	a4,0(a5)
	nop
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
	.size	second, .-second
	.section	.init_array
	.align	2
	.word	second
	.section	.rodata
	.align	2
.LC0:
	.string	"constructors ran: %d (%d %d %d), argc %d, argv[0] set %d\n"
	.align	2
.LC1:
	.string	"heap list sum %d\n"
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-64
	sw	ra,60(sp)
	sw	s0,56(sp)
	addi	s0,sp,64
	sw	a0,-52(s0)
	sw	a1,-56(s0)
	lui	a5,%hi(calls)
	lw	a1,%lo(calls)(a5)
	lui	a5,%hi(order)
	addi	a5,a5,%lo(order)
	lw	a2,0(a5)
	lui	a5,%hi(order)
	addi	a5,a5,%lo(order)
	lw	a3,4(a5)
	lui	a5,%hi(order)
	addi	a5,a5,%lo(order)
	lw	a4,8(a5)
	lw	a5,-56(s0)
	lw	a5,0(a5)
	snez	a5,a5
	andi	a5,a5,0xff
	mv	a6,a5
	lw	a5,-52(s0)
	lui	a0,%hi(.LC0)
	addi	a0,a0,%lo(.LC0)
	call	printf
	sw	zero,-20(s0)
	sw	zero,-24(s0)
	j	.L5
.L6:
	li	a0,8
	call	sbrk
	sw	a0,-36(s0)
	lw	a5,-24(s0)
	mul	a4,a5,a5
	lw	a5,-36(s0)
	sw	a4,0(a5)
	lw	a5,-36(s0)
	lw	a4,-20(s0)
	sw	a4,4(a5)
	lw	a5,-36(s0)
	sw	a5,-20(s0)
	lw	a5,-24(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
.L5:
	lw	a4,-24(s0)
	li	a5,99
	ble	a4,a5,.L6
	sw	zero,-28(s0)
	lw	a5,-20(s0)
	sw	a5,-32(s0)
	j	.L7
.L8:
	lw	a5,-32(s0)
	lw	a5,0(a5)
	lw	a4,-28(s0)
	add	a5,a4,a5
	sw	a5,-28(s0)
	lw	a5,-32(s0)
	lw	a5,4(a5)
	sw	a5,-32(s0)
.L7:
	lw	a5,-32(s0)
	bne	a5,zero,.L8
	lw	a1,-28(s0)
	lui	a5,%hi(.LC1)
	addi	a0,a5,%lo(.LC1)
	call	printf
	lui	a5,%hi(calls)
	lw	a5,%lo(calls)(a5)
	mv	a0,a5
	lw	ra,60(sp)
	lw	s0,56(sp)
	addi	sp,sp,64
	jr	ra
	.size	main, .-main
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
