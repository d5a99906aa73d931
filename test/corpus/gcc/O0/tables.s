	.file	"tables.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.section	.rodata
	.align	2
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
	.local	crc_table
	.comm	crc_table,1024,4
	.globl	messages
	.align	2
.LC0:
	.string	"zero"
	.align	2
.LC1:
	.string	"one"
	.align	2
.LC2:
	.string	"two"
	.data
	.align	2
	.type	messages, @object
	.size	messages, 12
messages:
	.word	.LC0
	.word	.LC1
	.word	.LC2
	.section	.rodata
	.align	2
	.type	ops, @object
	.size	ops, 32
ops:
	.byte	43
	.zero	3
	.word	1
	.byte	45
	.zero	3
	.word	1
	.byte	42
	.zero	3
	.word	2
	.byte	47
	.zero	3
	.word	2
	.text
	.align	2
	.type	crc32, @function
crc32:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	li	a5,-1
	sw	a5,-20(s0)
	j	.L2
.L3:
	lw	a5,-36(s0)
	addi	a4,a5,1
	sw	a4,-36(s0)
	lbu	a5,0(a5)
	mv	a4,a5
	lw	a5,-20(s0)
	xor	a5,a4,a5
	andi	a5,a5,255
	lui	a4,%hi(crc_table)
	addi	a4,a4,%lo(crc_table)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a4,0(a5)
	lw	a5,-20(s0)
	srli	a5,a5,8
	xor	a5,a4,a5
	sw	a5,-20(s0)
.L2:
	lw	a5,-36(s0)
	lbu	a5,0(a5)
	bne	a5,zero,.L3
	lw	a5,-20(s0)
	not	a5,a5
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	crc32, .-crc32
	.section	.rodata
	.align	2
.LC3:
	.string	"123456789"
	.align	2
.LC4:
	.string	"crc %x\n"
	.align	2
.LC5:
	.string	"sum %d %s %s\n"
	.align	2
.LC6:
	.string	"%c%d "
	.align	2
.LC7:
	.string	"\n"
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
	j	.L6
.L11:
	lw	a5,-20(s0)
	sw	a5,-24(s0)
	sw	zero,-28(s0)
	j	.L7
.L10:
	lw	a5,-24(s0)
	andi	a5,a5,1
	beq	a5,zero,.L8
	lw	a5,-24(s0)
	srli	a4,a5,1
	li	a5,-306675712
	addi	a5,a5,800
	xor	a5,a4,a5
	j	.L9
.L8:
	lw	a5,-24(s0)
	srli	a5,a5,1
.L9:
	sw	a5,-24(s0)
	lw	a5,-28(s0)
	addi	a5,a5,1
	sw	a5,-28(s0)
.L7:
	lw	a4,-28(s0)
	li	a5,7
	ble	a4,a5,.L10
	lui	a5,%hi(crc_table)
	addi	a4,a5,%lo(crc_table)
	lw	a5,-20(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a4,-24(s0)
	sw	a4,0(a5)
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L6:
	lw	a4,-20(s0)
	li	a5,255
	bleu	a4,a5,.L11
	lui	a5,%hi(.LC3)
	addi	a0,a5,%lo(.LC3)
	call	crc32
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC4)
	addi	a0,a5,%lo(.LC4)
	call	printf
	sw	zero,-32(s0)
	sw	zero,-36(s0)
	j	.L12
.L13:
	lui	a5,%hi(squares)
	addi	a4,a5,%lo(squares)
	lw	a5,-36(s0)
	slli	a5,a5,1
	add	a5,a4,a5
	lhu	a5,0(a5)
	mv	a4,a5
	lw	a5,-32(s0)
	add	a5,a5,a4
	sw	a5,-32(s0)
	lw	a5,-36(s0)
	addi	a5,a5,1
	sw	a5,-36(s0)
.L12:
	lw	a4,-36(s0)
	li	a5,15
	ble	a4,a5,.L13
	lui	a5,%hi(messages)
	addi	a5,a5,%lo(messages)
	lw	a4,4(a5)
	lui	a5,%hi(messages)
	addi	a5,a5,%lo(messages)
	lw	a5,8(a5)
	mv	a3,a5
	mv	a2,a4
	lw	a1,-32(s0)
	lui	a5,%hi(.LC5)
	addi	a0,a5,%lo(.LC5)
	call	printf
	sw	zero,-40(s0)
	j	.L14
.L15:
	lui	a5,%hi(ops)
	addi	a4,a5,%lo(ops)
	lw	a5,-40(s0)
	slli	a5,a5,3
	add	a5,a4,a5
	lbu	a5,0(a5)
	mv	a3,a5
	lui	a5,%hi(ops)
	addi	a4,a5,%lo(ops)
	lw	a5,-40(s0)
	slli	a5,a5,3
	add	a5,a4,a5
	lw	a5,4(a5)
	mv	a2,a5
	mv	a1,a3
	lui	a5,%hi(.LC6)
	addi	a0,a5,%lo(.LC6)
	call	printf
	lw	a5,-40(s0)
	addi	a5,a5,1
	sw	a5,-40(s0)
.L14:
	lw	a4,-40(s0)
	li	a5,3
	ble	a4,a5,.L15
	lui	a5,%hi(.LC7)
	addi	a0,a5,%lo(.LC7)
	call	printf
	lw	a4,-32(s0)
	srai	a5,a4,31
	srli	a5,a5,24
	add	a4,a4,a5
	andi	a4,a4,255
	sub	a5,a4,a5
	mv	a0,a5
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	sp,sp,48
	jr	ra
	.size	main, .-main
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
