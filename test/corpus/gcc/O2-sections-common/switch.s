	.file	"switch.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.section	.rodata.day.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"?"
	.section	.text.day,"ax",@progbits
	.align	2
	.globl	day
	.type	day, @function
day:
	li	a5,6
	bgtu	a0,a5,.L3
	lui	a5,%hi(CSWTCH.3)
	slli	a0,a0,2
	addi	a5,a5,%lo(CSWTCH.3)
	add	a5,a5,a0
	lw	a0,0(a5)
	ret
.L3:
	lui	a0,%hi(.LC0)
	addi	a0,a0,%lo(.LC0)
	ret
	.size	day, .-day
	.section	.text.step,"ax",@progbits
	.align	2
	.globl	step
	.type	step, @function
step:
	li	a5,7
	bgtu	a0,a5,.L17
	lui	a4,%hi(.L8)
	slli	a5,a0,2
	addi	a4,a4,%lo(.L8)
	add	a5,a5,a4
	lw	a5,0(a5)
	jr	a5
	.section	.rodata.step,"a",@progbits
	.align	2
	.align	2
.L8:
	.word	.L16
	.word	.L14
	.word	.L13
	.word	.L5
	.word	.L5
	.word	.L10
	.word	.L9
	.word	.L7
	.section	.text.step
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
	.section	.text.sparse,"ax",@progbits
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
	.section	.rodata.main.str1.4,"aMS",@progbits,1
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
	.section	.text.startup.main,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-32
	sw	s1,20(sp)
	lui	s1,%hi(CSWTCH.3)
	sw	s0,24(sp)
	sw	s2,16(sp)
	sw	s3,12(sp)
	sw	ra,28(sp)
	addi	s1,s1,%lo(CSWTCH.3)
	li	s0,0
	lui	s2,%hi(.LC2)
	li	s3,7
.L31:
	lw	a2,0(s1)
	mv	a1,s0
	addi	a0,s2,%lo(.LC2)
	addi	s0,s0,1
	call	printf
	addi	s1,s1,4
	bne	s0,s3,.L31
	lui	a2,%hi(.LC0)
	addi	a2,a2,%lo(.LC0)
	li	a1,7
	addi	a0,s2,%lo(.LC2)
	call	printf
	lui	a5,%hi(.LC1)
	lui	a2,%hi(.L36)
	addi	a5,a5,%lo(.LC1)
	li	s0,0
	li	a3,120
	li	a1,7
	addi	a2,a2,%lo(.L36)
.L32:
	bgtu	s0,a1,.L47
	slli	a4,s0,2
	add	a4,a4,a2
	lw	a4,0(a4)
	jr	a4
	.section	.rodata.main,"a",@progbits
	.align	2
	.align	2
.L36:
	.word	.L43
	.word	.L42
	.word	.L41
	.word	.L40
	.word	.L34
	.word	.L38
	.word	.L37
	.word	.L35
	.section	.text.startup.main
.L42:
	addi	s0,a3,-97
	li	a4,98
	seqz	s0,s0
	bne	a3,a4,.L34
	lbu	a3,1(a5)
	addi	a5,a5,1
	beq	a3,zero,.L52
.L41:
	addi	s0,a3,-97
	li	a4,99
	seqz	s0,s0
	bne	a3,a4,.L34
	lbu	a4,1(a5)
	addi	a5,a5,1
	beq	a4,zero,.L53
.L40:
	li	s0,3
.L34:
	lbu	a3,1(a5)
	addi	a5,a5,1
	bne	a3,zero,.L32
.L45:
	lui	a0,%hi(.LC3)
	mv	a1,s0
	addi	a0,a0,%lo(.LC3)
	call	printf
	lui	a0,%hi(.LC4)
	li	a4,0
	li	a3,50
	li	a2,30
	li	a1,10
	addi	a0,a0,%lo(.LC4)
	call	printf
	lw	ra,28(sp)
	mv	a0,s0
	lw	s0,24(sp)
	lw	s1,20(sp)
	lw	s2,16(sp)
	lw	s3,12(sp)
	addi	sp,sp,32
	jr	ra
.L43:
	addi	a3,a3,-97
	seqz	s0,a3
	lbu	a3,1(a5)
	addi	a5,a5,1
	bne	a3,zero,.L32
	j	.L45
.L35:
	li	s0,7
	sub	s0,s0,a3
	lbu	a3,1(a5)
	addi	a5,a5,1
	bne	a3,zero,.L32
	j	.L45
.L37:
	addi	s0,a3,6
	lbu	a3,1(a5)
	addi	a5,a5,1
	bne	a3,zero,.L32
	j	.L45
.L38:
	slli	s0,a3,2
	add	s0,s0,a3
	lbu	a3,1(a5)
	addi	a5,a5,1
	bne	a3,zero,.L32
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
	.section	.rodata.str1.4,"aMS",@progbits,1
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
	.section	.rodata.CSWTCH.3,"a"
	.align	2
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
