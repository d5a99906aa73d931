	.file	"globals.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.globl	counter
	.section	.sdata,"aw"
	.align	2
	.type	counter, @object
	.size	counter, 4
counter:
	.word	5
	.globl	zero
	.section	.sbss,"aw",@nobits
	.align	2
	.type	zero, @object
	.size	zero, 4
zero:
	.zero	4
	.globl	small_init
	.section	.sdata
	.align	1
	.type	small_init, @object
	.size	small_init, 2
small_init:
	.half	-2
	.globl	flag
	.section	.sbss
	.type	flag, @object
	.size	flag, 1
flag:
	.zero	1
	.globl	table
	.data
	.align	2
	.type	table, @object
	.size	table, 256
table:
	.word	1
	.word	2
	.word	3
	.zero	244
	.globl	big_zero
	.bss
	.align	2
	.type	big_zero, @object
	.size	big_zero, 4000
big_zero:
	.zero	4000
	.globl	wide
	.section	.sdata
	.align	3
	.type	wide, @object
	.size	wide, 8
wide:
	.word	-1985229329
	.word	19088743
	.align	2
	.type	hidden, @object
	.size	hidden, 4
hidden:
	.word	7
	.text
	.align	2
	.type	next_id, @function
next_id:
	addi	sp,sp,-16
	sw	s0,12(sp)
	addi	s0,sp,16
	lui	a5,%hi(id.0)
	lw	a5,%lo(id.0)(a5)
	addi	a3,a5,1
	lui	a4,%hi(id.0)
	sw	a3,%lo(id.0)(a4)
	mv	a0,a5
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
	.size	next_id, .-next_id
	.section	.rodata
	.align	2
.LC0:
	.string	"%d %d %d %c %d %d %d %d %llx\n"
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	addi	s0,sp,48
	sw	zero,-20(s0)
	j	.L4
.L5:
	lui	a5,%hi(big_zero)
	addi	a4,a5,%lo(big_zero)
	lw	a5,-20(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a4,-20(s0)
	sw	a4,0(a5)
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L4:
	lw	a4,-20(s0)
	li	a5,999
	ble	a4,a5,.L5
	li	a5,3
	sw	a5,-24(s0)
	j	.L6
.L7:
	lw	a5,-24(s0)
	addi	a5,a5,-1
	lui	a4,%hi(table)
	addi	a4,a4,%lo(table)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a4,0(a5)
	lw	a5,-24(s0)
	addi	a5,a5,-2
	lui	a3,%hi(table)
	addi	a3,a3,%lo(table)
	slli	a5,a5,2
	add	a5,a3,a5
	lw	a5,0(a5)
	add	a4,a4,a5
	lui	a5,%hi(table)
	addi	a3,a5,%lo(table)
	lw	a5,-24(s0)
	slli	a5,a5,2
	add	a5,a3,a5
	sw	a4,0(a5)
	lw	a5,-24(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
.L6:
	lw	a4,-24(s0)
	li	a5,63
	ble	a4,a5,.L7
	lui	a5,%hi(zero)
	lw	a4,%lo(zero)(a5)
	lui	a5,%hi(counter)
	lw	a5,%lo(counter)(a5)
	add	a4,a4,a5
	lui	a5,%hi(zero)
	sw	a4,%lo(zero)(a5)
	lui	a5,%hi(flag)
	li	a4,120
	sb	a4,%lo(flag)(a5)
	call	next_id
	sw	a0,-28(s0)
	call	next_id
	sw	a0,-32(s0)
	lui	a5,%hi(counter)
	lw	a1,%lo(counter)(a5)
	lui	a5,%hi(zero)
	lw	a2,%lo(zero)(a5)
	lui	a5,%hi(small_init)
	lh	a5,%lo(small_init)(a5)
	mv	t1,a5
	lui	a5,%hi(flag)
	lbu	a5,%lo(flag)(a5)
	mv	t3,a5
	lui	a5,%hi(table)
	addi	a5,a5,%lo(table)
	lw	a3,80(a5)
	lui	a5,%hi(big_zero)
	addi	a4,a5,%lo(big_zero)
	li	a5,4096
	add	a5,a4,a5
	lw	a0,-100(a5)
	lui	a5,%hi(wide)
	lw	a4,%lo(wide)(a5)
	lw	a5,%lo(wide+4)(a5)
	sw	a4,8(sp)
	sw	a5,12(sp)
	lw	a5,-32(s0)
	sw	a5,0(sp)
	lw	a7,-28(s0)
	mv	a6,a0
	mv	a5,a3
	mv	a4,t3
	mv	a3,t1
	lui	a0,%hi(.LC0)
	addi	a0,a0,%lo(.LC0)
	call	printf
	lui	a5,%hi(table)
	addi	a5,a5,%lo(table)
	lw	a4,20(a5)
	lui	a5,%hi(hidden)
	lw	a5,%lo(hidden)(a5)
	add	a5,a4,a5
	mv	a0,a5
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	sp,sp,48
	jr	ra
	.size	main, .-main
	.section	.sdata
	.align	2
	.type	id.0, @object
	.size	id.0, 4
id.0:
	.word	100
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
