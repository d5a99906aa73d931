	.file	"ctors.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.section	.text.startup,"ax",@progbits
	.align	2
	.type	first, @function
first:
	lui	a4,%hi(calls)
	lw	a5,%lo(calls)(a4)
	addi	a3,a5,1
	sw	a3,%lo(calls)(a4)
	slli	a4,a5,2
	lui	a5,%hi(.LANCHOR0)
	addi	a5,a5,%lo(.LANCHOR0)
	add	a5,a5,a4
	li	a4,1
	sw	a4,0(a5)
	ret
	.size	first, .-first
	.section	.init_array,"aw"
	.align	2
	.word	first
	.section	.text.startup
	.align	2
	.type	early, @function
early:
	lui	a4,%hi(calls)
	lw	a5,%lo(calls)(a4)
	addi	a3,a5,1
	sw	a3,%lo(calls)(a4)
	slli	a4,a5,2
	lui	a5,%hi(.LANCHOR0)
	addi	a5,a5,%lo(.LANCHOR0)
	add	a5,a5,a4
	li	a4,2
	sw	a4,0(a5)
	ret
	.size	early, .-early
	.section	.init_array.00200,"aw"
	.align	2
	.word	early
	.section	.text.startup
	.align	2
	.type	second, @function
second:
	lui	a4,%hi(calls)
	lw	a5,%lo(calls)(a4)
	addi	a3,a5,1
	sw	a3,%lo(calls)(a4)
	slli	a4,a5,2
	lui	a5,%hi(.LANCHOR0)
	addi	a5,a5,%lo(.LANCHOR0)
	add	a5,a5,a4
	li	a4,3
	sw	a4,0(a5)
	ret
	.size	second, .-second
	.section	.init_array
	.align	2
	.word	second
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"constructors ran: %d (%d %d %d), argc %d, argv[0] set %d\n"
	.align	2
.LC1:
	.string	"heap list sum %d\n"
	.section	.text.startup
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-32
	lui	a2,%hi(.LANCHOR0)
	lw	a6,0(a1)
	addi	a2,a2,%lo(.LANCHOR0)
	sw	s1,20(sp)
	lui	s1,%hi(calls)
	lw	a4,8(a2)
	lw	a3,4(a2)
	lw	a1,%lo(calls)(s1)
	lw	a2,0(a2)
	mv	a5,a0
	lui	a0,%hi(.LC0)
	snez	a6,a6
	addi	a0,a0,%lo(.LC0)
	sw	s0,24(sp)
	sw	s2,16(sp)
	sw	ra,28(sp)
	sw	s3,12(sp)
	call	printf
	li	s0,0
	li	a0,0
	li	s2,100
.L5:
	mv	s3,a0
	li	a0,8
	call	sbrk
	mul	a5,s0,s0
	sw	s3,4(a0)
	addi	s0,s0,1
	sw	a5,0(a0)
	bne	s0,s2,.L5
	li	a1,0
.L6:
	lw	a5,0(a0)
	lw	a0,4(a0)
	add	a1,a1,a5
	bne	a0,zero,.L6
	lui	a0,%hi(.LC1)
	addi	a0,a0,%lo(.LC1)
	call	printf
	lw	ra,28(sp)
	lw	s0,24(sp)
	lw	a0,%lo(calls)(s1)
	lw	s2,16(sp)
	lw	s1,20(sp)
	lw	s3,12(sp)
	addi	sp,sp,32
	jr	ra
	.size	main, .-main
	.bss
	.align	2
	.set	.LANCHOR0,. + 0
	.type	order, @object
	.size	order, 16
order:
	.zero	16
	.section	.sbss,"aw",@nobits
	.align	2
	.type	calls, @object
	.size	calls, 4
calls:
	.zero	4
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
