	.file	"switch.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"?"
	.text
	.align	2
	.globl	day
	.type	day, @function
day:
	li	a5,6
	bgtu	a0,a5,.L3
	.LA1: auipc	a5,%pcrel_hi(.LANCHOR0)
	slli	a0,a0,2
	addi	a5,a5,%pcrel_lo(.LA1)
	add	a5,a5,a0
	lw	a0,0(a5)
	ret
.L3:
	.LA0: auipc	a0,%pcrel_hi(.LC0)
	addi	a0,a0,%pcrel_lo(.LA0)
	ret
	.size	day, .-day
	.align	2
	.globl	step
	.type	step, @function
step:
	li	a5,7
	bgtu	a0,a5,.L17
	.LA2: auipc	a5,%pcrel_hi(.L8)
	addi	a5,a5,%pcrel_lo(.LA2)
	slli	a4,a0,2
	add	a4,a4,a5
	lw	a4,0(a4)
	add	a5,a4,a5
	jr	a5
	.section	.rodata
	.align	2
	.align	2
.L8:
	.word	.L16-.L8
	.word	.L14-.L8
	.word	.L13-.L8
	.word	.L5-.L8
	.word	.L5-.L8
	.word	.L10-.L8
	.word	.L9-.L8
	.word	.L7-.L8
	.text
.L14:
	li	a5,98
	li	a0,2
	bne	a1,a5,.L16
.L5:
	ret
.L13:
	li	a5,99
	beq	a1,a5,.L19
.L16:
	addi	a1,a1,-97
	seqz	a0,a1
	ret
.L7:
	li	a0,7
	sub	a0,a0,a1
	ret
.L9:
	addi	a0,a1,6
	ret
.L10:
	slli	a0,a1,2
	add	a0,a0,a1
	ret
.L19:
	li	a0,3
	ret
.L17:
	li	a0,-1
	ret
	.size	step, .-step
	.align	2
	.globl	sparse
	.type	sparse, @function
sparse:
	li	a4,100
	mv	a5,a0
	beq	a0,a4,.L23
	ble	a0,a4,.L29
	li	a4,1000
	li	a0,30
	beq	a5,a4,.L20
	li	a4,8192
	addi	a4,a4,1808
	li	a0,40
	bne	a5,a4,.L28
.L20:
	ret
.L29:
	li	a4,-5
	li	a0,50
	beq	a5,a4,.L20
	li	a4,1
	li	a0,10
	beq	a5,a4,.L20
.L28:
	li	a0,0
	ret
.L23:
	li	a0,20
	ret
	.size	sparse, .-sparse
	.section	.rodata.str1.4
	.align	2
.LC1:
	.string	"xxababcx"
	.align	2
.LC2:
	.string	"%d %s\n"
	.align	2
.LC3:
	.string	"state %d\n"
	.align	2
.LC4:
	.string	"sparse %d %d %d %d\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-16
	sw	s1,4(sp)
	.LA5: auipc	s1,%pcrel_hi(.LANCHOR0)
	sw	s0,8(sp)
	sw	s2,0(sp)
	sw	ra,12(sp)
	addi	s1,s1,%pcrel_lo(.LA5)
	li	s0,0
	li	s2,7
.L31:
	lw	a2,0(s1)
	.LA8: auipc	a0,%pcrel_hi(.LC2)
	mv	a1,s0
	addi	a0,a0,%pcrel_lo(.LA8)
	addi	s0,s0,1
	call	printf
	addi	s1,s1,4
	bne	s0,s2,.L31
	.LA6: auipc	a2,%pcrel_hi(.LC0)
	.LA7: auipc	a0,%pcrel_hi(.LC2)
	addi	a2,a2,%pcrel_lo(.LA6)
	li	a1,7
	addi	a0,a0,%pcrel_lo(.LA7)
	call	printf
	.LA4: auipc	a4,%pcrel_hi(.LC1)
	addi	a4,a4,%pcrel_lo(.LA4)
	li	s0,0
	li	a2,120
	li	a1,7
.L32:
	bgtu	s0,a1,.L47
	.LA9: auipc	a5,%pcrel_hi(.L36)
	addi	a5,a5,%pcrel_lo(.LA9)
	slli	a3,s0,2
	add	a3,a3,a5
	lw	a3,0(a3)
	add	a5,a3,a5
	jr	a5
	.section	.rodata
	.align	2
	.align	2
.L36:
	.word	.L43-.L36
	.word	.L42-.L36
	.word	.L41-.L36
	.word	.L40-.L36
	.word	.L34-.L36
	.word	.L38-.L36
	.word	.L37-.L36
	.word	.L35-.L36
	.section	.text.startup
.L42:
	addi	s0,a2,-97
	li	a5,98
	seqz	s0,s0
	bne	a2,a5,.L34
	lbu	a2,1(a4)
	addi	a4,a4,1
	beq	a2,zero,.L52
.L41:
	addi	s0,a2,-97
	li	a5,99
	seqz	s0,s0
	bne	a2,a5,.L34
	lbu	a5,1(a4)
	addi	a4,a4,1
	beq	a5,zero,.L53
.L40:
	li	s0,3
.L34:
	lbu	a2,1(a4)
	addi	a4,a4,1
	bne	a2,zero,.L32
.L45:
	.LA11: auipc	a0,%pcrel_hi(.LC3)
	mv	a1,s0
	addi	a0,a0,%pcrel_lo(.LA11)
	call	printf
	.LA12: auipc	a0,%pcrel_hi(.LC4)
	li	a4,0
	li	a3,50
	li	a2,30
	li	a1,10
	addi	a0,a0,%pcrel_lo(.LA12)
	call	printf
	lw	ra,12(sp)
	mv	a0,s0
	lw	s0,8(sp)
	lw	s1,4(sp)
	lw	s2,0(sp)
	addi	sp,sp,16
	jr	ra
.L43:
	addi	a2,a2,-97
	seqz	s0,a2
	lbu	a2,1(a4)
	addi	a4,a4,1
	bne	a2,zero,.L32
	j	.L45
.L35:
	li	s0,7
	sub	s0,s0,a2
	lbu	a2,1(a4)
	addi	a4,a4,1
	bne	a2,zero,.L32
	j	.L45
.L37:
	addi	s0,a2,6
	lbu	a2,1(a4)
	addi	a4,a4,1
	bne	a2,zero,.L32
	j	.L45
.L38:
	slli	s0,a2,2
	add	s0,s0,a2
	lbu	a2,1(a4)
	addi	a4,a4,1
	bne	a2,zero,.L32
	j	.L45
.L52:
	li	s0,2
	j	.L45
.L53:
	li	s0,3
	j	.L45
.L47:
	li	s0,-1
	j	.L34
	.size	main, .-main
	.section	.rodata.str1.4
	.align	2
.LC5:
	.string	"sunday"
	.align	2
.LC6:
	.string	"monday"
	.align	2
.LC7:
	.string	"tuesday"
	.align	2
.LC8:
	.string	"wednesday"
	.align	2
.LC9:
	.string	"thursday"
	.align	2
.LC10:
	.string	"friday"
	.align	2
.LC11:
	.string	"saturday"
	.section	.rodata
	.align	2
	.set	.LANCHOR0,. + 0
	.type	CSWTCH.3, @object
	.size	CSWTCH.3, 28
CSWTCH.3:
	.word	.LC5
	.word	.LC6
	.word	.LC7
	.word	.LC8
	.word	.LC9
	.word	.LC10
	.word	.LC11
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
