	.file	"globals.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"%d %d %d %c %d %d %d %d %llx\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-32
	lui	a4,%hi(big_zero)
	addi	a3,a4,%lo(big_zero)
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	a4,a4,%lo(big_zero)
	li	a5,0
	li	a2,1000
.L2:
	sw	a5,0(a4)
	addi	a5,a5,1
	addi	a4,a4,4
	bne	a5,a2,.L2
	lui	s0,%hi(.LANCHOR0)
	addi	s0,s0,%lo(.LANCHOR0)
	lw	a2,4(s0)
	lw	a4,8(s0)
	addi	a5,s0,12
	li	a1,3
	li	a0,63
.L3:
	add	a2,a2,a4
	add	a4,a4,a2
	sw	a2,0(a5)
	sw	a4,4(a5)
	addi	a1,a1,2
	addi	a5,a5,8
	bne	a1,a0,.L3
	lui	t3,%hi(id.0)
	lui	a5,%hi(counter)
	lw	a7,%lo(id.0)(t3)
	lw	a1,%lo(counter)(a5)
	lui	t4,%hi(zero)
	lui	a5,%hi(wide)
	lw	a0,244(s0)
	lw	t1,248(s0)
	lw	a2,%lo(zero)(t4)
	lw	t5,%lo(wide)(a5)
	lw	t6,%lo(wide+4)(a5)
	li	a5,4096
	add	a5,a3,a5
	lui	a4,%hi(small_init)
	lw	a6,-100(a5)
	lh	a3,%lo(small_init)(a4)
	lw	a5,80(s0)
	addi	a4,a7,1
	sw	a4,0(sp)
	add	t1,t1,a0
	sw	t5,8(sp)
	sw	t6,12(sp)
	add	a2,a1,a2
	lui	a0,%hi(.LC0)
	sw	t1,252(s0)
	addi	t0,a7,2
	sw	a2,%lo(zero)(t4)
	lui	t1,%hi(flag)
	li	t4,120
	li	a4,120
	addi	a0,a0,%lo(.LC0)
	sb	t4,%lo(flag)(t1)
	sw	t0,%lo(id.0)(t3)
	call	printf
	lw	a0,20(s0)
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	a0,a0,7
	addi	sp,sp,32
	jr	ra
	.size	main, .-main
	.globl	wide
	.globl	big_zero
	.globl	table
	.globl	flag
	.globl	small_init
	.globl	zero
	.globl	counter
	.data
	.align	2
	.set	.LANCHOR0,. + 0
	.type	table, @object
	.size	table, 256
table:
	.word	1
	.word	2
	.word	3
	.zero	244
	.bss
	.align	2
	.type	big_zero, @object
	.size	big_zero, 4000
big_zero:
	.zero	4000
	.section	.sbss,"aw",@nobits
	.align	2
	.type	flag, @object
	.size	flag, 1
flag:
	.zero	1
	.zero	3
	.type	zero, @object
	.size	zero, 4
zero:
	.zero	4
	.section	.sdata,"aw"
	.align	3
	.type	id.0, @object
	.size	id.0, 4
id.0:
	.word	100
	.zero	4
	.type	wide, @object
	.size	wide, 8
wide:
	.word	-1985229329
	.word	19088743
	.type	small_init, @object
	.size	small_init, 2
small_init:
	.half	-2
	.zero	2
	.type	counter, @object
	.size	counter, 4
counter:
	.word	5
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
