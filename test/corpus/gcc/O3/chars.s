	.file	"chars.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	2
	.type	expr, @function
expr:
	addi	sp,sp,-64
	sw	s5,36(sp)
	sw	s10,16(sp)
	sw	s11,12(sp)
	sw	ra,60(sp)
	sw	s0,56(sp)
	sw	s1,52(sp)
	sw	s2,48(sp)
	sw	s3,44(sp)
	sw	s4,40(sp)
	sw	s6,32(sp)
	sw	s7,28(sp)
	sw	s8,24(sp)
	sw	s9,20(sp)
	lui	s5,%hi(p)
	call	term
	lw	a4,%lo(p)(s5)
	mv	s10,a0
	lbu	s11,0(a4)
	addi	a5,s11,-43
	andi	a5,a5,253
	beq	a5,zero,.L39
.L1:
	lw	ra,60(sp)
	lw	s0,56(sp)
	lw	s1,52(sp)
	lw	s2,48(sp)
	lw	s3,44(sp)
	lw	s4,40(sp)
	lw	s5,36(sp)
	lw	s6,32(sp)
	lw	s7,28(sp)
	lw	s8,24(sp)
	lw	s9,20(sp)
	lw	s11,12(sp)
	mv	a0,s10
	lw	s10,16(sp)
	addi	sp,sp,64
	jr	ra
.L39:
	lbu	s3,1(a4)
	addi	a0,a4,1
	li	s1,40
	sw	a0,%lo(p)(s5)
	li	s7,45
	li	s2,9
	beq	s3,s1,.L40
.L3:
	addi	a4,a4,2
	mv	a5,s3
	li	a3,0
	li	s4,1
.L9:
	bne	a5,s7,.L41
	lbu	a5,0(a4)
	mv	s8,a4
	neg	s4,s4
	addi	a4,a4,1
	li	a3,1
	bne	a5,s1,.L9
.L8:
	addi	a5,s8,1
	sw	a5,%lo(p)(s5)
	call	expr
	mul	s4,a0,s4
	lw	a5,%lo(p)(s5)
	lbu	s3,1(a5)
	addi	a4,a5,1
	sw	a4,%lo(p)(s5)
.L4:
	li	s6,10
	li	s9,-1058
.L11:
	addi	a3,s3,-37
	andi	a3,a3,0xff
	bleu	a3,s6,.L42
.L23:
	li	a5,43
	beq	s11,a5,.L43
	sub	s10,s10,s4
.L26:
	addi	a5,s3,-43
	andi	a5,a5,253
	bne	a5,zero,.L1
	mv	s11,s3
	lbu	s3,1(a4)
	addi	a0,a4,1
	sw	a0,%lo(p)(s5)
	bne	s3,s1,.L3
.L40:
	mv	s8,a0
	li	s4,1
	j	.L8
.L42:
	sra	a3,s9,a3
	andi	a3,a3,1
	bne	a3,zero,.L23
	lbu	a1,1(a4)
	addi	a6,a4,1
	sw	a6,%lo(p)(s5)
	beq	a1,s1,.L44
	addi	a5,a4,2
	mv	a2,a1
	li	a0,0
	li	s0,1
.L18:
	bne	a2,s7,.L45
	lbu	a2,0(a5)
	mv	a4,a5
	neg	s0,s0
	addi	a5,a5,1
	li	a0,1
	bne	a2,s1,.L18
.L17:
	addi	a4,a4,1
	sw	a4,%lo(p)(s5)
	call	expr
	mul	a3,a0,s0
	lw	a5,%lo(p)(s5)
	lbu	a1,1(a5)
	addi	a4,a5,1
	sw	a4,%lo(p)(s5)
.L13:
	li	a5,42
	beq	s3,a5,.L46
.L20:
	li	a5,47
	beq	s3,a5,.L47
	rem	s4,s4,a3
	mv	s3,a1
	j	.L11
.L45:
	beq	a0,zero,.L28
	lbu	a1,0(a4)
	sw	a4,%lo(p)(s5)
.L15:
	addi	a2,a1,-48
	andi	a5,a2,0xff
	addi	a0,a4,1
	bgtu	a5,s2,.L13
.L19:
	lbu	a1,0(a0)
	slli	a5,a3,2
	add	a5,a5,a3
	slli	a5,a5,1
	add	a3,a2,a5
	addi	a2,a1,-48
	andi	a5,a2,0xff
	mv	a4,a0
	addi	a0,a0,1
	bleu	a5,s2,.L19
	sw	a4,%lo(p)(s5)
	li	a5,42
	mul	a3,a3,s0
	bne	s3,a5,.L20
.L46:
	mv	s3,a1
	mul	s4,s4,a3
	j	.L11
.L47:
	div	s4,s4,a3
	mv	s3,a1
	j	.L11
.L28:
	mv	a4,a6
	j	.L15
.L44:
	mv	a4,a6
	li	s0,1
	j	.L17
.L41:
	beq	a3,zero,.L6
	lbu	s3,0(s8)
	sw	s8,%lo(p)(s5)
	mv	a0,s8
.L6:
	addi	a3,s3,-48
	andi	a5,a3,0xff
	addi	a1,a0,1
	li	a2,0
	bgtu	a5,s2,.L48
.L10:
	lbu	s3,0(a1)
	slli	a5,a2,2
	add	a5,a5,a2
	slli	a5,a5,1
	add	a2,a3,a5
	addi	a3,s3,-48
	andi	a5,a3,0xff
	mv	a4,a1
	addi	a1,a1,1
	bleu	a5,s2,.L10
	mul	s4,a2,s4
	sw	a4,%lo(p)(s5)
	j	.L4
.L43:
	add	s10,s10,s4
	j	.L26
.L48:
	mv	a4,a0
	li	s4,0
	j	.L4
	.size	expr, .-expr
	.align	2
	.type	term, @function
term:
	addi	sp,sp,-48
	sw	s5,20(sp)
	lui	s5,%hi(p)
	lw	a3,%lo(p)(s5)
	sw	ra,44(sp)
	sw	s0,40(sp)
	sw	s1,36(sp)
	sw	s2,32(sp)
	sw	s3,28(sp)
	sw	s4,24(sp)
	sw	s6,16(sp)
	sw	s7,12(sp)
	lbu	s4,0(a3)
	li	a5,40
	beq	s4,a5,.L81
	addi	a5,a3,1
	mv	a4,s4
	li	a0,0
	li	s6,1
	li	a1,45
	li	a6,40
.L56:
	bne	a4,a1,.L82
	lbu	a4,0(a5)
	mv	a2,a5
	neg	s6,s6
	addi	a5,a5,1
	li	a0,1
	bne	a4,a6,.L56
.L55:
	addi	a2,a2,1
	sw	a2,%lo(p)(s5)
	call	expr
	mul	s6,a0,s6
	lw	a5,%lo(p)(s5)
	lbu	s4,1(a5)
	addi	a3,a5,1
	sw	a3,%lo(p)(s5)
.L51:
	li	s7,10
	li	s0,-1058
	li	s2,40
	li	s3,45
.L58:
	addi	a0,s4,-37
	andi	a0,a0,0xff
	bleu	a0,s7,.L83
.L49:
	lw	ra,44(sp)
	lw	s0,40(sp)
	lw	s1,36(sp)
	lw	s2,32(sp)
	lw	s3,28(sp)
	lw	s4,24(sp)
	lw	s5,20(sp)
	lw	s7,12(sp)
	mv	a0,s6
	lw	s6,16(sp)
	addi	sp,sp,48
	jr	ra
.L83:
	sra	a0,s0,a0
	andi	a0,a0,1
	bne	a0,zero,.L49
	lbu	a2,1(a3)
	addi	a6,a3,1
	sw	a6,%lo(p)(s5)
	beq	a2,s2,.L84
	addi	a5,a3,2
	mv	a4,a2
	li	a1,0
	li	s1,1
.L65:
	bne	a4,s3,.L85
	lbu	a4,0(a5)
	mv	a3,a5
	neg	s1,s1
	addi	a5,a5,1
	li	a1,1
	bne	a4,s2,.L65
.L64:
	addi	a3,a3,1
	sw	a3,%lo(p)(s5)
	call	expr
	mul	a0,a0,s1
	lw	a5,%lo(p)(s5)
	lbu	a2,1(a5)
	addi	a3,a5,1
	sw	a3,%lo(p)(s5)
.L60:
	li	a5,42
	beq	s4,a5,.L86
.L67:
	li	a5,47
	beq	s4,a5,.L87
	rem	s6,s6,a0
	mv	s4,a2
	j	.L58
.L85:
	beq	a1,zero,.L72
	lbu	a2,0(a3)
	sw	a3,%lo(p)(s5)
.L62:
	addi	a4,a2,-48
	andi	a7,a4,0xff
	li	a5,9
	addi	a1,a3,1
	li	a6,9
	bgtu	a7,a5,.L60
.L66:
	lbu	a2,0(a1)
	slli	a5,a0,2
	add	a5,a5,a0
	slli	a5,a5,1
	add	a0,a4,a5
	addi	a4,a2,-48
	andi	a5,a4,0xff
	mv	a3,a1
	addi	a1,a1,1
	bleu	a5,a6,.L66
	sw	a3,%lo(p)(s5)
	li	a5,42
	mul	a0,a0,s1
	bne	s4,a5,.L67
.L86:
	mv	s4,a2
	mul	s6,s6,a0
	j	.L58
.L87:
	div	s6,s6,a0
	mv	s4,a2
	j	.L58
.L72:
	mv	a3,a6
	j	.L62
.L84:
	mv	a3,a6
	li	s1,1
	j	.L64
.L82:
	beq	a0,zero,.L53
	lbu	s4,0(a2)
	sw	a2,%lo(p)(s5)
	mv	a3,a2
.L53:
	addi	a4,s4,-48
	andi	a6,a4,0xff
	li	a5,9
	addi	a1,a3,1
	li	a2,0
	li	a0,9
	bgtu	a6,a5,.L88
.L57:
	lbu	s4,0(a1)
	slli	a5,a2,2
	add	a5,a5,a2
	slli	a5,a5,1
	add	a2,a4,a5
	addi	a4,s4,-48
	andi	a5,a4,0xff
	mv	a3,a1
	addi	a1,a1,1
	bleu	a5,a0,.L57
	mul	s6,a2,s6
	sw	a3,%lo(p)(s5)
	j	.L51
.L88:
	li	s6,0
	j	.L51
.L81:
	mv	a2,a3
	li	s6,1
	j	.L55
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
	addi	sp,sp,-80
	sw	s7,44(sp)
	lui	s7,%hi(.LANCHOR0)
	addi	a5,s7,%lo(.LANCHOR0)
	sw	s1,68(sp)
	sw	s10,32(sp)
	sw	ra,76(sp)
	sw	s0,72(sp)
	sw	s2,64(sp)
	sw	s3,60(sp)
	sw	s4,56(sp)
	sw	s5,52(sp)
	sw	s6,48(sp)
	sw	s8,40(sp)
	sw	s9,36(sp)
	sw	s11,28(sp)
	sw	a5,8(sp)
	sw	zero,4(sp)
	lui	s10,%hi(p)
	li	s1,40
	j	.L116
.L90:
	lui	a5,%hi(.LC0)
	addi	a0,a5,%lo(.LC0)
	lw	a5,8(sp)
	lw	a1,12(sp)
	mv	a2,s5
	addi	s0,a5,4
	lw	a5,4(sp)
	sw	s0,8(sp)
	add	a5,a5,s5
	sw	a5,4(sp)
	call	printf
	lui	a5,%hi(.LANCHOR0+20)
	addi	a5,a5,%lo(.LANCHOR0+20)
	beq	a5,s0,.L128
.L116:
	lw	a5,8(sp)
	li	s11,45
	li	s0,9
	lw	a5,0(a5)
	sw	a5,12(sp)
	sw	a5,%lo(p)(s10)
	call	term
	lw	a5,%lo(p)(s10)
	mv	s5,a0
	lbu	s6,0(a5)
	addi	a4,s6,-43
	andi	a4,a4,253
	bne	a4,zero,.L90
	lbu	s9,1(a5)
	addi	a7,a5,1
	sw	a7,%lo(p)(s10)
	beq	s9,s1,.L129
.L91:
	addi	a5,a5,2
	mv	a4,s9
	li	a0,0
	li	s8,1
.L97:
	bne	a4,s11,.L130
	lbu	a4,0(a5)
	mv	s2,a5
	neg	s8,s8
	addi	a5,a5,1
	li	a0,1
	bne	a4,s1,.L97
.L96:
	addi	a5,s2,1
	sw	a5,%lo(p)(s10)
	call	expr
	mul	s8,a0,s8
	lw	a4,%lo(p)(s10)
	lbu	s9,1(a4)
	addi	a5,a4,1
	sw	a5,%lo(p)(s10)
.L92:
	li	s4,10
	li	s3,-1058
.L99:
	addi	a0,s9,-37
	andi	a0,a0,0xff
	bleu	a0,s4,.L131
.L111:
	li	a4,43
	beq	s6,a4,.L132
	sub	s5,s5,s8
.L114:
	addi	a4,s9,-43
	andi	a4,a4,253
	bne	a4,zero,.L90
	mv	s6,s9
	lbu	s9,1(a5)
	addi	a7,a5,1
	sw	a7,%lo(p)(s10)
	bne	s9,s1,.L91
.L129:
	mv	s2,a7
	li	s8,1
	j	.L96
.L131:
	sra	a0,s3,a0
	andi	a0,a0,1
	bne	a0,zero,.L111
	lbu	t3,1(a5)
	addi	t5,a5,1
	sw	t5,%lo(p)(s10)
	beq	t3,s1,.L133
	addi	a7,a5,2
	mv	a4,t3
	li	t4,0
	li	s7,1
.L106:
	bne	a4,s11,.L134
	lbu	a4,0(a7)
	mv	a5,a7
	neg	s7,s7
	addi	a7,a7,1
	li	t4,1
	bne	a4,s1,.L106
.L105:
	addi	a5,a5,1
	sw	a5,%lo(p)(s10)
	call	expr
	mul	a0,a0,s7
	lw	a4,%lo(p)(s10)
	lbu	t3,1(a4)
	addi	a5,a4,1
	sw	a5,%lo(p)(s10)
.L101:
	li	a4,42
	beq	s9,a4,.L135
.L108:
	li	a4,47
	beq	s9,a4,.L136
	rem	s8,s8,a0
	mv	s9,t3
	j	.L99
.L134:
	beq	t4,zero,.L117
	lbu	t3,0(a5)
	sw	a5,%lo(p)(s10)
.L103:
	addi	a4,t3,-48
	andi	t4,a4,0xff
	addi	a7,a5,1
	bgtu	t4,s0,.L101
.L107:
	lbu	t3,0(a7)
	slli	a5,a0,2
	add	a5,a5,a0
	slli	a5,a5,1
	add	a0,a4,a5
	addi	a4,t3,-48
	andi	t4,a4,0xff
	mv	a5,a7
	addi	a7,a7,1
	bleu	t4,s0,.L107
	sw	a5,%lo(p)(s10)
	li	a4,42
	mul	a0,a0,s7
	bne	s9,a4,.L108
.L135:
	mv	s9,t3
	mul	s8,s8,a0
	j	.L99
.L136:
	div	s8,s8,a0
	mv	s9,t3
	j	.L99
.L117:
	mv	a5,t5
	j	.L103
.L133:
	mv	a5,t5
	li	s7,1
	j	.L105
.L130:
	beq	a0,zero,.L94
	lbu	s9,0(s2)
	sw	s2,%lo(p)(s10)
	mv	a7,s2
.L94:
	addi	a4,s9,-48
	andi	a5,a4,0xff
	addi	a6,a7,1
	li	a0,0
	bgtu	a5,s0,.L137
.L98:
	lbu	s9,0(a6)
	slli	a5,a0,2
	add	a5,a5,a0
	slli	a5,a5,1
	add	a0,a4,a5
	addi	a4,s9,-48
	andi	a7,a4,0xff
	mv	a5,a6
	addi	a6,a6,1
	bleu	a7,s0,.L98
	mul	s8,a0,s8
	sw	a5,%lo(p)(s10)
	j	.L92
.L132:
	add	s5,s5,s8
	j	.L114
.L137:
	mv	a5,a7
	li	s8,0
	j	.L92
.L128:
	lw	ra,76(sp)
	lw	s0,72(sp)
	lbu	a0,4(sp)
	lw	s1,68(sp)
	lw	s2,64(sp)
	lw	s3,60(sp)
	lw	s4,56(sp)
	lw	s5,52(sp)
	lw	s6,48(sp)
	lw	s7,44(sp)
	lw	s8,40(sp)
	lw	s9,36(sp)
	lw	s10,32(sp)
	lw	s11,28(sp)
	addi	sp,sp,80
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
