	.file	"strings.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	2
	.type	words, @function
words:
	mv	a3,a0
	lbu	a5,0(a0)
	beq	a5,zero,.L7
	li	a4,0
	li	a0,0
	li	a6,10
	li	a1,32
	li	a2,8
	j	.L6
.L3:
	bne	a5,a1,.L5
	li	a4,1
.L4:
	seqz	a4,a4
	addi	a3,a3,1
	lbu	a5,0(a3)
	beq	a5,zero,.L12
.L6:
	bgtu	a5,a6,.L3
	bgtu	a5,a2,.L13
.L5:
	bne	a4,zero,.L10
	addi	a0,a0,1
	j	.L4
.L13:
	li	a4,1
	j	.L4
.L10:
	li	a4,0
	j	.L4
.L12:
	ret
.L7:
	li	a0,0
	ret
	.size	words, .-words
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"stressed"
	.align	2
.LC1:
	.string	"The quick brown fox\tjumps over\nthe lazy dog"
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
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	sw	s1,20(sp)
	sw	s2,16(sp)
	sw	s3,12(sp)
	lui	s0,%hi(.LANCHOR0)
	li	a2,9
	lui	a1,%hi(.LC0)
	addi	a1,a1,%lo(.LC0)
	addi	a0,s0,%lo(.LANCHOR0)
	call	memcpy
	addi	a0,s0,%lo(.LANCHOR0)
	call	strlen
	li	a5,1
	bleu	a0,a5,.L15
	srli	a1,a0,1
	addi	a3,s0,%lo(.LANCHOR0)
	add	a5,a3,a0
	addi	a4,s0,%lo(.LANCHOR0)
	mv	a0,a5
.L16:
	lbu	a3,0(a4)
	lbu	a2,-1(a5)
	sb	a2,0(a4)
	sb	a3,-1(a5)
	addi	a4,a4,1
	addi	a5,a5,-1
	sub	a3,a0,a5
	bgtu	a1,a3,.L16
.L15:
	lui	a0,%hi(.LC1)
	addi	a0,a0,%lo(.LC1)
	call	words
	mv	s0,a0
	lui	a1,%hi(.LC2)
	addi	a1,a1,%lo(.LC2)
	lui	a0,%hi(.LC3)
	addi	a0,a0,%lo(.LC3)
	call	strcmp
	mv	s1,a0
	lui	a0,%hi(.LC4)
	addi	a1,a0,%lo(.LC4)
	addi	a0,a0,%lo(.LC4)
	call	strcmp
	mv	a4,a0
	srli	a3,s1,31
	mv	a2,s0
	lui	a1,%hi(.LANCHOR0)
	addi	a1,a1,%lo(.LANCHOR0)
	lui	a0,%hi(.LC5)
	addi	a0,a0,%lo(.LC5)
	call	printf
	lui	s0,%hi(.LANCHOR1)
	addi	s0,s0,%lo(.LANCHOR1)
	addi	s3,s0,16
	lui	s2,%hi(.LC6)
.L17:
	lw	s1,0(s0)
	mv	a0,s1
	call	strlen
	mv	a2,a0
	mv	a1,s1
	addi	a0,s2,%lo(.LC6)
	call	printf
	addi	s0,s0,4
	bne	s0,s3,.L17
	lui	a0,%hi(.LC1)
	addi	a0,a0,%lo(.LC1)
	call	words
	lw	ra,28(sp)
	lw	s0,24(sp)
	lw	s1,20(sp)
	lw	s2,16(sp)
	lw	s3,12(sp)
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
