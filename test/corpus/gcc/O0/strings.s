	.file	"strings.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.local	buffer
	.comm	buffer,64,4
	.align	2
	.type	reverse, @function
reverse:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	lw	a0,-36(s0)
	call	strlen
	sw	a0,-24(s0)
	sw	zero,-20(s0)
	j	.L2
.L3:
	lw	a4,-36(s0)
	lw	a5,-20(s0)
	add	a5,a4,a5
	lbu	a5,0(a5)
	sb	a5,-25(s0)
	lw	a4,-24(s0)
	lw	a5,-20(s0)
	sub	a5,a4,a5
	addi	a5,a5,-1
	lw	a4,-36(s0)
	add	a4,a4,a5
	lw	a3,-36(s0)
	lw	a5,-20(s0)
	add	a5,a3,a5
	lbu	a4,0(a4)
	sb	a4,0(a5)
	lw	a4,-24(s0)
	lw	a5,-20(s0)
	sub	a5,a4,a5
	addi	a5,a5,-1
	lw	a4,-36(s0)
	add	a5,a4,a5
	lbu	a4,-25(s0)
	sb	a4,0(a5)
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L2:
	lw	a5,-24(s0)
	srli	a5,a5,1
	lw	a4,-20(s0)
	bltu	a4,a5,.L3
	nop
	nop
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	sp,sp,48
	jr	ra
	.size	reverse, .-reverse
	.align	2
	.type	words, @function
words:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	zero,-20(s0)
	sw	zero,-24(s0)
	j	.L5
.L10:
	lw	a5,-36(s0)
	lbu	a4,0(a5)
	li	a5,32
	beq	a4,a5,.L6
	lw	a5,-36(s0)
	lbu	a4,0(a5)
	li	a5,9
	beq	a4,a5,.L6
	lw	a5,-36(s0)
	lbu	a4,0(a5)
	li	a5,10
	bne	a4,a5,.L7
.L6:
	li	a5,1
	j	.L8
.L7:
	li	a5,0
.L8:
	sw	a5,-28(s0)
	lw	a5,-28(s0)
	bne	a5,zero,.L9
	lw	a5,-24(s0)
	bne	a5,zero,.L9
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L9:
	lw	a5,-28(s0)
	seqz	a5,a5
	andi	a5,a5,0xff
	sw	a5,-24(s0)
	lw	a5,-36(s0)
	addi	a5,a5,1
	sw	a5,-36(s0)
.L5:
	lw	a5,-36(s0)
	lbu	a5,0(a5)
	bne	a5,zero,.L10
	lw	a5,-20(s0)
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	words, .-words
	.section	.rodata
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
	addi	s0,sp,32
	lui	a5,%hi(.LC0)
	addi	a5,a5,%lo(.LC0)
	sw	a5,-24(s0)
	li	a2,9
	lui	a5,%hi(.LC1)
	addi	a1,a5,%lo(.LC1)
	lui	a5,%hi(buffer)
	addi	a0,a5,%lo(buffer)
	call	memcpy
	lui	a5,%hi(buffer)
	addi	a0,a5,%lo(buffer)
	call	reverse
	lw	a0,-24(s0)
	call	words
	mv	s1,a0
	lui	a5,%hi(.LC2)
	addi	a1,a5,%lo(.LC2)
	lui	a5,%hi(.LC3)
	addi	a0,a5,%lo(.LC3)
	call	strcmp
	mv	a5,a0
	srli	a5,a5,31
	andi	a5,a5,0xff
	mv	s2,a5
	lui	a5,%hi(.LC4)
	addi	a1,a5,%lo(.LC4)
	lui	a5,%hi(.LC4)
	addi	a0,a5,%lo(.LC4)
	call	strcmp
	mv	a5,a0
	mv	a4,a5
	mv	a3,s2
	mv	a2,s1
	lui	a5,%hi(buffer)
	addi	a1,a5,%lo(buffer)
	lui	a5,%hi(.LC5)
	addi	a0,a5,%lo(.LC5)
	call	printf
	sw	zero,-20(s0)
	j	.L13
.L14:
	lui	a5,%hi(names.0)
	addi	a4,a5,%lo(names.0)
	lw	a5,-20(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	s1,0(a5)
	lui	a5,%hi(names.0)
	addi	a4,a5,%lo(names.0)
	lw	a5,-20(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	mv	a0,a5
	call	strlen
	mv	a5,a0
	mv	a2,a5
	mv	a1,s1
	lui	a5,%hi(.LC6)
	addi	a0,a5,%lo(.LC6)
	call	printf
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L13:
	lw	a4,-20(s0)
	li	a5,3
	ble	a4,a5,.L14
	lw	a0,-24(s0)
	call	words
	mv	a5,a0
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	lw	s1,20(sp)
	lw	s2,16(sp)
	addi	sp,sp,32
	jr	ra
	.size	main, .-main
	.section	.rodata
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
	.align	2
	.type	names.0, @object
	.size	names.0, 16
names.0:
	.word	.LC7
	.word	.LC8
	.word	.LC9
	.word	.LC10
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
