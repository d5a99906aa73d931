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
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-16
	lui	a1,%hi(.LANCHOR0)
	li	a2,-306675712
	addi	a6,a1,%lo(.LANCHOR0)
	sw	ra,12(sp)
	sw	s0,8(sp)
	addi	a1,a1,%lo(.LANCHOR0)
	li	a4,0
	addi	a2,a2,800
	li	a0,256
.L10:
	andi	a3,a4,1
	srli	a5,a4,1
	beq	a3,zero,.L2
	xor	a5,a5,a2
.L2:
	andi	a3,a5,1
	srli	a5,a5,1
	beq	a3,zero,.L3
	xor	a5,a5,a2
.L3:
	andi	a3,a5,1
	srli	a5,a5,1
	beq	a3,zero,.L4
	xor	a5,a5,a2
.L4:
	andi	a3,a5,1
	srli	a5,a5,1
	beq	a3,zero,.L5
	xor	a5,a5,a2
.L5:
	andi	a3,a5,1
	srli	a5,a5,1
	beq	a3,zero,.L6
	xor	a5,a5,a2
.L6:
	andi	a3,a5,1
	srli	a5,a5,1
	beq	a3,zero,.L7
	xor	a5,a5,a2
.L7:
	andi	a3,a5,1
	srli	a5,a5,1
	beq	a3,zero,.L8
	xor	a5,a5,a2
.L8:
	andi	a3,a5,1
	srli	a5,a5,1
	beq	a3,zero,.L9
	xor	a5,a5,a2
.L9:
	sw	a5,0(a1)
	addi	a4,a4,1
	addi	a1,a1,4
	bne	a4,a0,.L10
	lui	a4,%hi(.LC0)
	li	a1,-1
	li	a5,49
	addi	a4,a4,%lo(.LC0)
.L11:
	xor	a5,a5,a1
	andi	a5,a5,255
	slli	a5,a5,2
	add	a5,a6,a5
	lw	a3,0(a5)
	lbu	a5,1(a4)
	srli	a1,a1,8
	addi	a4,a4,1
	xor	a1,a3,a1
	bne	a5,zero,.L11
	lui	a0,%hi(.LC1)
	not	a1,a1
	addi	a0,a0,%lo(.LC1)
	call	printf
	lui	a5,%hi(.LANCHOR1)
	addi	a5,a5,%lo(.LANCHOR1)
	lw	a2,4(a5)
	lw	a3,8(a5)
	lui	a0,%hi(.LC2)
	li	a1,1240
	addi	a0,a0,%lo(.LC2)
	call	printf
	lui	s0,%hi(.LC3)
	li	a2,1
	li	a1,43
	addi	a0,s0,%lo(.LC3)
	call	printf
	li	a2,1
	li	a1,45
	addi	a0,s0,%lo(.LC3)
	call	printf
	li	a2,2
	li	a1,42
	addi	a0,s0,%lo(.LC3)
	call	printf
	li	a2,2
	li	a1,47
	addi	a0,s0,%lo(.LC3)
	call	printf
	lui	a0,%hi(.LC4)
	addi	a0,a0,%lo(.LC4)
	call	printf
	lw	ra,12(sp)
	lw	s0,8(sp)
	li	a0,216
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
	.data
	.align	2
	.set	.LANCHOR1,. + 0
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
