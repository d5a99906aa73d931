	.file	"chars.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	2
	.type	factor, @function
factor:
	.LA0: auipc	a5,%pcrel_hi(p)
	lw	a7,%pcrel_lo(.LA0)(a5)
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	sw	s1,20(sp)
	sw	s2,16(sp)
	sw	s3,12(sp)
	lbu	a2,0(a7)
	li	a5,40
	beq	a2,a5,.L19
	addi	a5,a7,1
	mv	a3,a2
	li	a1,0
	li	s0,1
	li	a0,45
	li	a6,40
.L12:
	bne	a3,a0,.L20
	lbu	a3,0(a5)
	mv	a4,a5
	neg	s0,s0
	addi	a5,a5,1
	li	a1,1
	bne	a3,a6,.L12
.L11:
	addi	a5,a4,1
	.LA1: auipc	a4,%pcrel_hi(p)
	sw	a5,%pcrel_lo(.LA1)(a4)
	call	term
	mv	s1,a0
	li	s2,43
	li	s3,45
.L3:
	.LA4: auipc	a5,%pcrel_hi(p)
	lw	a5,%pcrel_lo(.LA4)(a5)
	lbu	a4,0(a5)
	addi	a5,a5,1
	beq	a4,s2,.L5
	bne	a4,s3,.L21
	.LA3: auipc	a4,%pcrel_hi(p)
	sw	a5,%pcrel_lo(.LA3)(a4)
	call	term
	sub	s1,s1,a0
	j	.L3
.L5:
	.LA2: auipc	a4,%pcrel_hi(p)
	sw	a5,%pcrel_lo(.LA2)(a4)
	call	term
	add	s1,s1,a0
	j	.L3
.L21:
	mul	a0,s1,s0
	.LA5: auipc	a4,%pcrel_hi(p)
	sw	a5,%pcrel_lo(.LA5)(a4)
.L1:
	lw	ra,28(sp)
	lw	s0,24(sp)
	lw	s1,20(sp)
	lw	s2,16(sp)
	lw	s3,12(sp)
	addi	sp,sp,32
	jr	ra
.L20:
	beq	a1,zero,.L14
	lbu	a2,0(a4)
	.LA6: auipc	a5,%pcrel_hi(p)
	sw	a4,%pcrel_lo(.LA6)(a5)
.L9:
	addi	a3,a2,-48
	andi	a3,a3,0xff
	li	a0,9
	addi	a5,a4,1
	li	a1,0
	li	a6,9
	bgtu	a3,a0,.L22
.L13:
	addi	a0,a2,-48
	lbu	a2,0(a5)
	slli	a4,a1,2
	add	a4,a4,a1
	addi	a3,a2,-48
	slli	a4,a4,1
	andi	a3,a3,0xff
	mv	a7,a5
	add	a1,a0,a4
	addi	a5,a5,1
	bleu	a3,a6,.L13
	mul	a0,a1,s0
	lw	ra,28(sp)
	lw	s0,24(sp)
	.LA7: auipc	a5,%pcrel_hi(p)
	sw	a7,%pcrel_lo(.LA7)(a5)
	lw	s1,20(sp)
	lw	s2,16(sp)
	lw	s3,12(sp)
	addi	sp,sp,32
	jr	ra
.L14:
	mv	a4,a7
	j	.L9
.L19:
	mv	a4,a7
	li	s0,1
	j	.L11
.L22:
	li	a0,0
	j	.L1
	.size	factor, .-factor
	.align	2
	.type	term, @function
term:
	addi	sp,sp,-32
	sw	s0,24(sp)
	sw	s1,20(sp)
	sw	s2,16(sp)
	sw	s3,12(sp)
	sw	ra,28(sp)
	call	factor
	mv	s0,a0
	li	s1,42
	li	s2,47
	li	s3,37
.L24:
	.LA11: auipc	a5,%pcrel_hi(p)
	lw	a5,%pcrel_lo(.LA11)(a5)
	lbu	a4,0(a5)
	addi	a3,a5,1
	beq	a4,s1,.L26
	beq	a4,s2,.L27
	bne	a4,s3,.L30
	.LA9: auipc	a5,%pcrel_hi(p)
	sw	a3,%pcrel_lo(.LA9)(a5)
	call	factor
	rem	s0,s0,a0
	j	.L24
.L26:
	addi	a5,a5,1
	.LA8: auipc	a4,%pcrel_hi(p)
	sw	a5,%pcrel_lo(.LA8)(a4)
	call	factor
	mul	s0,s0,a0
	j	.L24
.L27:
	addi	a5,a5,1
	.LA10: auipc	a4,%pcrel_hi(p)
	sw	a5,%pcrel_lo(.LA10)(a4)
	call	factor
	div	s0,s0,a0
	j	.L24
.L30:
	lw	ra,28(sp)
	mv	a0,s0
	lw	s0,24(sp)
	lw	s1,20(sp)
	lw	s2,16(sp)
	lw	s3,12(sp)
	addi	sp,sp,32
	jr	ra
	.size	term, .-term
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"%s = %d\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-32
	sw	s3,12(sp)
	.LA12: auipc	s3,%pcrel_hi(.LANCHOR0)
	addi	s3,s3,%pcrel_lo(.LA12)
	sw	s1,20(sp)
	sw	s2,16(sp)
	sw	s5,4(sp)
	sw	s6,0(sp)
	sw	ra,28(sp)
	sw	s0,24(sp)
	sw	s4,8(sp)
	addi	s6,s3,20
	li	s5,0
	li	s1,43
	li	s2,45
.L36:
	lw	s4,0(s3)
	.LA13: auipc	a5,%pcrel_hi(p)
	sw	s4,%pcrel_lo(.LA13)(a5)
	call	term
	mv	s0,a0
.L32:
	.LA16: auipc	a5,%pcrel_hi(p)
	lw	a5,%pcrel_lo(.LA16)(a5)
	lbu	a4,0(a5)
	addi	a3,a5,1
	beq	a4,s1,.L34
	bne	a4,s2,.L39
	.LA15: auipc	a5,%pcrel_hi(p)
	sw	a3,%pcrel_lo(.LA15)(a5)
	call	term
	sub	s0,s0,a0
	j	.L32
.L34:
	addi	a5,a5,1
	.LA14: auipc	a4,%pcrel_hi(p)
	sw	a5,%pcrel_lo(.LA14)(a4)
	call	term
	add	s0,s0,a0
	j	.L32
.L39:
	.LA17: auipc	a0,%pcrel_hi(.LC0)
	addi	s3,s3,4
	mv	a2,s0
	mv	a1,s4
	addi	a0,a0,%pcrel_lo(.LA17)
	add	s5,s5,s0
	call	printf
	bne	s3,s6,.L36
	lw	ra,28(sp)
	lw	s0,24(sp)
	lw	s1,20(sp)
	lw	s2,16(sp)
	lw	s3,12(sp)
	lw	s4,8(sp)
	lw	s6,0(sp)
	andi	a0,s5,0xff
	lw	s5,4(sp)
	addi	sp,sp,32
	jr	ra
	.size	main, .-main
	.section	.rodata.str1.4
	.align	2
.LC1:
	.string	"1+2*3"
	.align	2
.LC2:
	.string	"(1+2)*3"
	.align	2
.LC3:
	.string	"100/7%4"
	.align	2
.LC4:
	.string	"-(4-10)*-2"
	.align	2
.LC5:
	.string	"2*(3+(4*(5+6)))"
	.section	.rodata
	.align	2
	.set	.LANCHOR0,. + 0
	.type	inputs.0, @object
	.size	inputs.0, 20
inputs.0:
	.word	.LC1
	.word	.LC2
	.word	.LC3
	.word	.LC4
	.word	.LC5
	.section	.sbss,"aw",@nobits
	.align	2
	.type	p, @object
	.size	p, 4
p:
	.zero	4
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
