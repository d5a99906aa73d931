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
	.text
	.align	2
	.type	words.constprop.0, @function
words.constprop.0:
	lui	a4,%hi(.LC0)
	li	a5,0
	li	a0,0
	addi	a4,a4,%lo(.LC0)
	li	a2,10
	li	a1,32
	li	a6,8
.L2:
	lbu	a3,0(a4)
	bne	a3,zero,.L6
	ret
.L6:
	bgtu	a3,a2,.L3
	bleu	a3,a6,.L5
.L8:
	li	a5,1
	j	.L4
.L3:
	beq	a3,a1,.L8
.L5:
	bne	a5,zero,.L9
	addi	a0,a0,1
.L4:
	xori	a5,a5,1
	addi	a4,a4,1
	j	.L2
.L9:
	li	a5,0
	j	.L4
	.size	words.constprop.0, .-words.constprop.0
	.section	.rodata.str1.4
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
	addi	sp,sp,-48
	sw	s0,40(sp)
	lui	a1,%hi(.LC1)
	lui	s0,%hi(.LANCHOR0)
	li	a2,9
	addi	a1,a1,%lo(.LC1)
	addi	a0,s0,%lo(.LANCHOR0)
	sw	ra,44(sp)
	sw	s1,36(sp)
	sw	s2,32(sp)
	sw	s3,28(sp)
	call	memcpy
	addi	a0,s0,%lo(.LANCHOR0)
	call	strlen
	addi	a5,s0,%lo(.LANCHOR0)
	add	a4,a5,a0
	srli	a0,a0,1
	add	a0,a0,a5
.L11:
	addi	a4,a4,-1
	bne	a5,a0,.L12
	call	words.constprop.0
	mv	s1,a0
	lui	a1,%hi(.LC2)
	lui	a0,%hi(.LC3)
	addi	a1,a1,%lo(.LC2)
	addi	a0,a0,%lo(.LC3)
	call	strcmp
	mv	s2,a0
	lui	a0,%hi(.LC4)
	addi	a1,a0,%lo(.LC4)
	addi	a0,a0,%lo(.LC4)
	call	strcmp
	mv	a4,a0
	addi	a1,s0,%lo(.LANCHOR0)
	lui	a0,%hi(.LC5)
	lui	s0,%hi(.LANCHOR1)
	srli	a3,s2,31
	mv	a2,s1
	addi	a0,a0,%lo(.LC5)
	addi	s0,s0,%lo(.LANCHOR1)
	call	printf
	addi	s2,s0,16
	lui	s3,%hi(.LC6)
.L13:
	lw	a1,0(s0)
	addi	s0,s0,4
	mv	a0,a1
	sw	a1,12(sp)
	call	strlen
	lw	a1,12(sp)
	mv	a2,a0
	addi	a0,s3,%lo(.LC6)
	call	printf
	bne	s0,s2,.L13
	lw	ra,44(sp)
	lw	s0,40(sp)
	lw	s2,32(sp)
	lw	s3,28(sp)
	mv	a0,s1
	lw	s1,36(sp)
	addi	sp,sp,48
	jr	ra
.L12:
	lbu	a2,0(a4)
	lbu	a3,0(a5)
	addi	a5,a5,1
	sb	a2,-1(a5)
	sb	a3,0(a4)
	j	.L11
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
