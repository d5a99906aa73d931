	.file	"wide.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.globl	w1
	.section	.rodata
	.align	2
.LC0:
	.string	"h"
	.string	""
	.string	""
	.string	"e"
	.string	""
	.string	""
	.string	"l"
	.string	""
	.string	""
	.string	"l"
	.string	""
	.string	""
	.string	"o"
	.string	""
	.string	""
	.string	""
	.string	""
	.string	""
	.string	""
	.section	.sdata,"aw"
	.align	2
	.type	w1, @object
	.size	w1, 4
w1:
	.word	.LC0
	.globl	w2
	.section	.rodata
	.align	2
.LC1:
	.string	"l"
	.string	""
	.string	""
	.string	"l"
	.string	""
	.string	""
	.string	"o"
	.string	""
	.string	""
	.string	""
	.string	""
	.string	""
	.string	""
	.section	.sdata
	.align	2
	.type	w2, @object
	.size	w2, 4
w2:
	.word	.LC1
	.globl	w3
	.align	2
	.type	w3, @object
	.size	w3, 4
w3:
	.word	.LC0
	.globl	u1
	.section	.rodata
	.align	2
.LC2:
	.string	"h"
	.string	"e"
	.string	"l"
	.string	"l"
	.string	"o"
	.string	""
	.string	""
	.section	.sdata
	.align	2
	.type	u1, @object
	.size	u1, 4
u1:
	.word	.LC2
	.globl	u2
	.section	.rodata
	.align	2
.LC3:
	.string	"w"
	.string	"o"
	.string	"r"
	.string	"l"
	.string	"d"
	.string	""
	.string	""
	.section	.sdata
	.align	2
	.type	u2, @object
	.size	u2, 4
u2:
	.word	.LC3
	.globl	u3
	.section	.rodata
	.align	2
.LC4:
	.string	"l"
	.string	"d"
	.string	""
	.string	""
	.section	.sdata
	.align	2
	.type	u3, @object
	.size	u3, 4
u3:
	.word	.LC4
	.globl	empty
	.section	.rodata
	.align	2
.LC5:
	.string	""
	.string	""
	.section	.sdata
	.align	2
	.type	empty, @object
	.size	empty, 4
empty:
	.word	.LC5
	.text
	.align	2
	.type	wlen, @function
wlen:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	zero,-20(s0)
	j	.L2
.L3:
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L2:
	lw	a5,-20(s0)
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	bne	a5,zero,.L3
	lw	a5,-20(s0)
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	wlen, .-wlen
	.align	2
	.type	ulen, @function
ulen:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	zero,-20(s0)
	j	.L6
.L7:
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L6:
	lw	a5,-20(s0)
	slli	a5,a5,1
	lw	a4,-36(s0)
	add	a5,a4,a5
	lhu	a5,0(a5)
	bne	a5,zero,.L7
	lw	a5,-20(s0)
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	ulen, .-ulen
	.section	.rodata
	.align	2
.LC6:
	.string	"%c"
	.text
	.align	2
	.type	wput, @function
wput:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	j	.L10
.L11:
	lw	a5,-20(s0)
	addi	a4,a5,4
	sw	a4,-20(s0)
	lw	a5,0(a5)
	mv	a1,a5
	lui	a5,%hi(.LC6)
	addi	a0,a5,%lo(.LC6)
	call	printf
.L10:
	lw	a5,-20(s0)
	lw	a5,0(a5)
	bne	a5,zero,.L11
	nop
	nop
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	wput, .-wput
	.align	2
	.type	uput, @function
uput:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	j	.L13
.L14:
	lw	a5,-20(s0)
	addi	a4,a5,2
	sw	a4,-20(s0)
	lhu	a5,0(a5)
	mv	a1,a5
	lui	a5,%hi(.LC6)
	addi	a0,a5,%lo(.LC6)
	call	printf
.L13:
	lw	a5,-20(s0)
	lhu	a5,0(a5)
	bne	a5,zero,.L14
	nop
	nop
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	uput, .-uput
	.section	.rodata
	.align	2
.LC7:
	.string	"%d %d %d %d %d %d %d\n"
	.align	2
.LC8:
	.string	"\n"
	.align	2
.LC9:
	.string	"%d %d\n"
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
	sw	s4,8(sp)
	sw	s5,4(sp)
	sw	s6,0(sp)
	addi	s0,sp,32
	lui	a5,%hi(w1)
	lw	a5,%lo(w1)(a5)
	mv	a0,a5
	call	wlen
	mv	s1,a0
	lui	a5,%hi(w2)
	lw	a5,%lo(w2)(a5)
	mv	a0,a5
	call	wlen
	mv	s2,a0
	lui	a5,%hi(w3)
	lw	a5,%lo(w3)(a5)
	mv	a0,a5
	call	wlen
	mv	s3,a0
	lui	a5,%hi(u1)
	lw	a5,%lo(u1)(a5)
	mv	a0,a5
	call	ulen
	mv	s4,a0
	lui	a5,%hi(u2)
	lw	a5,%lo(u2)(a5)
	mv	a0,a5
	call	ulen
	mv	s5,a0
	lui	a5,%hi(u3)
	lw	a5,%lo(u3)(a5)
	mv	a0,a5
	call	ulen
	mv	s6,a0
	lui	a5,%hi(empty)
	lw	a5,%lo(empty)(a5)
	mv	a0,a5
	call	ulen
	mv	a5,a0
	mv	a7,a5
	mv	a6,s6
	mv	a5,s5
	mv	a4,s4
	mv	a3,s3
	mv	a2,s2
	mv	a1,s1
	lui	a0,%hi(.LC7)
	addi	a0,a0,%lo(.LC7)
	call	printf
	lui	a5,%hi(w1)
	lw	a5,%lo(w1)(a5)
	mv	a0,a5
	call	wput
	lui	a5,%hi(w2)
	lw	a5,%lo(w2)(a5)
	mv	a0,a5
	call	wput
	lui	a5,%hi(w3)
	lw	a5,%lo(w3)(a5)
	mv	a0,a5
	call	wput
	lui	a5,%hi(.LC8)
	addi	a0,a5,%lo(.LC8)
	call	printf
	lui	a5,%hi(u1)
	lw	a5,%lo(u1)(a5)
	mv	a0,a5
	call	uput
	lui	a5,%hi(u2)
	lw	a5,%lo(u2)(a5)
	mv	a0,a5
	call	uput
	lui	a5,%hi(u3)
	lw	a5,%lo(u3)(a5)
	mv	a0,a5
	call	uput
	lui	a5,%hi(.LC8)
	addi	a0,a5,%lo(.LC8)
	call	printf
	lui	a5,%hi(w1)
	lw	a4,%lo(w1)(a5)
	lui	a5,%hi(w3)
	lw	a5,%lo(w3)(a5)
	sub	a5,a4,a5
	seqz	a5,a5
	andi	a5,a5,0xff
	mv	a3,a5
	lui	a5,%hi(w1)
	lw	a5,%lo(w1)(a5)
	addi	a4,a5,8
	lui	a5,%hi(w2)
	lw	a5,%lo(w2)(a5)
	sub	a5,a4,a5
	seqz	a5,a5
	andi	a5,a5,0xff
	mv	a2,a5
	mv	a1,a3
	lui	a5,%hi(.LC9)
	addi	a0,a5,%lo(.LC9)
	call	printf
	li	a5,0
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	lw	s1,20(sp)
	lw	s2,16(sp)
	lw	s3,12(sp)
	lw	s4,8(sp)
	lw	s5,4(sp)
	lw	s6,0(sp)
	addi	sp,sp,32
	jr	ra
	.size	main, .-main
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
