	.file	"strings.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"The quick brown fox\tjumps over\nthe lazy dog"
	.align	2
.LC1:
	.string	"stressed"
	.align	2
.LC2:
	.string	"abd"
	.align	2
.LC3:
	.string	"abc"
	.align	2
.LC4:
	.string	"same"
	.align	2
.LC5:
	.string	"%s, %d words, strcmp %d %d\n"
	.align	2
.LC6:
	.string	"%6s|%d\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-32
	sw	s1,20(sp)
	lui	a1,%hi(.LC1)
	lui	s1,%hi(.LANCHOR0)
	addi	a1,a1,%lo(.LC1)
	li	a2,9
	addi	a0,s1,%lo(.LANCHOR0)
	sw	ra,28(sp)
	sw	s0,24(sp)
	sw	s2,16(sp)
	sw	s3,12(sp)
	sw	s4,8(sp)
	call	memcpy
	addi	a0,s1,%lo(.LANCHOR0)
	call	strlen
	srli	a1,a0,1
	beq	a1,zero,.L5
	addi	a5,s1,%lo(.LANCHOR0)
	addi	a0,a0,-1
	add	a4,a5,a0
	add	a1,a1,a5
.L4:
	lbu	a2,0(a4)
	lbu	a3,0(a5)
	addi	a5,a5,1
	addi	a4,a4,-1
	sb	a2,-1(a5)
	sb	a3,1(a4)
	bne	a1,a5,.L4
.L5:
	lui	a3,%hi(.LC0)
	addi	s0,a3,%lo(.LC0)
	li	s2,0
	addi	a3,a3,%lo(.LC0)
	li	a5,84
	li	a1,0
	li	a2,32
	li	a0,1
	j	.L3
.L21:
	bleu	a4,a0,.L11
	bne	a1,zero,.L6
	addi	s2,s2,1
	li	a1,1
.L6:
	lbu	a5,1(a3)
	addi	a3,a3,1
	beq	a5,zero,.L20
.L3:
	addi	a4,a5,-9
	andi	a4,a4,0xff
	bne	a5,a2,.L21
.L11:
	lbu	a5,1(a3)
	li	a1,0
	addi	a3,a3,1
	bne	a5,zero,.L3
.L20:
	lui	a1,%hi(.LC2)
	lui	a0,%hi(.LC3)
	addi	a1,a1,%lo(.LC2)
	addi	a0,a0,%lo(.LC3)
	call	strcmp
	mv	s3,a0
	lui	a0,%hi(.LC4)
	addi	a1,a0,%lo(.LC4)
	addi	a0,a0,%lo(.LC4)
	call	strcmp
	mv	a4,a0
	addi	a1,s1,%lo(.LANCHOR0)
	lui	a0,%hi(.LC5)
	lui	s1,%hi(.LANCHOR1)
	srli	a3,s3,31
	mv	a2,s2
	addi	a0,a0,%lo(.LC5)
	addi	s1,s1,%lo(.LANCHOR1)
	call	printf
	addi	s4,s1,16
	lui	s3,%hi(.LC6)
.L7:
	lw	s2,0(s1)
	addi	s1,s1,4
	mv	a0,s2
	call	strlen
	mv	a2,a0
	mv	a1,s2
	addi	a0,s3,%lo(.LC6)
	call	printf
	bne	s4,s1,.L7
	mv	a3,s0
	li	a0,0
	li	a2,0
	li	a5,84
	li	a1,32
	li	a6,1
	j	.L9
.L23:
	bleu	a4,a6,.L13
	bne	a2,zero,.L8
	addi	a0,a0,1
	li	a2,1
.L8:
	lbu	a5,1(a3)
	addi	a3,a3,1
	beq	a5,zero,.L22
.L9:
	addi	a4,a5,-9
	andi	a4,a4,0xff
	bne	a5,a1,.L23
.L13:
	lbu	a5,1(a3)
	li	a2,0
	addi	a3,a3,1
	bne	a5,zero,.L9
.L22:
	lw	ra,28(sp)
	lw	s0,24(sp)
	lw	s1,20(sp)
	lw	s2,16(sp)
	lw	s3,12(sp)
	lw	s4,8(sp)
	addi	sp,sp,32
	jr	ra
	.size	main, .-main
	.section	.rodata.str1.4
	.align	2
.LC7:
	.string	"alpha"
	.align	2
.LC8:
	.string	"beta"
	.align	2
.LC9:
	.string	"gamma"
	.align	2
.LC10:
	.string	"delta"
	.section	.rodata
	.align	2
	.set	.LANCHOR1,. + 0
	.type	names.0, @object
	.size	names.0, 16
names.0:
	.word	.LC7
	.word	.LC8
	.word	.LC9
	.word	.LC10
	.bss
	.align	2
	.set	.LANCHOR0,. + 0
	.type	buffer, @object
	.size	buffer, 64
buffer:
	.zero	64
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
