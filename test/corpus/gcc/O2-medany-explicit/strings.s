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
	.LA0: auipc	a3,%pcrel_hi(.LC0)
	addi	a3,a3,%pcrel_lo(.LA0)
	li	a0,0
	li	a2,0
	li	a5,84
	li	a1,32
	li	a6,1
	j	.L3
.L9:
	bleu	a4,a6,.L5
	bne	a2,zero,.L2
	addi	a0,a0,1
	li	a2,1
.L2:
	lbu	a5,1(a3)
	addi	a3,a3,1
	beq	a5,zero,.L8
.L3:
	addi	a4,a5,-9
	andi	a4,a4,0xff
	bne	a5,a1,.L9
.L5:
	lbu	a5,1(a3)
	li	a2,0
	addi	a3,a3,1
	bne	a5,zero,.L3
.L8:
	ret
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
	addi	sp,sp,-32
	sw	s0,24(sp)
	.LA2: auipc	a1,%pcrel_hi(.LC1)
	.LA1: auipc	s0,%pcrel_hi(.LANCHOR0)
	addi	a1,a1,%pcrel_lo(.LA2)
	li	a2,9
	addi	a0,s0,%pcrel_lo(.LA1)
	sw	ra,28(sp)
	sw	s1,20(sp)
	sw	s2,16(sp)
	sw	s3,12(sp)
	call	memcpy
	addi	a0,s0,%pcrel_lo(.LA1)
	call	strlen
	srli	a1,a0,1
	addi	s1,s0,%pcrel_lo(.LA1)
	beq	a1,zero,.L14
	addi	a0,a0,-1
	addi	a5,s0,%pcrel_lo(.LA1)
	add	a4,s1,a0
	add	a1,s1,a1
.L13:
	lbu	a2,0(a4)
	lbu	a3,0(a5)
	addi	a5,a5,1
	addi	a4,a4,-1
	sb	a2,-1(a5)
	sb	a3,1(a4)
	bne	a5,a1,.L13
.L14:
	call	words.constprop.0
	mv	s2,a0
	.LA4: auipc	a1,%pcrel_hi(.LC2)
	.LA5: auipc	a0,%pcrel_hi(.LC3)
	addi	a1,a1,%pcrel_lo(.LA4)
	addi	a0,a0,%pcrel_lo(.LA5)
	call	strcmp
	mv	s0,a0
	.LA6: auipc	a1,%pcrel_hi(.LC4)
	.LA7: auipc	a0,%pcrel_hi(.LC4)
	addi	a1,a1,%pcrel_lo(.LA6)
	addi	a0,a0,%pcrel_lo(.LA7)
	call	strcmp
	mv	a4,a0
	srli	a3,s0,31
	.LA9: auipc	a0,%pcrel_hi(.LC5)
	.LA10: auipc	s0,%pcrel_hi(.LANCHOR1)
	mv	a2,s2
	mv	a1,s1
	addi	a0,a0,%pcrel_lo(.LA9)
	addi	s0,s0,%pcrel_lo(.LA10)
	call	printf
	addi	s3,s0,16
.L12:
	lw	s1,0(s0)
	addi	s0,s0,4
	mv	a0,s1
	call	strlen
	mv	a2,a0
	.LA13: auipc	a0,%pcrel_hi(.LC6)
	mv	a1,s1
	addi	a0,a0,%pcrel_lo(.LA13)
	call	printf
	bne	s3,s0,.L12
	lw	ra,28(sp)
	lw	s0,24(sp)
	lw	s1,20(sp)
	lw	s3,12(sp)
	mv	a0,s2
	lw	s2,16(sp)
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
