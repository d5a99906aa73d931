	.file	"tables.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"123456789"
	.align	2
.LC1:
	.string	"crc %x\n"
	.align	2
.LC2:
	.string	"sum %d %s %s\n"
	.align	2
.LC3:
	.string	"%c%d "
	.align	2
.LC4:
	.string	"\n"
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-16
	sw	ra,12(sp)
	sw	s0,8(sp)
	sw	s1,4(sp)
	lui	a0,%hi(.LANCHOR0)
	addi	a0,a0,%lo(.LANCHOR0)
	li	a1,0
	li	a2,-306675712
	addi	a2,a2,800
	li	a6,256
	j	.L2
.L3:
	srli	a5,a5,1
.L4:
	addi	a4,a4,-1
	beq	a4,zero,.L13
.L5:
	andi	a3,a5,1
	beq	a3,zero,.L3
	srli	a5,a5,1
	xor	a5,a5,a2
	j	.L4
.L13:
	sw	a5,0(a0)
	addi	a1,a1,1
	addi	a0,a0,4
	beq	a1,a6,.L8
.L2:
	mv	a5,a1
	li	a4,8
	j	.L5
.L8:
	li	a1,-1
	li	a5,49
	lui	a4,%hi(.LC0)
	addi	a4,a4,%lo(.LC0)
	lui	a3,%hi(.LANCHOR0)
	addi	a3,a3,%lo(.LANCHOR0)
.L6:
	addi	a4,a4,1
	xor	a5,a5,a1
	andi	a5,a5,255
	slli	a5,a5,2
	add	a5,a3,a5
	lw	a5,0(a5)
	srli	a1,a1,8
	xor	a1,a5,a1
	lbu	a5,0(a4)
	bne	a5,zero,.L6
	not	a1,a1
	lui	a0,%hi(.LC1)
	addi	a0,a0,%lo(.LC1)
	call	printf
	lui	a5,%hi(.LANCHOR1)
	addi	a5,a5,%lo(.LANCHOR1)
	addi	a3,a5,32
	li	s0,0
.L7:
	lhu	a4,0(a5)
	add	s0,s0,a4
	addi	a5,a5,2
	bne	a5,a3,.L7
	lui	a5,%hi(.LANCHOR2)
	addi	a5,a5,%lo(.LANCHOR2)
	lw	a3,8(a5)
	lw	a2,4(a5)
	mv	a1,s0
	lui	a0,%hi(.LC2)
	addi	a0,a0,%lo(.LC2)
	call	printf
	li	a2,1
	li	a1,43
	lui	s1,%hi(.LC3)
	addi	a0,s1,%lo(.LC3)
	call	printf
	li	a2,1
	li	a1,45
	addi	a0,s1,%lo(.LC3)
	call	printf
	li	a2,2
	li	a1,42
	addi	a0,s1,%lo(.LC3)
	call	printf
	li	a2,2
	li	a1,47
	addi	a0,s1,%lo(.LC3)
	call	printf
	lui	a0,%hi(.LC4)
	addi	a0,a0,%lo(.LC4)
	call	printf
	srai	a0,s0,31
	srli	a0,a0,24
	add	a5,s0,a0
	andi	a5,a5,255
	sub	a0,a5,a0
	lw	ra,12(sp)
	lw	s0,8(sp)
	lw	s1,4(sp)
	addi	sp,sp,16
	jr	ra
	.size	main, .-main
	.globl	messages
	.section	.rodata.str1.4
	.align	2
.LC5:
	.string	"zero"
	.align	2
.LC6:
	.string	"one"
	.align	2
.LC7:
	.string	"two"
	.section	.rodata
	.align	2
	.set	.LANCHOR1,. + 0
	.type	squares, @object
	.size	squares, 32
squares:
	.half	0
	.half	1
	.half	4
	.half	9
	.half	16
	.half	25
	.half	36
	.half	49
	.half	64
	.half	81
	.half	100
	.half	121
	.half	144
	.half	169
	.half	196
	.half	225
	.data
	.align	2
	.set	.LANCHOR2,. + 0
	.type	messages, @object
	.size	messages, 12
messages:
	.word	.LC5
	.word	.LC6
	.word	.LC7
	.bss
	.align	2
	.set	.LANCHOR0,. + 0
	.type	crc_table, @object
	.size	crc_table, 1024
crc_table:
	.zero	1024
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
