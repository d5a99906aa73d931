	.file	"vmlab.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "runtime/vmlab.c"
	.align	2
	.type	syscall3, @function
syscall3:
.LFB0:
	.file 1 "runtime/vmlab.c"
	.loc 1 7 54
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sw	s0,28(sp)
	.cfi_offset 8, -4
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	sw	a2,-28(s0)
	sw	a3,-32(s0)
	.loc 1 8 17
	lw	a0,-24(s0)
	.loc 1 9 17
	lw	a1,-28(s0)
	.loc 1 10 17
	lw	a2,-32(s0)
	.loc 1 11 17
	lw	a7,-20(s0)
	.loc 1 12 3
 #APP
# 12 "runtime/vmlab.c" 1
	ecall
# 0 "" 2
	.loc 1 13 10
 #NO_APP
	mv	a5,a0
	.loc 1 14 1
	mv	a0,a5
	lw	s0,28(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE0:
	.size	syscall3, .-syscall3
	.align	2
	.globl	write
	.type	write, @function
write:
.LFB1:
	.loc 1 16 50
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sw	ra,28(sp)
	sw	s0,24(sp)
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	sw	a2,-28(s0)
	.loc 1 16 59
	lw	a5,-24(s0)
	lw	a4,-28(s0)
	mv	a3,a4
	mv	a2,a5
	lw	a1,-20(s0)
	li	a0,64
	call	syscall3
	mv	a5,a0
	.loc 1 16 91
	mv	a0,a5
	lw	ra,28(sp)
	.cfi_restore 1
	lw	s0,24(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE1:
	.size	write, .-write
	.align	2
	.globl	read
	.type	read, @function
read:
.LFB2:
	.loc 1 17 43
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sw	ra,28(sp)
	sw	s0,24(sp)
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	sw	a2,-28(s0)
	.loc 1 17 52
	lw	a5,-24(s0)
	lw	a4,-28(s0)
	mv	a3,a4
	mv	a2,a5
	lw	a1,-20(s0)
	li	a0,63
	call	syscall3
	mv	a5,a0
	.loc 1 17 84
	mv	a0,a5
	lw	ra,28(sp)
	.cfi_restore 1
	lw	s0,24(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE2:
	.size	read, .-read
	.align	2
	.globl	exit
	.type	exit, @function
exit:
.LFB3:
	.loc 1 19 23
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sw	ra,28(sp)
	sw	s0,24(sp)
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	sw	a0,-20(s0)
	.loc 1 20 3
	li	a3,0
	li	a2,0
	lw	a1,-20(s0)
	li	a0,93
	call	syscall3
.L8:
	.loc 1 21 3 discriminator 1
	j	.L8
	.cfi_endproc
.LFE3:
	.size	exit, .-exit
	.align	2
	.globl	sbrk
	.type	sbrk, @function
sbrk:
.LFB4:
	.loc 1 25 27
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sw	ra,44(sp)
	sw	s0,40(sp)
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	sw	a0,-36(s0)
	.loc 1 27 7
	lui	a5,%hi(brk.0)
	lw	a5,%lo(brk.0)(a5)
	.loc 1 27 6
	bne	a5,zero,.L10
	.loc 1 27 27 discriminator 1
	li	a3,0
	li	a2,0
	li	a1,0
	li	a0,214
	call	syscall3
	mv	a5,a0
	.loc 1 27 19 discriminator 1
	mv	a4,a5
	.loc 1 27 17 discriminator 1
	lui	a5,%hi(brk.0)
	sw	a4,%lo(brk.0)(a5)
.L10:
	.loc 1 28 9
	lui	a5,%hi(brk.0)
	lw	a5,%lo(brk.0)(a5)
	sw	a5,-20(s0)
	.loc 1 29 20
	lw	a5,-36(s0)
	.loc 1 29 9
	lw	a4,-20(s0)
	add	a5,a4,a5
	sw	a5,-24(s0)
	.loc 1 30 15
	lw	a5,-24(s0)
	li	a3,0
	li	a2,0
	mv	a1,a5
	li	a0,214
	call	syscall3
	mv	a5,a0
	.loc 1 30 7
	mv	a4,a5
	.loc 1 30 6
	lw	a5,-24(s0)
	beq	a5,a4,.L11
	.loc 1 30 63 discriminator 1
	li	a5,-1
	j	.L12
.L11:
	.loc 1 31 7
	lui	a5,%hi(brk.0)
	lw	a4,-24(s0)
	sw	a4,%lo(brk.0)(a5)
	.loc 1 32 10
	lw	a5,-20(s0)
.L12:
	.loc 1 33 1
	mv	a0,a5
	lw	ra,44(sp)
	.cfi_restore 1
	lw	s0,40(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE4:
	.size	sbrk, .-sbrk
	.align	2
	.globl	strlen
	.type	strlen, @function
strlen:
.LFB5:
	.loc 1 35 30
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sw	s0,44(sp)
	.cfi_offset 8, -4
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	sw	a0,-36(s0)
	.loc 1 36 10
	sw	zero,-20(s0)
	.loc 1 37 9
	j	.L14
.L15:
	.loc 1 37 17 discriminator 2
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L14:
	.loc 1 37 11 discriminator 1
	lw	a4,-36(s0)
	lw	a5,-20(s0)
	add	a5,a4,a5
	lbu	a5,0(a5)
	.loc 1 37 10 discriminator 1
	bne	a5,zero,.L15
	.loc 1 38 10
	lw	a5,-20(s0)
	.loc 1 39 1
	mv	a0,a5
	lw	s0,44(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE5:
	.size	strlen, .-strlen
	.align	2
	.globl	memset
	.type	memset, @function
memset:
.LFB6:
	.loc 1 41 42
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sw	s0,44(sp)
	.cfi_offset 8, -4
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	sw	a2,-44(s0)
	.loc 1 42 18
	lw	a5,-36(s0)
	sw	a5,-20(s0)
	.loc 1 43 9
	j	.L18
.L19:
	.loc 1 43 17 discriminator 2
	lw	a5,-20(s0)
	addi	a4,a5,1
	sw	a4,-20(s0)
	.loc 1 43 22 discriminator 2
	lw	a4,-40(s0)
	andi	a4,a4,0xff
	.loc 1 43 20 discriminator 2
	sb	a4,0(a5)
.L18:
	.loc 1 43 11 discriminator 1
	lw	a5,-44(s0)
	addi	a4,a5,-1
	sw	a4,-44(s0)
	.loc 1 43 10 discriminator 1
	bne	a5,zero,.L19
	.loc 1 44 10
	lw	a5,-36(s0)
	.loc 1 45 1
	mv	a0,a5
	lw	s0,44(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE6:
	.size	memset, .-memset
	.align	2
	.globl	memcpy
	.type	memcpy, @function
memcpy:
.LFB7:
	.loc 1 47 52
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sw	s0,44(sp)
	.cfi_offset 8, -4
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	sw	a2,-44(s0)
	.loc 1 48 18
	lw	a5,-36(s0)
	sw	a5,-20(s0)
	.loc 1 49 24
	lw	a5,-40(s0)
	sw	a5,-24(s0)
	.loc 1 50 9
	j	.L22
.L23:
	.loc 1 50 24 discriminator 2
	lw	a4,-24(s0)
	addi	a5,a4,1
	sw	a5,-24(s0)
	.loc 1 50 17 discriminator 2
	lw	a5,-20(s0)
	addi	a3,a5,1
	sw	a3,-20(s0)
	.loc 1 50 22 discriminator 2
	lbu	a4,0(a4)
	.loc 1 50 20 discriminator 2
	sb	a4,0(a5)
.L22:
	.loc 1 50 11 discriminator 1
	lw	a5,-44(s0)
	addi	a4,a5,-1
	sw	a4,-44(s0)
	.loc 1 50 10 discriminator 1
	bne	a5,zero,.L23
	.loc 1 51 10
	lw	a5,-36(s0)
	.loc 1 52 1
	mv	a0,a5
	lw	s0,44(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE7:
	.size	memcpy, .-memcpy
	.align	2
	.globl	strcmp
	.type	strcmp, @function
strcmp:
.LFB8:
	.loc 1 54 42
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sw	s0,28(sp)
	.cfi_offset 8, -4
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	.loc 1 55 9
	j	.L26
.L28:
	.loc 1 55 27 discriminator 3
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
	.loc 1 55 32 discriminator 3
	lw	a5,-24(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
.L26:
	.loc 1 55 10 discriminator 1
	lw	a5,-20(s0)
	lbu	a5,0(a5)
	.loc 1 55 13 discriminator 1
	beq	a5,zero,.L27
	.loc 1 55 16 discriminator 2
	lw	a5,-20(s0)
	lbu	a4,0(a5)
	.loc 1 55 22 discriminator 2
	lw	a5,-24(s0)
	lbu	a5,0(a5)
	.loc 1 55 13 discriminator 2
	beq	a4,a5,.L28
.L27:
	.loc 1 56 25
	lw	a5,-20(s0)
	lbu	a5,0(a5)
	.loc 1 56 10
	mv	a4,a5
	.loc 1 56 45
	lw	a5,-24(s0)
	lbu	a5,0(a5)
	.loc 1 56 28
	sub	a5,a4,a5
	.loc 1 57 1
	mv	a0,a5
	lw	s0,28(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE8:
	.size	strcmp, .-strcmp
	.align	2
	.globl	__ashldi3
	.type	__ashldi3, @function
__ashldi3:
.LFB9:
	.loc 1 65 59
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sw	s0,44(sp)
	.cfi_offset 8, -4
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	sw	a0,-40(s0)
	sw	a1,-36(s0)
	sw	a2,-44(s0)
	.loc 1 66 10
	lw	a4,-40(s0)
	lw	a5,-36(s0)
	sw	a4,-24(s0)
	sw	a5,-20(s0)
	.loc 1 67 6
	lw	a5,-44(s0)
	bne	a5,zero,.L31
	.loc 1 67 22 discriminator 1
	lw	a4,-40(s0)
	lw	a5,-36(s0)
	j	.L35
.L31:
	.loc 1 68 6
	lw	a4,-44(s0)
	li	a5,31
	ble	a4,a5,.L33
	.loc 1 69 12
	sw	zero,-32(s0)
	.loc 1 70 17
	lw	a4,-24(s0)
	.loc 1 70 27
	lw	a5,-44(s0)
	addi	a5,a5,-32
	.loc 1 70 21
	sll	a5,a4,a5
	.loc 1 70 12
	sw	a5,-28(s0)
	j	.L34
.L33:
	.loc 1 72 17
	lw	a4,-24(s0)
	.loc 1 72 21
	lw	a5,-44(s0)
	sll	a5,a4,a5
	.loc 1 72 12
	sw	a5,-32(s0)
	.loc 1 73 18
	lw	a4,-20(s0)
	.loc 1 73 22
	lw	a5,-44(s0)
	sll	a4,a4,a5
	.loc 1 73 34
	lw	a3,-24(s0)
	.loc 1 73 45
	li	a2,32
	lw	a5,-44(s0)
	sub	a5,a2,a5
	.loc 1 73 38
	srl	a5,a3,a5
	.loc 1 73 28
	or	a5,a4,a5
	.loc 1 73 12
	sw	a5,-28(s0)
.L34:
	.loc 1 75 11
	lw	a4,-32(s0)
	lw	a5,-28(s0)
.L35:
	.loc 1 76 1 discriminator 1
	mv	a0,a4
	mv	a1,a5
	lw	s0,44(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE9:
	.size	__ashldi3, .-__ashldi3
	.align	2
	.globl	__lshrdi3
	.type	__lshrdi3, @function
__lshrdi3:
.LFB10:
	.loc 1 78 59
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sw	s0,44(sp)
	.cfi_offset 8, -4
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	sw	a0,-40(s0)
	sw	a1,-36(s0)
	sw	a2,-44(s0)
	.loc 1 79 10
	lw	a4,-40(s0)
	lw	a5,-36(s0)
	sw	a4,-24(s0)
	sw	a5,-20(s0)
	.loc 1 80 6
	lw	a5,-44(s0)
	bne	a5,zero,.L37
	.loc 1 80 22 discriminator 1
	lw	a4,-40(s0)
	lw	a5,-36(s0)
	j	.L41
.L37:
	.loc 1 81 6
	lw	a4,-44(s0)
	li	a5,31
	ble	a4,a5,.L39
	.loc 1 82 12
	sw	zero,-28(s0)
	.loc 1 83 17
	lw	a4,-20(s0)
	.loc 1 83 27
	lw	a5,-44(s0)
	addi	a5,a5,-32
	.loc 1 83 21
	srl	a5,a4,a5
	.loc 1 83 12
	sw	a5,-32(s0)
	j	.L40
.L39:
	.loc 1 85 17
	lw	a4,-20(s0)
	.loc 1 85 21
	lw	a5,-44(s0)
	srl	a5,a4,a5
	.loc 1 85 12
	sw	a5,-28(s0)
	.loc 1 86 18
	lw	a4,-24(s0)
	.loc 1 86 22
	lw	a5,-44(s0)
	srl	a4,a4,a5
	.loc 1 86 34
	lw	a3,-20(s0)
	.loc 1 86 45
	li	a2,32
	lw	a5,-44(s0)
	sub	a5,a2,a5
	.loc 1 86 38
	sll	a5,a3,a5
	.loc 1 86 28
	or	a5,a4,a5
	.loc 1 86 12
	sw	a5,-32(s0)
.L40:
	.loc 1 88 11
	lw	a4,-32(s0)
	lw	a5,-28(s0)
.L41:
	.loc 1 89 1 discriminator 1
	mv	a0,a4
	mv	a1,a5
	lw	s0,44(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE10:
	.size	__lshrdi3, .-__lshrdi3
	.align	2
	.globl	__ashrdi3
	.type	__ashrdi3, @function
__ashrdi3:
.LFB11:
	.loc 1 91 41
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sw	s0,44(sp)
	.cfi_offset 8, -4
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	sw	a0,-40(s0)
	sw	a1,-36(s0)
	sw	a2,-44(s0)
	.loc 1 92 16
	lw	a4,-40(s0)
	lw	a5,-36(s0)
	.loc 1 92 10
	sw	a4,-24(s0)
	sw	a5,-20(s0)
	.loc 1 93 6
	lw	a5,-44(s0)
	bne	a5,zero,.L43
	.loc 1 93 22 discriminator 1
	lw	a4,-40(s0)
	lw	a5,-36(s0)
	j	.L47
.L43:
	.loc 1 94 6
	lw	a4,-44(s0)
	li	a5,31
	ble	a4,a5,.L45
	.loc 1 95 33
	lw	a5,-20(s0)
	.loc 1 95 37
	srai	a5,a5,31
	.loc 1 95 12
	sw	a5,-28(s0)
	.loc 1 96 33
	lw	a5,-20(s0)
	.loc 1 96 25
	mv	a4,a5
	.loc 1 96 43
	lw	a5,-44(s0)
	addi	a5,a5,-32
	.loc 1 96 37
	sra	a5,a4,a5
	.loc 1 96 12
	sw	a5,-32(s0)
	j	.L46
.L45:
	.loc 1 98 33
	lw	a5,-20(s0)
	.loc 1 98 25
	mv	a4,a5
	.loc 1 98 37
	lw	a5,-44(s0)
	sra	a5,a4,a5
	.loc 1 98 12
	sw	a5,-28(s0)
	.loc 1 99 18
	lw	a4,-24(s0)
	.loc 1 99 22
	lw	a5,-44(s0)
	srl	a4,a4,a5
	.loc 1 99 34
	lw	a3,-20(s0)
	.loc 1 99 45
	li	a2,32
	lw	a5,-44(s0)
	sub	a5,a2,a5
	.loc 1 99 38
	sll	a5,a3,a5
	.loc 1 99 28
	or	a5,a4,a5
	.loc 1 99 12
	sw	a5,-32(s0)
.L46:
	.loc 1 101 22
	lw	a4,-32(s0)
	lw	a5,-28(s0)
.L47:
	.loc 1 102 1 discriminator 1
	mv	a0,a4
	mv	a1,a5
	lw	s0,44(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE11:
	.size	__ashrdi3, .-__ashrdi3
	.align	2
	.type	udivmod, @function
udivmod:
.LFB12:
	.loc 1 105 104
	.cfi_startproc
	addi	sp,sp,-80
	.cfi_def_cfa_offset 80
	sw	s0,76(sp)
	sw	s2,72(sp)
	sw	s3,68(sp)
	.cfi_offset 8, -4
	.cfi_offset 18, -8
	.cfi_offset 19, -12
	addi	s0,sp,80
	.cfi_def_cfa 8, 0
	sw	a0,-56(s0)
	sw	a1,-52(s0)
	sw	a2,-64(s0)
	sw	a3,-60(s0)
	sw	a4,-68(s0)
	.loc 1 106 22
	li	a4,0
	li	a5,0
	sw	a4,-24(s0)
	sw	a5,-20(s0)
	.loc 1 106 29
	sw	a4,-32(s0)
	sw	a5,-28(s0)
.LBB2:
	.loc 1 107 12
	li	a5,63
	sw	a5,-36(s0)
	.loc 1 107 3
	j	.L49
.L56:
	.loc 1 108 12
	lw	a5,-32(s0)
	srli	a5,a5,31
	lw	a4,-28(s0)
	slli	t4,a4,1
	or	t4,a5,t4
	lw	a5,-32(s0)
	slli	t3,a5,1
	.loc 1 108 24
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
	.loc 1 108 30
	andi	t5,a6,1
	andi	t6,a7,0
	.loc 1 108 7
	or	a5,t3,t5
	sw	a5,-32(s0)
	or	a5,t4,t6
	sw	a5,-28(s0)
	.loc 1 109 8
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
	.loc 1 110 9
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
	.loc 1 111 17
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
	.loc 1 111 9
	lw	a5,-24(s0)
	or	s2,a5,t1
	lw	a5,-20(s0)
	or	s3,a5,t2
	sw	s2,-24(s0)
	sw	s3,-20(s0)
.L52:
	.loc 1 107 29 discriminator 2
	lw	a5,-36(s0)
	addi	a5,a5,-1
	sw	a5,-36(s0)
.L49:
	.loc 1 107 22 discriminator 1
	lw	a5,-36(s0)
	bge	a5,zero,.L56
.LBE2:
	.loc 1 114 6
	lw	a5,-68(s0)
	beq	a5,zero,.L57
	.loc 1 114 17 discriminator 1
	lw	a3,-68(s0)
	lw	a4,-32(s0)
	lw	a5,-28(s0)
	sw	a4,0(a3)
	sw	a5,4(a3)
.L57:
	.loc 1 115 10
	lw	a4,-24(s0)
	lw	a5,-20(s0)
	.loc 1 116 1
	mv	a0,a4
	mv	a1,a5
	lw	s0,76(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 80
	lw	s2,72(sp)
	.cfi_restore 18
	lw	s3,68(sp)
	.cfi_restore 19
	addi	sp,sp,80
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE12:
	.size	udivmod, .-udivmod
	.align	2
	.globl	__udivdi3
	.type	__udivdi3, @function
__udivdi3:
.LFB13:
	.loc 1 118 74
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sw	ra,28(sp)
	sw	s0,24(sp)
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	sw	a0,-24(s0)
	sw	a1,-20(s0)
	sw	a2,-32(s0)
	sw	a3,-28(s0)
	.loc 1 118 83
	li	a4,0
	lw	a2,-32(s0)
	lw	a3,-28(s0)
	lw	a0,-24(s0)
	lw	a1,-20(s0)
	call	udivmod
	mv	a4,a0
	mv	a5,a1
	.loc 1 118 101
	mv	a0,a4
	mv	a1,a5
	lw	ra,28(sp)
	.cfi_restore 1
	lw	s0,24(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE13:
	.size	__udivdi3, .-__udivdi3
	.align	2
	.globl	__umoddi3
	.type	__umoddi3, @function
__umoddi3:
.LFB14:
	.loc 1 120 74
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sw	ra,44(sp)
	sw	s0,40(sp)
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	sw	a0,-40(s0)
	sw	a1,-36(s0)
	sw	a2,-48(s0)
	sw	a3,-44(s0)
	.loc 1 122 3
	addi	a5,s0,-24
	mv	a4,a5
	lw	a2,-48(s0)
	lw	a3,-44(s0)
	lw	a0,-40(s0)
	lw	a1,-36(s0)
	call	udivmod
	.loc 1 123 10
	lw	a4,-24(s0)
	lw	a5,-20(s0)
	.loc 1 124 1
	mv	a0,a4
	mv	a1,a5
	lw	ra,44(sp)
	.cfi_restore 1
	lw	s0,40(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE14:
	.size	__umoddi3, .-__umoddi3
	.align	2
	.globl	__divdi3
	.type	__divdi3, @function
__divdi3:
.LFB15:
	.loc 1 126 46
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sw	ra,44(sp)
	sw	s0,40(sp)
	sw	s2,36(sp)
	sw	s3,32(sp)
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	.cfi_offset 18, -12
	.cfi_offset 19, -16
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	sw	a0,-40(s0)
	sw	a1,-36(s0)
	sw	a2,-48(s0)
	sw	a3,-44(s0)
	.loc 1 127 26
	lw	a5,-36(s0)
	bge	a5,zero,.L65
	.loc 1 127 43
	lw	a0,-40(s0)
	lw	a1,-36(s0)
	.loc 1 127 26
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
	.loc 1 127 26 is_stmt 0 discriminator 2
	lw	a6,-40(s0)
	lw	a7,-36(s0)
.L67:
	.loc 1 127 26 discriminator 4
	lw	a5,-44(s0)
	bge	a5,zero,.L68
	.loc 1 127 79 is_stmt 1 discriminator 4
	lw	a0,-48(s0)
	lw	a1,-44(s0)
	.loc 1 127 26 discriminator 4
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
	.loc 1 127 26 is_stmt 0 discriminator 6
	lw	a2,-48(s0)
	lw	a3,-44(s0)
.L70:
	.loc 1 127 26 discriminator 8
	li	a4,0
	mv	a0,a6
	mv	a1,a7
	call	udivmod
	sw	a0,-24(s0)
	sw	a1,-20(s0)
	.loc 1 128 18 is_stmt 1 discriminator 8
	lw	a4,-40(s0)
	lw	a5,-48(s0)
	xor	s2,a4,a5
	lw	a4,-36(s0)
	lw	a5,-44(s0)
	xor	s3,a4,a5
	.loc 1 128 45 discriminator 8
	mv	a5,s3
	bge	a5,zero,.L71
	.loc 1 128 32 discriminator 8
	lw	a0,-24(s0)
	lw	a1,-20(s0)
	.loc 1 128 45 discriminator 8
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
	.loc 1 128 45 is_stmt 0 discriminator 2
	lw	a4,-24(s0)
	lw	a5,-20(s0)
.L74:
	.loc 1 129 1 is_stmt 1 discriminator 5
	mv	a0,a4
	mv	a1,a5
	lw	ra,44(sp)
	.cfi_restore 1
	lw	s0,40(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	lw	s2,36(sp)
	.cfi_restore 18
	lw	s3,32(sp)
	.cfi_restore 19
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE15:
	.size	__divdi3, .-__divdi3
	.align	2
	.globl	__moddi3
	.type	__moddi3, @function
__moddi3:
.LFB16:
	.loc 1 131 46
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sw	ra,44(sp)
	sw	s0,40(sp)
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	sw	a0,-40(s0)
	sw	a1,-36(s0)
	sw	a2,-48(s0)
	sw	a3,-44(s0)
	.loc 1 133 3
	lw	a5,-36(s0)
	bge	a5,zero,.L76
	.loc 1 133 20
	lw	a0,-40(s0)
	lw	a1,-36(s0)
	.loc 1 133 3
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
	.loc 1 133 3 is_stmt 0 discriminator 2
	lw	a6,-40(s0)
	lw	a7,-36(s0)
.L78:
	.loc 1 133 3 discriminator 4
	lw	a5,-44(s0)
	bge	a5,zero,.L79
	.loc 1 133 56 is_stmt 1 discriminator 4
	lw	a0,-48(s0)
	lw	a1,-44(s0)
	.loc 1 133 3 discriminator 4
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
	.loc 1 133 3 is_stmt 0 discriminator 6
	lw	a2,-48(s0)
	lw	a3,-44(s0)
.L81:
	.loc 1 133 3 discriminator 8
	addi	a5,s0,-24
	mv	a4,a5
	mv	a0,a6
	mv	a1,a7
	call	udivmod
	.loc 1 134 32 is_stmt 1 discriminator 8
	lw	a5,-36(s0)
	bge	a5,zero,.L82
	.loc 1 134 19 discriminator 8
	lw	a4,-24(s0)
	lw	a5,-20(s0)
	mv	a0,a4
	mv	a1,a5
	.loc 1 134 32 discriminator 8
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
	.loc 1 134 34 discriminator 2
	lw	a4,-24(s0)
	lw	a5,-20(s0)
.L85:
	.loc 1 135 1
	mv	a0,a4
	mv	a1,a5
	lw	ra,44(sp)
	.cfi_restore 1
	lw	s0,40(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE16:
	.size	__moddi3, .-__moddi3
	.local	out
	.comm	out,256,4
	.local	used
	.comm	used,4,4
	.align	2
	.type	flush, @function
flush:
.LFB17:
	.loc 1 140 25
	.cfi_startproc
	addi	sp,sp,-16
	.cfi_def_cfa_offset 16
	sw	ra,12(sp)
	sw	s0,8(sp)
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	addi	s0,sp,16
	.cfi_def_cfa 8, 0
	.loc 1 141 7
	lui	a5,%hi(used)
	lw	a5,%lo(used)(a5)
	.loc 1 141 6
	beq	a5,zero,.L87
	.loc 1 141 13 discriminator 1
	lui	a5,%hi(used)
	lw	a5,%lo(used)(a5)
	mv	a2,a5
	lui	a5,%hi(out)
	addi	a1,a5,%lo(out)
	li	a0,1
	call	write
.L87:
	.loc 1 142 8
	lui	a5,%hi(used)
	sw	zero,%lo(used)(a5)
	.loc 1 143 1
	nop
	lw	ra,12(sp)
	.cfi_restore 1
	lw	s0,8(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 16
	addi	sp,sp,16
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE17:
	.size	flush, .-flush
	.align	2
	.type	put, @function
put:
.LFB18:
	.loc 1 145 25
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sw	ra,28(sp)
	sw	s0,24(sp)
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	mv	a5,a0
	sb	a5,-17(s0)
	.loc 1 146 12
	lui	a5,%hi(used)
	lw	a4,%lo(used)(a5)
	.loc 1 146 6
	li	a5,256
	bne	a4,a5,.L89
	.loc 1 146 27 discriminator 1
	call	flush
.L89:
	.loc 1 147 11
	lui	a5,%hi(used)
	lw	a5,%lo(used)(a5)
	addi	a3,a5,1
	lui	a4,%hi(used)
	sw	a3,%lo(used)(a4)
	.loc 1 147 15
	lui	a4,%hi(out)
	addi	a4,a4,%lo(out)
	add	a5,a4,a5
	lbu	a4,-17(s0)
	sb	a4,0(a5)
	.loc 1 148 1
	nop
	lw	ra,28(sp)
	.cfi_restore 1
	lw	s0,24(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE18:
	.size	put, .-put
	.section	.rodata
	.align	2
.LC0:
	.string	"0123456789abcdef"
	.text
	.align	2
	.type	number, @function
number:
.LFB19:
	.loc 1 150 91
	.cfi_startproc
	addi	sp,sp,-96
	.cfi_def_cfa_offset 96
	sw	ra,92(sp)
	sw	s0,88(sp)
	sw	s2,84(sp)
	sw	s3,80(sp)
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	.cfi_offset 18, -12
	.cfi_offset 19, -16
	addi	s0,sp,96
	.cfi_def_cfa 8, 0
	sw	a0,-72(s0)
	sw	a1,-68(s0)
	sw	a2,-76(s0)
	sw	a3,-80(s0)
	sw	a4,-84(s0)
	sb	a5,-85(s0)
	.loc 1 152 7
	sw	zero,-20(s0)
.L91:
.LBB3:
	.loc 1 155 9 discriminator 1
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
	.loc 1 156 37 discriminator 1
	lw	a4,-64(s0)
	lw	a5,-60(s0)
	.loc 1 156 13 discriminator 1
	lw	a3,-20(s0)
	addi	a2,a3,1
	sw	a2,-20(s0)
	.loc 1 156 37 discriminator 1
	lui	a2,%hi(.LC0)
	addi	a2,a2,%lo(.LC0)
	add	a5,a2,a4
	lbu	a4,0(a5)
	.loc 1 156 17 discriminator 1
	addi	a5,a3,-16
	add	a5,a5,s0
	sb	a4,-36(a5)
.LBE3:
	.loc 1 157 12 discriminator 1
	lw	a5,-72(s0)
	lw	a4,-68(s0)
	or	a5,a5,a4
	bne	a5,zero,.L91
	.loc 1 158 7
	lw	a4,-20(s0)
	lw	a5,-76(s0)
	add	a5,a4,a5
	sw	a5,-28(s0)
	.loc 1 159 6
	lw	a5,-76(s0)
	beq	a5,zero,.L92
	.loc 1 159 16 discriminator 1
	lbu	a4,-85(s0)
	li	a5,48
	bne	a4,a5,.L92
	.loc 1 159 31 discriminator 2
	li	a0,45
	call	put
.L92:
.LBB4:
	.loc 1 160 12
	lw	a5,-28(s0)
	sw	a5,-24(s0)
	.loc 1 160 3
	j	.L93
.L94:
	.loc 1 160 37 discriminator 3
	lbu	a5,-85(s0)
	mv	a0,a5
	call	put
	.loc 1 160 33 discriminator 3
	lw	a5,-24(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
.L93:
	.loc 1 160 23 discriminator 1
	lw	a4,-24(s0)
	lw	a5,-84(s0)
	blt	a4,a5,.L94
.LBE4:
	.loc 1 161 6
	lw	a5,-76(s0)
	beq	a5,zero,.L96
	.loc 1 161 16 discriminator 1
	lbu	a4,-85(s0)
	li	a5,48
	beq	a4,a5,.L96
	.loc 1 161 31 discriminator 2
	li	a0,45
	call	put
	.loc 1 162 9 discriminator 2
	j	.L96
.L97:
	.loc 1 162 13 discriminator 2
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
	.loc 1 162 10 discriminator 1
	lw	a5,-20(s0)
	bne	a5,zero,.L97
	.loc 1 163 28
	lw	a4,-28(s0)
	lw	a5,-84(s0)
	bge	a5,a4,.L99
	mv	a5,a4
.L99:
	.loc 1 164 1
	mv	a0,a5
	lw	ra,92(sp)
	.cfi_restore 1
	lw	s0,88(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 96
	lw	s2,84(sp)
	.cfi_restore 18
	lw	s3,80(sp)
	.cfi_restore 19
	addi	sp,sp,96
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE19:
	.size	number, .-number
	.align	2
	.globl	printf
	.type	printf, @function
printf:
.LFB20:
	.loc 1 166 37
	.cfi_startproc
	addi	sp,sp,-144
	.cfi_def_cfa_offset 144
	sw	ra,108(sp)
	sw	s0,104(sp)
	sw	s2,100(sp)
	sw	s3,96(sp)
	sw	s4,92(sp)
	sw	s5,88(sp)
	.cfi_offset 1, -36
	.cfi_offset 8, -40
	.cfi_offset 18, -44
	.cfi_offset 19, -48
	.cfi_offset 20, -52
	.cfi_offset 21, -56
	addi	s0,sp,112
	.cfi_def_cfa 8, 32
	sw	a0,-100(s0)
	sw	a1,4(s0)
	sw	a2,8(s0)
	sw	a3,12(s0)
	sw	a4,16(s0)
	sw	a5,20(s0)
	sw	a6,24(s0)
	sw	a7,28(s0)
	.loc 1 168 3
	addi	a5,s0,32
	sw	a5,-104(s0)
	lw	a5,-104(s0)
	addi	a5,a5,-28
	sw	a5,-92(s0)
	.loc 1 169 7
	sw	zero,-36(s0)
.LBB5:
	.loc 1 170 20
	lw	a5,-100(s0)
	sw	a5,-40(s0)
	.loc 1 170 3
	j	.L101
.L130:
.LBB6:
	.loc 1 171 9
	lw	a5,-40(s0)
	lbu	a4,0(a5)
	.loc 1 171 8
	li	a5,37
	beq	a4,a5,.L102
	.loc 1 172 7 discriminator 1
	lw	a5,-40(s0)
	lbu	a5,0(a5)
	mv	a0,a5
	call	put
	.loc 1 173 14 discriminator 1
	lw	a5,-36(s0)
	addi	a5,a5,1
	sw	a5,-36(s0)
	.loc 1 174 7 discriminator 1
	j	.L103
.L102:
	.loc 1 176 6
	lw	a5,-40(s0)
	addi	a5,a5,1
	sw	a5,-40(s0)
	.loc 1 177 10
	li	a5,32
	sb	a5,-41(s0)
	.loc 1 178 9
	sw	zero,-48(s0)
	.loc 1 178 20
	sw	zero,-52(s0)
	.loc 1 179 9
	lw	a5,-40(s0)
	lbu	a4,0(a5)
	.loc 1 179 8
	li	a5,48
	bne	a4,a5,.L105
	.loc 1 179 24 discriminator 1
	li	a5,48
	sb	a5,-41(s0)
	.loc 1 179 32 discriminator 1
	lw	a5,-40(s0)
	addi	a5,a5,1
	sw	a5,-40(s0)
	.loc 1 180 11 discriminator 1
	j	.L105
.L107:
	.loc 1 180 50 discriminator 3
	lw	a4,-48(s0)
	mv	a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	slli	a5,a5,1
	mv	a3,a5
	.loc 1 180 60 discriminator 3
	lw	a5,-40(s0)
	addi	a4,a5,1
	sw	a4,-40(s0)
	.loc 1 180 58 discriminator 3
	lbu	a5,0(a5)
	.loc 1 180 63 discriminator 3
	addi	a5,a5,-48
	.loc 1 180 42 discriminator 3
	add	a5,a3,a5
	sw	a5,-48(s0)
.L105:
	.loc 1 180 12 discriminator 1
	lw	a5,-40(s0)
	lbu	a4,0(a5)
	.loc 1 180 22 discriminator 1
	li	a5,47
	bleu	a4,a5,.L108
	.loc 1 180 25 discriminator 2
	lw	a5,-40(s0)
	lbu	a4,0(a5)
	.loc 1 180 22 discriminator 2
	li	a5,57
	bleu	a4,a5,.L107
	.loc 1 181 11
	j	.L108
.L109:
	.loc 1 181 28 discriminator 2
	lw	a5,-52(s0)
	addi	a5,a5,1
	sw	a5,-52(s0)
	.loc 1 181 33 discriminator 2
	lw	a5,-40(s0)
	addi	a5,a5,1
	sw	a5,-40(s0)
.L108:
	.loc 1 181 12 discriminator 1
	lw	a5,-40(s0)
	lbu	a4,0(a5)
	.loc 1 181 15 discriminator 1
	li	a5,108
	beq	a4,a5,.L109
	.loc 1 182 13
	lw	a5,-40(s0)
	lbu	a5,0(a5)
	.loc 1 182 5
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
.LBB7:
	.loc 1 184 58
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
	.loc 1 184 60
	lw	a5,-92(s0)
	addi	a4,a5,4
	sw	a4,-92(s0)
	lw	a5,0(a5)
	.loc 1 184 58
	mv	s2,a5
	srai	a5,a5,31
	mv	s3,a5
.L118:
	.loc 1 184 19 discriminator 4
	sw	s2,-88(s0)
	sw	s3,-84(s0)
	.loc 1 185 20 discriminator 4
	lw	a5,-84(s0)
	bge	a5,zero,.L119
	.loc 1 185 36 discriminator 4
	lw	a0,-88(s0)
	lw	a1,-84(s0)
	.loc 1 185 20 discriminator 4
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
	.loc 1 185 20 is_stmt 0 discriminator 2
	lw	a0,-88(s0)
	lw	a1,-84(s0)
.L121:
	.loc 1 185 20 discriminator 4
	lw	a5,-84(s0)
	srli	a5,a5,31
	andi	a5,a5,0xff
	mv	a2,a5
	lbu	a5,-41(s0)
	lw	a4,-48(s0)
	li	a3,10
	call	number
	mv	a4,a0
	.loc 1 185 17 is_stmt 1 discriminator 4
	lw	a5,-36(s0)
	add	a5,a5,a4
	sw	a5,-36(s0)
	.loc 1 186 9 discriminator 4
	j	.L103
.L112:
.LBE7:
.LBB8:
	.loc 1 189 76
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
	.loc 1 189 78
	lw	a5,-92(s0)
	addi	a4,a5,4
	sw	a4,-92(s0)
	lw	a5,0(a5)
	.loc 1 189 76
	mv	s4,a5
	li	s5,0
.L123:
	.loc 1 189 28 discriminator 4
	sw	s4,-72(s0)
	sw	s5,-68(s0)
	.loc 1 190 33 discriminator 4
	lw	a5,-40(s0)
	lbu	a4,0(a5)
	.loc 1 190 20 discriminator 4
	li	a5,117
	bne	a4,a5,.L124
	.loc 1 190 20 is_stmt 0 discriminator 1
	li	a3,10
	j	.L125
.L124:
	.loc 1 190 20 discriminator 2
	li	a3,16
.L125:
	.loc 1 190 20 discriminator 4
	lbu	a5,-41(s0)
	lw	a4,-48(s0)
	li	a2,0
	lw	a0,-72(s0)
	lw	a1,-68(s0)
	call	number
	mv	a4,a0
	.loc 1 190 17 is_stmt 1 discriminator 4
	lw	a5,-36(s0)
	add	a5,a5,a4
	sw	a5,-36(s0)
	.loc 1 191 9 discriminator 4
	j	.L103
.L116:
.LBE8:
	.loc 1 193 27
	lw	a5,-92(s0)
	addi	a4,a5,4
	sw	a4,-92(s0)
	lw	a5,0(a5)
	.loc 1 193 17
	andi	a5,a5,0xff
	mv	a0,a5
	call	put
	.loc 1 193 52
	lw	a5,-36(s0)
	addi	a5,a5,1
	sw	a5,-36(s0)
	.loc 1 193 56
	j	.L103
.L114:
.LBB9:
	.loc 1 195 21
	lw	a5,-92(s0)
	addi	a4,a5,4
	sw	a4,-92(s0)
	lw	a5,0(a5)
	sw	a5,-56(s0)
	.loc 1 196 24
	lw	a0,-56(s0)
	call	strlen
	mv	a5,a0
	.loc 1 196 13
	sw	a5,-76(s0)
.LBB10:
	.loc 1 197 18
	lw	a5,-76(s0)
	sw	a5,-60(s0)
	.loc 1 197 9
	j	.L126
.L127:
	.loc 1 197 43 discriminator 3
	li	a0,32
	call	put
	.loc 1 197 60 discriminator 3
	lw	a5,-36(s0)
	addi	a5,a5,1
	sw	a5,-36(s0)
	.loc 1 197 39 discriminator 3
	lw	a5,-60(s0)
	addi	a5,a5,1
	sw	a5,-60(s0)
.L126:
	.loc 1 197 29 discriminator 1
	lw	a4,-60(s0)
	lw	a5,-48(s0)
	blt	a4,a5,.L127
.LBE10:
	.loc 1 198 15
	j	.L128
.L129:
	.loc 1 198 26 discriminator 2
	lw	a5,-56(s0)
	addi	a4,a5,1
	sw	a4,-56(s0)
	.loc 1 198 20 discriminator 2
	lbu	a5,0(a5)
	mv	a0,a5
	call	put
	.loc 1 198 38 discriminator 2
	lw	a5,-36(s0)
	addi	a5,a5,1
	sw	a5,-36(s0)
.L128:
	.loc 1 198 16 discriminator 1
	lw	a5,-56(s0)
	lbu	a5,0(a5)
	bne	a5,zero,.L129
	.loc 1 199 9
	j	.L103
.L110:
.LBE9:
	.loc 1 201 17
	li	a0,37
	call	put
	.loc 1 201 34
	lw	a5,-36(s0)
	addi	a5,a5,1
	sw	a5,-36(s0)
	.loc 1 201 38
	j	.L103
.L111:
	.loc 1 202 17
	lw	a5,-40(s0)
	addi	a5,a5,-1
	sw	a5,-40(s0)
	.loc 1 202 21
	nop
.L103:
.LBE6:
	.loc 1 170 37 discriminator 2
	lw	a5,-40(s0)
	addi	a5,a5,1
	sw	a5,-40(s0)
.L101:
	.loc 1 170 32 discriminator 1
	lw	a5,-40(s0)
	lbu	a5,0(a5)
	bne	a5,zero,.L130
.LBE5:
	.loc 1 206 3
	call	flush
	.loc 1 207 10
	lw	a5,-36(s0)
	.loc 1 208 1
	mv	a0,a5
	lw	ra,108(sp)
	.cfi_restore 1
	lw	s0,104(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 144
	lw	s2,100(sp)
	.cfi_restore 18
	lw	s3,96(sp)
	.cfi_restore 19
	lw	s4,92(sp)
	.cfi_restore 20
	lw	s5,88(sp)
	.cfi_restore 21
	addi	sp,sp,144
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE20:
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
.LFB21:
	.loc 1 210 25
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sw	ra,44(sp)
	sw	s0,40(sp)
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	sw	a0,-36(s0)
	.loc 1 211 11
	lw	a1,-36(s0)
	lui	a5,%hi(.LC1)
	addi	a0,a5,%lo(.LC1)
	call	printf
	sw	a0,-20(s0)
	.loc 1 212 10
	lw	a5,-20(s0)
	.loc 1 213 1
	mv	a0,a5
	lw	ra,44(sp)
	.cfi_restore 1
	lw	s0,40(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE21:
	.size	puts, .-puts
	.local	brk.0
	.comm	brk.0,4,4
.Letext0:
	.file 2 "/usr/lib/gcc/riscv64-unknown-elf/12.2.0/include/stdarg.h"
	.file 3 "runtime/vmlab.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x825
	.2byte	0x5
	.byte	0x1
	.byte	0x4
	.4byte	.Ldebug_abbrev0
	.byte	0x12
	.4byte	.LASF44
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.Ltext0
	.4byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.byte	0xa
	.4byte	.LASF2
	.byte	0x2
	.byte	0x28
	.byte	0x1b
	.4byte	0x32
	.byte	0x13
	.byte	0x4
	.4byte	.LASF45
	.byte	0xa
	.4byte	.LASF3
	.byte	0x2
	.byte	0x63
	.byte	0x18
	.4byte	0x26
	.byte	0xa
	.4byte	.LASF4
	.byte	0x3
	.byte	0x7
	.byte	0x16
	.4byte	0x50
	.byte	0x5
	.byte	0x4
	.byte	0x7
	.4byte	.LASF6
	.byte	0xa
	.4byte	.LASF5
	.byte	0x3
	.byte	0x8
	.byte	0xd
	.4byte	0x63
	.byte	0x14
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x15
	.byte	0x8
	.byte	0x1
	.byte	0x3e
	.byte	0x3
	.4byte	0x88
	.byte	0xc
	.string	"lo"
	.byte	0x15
	.4byte	0x50
	.byte	0
	.byte	0xc
	.string	"hi"
	.byte	0x19
	.4byte	0x50
	.byte	0x4
	.byte	0
	.byte	0x16
	.byte	0x8
	.byte	0x1
	.byte	0x3c
	.byte	0x9
	.4byte	0xa6
	.byte	0xd
	.string	"all"
	.byte	0x3d
	.byte	0x16
	.4byte	0xa6
	.byte	0xd
	.string	"s"
	.byte	0x3e
	.byte	0x1f
	.4byte	0x6a
	.byte	0
	.byte	0x5
	.byte	0x8
	.byte	0x7
	.4byte	.LASF7
	.byte	0xa
	.4byte	.LASF8
	.byte	0x1
	.byte	0x3f
	.byte	0x3
	.4byte	0x88
	.byte	0xe
	.4byte	0xc9
	.4byte	0xc9
	.byte	0xf
	.4byte	0x50
	.byte	0xff
	.byte	0
	.byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0x10
	.4byte	0xc9
	.byte	0x2
	.string	"out"
	.byte	0x89
	.byte	0xd
	.4byte	0xb9
	.byte	0x5
	.byte	0x3
	.4byte	out
	.byte	0x6
	.4byte	.LASF10
	.byte	0x8a
	.byte	0xc
	.4byte	0x63
	.byte	0x5
	.byte	0x3
	.4byte	used
	.byte	0x3
	.4byte	.LASF11
	.byte	0xd2
	.byte	0x5
	.4byte	0x63
	.4byte	.LFB21
	.4byte	.LFE21-.LFB21
	.byte	0x1
	.byte	0x9c
	.4byte	0x129
	.byte	0x1
	.string	"s"
	.byte	0xd2
	.byte	0x16
	.4byte	0x129
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0x2
	.string	"n"
	.byte	0xd3
	.byte	0x7
	.4byte	0x63
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0
	.byte	0x7
	.4byte	0xd0
	.byte	0x3
	.4byte	.LASF12
	.byte	0xa6
	.byte	0x5
	.4byte	0x63
	.4byte	.LFB20
	.4byte	.LFE20-.LFB20
	.byte	0x1
	.byte	0x9c
	.4byte	0x236
	.byte	0x8
	.4byte	.LASF13
	.byte	0xa6
	.byte	0x18
	.4byte	0x129
	.byte	0x3
	.byte	0x91
	.byte	0xfc,0x7e
	.byte	0x17
	.byte	0x2
	.string	"ap"
	.byte	0xa7
	.byte	0xb
	.4byte	0x38
	.byte	0x3
	.byte	0x91
	.byte	0x84,0x7f
	.byte	0x6
	.4byte	.LASF14
	.byte	0xa9
	.byte	0x7
	.4byte	0x63
	.byte	0x3
	.byte	0x91
	.byte	0xbc,0x7f
	.byte	0x9
	.4byte	.LBB5
	.4byte	.LBE5-.LBB5
	.byte	0x2
	.string	"p"
	.byte	0xaa
	.byte	0x14
	.4byte	0x129
	.byte	0x3
	.byte	0x91
	.byte	0xb8,0x7f
	.byte	0x9
	.4byte	.LBB6
	.4byte	.LBE6-.LBB6
	.byte	0x2
	.string	"pad"
	.byte	0xb1
	.byte	0xa
	.4byte	0xc9
	.byte	0x3
	.byte	0x91
	.byte	0xb7,0x7f
	.byte	0x6
	.4byte	.LASF15
	.byte	0xb2
	.byte	0x9
	.4byte	0x63
	.byte	0x3
	.byte	0x91
	.byte	0xb0,0x7f
	.byte	0x6
	.4byte	.LASF16
	.byte	0xb2
	.byte	0x14
	.4byte	0x63
	.byte	0x3
	.byte	0x91
	.byte	0xac,0x7f
	.byte	0xb
	.4byte	.LBB7
	.4byte	.LBE7-.LBB7
	.4byte	0x1db
	.byte	0x2
	.string	"v"
	.byte	0xb8
	.byte	0x13
	.4byte	0x236
	.byte	0x3
	.byte	0x91
	.byte	0x88,0x7f
	.byte	0
	.byte	0xb
	.4byte	.LBB8
	.4byte	.LBE8-.LBB8
	.4byte	0x1f6
	.byte	0x2
	.string	"v"
	.byte	0xbd
	.byte	0x1c
	.4byte	0xa6
	.byte	0x3
	.byte	0x91
	.byte	0x98,0x7f
	.byte	0
	.byte	0x9
	.4byte	.LBB9
	.4byte	.LBE9-.LBB9
	.byte	0x2
	.string	"s"
	.byte	0xc3
	.byte	0x15
	.4byte	0x129
	.byte	0x3
	.byte	0x91
	.byte	0xa8,0x7f
	.byte	0x2
	.string	"len"
	.byte	0xc4
	.byte	0xd
	.4byte	0x63
	.byte	0x3
	.byte	0x91
	.byte	0x94,0x7f
	.byte	0x9
	.4byte	.LBB10
	.4byte	.LBE10-.LBB10
	.byte	0x2
	.string	"i"
	.byte	0xc5
	.byte	0x12
	.4byte	0x63
	.byte	0x3
	.byte	0x91
	.byte	0xa4,0x7f
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x5
	.byte	0x8
	.byte	0x5
	.4byte	.LASF17
	.byte	0x18
	.4byte	.LASF25
	.byte	0x1
	.byte	0x96
	.byte	0xc
	.4byte	0x63
	.4byte	.LFB19
	.4byte	.LFE19-.LFB19
	.byte	0x1
	.byte	0x9c
	.4byte	0x2fb
	.byte	0x1
	.string	"v"
	.byte	0x96
	.byte	0x26
	.4byte	0xa6
	.byte	0x3
	.byte	0x91
	.byte	0xb8,0x7f
	.byte	0x8
	.4byte	.LASF18
	.byte	0x96
	.byte	0x2d
	.4byte	0x63
	.byte	0x3
	.byte	0x91
	.byte	0xb4,0x7f
	.byte	0x8
	.4byte	.LASF19
	.byte	0x96
	.byte	0x40
	.4byte	0x50
	.byte	0x3
	.byte	0x91
	.byte	0xb0,0x7f
	.byte	0x8
	.4byte	.LASF15
	.byte	0x96
	.byte	0x4a
	.4byte	0x63
	.byte	0x3
	.byte	0x91
	.byte	0xac,0x7f
	.byte	0x1
	.string	"pad"
	.byte	0x96
	.byte	0x56
	.4byte	0xc9
	.byte	0x3
	.byte	0x91
	.byte	0xab,0x7f
	.byte	0x6
	.4byte	.LASF20
	.byte	0x97
	.byte	0x8
	.4byte	0x2fb
	.byte	0x2
	.byte	0x91
	.byte	0x4c
	.byte	0x2
	.string	"n"
	.byte	0x98
	.byte	0x7
	.4byte	0x63
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x2
	.string	"len"
	.byte	0x9e
	.byte	0x7
	.4byte	0x63
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0xb
	.4byte	.LBB3
	.4byte	.LBE3-.LBB3
	.4byte	0x2e4
	.byte	0x2
	.string	"rem"
	.byte	0x9a
	.byte	0x18
	.4byte	0xa6
	.byte	0x2
	.byte	0x91
	.byte	0x40
	.byte	0
	.byte	0x9
	.4byte	.LBB4
	.4byte	.LBE4-.LBB4
	.byte	0x2
	.string	"i"
	.byte	0xa0
	.byte	0xc
	.4byte	0x63
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0
	.byte	0
	.byte	0xe
	.4byte	0xc9
	.4byte	0x30b
	.byte	0xf
	.4byte	0x50
	.byte	0x17
	.byte	0
	.byte	0x19
	.string	"put"
	.byte	0x1
	.byte	0x91
	.byte	0xd
	.4byte	.LFB18
	.4byte	.LFE18-.LFB18
	.byte	0x1
	.byte	0x9c
	.4byte	0x32e
	.byte	0x1
	.string	"c"
	.byte	0x91
	.byte	0x16
	.4byte	0xc9
	.byte	0x2
	.byte	0x91
	.byte	0x6f
	.byte	0
	.byte	0x1a
	.4byte	.LASF46
	.byte	0x1
	.byte	0x8c
	.byte	0xd
	.4byte	.LFB17
	.4byte	.LFE17-.LFB17
	.byte	0x1
	.byte	0x9c
	.byte	0x3
	.4byte	.LASF21
	.byte	0x83
	.byte	0xb
	.4byte	0x236
	.4byte	.LFB16
	.4byte	.LFE16-.LFB16
	.byte	0x1
	.byte	0x9c
	.4byte	0x37e
	.byte	0x1
	.string	"n"
	.byte	0x83
	.byte	0x1e
	.4byte	0x236
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x1
	.string	"d"
	.byte	0x83
	.byte	0x2b
	.4byte	0x236
	.byte	0x2
	.byte	0x91
	.byte	0x50
	.byte	0x2
	.string	"r"
	.byte	0x84
	.byte	0x16
	.4byte	0xa6
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0
	.byte	0x3
	.4byte	.LASF22
	.byte	0x7e
	.byte	0xb
	.4byte	0x236
	.4byte	.LFB15
	.4byte	.LFE15-.LFB15
	.byte	0x1
	.byte	0x9c
	.4byte	0x3bc
	.byte	0x1
	.string	"n"
	.byte	0x7e
	.byte	0x1e
	.4byte	0x236
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x1
	.string	"d"
	.byte	0x7e
	.byte	0x2b
	.4byte	0x236
	.byte	0x2
	.byte	0x91
	.byte	0x50
	.byte	0x2
	.string	"q"
	.byte	0x7f
	.byte	0x16
	.4byte	0xa6
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0
	.byte	0x3
	.4byte	.LASF23
	.byte	0x78
	.byte	0x14
	.4byte	0xa6
	.4byte	.LFB14
	.4byte	.LFE14-.LFB14
	.byte	0x1
	.byte	0x9c
	.4byte	0x3fa
	.byte	0x1
	.string	"n"
	.byte	0x78
	.byte	0x31
	.4byte	0xa6
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x1
	.string	"d"
	.byte	0x78
	.byte	0x47
	.4byte	0xa6
	.byte	0x2
	.byte	0x91
	.byte	0x50
	.byte	0x2
	.string	"r"
	.byte	0x79
	.byte	0x16
	.4byte	0xa6
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0
	.byte	0x3
	.4byte	.LASF24
	.byte	0x76
	.byte	0x14
	.4byte	0xa6
	.4byte	.LFB13
	.4byte	.LFE13-.LFB13
	.byte	0x1
	.byte	0x9c
	.4byte	0x42c
	.byte	0x1
	.string	"n"
	.byte	0x76
	.byte	0x31
	.4byte	0xa6
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x1
	.string	"d"
	.byte	0x76
	.byte	0x47
	.4byte	0xa6
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0
	.byte	0x11
	.4byte	.LASF26
	.byte	0x69
	.byte	0x1b
	.4byte	0xa6
	.4byte	.LFB12
	.4byte	.LFE12-.LFB12
	.byte	0x1
	.byte	0x9c
	.4byte	0x49b
	.byte	0x1
	.string	"n"
	.byte	0x69
	.byte	0x36
	.4byte	0xa6
	.byte	0x2
	.byte	0x91
	.byte	0x48
	.byte	0x1
	.string	"d"
	.byte	0x69
	.byte	0x4c
	.4byte	0xa6
	.byte	0x2
	.byte	0x91
	.byte	0x40
	.byte	0x1
	.string	"rem"
	.byte	0x69
	.byte	0x63
	.4byte	0x49b
	.byte	0x3
	.byte	0x91
	.byte	0xbc,0x7f
	.byte	0x2
	.string	"q"
	.byte	0x6a
	.byte	0x16
	.4byte	0xa6
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x2
	.string	"r"
	.byte	0x6a
	.byte	0x1d
	.4byte	0xa6
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0x9
	.4byte	.LBB2
	.4byte	.LBE2-.LBB2
	.byte	0x2
	.string	"i"
	.byte	0x6b
	.byte	0xc
	.4byte	0x63
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0
	.byte	0
	.byte	0x7
	.4byte	0xa6
	.byte	0x4
	.4byte	.LASF27
	.byte	0x5b
	.byte	0xb
	.4byte	0x236
	.4byte	.LFB11
	.4byte	.LFE11-.LFB11
	.byte	0x1
	.byte	0x9c
	.4byte	0x4ea
	.byte	0x1
	.string	"v"
	.byte	0x5b
	.byte	0x1f
	.4byte	0x236
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x1
	.string	"n"
	.byte	0x5b
	.byte	0x26
	.4byte	0x63
	.byte	0x2
	.byte	0x91
	.byte	0x54
	.byte	0x2
	.string	"x"
	.byte	0x5c
	.byte	0xa
	.4byte	0xad
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x2
	.string	"r"
	.byte	0x5c
	.byte	0x29
	.4byte	0xad
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0
	.byte	0x4
	.4byte	.LASF28
	.byte	0x4e
	.byte	0x14
	.4byte	0xa6
	.4byte	.LFB10
	.4byte	.LFE10-.LFB10
	.byte	0x1
	.byte	0x9c
	.4byte	0x534
	.byte	0x1
	.string	"v"
	.byte	0x4e
	.byte	0x31
	.4byte	0xa6
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x1
	.string	"n"
	.byte	0x4e
	.byte	0x38
	.4byte	0x63
	.byte	0x2
	.byte	0x91
	.byte	0x54
	.byte	0x2
	.string	"x"
	.byte	0x4f
	.byte	0xa
	.4byte	0xad
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x2
	.string	"r"
	.byte	0x4f
	.byte	0x15
	.4byte	0xad
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0
	.byte	0x4
	.4byte	.LASF29
	.byte	0x41
	.byte	0x14
	.4byte	0xa6
	.4byte	.LFB9
	.4byte	.LFE9-.LFB9
	.byte	0x1
	.byte	0x9c
	.4byte	0x57e
	.byte	0x1
	.string	"v"
	.byte	0x41
	.byte	0x31
	.4byte	0xa6
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x1
	.string	"n"
	.byte	0x41
	.byte	0x38
	.4byte	0x63
	.byte	0x2
	.byte	0x91
	.byte	0x54
	.byte	0x2
	.string	"x"
	.byte	0x42
	.byte	0xa
	.4byte	0xad
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x2
	.string	"r"
	.byte	0x42
	.byte	0x15
	.4byte	0xad
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0
	.byte	0x4
	.4byte	.LASF30
	.byte	0x36
	.byte	0x5
	.4byte	0x63
	.4byte	.LFB8
	.4byte	.LFE8-.LFB8
	.byte	0x1
	.byte	0x9c
	.4byte	0x5b0
	.byte	0x1
	.string	"a"
	.byte	0x36
	.byte	0x18
	.4byte	0x129
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x1
	.string	"b"
	.byte	0x36
	.byte	0x27
	.4byte	0x129
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0
	.byte	0x4
	.4byte	.LASF31
	.byte	0x2f
	.byte	0x7
	.4byte	0x60a
	.4byte	.LFB7
	.4byte	.LFE7-.LFB7
	.byte	0x1
	.byte	0x9c
	.4byte	0x60a
	.byte	0x1
	.string	"dst"
	.byte	0x2f
	.byte	0x14
	.4byte	0x60a
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0x1
	.string	"src"
	.byte	0x2f
	.byte	0x25
	.4byte	0x60c
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x1
	.string	"n"
	.byte	0x2f
	.byte	0x31
	.4byte	0x44
	.byte	0x2
	.byte	0x91
	.byte	0x54
	.byte	0x2
	.string	"d"
	.byte	0x30
	.byte	0x12
	.4byte	0x612
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x2
	.string	"s"
	.byte	0x31
	.byte	0x18
	.4byte	0x623
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0
	.byte	0x1b
	.byte	0x4
	.byte	0x7
	.4byte	0x611
	.byte	0x1c
	.byte	0x7
	.4byte	0x617
	.byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.LASF32
	.byte	0x10
	.4byte	0x617
	.byte	0x7
	.4byte	0x61e
	.byte	0x4
	.4byte	.LASF33
	.byte	0x29
	.byte	0x7
	.4byte	0x60a
	.4byte	.LFB6
	.4byte	.LFE6-.LFB6
	.byte	0x1
	.byte	0x9c
	.4byte	0x674
	.byte	0x1
	.string	"dst"
	.byte	0x29
	.byte	0x14
	.4byte	0x60a
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0x1
	.string	"c"
	.byte	0x29
	.byte	0x1d
	.4byte	0x63
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x1
	.string	"n"
	.byte	0x29
	.byte	0x27
	.4byte	0x44
	.byte	0x2
	.byte	0x91
	.byte	0x54
	.byte	0x2
	.string	"d"
	.byte	0x2a
	.byte	0x12
	.4byte	0x612
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0
	.byte	0x4
	.4byte	.LASF34
	.byte	0x23
	.byte	0x8
	.4byte	0x44
	.4byte	.LFB5
	.4byte	.LFE5-.LFB5
	.byte	0x1
	.byte	0x9c
	.4byte	0x6a6
	.byte	0x1
	.string	"s"
	.byte	0x23
	.byte	0x1b
	.4byte	0x129
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0x2
	.string	"n"
	.byte	0x24
	.byte	0xa
	.4byte	0x44
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0
	.byte	0x3
	.4byte	.LASF35
	.byte	0x19
	.byte	0x7
	.4byte	0x60a
	.4byte	.LFB4
	.4byte	.LFE4-.LFB4
	.byte	0x1
	.byte	0x9c
	.4byte	0x6fb
	.byte	0x8
	.4byte	.LASF36
	.byte	0x19
	.byte	0x10
	.4byte	0x63
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0x2
	.string	"brk"
	.byte	0x1a
	.byte	0x10
	.4byte	0x6fb
	.byte	0x5
	.byte	0x3
	.4byte	brk.0
	.byte	0x2
	.string	"old"
	.byte	0x1c
	.byte	0x9
	.4byte	0x6fb
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x6
	.4byte	.LASF37
	.byte	0x1d
	.byte	0x9
	.4byte	0x6fb
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0
	.byte	0x7
	.4byte	0xc9
	.byte	0x1d
	.4byte	.LASF38
	.byte	0x1
	.byte	0x13
	.byte	0x6
	.4byte	.LFB3
	.4byte	.LFE3-.LFB3
	.byte	0x1
	.byte	0x9c
	.4byte	0x725
	.byte	0x8
	.4byte	.LASF39
	.byte	0x13
	.byte	0xf
	.4byte	0x63
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0
	.byte	0x3
	.4byte	.LASF40
	.byte	0x11
	.byte	0x9
	.4byte	0x57
	.4byte	.LFB2
	.4byte	.LFE2-.LFB2
	.byte	0x1
	.byte	0x9c
	.4byte	0x766
	.byte	0x1
	.string	"fd"
	.byte	0x11
	.byte	0x12
	.4byte	0x63
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x1
	.string	"buf"
	.byte	0x11
	.byte	0x1c
	.4byte	0x60a
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x1
	.string	"n"
	.byte	0x11
	.byte	0x28
	.4byte	0x44
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0
	.byte	0x3
	.4byte	.LASF41
	.byte	0x10
	.byte	0x9
	.4byte	0x57
	.4byte	.LFB1
	.4byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x7a7
	.byte	0x1
	.string	"fd"
	.byte	0x10
	.byte	0x13
	.4byte	0x63
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x1
	.string	"buf"
	.byte	0x10
	.byte	0x23
	.4byte	0x60c
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x1
	.string	"n"
	.byte	0x10
	.byte	0x2f
	.4byte	0x44
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0
	.byte	0x11
	.4byte	.LASF42
	.byte	0x7
	.byte	0xd
	.4byte	0x821
	.4byte	.LFB0
	.4byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.4byte	0x821
	.byte	0x1
	.string	"n"
	.byte	0x7
	.byte	0x1b
	.4byte	0x821
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x1
	.string	"a"
	.byte	0x7
	.byte	0x23
	.4byte	0x821
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x1
	.string	"b"
	.byte	0x7
	.byte	0x2b
	.4byte	0x821
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0x1
	.string	"c"
	.byte	0x7
	.byte	0x33
	.4byte	0x821
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0x2
	.string	"a0"
	.byte	0x8
	.byte	0x11
	.4byte	0x821
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.string	"a1"
	.byte	0x9
	.byte	0x11
	.4byte	0x821
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.string	"a2"
	.byte	0xa
	.byte	0x11
	.4byte	0x821
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.string	"a7"
	.byte	0xb
	.byte	0x11
	.4byte	0x821
	.byte	0x1
	.byte	0x61
	.byte	0
	.byte	0x5
	.byte	0x4
	.byte	0x5
	.4byte	.LASF43
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.byte	0x1
	.byte	0x5
	.byte	0
	.byte	0x3
	.byte	0x8
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x2
	.byte	0x34
	.byte	0
	.byte	0x3
	.byte	0x8
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x3
	.byte	0x2e
	.byte	0x1
	.byte	0x3f
	.byte	0x19
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0xb
	.byte	0x27
	.byte	0x19
	.byte	0x49
	.byte	0x13
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x6
	.byte	0x40
	.byte	0x18
	.byte	0x7c
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x4
	.byte	0x2e
	.byte	0x1
	.byte	0x3f
	.byte	0x19
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0xb
	.byte	0x27
	.byte	0x19
	.byte	0x49
	.byte	0x13
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x6
	.byte	0x40
	.byte	0x18
	.byte	0x7a
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x5
	.byte	0x24
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x3e
	.byte	0xb
	.byte	0x3
	.byte	0xe
	.byte	0
	.byte	0
	.byte	0x6
	.byte	0x34
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x7
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x4
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x8
	.byte	0x5
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x9
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x6
	.byte	0
	.byte	0
	.byte	0xa
	.byte	0x16
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0xb
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x6
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xc
	.byte	0xd
	.byte	0
	.byte	0x3
	.byte	0x8
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0x3e
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x38
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0xd
	.byte	0xd
	.byte	0
	.byte	0x3
	.byte	0x8
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xe
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xf
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x10
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x11
	.byte	0x2e
	.byte	0x1
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0xb
	.byte	0x27
	.byte	0x19
	.byte	0x49
	.byte	0x13
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x6
	.byte	0x40
	.byte	0x18
	.byte	0x7a
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x12
	.byte	0x11
	.byte	0x1
	.byte	0x25
	.byte	0xe
	.byte	0x13
	.byte	0xb
	.byte	0x3
	.byte	0x1f
	.byte	0x1b
	.byte	0x1f
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x6
	.byte	0x10
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x13
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x3
	.byte	0xe
	.byte	0
	.byte	0
	.byte	0x14
	.byte	0x24
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x3e
	.byte	0xb
	.byte	0x3
	.byte	0x8
	.byte	0
	.byte	0
	.byte	0x15
	.byte	0x13
	.byte	0x1
	.byte	0xb
	.byte	0xb
	.byte	0x3a
	.byte	0xb
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0xb
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x16
	.byte	0x17
	.byte	0x1
	.byte	0xb
	.byte	0xb
	.byte	0x3a
	.byte	0xb
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0xb
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x17
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0x18
	.byte	0x2e
	.byte	0x1
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0xb
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0xb
	.byte	0x27
	.byte	0x19
	.byte	0x49
	.byte	0x13
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x6
	.byte	0x40
	.byte	0x18
	.byte	0x7c
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x19
	.byte	0x2e
	.byte	0x1
	.byte	0x3
	.byte	0x8
	.byte	0x3a
	.byte	0xb
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0xb
	.byte	0x27
	.byte	0x19
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x6
	.byte	0x40
	.byte	0x18
	.byte	0x7c
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1a
	.byte	0x2e
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0xb
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0xb
	.byte	0x27
	.byte	0x19
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x6
	.byte	0x40
	.byte	0x18
	.byte	0x7c
	.byte	0x19
	.byte	0
	.byte	0
	.byte	0x1b
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x1c
	.byte	0x26
	.byte	0
	.byte	0
	.byte	0
	.byte	0x1d
	.byte	0x2e
	.byte	0x1
	.byte	0x3f
	.byte	0x19
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0xb
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0xb
	.byte	0x27
	.byte	0x19
	.byte	0x87,0x1
	.byte	0x19
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x6
	.byte	0x40
	.byte	0x18
	.byte	0x7c
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0
	.section	.debug_aranges,"",@progbits
	.4byte	0x1c
	.2byte	0x2
	.4byte	.Ldebug_info0
	.byte	0x4
	.byte	0
	.2byte	0
	.2byte	0
	.4byte	.Ltext0
	.4byte	.Letext0-.Ltext0
	.4byte	0
	.4byte	0
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF20:
	.string	"digits"
.LASF4:
	.string	"size_t"
.LASF45:
	.string	"__builtin_va_list"
.LASF36:
	.string	"increment"
.LASF10:
	.string	"used"
.LASF44:
	.string	"GNU C17 12.2.0 -mabi=ilp32 -misa-spec=20191213 -march=rv32im -g -O0 -ffreestanding -fno-builtin"
.LASF21:
	.string	"__moddi3"
.LASF23:
	.string	"__umoddi3"
.LASF16:
	.string	"longs"
.LASF39:
	.string	"status"
.LASF5:
	.string	"ssize_t"
.LASF34:
	.string	"strlen"
.LASF2:
	.string	"__gnuc_va_list"
.LASF14:
	.string	"written"
.LASF32:
	.string	"unsigned char"
.LASF19:
	.string	"base"
.LASF42:
	.string	"syscall3"
.LASF22:
	.string	"__divdi3"
.LASF3:
	.string	"va_list"
.LASF15:
	.string	"width"
.LASF33:
	.string	"memset"
.LASF28:
	.string	"__lshrdi3"
.LASF40:
	.string	"read"
.LASF13:
	.string	"format"
.LASF27:
	.string	"__ashrdi3"
.LASF6:
	.string	"unsigned int"
.LASF7:
	.string	"long long unsigned int"
.LASF37:
	.string	"want"
.LASF8:
	.string	"halves"
.LASF41:
	.string	"write"
.LASF25:
	.string	"number"
.LASF30:
	.string	"strcmp"
.LASF35:
	.string	"sbrk"
.LASF17:
	.string	"long long int"
.LASF24:
	.string	"__udivdi3"
.LASF9:
	.string	"char"
.LASF46:
	.string	"flush"
.LASF12:
	.string	"printf"
.LASF31:
	.string	"memcpy"
.LASF38:
	.string	"exit"
.LASF26:
	.string	"udivmod"
.LASF43:
	.string	"long int"
.LASF11:
	.string	"puts"
.LASF29:
	.string	"__ashldi3"
.LASF18:
	.string	"negative"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"runtime/vmlab.c"
.LASF1:
	.string	"."
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
