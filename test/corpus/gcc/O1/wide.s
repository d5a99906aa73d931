	.file	"wide.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	2
	.type	ulen, @function
ulen:
	lhu	a5,0(a0)
	beq	a5,zero,.L4
	addi	a5,a0,2
	li	a0,0
.L3:
	addi	a0,a0,1
	addi	a5,a5,2
	lhu	a4,-2(a5)
	bne	a4,zero,.L3
	ret
.L4:
	li	a0,0
	ret
	.size	ulen, .-ulen
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"%c"
	.text
	.align	2
	.type	wput, @function
wput:
	lw	a1,0(a0)
	beq	a1,zero,.L11
	addi	sp,sp,-16
	sw	ra,12(sp)
	sw	s0,8(sp)
	sw	s1,4(sp)
	mv	s0,a0
	lui	s1,%hi(.LC0)
.L8:
	addi	s0,s0,4
	addi	a0,s1,%lo(.LC0)
	call	printf
	lw	a1,0(s0)
	bne	a1,zero,.L8
	lw	ra,12(sp)
	lw	s0,8(sp)
	lw	s1,4(sp)
	addi	sp,sp,16
	jr	ra
.L11:
	ret
	.size	wput, .-wput
	.align	2
	.type	uput, @function
uput:
	lhu	a1,0(a0)
	beq	a1,zero,.L19
	addi	sp,sp,-16
	sw	ra,12(sp)
	sw	s0,8(sp)
	sw	s1,4(sp)
	mv	s0,a0
	lui	s1,%hi(.LC0)
.L16:
	addi	s0,s0,2
	addi	a0,s1,%lo(.LC0)
	call	printf
	lhu	a1,0(s0)
	bne	a1,zero,.L16
	lw	ra,12(sp)
	lw	s0,8(sp)
	lw	s1,4(sp)
	addi	sp,sp,16
	jr	ra
.L19:
	ret
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
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	sw	s1,36(sp)
	sw	s2,32(sp)
	sw	s3,28(sp)
	sw	s4,24(sp)
	sw	s5,20(sp)
	sw	s6,16(sp)
	sw	s7,12(sp)
	sw	s8,8(sp)
	lui	a5,%hi(w1)
	lw	a5,%lo(w1)(a5)
	lw	s0,0(a5)
	beq	s0,zero,.L23
	addi	a5,a5,4
	li	s0,0
.L24:
	addi	s0,s0,1
	addi	a5,a5,4
	lw	a4,-4(a5)
	bne	a4,zero,.L24
.L23:
	lui	a5,%hi(w2)
	lw	a5,%lo(w2)(a5)
	lw	s1,0(a5)
	beq	s1,zero,.L25
	addi	a5,a5,4
	li	s1,0
.L26:
	addi	s1,s1,1
	addi	a5,a5,4
	lw	a4,-4(a5)
	bne	a4,zero,.L26
.L25:
	lui	a5,%hi(w3)
	lw	a5,%lo(w3)(a5)
	lw	s2,0(a5)
	beq	s2,zero,.L27
	addi	a5,a5,4
	li	s2,0
.L28:
	addi	s2,s2,1
	addi	a5,a5,4
	lw	a4,-4(a5)
	bne	a4,zero,.L28
.L27:
	lui	s7,%hi(u1)
	lw	a0,%lo(u1)(s7)
	call	ulen
	mv	s3,a0
	lui	s6,%hi(u2)
	lw	a0,%lo(u2)(s6)
	call	ulen
	mv	s4,a0
	lui	s8,%hi(u3)
	lw	a0,%lo(u3)(s8)
	call	ulen
	mv	s5,a0
	lui	a5,%hi(empty)
	lw	a0,%lo(empty)(a5)
	call	ulen
	mv	a7,a0
	mv	a6,s5
	mv	a5,s4
	mv	a4,s3
	mv	a3,s2
	mv	a2,s1
	mv	a1,s0
	lui	a0,%hi(.LC1)
	addi	a0,a0,%lo(.LC1)
	call	printf
	lui	s2,%hi(w1)
	lw	a0,%lo(w1)(s2)
	call	wput
	lui	s1,%hi(w2)
	lw	a0,%lo(w2)(s1)
	call	wput
	lui	s0,%hi(w3)
	lw	a0,%lo(w3)(s0)
	call	wput
	lui	s3,%hi(.LC2)
	addi	a0,s3,%lo(.LC2)
	call	printf
	lw	a0,%lo(u1)(s7)
	call	uput
	lw	a0,%lo(u2)(s6)
	call	uput
	lw	a0,%lo(u3)(s8)
	call	uput
	addi	a0,s3,%lo(.LC2)
	call	printf
	lw	a5,%lo(w1)(s2)
	addi	a4,a5,8
	lw	a2,%lo(w2)(s1)
	sub	a2,a2,a4
	lw	a1,%lo(w3)(s0)
	sub	a1,a1,a5
	seqz	a2,a2
	seqz	a1,a1
	lui	a0,%hi(.LC3)
	addi	a0,a0,%lo(.LC3)
	call	printf
	li	a0,0
	lw	ra,44(sp)
	lw	s0,40(sp)
	lw	s1,36(sp)
	lw	s2,32(sp)
	lw	s3,28(sp)
	lw	s4,24(sp)
	lw	s5,20(sp)
	lw	s6,16(sp)
	lw	s7,12(sp)
	lw	s8,8(sp)
	addi	sp,sp,48
	jr	ra
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
