	.file	"wide.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.section	.rodata.wput.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"%c"
	.section	.text.wput,"ax",@progbits
	.align	2
	.type	wput, @function
wput:
	lw	a1,0(a0)
	beq	a1,zero,.L9
	addi	sp,sp,-16
	sw	s0,8(sp)
	sw	s1,4(sp)
	sw	ra,12(sp)
	mv	s0,a0
	lui	s1,%hi(.LC0)
.L3:
	addi	a0,s1,%lo(.LC0)
	addi	s0,s0,4
	call	printf
	lw	a1,0(s0)
	bne	a1,zero,.L3
	lw	ra,12(sp)
	lw	s0,8(sp)
	lw	s1,4(sp)
	addi	sp,sp,16
	jr	ra
.L9:
	ret
	.size	wput, .-wput
	.section	.text.uput,"ax",@progbits
	.align	2
	.type	uput, @function
uput:
	lhu	a1,0(a0)
	beq	a1,zero,.L21
	addi	sp,sp,-16
	sw	s0,8(sp)
	sw	s1,4(sp)
	sw	ra,12(sp)
	mv	s0,a0
	lui	s1,%hi(.LC0)
.L15:
	addi	a0,s1,%lo(.LC0)
	addi	s0,s0,2
	call	printf
	lhu	a1,0(s0)
	bne	a1,zero,.L15
	lw	ra,12(sp)
	lw	s0,8(sp)
	lw	s1,4(sp)
	addi	sp,sp,16
	jr	ra
.L21:
	ret
	.size	uput, .-uput
	.section	.rodata.main.str1.4,"aMS",@progbits,1
	.align	2
.LC1:
	.string	"%d %d %d %d %d %d %d\n"
	.align	2
.LC2:
	.string	"\n"
	.align	2
.LC3:
	.string	"%d %d\n"
	.section	.text.startup.main,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-32
	sw	s0,24(sp)
	lui	s0,%hi(w1)
	lw	a5,%lo(w1)(s0)
	sw	ra,28(sp)
	sw	s1,20(sp)
	lw	a1,0(a5)
	sw	s2,16(sp)
	sw	s3,12(sp)
	sw	s4,8(sp)
	sw	s5,4(sp)
	sw	s6,0(sp)
	beq	a1,zero,.L25
	addi	a5,a5,4
	li	a1,0
.L26:
	lw	a4,0(a5)
	addi	a1,a1,1
	addi	a5,a5,4
	bne	a4,zero,.L26
.L25:
	lui	s1,%hi(w2)
	lw	a5,%lo(w2)(s1)
	lw	a2,0(a5)
	beq	a2,zero,.L27
	addi	a5,a5,4
	li	a2,0
.L28:
	lw	a4,0(a5)
	addi	a2,a2,1
	addi	a5,a5,4
	bne	a4,zero,.L28
.L27:
	lui	s2,%hi(w3)
	lw	a5,%lo(w3)(s2)
	lw	a3,0(a5)
	beq	a3,zero,.L29
	addi	a5,a5,4
	li	a3,0
.L30:
	lw	a4,0(a5)
	addi	a3,a3,1
	addi	a5,a5,4
	bne	a4,zero,.L30
.L29:
	lui	s3,%hi(u1)
	lw	a5,%lo(u1)(s3)
	lhu	a4,0(a5)
	beq	a4,zero,.L39
	addi	a5,a5,2
	li	a4,0
.L32:
	lhu	a0,0(a5)
	addi	a4,a4,1
	addi	a5,a5,2
	bne	a0,zero,.L32
.L31:
	lui	s4,%hi(u2)
	lw	a0,%lo(u2)(s4)
	lhu	a5,0(a0)
	beq	a5,zero,.L40
	addi	a0,a0,2
	li	a5,0
.L34:
	lhu	a6,0(a0)
	addi	a5,a5,1
	addi	a0,a0,2
	bne	a6,zero,.L34
.L33:
	lui	s5,%hi(u3)
	lw	a0,%lo(u3)(s5)
	lhu	a6,0(a0)
	beq	a6,zero,.L41
	addi	a0,a0,2
	li	a6,0
.L36:
	lhu	a7,0(a0)
	addi	a6,a6,1
	addi	a0,a0,2
	bne	a7,zero,.L36
.L35:
	lui	a0,%hi(empty)
	lw	a0,%lo(empty)(a0)
	lhu	a7,0(a0)
	beq	a7,zero,.L42
	addi	a0,a0,2
	li	a7,0
.L38:
	lhu	t1,0(a0)
	addi	a7,a7,1
	addi	a0,a0,2
	bne	t1,zero,.L38
.L37:
	lui	a0,%hi(.LC1)
	addi	a0,a0,%lo(.LC1)
	call	printf
	lw	a0,%lo(w1)(s0)
	lui	s6,%hi(.LC2)
	call	wput
	lw	a0,%lo(w2)(s1)
	call	wput
	lw	a0,%lo(w3)(s2)
	call	wput
	addi	a0,s6,%lo(.LC2)
	call	printf
	lw	a0,%lo(u1)(s3)
	call	uput
	lw	a0,%lo(u2)(s4)
	call	uput
	lw	a0,%lo(u3)(s5)
	call	uput
	addi	a0,s6,%lo(.LC2)
	call	printf
	lw	a5,%lo(w1)(s0)
	lw	a2,%lo(w2)(s1)
	lw	a1,%lo(w3)(s2)
	addi	a4,a5,8
	sub	a2,a2,a4
	sub	a1,a1,a5
	lui	a0,%hi(.LC3)
	seqz	a2,a2
	seqz	a1,a1
	addi	a0,a0,%lo(.LC3)
	call	printf
	lw	ra,28(sp)
	lw	s0,24(sp)
	lw	s1,20(sp)
	lw	s2,16(sp)
	lw	s3,12(sp)
	lw	s4,8(sp)
	lw	s5,4(sp)
	lw	s6,0(sp)
	li	a0,0
	addi	sp,sp,32
	jr	ra
.L39:
	li	a4,0
	j	.L31
.L40:
	li	a5,0
	j	.L33
.L41:
	li	a6,0
	j	.L35
.L42:
	li	a7,0
	j	.L37
	.size	main, .-main
	.globl	empty
	.section	.rodata.str2.4,"aMS",@progbits,2
	.align	2
.LC4:
	.string	""
	.string	""
	.section	.sdata.empty,"aw"
	.align	2
	.type	empty, @object
	.size	empty, 4
empty:
	.word	.LC4
	.globl	u3
	.section	.rodata.str2.4
	.align	2
.LC5:
	.string	"l"
	.string	"d"
	.string	""
	.string	""
	.section	.sdata.u3,"aw"
	.align	2
	.type	u3, @object
	.size	u3, 4
u3:
	.word	.LC5
	.globl	u2
	.section	.rodata.str2.4
	.align	2
.LC6:
	.string	"w"
	.string	"o"
	.string	"r"
	.string	"l"
	.string	"d"
	.string	""
	.string	""
	.section	.sdata.u2,"aw"
	.align	2
	.type	u2, @object
	.size	u2, 4
u2:
	.word	.LC6
	.globl	u1
	.section	.rodata.str2.4
	.align	2
.LC7:
	.string	"h"
	.string	"e"
	.string	"l"
	.string	"l"
	.string	"o"
	.string	""
	.string	""
	.section	.sdata.u1,"aw"
	.align	2
	.type	u1, @object
	.size	u1, 4
u1:
	.word	.LC7
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
	.section	.sdata.w3,"aw"
	.align	2
	.type	w3, @object
	.size	w3, 4
w3:
	.word	.LC8
	.globl	w2
	.section	.rodata.str4.4
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
	.section	.sdata.w2,"aw"
	.align	2
	.type	w2, @object
	.size	w2, 4
w2:
	.word	.LC9
	.globl	w1
	.section	.sdata.w1,"aw"
	.align	2
	.type	w1, @object
	.size	w1, 4
w1:
	.word	.LC8
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
