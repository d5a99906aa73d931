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
	.LA1: auipc	a0,%pcrel_hi(.LANCHOR0)
	li	a2,-306675712
	addi	a7,a0,%pcrel_lo(.LA1)
	sw	ra,12(sp)
	sw	s0,8(sp)
	addi	a0,a0,%pcrel_lo(.LA1)
	li	a1,0
	addi	a2,a2,800
	li	a6,256
.L4:
	mv	a5,a1
	li	a4,8
.L3:
	andi	a3,a5,1
	addi	a4,a4,-1
	srli	a5,a5,1
	beq	a3,zero,.L2
	xor	a5,a5,a2
.L2:
	bne	a4,zero,.L3
	sw	a5,0(a0)
	addi	a1,a1,1
	addi	a0,a0,4
	bne	a1,a6,.L4
	.LA0: auipc	a4,%pcrel_hi(.LC0)
	li	a1,-1
	li	a5,49
	addi	a4,a4,%pcrel_lo(.LA0)
.L5:
	xor	a5,a5,a1
	andi	a5,a5,255
	slli	a5,a5,2
	add	a5,a7,a5
	lw	a3,0(a5)
	lbu	a5,1(a4)
	srli	a1,a1,8
	addi	a4,a4,1
	xor	a1,a3,a1
	bne	a5,zero,.L5
	.LA3: auipc	a0,%pcrel_hi(.LC1)
	not	a1,a1
	addi	a0,a0,%pcrel_lo(.LA3)
	call	printf
	.LA4: auipc	a5,%pcrel_hi(.LANCHOR1)
	addi	a5,a5,%pcrel_lo(.LA4)
	addi	a3,a5,32
	li	s0,0
.L6:
	lhu	a4,0(a5)
	addi	a5,a5,2
	add	s0,s0,a4
	bne	a3,a5,.L6
	.LA5: auipc	a5,%pcrel_hi(.LANCHOR2)
	addi	a5,a5,%pcrel_lo(.LA5)
	lw	a2,4(a5)
	lw	a3,8(a5)
	.LA7: auipc	a0,%pcrel_hi(.LC2)
	mv	a1,s0
	addi	a0,a0,%pcrel_lo(.LA7)
	call	printf
	.LA8: auipc	a0,%pcrel_hi(.LC3)
	li	a2,1
	li	a1,43
	addi	a0,a0,%pcrel_lo(.LA8)
	call	printf
	.LA9: auipc	a0,%pcrel_hi(.LC3)
	li	a2,1
	li	a1,45
	addi	a0,a0,%pcrel_lo(.LA9)
	call	printf
	.LA10: auipc	a0,%pcrel_hi(.LC3)
	li	a2,2
	li	a1,42
	addi	a0,a0,%pcrel_lo(.LA10)
	call	printf
	.LA11: auipc	a0,%pcrel_hi(.LC3)
	li	a2,2
	li	a1,47
	addi	a0,a0,%pcrel_lo(.LA11)
	call	printf
	.LA12: auipc	a0,%pcrel_hi(.LC4)
	addi	a0,a0,%pcrel_lo(.LA12)
	call	printf
	lw	ra,12(sp)
	andi	a0,s0,0xff
	lw	s0,8(sp)
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
