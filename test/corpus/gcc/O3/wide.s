	.file	"wide.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"%d %d %d %d %d %d %d\n"
	.align	2
.LC1:
	.string	"%c"
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
	addi	sp,sp,-48
	sw	s3,28(sp)
	lui	s3,%hi(w1)
	lw	a5,%lo(w1)(s3)
	sw	ra,44(sp)
	sw	s0,40(sp)
	lw	a1,0(a5)
	sw	s1,36(sp)
	sw	s2,32(sp)
	sw	s4,24(sp)
	sw	s5,20(sp)
	sw	s6,16(sp)
	sw	s7,12(sp)
	beq	a1,zero,.L2
	addi	a5,a5,4
	li	a1,0
.L3:
	lw	a4,0(a5)
	addi	a1,a1,1
	addi	a5,a5,4
	bne	a4,zero,.L3
.L2:
	lui	s2,%hi(w2)
	lw	a5,%lo(w2)(s2)
	lw	a2,0(a5)
	beq	a2,zero,.L4
	addi	a5,a5,4
	li	a2,0
.L5:
	lw	a4,0(a5)
	addi	a2,a2,1
	addi	a5,a5,4
	bne	a4,zero,.L5
.L4:
	lui	s1,%hi(w3)
	lw	a5,%lo(w3)(s1)
	lw	a3,0(a5)
	beq	a3,zero,.L6
	addi	a5,a5,4
	li	a3,0
.L7:
	lw	a4,0(a5)
	addi	a3,a3,1
	addi	a5,a5,4
	bne	a4,zero,.L7
.L6:
	lui	s4,%hi(u1)
	lw	a5,%lo(u1)(s4)
	lhu	a4,0(a5)
	beq	a4,zero,.L28
	addi	a5,a5,2
	li	a4,0
.L9:
	lhu	a0,0(a5)
	addi	a4,a4,1
	addi	a5,a5,2
	bne	a0,zero,.L9
.L8:
	lui	s5,%hi(u2)
	lw	a0,%lo(u2)(s5)
	lhu	a5,0(a0)
	beq	a5,zero,.L29
	addi	a0,a0,2
	li	a5,0
.L11:
	lhu	a6,0(a0)
	addi	a5,a5,1
	addi	a0,a0,2
	bne	a6,zero,.L11
.L10:
	lui	s6,%hi(u3)
	lw	a0,%lo(u3)(s6)
	lhu	a6,0(a0)
	beq	a6,zero,.L30
	addi	a0,a0,2
	li	a6,0
.L13:
	lhu	a7,0(a0)
	addi	a6,a6,1
	addi	a0,a0,2
	bne	a7,zero,.L13
.L12:
	lui	a0,%hi(empty)
	lw	a0,%lo(empty)(a0)
	lhu	a7,0(a0)
	beq	a7,zero,.L31
	addi	a0,a0,2
	li	a7,0
.L15:
	lhu	t1,0(a0)
	addi	a7,a7,1
	addi	a0,a0,2
	bne	t1,zero,.L15
.L14:
	lui	a0,%hi(.LC0)
	addi	a0,a0,%lo(.LC0)
	call	printf
	lw	s7,%lo(w1)(s3)
	lw	a1,0(s7)
	beq	a1,zero,.L16
	lui	s0,%hi(.LC1)
.L17:
	addi	a0,s0,%lo(.LC1)
	addi	s7,s7,4
	call	printf
	lw	a1,0(s7)
	bne	a1,zero,.L17
.L16:
	lw	s7,%lo(w2)(s2)
	lw	a1,0(s7)
	beq	a1,zero,.L18
	lui	s0,%hi(.LC1)
.L19:
	addi	a0,s0,%lo(.LC1)
	addi	s7,s7,4
	call	printf
	lw	a1,0(s7)
	bne	a1,zero,.L19
.L18:
	lw	s7,%lo(w3)(s1)
	lw	a1,0(s7)
	beq	a1,zero,.L20
	lui	s0,%hi(.LC1)
.L21:
	addi	a0,s0,%lo(.LC1)
	addi	s7,s7,4
	call	printf
	lw	a1,0(s7)
	bne	a1,zero,.L21
.L20:
	lui	s7,%hi(.LC2)
	addi	a0,s7,%lo(.LC2)
	call	printf
	lw	s4,%lo(u1)(s4)
	lhu	a1,0(s4)
	beq	a1,zero,.L22
	lui	s0,%hi(.LC1)
.L23:
	addi	a0,s0,%lo(.LC1)
	addi	s4,s4,2
	call	printf
	lhu	a1,0(s4)
	bne	a1,zero,.L23
.L22:
	lw	s4,%lo(u2)(s5)
	lhu	a1,0(s4)
	beq	a1,zero,.L24
	lui	s0,%hi(.LC1)
.L25:
	addi	a0,s0,%lo(.LC1)
	addi	s4,s4,2
	call	printf
	lhu	a1,0(s4)
	bne	a1,zero,.L25
.L24:
	lw	s4,%lo(u3)(s6)
	lhu	a1,0(s4)
	beq	a1,zero,.L26
	lui	s0,%hi(.LC1)
.L27:
	addi	a0,s0,%lo(.LC1)
	addi	s4,s4,2
	call	printf
	lhu	a1,0(s4)
	bne	a1,zero,.L27
.L26:
	addi	a0,s7,%lo(.LC2)
	call	printf
	lw	a5,%lo(w1)(s3)
	lw	a2,%lo(w2)(s2)
	lw	a1,%lo(w3)(s1)
	addi	a4,a5,8
	sub	a2,a2,a4
	sub	a1,a1,a5
	lui	a0,%hi(.LC3)
	seqz	a2,a2
	seqz	a1,a1
	addi	a0,a0,%lo(.LC3)
	call	printf
	lw	ra,44(sp)
	lw	s0,40(sp)
	lw	s1,36(sp)
	lw	s2,32(sp)
	lw	s3,28(sp)
	lw	s4,24(sp)
	lw	s5,20(sp)
	lw	s6,16(sp)
	lw	s7,12(sp)
	li	a0,0
	addi	sp,sp,48
	jr	ra
.L28:
	li	a4,0
	j	.L8
.L29:
	li	a5,0
	j	.L10
.L30:
	li	a6,0
	j	.L12
.L31:
	li	a7,0
	j	.L14
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
