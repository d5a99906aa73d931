	.file	"wide.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	2
	.type	ulen, @function
ulen:
	mv	a4,a0
	li	a0,0
.L2:
	slli	a5,a0,1
	add	a5,a4,a5
	lhu	a5,0(a5)
	bne	a5,zero,.L3
	ret
.L3:
	addi	a0,a0,1
	j	.L2
	.size	ulen, .-ulen
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"%c"
	.text
	.align	2
	.type	wput, @function
wput:
	addi	sp,sp,-16
	sw	s0,8(sp)
	sw	s1,4(sp)
	sw	ra,12(sp)
	mv	s0,a0
	lui	s1,%hi(.LC0)
.L5:
	lw	a1,0(s0)
	bne	a1,zero,.L6
	lw	ra,12(sp)
	lw	s0,8(sp)
	lw	s1,4(sp)
	addi	sp,sp,16
	jr	ra
.L6:
	addi	a0,s1,%lo(.LC0)
	addi	s0,s0,4
	call	printf
	j	.L5
	.size	wput, .-wput
	.align	2
	.type	uput, @function
uput:
	addi	sp,sp,-16
	sw	s0,8(sp)
	sw	s1,4(sp)
	sw	ra,12(sp)
	mv	s0,a0
	lui	s1,%hi(.LC0)
.L9:
	lhu	a1,0(s0)
	bne	a1,zero,.L10
	lw	ra,12(sp)
	lw	s0,8(sp)
	lw	s1,4(sp)
	addi	sp,sp,16
	jr	ra
.L10:
	addi	a0,s1,%lo(.LC0)
	addi	s0,s0,2
	call	printf
	j	.L9
	.size	uput, .-uput
	.section	.rodata.str1.4
	.align	2
.LC1:
	.string	"%d %d %d %d %d %d %d\n"
	.align	2
.LC2:
	.string	"\n"
	.align	2
.LC3:
	.string	"%d %d\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-64
	sw	s2,48(sp)
	lui	s2,%hi(w1)
	lw	a4,%lo(w1)(s2)
	sw	ra,60(sp)
	sw	s0,56(sp)
	sw	s1,52(sp)
	sw	s3,44(sp)
	sw	s4,40(sp)
	sw	s5,36(sp)
	sw	s6,32(sp)
	li	a1,0
.L13:
	slli	a5,a1,2
	add	a5,a4,a5
	lw	a2,0(a5)
	bne	a2,zero,.L14
	lui	s1,%hi(w2)
	lw	a4,%lo(w2)(s1)
.L15:
	slli	a5,a2,2
	add	a5,a4,a5
	lw	a3,0(a5)
	bne	a3,zero,.L16
	lui	s0,%hi(w3)
	lw	a4,%lo(w3)(s0)
.L17:
	slli	a5,a3,2
	add	a5,a4,a5
	lw	a5,0(a5)
	bne	a5,zero,.L18
	lui	s6,%hi(u1)
	lw	a0,%lo(u1)(s6)
	sw	a1,28(sp)
	sw	a2,24(sp)
	sw	a3,20(sp)
	lui	s5,%hi(u2)
	call	ulen
	sw	a0,16(sp)
	lw	a0,%lo(u2)(s5)
	lui	s4,%hi(u3)
	lui	s3,%hi(.LC2)
	call	ulen
	sw	a0,12(sp)
	lw	a0,%lo(u3)(s4)
	call	ulen
	sw	a0,8(sp)
	lui	a0,%hi(empty)
	lw	a0,%lo(empty)(a0)
	call	ulen
	lw	a6,8(sp)
	lw	a5,12(sp)
	lw	a4,16(sp)
	lw	a3,20(sp)
	lw	a2,24(sp)
	lw	a1,28(sp)
	mv	a7,a0
	lui	a0,%hi(.LC1)
	addi	a0,a0,%lo(.LC1)
	call	printf
	lw	a0,%lo(w1)(s2)
	call	wput
	lw	a0,%lo(w2)(s1)
	call	wput
	lw	a0,%lo(w3)(s0)
	call	wput
	addi	a0,s3,%lo(.LC2)
	call	printf
	lw	a0,%lo(u1)(s6)
	call	uput
	lw	a0,%lo(u2)(s5)
	call	uput
	lw	a0,%lo(u3)(s4)
	call	uput
	addi	a0,s3,%lo(.LC2)
	call	printf
	lw	a5,%lo(w1)(s2)
	lw	a2,%lo(w2)(s1)
	lw	a1,%lo(w3)(s0)
	addi	a4,a5,8
	sub	a2,a2,a4
	sub	a1,a1,a5
	lui	a0,%hi(.LC3)
	seqz	a2,a2
	seqz	a1,a1
	addi	a0,a0,%lo(.LC3)
	call	printf
	lw	ra,60(sp)
	lw	s0,56(sp)
	lw	s1,52(sp)
	lw	s2,48(sp)
	lw	s3,44(sp)
	lw	s4,40(sp)
	lw	s5,36(sp)
	lw	s6,32(sp)
	li	a0,0
	addi	sp,sp,64
	jr	ra
.L14:
	addi	a1,a1,1
	j	.L13
.L16:
	addi	a2,a2,1
	j	.L15
.L18:
	addi	a3,a3,1
	j	.L17
	.size	main, .-main
	.globl	empty
	.section	.rodata.str2.4,"aMS",@progbits,2
	.align	2
.LC4:
	.string	""
	.string	""
	.globl	u3
	.align	2
.LC5:
	.string	"l"
	.string	"d"
	.string	""
	.string	""
	.globl	u2
	.align	2
.LC6:
	.string	"w"
	.string	"o"
	.string	"r"
	.string	"l"
	.string	"d"
	.string	""
	.string	""
	.globl	u1
	.align	2
.LC7:
	.string	"h"
	.string	"e"
	.string	"l"
	.string	"l"
	.string	"o"
	.string	""
	.string	""
	.globl	w3
	.section	.rodata.str4.4,"aMS",@progbits,4
	.align	2
.LC8:
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
	.globl	w2
	.align	2
.LC9:
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
	.globl	w1
	.section	.sdata,"aw"
	.align	2
	.type	empty, @object
	.size	empty, 4
empty:
	.word	.LC4
	.type	u3, @object
	.size	u3, 4
u3:
	.word	.LC5
	.type	u2, @object
	.size	u2, 4
u2:
	.word	.LC6
	.type	u1, @object
	.size	u1, 4
u1:
	.word	.LC7
	.type	w3, @object
	.size	w3, 4
w3:
	.word	.LC8
	.type	w2, @object
	.size	w2, 4
w2:
	.word	.LC9
	.type	w1, @object
	.size	w1, 4
w1:
	.word	.LC8
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
