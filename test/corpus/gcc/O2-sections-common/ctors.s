	.file	"ctors.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.section	.text.startup.first,"ax",@progbits
	.align	2
	.type	first, @function
first:
	lui	a3,%hi(calls)
	lw	a4,%lo(calls)(a3)
	lui	a5,%hi(order)
	addi	a5,a5,%lo(order)
	slli	a2,a4,2
	addi	a4,a4,1
	add	a5,a5,a2
	sw	a4,%lo(calls)(a3)
	li	a4,1
	sw	a4,0(a5)
	ret
	.size	first, .-first
	.section	.init_array,"aw"
	.align	2
	.word	first
	.section	.text.startup.early,"ax",@progbits
	.align	2
	.type	early, @function
early:
	lui	a3,%hi(calls)
	lw	a4,%lo(calls)(a3)
	lui	a5,%hi(order)
	addi	a5,a5,%lo(order)
	slli	a2,a4,2
	addi	a4,a4,1
	add	a5,a5,a2
	sw	a4,%lo(calls)(a3)
	li	a4,2
	sw	a4,0(a5)
	ret
	.size	early, .-early
	.section	.init_array.00200,"aw"
	.align	2
	.word	early
	.section	.text.startup.second,"ax",@progbits
	.align	2
	.type	second, @function
second:
	lui	a3,%hi(calls)
	lw	a4,%lo(calls)(a3)
	lui	a5,%hi(order)
	addi	a5,a5,%lo(order)
	slli	a2,a4,2
	addi	a4,a4,1
	add	a5,a5,a2
	sw	a4,%lo(calls)(a3)
	li	a4,3
	sw	a4,0(a5)
	ret
	.size	second, .-second
	.section	.init_array
	.align	2
	.word	second
	.section	.rodata.main.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"constructors ran: %d (%d %d %d), argc %d, argv[0] set %d\n"
	.align	2
.LC1:
	.string	"heap list sum %d\n"
	.section	.text.startup.main,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-32
	lui	a5,%hi(order)
	addi	a5,a5,%lo(order)
	lw	a6,0(a1)
	sw	s3,12(sp)
	lui	s3,%hi(calls)
	lw	a4,8(a5)
	lw	a3,4(a5)
	lw	a2,0(a5)
	lw	a1,%lo(calls)(s3)
	mv	a5,a0
	lui	a0,%hi(.LC0)
	snez	a6,a6
	addi	a0,a0,%lo(.LC0)
	sw	s0,24(sp)
	sw	s2,16(sp)
	sw	ra,28(sp)
	sw	s1,20(sp)
	call	printf
	li	s0,0
	li	a5,0
	li	s2,100
.L6:
	li	a0,8
	mv	s1,a5
	call	sbrk
	mul	a4,s0,s0
	sw	s1,4(a0)
	addi	s0,s0,1
	mv	a5,a0
	sw	a4,0(a0)
	bne	s0,s2,.L6
	li	a1,8192
	addi	a1,a1,1609
	beq	s1,zero,.L7
.L8:
	lw	a5,0(s1)
	lw	s1,4(s1)
	add	a1,a1,a5
	bne	s1,zero,.L8
.L7:
	lui	a0,%hi(.LC1)
	addi	a0,a0,%lo(.LC1)
	call	printf
	lw	ra,28(sp)
	lw	s0,24(sp)
	lw	a0,%lo(calls)(s3)
	lw	s1,20(sp)
	lw	s2,16(sp)
	lw	s3,12(sp)
	addi	sp,sp,32
	jr	ra
	.size	main, .-main
	.section	.sbss.calls,"aw",@nobits
	.align	2
	.type	calls, @object
	.size	calls, 4
calls:
	.zero	4
	.section	.bss.order,"aw",@nobits
	.align	2
	.type	order, @object
	.size	order, 16
order:
	.zero	16
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
