	.file	"switch.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"sunday"
	.align	2
.LC1:
	.string	"monday"
	.align	2
.LC2:
	.string	"tuesday"
	.align	2
.LC3:
	.string	"wednesday"
	.align	2
.LC4:
	.string	"thursday"
	.align	2
.LC5:
	.string	"friday"
	.align	2
.LC6:
	.string	"saturday"
	.align	2
.LC7:
	.string	"?"
	.text
	.align	2
	.globl	day
	.type	day, @function
day:
	li	a5,6
	bgtu	a0,a5,.L2
	slli	a0,a0,2
	lui	a5,%hi(.L4)
	addi	a5,a5,%lo(.L4)
	add	a0,a0,a5
	lw	a5,0(a0)
	jr	a5
	.section	.rodata
	.align	2
	.align	2
.L4:
	.word	.L10
	.word	.L11
	.word	.L8
	.word	.L7
	.word	.L6
	.word	.L5
	.word	.L3
	.text
.L10:
	lui	a0,%hi(.LC0)
	addi	a0,a0,%lo(.LC0)
	ret
.L8:
	lui	a0,%hi(.LC2)
	addi	a0,a0,%lo(.LC2)
	ret
.L7:
	lui	a0,%hi(.LC3)
	addi	a0,a0,%lo(.LC3)
	ret
.L6:
	lui	a0,%hi(.LC4)
	addi	a0,a0,%lo(.LC4)
	ret
.L5:
	lui	a0,%hi(.LC5)
	addi	a0,a0,%lo(.LC5)
	ret
.L3:
	lui	a0,%hi(.LC6)
	addi	a0,a0,%lo(.LC6)
	ret
.L2:
	lui	a0,%hi(.LC7)
	addi	a0,a0,%lo(.LC7)
	ret
.L11:
	lui	a0,%hi(.LC1)
	addi	a0,a0,%lo(.LC1)
	ret
	.size	day, .-day
	.align	2
	.globl	step
	.type	step, @function
step:
	li	a5,7
	bgtu	a0,a5,.L13
	slli	a5,a0,2
	lui	a4,%hi(.L15)
	addi	a4,a4,%lo(.L15)
	add	a5,a5,a4
	lw	a5,0(a5)
	jr	a5
	.section	.rodata
	.align	2
	.align	2
.L15:
	.word	.L21
	.word	.L20
	.word	.L19
	.word	.L12
	.word	.L12
	.word	.L17
	.word	.L16
	.word	.L14
	.text
.L21:
	addi	a1,a1,-97
	seqz	a0,a1
	ret
.L20:
	li	a5,98
	li	a0,2
	beq	a1,a5,.L12
	addi	a1,a1,-97
	seqz	a0,a1
	ret
.L19:
	li	a5,99
	li	a0,3
	beq	a1,a5,.L12
	addi	a1,a1,-97
	seqz	a0,a1
	ret
.L17:
	slli	a0,a1,2
	add	a0,a0,a1
	ret
.L16:
	addi	a0,a1,6
	ret
.L14:
	li	a0,7
	sub	a0,a0,a1
	ret
.L13:
	li	a0,-1
.L12:
	ret
	.size	step, .-step
	.align	2
	.globl	sparse
	.type	sparse, @function
sparse:
	mv	a5,a0
	li	a4,100
	beq	a0,a4,.L28
	ble	a0,a4,.L33
	li	a4,1000
	li	a0,30
	beq	a5,a4,.L25
	li	a4,8192
	addi	a4,a4,1808
	li	a0,40
	beq	a5,a4,.L25
	li	a0,0
	ret
.L33:
	li	a4,-5
	li	a0,50
	beq	a5,a4,.L25
	li	a4,1
	li	a0,10
	bne	a5,a4,.L34
.L25:
	ret
.L34:
	li	a0,0
	ret
.L28:
	li	a0,20
	j	.L25
	.size	sparse, .-sparse
	.section	.rodata.str1.4
	.align	2
.LC8:
	.string	"xxababcx"
	.align	2
.LC9:
	.string	"%d %s\n"
	.align	2
.LC10:
	.string	"state %d\n"
	.align	2
.LC11:
	.string	"sparse %d %d %d %d\n"
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-16
	sw	ra,12(sp)
	sw	s0,8(sp)
	sw	s1,4(sp)
	sw	s2,0(sp)
	li	s0,0
	lui	s2,%hi(.LC9)
	li	s1,8
.L36:
	mv	a0,s0
	call	day
	mv	a2,a0
	mv	a1,s0
	addi	a0,s2,%lo(.LC9)
	call	printf
	addi	s0,s0,1
	bne	s0,s1,.L36
	lui	s1,%hi(.LC8)
	addi	s1,s1,%lo(.LC8)
	li	s0,0
	li	a1,120
.L37:
	mv	a0,s0
	call	step
	mv	s0,a0
	addi	s1,s1,1
	lbu	a1,0(s1)
	bne	a1,zero,.L37
	mv	a1,a0
	lui	a0,%hi(.LC10)
	addi	a0,a0,%lo(.LC10)
	call	printf
	li	a4,0
	li	a3,50
	li	a2,30
	li	a1,10
	lui	a0,%hi(.LC11)
	addi	a0,a0,%lo(.LC11)
	call	printf
	mv	a0,s0
	lw	ra,12(sp)
	lw	s0,8(sp)
	lw	s1,4(sp)
	lw	s2,0(sp)
	addi	sp,sp,16
	jr	ra
	.size	main, .-main
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
