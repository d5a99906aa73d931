	.file	"switch.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.section	.rodata
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
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	lw	a4,-20(s0)
	li	a5,6
	bgtu	a4,a5,.L2
	lw	a5,-20(s0)
	slli	a4,a5,2
	lui	a5,%hi(.L4)
	addi	a5,a5,%lo(.L4)
	add	a5,a4,a5
	lw	a5,0(a5)
	jr	a5
	.section	.rodata
	.align	2
	.align	2
.L4:
	.word	.L10
	.word	.L9
	.word	.L8
	.word	.L7
	.word	.L6
	.word	.L5
	.word	.L3
	.text
.L10:
	lui	a5,%hi(.LC0)
	addi	a5,a5,%lo(.LC0)
	j	.L11
.L9:
	lui	a5,%hi(.LC1)
	addi	a5,a5,%lo(.LC1)
	j	.L11
.L8:
	lui	a5,%hi(.LC2)
	addi	a5,a5,%lo(.LC2)
	j	.L11
.L7:
	lui	a5,%hi(.LC3)
	addi	a5,a5,%lo(.LC3)
	j	.L11
.L6:
	lui	a5,%hi(.LC4)
	addi	a5,a5,%lo(.LC4)
	j	.L11
.L5:
	lui	a5,%hi(.LC5)
	addi	a5,a5,%lo(.LC5)
	j	.L11
.L3:
	lui	a5,%hi(.LC6)
	addi	a5,a5,%lo(.LC6)
	j	.L11
.L2:
	lui	a5,%hi(.LC7)
	addi	a5,a5,%lo(.LC7)
.L11:
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	day, .-day
	.align	2
	.globl	step
	.type	step, @function
step:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	mv	a5,a1
	sb	a5,-21(s0)
	lw	a4,-20(s0)
	li	a5,7
	bgtu	a4,a5,.L13
	lw	a5,-20(s0)
	slli	a4,a5,2
	lui	a5,%hi(.L15)
	addi	a5,a5,%lo(.L15)
	add	a5,a4,a5
	lw	a5,0(a5)
	jr	a5
	.section	.rodata
	.align	2
	.align	2
.L15:
	.word	.L22
	.word	.L21
	.word	.L20
	.word	.L19
	.word	.L18
	.word	.L17
	.word	.L16
	.word	.L14
	.text
.L22:
	lbu	a5,-21(s0)
	addi	a5,a5,-97
	seqz	a5,a5
	andi	a5,a5,0xff
	j	.L23
.L21:
	lbu	a4,-21(s0)
	li	a5,98
	beq	a4,a5,.L24
	lbu	a5,-21(s0)
	addi	a5,a5,-97
	seqz	a5,a5
	andi	a5,a5,0xff
	j	.L23
.L24:
	li	a5,2
	j	.L23
.L20:
	lbu	a4,-21(s0)
	li	a5,99
	beq	a4,a5,.L26
	lbu	a5,-21(s0)
	addi	a5,a5,-97
	seqz	a5,a5
	andi	a5,a5,0xff
	j	.L23
.L26:
	li	a5,3
	j	.L23
.L19:
	li	a5,3
	j	.L23
.L18:
	li	a5,4
	j	.L23
.L17:
	lbu	a4,-21(s0)
	lw	a5,-20(s0)
	mul	a5,a4,a5
	j	.L23
.L16:
	lbu	a4,-21(s0)
	lw	a5,-20(s0)
	add	a5,a4,a5
	j	.L23
.L14:
	lbu	a5,-21(s0)
	lw	a4,-20(s0)
	sub	a5,a4,a5
	j	.L23
.L13:
	li	a5,-1
.L23:
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	step, .-step
	.align	2
	.globl	sparse
	.type	sparse, @function
sparse:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	lw	a4,-20(s0)
	li	a5,8192
	addi	a5,a5,1808
	beq	a4,a5,.L29
	lw	a4,-20(s0)
	li	a5,8192
	addi	a5,a5,1808
	bgt	a4,a5,.L30
	lw	a4,-20(s0)
	li	a5,1000
	beq	a4,a5,.L31
	lw	a4,-20(s0)
	li	a5,1000
	bgt	a4,a5,.L30
	lw	a4,-20(s0)
	li	a5,100
	beq	a4,a5,.L32
	lw	a4,-20(s0)
	li	a5,100
	bgt	a4,a5,.L30
	lw	a4,-20(s0)
	li	a5,-5
	beq	a4,a5,.L33
	lw	a4,-20(s0)
	li	a5,1
	bne	a4,a5,.L30
	li	a5,10
	j	.L34
.L32:
	li	a5,20
	j	.L34
.L31:
	li	a5,30
	j	.L34
.L29:
	li	a5,40
	j	.L34
.L33:
	li	a5,50
	j	.L34
.L30:
	li	a5,0
.L34:
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	sparse, .-sparse
	.section	.rodata
	.align	2
.LC8:
	.string	"%d %s\n"
	.align	2
.LC9:
	.string	"xxababcx"
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
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	sw	s1,36(sp)
	sw	s2,32(sp)
	sw	s3,28(sp)
	addi	s0,sp,48
	sw	zero,-36(s0)
	j	.L36
.L37:
	lw	a0,-36(s0)
	call	day
	mv	a5,a0
	mv	a2,a5
	lw	a1,-36(s0)
	lui	a5,%hi(.LC8)
	addi	a0,a5,%lo(.LC8)
	call	printf
	lw	a5,-36(s0)
	addi	a5,a5,1
	sw	a5,-36(s0)
.L36:
	lw	a4,-36(s0)
	li	a5,7
	ble	a4,a5,.L37
	lui	a5,%hi(.LC9)
	addi	a5,a5,%lo(.LC9)
	sw	a5,-48(s0)
	sw	zero,-40(s0)
	lw	a5,-48(s0)
	sw	a5,-44(s0)
	j	.L38
.L39:
	lw	a5,-44(s0)
	lbu	a5,0(a5)
	mv	a1,a5
	lw	a0,-40(s0)
	call	step
	sw	a0,-40(s0)
	lw	a5,-44(s0)
	addi	a5,a5,1
	sw	a5,-44(s0)
.L38:
	lw	a5,-44(s0)
	lbu	a5,0(a5)
	bne	a5,zero,.L39
	lw	a1,-40(s0)
	lui	a5,%hi(.LC10)
	addi	a0,a5,%lo(.LC10)
	call	printf
	li	a0,1
	call	sparse
	mv	s1,a0
	li	a0,1000
	call	sparse
	mv	s2,a0
	li	a0,-5
	call	sparse
	mv	s3,a0
	li	a0,7
	call	sparse
	mv	a5,a0
	mv	a4,a5
	mv	a3,s3
	mv	a2,s2
	mv	a1,s1
	lui	a5,%hi(.LC11)
	addi	a0,a5,%lo(.LC11)
	call	printf
	lw	a5,-40(s0)
	mv	a0,a5
	lw	ra,44(sp)
	lw	s0,40(sp)
	lw	s1,36(sp)
	lw	s2,32(sp)
	lw	s3,28(sp)
	addi	sp,sp,48
	jr	ra
	.size	main, .-main
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
