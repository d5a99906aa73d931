	.file	"vmlab.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	2
	.type	syscall3, @function
syscall3:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	sw	a2,-28(s0)
	sw	a3,-32(s0)
	lw	a0,-24(s0)
	lw	a1,-28(s0)
	lw	a2,-32(s0)
	lw	a7,-20(s0)
 #APP
# 12 "runtime/vmlab.c" 1
	ecall
# 0 "" 2
 #NO_APP
	mv	a5,a0
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	syscall3, .-syscall3
	.align	2
	.globl	write
	.type	write, @function
write:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	sw	a2,-28(s0)
	lw	a5,-24(s0)
	lw	a4,-28(s0)
	mv	a3,a4
	mv	a2,a5
	lw	a1,-20(s0)
	li	a0,64
	call	syscall3
	mv	a5,a0
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	write, .-write
	.align	2
	.globl	read
	.type	read, @function
read:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	sw	a2,-28(s0)
	lw	a5,-24(s0)
	lw	a4,-28(s0)
	mv	a3,a4
	mv	a2,a5
	lw	a1,-20(s0)
	li	a0,63
	call	syscall3
	mv	a5,a0
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	read, .-read
	.align	2
	.globl	exit
	.type	exit, @function
exit:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	li	a3,0
	li	a2,0
	lw	a1,-20(s0)
	li	a0,93
	call	syscall3
.L8:
	j	.L8
	.size	exit, .-exit
	.align	2
	.globl	sbrk
	.type	sbrk, @function
sbrk:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	lui	a5,%hi(brk.0)
	lw	a5,%lo(brk.0)(a5)
	bne	a5,zero,.L10
	li	a3,0
	li	a2,0
	li	a1,0
	li	a0,214
	call	syscall3
	mv	a5,a0
	mv	a4,a5
	lui	a5,%hi(brk.0)
	sw	a4,%lo(brk.0)(a5)
.L10:
	lui	a5,%hi(brk.0)
	lw	a5,%lo(brk.0)(a5)
	sw	a5,-20(s0)
	lw	a5,-36(s0)
	lw	a4,-20(s0)
	add	a5,a4,a5
	sw	a5,-24(s0)
	lw	a5,-24(s0)
	li	a3,0
	li	a2,0
	mv	a1,a5
	li	a0,214
	call	syscall3
	mv	a5,a0
	mv	a4,a5
	lw	a5,-24(s0)
	beq	a5,a4,.L11
	li	a5,-1
	j	.L12
.L11:
	lui	a5,%hi(brk.0)
	lw	a4,-24(s0)
	sw	a4,%lo(brk.0)(a5)
	lw	a5,-20(s0)
.L12:
	mv	a0,a5
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	sp,sp,48
	jr	ra
	.size	sbrk, .-sbrk
	.align	2
	.globl	strlen
	.type	strlen, @function
strlen:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	zero,-20(s0)
	j	.L14
.L15:
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L14:
	lw	a4,-36(s0)
	lw	a5,-20(s0)
	add	a5,a4,a5
	lbu	a5,0(a5)
	bne	a5,zero,.L15
	lw	a5,-20(s0)
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	strlen, .-strlen
	.align	2
	.globl	memset
	.type	memset, @function
memset:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	sw	a2,-44(s0)
	lw	a5,-36(s0)
	sw	a5,-20(s0)
	j	.L18
.L19:
	lw	a5,-20(s0)
	addi	a4,a5,1
	sw	a4,-20(s0)
	lw	a4,-40(s0)
	andi	a4,a4,0xff
	sb	a4,0(a5)
.L18:
	lw	a5,-44(s0)
	addi	a4,a5,-1
	sw	a4,-44(s0)
	bne	a5,zero,.L19
	lw	a5,-36(s0)
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	memset, .-memset
	.align	2
	.globl	memcpy
	.type	memcpy, @function
memcpy:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	sw	a2,-44(s0)
	lw	a5,-36(s0)
	sw	a5,-20(s0)
	lw	a5,-40(s0)
	sw	a5,-24(s0)
	j	.L22
.L23:
	lw	a4,-24(s0)
	addi	a5,a4,1
	sw	a5,-24(s0)
	lw	a5,-20(s0)
	addi	a3,a5,1
	sw	a3,-20(s0)
	lbu	a4,0(a4)
	sb	a4,0(a5)
.L22:
	lw	a5,-44(s0)
	addi	a4,a5,-1
	sw	a4,-44(s0)
	bne	a5,zero,.L23
	lw	a5,-36(s0)
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	memcpy, .-memcpy
	.align	2
	.globl	strcmp
	.type	strcmp, @function
strcmp:
	addi	sp,sp,-32
	sw	s0,28(sp)
	addi	s0,sp,32
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	j	.L26
.L28:
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
	lw	a5,-24(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
.L26:
	lw	a5,-20(s0)
	lbu	a5,0(a5)
	beq	a5,zero,.L27
	lw	a5,-20(s0)
	lbu	a4,0(a5)
	lw	a5,-24(s0)
	lbu	a5,0(a5)
	beq	a4,a5,.L28
.L27:
	lw	a5,-20(s0)
	lbu	a5,0(a5)
	mv	a4,a5
	lw	a5,-24(s0)
	lbu	a5,0(a5)
	sub	a5,a4,a5
	mv	a0,a5
	lw	s0,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	strcmp, .-strcmp
	.align	2
	.globl	__ashldi3
	.type	__ashldi3, @function
__ashldi3:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-40(s0)
	sw	a1,-36(s0)
	sw	a2,-44(s0)
	lw	a4,-40(s0)
	lw	a5,-36(s0)
	sw	a4,-24(s0)
	sw	a5,-20(s0)
	lw	a5,-44(s0)
	bne	a5,zero,.L31
	lw	a4,-40(s0)
	lw	a5,-36(s0)
	j	.L35
.L31:
	lw	a4,-44(s0)
	li	a5,31
	ble	a4,a5,.L33
	sw	zero,-32(s0)
	lw	a4,-24(s0)
	lw	a5,-44(s0)
	addi	a5,a5,-32
	sll	a5,a4,a5
	sw	a5,-28(s0)
	j	.L34
.L33:
	lw	a4,-24(s0)
	lw	a5,-44(s0)
	sll	a5,a4,a5
	sw	a5,-32(s0)
	lw	a4,-20(s0)
	lw	a5,-44(s0)
	sll	a4,a4,a5
	lw	a3,-24(s0)
	li	a2,32
	lw	a5,-44(s0)
	sub	a5,a2,a5
	srl	a5,a3,a5
	or	a5,a4,a5
	sw	a5,-28(s0)
.L34:
	lw	a4,-32(s0)
	lw	a5,-28(s0)
.L35:
	mv	a0,a4
	mv	a1,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	__ashldi3, .-__ashldi3
	.align	2
	.globl	__lshrdi3
	.type	__lshrdi3, @function
__lshrdi3:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-40(s0)
	sw	a1,-36(s0)
	sw	a2,-44(s0)
	lw	a4,-40(s0)
	lw	a5,-36(s0)
	sw	a4,-24(s0)
	sw	a5,-20(s0)
	lw	a5,-44(s0)
	bne	a5,zero,.L37
	lw	a4,-40(s0)
	lw	a5,-36(s0)
	j	.L41
.L37:
	lw	a4,-44(s0)
	li	a5,31
	ble	a4,a5,.L39
	sw	zero,-28(s0)
	lw	a4,-20(s0)
	lw	a5,-44(s0)
	addi	a5,a5,-32
	srl	a5,a4,a5
	sw	a5,-32(s0)
	j	.L40
.L39:
	lw	a4,-20(s0)
	lw	a5,-44(s0)
	srl	a5,a4,a5
	sw	a5,-28(s0)
	lw	a4,-24(s0)
	lw	a5,-44(s0)
	srl	a4,a4,a5
	lw	a3,-20(s0)
	li	a2,32
	lw	a5,-44(s0)
	sub	a5,a2,a5
	sll	a5,a3,a5
	or	a5,a4,a5
	sw	a5,-32(s0)
.L40:
	lw	a4,-32(s0)
	lw	a5,-28(s0)
.L41:
	mv	a0,a4
	mv	a1,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	__lshrdi3, .-__lshrdi3
	.align	2
	.globl	__ashrdi3
	.type	__ashrdi3, @function
__ashrdi3:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-40(s0)
	sw	a1,-36(s0)
	sw	a2,-44(s0)
	lw	a4,-40(s0)
	lw	a5,-36(s0)
	sw	a4,-24(s0)
	sw	a5,-20(s0)
	lw	a5,-44(s0)
	bne	a5,zero,.L43
	lw	a4,-40(s0)
	lw	a5,-36(s0)
	j	.L47
.L43:
	lw	a4,-44(s0)
	li	a5,31
	ble	a4,a5,.L45
	lw	a5,-20(s0)
	srai	a5,a5,31
	sw	a5,-28(s0)
	lw	a5,-20(s0)
	mv	a4,a5
	lw	a5,-44(s0)
	addi	a5,a5,-32
	sra	a5,a4,a5
	sw	a5,-32(s0)
	j	.L46
.L45:
	lw	a5,-20(s0)
	mv	a4,a5
	lw	a5,-44(s0)
	sra	a5,a4,a5
	sw	a5,-28(s0)
	lw	a4,-24(s0)
	lw	a5,-44(s0)
	srl	a4,a4,a5
	lw	a3,-20(s0)
	li	a2,32
	lw	a5,-44(s0)
	sub	a5,a2,a5
	sll	a5,a3,a5
	or	a5,a4,a5
	sw	a5,-32(s0)
.L46:
	lw	a4,-32(s0)
	lw	a5,-28(s0)
.L47:
	mv	a0,a4
	mv	a1,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
	.size	__ashrdi3, .-__ashrdi3
	.align	2
	.type	udivmod, @function
udivmod:
	addi	sp,sp,-80
	sw	s0,76(sp)
	sw	s2,72(sp)
	sw	s3,68(sp)
	addi	s0,sp,80
	sw	a0,-56(s0)
	sw	a1,-52(s0)
	sw	a2,-64(s0)
	sw	a3,-60(s0)
	sw	a4,-68(s0)
	li	a4,0
	li	a5,0
	sw	a4,-24(s0)
	sw	a5,-20(s0)
	sw	a4,-32(s0)
	sw	a5,-28(s0)
	li	a5,63
	sw	a5,-36(s0)
	j	.L49
.L56:
	lw	a5,-32(s0)
	srli	a5,a5,31
	lw	a4,-28(s0)
	slli	t4,a4,1
	or	t4,a5,t4
	lw	a5,-32(s0)
	slli	t3,a5,1
	lw	a5,-36(s0)
	addi	a5,a5,-32
	blt	a5,zero,.L50
	lw	a4,-52(s0)
	srl	a6,a4,a5
	li	a7,0
	j	.L51
.L50:
	lw	a5,-52(s0)
	slli	a4,a5,1
	li	a3,31
	lw	a5,-36(s0)
	sub	a5,a3,a5
	sll	a5,a4,a5
	lw	a4,-36(s0)
	lw	a3,-56(s0)
	srl	a6,a3,a4
	or	a6,a5,a6
	lw	a5,-36(s0)
	lw	a4,-52(s0)
	srl	a7,a4,a5
.L51:
	andi	t5,a6,1
	andi	t6,a7,0
	or	a5,t3,t5
	sw	a5,-32(s0)
	or	a5,t4,t6
	sw	a5,-28(s0)
	lw	a4,-60(s0)
	lw	a5,-28(s0)
	bgtu	a4,a5,.L52
	lw	a4,-60(s0)
	lw	a5,-28(s0)
	bne	a4,a5,.L59
	lw	a4,-64(s0)
	lw	a5,-32(s0)
	bgtu	a4,a5,.L52
.L59:
	lw	a2,-32(s0)
	lw	a3,-28(s0)
	lw	a0,-64(s0)
	lw	a1,-60(s0)
	sub	a4,a2,a0
	mv	t0,a4
	sgtu	t0,t0,a2
	sub	a5,a3,a1
	sub	a3,a5,t0
	mv	a5,a3
	sw	a4,-32(s0)
	sw	a5,-28(s0)
	lw	a5,-36(s0)
	addi	a5,a5,-32
	blt	a5,zero,.L54
	li	a4,1
	sll	t2,a4,a5
	li	t1,0
	j	.L55
.L54:
	li	a5,1
	srli	a4,a5,1
	li	a3,31
	lw	a5,-36(s0)
	sub	a5,a3,a5
	srl	a5,a4,a5
	lw	a4,-36(s0)
	li	a3,0
	sll	t2,a3,a4
	or	t2,a5,t2
	lw	a5,-36(s0)
	li	a4,1
	sll	t1,a4,a5
.L55:
	lw	a5,-24(s0)
	or	s2,a5,t1
	lw	a5,-20(s0)
	or	s3,a5,t2
	sw	s2,-24(s0)
	sw	s3,-20(s0)
.L52:
	lw	a5,-36(s0)
	addi	a5,a5,-1
	sw	a5,-36(s0)
.L49:
	lw	a5,-36(s0)
	bge	a5,zero,.L56
	lw	a5,-68(s0)
	beq	a5,zero,.L57
	lw	a3,-68(s0)
	lw	a4,-32(s0)
	lw	a5,-28(s0)
	sw	a4,0(a3)
	sw	a5,4(a3)
.L57:
	lw	a4,-24(s0)
	lw	a5,-20(s0)
	mv	a0,a4
	mv	a1,a5
	lw	s0,76(sp)
	lw	s2,72(sp)
	lw	s3,68(sp)
	addi	sp,sp,80
	jr	ra
	.size	udivmod, .-udivmod
	.align	2
	.globl	__udivdi3
	.type	__udivdi3, @function
__udivdi3:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	sw	a0,-24(s0)
	sw	a1,-20(s0)
	sw	a2,-32(s0)
	sw	a3,-28(s0)
	li	a4,0
	lw	a2,-32(s0)
	lw	a3,-28(s0)
	lw	a0,-24(s0)
	lw	a1,-20(s0)
	call	udivmod
	mv	a4,a0
	mv	a5,a1
	mv	a0,a4
	mv	a1,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	__udivdi3, .-__udivdi3
	.align	2
	.globl	__umoddi3
	.type	__umoddi3, @function
__umoddi3:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	addi	s0,sp,48
	sw	a0,-40(s0)
	sw	a1,-36(s0)
	sw	a2,-48(s0)
	sw	a3,-44(s0)
	addi	a5,s0,-24
	mv	a4,a5
	lw	a2,-48(s0)
	lw	a3,-44(s0)
	lw	a0,-40(s0)
	lw	a1,-36(s0)
	call	udivmod
	lw	a4,-24(s0)
	lw	a5,-20(s0)
	mv	a0,a4
	mv	a1,a5
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	sp,sp,48
	jr	ra
	.size	__umoddi3, .-__umoddi3
	.align	2
	.globl	__divdi3
	.type	__divdi3, @function
__divdi3:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	sw	s2,36(sp)
	sw	s3,32(sp)
	addi	s0,sp,48
	sw	a0,-40(s0)
	sw	a1,-36(s0)
	sw	a2,-48(s0)
	sw	a3,-44(s0)
	lw	a5,-36(s0)
	bge	a5,zero,.L65
	lw	a0,-40(s0)
	lw	a1,-36(s0)
	li	a4,0
	li	a5,0
	sub	a2,a4,a0
	mv	a6,a2
	sgtu	a6,a6,a4
	sub	a3,a5,a1
	sub	a5,a3,a6
	mv	a3,a5
	mv	a6,a2
	mv	a7,a3
	j	.L67
.L65:
	lw	a6,-40(s0)
	lw	a7,-36(s0)
.L67:
	lw	a5,-44(s0)
	bge	a5,zero,.L68
	lw	a0,-48(s0)
	lw	a1,-44(s0)
	li	a4,0
	li	a5,0
	sub	a2,a4,a0
	mv	t1,a2
	sgtu	t1,t1,a4
	sub	a3,a5,a1
	sub	a5,a3,t1
	mv	a3,a5
	j	.L70
.L68:
	lw	a2,-48(s0)
	lw	a3,-44(s0)
.L70:
	li	a4,0
	mv	a0,a6
	mv	a1,a7
	call	udivmod
	sw	a0,-24(s0)
	sw	a1,-20(s0)
	lw	a4,-40(s0)
	lw	a5,-48(s0)
	xor	s2,a4,a5
	lw	a4,-36(s0)
	lw	a5,-44(s0)
	xor	s3,a4,a5
	mv	a5,s3
	bge	a5,zero,.L71
	lw	a0,-24(s0)
	lw	a1,-20(s0)
	li	a4,0
	li	a5,0
	sub	a2,a4,a0
	mv	a6,a2
	sgtu	a6,a6,a4
	sub	a3,a5,a1
	sub	a5,a3,a6
	mv	a3,a5
	mv	a4,a2
	mv	a5,a3
	j	.L74
.L71:
	lw	a4,-24(s0)
	lw	a5,-20(s0)
.L74:
	mv	a0,a4
	mv	a1,a5
	lw	ra,44(sp)
	lw	s0,40(sp)
	lw	s2,36(sp)
	lw	s3,32(sp)
	addi	sp,sp,48
	jr	ra
	.size	__divdi3, .-__divdi3
	.align	2
	.globl	__moddi3
	.type	__moddi3, @function
__moddi3:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	addi	s0,sp,48
	sw	a0,-40(s0)
	sw	a1,-36(s0)
	sw	a2,-48(s0)
	sw	a3,-44(s0)
	lw	a5,-36(s0)
	bge	a5,zero,.L76
	lw	a0,-40(s0)
	lw	a1,-36(s0)
	li	a4,0
	li	a5,0
	sub	a2,a4,a0
	mv	a6,a2
	sgtu	a6,a6,a4
	sub	a3,a5,a1
	sub	a5,a3,a6
	mv	a3,a5
	mv	a6,a2
	mv	a7,a3
	j	.L78
.L76:
	lw	a6,-40(s0)
	lw	a7,-36(s0)
.L78:
	lw	a5,-44(s0)
	bge	a5,zero,.L79
	lw	a0,-48(s0)
	lw	a1,-44(s0)
	li	a4,0
	li	a5,0
	sub	a2,a4,a0
	mv	t1,a2
	sgtu	t1,t1,a4
	sub	a3,a5,a1
	sub	a5,a3,t1
	mv	a3,a5
	j	.L81
.L79:
	lw	a2,-48(s0)
	lw	a3,-44(s0)
.L81:
	addi	a5,s0,-24
	mv	a4,a5
	mv	a0,a6
	mv	a1,a7
	call	udivmod
	lw	a5,-36(s0)
	bge	a5,zero,.L82
	lw	a4,-24(s0)
	lw	a5,-20(s0)
	mv	a0,a4
	mv	a1,a5
	li	a4,0
	li	a5,0
	sub	a2,a4,a0
	mv	a6,a2
	sgtu	a6,a6,a4
	sub	a3,a5,a1
	sub	a5,a3,a6
	mv	a3,a5
	mv	a4,a2
	mv	a5,a3
	j	.L85
.L82:
	lw	a4,-24(s0)
	lw	a5,-20(s0)
.L85:
	mv	a0,a4
	mv	a1,a5
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	sp,sp,48
	jr	ra
	.size	__moddi3, .-__moddi3
	.local	out
	.comm	out,256,4
	.local	used
	.comm	used,4,4
	.align	2
	.type	flush, @function
flush:
	addi	sp,sp,-16
	sw	ra,12(sp)
	sw	s0,8(sp)
	addi	s0,sp,16
	lui	a5,%hi(used)
	lw	a5,%lo(used)(a5)
	beq	a5,zero,.L87
	lui	a5,%hi(used)
	lw	a5,%lo(used)(a5)
	mv	a2,a5
	lui	a5,%hi(out)
	addi	a1,a5,%lo(out)
	li	a0,1
	call	write
.L87:
	lui	a5,%hi(used)
	sw	zero,%lo(used)(a5)
	nop
	lw	ra,12(sp)
	lw	s0,8(sp)
	addi	sp,sp,16
	jr	ra
	.size	flush, .-flush
	.align	2
	.type	put, @function
put:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	s0,sp,32
	mv	a5,a0
	sb	a5,-17(s0)
	lui	a5,%hi(used)
	lw	a4,%lo(used)(a5)
	li	a5,256
	bne	a4,a5,.L89
	call	flush
.L89:
	lui	a5,%hi(used)
	lw	a5,%lo(used)(a5)
	addi	a3,a5,1
	lui	a4,%hi(used)
	sw	a3,%lo(used)(a4)
	lui	a4,%hi(out)
	addi	a4,a4,%lo(out)
	add	a5,a4,a5
	lbu	a4,-17(s0)
	sb	a4,0(a5)
	nop
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	put, .-put
	.section	.rodata
	.align	2
.LC0:
	.string	"0123456789abcdef"
	.text
	.align	2
	.type	number, @function
number:
	addi	sp,sp,-96
	sw	ra,92(sp)
	sw	s0,88(sp)
	sw	s2,84(sp)
	sw	s3,80(sp)
	addi	s0,sp,96
	sw	a0,-72(s0)
	sw	a1,-68(s0)
	sw	a2,-76(s0)
	sw	a3,-80(s0)
	sw	a4,-84(s0)
	sb	a5,-85(s0)
	sw	zero,-20(s0)
.L91:
	lw	a5,-80(s0)
	mv	s2,a5
	li	s3,0
	addi	a5,s0,-64
	mv	a4,a5
	mv	a2,s2
	mv	a3,s3
	lw	a0,-72(s0)
	lw	a1,-68(s0)
	call	udivmod
	sw	a0,-72(s0)
	sw	a1,-68(s0)
	lw	a4,-64(s0)
	lw	a5,-60(s0)
	lw	a3,-20(s0)
	addi	a2,a3,1
	sw	a2,-20(s0)
	lui	a2,%hi(.LC0)
	addi	a2,a2,%lo(.LC0)
	add	a5,a2,a4
	lbu	a4,0(a5)
	addi	a5,a3,-16
	add	a5,a5,s0
	sb	a4,-36(a5)
	lw	a5,-72(s0)
	lw	a4,-68(s0)
	or	a5,a5,a4
	bne	a5,zero,.L91
	lw	a4,-20(s0)
	lw	a5,-76(s0)
	add	a5,a4,a5
	sw	a5,-28(s0)
	lw	a5,-76(s0)
	beq	a5,zero,.L92
	lbu	a4,-85(s0)
	li	a5,48
	bne	a4,a5,.L92
	li	a0,45
	call	put
.L92:
	lw	a5,-28(s0)
	sw	a5,-24(s0)
	j	.L93
.L94:
	lbu	a5,-85(s0)
	mv	a0,a5
	call	put
	lw	a5,-24(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
.L93:
	lw	a4,-24(s0)
	lw	a5,-84(s0)
	blt	a4,a5,.L94
	lw	a5,-76(s0)
	beq	a5,zero,.L96
	lbu	a4,-85(s0)
	li	a5,48
	beq	a4,a5,.L96
	li	a0,45
	call	put
	j	.L96
.L97:
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sw	a5,-20(s0)
	lw	a5,-20(s0)
	addi	a5,a5,-16
	add	a5,a5,s0
	lbu	a5,-36(a5)
	mv	a0,a5
	call	put
.L96:
	lw	a5,-20(s0)
	bne	a5,zero,.L97
	lw	a4,-28(s0)
	lw	a5,-84(s0)
	bge	a5,a4,.L99
	mv	a5,a4
.L99:
	mv	a0,a5
	lw	ra,92(sp)
	lw	s0,88(sp)
	lw	s2,84(sp)
	lw	s3,80(sp)
	addi	sp,sp,96
	jr	ra
	.size	number, .-number
	.align	2
	.globl	printf
	.type	printf, @function
printf:
	addi	sp,sp,-144
	sw	ra,108(sp)
	sw	s0,104(sp)
	sw	s2,100(sp)
	sw	s3,96(sp)
	sw	s4,92(sp)
	sw	s5,88(sp)
	addi	s0,sp,112
	sw	a0,-100(s0)
	sw	a1,4(s0)
	sw	a2,8(s0)
	sw	a3,12(s0)
	sw	a4,16(s0)
	sw	a5,20(s0)
	sw	a6,24(s0)
	sw	a7,28(s0)
	addi	a5,s0,32
	sw	a5,-104(s0)
	lw	a5,-104(s0)
	addi	a5,a5,-28
	sw	a5,-92(s0)
	sw	zero,-36(s0)
	lw	a5,-100(s0)
	sw	a5,-40(s0)
	j	.L101
.L130:
	lw	a5,-40(s0)
	lbu	a4,0(a5)
	li	a5,37
	beq	a4,a5,.L102
	lw	a5,-40(s0)
	lbu	a5,0(a5)
	mv	a0,a5
	call	put
	lw	a5,-36(s0)
	addi	a5,a5,1
	sw	a5,-36(s0)
	j	.L103
.L102:
	lw	a5,-40(s0)
	addi	a5,a5,1
	sw	a5,-40(s0)
	li	a5,32
	sb	a5,-41(s0)
	sw	zero,-48(s0)
	sw	zero,-52(s0)
	lw	a5,-40(s0)
	lbu	a4,0(a5)
	li	a5,48
	bne	a4,a5,.L105
	li	a5,48
	sb	a5,-41(s0)
	lw	a5,-40(s0)
	addi	a5,a5,1
	sw	a5,-40(s0)
	j	.L105
.L107:
	lw	a4,-48(s0)
	mv	a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	slli	a5,a5,1
	mv	a3,a5
	lw	a5,-40(s0)
	addi	a4,a5,1
	sw	a4,-40(s0)
	lbu	a5,0(a5)
	addi	a5,a5,-48
	add	a5,a3,a5
	sw	a5,-48(s0)
.L105:
	lw	a5,-40(s0)
	lbu	a4,0(a5)
	li	a5,47
	bleu	a4,a5,.L108
	lw	a5,-40(s0)
	lbu	a4,0(a5)
	li	a5,57
	bleu	a4,a5,.L107
	j	.L108
.L109:
	lw	a5,-52(s0)
	addi	a5,a5,1
	sw	a5,-52(s0)
	lw	a5,-40(s0)
	addi	a5,a5,1
	sw	a5,-40(s0)
.L108:
	lw	a5,-40(s0)
	lbu	a4,0(a5)
	li	a5,108
	beq	a4,a5,.L109
	lw	a5,-40(s0)
	lbu	a5,0(a5)
	li	a4,37
	beq	a5,a4,.L110
	li	a4,37
	blt	a5,a4,.L111
	li	a4,120
	bgt	a5,a4,.L111
	li	a4,99
	blt	a5,a4,.L111
	addi	a5,a5,-99
	li	a4,21
	bgtu	a5,a4,.L111
	slli	a4,a5,2
	lui	a5,%hi(.L113)
	addi	a5,a5,%lo(.L113)
	add	a5,a4,a5
	lw	a5,0(a5)
	jr	a5
	.section	.rodata
	.align	2
	.align	2
.L113:
	.word	.L116
	.word	.L115
	.word	.L111
	.word	.L111
	.word	.L111
	.word	.L111
	.word	.L115
	.word	.L111
	.word	.L111
	.word	.L111
	.word	.L111
	.word	.L111
	.word	.L111
	.word	.L111
	.word	.L111
	.word	.L111
	.word	.L114
	.word	.L111
	.word	.L112
	.word	.L111
	.word	.L111
	.word	.L112
	.text
.L115:
	lw	a4,-52(s0)
	li	a5,1
	ble	a4,a5,.L117
	lw	a5,-92(s0)
	addi	a5,a5,7
	andi	a5,a5,-8
	addi	a4,a5,8
	sw	a4,-92(s0)
	lw	s2,0(a5)
	lw	s3,4(a5)
	j	.L118
.L117:
	lw	a5,-92(s0)
	addi	a4,a5,4
	sw	a4,-92(s0)
	lw	a5,0(a5)
	mv	s2,a5
	srai	a5,a5,31
	mv	s3,a5
.L118:
	sw	s2,-88(s0)
	sw	s3,-84(s0)
	lw	a5,-84(s0)
	bge	a5,zero,.L119
	lw	a0,-88(s0)
	lw	a1,-84(s0)
	li	a4,0
	li	a5,0
	sub	a2,a4,a0
	mv	a6,a2
	sgtu	a6,a6,a4
	sub	a3,a5,a1
	sub	a5,a3,a6
	mv	a3,a5
	mv	a0,a2
	mv	a1,a3
	j	.L121
.L119:
	lw	a0,-88(s0)
	lw	a1,-84(s0)
.L121:
	lw	a5,-84(s0)
	srli	a5,a5,31
	andi	a5,a5,0xff
	mv	a2,a5
	lbu	a5,-41(s0)
	lw	a4,-48(s0)
	li	a3,10
	call	number
	mv	a4,a0
	lw	a5,-36(s0)
	add	a5,a5,a4
	sw	a5,-36(s0)
	j	.L103
.L112:
	lw	a4,-52(s0)
	li	a5,1
	ble	a4,a5,.L122
	lw	a5,-92(s0)
	addi	a5,a5,7
	andi	a5,a5,-8
	addi	a4,a5,8
	sw	a4,-92(s0)
	lw	s4,0(a5)
	lw	s5,4(a5)
	j	.L123
.L122:
	lw	a5,-92(s0)
	addi	a4,a5,4
	sw	a4,-92(s0)
	lw	a5,0(a5)
	mv	s4,a5
	li	s5,0
.L123:
	sw	s4,-72(s0)
	sw	s5,-68(s0)
	lw	a5,-40(s0)
	lbu	a4,0(a5)
	li	a5,117
	bne	a4,a5,.L124
	li	a3,10
	j	.L125
.L124:
	li	a3,16
.L125:
	lbu	a5,-41(s0)
	lw	a4,-48(s0)
	li	a2,0
	lw	a0,-72(s0)
	lw	a1,-68(s0)
	call	number
	mv	a4,a0
	lw	a5,-36(s0)
	add	a5,a5,a4
	sw	a5,-36(s0)
	j	.L103
.L116:
	lw	a5,-92(s0)
	addi	a4,a5,4
	sw	a4,-92(s0)
	lw	a5,0(a5)
	andi	a5,a5,0xff
	mv	a0,a5
	call	put
	lw	a5,-36(s0)
	addi	a5,a5,1
	sw	a5,-36(s0)
	j	.L103
.L114:
	lw	a5,-92(s0)
	addi	a4,a5,4
	sw	a4,-92(s0)
	lw	a5,0(a5)
	sw	a5,-56(s0)
	lw	a0,-56(s0)
	call	strlen
	mv	a5,a0
	sw	a5,-76(s0)
	lw	a5,-76(s0)
	sw	a5,-60(s0)
	j	.L126
.L127:
	li	a0,32
	call	put
	lw	a5,-36(s0)
	addi	a5,a5,1
	sw	a5,-36(s0)
	lw	a5,-60(s0)
	addi	a5,a5,1
	sw	a5,-60(s0)
.L126:
	lw	a4,-60(s0)
	lw	a5,-48(s0)
	blt	a4,a5,.L127
	j	.L128
.L129:
	lw	a5,-56(s0)
	addi	a4,a5,1
	sw	a4,-56(s0)
	lbu	a5,0(a5)
	mv	a0,a5
	call	put
	lw	a5,-36(s0)
	addi	a5,a5,1
	sw	a5,-36(s0)
.L128:
	lw	a5,-56(s0)
	lbu	a5,0(a5)
	bne	a5,zero,.L129
	j	.L103
.L110:
	li	a0,37
	call	put
	lw	a5,-36(s0)
	addi	a5,a5,1
	sw	a5,-36(s0)
	j	.L103
.L111:
	lw	a5,-40(s0)
	addi	a5,a5,-1
	sw	a5,-40(s0)
	nop
.L103:
	lw	a5,-40(s0)
	addi	a5,a5,1
	sw	a5,-40(s0)
.L101:
	lw	a5,-40(s0)
	lbu	a5,0(a5)
	bne	a5,zero,.L130
	call	flush
	lw	a5,-36(s0)
	mv	a0,a5
	lw	ra,108(sp)
	lw	s0,104(sp)
	lw	s2,100(sp)
	lw	s3,96(sp)
	lw	s4,92(sp)
	lw	s5,88(sp)
	addi	sp,sp,144
	jr	ra
	.size	printf, .-printf
	.section	.rodata
	.align	2
.LC1:
	.string	"%s\n"
	.text
	.align	2
	.globl	puts
	.type	puts, @function
puts:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	lw	a1,-36(s0)
	lui	a5,%hi(.LC1)
	addi	a0,a5,%lo(.LC1)
	call	printf
	sw	a0,-20(s0)
	lw	a5,-20(s0)
	mv	a0,a5
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	sp,sp,48
	jr	ra
	.size	puts, .-puts
	.local	brk.0
	.comm	brk.0,4,4
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
