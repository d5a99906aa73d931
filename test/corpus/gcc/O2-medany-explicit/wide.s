	.file	"wide.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"%c"
	.text
	.align	2
	.type	wput, @function
wput:
	lw	a1,0(a0)
	beq	a1,zero,.L9
	addi	sp,sp,-16
	sw	s0,8(sp)
	sw	ra,12(sp)
	mv	s0,a0
.L3:
	.LA0: auipc	a0,%pcrel_hi(.LC0)
	addi	a0,a0,%pcrel_lo(.LA0)
	addi	s0,s0,4
	call	printf
	lw	a1,0(s0)
	bne	a1,zero,.L3
	lw	ra,12(sp)
	lw	s0,8(sp)
	addi	sp,sp,16
	jr	ra
.L9:
	ret
	.size	wput, .-wput
	.align	2
	.type	uput, @function
uput:
	lhu	a1,0(a0)
	beq	a1,zero,.L21
	addi	sp,sp,-16
	sw	s0,8(sp)
	sw	ra,12(sp)
	mv	s0,a0
.L15:
	.LA1: auipc	a0,%pcrel_hi(.LC0)
	addi	a0,a0,%pcrel_lo(.LA1)
	addi	s0,s0,2
	call	printf
	lhu	a1,0(s0)
	bne	a1,zero,.L15
	lw	ra,12(sp)
	lw	s0,8(sp)
	addi	sp,sp,16
	jr	ra
.L21:
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
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	.LA2: auipc	a5,%pcrel_hi(w1)
	lw	a5,%pcrel_lo(.LA2)(a5)
	addi	sp,sp,-16
	sw	ra,12(sp)
	lw	a1,0(a5)
	beq	a1,zero,.L25
	addi	a5,a5,4
	li	a1,0
.L26:
	lw	a4,0(a5)
	addi	a1,a1,1
	addi	a5,a5,4
	bne	a4,zero,.L26
.L25:
	.LA3: auipc	a5,%pcrel_hi(w2)
	lw	a5,%pcrel_lo(.LA3)(a5)
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
	.LA4: auipc	a5,%pcrel_hi(w3)
	lw	a5,%pcrel_lo(.LA4)(a5)
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
	.LA5: auipc	a5,%pcrel_hi(u1)
	lw	a5,%pcrel_lo(.LA5)(a5)
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
	.LA6: auipc	a5,%pcrel_hi(u2)
	lw	a0,%pcrel_lo(.LA6)(a5)
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
	.LA7: auipc	a0,%pcrel_hi(u3)
	lw	a0,%pcrel_lo(.LA7)(a0)
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
	.LA8: auipc	a0,%pcrel_hi(empty)
	lw	a0,%pcrel_lo(.LA8)(a0)
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
	.LA9: auipc	a0,%pcrel_hi(.LC1)
	addi	a0,a0,%pcrel_lo(.LA9)
	call	printf
	.LA10: auipc	a5,%pcrel_hi(w1)
	lw	a0,%pcrel_lo(.LA10)(a5)
	call	wput
	.LA11: auipc	a5,%pcrel_hi(w2)
	lw	a0,%pcrel_lo(.LA11)(a5)
	call	wput
	.LA12: auipc	a5,%pcrel_hi(w3)
	lw	a0,%pcrel_lo(.LA12)(a5)
	call	wput
	.LA13: auipc	a0,%pcrel_hi(.LC2)
	addi	a0,a0,%pcrel_lo(.LA13)
	call	printf
	.LA14: auipc	a5,%pcrel_hi(u1)
	lw	a0,%pcrel_lo(.LA14)(a5)
	call	uput
	.LA15: auipc	a5,%pcrel_hi(u2)
	lw	a0,%pcrel_lo(.LA15)(a5)
	call	uput
	.LA16: auipc	a5,%pcrel_hi(u3)
	lw	a0,%pcrel_lo(.LA16)(a5)
	call	uput
	.LA17: auipc	a0,%pcrel_hi(.LC2)
	addi	a0,a0,%pcrel_lo(.LA17)
	call	printf
	.LA19: auipc	a4,%pcrel_hi(w2)
	.LA18: auipc	a5,%pcrel_hi(w1)
	lw	a5,%pcrel_lo(.LA18)(a5)
	lw	a2,%pcrel_lo(.LA19)(a4)
	.LA20: auipc	a4,%pcrel_hi(w3)
	lw	a1,%pcrel_lo(.LA20)(a4)
	addi	a4,a5,8
	sub	a2,a2,a4
	sub	a1,a1,a5
	.LA21: auipc	a0,%pcrel_hi(.LC3)
	seqz	a2,a2
	seqz	a1,a1
	addi	a0,a0,%pcrel_lo(.LA21)
	call	printf
	lw	ra,12(sp)
	li	a0,0
	addi	sp,sp,16
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
