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
	.type	put, @function
put:
.LFB18:
	.file 1 "runtime/vmlab.c"
	.loc 1 145 25
	.cfi_startproc
.LVL0:
	.loc 1 146 3
	.loc 1 146 12 is_stmt 0
	lui	a6,%hi(used)
	lw	a3,%lo(used)(a6)
	.loc 1 146 6
	li	a5,256
	.loc 1 145 25
	mv	a4,a0
	.loc 1 146 6
	beq	a3,a5,.L2
	lui	a5,%hi(.LANCHOR0)
	.loc 1 147 3 is_stmt 1
	.loc 1 147 15 is_stmt 0
	addi	a5,a5,%lo(.LANCHOR0)
	.loc 1 147 11
	addi	a2,a3,1
	.loc 1 147 15
	add	a5,a5,a3
	.loc 1 147 11
	sw	a2,%lo(used)(a6)
	.loc 1 147 15
	sb	a4,0(a5)
	.loc 1 148 1
	ret
.L2:
	.loc 1 146 27 is_stmt 1
.LBB41:
.LBB42:
	.loc 1 141 3
	.loc 1 141 13
.LVL1:
.LBB43:
.LBB44:
	.loc 1 16 52
	.loc 1 16 59 is_stmt 0
	lui	a5,%hi(.LANCHOR0)
.LVL2:
.LBB45:
.LBB46:
	.loc 1 8 3 is_stmt 1
	.loc 1 8 17 is_stmt 0
	li	a0,1
.LVL3:
	.loc 1 9 3 is_stmt 1
	.loc 1 9 17 is_stmt 0
	addi	a1,a5,%lo(.LANCHOR0)
.LVL4:
	.loc 1 10 3 is_stmt 1
	.loc 1 10 17 is_stmt 0
	li	a2,256
	.loc 1 11 3 is_stmt 1
	.loc 1 11 17 is_stmt 0
	li	a7,64
	.loc 1 12 3 is_stmt 1
 #APP
# 12 "runtime/vmlab.c" 1
	ecall
# 0 "" 2
	.loc 1 13 3
.LVL5:
 #NO_APP
.LBE46:
.LBE45:
.LBE44:
.LBE43:
	.loc 1 142 3
	.loc 1 143 1 is_stmt 0
	li	a3,0
.LBE42:
.LBE41:
	.loc 1 147 3 is_stmt 1
	.loc 1 147 15 is_stmt 0
	addi	a5,a5,%lo(.LANCHOR0)
.LBB48:
.LBB47:
	.loc 1 143 1
	li	a2,1
.LBE47:
.LBE48:
	.loc 1 147 15
	add	a5,a5,a3
	.loc 1 147 11
	sw	a2,%lo(used)(a6)
	.loc 1 147 15
	sb	a4,0(a5)
	.loc 1 148 1
	ret
	.cfi_endproc
.LFE18:
	.size	put, .-put
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"0123456789abcdef"
	.text
	.align	2
	.type	number, @function
number:
.LFB19:
	.loc 1 150 91 is_stmt 1
	.cfi_startproc
.LVL6:
	addi	sp,sp,-64
	.cfi_def_cfa_offset 64
	sw	s4,40(sp)
	.cfi_offset 20, -24
	lui	s4,%hi(.LC0)
	sw	ra,60(sp)
	sw	s0,56(sp)
	sw	s1,52(sp)
	sw	s2,48(sp)
	sw	s3,44(sp)
	sw	s5,36(sp)
	sw	s6,32(sp)
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	.cfi_offset 9, -12
	.cfi_offset 18, -16
	.cfi_offset 19, -20
	.cfi_offset 21, -28
	.cfi_offset 22, -32
	.loc 1 150 91 is_stmt 0
	mv	t3,a0
	mv	s5,a1
	mv	s3,a2
	.loc 1 151 3 is_stmt 1
	.loc 1 152 3
.LVL7:
	.loc 1 150 91 is_stmt 0
	mv	a6,a3
	mv	s1,a4
	mv	s2,a5
.LBB49:
	.loc 1 155 9
	li	t0,0
.LBE49:
	.loc 1 152 7
	li	ra,0
	addi	s0,sp,8
	addi	s4,s4,%lo(.LC0)
.LBB60:
.LBB50:
.LBB51:
.LBB52:
	.loc 1 108 24
	li	t6,31
	.loc 1 111 17
	li	t2,1
	.loc 1 107 22
	li	t5,-1
.LVL8:
.L13:
.LBE52:
.LBE51:
.LBE50:
.LBE60:
	.loc 1 153 3 is_stmt 1
.LBB61:
	.loc 1 154 5
	.loc 1 155 5
.LBB58:
.LBB56:
	.loc 1 106 3
	.loc 1 107 3
.LBB53:
	.loc 1 107 8
	.loc 1 107 22
.LBE53:
	.loc 1 106 22 is_stmt 0
	li	t1,0
	li	a7,0
.LBB54:
	.loc 1 107 12
	li	a1,63
.LBE54:
	.loc 1 106 29
	li	a5,0
	li	a3,0
.LBB55:
	.loc 1 108 24
	slli	t4,s5,1
	j	.L12
.LVL9:
.L33:
	.loc 1 111 17
	sll	a4,t2,s6
.LVL10:
	li	a2,0
.L11:
	.loc 1 111 9
	or	t1,t1,a2
.LVL11:
	or	a7,a7,a4
.LVL12:
.L8:
	.loc 1 107 29 is_stmt 1
	addi	a1,a1,-1
.LVL13:
	.loc 1 107 22
	beq	a1,t5,.L32
.LVL14:
.L12:
	.loc 1 108 5
	.loc 1 108 24 is_stmt 0
	sub	a4,t6,a1
	.loc 1 108 12
	srli	a2,a5,31
	slli	a0,a3,1
	.loc 1 108 24
	sll	a4,t4,a4
	srl	a3,t3,a1
	addi	s6,a1,-32
	.loc 1 108 12
	or	a0,a2,a0
	slli	a5,a5,1
	.loc 1 108 24
	or	a3,a4,a3
	blt	s6,zero,.L7
	srl	a3,s5,s6
.L7:
	.loc 1 110 7 is_stmt 1
	.loc 1 108 30 is_stmt 0
	andi	a3,a3,1
	.loc 1 108 7
	or	a5,a3,a5
	.loc 1 110 9
	sub	a2,a5,a6
	sgtu	a4,a2,a5
	.loc 1 108 7
	mv	a3,a0
.LVL15:
	.loc 1 109 5 is_stmt 1
	.loc 1 109 8 is_stmt 0
	bne	t0,a0,.L24
.LVL16:
	bgtu	a6,a5,.L8
.L24:
	.loc 1 110 9
	mv	a5,a2
.LVL17:
	sub	a3,a0,a4
.LVL18:
	.loc 1 111 7 is_stmt 1
	.loc 1 111 17 is_stmt 0
	bge	s6,zero,.L33
	sll	a2,t2,a1
.LVL19:
	li	a4,0
.LVL20:
	j	.L11
.L32:
.LBE55:
	.loc 1 114 3 is_stmt 1
	.loc 1 114 12
.LVL21:
	.loc 1 115 3
.LBE56:
.LBE58:
	.loc 1 156 5
	.loc 1 156 37 is_stmt 0
	add	a5,s4,a5
	.loc 1 156 17
	lbu	a5,0(a5)
	.loc 1 156 13
	addi	ra,ra,1
.LVL22:
	add	s5,s0,ra
	.loc 1 156 17
	sb	a5,-1(s5)
.LVL23:
.LBE61:
	.loc 1 157 12 is_stmt 1
	or	a5,t1,a7
	beq	a5,zero,.L34
	mv	t3,t1
	mv	s5,a7
	j	.L13
.L34:
	.loc 1 158 3
	.loc 1 158 7 is_stmt 0
	add	s6,s3,ra
.LVL24:
	.loc 1 159 3 is_stmt 1
	.loc 1 159 6 is_stmt 0
	bne	s3,zero,.L14
.LVL25:
.LBB62:
	.loc 1 160 23 is_stmt 1
	ble	s1,ra,.L21
.LVL26:
.L18:
.LBE62:
.LBB63:
.LBB59:
.LBB57:
	.loc 1 106 29 is_stmt 0
	mv	s4,s6
.L16:
.LVL27:
.LBE57:
.LBE59:
.LBE63:
.LBB64:
	.loc 1 160 37 is_stmt 1 discriminator 3
	.loc 1 160 33 is_stmt 0 discriminator 3
	addi	s4,s4,1
.LVL28:
	.loc 1 160 37 discriminator 3
	mv	a0,s2
	call	put
.LVL29:
	.loc 1 160 33 is_stmt 1 discriminator 3
	.loc 1 160 23 discriminator 3
	bgt	s1,s4,.L16
.LBE64:
	.loc 1 161 3
	.loc 1 161 6 is_stmt 0
	beq	s3,zero,.L21
	.loc 1 161 16 discriminator 1
	li	a5,48
	beq	s2,a5,.L21
.LVL30:
.L20:
	.loc 1 161 31 is_stmt 1
	li	a0,45
	call	put
.LVL31:
.L21:
	.loc 1 162 13 discriminator 2
	lbu	a0,-1(s5)
	.loc 1 162 10 is_stmt 0 discriminator 2
	addi	s5,s5,-1
.LVL32:
	.loc 1 162 13 discriminator 2
	call	put
.LVL33:
	.loc 1 162 10 is_stmt 1 discriminator 2
	bne	s0,s5,.L21
	.loc 1 163 3
	.loc 1 163 28 is_stmt 0
	mv	a0,s6
	bge	s6,s1,.L22
.LVL34:
	mv	a0,s1
.LVL35:
.L22:
	.loc 1 164 1
	lw	ra,60(sp)
	.cfi_remember_state
	.cfi_restore 1
	lw	s0,56(sp)
	.cfi_restore 8
	lw	s1,52(sp)
	.cfi_restore 9
.LVL36:
	lw	s2,48(sp)
	.cfi_restore 18
	lw	s3,44(sp)
	.cfi_restore 19
.LVL37:
	lw	s4,40(sp)
	.cfi_restore 20
	lw	s5,36(sp)
	.cfi_restore 21
.LVL38:
	lw	s6,32(sp)
	.cfi_restore 22
.LVL39:
	addi	sp,sp,64
	.cfi_def_cfa_offset 0
	jr	ra
.LVL40:
.L14:
	.cfi_restore_state
	.loc 1 159 16 discriminator 1
	li	a5,48
	beq	s2,a5,.L17
.LVL41:
.LBB65:
	.loc 1 160 23 is_stmt 1
	blt	s6,s1,.L18
	j	.L20
.LVL42:
.L17:
.LBE65:
	.loc 1 159 31
	li	a0,45
	call	put
.LVL43:
.LBB66:
	.loc 1 160 23
	blt	s6,s1,.L18
	j	.L21
.LBE66:
	.cfi_endproc
.LFE19:
	.size	number, .-number
	.align	2
	.globl	write
	.type	write, @function
write:
.LFB1:
	.loc 1 16 50
	.cfi_startproc
.LVL44:
	.loc 1 16 52
.LBB67:
.LBB68:
	.loc 1 8 3
	.loc 1 9 3
	.loc 1 10 3
	.loc 1 11 3
	.loc 1 11 17 is_stmt 0
	li	a7,64
	.loc 1 12 3 is_stmt 1
 #APP
# 12 "runtime/vmlab.c" 1
	ecall
# 0 "" 2
.LVL45:
	.loc 1 13 3
 #NO_APP
.LBE68:
.LBE67:
	.loc 1 16 91 is_stmt 0
	ret
	.cfi_endproc
.LFE1:
	.size	write, .-write
	.align	2
	.globl	read
	.type	read, @function
read:
.LFB2:
	.loc 1 17 43 is_stmt 1
	.cfi_startproc
.LVL46:
	.loc 1 17 45
.LBB69:
.LBB70:
	.loc 1 8 3
	.loc 1 9 3
	.loc 1 10 3
	.loc 1 11 3
	.loc 1 11 17 is_stmt 0
	li	a7,63
	.loc 1 12 3 is_stmt 1
 #APP
# 12 "runtime/vmlab.c" 1
	ecall
# 0 "" 2
.LVL47:
	.loc 1 13 3
 #NO_APP
.LBE70:
.LBE69:
	.loc 1 17 84 is_stmt 0
	ret
	.cfi_endproc
.LFE2:
	.size	read, .-read
	.align	2
	.globl	exit
	.type	exit, @function
exit:
.LFB3:
	.loc 1 19 23 is_stmt 1
	.cfi_startproc
.LVL48:
	.loc 1 20 3
.LBB71:
.LBB72:
	.loc 1 8 3
	.loc 1 9 3
	.loc 1 9 17 is_stmt 0
	li	a1,0
	.loc 1 10 3 is_stmt 1
	.loc 1 10 17 is_stmt 0
	li	a2,0
	.loc 1 11 3 is_stmt 1
	.loc 1 11 17 is_stmt 0
	li	a7,93
	.loc 1 12 3 is_stmt 1
 #APP
# 12 "runtime/vmlab.c" 1
	ecall
# 0 "" 2
.LVL49:
	.loc 1 13 3
 #NO_APP
.L38:
.LBE72:
.LBE71:
	.loc 1 21 3 discriminator 1
	.loc 1 22 3 discriminator 1
	.loc 1 21 3 discriminator 1
	.loc 1 21 3 discriminator 1
	.loc 1 22 3 discriminator 1
	.loc 1 21 3 discriminator 1
	j	.L38
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
.LVL50:
	.loc 1 26 3
	.loc 1 27 3
	.loc 1 27 7 is_stmt 0
	lui	a3,%hi(brk.0)
	lw	a4,%lo(brk.0)(a3)
	.loc 1 25 27
	mv	a5,a0
	.loc 1 27 6
	beq	a4,zero,.L43
.LVL51:
.L40:
	.loc 1 28 3 is_stmt 1
	.loc 1 29 3
	.loc 1 29 9 is_stmt 0
	add	a5,a4,a5
.LVL52:
	.loc 1 30 3 is_stmt 1
.LBB73:
.LBB74:
	.loc 1 8 3
	.loc 1 8 17 is_stmt 0
	mv	a0,a5
	.loc 1 9 3 is_stmt 1
	.loc 1 9 17 is_stmt 0
	li	a1,0
	.loc 1 10 3 is_stmt 1
	.loc 1 10 17 is_stmt 0
	li	a2,0
	.loc 1 11 3 is_stmt 1
	.loc 1 11 17 is_stmt 0
	li	a7,214
	.loc 1 12 3 is_stmt 1
 #APP
# 12 "runtime/vmlab.c" 1
	ecall
# 0 "" 2
	.loc 1 13 3
.LVL53:
 #NO_APP
.LBE74:
.LBE73:
	.loc 1 30 6 is_stmt 0
	beq	a5,a0,.L44
	.loc 1 30 63
	li	a4,-1
	.loc 1 33 1
	mv	a0,a4
	ret
.L44:
	.loc 1 31 3 is_stmt 1
	.loc 1 31 7 is_stmt 0
	sw	a5,%lo(brk.0)(a3)
.LVL54:
	.loc 1 32 3 is_stmt 1
	.loc 1 33 1 is_stmt 0
	mv	a0,a4
	ret
.LVL55:
.L43:
	.loc 1 27 13 is_stmt 1
.LBB75:
.LBB76:
	.loc 1 8 3
	.loc 1 8 17 is_stmt 0
	li	a0,0
.LVL56:
	.loc 1 9 3 is_stmt 1
	.loc 1 9 17 is_stmt 0
	li	a1,0
	.loc 1 10 3 is_stmt 1
	.loc 1 10 17 is_stmt 0
	li	a2,0
	.loc 1 11 3 is_stmt 1
	.loc 1 11 17 is_stmt 0
	li	a7,214
	.loc 1 12 3 is_stmt 1
 #APP
# 12 "runtime/vmlab.c" 1
	ecall
# 0 "" 2
	.loc 1 13 3
	.loc 1 13 10 is_stmt 0
 #NO_APP
	mv	a4,a0
.LVL57:
.LBE76:
.LBE75:
	.loc 1 27 17
	sw	a0,%lo(brk.0)(a3)
	j	.L40
	.cfi_endproc
.LFE4:
	.size	sbrk, .-sbrk
	.align	2
	.globl	strlen
	.type	strlen, @function
strlen:
.LFB5:
	.loc 1 35 30 is_stmt 1
	.cfi_startproc
.LVL58:
	.loc 1 36 3
	.loc 1 37 3
	.loc 1 37 10
	lbu	a5,0(a0)
	.loc 1 35 30 is_stmt 0
	mv	a4,a0
	.loc 1 36 10
	li	a0,0
.LVL59:
	.loc 1 37 10
	beq	a5,zero,.L48
.LVL60:
.L47:
	.loc 1 37 16 is_stmt 1 discriminator 2
	.loc 1 37 17 is_stmt 0 discriminator 2
	addi	a0,a0,1
.LVL61:
	.loc 1 37 10 is_stmt 1 discriminator 2
	.loc 1 37 11 is_stmt 0 discriminator 2
	add	a5,a4,a0
	.loc 1 37 10 discriminator 2
	lbu	a5,0(a5)
	bne	a5,zero,.L47
	ret
.LVL62:
.L48:
	.loc 1 38 3 is_stmt 1
	.loc 1 39 1 is_stmt 0
	ret
	.cfi_endproc
.LFE5:
	.size	strlen, .-strlen
	.align	2
	.globl	memset
	.type	memset, @function
memset:
.LFB6:
	.loc 1 41 42 is_stmt 1
	.cfi_startproc
.LVL63:
	.loc 1 42 3
	.loc 1 43 3
	.loc 1 43 10
	.loc 1 43 22 is_stmt 0
	andi	a1,a1,0xff
.LVL64:
	add	a4,a0,a2
	.loc 1 42 18
	mv	a5,a0
	.loc 1 43 10
	beq	a2,zero,.L56
.LVL65:
.L52:
	.loc 1 43 15 is_stmt 1 discriminator 2
	.loc 1 43 17 is_stmt 0 discriminator 2
	addi	a5,a5,1
.LVL66:
	.loc 1 43 20 discriminator 2
	sb	a1,-1(a5)
	.loc 1 43 10 is_stmt 1 discriminator 2
.LVL67:
	bne	a5,a4,.L52
.LVL68:
.L56:
	.loc 1 45 1 is_stmt 0
	ret
	.cfi_endproc
.LFE6:
	.size	memset, .-memset
	.align	2
	.globl	memcpy
	.type	memcpy, @function
memcpy:
.LFB7:
	.loc 1 47 52 is_stmt 1
	.cfi_startproc
.LVL69:
	.loc 1 48 3
	.loc 1 49 3
	.loc 1 50 3
	.loc 1 50 10
	beq	a2,zero,.L58
	add	a2,a0,a2
.LVL70:
	.loc 1 48 18 is_stmt 0
	mv	a5,a0
.LVL71:
.L59:
	.loc 1 50 15 is_stmt 1 discriminator 2
	.loc 1 50 22 is_stmt 0 discriminator 2
	lbu	a4,0(a1)
	.loc 1 50 17 discriminator 2
	addi	a5,a5,1
.LVL72:
	.loc 1 50 24 discriminator 2
	addi	a1,a1,1
.LVL73:
	.loc 1 50 20 discriminator 2
	sb	a4,-1(a5)
	.loc 1 50 10 is_stmt 1 discriminator 2
	bne	a5,a2,.L59
.LVL74:
.L58:
	.loc 1 51 3
	.loc 1 52 1 is_stmt 0
	ret
	.cfi_endproc
.LFE7:
	.size	memcpy, .-memcpy
	.align	2
	.globl	strcmp
	.type	strcmp, @function
strcmp:
.LFB8:
	.loc 1 54 42 is_stmt 1
	.cfi_startproc
.LVL75:
	.loc 1 55 3
	.loc 1 55 10 is_stmt 0
	lbu	a5,0(a0)
	.loc 1 55 13 is_stmt 1
	bne	a5,zero,.L65
	j	.L70
.LVL76:
.L67:
	.loc 1 55 10 is_stmt 0 discriminator 3
	lbu	a5,0(a0)
	.loc 1 55 13 discriminator 3
	beq	a5,zero,.L71
	.loc 1 55 32
	mv	a1,a3
.LVL77:
.L65:
	.loc 1 55 26 is_stmt 1 discriminator 2
	.loc 1 55 22 is_stmt 0 discriminator 2
	lbu	a4,0(a1)
	.loc 1 55 27 discriminator 2
	addi	a0,a0,1
.LVL78:
	.loc 1 55 32 discriminator 2
	addi	a3,a1,1
.LVL79:
	.loc 1 55 13 is_stmt 1 discriminator 2
	beq	a4,a5,.L67
.LVL80:
.L66:
	.loc 1 56 3
	.loc 1 57 1 is_stmt 0
	sub	a0,a5,a4
.LVL81:
	ret
.LVL82:
.L71:
	.loc 1 56 45
	lbu	a4,1(a1)
	.loc 1 56 3 is_stmt 1
	.loc 1 57 1 is_stmt 0
	sub	a0,a5,a4
.LVL83:
	ret
.LVL84:
.L70:
	.loc 1 56 45
	lbu	a4,0(a1)
	j	.L66
	.cfi_endproc
.LFE8:
	.size	strcmp, .-strcmp
	.align	2
	.globl	__ashldi3
	.type	__ashldi3, @function
__ashldi3:
.LFB9:
	.loc 1 65 59 is_stmt 1
	.cfi_startproc
.LVL85:
	.loc 1 66 3
	.loc 1 67 3
	.loc 1 67 6 is_stmt 0
	beq	a2,zero,.L73
	.loc 1 68 3 is_stmt 1
	.loc 1 68 6 is_stmt 0
	li	a5,31
	ble	a2,a5,.L74
	.loc 1 69 5 is_stmt 1
	.loc 1 70 5
	.loc 1 70 27 is_stmt 0
	addi	a2,a2,-32
.LVL86:
	.loc 1 70 21
	sll	a1,a0,a2
	.loc 1 69 12
	li	a0,0
.LVL87:
	ret
.LVL88:
.L74:
	.loc 1 72 5 is_stmt 1
	.loc 1 73 45 is_stmt 0
	li	a5,32
	sub	a5,a5,a2
	.loc 1 73 38
	srl	a5,a0,a5
	.loc 1 73 22
	sll	a1,a1,a2
	.loc 1 72 21
	sll	a0,a0,a2
.LVL89:
	.loc 1 73 5 is_stmt 1
	.loc 1 73 28 is_stmt 0
	or	a1,a5,a1
	.loc 1 75 3 is_stmt 1
.L73:
	.loc 1 76 1 is_stmt 0
	ret
	.cfi_endproc
.LFE9:
	.size	__ashldi3, .-__ashldi3
	.align	2
	.globl	__lshrdi3
	.type	__lshrdi3, @function
__lshrdi3:
.LFB10:
	.loc 1 78 59 is_stmt 1
	.cfi_startproc
.LVL90:
	.loc 1 79 3
	.loc 1 80 3
	.loc 1 80 6 is_stmt 0
	beq	a2,zero,.L78
	.loc 1 81 3 is_stmt 1
	.loc 1 81 6 is_stmt 0
	li	a5,31
	ble	a2,a5,.L79
	.loc 1 82 5 is_stmt 1
	.loc 1 83 5
	.loc 1 83 27 is_stmt 0
	addi	a2,a2,-32
.LVL91:
	.loc 1 83 21
	srl	a0,a1,a2
.LVL92:
	.loc 1 82 12
	li	a1,0
	ret
.LVL93:
.L79:
	.loc 1 85 5 is_stmt 1
	.loc 1 86 45 is_stmt 0
	li	a5,32
	sub	a5,a5,a2
	.loc 1 86 38
	sll	a5,a1,a5
	.loc 1 86 22
	srl	a0,a0,a2
.LVL94:
	.loc 1 85 21
	srl	a1,a1,a2
	.loc 1 86 5 is_stmt 1
	.loc 1 86 28 is_stmt 0
	or	a0,a5,a0
	.loc 1 88 3 is_stmt 1
.L78:
	.loc 1 89 1 is_stmt 0
	ret
	.cfi_endproc
.LFE10:
	.size	__lshrdi3, .-__lshrdi3
	.align	2
	.globl	__ashrdi3
	.type	__ashrdi3, @function
__ashrdi3:
.LFB11:
	.loc 1 91 41 is_stmt 1
	.cfi_startproc
.LVL95:
	.loc 1 92 3
	.loc 1 93 3
	.loc 1 91 41 is_stmt 0
	mv	a5,a1
	.loc 1 93 6
	beq	a2,zero,.L86
	.loc 1 94 3 is_stmt 1
	.loc 1 94 6 is_stmt 0
	li	a4,31
	ble	a2,a4,.L84
	.loc 1 95 5 is_stmt 1
	.loc 1 96 43 is_stmt 0
	addi	a0,a2,-32
.LVL96:
	.loc 1 95 37
	srai	a1,a1,31
	.loc 1 96 5 is_stmt 1
	.loc 1 96 37 is_stmt 0
	sra	a0,a5,a0
	ret
.LVL97:
.L84:
	.loc 1 98 5 is_stmt 1
	.loc 1 99 45 is_stmt 0
	li	a4,32
	sub	a4,a4,a2
	.loc 1 99 38
	sll	a4,a1,a4
	.loc 1 99 22
	srl	a0,a0,a2
.LVL98:
	.loc 1 98 37
	sra	a1,a1,a2
	.loc 1 99 5 is_stmt 1
	.loc 1 99 28 is_stmt 0
	or	a0,a4,a0
	.loc 1 101 3 is_stmt 1
	.loc 1 101 10 is_stmt 0
	ret
.LVL99:
.L86:
	.loc 1 102 1
	ret
	.cfi_endproc
.LFE11:
	.size	__ashrdi3, .-__ashrdi3
	.align	2
	.globl	__udivdi3
	.type	__udivdi3, @function
__udivdi3:
.LFB13:
	.loc 1 118 74 is_stmt 1
	.cfi_startproc
.LVL100:
	.loc 1 118 76
	.loc 1 118 74 is_stmt 0
	mv	t5,a1
	addi	sp,sp,-16
	.cfi_def_cfa_offset 16
	sw	s0,12(sp)
	.cfi_offset 8, -4
	.loc 1 118 74
	mv	t0,a0
.LVL101:
.LBB77:
.LBB78:
	.loc 1 106 3 is_stmt 1
	.loc 1 107 3
.LBB79:
	.loc 1 107 8
	.loc 1 107 22
.LBE79:
	.loc 1 106 22 is_stmt 0
	li	a1,0
.LVL102:
	li	a0,0
.LVL103:
.LBB80:
	.loc 1 107 12
	li	a6,63
.LBE80:
	.loc 1 106 29
	li	a4,0
	li	a7,0
.LBB81:
	.loc 1 108 24
	slli	s0,t5,1
	li	t2,31
	.loc 1 111 17
	li	t6,1
	.loc 1 107 22
	li	t4,-1
	j	.L94
.LVL104:
.L99:
	.loc 1 111 17
	sll	t1,t6,t1
	li	a5,0
.L93:
	.loc 1 111 9
	or	a0,a0,a5
.LVL105:
	or	a1,a1,t1
.LVL106:
.L90:
	.loc 1 107 29 is_stmt 1
	addi	a6,a6,-1
.LVL107:
	.loc 1 107 22
	beq	a6,t4,.L98
.LVL108:
.L94:
	.loc 1 108 5
	.loc 1 108 12 is_stmt 0
	srli	t3,a4,31
	slli	a5,a7,1
	.loc 1 108 24
	addi	t1,a6,-32
	.loc 1 108 12
	or	a5,t3,a5
	slli	a4,a4,1
.LVL109:
	.loc 1 108 24
	srl	a7,t5,t1
	bge	t1,zero,.L89
	sub	t3,t2,a6
	sll	t3,s0,t3
	srl	a7,t0,a6
	or	a7,t3,a7
.L89:
	.loc 1 108 30
	andi	a7,a7,1
	.loc 1 108 7
	or	a4,a7,a4
	mv	a7,a5
.LVL110:
	.loc 1 109 5 is_stmt 1
	.loc 1 109 8 is_stmt 0
	bgtu	a3,a5,.L90
	bne	a3,a5,.L95
	bgtu	a2,a4,.L90
.L95:
	.loc 1 110 7 is_stmt 1
	.loc 1 110 9 is_stmt 0
	sub	t3,a4,a2
	sgtu	a7,t3,a4
	sub	a5,a5,a3
.LVL111:
	mv	a4,t3
	sub	a7,a5,a7
.LVL112:
	.loc 1 111 7 is_stmt 1
	.loc 1 111 17 is_stmt 0
	bge	t1,zero,.L99
	li	t1,0
	sll	a5,t6,a6
	j	.L93
.L98:
.LBE81:
	.loc 1 114 3 is_stmt 1
	.loc 1 115 3
.LVL113:
.LBE78:
.LBE77:
	.loc 1 118 101 is_stmt 0
	lw	s0,12(sp)
	.cfi_restore 8
	addi	sp,sp,16
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
	.loc 1 120 74 is_stmt 1
	.cfi_startproc
.LVL114:
	.loc 1 121 3
	.loc 1 122 3
	.loc 1 120 74 is_stmt 0
	mv	t2,a1
	mv	t4,a0
.LVL115:
.LBB86:
.LBB87:
.LBB88:
	.loc 1 107 22 is_stmt 1
	.loc 1 107 12 is_stmt 0
	li	a5,63
.LBE88:
	.loc 1 106 29
	li	a0,0
.LVL116:
	li	a1,0
.LBB89:
	.loc 1 108 24
	slli	t0,t2,1
	li	t6,31
	.loc 1 107 22
	li	t5,-1
.LVL117:
.L105:
	.loc 1 108 5 is_stmt 1
	.loc 1 108 24 is_stmt 0
	sub	a6,t6,a5
	.loc 1 108 12
	srli	t3,a0,31
	slli	a4,a1,1
	.loc 1 108 24
	srl	a7,t4,a5
	sll	a6,t0,a6
	addi	t1,a5,-32
	.loc 1 108 12
	or	a4,t3,a4
	slli	a0,a0,1
.LVL118:
	.loc 1 108 24
	or	a7,a6,a7
	blt	t1,zero,.L102
	srl	a7,t2,t1
.L102:
	.loc 1 108 30
	andi	a7,a7,1
	.loc 1 107 29
	addi	a5,a5,-1
.LVL119:
	.loc 1 108 7
	or	a0,a7,a0
	mv	a1,a4
.LVL120:
	.loc 1 109 5 is_stmt 1
	.loc 1 109 8 is_stmt 0
	bgtu	a3,a4,.L103
.LVL121:
	.loc 1 110 7 is_stmt 1
	.loc 1 110 9 is_stmt 0
	sub	a6,a0,a2
	sgtu	a7,a6,a0
	sub	t1,a4,a3
	.loc 1 109 8
	bne	a3,a4,.L106
	bgtu	a2,a0,.L103
.L106:
	.loc 1 110 9
	mv	a0,a6
.LVL122:
	sub	a1,t1,a7
.LVL123:
	.loc 1 111 7 is_stmt 1
.L103:
	.loc 1 107 29
	.loc 1 107 22
	bne	a5,t5,.L105
.LBE89:
	.loc 1 114 3
	.loc 1 114 12
.LVL124:
	.loc 1 115 3
.LBE87:
.LBE86:
	.loc 1 123 3
	.loc 1 124 1 is_stmt 0
	ret
	.cfi_endproc
.LFE14:
	.size	__umoddi3, .-__umoddi3
	.align	2
	.globl	__divdi3
	.type	__divdi3, @function
__divdi3:
.LFB15:
	.loc 1 126 46 is_stmt 1
	.cfi_startproc
.LVL125:
	.loc 1 127 3
	.loc 1 126 46 is_stmt 0
	addi	sp,sp,-16
	.cfi_def_cfa_offset 16
	sw	s0,12(sp)
	sw	s2,4(sp)
	sw	s1,8(sp)
	.cfi_offset 8, -4
	.cfi_offset 18, -12
	.cfi_offset 9, -8
	.loc 1 126 46
	mv	s0,a1
	mv	s2,a3
	.loc 1 127 43
	mv	t2,a0
	mv	t6,a1
	.loc 1 127 26
	bge	a1,zero,.L109
	snez	a5,a0
	neg	t6,a1
	sub	t6,t6,a5
	neg	t2,a0
.L109:
	.loc 1 127 79 discriminator 4
	mv	t5,a2
	mv	t1,s2
	.loc 1 127 26 discriminator 4
	bge	s2,zero,.L111
	snez	a5,a2
	neg	t1,s2
	sub	t1,t1,a5
	neg	t5,a2
.L111:
.LVL126:
.LBB90:
.LBB91:
	.loc 1 106 3 is_stmt 1 discriminator 8
	.loc 1 107 3 discriminator 8
.LBB92:
	.loc 1 107 8 discriminator 8
	.loc 1 107 22 discriminator 8
.LBE92:
	.loc 1 106 22 is_stmt 0 discriminator 8
	li	a0,0
.LVL127:
	li	a1,0
.LBB93:
	.loc 1 107 12 discriminator 8
	li	a2,63
.LVL128:
.LBE93:
	.loc 1 106 29 discriminator 8
	li	a4,0
	li	a6,0
.LBB94:
	.loc 1 108 24 discriminator 8
	slli	s1,t6,1
	li	a3,31
	.loc 1 111 17 discriminator 8
	li	t0,1
	.loc 1 107 22 discriminator 8
	li	t4,-1
	j	.L119
.LVL129:
.L127:
	.loc 1 111 17
	sll	a7,t0,a7
	li	a5,0
.L118:
	.loc 1 111 9
	or	a0,a0,a5
.LVL130:
	or	a1,a1,a7
.LVL131:
.L115:
	.loc 1 107 29 is_stmt 1
	addi	a2,a2,-1
.LVL132:
	.loc 1 107 22
	beq	a2,t4,.L126
.LVL133:
.L119:
	.loc 1 108 5
	.loc 1 108 12 is_stmt 0
	srli	t3,a4,31
	slli	a5,a6,1
	.loc 1 108 24
	addi	a7,a2,-32
	.loc 1 108 12
	or	a5,t3,a5
	slli	a4,a4,1
.LVL134:
	.loc 1 108 24
	srl	a6,t6,a7
	bge	a7,zero,.L114
	sub	t3,a3,a2
	sll	t3,s1,t3
	srl	a6,t2,a2
	or	a6,t3,a6
.L114:
	.loc 1 108 30
	andi	a6,a6,1
	.loc 1 108 7
	or	a4,a6,a4
	mv	a6,a5
.LVL135:
	.loc 1 109 5 is_stmt 1
	.loc 1 109 8 is_stmt 0
	bgtu	t1,a5,.L115
	bne	t1,a5,.L122
	bgtu	t5,a4,.L115
.L122:
	.loc 1 110 7 is_stmt 1
	.loc 1 110 9 is_stmt 0
	sub	t3,a4,t5
	sgtu	a6,t3,a4
	sub	a5,a5,t1
.LVL136:
	mv	a4,t3
	sub	a6,a5,a6
.LVL137:
	.loc 1 111 7 is_stmt 1
	.loc 1 111 17 is_stmt 0
	bge	a7,zero,.L127
	li	a7,0
	sll	a5,t0,a2
	j	.L118
.L126:
.LBE94:
	.loc 1 114 3 is_stmt 1
	.loc 1 115 3
.LVL138:
.LBE91:
.LBE90:
	.loc 1 128 3
	.loc 1 128 18 is_stmt 0
	xor	s0,s0,s2
	.loc 1 128 45
	bge	s0,zero,.L108
	snez	a5,a0
	neg	a1,a1
.LVL139:
	sub	a1,a1,a5
.LVL140:
	neg	a0,a0
.L108:
	.loc 1 129 1
	lw	s0,12(sp)
	.cfi_restore 8
	lw	s1,8(sp)
	.cfi_restore 9
	lw	s2,4(sp)
	.cfi_restore 18
	addi	sp,sp,16
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
	.loc 1 131 46 is_stmt 1
	.cfi_startproc
.LVL141:
	.loc 1 132 3
	.loc 1 133 3
	.loc 1 131 46 is_stmt 0
	addi	sp,sp,-16
	.cfi_def_cfa_offset 16
	sw	s0,12(sp)
	.cfi_offset 8, -4
	.loc 1 131 46
	mv	t2,a1
	.loc 1 133 20
	mv	t4,a0
	mv	s0,a1
	.loc 1 133 3
	blt	a1,zero,.L144
.L129:
	.loc 1 133 3 discriminator 4
	bge	a3,zero,.L131
	snez	a5,a2
	neg	a3,a3
	sub	a3,a3,a5
	neg	a2,a2
.LVL142:
.L131:
.LBB98:
.LBB99:
.LBB100:
	.loc 1 107 22 is_stmt 1 discriminator 8
	.loc 1 107 12 is_stmt 0 discriminator 8
	li	a5,63
.LBE100:
	.loc 1 106 29 discriminator 8
	li	a0,0
.LVL143:
	li	a1,0
.LBB101:
	.loc 1 108 24 discriminator 8
	slli	t0,s0,1
	li	t6,31
	.loc 1 107 22 discriminator 8
	li	t5,-1
.LVL144:
.L137:
	.loc 1 108 5 is_stmt 1
	.loc 1 108 24 is_stmt 0
	sub	a6,t6,a5
	.loc 1 108 12
	srli	t3,a0,31
	slli	a4,a1,1
	.loc 1 108 24
	srl	a7,t4,a5
	sll	a6,t0,a6
	addi	t1,a5,-32
	.loc 1 108 12
	or	a4,t3,a4
	slli	a0,a0,1
.LVL145:
	.loc 1 108 24
	or	a7,a6,a7
	blt	t1,zero,.L134
	srl	a7,s0,t1
.L134:
	.loc 1 108 30
	andi	a7,a7,1
	.loc 1 107 29
	addi	a5,a5,-1
.LVL146:
	.loc 1 108 7
	or	a0,a7,a0
	mv	a1,a4
.LVL147:
	.loc 1 109 5 is_stmt 1
	.loc 1 109 8 is_stmt 0
	bgtu	a3,a4,.L135
.LVL148:
	.loc 1 110 7 is_stmt 1
	.loc 1 110 9 is_stmt 0
	sub	a6,a0,a2
	sgtu	a7,a6,a0
	sub	t1,a4,a3
	.loc 1 109 8
	bne	a3,a4,.L140
	bgtu	a2,a0,.L135
.L140:
	.loc 1 110 9
	mv	a0,a6
.LVL149:
	sub	a1,t1,a7
.LVL150:
	.loc 1 111 7 is_stmt 1
.L135:
	.loc 1 107 29
	.loc 1 107 22
	bne	a5,t5,.L137
.LBE101:
	.loc 1 114 3
	.loc 1 114 12
.LVL151:
	.loc 1 115 3
.LBE99:
.LBE98:
	.loc 1 134 3
	.loc 1 134 32 is_stmt 0
	bge	t2,zero,.L128
	snez	a5,a0
	neg	a1,a1
.LVL152:
	sub	a1,a1,a5
.LVL153:
	neg	a0,a0
.LVL154:
.L128:
	.loc 1 135 1
	lw	s0,12(sp)
	.cfi_remember_state
	.cfi_restore 8
	addi	sp,sp,16
	.cfi_def_cfa_offset 0
	jr	ra
.LVL155:
.L144:
	.cfi_restore_state
	.loc 1 133 3
	snez	a5,a0
	neg	s0,a1
	sub	s0,s0,a5
	neg	t4,a0
	j	.L129
	.cfi_endproc
.LFE16:
	.size	__moddi3, .-__moddi3
	.align	2
	.globl	printf
	.type	printf, @function
printf:
.LFB20:
	.loc 1 166 37 is_stmt 1
	.cfi_startproc
.LVL156:
	.loc 1 167 3
	.loc 1 168 3
	.loc 1 166 37 is_stmt 0
	addi	sp,sp,-112
	.cfi_def_cfa_offset 112
	sw	s0,72(sp)
	sw	s3,60(sp)
	sw	a5,100(sp)
	sw	ra,76(sp)
	sw	s1,68(sp)
	sw	s2,64(sp)
	sw	s4,56(sp)
	sw	s5,52(sp)
	sw	s6,48(sp)
	sw	s7,44(sp)
	sw	s8,40(sp)
	sw	s9,36(sp)
	sw	s10,32(sp)
	sw	s11,28(sp)
	.cfi_offset 8, -40
	.cfi_offset 19, -52
	.cfi_offset 1, -36
	.cfi_offset 9, -44
	.cfi_offset 18, -48
	.cfi_offset 20, -56
	.cfi_offset 21, -60
	.cfi_offset 22, -64
	.cfi_offset 23, -68
	.cfi_offset 24, -72
	.cfi_offset 25, -76
	.cfi_offset 26, -80
	.cfi_offset 27, -84
	.loc 1 166 37
	sw	a1,84(sp)
	sw	a2,88(sp)
	sw	a3,92(sp)
	sw	a4,96(sp)
	sw	a6,104(sp)
	sw	a7,108(sp)
	mv	s0,a0
.LBB116:
	.loc 1 170 32
	lbu	a0,0(a0)
.LVL157:
.LBE116:
	.loc 1 168 3
	addi	a5,sp,84
	sw	a5,12(sp)
	.loc 1 169 3 is_stmt 1
.LVL158:
	.loc 1 170 3
.LBB152:
	.loc 1 170 8
	.loc 1 170 32
.LBE152:
	.loc 1 169 7 is_stmt 0
	li	s3,0
.LBB153:
	.loc 1 170 32
	beq	a0,zero,.L146
.LBB117:
	.loc 1 182 5
	lui	s5,%hi(.L157)
	.loc 1 171 8
	li	s4,37
	.loc 1 179 8
	li	s6,48
	.loc 1 180 22
	li	s8,9
	.loc 1 181 15
	li	s7,108
	.loc 1 182 5
	addi	s5,s5,%lo(.L157)
.LVL159:
.L176:
	.loc 1 171 5 is_stmt 1
	.loc 1 176 6 is_stmt 0
	addi	s1,s0,1
	.loc 1 171 8
	beq	a0,s4,.L147
	.loc 1 172 7 is_stmt 1 discriminator 1
	call	put
.LVL160:
	.loc 1 173 7 discriminator 1
.LBE117:
	.loc 1 170 32 is_stmt 0 discriminator 1
	lbu	a0,1(s0)
.LBB141:
	.loc 1 173 14 discriminator 1
	addi	s3,s3,1
.LVL161:
	.loc 1 174 7 is_stmt 1 discriminator 1
	mv	s0,s1
.LVL162:
.L148:
.LBE141:
	.loc 1 170 37 discriminator 2
	.loc 1 170 32 discriminator 2
	bne	a0,zero,.L176
.LVL163:
.L146:
.LBE153:
	.loc 1 205 3
	.loc 1 206 3
.LBB154:
.LBB155:
	.loc 1 141 3
	.loc 1 141 7 is_stmt 0
	lui	a5,%hi(used)
	lw	a2,%lo(used)(a5)
	.loc 1 141 6
	beq	a2,zero,.L177
	.loc 1 141 13 is_stmt 1
.LVL164:
.LBB156:
.LBB157:
	.loc 1 16 52
.LBB158:
.LBB159:
	.loc 1 8 3
	.loc 1 9 17 is_stmt 0
	lui	a1,%hi(.LANCHOR0)
	.loc 1 8 17
	li	a0,1
	.loc 1 9 3 is_stmt 1
	.loc 1 9 17 is_stmt 0
	addi	a1,a1,%lo(.LANCHOR0)
	.loc 1 10 3 is_stmt 1
	.loc 1 11 3
	.loc 1 11 17 is_stmt 0
	li	a7,64
	.loc 1 12 3 is_stmt 1
 #APP
# 12 "runtime/vmlab.c" 1
	ecall
# 0 "" 2
	.loc 1 13 3
.LVL165:
 #NO_APP
.L177:
.LBE159:
.LBE158:
.LBE157:
.LBE156:
	.loc 1 142 3
.LBE155:
.LBE154:
	.loc 1 208 1 is_stmt 0
	lw	ra,76(sp)
	.cfi_remember_state
	.cfi_restore 1
	lw	s0,72(sp)
	.cfi_restore 8
.LBB161:
.LBB160:
	.loc 1 142 8
	sw	zero,%lo(used)(a5)
.LBE160:
.LBE161:
	.loc 1 207 3 is_stmt 1
	.loc 1 208 1 is_stmt 0
	lw	s1,68(sp)
	.cfi_restore 9
	lw	s2,64(sp)
	.cfi_restore 18
	lw	s4,56(sp)
	.cfi_restore 20
	lw	s5,52(sp)
	.cfi_restore 21
	lw	s6,48(sp)
	.cfi_restore 22
	lw	s7,44(sp)
	.cfi_restore 23
	lw	s8,40(sp)
	.cfi_restore 24
	lw	s9,36(sp)
	.cfi_restore 25
	lw	s10,32(sp)
	.cfi_restore 26
	lw	s11,28(sp)
	.cfi_restore 27
	mv	a0,s3
	lw	s3,60(sp)
	.cfi_restore 19
	addi	sp,sp,112
	.cfi_def_cfa_offset 0
	jr	ra
.LVL166:
.L147:
	.cfi_restore_state
.LBB162:
.LBB142:
	.loc 1 176 5 is_stmt 1
	.loc 1 177 5
	.loc 1 178 5
	.loc 1 179 5
	.loc 1 179 9 is_stmt 0
	lbu	a0,1(s0)
	.loc 1 177 10
	li	a5,32
	.loc 1 179 8
	bne	a0,s6,.L149
	.loc 1 179 20 is_stmt 1 discriminator 1
.LVL167:
	.loc 1 180 12 is_stmt 0 discriminator 1
	lbu	a0,2(s0)
	.loc 1 179 32 discriminator 1
	addi	s1,s0,2
.LVL168:
	.loc 1 179 24 discriminator 1
	li	a5,48
.LVL169:
.L149:
	.loc 1 180 22 is_stmt 1 discriminator 1
	addi	a4,a0,-48
	andi	a3,a4,0xff
	li	s2,0
	bgtu	a3,s8,.L151
.LVL170:
.L150:
	.loc 1 180 36 discriminator 2
	.loc 1 180 12 is_stmt 0 discriminator 2
	lbu	a0,1(s1)
	.loc 1 180 50 discriminator 2
	slli	a3,s2,2
	add	a3,a3,s2
	slli	a3,a3,1
	.loc 1 180 42 discriminator 2
	add	s2,a4,a3
.LVL171:
	.loc 1 180 22 discriminator 2
	addi	a4,a0,-48
	andi	a3,a4,0xff
	.loc 1 180 60 discriminator 2
	addi	s1,s1,1
.LVL172:
	.loc 1 180 22 is_stmt 1 discriminator 2
	bleu	a3,s8,.L150
.LVL173:
.L151:
	.loc 1 181 15
	bne	a0,s7,.L152
	mv	s0,s1
.LVL174:
.L153:
	.loc 1 181 23 discriminator 2
	.loc 1 181 12 is_stmt 0 discriminator 2
	lbu	a0,1(s0)
	mv	a4,s0
	.loc 1 181 33 discriminator 2
	addi	s0,s0,1
.LVL175:
	.loc 1 181 15 is_stmt 1 discriminator 2
	beq	a0,s7,.L153
	.loc 1 182 5
	beq	a0,s4,.L154
	addi	a3,a0,-99
	andi	a3,a3,0xff
	li	a2,21
	bgtu	a3,a2,.L148
	slli	a3,a3,2
	add	a3,a3,s5
	lw	a3,0(a3)
	.loc 1 181 28 is_stmt 0
	sub	a4,a4,s1
	addi	a4,a4,1
	.loc 1 182 5
	jr	a3
	.section	.rodata
	.align	2
	.align	2
.L157:
	.word	.L160
	.word	.L159
	.word	.L148
	.word	.L148
	.word	.L148
	.word	.L148
	.word	.L159
	.word	.L148
	.word	.L148
	.word	.L148
	.word	.L148
	.word	.L148
	.word	.L148
	.word	.L148
	.word	.L148
	.word	.L148
	.word	.L183
	.word	.L148
	.word	.L156
	.word	.L148
	.word	.L148
	.word	.L156
	.text
.L156:
.LBB118:
	.loc 1 189 9 is_stmt 1
	.loc 1 189 76 is_stmt 0
	li	a2,1
.LBE118:
.LBB119:
	.loc 1 184 60
	lw	a3,12(sp)
.LBE119:
.LBB120:
	.loc 1 189 76
	beq	a4,a2,.L166
	addi	a4,a3,7
	andi	a4,a4,-8
	lw	a6,0(a4)
	lw	a1,4(a4)
	addi	a3,a4,8
	sw	a3,12(sp)
.LVL176:
.L167:
	.loc 1 190 9 is_stmt 1 discriminator 4
	.loc 1 190 20 is_stmt 0 discriminator 4
	li	a4,117
	li	a3,16
	bne	a0,a4,.L168
	.loc 1 190 20
	li	a3,10
.L168:
	.loc 1 190 20 discriminator 4
	mv	a4,s2
	li	a2,0
	mv	a0,a6
.LVL177:
.L203:
	call	number
.LVL178:
	mv	a5,a0
.LBE120:
.LBE142:
	.loc 1 170 32 discriminator 4
	lbu	a0,1(s0)
.LBB143:
.LBB121:
	.loc 1 190 17 discriminator 4
	add	s3,s3,a5
.LVL179:
	.loc 1 191 9 is_stmt 1 discriminator 4
.LBE121:
.LBE143:
	.loc 1 170 37 is_stmt 0 discriminator 4
	addi	s0,s0,1
	.loc 1 170 37 is_stmt 1 discriminator 4
	.loc 1 170 32 discriminator 4
	bne	a0,zero,.L176
	j	.L146
.LVL180:
.L159:
.LBB144:
.LBB122:
	.loc 1 184 9
	.loc 1 184 58 is_stmt 0
	li	a3,1
	beq	a4,a3,.L161
	lw	a4,12(sp)
	addi	a4,a4,7
	andi	a4,a4,-8
	lw	a0,0(a4)
	lw	a2,4(a4)
	addi	a3,a4,8
	sw	a3,12(sp)
.LVL181:
.L162:
	.loc 1 185 9 is_stmt 1 discriminator 4
	.loc 1 185 36 is_stmt 0 discriminator 4
	mv	a1,a2
	.loc 1 185 20 discriminator 4
	bge	a2,zero,.L163
	snez	a4,a0
	neg	a1,a2
	sub	a1,a1,a4
	neg	a0,a0
.LVL182:
.L163:
	mv	a4,s2
	li	a3,10
	srli	a2,a2,31
	j	.L203
.LVL183:
.L189:
.LBE122:
	.loc 1 182 5
	mv	s0,s1
.LVL184:
.L160:
	.loc 1 193 17 is_stmt 1
	.loc 1 193 27 is_stmt 0
	lw	a5,12(sp)
.LVL185:
.LBE144:
	.loc 1 170 37
	addi	s0,s0,1
.LBB145:
	.loc 1 193 52
	addi	s3,s3,1
.LVL186:
	.loc 1 193 17
	lbu	a0,0(a5)
	.loc 1 193 27
	addi	a5,a5,4
	sw	a5,12(sp)
	.loc 1 193 17
	call	put
.LVL187:
	.loc 1 193 45 is_stmt 1
	.loc 1 193 56
.LBE145:
	.loc 1 170 32 is_stmt 0
	lbu	a0,0(s0)
	.loc 1 170 37 is_stmt 1
	.loc 1 170 32
	bne	a0,zero,.L176
	j	.L146
.LVL188:
.L186:
.LBB146:
	.loc 1 182 5 is_stmt 0
	mv	s0,s1
.LVL189:
.L154:
	.loc 1 201 17 is_stmt 1
	li	a0,37
	call	put
.LVL190:
	.loc 1 201 27
.LBE146:
	.loc 1 170 32 is_stmt 0
	lbu	a0,1(s0)
.LBB147:
	.loc 1 201 34
	addi	s3,s3,1
.LVL191:
	.loc 1 201 38 is_stmt 1
.LBE147:
	.loc 1 170 37 is_stmt 0
	addi	s0,s0,1
	.loc 1 170 37 is_stmt 1
	.loc 1 170 32
	bne	a0,zero,.L176
	j	.L146
.LVL192:
.L183:
.LBB148:
	.loc 1 181 33 is_stmt 0
	mv	s1,s0
.LVL193:
.L158:
.LBB123:
	.loc 1 195 9 is_stmt 1
	.loc 1 195 21 is_stmt 0
	lw	a5,12(sp)
.LVL194:
.LBE123:
.LBE148:
	.loc 1 170 37
	addi	s0,s1,1
.LBB149:
.LBB135:
	.loc 1 195 21
	lw	s9,0(a5)
	.loc 1 196 9 is_stmt 1
.LBB124:
.LBB125:
	.loc 1 36 3
.LVL195:
	.loc 1 37 3
	.loc 1 37 10
.LBE125:
.LBE124:
	.loc 1 195 21 is_stmt 0
	addi	a5,a5,4
	sw	a5,12(sp)
.LBB128:
.LBB126:
	.loc 1 37 11
	lbu	a0,0(s9)
	.loc 1 37 10
	beq	a0,zero,.L169
	.loc 1 36 10
	li	a5,0
.LVL196:
.L170:
	.loc 1 37 16 is_stmt 1
	.loc 1 37 17 is_stmt 0
	addi	a5,a5,1
.LVL197:
	.loc 1 37 10 is_stmt 1
	.loc 1 37 11 is_stmt 0
	add	a4,s9,a5
	.loc 1 37 10
	lbu	a4,0(a4)
	bne	a4,zero,.L170
	.loc 1 38 3 is_stmt 1
.LVL198:
.LBE126:
.LBE128:
	.loc 1 196 13 is_stmt 0
	mv	s10,a5
.LVL199:
	.loc 1 197 9 is_stmt 1
.LBB129:
	.loc 1 197 14
	.loc 1 197 29
	bge	a5,s2,.L171
.LVL200:
.L178:
.LBE129:
	.loc 1 196 13 is_stmt 0
	mv	s11,s10
.LVL201:
.L172:
.LBB130:
	.loc 1 197 43 is_stmt 1 discriminator 3
	.loc 1 197 39 is_stmt 0 discriminator 3
	addi	s11,s11,1
.LVL202:
	.loc 1 197 43 discriminator 3
	li	a0,32
	call	put
.LVL203:
	.loc 1 197 39 is_stmt 1 discriminator 3
	.loc 1 197 29 discriminator 3
	blt	s11,s2,.L172
	addi	s3,s3,1
	.loc 1 197 60 is_stmt 0
	li	a5,0
	bge	s10,s2,.L174
	addi	a5,s2,-1
	sub	a5,a5,s10
.L174:
.LBE130:
	.loc 1 198 16
	lbu	a0,0(s9)
.LVL204:
.LBB131:
	.loc 1 197 60
	add	s3,a5,s3
.LVL205:
.LBE131:
	.loc 1 198 16 is_stmt 1
	beq	a0,zero,.L204
.LVL206:
.L171:
	.loc 1 196 13 is_stmt 0 discriminator 2
	mv	s2,s9
.L175:
.LVL207:
	.loc 1 198 20 is_stmt 1 discriminator 2
	.loc 1 198 26 is_stmt 0 discriminator 2
	addi	s2,s2,1
.LVL208:
	.loc 1 198 20 discriminator 2
	call	put
.LVL209:
	.loc 1 198 16 is_stmt 1 discriminator 2
	lbu	a0,0(s2)
	bne	a0,zero,.L175
.LBE135:
.LBE149:
	.loc 1 170 32 is_stmt 0
	lbu	a0,1(s1)
	sub	s2,s2,s9
.LVL210:
	add	s3,s2,s3
.LVL211:
	.loc 1 170 37 is_stmt 1
	.loc 1 170 32
	bne	a0,zero,.L176
	j	.L146
.LVL212:
.L165:
.LBB150:
.LBB136:
	.loc 1 189 9
.LBE136:
.LBB137:
	.loc 1 184 60 is_stmt 0
	lw	a3,12(sp)
	mv	s0,s1
.LVL213:
.L166:
.LBE137:
.LBB138:
	.loc 1 189 76
	lw	a6,0(a3)
	.loc 1 189 78
	addi	a3,a3,4
	sw	a3,12(sp)
	.loc 1 189 76
	li	a1,0
	j	.L167
.LVL214:
.L190:
.LBE138:
	.loc 1 182 5
	mv	s0,s1
.LVL215:
.L161:
.LBB139:
	.loc 1 184 60
	lw	a4,12(sp)
	.loc 1 184 58
	lw	a0,0(a4)
	.loc 1 184 60
	addi	a4,a4,4
	sw	a4,12(sp)
	.loc 1 184 58
	srai	a2,a0,31
	j	.L162
.LVL216:
.L152:
.LBE139:
	.loc 1 182 5 is_stmt 1
	li	a4,37
	beq	a0,a4,.L186
	addi	a4,a0,-99
	andi	a4,a4,0xff
	li	a3,21
	bgtu	a4,a3,.L188
	lui	a3,%hi(.L179)
	slli	a4,a4,2
	addi	a3,a3,%lo(.L179)
	add	a4,a4,a3
	lw	a4,0(a4)
	jr	a4
	.section	.rodata
	.align	2
	.align	2
.L179:
	.word	.L189
	.word	.L190
	.word	.L188
	.word	.L188
	.word	.L188
	.word	.L188
	.word	.L190
	.word	.L188
	.word	.L188
	.word	.L188
	.word	.L188
	.word	.L188
	.word	.L188
	.word	.L188
	.word	.L188
	.word	.L188
	.word	.L158
	.word	.L188
	.word	.L165
	.word	.L188
	.word	.L188
	.word	.L165
	.text
.L188:
	mv	s0,s1
	.loc 1 202 16
	.loc 1 202 21
.LVL217:
.LBE150:
	.loc 1 170 37
	.loc 1 170 32
	bne	a0,zero,.L176
	j	.L146
.LVL218:
.L169:
.LBB151:
.LBB140:
.LBB132:
.LBB127:
	.loc 1 38 3
.LBE127:
.LBE132:
	.loc 1 197 9
.LBB133:
	.loc 1 197 14
	.loc 1 197 29
.LBE133:
	.loc 1 196 13 is_stmt 0
	li	s10,0
.LBB134:
	.loc 1 197 29
	bne	s2,zero,.L178
.LVL219:
.L204:
.LBE134:
.LBE140:
.LBE151:
	.loc 1 170 32
	lbu	a0,1(s1)
	.loc 1 170 37 is_stmt 1
	.loc 1 170 32
	bne	a0,zero,.L176
	j	.L146
.LBE162:
	.cfi_endproc
.LFE20:
	.size	printf, .-printf
	.section	.rodata.str1.4
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
.LVL220:
	.loc 1 211 3
	.loc 1 210 25 is_stmt 0
	mv	a1,a0
	.loc 1 211 11
	lui	a0,%hi(.LC1)
.LVL221:
	addi	a0,a0,%lo(.LC1)
	tail	printf
.LVL222:
	.cfi_endproc
.LFE21:
	.size	puts, .-puts
	.bss
	.align	2
	.set	.LANCHOR0,. + 0
	.type	out, @object
	.size	out, 256
out:
	.zero	256
	.section	.sbss,"aw",@nobits
	.align	2
	.type	brk.0, @object
	.size	brk.0, 4
brk.0:
	.zero	4
	.type	used, @object
	.size	used, 4
used:
	.zero	4
	.text
.Letext0:
	.file 2 "/usr/lib/gcc/riscv64-unknown-elf/12.2.0/include/stdarg.h"
	.file 3 "runtime/vmlab.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0xcf6
	.2byte	0x5
	.byte	0x1
	.byte	0x4
	.4byte	.Ldebug_abbrev0
	.byte	0x22
	.4byte	.LASF43
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.Ltext0
	.4byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.byte	0xd
	.byte	0x8
	.byte	0x7
	.4byte	.LASF2
	.byte	0xd
	.byte	0x4
	.byte	0x7
	.4byte	.LASF3
	.byte	0x10
	.4byte	.LASF4
	.byte	0x2
	.byte	0x28
	.byte	0x1b
	.4byte	0x40
	.byte	0x23
	.byte	0x4
	.4byte	.LASF44
	.byte	0x10
	.4byte	.LASF5
	.byte	0x2
	.byte	0x63
	.byte	0x18
	.4byte	0x34
	.byte	0x10
	.4byte	.LASF6
	.byte	0x3
	.byte	0x7
	.byte	0x16
	.4byte	0x2d
	.byte	0x10
	.4byte	.LASF7
	.byte	0x3
	.byte	0x8
	.byte	0xd
	.4byte	0x6a
	.byte	0x24
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x25
	.byte	0x8
	.byte	0x1
	.byte	0x3e
	.byte	0x3
	.4byte	0x8f
	.byte	0x18
	.string	"lo"
	.byte	0x15
	.4byte	0x2d
	.byte	0
	.byte	0x18
	.string	"hi"
	.byte	0x19
	.4byte	0x2d
	.byte	0x4
	.byte	0
	.byte	0x26
	.byte	0x8
	.byte	0x1
	.byte	0x3c
	.byte	0x9
	.4byte	0xad
	.byte	0x19
	.string	"all"
	.byte	0x3d
	.byte	0x16
	.4byte	0x26
	.byte	0x19
	.string	"s"
	.byte	0x3e
	.byte	0x1f
	.4byte	0x71
	.byte	0
	.byte	0x10
	.4byte	.LASF8
	.byte	0x1
	.byte	0x3f
	.byte	0x3
	.4byte	0x8f
	.byte	0x1a
	.4byte	0xc9
	.4byte	0xc9
	.byte	0x1b
	.4byte	0x2d
	.byte	0xff
	.byte	0
	.byte	0xd
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0x1c
	.4byte	0xc9
	.byte	0x13
	.string	"out"
	.byte	0x89
	.byte	0xd
	.4byte	0xb9
	.byte	0x5
	.byte	0x3
	.4byte	out
	.byte	0x1d
	.4byte	.LASF10
	.byte	0x8a
	.byte	0xc
	.4byte	0x6a
	.byte	0x5
	.byte	0x3
	.4byte	used
	.byte	0x7
	.4byte	.LASF11
	.byte	0xd2
	.byte	0x5
	.4byte	0x6a
	.4byte	.LFB21
	.4byte	.LFE21-.LFB21
	.byte	0x1
	.byte	0x9c
	.4byte	0x141
	.byte	0x3
	.string	"s"
	.byte	0xd2
	.byte	0x16
	.4byte	0x141
	.4byte	.LLST129
	.byte	0x4
	.string	"n"
	.byte	0xd3
	.byte	0x7
	.4byte	0x6a
	.byte	0x27
	.4byte	.LVL222
	.4byte	0x146
	.byte	0xa
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x3
	.4byte	.LC1
	.byte	0xa
	.byte	0x1
	.byte	0x5b
	.byte	0x3
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0
	.byte	0
	.byte	0xe
	.4byte	0xd0
	.byte	0x7
	.4byte	.LASF12
	.byte	0xa6
	.byte	0x5
	.4byte	0x6a
	.4byte	.LFB20
	.4byte	.LFE20-.LFB20
	.byte	0x1
	.byte	0x9c
	.4byte	0x33a
	.byte	0xf
	.4byte	.LASF13
	.byte	0xa6
	.byte	0x18
	.4byte	0x141
	.4byte	.LLST102
	.byte	0x28
	.byte	0x13
	.string	"ap"
	.byte	0xa7
	.byte	0xb
	.4byte	0x46
	.byte	0x3
	.byte	0x91
	.byte	0x9c,0x7f
	.byte	0x14
	.4byte	.LASF14
	.byte	0xa9
	.byte	0x7
	.4byte	0x6a
	.4byte	.LLST103
	.byte	0xb
	.4byte	.LLRL104
	.4byte	0x2ae
	.byte	0x5
	.string	"p"
	.byte	0xaa
	.byte	0x14
	.4byte	0x141
	.4byte	.LLST105
	.byte	0x16
	.4byte	.LLRL106
	.byte	0x5
	.string	"pad"
	.byte	0xb1
	.byte	0xa
	.4byte	0xc9
	.4byte	.LLST107
	.byte	0x14
	.4byte	.LASF15
	.byte	0xb2
	.byte	0x9
	.4byte	0x6a
	.4byte	.LLST108
	.byte	0x14
	.4byte	.LASF16
	.byte	0xb2
	.byte	0x14
	.4byte	0x6a
	.4byte	.LLST109
	.byte	0xb
	.4byte	.LLRL112
	.4byte	0x1eb
	.byte	0x5
	.string	"v"
	.byte	0xb8
	.byte	0x13
	.4byte	0x33a
	.4byte	.LLST113
	.byte	0
	.byte	0xb
	.4byte	.LLRL110
	.4byte	0x20b
	.byte	0x5
	.string	"v"
	.byte	0xbd
	.byte	0x1c
	.4byte	0x26
	.4byte	.LLST111
	.byte	0x11
	.4byte	.LVL178
	.4byte	0x341
	.byte	0
	.byte	0xb
	.4byte	.LLRL114
	.4byte	0x28a
	.byte	0x5
	.string	"s"
	.byte	0xc3
	.byte	0x15
	.4byte	0x141
	.4byte	.LLST115
	.byte	0x5
	.string	"len"
	.byte	0xc4
	.byte	0xd
	.4byte	0x6a
	.4byte	.LLST116
	.byte	0xb
	.4byte	.LLRL119
	.4byte	0x257
	.byte	0x5
	.string	"i"
	.byte	0xc5
	.byte	0x12
	.4byte	0x6a
	.4byte	.LLST120
	.byte	0x15
	.4byte	.LVL203
	.4byte	0x49e
	.byte	0xa
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x8
	.byte	0x20
	.byte	0
	.byte	0
	.byte	0x29
	.4byte	0x9a1
	.4byte	.LBB124
	.4byte	.LLRL117
	.byte	0x1
	.byte	0xc4
	.byte	0x18
	.4byte	0x280
	.byte	0x2a
	.4byte	0x9b0
	.byte	0x16
	.4byte	.LLRL117
	.byte	0x6
	.4byte	0x9b9
	.4byte	.LLST118
	.byte	0
	.byte	0
	.byte	0x11
	.4byte	.LVL209
	.4byte	0x49e
	.byte	0
	.byte	0x11
	.4byte	.LVL160
	.4byte	0x49e
	.byte	0x11
	.4byte	.LVL187
	.4byte	0x49e
	.byte	0x15
	.4byte	.LVL190
	.4byte	0x49e
	.byte	0xa
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x84
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x17
	.4byte	0x54d
	.4byte	.LBB154
	.4byte	.LLRL121
	.byte	0xce
	.byte	0x3
	.byte	0x8
	.4byte	0xbcb
	.4byte	.LBB156
	.4byte	.LBE156-.LBB156
	.byte	0x8d
	.byte	0xd
	.byte	0x1
	.4byte	0xbef
	.4byte	.LLST122
	.byte	0x1
	.4byte	0xbe4
	.4byte	.LLST123
	.byte	0x1
	.4byte	0xbda
	.4byte	.LLST124
	.byte	0x8
	.4byte	0xbf9
	.4byte	.LBB158
	.4byte	.LBE158-.LBB158
	.byte	0x10
	.byte	0x3b
	.byte	0x1
	.4byte	0xc23
	.4byte	.LLST122
	.byte	0x1
	.4byte	0xc1a
	.4byte	.LLST126
	.byte	0x1
	.4byte	0xc11
	.4byte	.LLST124
	.byte	0x1
	.4byte	0xc08
	.4byte	.LLST128
	.byte	0x2
	.4byte	0xc2c
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.4byte	0xc36
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.4byte	0xc40
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.4byte	0xc4a
	.byte	0x1
	.byte	0x61
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0xd
	.byte	0x8
	.byte	0x5
	.4byte	.LASF17
	.byte	0x2b
	.4byte	.LASF45
	.byte	0x1
	.byte	0x96
	.byte	0xc
	.4byte	0x6a
	.4byte	.LFB19
	.4byte	.LFE19-.LFB19
	.byte	0x1
	.byte	0x9c
	.4byte	0x48e
	.byte	0x3
	.string	"v"
	.byte	0x96
	.byte	0x26
	.4byte	0x26
	.4byte	.LLST9
	.byte	0xf
	.4byte	.LASF18
	.byte	0x96
	.byte	0x2d
	.4byte	0x6a
	.4byte	.LLST10
	.byte	0xf
	.4byte	.LASF19
	.byte	0x96
	.byte	0x40
	.4byte	0x2d
	.4byte	.LLST11
	.byte	0xf
	.4byte	.LASF15
	.byte	0x96
	.byte	0x4a
	.4byte	0x6a
	.4byte	.LLST12
	.byte	0x3
	.string	"pad"
	.byte	0x96
	.byte	0x56
	.4byte	0xc9
	.4byte	.LLST13
	.byte	0x1d
	.4byte	.LASF20
	.byte	0x97
	.byte	0x8
	.4byte	0x48e
	.byte	0x2
	.byte	0x91
	.byte	0x48
	.byte	0x5
	.string	"n"
	.byte	0x98
	.byte	0x7
	.4byte	0x6a
	.4byte	.LLST14
	.byte	0x5
	.string	"len"
	.byte	0x9e
	.byte	0x7
	.4byte	0x6a
	.4byte	.LLST15
	.byte	0xb
	.4byte	.LLRL16
	.4byte	0x439
	.byte	0x4
	.string	"rem"
	.byte	0x9a
	.byte	0x18
	.4byte	0x26
	.byte	0x17
	.4byte	0x787
	.4byte	.LBB50
	.4byte	.LLRL17
	.byte	0x9b
	.byte	0x9
	.byte	0x1
	.4byte	0x7a8
	.4byte	.LLST18
	.byte	0x1
	.4byte	0x79f
	.4byte	.LLST19
	.byte	0x1
	.4byte	0x796
	.4byte	.LLST20
	.byte	0x16
	.4byte	.LLRL17
	.byte	0x6
	.4byte	0x7b3
	.4byte	.LLST21
	.byte	0x6
	.4byte	0x7bc
	.4byte	.LLST22
	.byte	0x12
	.4byte	0x7c5
	.4byte	.LLRL23
	.byte	0x6
	.4byte	0x7c6
	.4byte	.LLST24
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0xb
	.4byte	.LLRL25
	.4byte	0x460
	.byte	0x5
	.string	"i"
	.byte	0xa0
	.byte	0xc
	.4byte	0x6a
	.4byte	.LLST26
	.byte	0x15
	.4byte	.LVL29
	.4byte	0x49e
	.byte	0xa
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0
	.byte	0
	.byte	0x2c
	.4byte	.LVL31
	.4byte	0x49e
	.4byte	0x474
	.byte	0xa
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x8
	.byte	0x2d
	.byte	0
	.byte	0x11
	.4byte	.LVL33
	.4byte	0x49e
	.byte	0x15
	.4byte	.LVL43
	.4byte	0x49e
	.byte	0xa
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x8
	.byte	0x2d
	.byte	0
	.byte	0
	.byte	0x1a
	.4byte	0xc9
	.4byte	0x49e
	.byte	0x1b
	.4byte	0x2d
	.byte	0x17
	.byte	0
	.byte	0x2d
	.string	"put"
	.byte	0x1
	.byte	0x91
	.byte	0xd
	.4byte	.LFB18
	.4byte	.LFE18-.LFB18
	.byte	0x1
	.byte	0x9c
	.4byte	0x54d
	.byte	0x3
	.string	"c"
	.byte	0x91
	.byte	0x16
	.4byte	0xc9
	.4byte	.LLST0
	.byte	0x17
	.4byte	0x54d
	.4byte	.LBB41
	.4byte	.LLRL1
	.byte	0x92
	.byte	0x1b
	.byte	0x8
	.4byte	0xbcb
	.4byte	.LBB43
	.4byte	.LBE43-.LBB43
	.byte	0x8d
	.byte	0xd
	.byte	0x1
	.4byte	0xbef
	.4byte	.LLST2
	.byte	0x1
	.4byte	0xbe4
	.4byte	.LLST3
	.byte	0x1
	.4byte	0xbda
	.4byte	.LLST4
	.byte	0x8
	.4byte	0xbf9
	.4byte	.LBB45
	.4byte	.LBE45-.LBB45
	.byte	0x10
	.byte	0x3b
	.byte	0x1
	.4byte	0xc23
	.4byte	.LLST5
	.byte	0x1
	.4byte	0xc1a
	.4byte	.LLST6
	.byte	0x1
	.4byte	0xc11
	.4byte	.LLST7
	.byte	0x1
	.4byte	0xc08
	.4byte	.LLST8
	.byte	0x2
	.4byte	0xc2c
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.4byte	0xc36
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.4byte	0xc40
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.4byte	0xc4a
	.byte	0x1
	.byte	0x61
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x2e
	.4byte	.LASF46
	.byte	0x1
	.byte	0x8c
	.byte	0xd
	.byte	0x1
	.byte	0x7
	.4byte	.LASF21
	.byte	0x83
	.byte	0xb
	.4byte	0x33a
	.4byte	.LFB16
	.4byte	.LFE16-.LFB16
	.byte	0x1
	.byte	0x9c
	.4byte	0x5e3
	.byte	0x3
	.string	"n"
	.byte	0x83
	.byte	0x1e
	.4byte	0x33a
	.4byte	.LLST93
	.byte	0x3
	.string	"d"
	.byte	0x83
	.byte	0x2b
	.4byte	0x33a
	.4byte	.LLST94
	.byte	0x5
	.string	"r"
	.byte	0x84
	.byte	0x16
	.4byte	0x26
	.4byte	.LLST95
	.byte	0x8
	.4byte	0x787
	.4byte	.LBB98
	.4byte	.LBE98-.LBB98
	.byte	0x85
	.byte	0x3
	.byte	0x1
	.4byte	0x7a8
	.4byte	.LLST96
	.byte	0x1
	.4byte	0x79f
	.4byte	.LLST97
	.byte	0x1
	.4byte	0x796
	.4byte	.LLST98
	.byte	0x1e
	.4byte	0x7b3
	.byte	0x6
	.4byte	0x7bc
	.4byte	.LLST99
	.byte	0x12
	.4byte	0x7c5
	.4byte	.LLRL100
	.byte	0x6
	.4byte	0x7c6
	.4byte	.LLST101
	.byte	0
	.byte	0
	.byte	0
	.byte	0x7
	.4byte	.LASF22
	.byte	0x7e
	.byte	0xb
	.4byte	0x33a
	.4byte	.LFB15
	.4byte	.LFE15-.LFB15
	.byte	0x1
	.byte	0x9c
	.4byte	0x674
	.byte	0x3
	.string	"n"
	.byte	0x7e
	.byte	0x1e
	.4byte	0x33a
	.4byte	.LLST83
	.byte	0x3
	.string	"d"
	.byte	0x7e
	.byte	0x2b
	.4byte	0x33a
	.4byte	.LLST84
	.byte	0x5
	.string	"q"
	.byte	0x7f
	.byte	0x16
	.4byte	0x26
	.4byte	.LLST85
	.byte	0x8
	.4byte	0x787
	.4byte	.LBB90
	.4byte	.LBE90-.LBB90
	.byte	0x7f
	.byte	0x1a
	.byte	0x1
	.4byte	0x7a8
	.4byte	.LLST86
	.byte	0x1
	.4byte	0x79f
	.4byte	.LLST87
	.byte	0x1
	.4byte	0x796
	.4byte	.LLST88
	.byte	0x6
	.4byte	0x7b3
	.4byte	.LLST89
	.byte	0x6
	.4byte	0x7bc
	.4byte	.LLST90
	.byte	0x12
	.4byte	0x7c5
	.4byte	.LLRL91
	.byte	0x6
	.4byte	0x7c6
	.4byte	.LLST92
	.byte	0
	.byte	0
	.byte	0
	.byte	0x7
	.4byte	.LASF23
	.byte	0x78
	.byte	0x14
	.4byte	0x26
	.4byte	.LFB14
	.4byte	.LFE14-.LFB14
	.byte	0x1
	.byte	0x9c
	.4byte	0x700
	.byte	0x3
	.string	"n"
	.byte	0x78
	.byte	0x31
	.4byte	0x26
	.4byte	.LLST76
	.byte	0xc
	.string	"d"
	.byte	0x78
	.byte	0x47
	.4byte	0x26
	.byte	0x6
	.byte	0x5c
	.byte	0x93
	.byte	0x4
	.byte	0x5d
	.byte	0x93
	.byte	0x4
	.byte	0x4
	.string	"r"
	.byte	0x79
	.byte	0x16
	.4byte	0x26
	.byte	0x8
	.4byte	0x787
	.4byte	.LBB86
	.4byte	.LBE86-.LBB86
	.byte	0x7a
	.byte	0x3
	.byte	0x1
	.4byte	0x7a8
	.4byte	.LLST77
	.byte	0x1
	.4byte	0x79f
	.4byte	.LLST78
	.byte	0x1
	.4byte	0x796
	.4byte	.LLST79
	.byte	0x1e
	.4byte	0x7b3
	.byte	0x6
	.4byte	0x7bc
	.4byte	.LLST80
	.byte	0x12
	.4byte	0x7c5
	.4byte	.LLRL81
	.byte	0x6
	.4byte	0x7c6
	.4byte	.LLST82
	.byte	0
	.byte	0
	.byte	0
	.byte	0x7
	.4byte	.LASF24
	.byte	0x76
	.byte	0x14
	.4byte	0x26
	.4byte	.LFB13
	.4byte	.LFE13-.LFB13
	.byte	0x1
	.byte	0x9c
	.4byte	0x787
	.byte	0x3
	.string	"n"
	.byte	0x76
	.byte	0x31
	.4byte	0x26
	.4byte	.LLST68
	.byte	0xc
	.string	"d"
	.byte	0x76
	.byte	0x47
	.4byte	0x26
	.byte	0x6
	.byte	0x5c
	.byte	0x93
	.byte	0x4
	.byte	0x5d
	.byte	0x93
	.byte	0x4
	.byte	0x8
	.4byte	0x787
	.4byte	.LBB77
	.4byte	.LBE77-.LBB77
	.byte	0x76
	.byte	0x53
	.byte	0x1
	.4byte	0x7a8
	.4byte	.LLST69
	.byte	0x1
	.4byte	0x79f
	.4byte	.LLST70
	.byte	0x1
	.4byte	0x796
	.4byte	.LLST71
	.byte	0x6
	.4byte	0x7b3
	.4byte	.LLST72
	.byte	0x6
	.4byte	0x7bc
	.4byte	.LLST73
	.byte	0x12
	.4byte	0x7c5
	.4byte	.LLRL74
	.byte	0x6
	.4byte	0x7c6
	.4byte	.LLST75
	.byte	0
	.byte	0
	.byte	0
	.byte	0x1f
	.4byte	.LASF40
	.byte	0x69
	.byte	0x1b
	.4byte	0x26
	.4byte	0x7d1
	.byte	0x9
	.string	"n"
	.byte	0x69
	.byte	0x36
	.4byte	0x26
	.byte	0x9
	.string	"d"
	.byte	0x69
	.byte	0x4c
	.4byte	0x26
	.byte	0x9
	.string	"rem"
	.byte	0x69
	.byte	0x63
	.4byte	0x7d1
	.byte	0x4
	.string	"q"
	.byte	0x6a
	.byte	0x16
	.4byte	0x26
	.byte	0x4
	.string	"r"
	.byte	0x6a
	.byte	0x1d
	.4byte	0x26
	.byte	0x2f
	.byte	0x4
	.string	"i"
	.byte	0x6b
	.byte	0xc
	.4byte	0x6a
	.byte	0
	.byte	0
	.byte	0xe
	.4byte	0x26
	.byte	0x7
	.4byte	.LASF25
	.byte	0x5b
	.byte	0xb
	.4byte	0x33a
	.4byte	.LFB11
	.4byte	.LFE11-.LFB11
	.byte	0x1
	.byte	0x9c
	.4byte	0x81a
	.byte	0x3
	.string	"v"
	.byte	0x5b
	.byte	0x1f
	.4byte	0x33a
	.4byte	.LLST67
	.byte	0xc
	.string	"n"
	.byte	0x5b
	.byte	0x26
	.4byte	0x6a
	.byte	0x1
	.byte	0x5c
	.byte	0x4
	.string	"x"
	.byte	0x5c
	.byte	0xa
	.4byte	0xad
	.byte	0x4
	.string	"r"
	.byte	0x5c
	.byte	0x29
	.4byte	0xad
	.byte	0
	.byte	0x7
	.4byte	.LASF26
	.byte	0x4e
	.byte	0x14
	.4byte	0x26
	.4byte	.LFB10
	.4byte	.LFE10-.LFB10
	.byte	0x1
	.byte	0x9c
	.4byte	0x860
	.byte	0x3
	.string	"v"
	.byte	0x4e
	.byte	0x31
	.4byte	0x26
	.4byte	.LLST65
	.byte	0x3
	.string	"n"
	.byte	0x4e
	.byte	0x38
	.4byte	0x6a
	.4byte	.LLST66
	.byte	0x4
	.string	"x"
	.byte	0x4f
	.byte	0xa
	.4byte	0xad
	.byte	0x4
	.string	"r"
	.byte	0x4f
	.byte	0x15
	.4byte	0xad
	.byte	0
	.byte	0x7
	.4byte	.LASF27
	.byte	0x41
	.byte	0x14
	.4byte	0x26
	.4byte	.LFB9
	.4byte	.LFE9-.LFB9
	.byte	0x1
	.byte	0x9c
	.4byte	0x8a6
	.byte	0x3
	.string	"v"
	.byte	0x41
	.byte	0x31
	.4byte	0x26
	.4byte	.LLST63
	.byte	0x3
	.string	"n"
	.byte	0x41
	.byte	0x38
	.4byte	0x6a
	.4byte	.LLST64
	.byte	0x4
	.string	"x"
	.byte	0x42
	.byte	0xa
	.4byte	0xad
	.byte	0x4
	.string	"r"
	.byte	0x42
	.byte	0x15
	.4byte	0xad
	.byte	0
	.byte	0x7
	.4byte	.LASF28
	.byte	0x36
	.byte	0x5
	.4byte	0x6a
	.4byte	.LFB8
	.4byte	.LFE8-.LFB8
	.byte	0x1
	.byte	0x9c
	.4byte	0x8da
	.byte	0x3
	.string	"a"
	.byte	0x36
	.byte	0x18
	.4byte	0x141
	.4byte	.LLST61
	.byte	0x3
	.string	"b"
	.byte	0x36
	.byte	0x27
	.4byte	0x141
	.4byte	.LLST62
	.byte	0
	.byte	0x7
	.4byte	.LASF29
	.byte	0x2f
	.byte	0x7
	.4byte	0x935
	.4byte	.LFB7
	.4byte	.LFE7-.LFB7
	.byte	0x1
	.byte	0x9c
	.4byte	0x935
	.byte	0xc
	.string	"dst"
	.byte	0x2f
	.byte	0x14
	.4byte	0x935
	.byte	0x1
	.byte	0x5a
	.byte	0x3
	.string	"src"
	.byte	0x2f
	.byte	0x25
	.4byte	0x937
	.4byte	.LLST58
	.byte	0x3
	.string	"n"
	.byte	0x2f
	.byte	0x31
	.4byte	0x52
	.4byte	.LLST59
	.byte	0x5
	.string	"d"
	.byte	0x30
	.byte	0x12
	.4byte	0x93d
	.4byte	.LLST60
	.byte	0x13
	.string	"s"
	.byte	0x31
	.byte	0x18
	.4byte	0x94e
	.byte	0x1
	.byte	0x5b
	.byte	0
	.byte	0x30
	.byte	0x4
	.byte	0xe
	.4byte	0x93c
	.byte	0x31
	.byte	0xe
	.4byte	0x942
	.byte	0xd
	.byte	0x1
	.byte	0x8
	.4byte	.LASF30
	.byte	0x1c
	.4byte	0x942
	.byte	0xe
	.4byte	0x949
	.byte	0x7
	.4byte	.LASF31
	.byte	0x29
	.byte	0x7
	.4byte	0x935
	.4byte	.LFB6
	.4byte	.LFE6-.LFB6
	.byte	0x1
	.byte	0x9c
	.4byte	0x9a1
	.byte	0xc
	.string	"dst"
	.byte	0x29
	.byte	0x14
	.4byte	0x935
	.byte	0x1
	.byte	0x5a
	.byte	0x3
	.string	"c"
	.byte	0x29
	.byte	0x1d
	.4byte	0x6a
	.4byte	.LLST55
	.byte	0x3
	.string	"n"
	.byte	0x29
	.byte	0x27
	.4byte	0x52
	.4byte	.LLST56
	.byte	0x5
	.string	"d"
	.byte	0x2a
	.byte	0x12
	.4byte	0x93d
	.4byte	.LLST57
	.byte	0
	.byte	0x20
	.4byte	.LASF38
	.byte	0x23
	.byte	0x8
	.4byte	0x52
	.4byte	0x9c3
	.byte	0x9
	.string	"s"
	.byte	0x23
	.byte	0x1b
	.4byte	0x141
	.byte	0x4
	.string	"n"
	.byte	0x24
	.byte	0xa
	.4byte	0x52
	.byte	0
	.byte	0x7
	.4byte	.LASF32
	.byte	0x19
	.byte	0x7
	.4byte	0x935
	.4byte	.LFB4
	.4byte	.LFE4-.LFB4
	.byte	0x1
	.byte	0x9c
	.4byte	0xac0
	.byte	0xf
	.4byte	.LASF33
	.byte	0x19
	.byte	0x10
	.4byte	0x6a
	.4byte	.LLST42
	.byte	0x13
	.string	"brk"
	.byte	0x1a
	.byte	0x10
	.4byte	0xac0
	.byte	0x5
	.byte	0x3
	.4byte	brk.0
	.byte	0x5
	.string	"old"
	.byte	0x1c
	.byte	0x9
	.4byte	0xac0
	.4byte	.LLST43
	.byte	0x14
	.4byte	.LASF34
	.byte	0x1d
	.byte	0x9
	.4byte	0xac0
	.4byte	.LLST44
	.byte	0x32
	.4byte	0xbf9
	.4byte	.LBB73
	.4byte	.LBE73-.LBB73
	.byte	0x1
	.byte	0x1e
	.byte	0xf
	.4byte	0xa6f
	.byte	0x1
	.4byte	0xc23
	.4byte	.LLST45
	.byte	0x1
	.4byte	0xc1a
	.4byte	.LLST45
	.byte	0x1
	.4byte	0xc11
	.4byte	.LLST47
	.byte	0x1
	.4byte	0xc08
	.4byte	.LLST48
	.byte	0x2
	.4byte	0xc2c
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.4byte	0xc36
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.4byte	0xc40
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.4byte	0xc4a
	.byte	0x1
	.byte	0x61
	.byte	0
	.byte	0x8
	.4byte	0xbf9
	.4byte	.LBB75
	.4byte	.LBE75-.LBB75
	.byte	0x1b
	.byte	0x1b
	.byte	0x1
	.4byte	0xc23
	.4byte	.LLST49
	.byte	0x1
	.4byte	0xc1a
	.4byte	.LLST49
	.byte	0x1
	.4byte	0xc11
	.4byte	.LLST49
	.byte	0x1
	.4byte	0xc08
	.4byte	.LLST52
	.byte	0x2
	.4byte	0xc2c
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.4byte	0xc36
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.4byte	0xc40
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.4byte	0xc4a
	.byte	0x1
	.byte	0x61
	.byte	0
	.byte	0
	.byte	0xe
	.4byte	0xc9
	.byte	0x33
	.4byte	.LASF35
	.byte	0x1
	.byte	0x13
	.byte	0x6
	.4byte	.LFB3
	.4byte	.LFE3-.LFB3
	.byte	0x1
	.byte	0x9c
	.4byte	0xb3b
	.byte	0xf
	.4byte	.LASF36
	.byte	0x13
	.byte	0xf
	.4byte	0x6a
	.4byte	.LLST37
	.byte	0x8
	.4byte	0xbf9
	.4byte	.LBB71
	.4byte	.LBE71-.LBB71
	.byte	0x14
	.byte	0x3
	.byte	0x1
	.4byte	0xc23
	.4byte	.LLST38
	.byte	0x1
	.4byte	0xc1a
	.4byte	.LLST38
	.byte	0x1
	.4byte	0xc11
	.4byte	.LLST40
	.byte	0x1
	.4byte	0xc08
	.4byte	.LLST41
	.byte	0x2
	.4byte	0xc2c
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.4byte	0xc36
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.4byte	0xc40
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.4byte	0xc4a
	.byte	0x1
	.byte	0x61
	.byte	0
	.byte	0
	.byte	0x7
	.4byte	.LASF37
	.byte	0x11
	.byte	0x9
	.4byte	0x5e
	.4byte	.LFB2
	.4byte	.LFE2-.LFB2
	.byte	0x1
	.byte	0x9c
	.4byte	0xbcb
	.byte	0x3
	.string	"fd"
	.byte	0x11
	.byte	0x12
	.4byte	0x6a
	.4byte	.LLST32
	.byte	0xc
	.string	"buf"
	.byte	0x11
	.byte	0x1c
	.4byte	0x935
	.byte	0x1
	.byte	0x5b
	.byte	0xc
	.string	"n"
	.byte	0x11
	.byte	0x28
	.4byte	0x52
	.byte	0x1
	.byte	0x5c
	.byte	0x8
	.4byte	0xbf9
	.4byte	.LBB69
	.4byte	.LBE69-.LBB69
	.byte	0x11
	.byte	0x34
	.byte	0x1
	.4byte	0xc23
	.4byte	.LLST33
	.byte	0x1
	.4byte	0xc1a
	.4byte	.LLST34
	.byte	0x1
	.4byte	0xc11
	.4byte	.LLST35
	.byte	0x1
	.4byte	0xc08
	.4byte	.LLST36
	.byte	0x2
	.4byte	0xc2c
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.4byte	0xc36
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.4byte	0xc40
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.4byte	0xc4a
	.byte	0x1
	.byte	0x61
	.byte	0
	.byte	0
	.byte	0x20
	.4byte	.LASF39
	.byte	0x10
	.byte	0x9
	.4byte	0x5e
	.4byte	0xbf9
	.byte	0x9
	.string	"fd"
	.byte	0x10
	.byte	0x13
	.4byte	0x6a
	.byte	0x9
	.string	"buf"
	.byte	0x10
	.byte	0x23
	.4byte	0x937
	.byte	0x9
	.string	"n"
	.byte	0x10
	.byte	0x2f
	.4byte	0x52
	.byte	0
	.byte	0x1f
	.4byte	.LASF41
	.byte	0x7
	.byte	0xd
	.4byte	0xc55
	.4byte	0xc55
	.byte	0x9
	.string	"n"
	.byte	0x7
	.byte	0x1b
	.4byte	0xc55
	.byte	0x9
	.string	"a"
	.byte	0x7
	.byte	0x23
	.4byte	0xc55
	.byte	0x9
	.string	"b"
	.byte	0x7
	.byte	0x2b
	.4byte	0xc55
	.byte	0x9
	.string	"c"
	.byte	0x7
	.byte	0x33
	.4byte	0xc55
	.byte	0x4
	.string	"a0"
	.byte	0x8
	.byte	0x11
	.4byte	0xc55
	.byte	0x4
	.string	"a1"
	.byte	0x9
	.byte	0x11
	.4byte	0xc55
	.byte	0x4
	.string	"a2"
	.byte	0xa
	.byte	0x11
	.4byte	0xc55
	.byte	0x4
	.string	"a7"
	.byte	0xb
	.byte	0x11
	.4byte	0xc55
	.byte	0
	.byte	0xd
	.byte	0x4
	.byte	0x5
	.4byte	.LASF42
	.byte	0x34
	.4byte	0xbcb
	.4byte	.LFB1
	.4byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0xcd7
	.byte	0x1
	.4byte	0xbda
	.4byte	.LLST27
	.byte	0x21
	.4byte	0xbe4
	.byte	0x1
	.byte	0x5b
	.byte	0x21
	.4byte	0xbef
	.byte	0x1
	.byte	0x5c
	.byte	0x8
	.4byte	0xbf9
	.4byte	.LBB67
	.4byte	.LBE67-.LBB67
	.byte	0x10
	.byte	0x3b
	.byte	0x1
	.4byte	0xc23
	.4byte	.LLST28
	.byte	0x1
	.4byte	0xc1a
	.4byte	.LLST29
	.byte	0x1
	.4byte	0xc11
	.4byte	.LLST30
	.byte	0x1
	.4byte	0xc08
	.4byte	.LLST31
	.byte	0x2
	.4byte	0xc2c
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.4byte	0xc36
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.4byte	0xc40
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.4byte	0xc4a
	.byte	0x1
	.byte	0x61
	.byte	0
	.byte	0
	.byte	0x35
	.4byte	0x9a1
	.4byte	.LFB5
	.4byte	.LFE5-.LFB5
	.byte	0x1
	.byte	0x9c
	.byte	0x1
	.4byte	0x9b0
	.4byte	.LLST53
	.byte	0x6
	.4byte	0x9b9
	.4byte	.LLST54
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.byte	0x1
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x2
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x3
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
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x4
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
	.byte	0
	.byte	0
	.byte	0x5
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
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x6
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x7
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
	.byte	0x8
	.byte	0x1d
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x6
	.byte	0x58
	.byte	0x21
	.byte	0x1
	.byte	0x59
	.byte	0xb
	.byte	0x57
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x9
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
	.byte	0
	.byte	0
	.byte	0xa
	.byte	0x49
	.byte	0
	.byte	0x2
	.byte	0x18
	.byte	0x7e
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xc
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
	.byte	0xd
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
	.byte	0xe
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x4
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xf
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
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x10
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
	.byte	0x11
	.byte	0x48
	.byte	0
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x12
	.byte	0xb
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x13
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
	.byte	0x14
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
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x15
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x16
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x17
	.byte	0x1d
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x52
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x58
	.byte	0x21
	.byte	0x1
	.byte	0x59
	.byte	0xb
	.byte	0x57
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x18
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
	.byte	0x19
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
	.byte	0x1a
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1b
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x1c
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1d
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
	.byte	0x1e
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1f
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
	.byte	0x20
	.byte	0x21
	.byte	0x1
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x20
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
	.byte	0x20
	.byte	0x21
	.byte	0x1
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x21
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x22
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
	.byte	0x23
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x3
	.byte	0xe
	.byte	0
	.byte	0
	.byte	0x24
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
	.byte	0x25
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
	.byte	0x26
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
	.byte	0x27
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x82,0x1
	.byte	0x19
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x28
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0x29
	.byte	0x1d
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x52
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x58
	.byte	0xb
	.byte	0x59
	.byte	0xb
	.byte	0x57
	.byte	0xb
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x2a
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x2b
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
	.byte	0x7a
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x2c
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x2d
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
	.byte	0x7a
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x2e
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
	.byte	0x20
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x2f
	.byte	0xb
	.byte	0x1
	.byte	0
	.byte	0
	.byte	0x30
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x31
	.byte	0x26
	.byte	0
	.byte	0
	.byte	0
	.byte	0x32
	.byte	0x1d
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x6
	.byte	0x58
	.byte	0xb
	.byte	0x59
	.byte	0xb
	.byte	0x57
	.byte	0xb
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x33
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
	.byte	0x7a
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x34
	.byte	0x2e
	.byte	0x1
	.byte	0x31
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
	.byte	0x35
	.byte	0x2e
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x6
	.byte	0x40
	.byte	0x18
	.byte	0x7a
	.byte	0x19
	.byte	0
	.byte	0
	.byte	0
	.section	.debug_loclists,"",@progbits
	.4byte	.Ldebug_loc3-.Ldebug_loc2
.Ldebug_loc2:
	.2byte	0x5
	.byte	0x4
	.byte	0
	.4byte	0
.Ldebug_loc0:
.LLST129:
	.byte	0x7
	.4byte	.LVL220
	.4byte	.LVL221
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL221
	.4byte	.LVL222-1
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.4byte	.LVL222-1
	.4byte	.LFE21
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST102:
	.byte	0x7
	.4byte	.LVL156
	.4byte	.LVL157
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL157
	.4byte	.LVL159
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.4byte	.LVL159
	.4byte	.LFE20
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST103:
	.byte	0x7
	.4byte	.LVL158
	.4byte	.LVL159
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL159
	.4byte	.LVL163
	.byte	0x1
	.byte	0x63
	.byte	0x7
	.4byte	.LVL166
	.4byte	.LVL186
	.byte	0x1
	.byte	0x63
	.byte	0x7
	.4byte	.LVL186
	.4byte	.LVL187
	.byte	0x3
	.byte	0x83
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL187
	.4byte	.LVL201
	.byte	0x1
	.byte	0x63
	.byte	0x7
	.4byte	.LVL205
	.4byte	.LVL206
	.byte	0x1
	.byte	0x63
	.byte	0x7
	.4byte	.LVL207
	.4byte	.LVL208
	.byte	0x9
	.byte	0x82
	.byte	0
	.byte	0x89
	.byte	0
	.byte	0x1c
	.byte	0x83
	.byte	0
	.byte	0x22
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL208
	.4byte	.LVL209
	.byte	0xa
	.byte	0x89
	.byte	0
	.byte	0x20
	.byte	0x82
	.byte	0
	.byte	0x22
	.byte	0x83
	.byte	0
	.byte	0x22
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL209
	.4byte	.LVL210
	.byte	0x9
	.byte	0x82
	.byte	0
	.byte	0x89
	.byte	0
	.byte	0x1c
	.byte	0x83
	.byte	0
	.byte	0x22
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL211
	.4byte	.LFE20
	.byte	0x1
	.byte	0x63
	.byte	0
.LLST105:
	.byte	0x7
	.4byte	.LVL158
	.4byte	.LVL162
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.4byte	.LVL166
	.4byte	.LVL168
	.byte	0x3
	.byte	0x78
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL168
	.4byte	.LVL170
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.4byte	.LVL174
	.4byte	.LVL176
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.4byte	.LVL180
	.4byte	.LVL181
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.4byte	.LVL192
	.4byte	.LVL193
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST107:
	.byte	0x7
	.4byte	.LVL166
	.4byte	.LVL167
	.byte	0x3
	.byte	0x8
	.byte	0x20
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL167
	.4byte	.LVL169
	.byte	0x3
	.byte	0x8
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL169
	.4byte	.LVL178-1
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.4byte	.LVL180
	.4byte	.LVL185
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.4byte	.LVL188
	.4byte	.LVL190-1
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.4byte	.LVL192
	.4byte	.LVL194
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.4byte	.LVL212
	.4byte	.LVL218
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST108:
	.byte	0x7
	.4byte	.LVL166
	.4byte	.LVL170
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL170
	.4byte	.LVL171
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.4byte	.LVL172
	.4byte	.LVL173
	.byte	0x1
	.byte	0x62
	.byte	0
.LLST109:
	.byte	0x7
	.4byte	.LVL166
	.4byte	.LVL174
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL183
	.4byte	.LVL184
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL188
	.4byte	.LVL189
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL192
	.4byte	.LVL193
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL212
	.4byte	.LVL213
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL214
	.4byte	.LVL215
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL216
	.4byte	.LVL218
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST113:
	.byte	0x7
	.4byte	.LVL181
	.4byte	.LVL182
	.byte	0x6
	.byte	0x5a
	.byte	0x93
	.byte	0x4
	.byte	0x5c
	.byte	0x93
	.byte	0x4
	.byte	0
.LLST111:
	.byte	0x7
	.4byte	.LVL176
	.4byte	.LVL177
	.byte	0x6
	.byte	0x60
	.byte	0x93
	.byte	0x4
	.byte	0x5b
	.byte	0x93
	.byte	0x4
	.byte	0
.LLST115:
	.byte	0x7
	.4byte	.LVL204
	.4byte	.LVL206
	.byte	0x1
	.byte	0x69
	.byte	0x7
	.4byte	.LVL207
	.4byte	.LVL210
	.byte	0x1
	.byte	0x62
	.byte	0
.LLST116:
	.byte	0x7
	.4byte	.LVL199
	.4byte	.LVL200
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.4byte	.LVL218
	.4byte	.LVL219
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST120:
	.byte	0x7
	.4byte	.LVL199
	.4byte	.LVL200
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.4byte	.LVL201
	.4byte	.LVL202
	.byte	0x1
	.byte	0x6b
	.byte	0x7
	.4byte	.LVL202
	.4byte	.LVL203
	.byte	0x3
	.byte	0x8b
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL203
	.4byte	.LVL206
	.byte	0x1
	.byte	0x6b
	.byte	0x7
	.4byte	.LVL218
	.4byte	.LVL219
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST118:
	.byte	0x7
	.4byte	.LVL195
	.4byte	.LVL196
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL196
	.4byte	.LVL197
	.byte	0x3
	.byte	0x7f
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL197
	.4byte	.LVL198
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST122:
	.byte	0x7
	.4byte	.LVL164
	.4byte	.LVL165
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST123:
	.byte	0x7
	.4byte	.LVL164
	.4byte	.LVL165
	.byte	0x6
	.byte	0x3
	.4byte	out
	.byte	0x9f
	.byte	0
.LLST124:
	.byte	0x7
	.4byte	.LVL164
	.4byte	.LVL165
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0
.LLST126:
	.byte	0x7
	.4byte	.LVL164
	.4byte	.LVL165
	.byte	0x6
	.byte	0x3
	.4byte	.LANCHOR0
	.byte	0x9f
	.byte	0
.LLST128:
	.byte	0x7
	.4byte	.LVL164
	.4byte	.LVL165
	.byte	0x3
	.byte	0x8
	.byte	0x40
	.byte	0x9f
	.byte	0
.LLST9:
	.byte	0x7
	.4byte	.LVL6
	.4byte	.LVL8
	.byte	0x6
	.byte	0x5a
	.byte	0x93
	.byte	0x4
	.byte	0x5b
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL8
	.4byte	.LVL21
	.byte	0x6
	.byte	0x6c
	.byte	0x93
	.byte	0x4
	.byte	0x65
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL21
	.4byte	.LVL26
	.byte	0x6
	.byte	0x56
	.byte	0x93
	.byte	0x4
	.byte	0x61
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL40
	.4byte	.LVL43-1
	.byte	0x6
	.byte	0x56
	.byte	0x93
	.byte	0x4
	.byte	0x61
	.byte	0x93
	.byte	0x4
	.byte	0
.LLST10:
	.byte	0x7
	.4byte	.LVL6
	.4byte	.LVL8
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.4byte	.LVL8
	.4byte	.LVL37
	.byte	0x1
	.byte	0x63
	.byte	0x7
	.4byte	.LVL37
	.4byte	.LVL40
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5c
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL40
	.4byte	.LFE19
	.byte	0x1
	.byte	0x63
	.byte	0
.LLST11:
	.byte	0x7
	.4byte	.LVL6
	.4byte	.LVL8
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.4byte	.LVL8
	.4byte	.LVL26
	.byte	0x1
	.byte	0x60
	.byte	0x7
	.4byte	.LVL26
	.4byte	.LVL40
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5d
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL40
	.4byte	.LVL43-1
	.byte	0x1
	.byte	0x60
	.byte	0x7
	.4byte	.LVL43-1
	.4byte	.LFE19
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5d
	.byte	0x9f
	.byte	0
.LLST12:
	.byte	0x7
	.4byte	.LVL6
	.4byte	.LVL8
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.4byte	.LVL8
	.4byte	.LVL36
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.4byte	.LVL36
	.4byte	.LVL40
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5e
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL40
	.4byte	.LFE19
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST13:
	.byte	0x7
	.4byte	.LVL6
	.4byte	.LVL8
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.4byte	.LVL8
	.4byte	.LFE19
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5f
	.byte	0x9f
	.byte	0
.LLST14:
	.byte	0x7
	.4byte	.LVL7
	.4byte	.LVL8
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL21
	.4byte	.LVL22
	.byte	0x3
	.byte	0x71
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL22
	.4byte	.LVL26
	.byte	0x1
	.byte	0x51
	.byte	0x7
	.4byte	.LVL31
	.4byte	.LVL32
	.byte	0x8
	.byte	0x85
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0x37
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL32
	.4byte	.LVL38
	.byte	0x8
	.byte	0x85
	.byte	0
	.byte	0x91
	.byte	0
	.byte	0x1c
	.byte	0x23
	.byte	0x38
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL40
	.4byte	.LVL43
	.byte	0x1
	.byte	0x51
	.byte	0
.LLST15:
	.byte	0x7
	.4byte	.LVL24
	.4byte	.LVL34
	.byte	0x1
	.byte	0x66
	.byte	0x7
	.4byte	.LVL34
	.4byte	.LVL35
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL35
	.4byte	.LVL39
	.byte	0x1
	.byte	0x66
	.byte	0x7
	.4byte	.LVL40
	.4byte	.LFE19
	.byte	0x1
	.byte	0x66
	.byte	0
.LLST18:
	.byte	0x7
	.4byte	.LVL8
	.4byte	.LVL21
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+983
	.byte	0
	.byte	0
.LLST19:
	.byte	0x7
	.4byte	.LVL8
	.4byte	.LVL21
	.byte	0x7
	.byte	0x80
	.byte	0
	.byte	0xa8
	.byte	0x2d
	.byte	0xa8
	.byte	0x26
	.byte	0x9f
	.byte	0
.LLST20:
	.byte	0x7
	.4byte	.LVL8
	.4byte	.LVL21
	.byte	0x6
	.byte	0x6c
	.byte	0x93
	.byte	0x4
	.byte	0x65
	.byte	0x93
	.byte	0x4
	.byte	0
.LLST21:
	.byte	0x7
	.4byte	.LVL8
	.4byte	.LVL9
	.byte	0xa
	.byte	0x9e
	.byte	0x8
	.8byte	0
	.byte	0x7
	.4byte	.LVL9
	.4byte	.LVL11
	.byte	0x6
	.byte	0x56
	.byte	0x93
	.byte	0x4
	.byte	0x61
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL12
	.4byte	.LVL21
	.byte	0x6
	.byte	0x56
	.byte	0x93
	.byte	0x4
	.byte	0x61
	.byte	0x93
	.byte	0x4
	.byte	0
.LLST22:
	.byte	0x7
	.4byte	.LVL8
	.4byte	.LVL9
	.byte	0xa
	.byte	0x9e
	.byte	0x8
	.8byte	0
	.byte	0x7
	.4byte	.LVL15
	.4byte	.LVL16
	.byte	0x6
	.byte	0x5f
	.byte	0x93
	.byte	0x4
	.byte	0x5d
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL16
	.4byte	.LVL17
	.byte	0x6
	.byte	0x5f
	.byte	0x93
	.byte	0x4
	.byte	0x5a
	.byte	0x93
	.byte	0x4
	.byte	0
.LLST24:
	.byte	0x7
	.4byte	.LVL8
	.4byte	.LVL9
	.byte	0x3
	.byte	0x8
	.byte	0x3f
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL9
	.4byte	.LVL21
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST26:
	.byte	0x7
	.4byte	.LVL25
	.4byte	.LVL26
	.byte	0x1
	.byte	0x51
	.byte	0x7
	.4byte	.LVL27
	.4byte	.LVL28
	.byte	0x1
	.byte	0x64
	.byte	0x7
	.4byte	.LVL28
	.4byte	.LVL29
	.byte	0x3
	.byte	0x84
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL29
	.4byte	.LVL30
	.byte	0x1
	.byte	0x64
	.byte	0x7
	.4byte	.LVL41
	.4byte	.LVL42
	.byte	0x1
	.byte	0x66
	.byte	0x7
	.4byte	.LVL43
	.4byte	.LFE19
	.byte	0x1
	.byte	0x66
	.byte	0
.LLST0:
	.byte	0x7
	.4byte	.LVL0
	.4byte	.LVL3
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL3
	.4byte	.LFE18
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST2:
	.byte	0x7
	.4byte	.LVL1
	.4byte	.LVL5
	.byte	0x4
	.byte	0xa
	.2byte	0x100
	.byte	0x9f
	.byte	0
.LLST3:
	.byte	0x7
	.4byte	.LVL1
	.4byte	.LVL5
	.byte	0x6
	.byte	0x3
	.4byte	out
	.byte	0x9f
	.byte	0
.LLST4:
	.byte	0x7
	.4byte	.LVL1
	.4byte	.LVL5
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0
.LLST5:
	.byte	0x7
	.4byte	.LVL2
	.4byte	.LVL5
	.byte	0x4
	.byte	0xa
	.2byte	0x100
	.byte	0x9f
	.byte	0
.LLST6:
	.byte	0x7
	.4byte	.LVL2
	.4byte	.LVL4
	.byte	0x6
	.byte	0x3
	.4byte	.LANCHOR0
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL4
	.4byte	.LVL5
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST7:
	.byte	0x7
	.4byte	.LVL2
	.4byte	.LVL5
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0
.LLST8:
	.byte	0x7
	.4byte	.LVL2
	.4byte	.LVL5
	.byte	0x3
	.byte	0x8
	.byte	0x40
	.byte	0x9f
	.byte	0
.LLST93:
	.byte	0x7
	.4byte	.LVL141
	.4byte	.LVL143
	.byte	0x6
	.byte	0x5a
	.byte	0x93
	.byte	0x4
	.byte	0x5b
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL143
	.4byte	.LVL155
	.byte	0x6
	.byte	0xa3
	.byte	0x3
	.byte	0xa5
	.byte	0xa
	.byte	0x26
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL155
	.4byte	.LFE16
	.byte	0x6
	.byte	0x5a
	.byte	0x93
	.byte	0x4
	.byte	0x5b
	.byte	0x93
	.byte	0x4
	.byte	0
.LLST94:
	.byte	0x7
	.4byte	.LVL141
	.4byte	.LVL142
	.byte	0x6
	.byte	0x5c
	.byte	0x93
	.byte	0x4
	.byte	0x5d
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL142
	.4byte	.LVL155
	.byte	0x6
	.byte	0xa3
	.byte	0x3
	.byte	0xa5
	.byte	0xc
	.byte	0x26
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL155
	.4byte	.LFE16
	.byte	0x6
	.byte	0x5c
	.byte	0x93
	.byte	0x4
	.byte	0x5d
	.byte	0x93
	.byte	0x4
	.byte	0
.LLST95:
	.byte	0x7
	.4byte	.LVL151
	.4byte	.LVL152
	.byte	0x6
	.byte	0x5a
	.byte	0x93
	.byte	0x4
	.byte	0x5b
	.byte	0x93
	.byte	0x4
	.byte	0
.LLST96:
	.byte	0x7
	.4byte	.LVL142
	.4byte	.LVL151
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+1417
	.byte	0
	.byte	0
.LLST97:
	.byte	0x7
	.4byte	.LVL142
	.4byte	.LVL151
	.byte	0x6
	.byte	0x5c
	.byte	0x93
	.byte	0x4
	.byte	0x5d
	.byte	0x93
	.byte	0x4
	.byte	0
.LLST98:
	.byte	0x7
	.4byte	.LVL142
	.4byte	.LVL151
	.byte	0x6
	.byte	0x6d
	.byte	0x93
	.byte	0x4
	.byte	0x58
	.byte	0x93
	.byte	0x4
	.byte	0
.LLST99:
	.byte	0x7
	.4byte	.LVL142
	.4byte	.LVL144
	.byte	0xa
	.byte	0x9e
	.byte	0x8
	.8byte	0
	.byte	0x7
	.4byte	.LVL144
	.4byte	.LVL145
	.byte	0x6
	.byte	0x5a
	.byte	0x93
	.byte	0x4
	.byte	0x5b
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL147
	.4byte	.LVL148
	.byte	0x6
	.byte	0x5a
	.byte	0x93
	.byte	0x4
	.byte	0x5e
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL148
	.4byte	.LVL149
	.byte	0x6
	.byte	0x5a
	.byte	0x93
	.byte	0x4
	.byte	0x5b
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL150
	.4byte	.LVL151
	.byte	0x6
	.byte	0x5a
	.byte	0x93
	.byte	0x4
	.byte	0x5b
	.byte	0x93
	.byte	0x4
	.byte	0
.LLST101:
	.byte	0x7
	.4byte	.LVL142
	.4byte	.LVL144
	.byte	0x3
	.byte	0x8
	.byte	0x3f
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL144
	.4byte	.LVL146
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.4byte	.LVL146
	.4byte	.LVL150
	.byte	0x3
	.byte	0x7f
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL150
	.4byte	.LVL151
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST83:
	.byte	0x7
	.4byte	.LVL125
	.4byte	.LVL127
	.byte	0x6
	.byte	0x5a
	.byte	0x93
	.byte	0x4
	.byte	0x5b
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL127
	.4byte	.LFE15
	.byte	0x6
	.byte	0xa3
	.byte	0x3
	.byte	0xa5
	.byte	0xa
	.byte	0x26
	.byte	0x9f
	.byte	0
.LLST84:
	.byte	0x7
	.4byte	.LVL125
	.4byte	.LVL128
	.byte	0x6
	.byte	0x5c
	.byte	0x93
	.byte	0x4
	.byte	0x5d
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL128
	.4byte	.LFE15
	.byte	0x6
	.byte	0xa3
	.byte	0x3
	.byte	0xa5
	.byte	0xc
	.byte	0x26
	.byte	0x9f
	.byte	0
.LLST85:
	.byte	0x7
	.4byte	.LVL138
	.4byte	.LVL139
	.byte	0x6
	.byte	0x5a
	.byte	0x93
	.byte	0x4
	.byte	0x5b
	.byte	0x93
	.byte	0x4
	.byte	0
.LLST86:
	.byte	0x7
	.4byte	.LVL126
	.4byte	.LVL138
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST87:
	.byte	0x7
	.4byte	.LVL126
	.4byte	.LVL138
	.byte	0x6
	.byte	0x6e
	.byte	0x93
	.byte	0x4
	.byte	0x56
	.byte	0x93
	.byte	0x4
	.byte	0
.LLST88:
	.byte	0x7
	.4byte	.LVL126
	.4byte	.LVL138
	.byte	0x6
	.byte	0x57
	.byte	0x93
	.byte	0x4
	.byte	0x6f
	.byte	0x93
	.byte	0x4
	.byte	0
.LLST89:
	.byte	0x7
	.4byte	.LVL126
	.4byte	.LVL129
	.byte	0xa
	.byte	0x9e
	.byte	0x8
	.8byte	0
	.byte	0x7
	.4byte	.LVL129
	.4byte	.LVL130
	.byte	0x6
	.byte	0x5a
	.byte	0x93
	.byte	0x4
	.byte	0x5b
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL131
	.4byte	.LVL138
	.byte	0x6
	.byte	0x5a
	.byte	0x93
	.byte	0x4
	.byte	0x5b
	.byte	0x93
	.byte	0x4
	.byte	0
.LLST90:
	.byte	0x7
	.4byte	.LVL126
	.4byte	.LVL129
	.byte	0xa
	.byte	0x9e
	.byte	0x8
	.8byte	0
	.byte	0x7
	.4byte	.LVL129
	.4byte	.LVL134
	.byte	0x6
	.byte	0x5e
	.byte	0x93
	.byte	0x4
	.byte	0x60
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL135
	.4byte	.LVL136
	.byte	0x6
	.byte	0x5e
	.byte	0x93
	.byte	0x4
	.byte	0x5f
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL137
	.4byte	.LVL138
	.byte	0x6
	.byte	0x5e
	.byte	0x93
	.byte	0x4
	.byte	0x60
	.byte	0x93
	.byte	0x4
	.byte	0
.LLST92:
	.byte	0x7
	.4byte	.LVL126
	.4byte	.LVL129
	.byte	0x3
	.byte	0x8
	.byte	0x3f
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL129
	.4byte	.LVL138
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST76:
	.byte	0x7
	.4byte	.LVL114
	.4byte	.LVL116
	.byte	0x6
	.byte	0x5a
	.byte	0x93
	.byte	0x4
	.byte	0x5b
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL116
	.4byte	.LFE14
	.byte	0x6
	.byte	0xa3
	.byte	0x3
	.byte	0xa5
	.byte	0xa
	.byte	0x26
	.byte	0x9f
	.byte	0
.LLST77:
	.byte	0x7
	.4byte	.LVL115
	.4byte	.LVL124
	.byte	0x6
	.byte	0xa0
	.4byte	.Ldebug_info0+1706
	.byte	0
	.byte	0
.LLST78:
	.byte	0x7
	.4byte	.LVL115
	.4byte	.LVL124
	.byte	0x6
	.byte	0x5c
	.byte	0x93
	.byte	0x4
	.byte	0x5d
	.byte	0x93
	.byte	0x4
	.byte	0
.LLST79:
	.byte	0x7
	.4byte	.LVL115
	.4byte	.LVL116
	.byte	0x6
	.byte	0x5a
	.byte	0x93
	.byte	0x4
	.byte	0x57
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL116
	.4byte	.LVL124
	.byte	0x6
	.byte	0x6d
	.byte	0x93
	.byte	0x4
	.byte	0x57
	.byte	0x93
	.byte	0x4
	.byte	0
.LLST80:
	.byte	0x7
	.4byte	.LVL115
	.4byte	.LVL117
	.byte	0xa
	.byte	0x9e
	.byte	0x8
	.8byte	0
	.byte	0x7
	.4byte	.LVL117
	.4byte	.LVL118
	.byte	0x6
	.byte	0x5a
	.byte	0x93
	.byte	0x4
	.byte	0x5b
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL120
	.4byte	.LVL121
	.byte	0x6
	.byte	0x5a
	.byte	0x93
	.byte	0x4
	.byte	0x5e
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL121
	.4byte	.LVL122
	.byte	0x6
	.byte	0x5a
	.byte	0x93
	.byte	0x4
	.byte	0x5b
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL123
	.4byte	.LVL124
	.byte	0x6
	.byte	0x5a
	.byte	0x93
	.byte	0x4
	.byte	0x5b
	.byte	0x93
	.byte	0x4
	.byte	0
.LLST82:
	.byte	0x7
	.4byte	.LVL115
	.4byte	.LVL117
	.byte	0x3
	.byte	0x8
	.byte	0x3f
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL117
	.4byte	.LVL119
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.4byte	.LVL119
	.4byte	.LVL123
	.byte	0x3
	.byte	0x7f
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL123
	.4byte	.LVL124
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST68:
	.byte	0x7
	.4byte	.LVL100
	.4byte	.LVL103
	.byte	0x6
	.byte	0x5a
	.byte	0x93
	.byte	0x4
	.byte	0x5b
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL103
	.4byte	.LFE13
	.byte	0x6
	.byte	0xa3
	.byte	0x3
	.byte	0xa5
	.byte	0xa
	.byte	0x26
	.byte	0x9f
	.byte	0
.LLST69:
	.byte	0x7
	.4byte	.LVL101
	.4byte	.LVL113
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST70:
	.byte	0x7
	.4byte	.LVL101
	.4byte	.LVL113
	.byte	0x6
	.byte	0x5c
	.byte	0x93
	.byte	0x4
	.byte	0x5d
	.byte	0x93
	.byte	0x4
	.byte	0
.LLST71:
	.byte	0x7
	.4byte	.LVL101
	.4byte	.LVL102
	.byte	0x6
	.byte	0x55
	.byte	0x93
	.byte	0x4
	.byte	0x5b
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL102
	.4byte	.LVL113
	.byte	0x6
	.byte	0x55
	.byte	0x93
	.byte	0x4
	.byte	0x6e
	.byte	0x93
	.byte	0x4
	.byte	0
.LLST72:
	.byte	0x7
	.4byte	.LVL101
	.4byte	.LVL104
	.byte	0xa
	.byte	0x9e
	.byte	0x8
	.8byte	0
	.byte	0x7
	.4byte	.LVL104
	.4byte	.LVL105
	.byte	0x6
	.byte	0x5a
	.byte	0x93
	.byte	0x4
	.byte	0x5b
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL106
	.4byte	.LVL113
	.byte	0x6
	.byte	0x5a
	.byte	0x93
	.byte	0x4
	.byte	0x5b
	.byte	0x93
	.byte	0x4
	.byte	0
.LLST73:
	.byte	0x7
	.4byte	.LVL101
	.4byte	.LVL104
	.byte	0xa
	.byte	0x9e
	.byte	0x8
	.8byte	0
	.byte	0x7
	.4byte	.LVL104
	.4byte	.LVL109
	.byte	0x6
	.byte	0x5e
	.byte	0x93
	.byte	0x4
	.byte	0x61
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL110
	.4byte	.LVL111
	.byte	0x6
	.byte	0x5e
	.byte	0x93
	.byte	0x4
	.byte	0x5f
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL112
	.4byte	.LVL113
	.byte	0x6
	.byte	0x5e
	.byte	0x93
	.byte	0x4
	.byte	0x61
	.byte	0x93
	.byte	0x4
	.byte	0
.LLST75:
	.byte	0x7
	.4byte	.LVL101
	.4byte	.LVL104
	.byte	0x3
	.byte	0x8
	.byte	0x3f
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL104
	.4byte	.LVL113
	.byte	0x1
	.byte	0x60
	.byte	0
.LLST67:
	.byte	0x7
	.4byte	.LVL95
	.4byte	.LVL96
	.byte	0x6
	.byte	0x5a
	.byte	0x93
	.byte	0x4
	.byte	0x5b
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL96
	.4byte	.LVL97
	.byte	0x6
	.byte	0xa3
	.byte	0x3
	.byte	0xa5
	.byte	0xa
	.byte	0x26
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL97
	.4byte	.LVL98
	.byte	0x6
	.byte	0x5a
	.byte	0x93
	.byte	0x4
	.byte	0x5b
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL98
	.4byte	.LVL99
	.byte	0x6
	.byte	0xa3
	.byte	0x3
	.byte	0xa5
	.byte	0xa
	.byte	0x26
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL99
	.4byte	.LFE11
	.byte	0x6
	.byte	0x5a
	.byte	0x93
	.byte	0x4
	.byte	0x5b
	.byte	0x93
	.byte	0x4
	.byte	0
.LLST65:
	.byte	0x7
	.4byte	.LVL90
	.4byte	.LVL92
	.byte	0x6
	.byte	0x5a
	.byte	0x93
	.byte	0x4
	.byte	0x5b
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL92
	.4byte	.LVL93
	.byte	0x6
	.byte	0xa3
	.byte	0x3
	.byte	0xa5
	.byte	0xa
	.byte	0x26
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL93
	.4byte	.LVL94
	.byte	0x6
	.byte	0x5a
	.byte	0x93
	.byte	0x4
	.byte	0x5b
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL94
	.4byte	.LFE10
	.byte	0x6
	.byte	0xa3
	.byte	0x3
	.byte	0xa5
	.byte	0xa
	.byte	0x26
	.byte	0x9f
	.byte	0
.LLST66:
	.byte	0x7
	.4byte	.LVL90
	.4byte	.LVL91
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.4byte	.LVL91
	.4byte	.LVL93
	.byte	0x3
	.byte	0x7c
	.byte	0x20
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL93
	.4byte	.LFE10
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST63:
	.byte	0x7
	.4byte	.LVL85
	.4byte	.LVL87
	.byte	0x6
	.byte	0x5a
	.byte	0x93
	.byte	0x4
	.byte	0x5b
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL87
	.4byte	.LVL88
	.byte	0x6
	.byte	0xa3
	.byte	0x3
	.byte	0xa5
	.byte	0xa
	.byte	0x26
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL88
	.4byte	.LVL89
	.byte	0x6
	.byte	0x5a
	.byte	0x93
	.byte	0x4
	.byte	0x5b
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL89
	.4byte	.LFE9
	.byte	0x6
	.byte	0xa3
	.byte	0x3
	.byte	0xa5
	.byte	0xa
	.byte	0x26
	.byte	0x9f
	.byte	0
.LLST64:
	.byte	0x7
	.4byte	.LVL85
	.4byte	.LVL86
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.4byte	.LVL86
	.4byte	.LVL88
	.byte	0x3
	.byte	0x7c
	.byte	0x20
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL88
	.4byte	.LFE9
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST61:
	.byte	0x7
	.4byte	.LVL75
	.4byte	.LVL78
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL78
	.4byte	.LVL81
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL82
	.4byte	.LVL83
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL84
	.4byte	.LFE8
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST62:
	.byte	0x7
	.4byte	.LVL75
	.4byte	.LVL76
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.4byte	.LVL76
	.4byte	.LVL77
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.4byte	.LVL77
	.4byte	.LVL79
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.4byte	.LVL79
	.4byte	.LVL80
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.4byte	.LVL82
	.4byte	.LVL84
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.4byte	.LVL84
	.4byte	.LFE8
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST58:
	.byte	0x7
	.4byte	.LVL69
	.4byte	.LVL71
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.4byte	.LVL71
	.4byte	.LFE7
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0
.LLST59:
	.byte	0x7
	.4byte	.LVL69
	.4byte	.LVL69
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.4byte	.LVL69
	.4byte	.LVL70
	.byte	0x3
	.byte	0x7c
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL70
	.4byte	.LVL74
	.byte	0x6
	.byte	0xa3
	.byte	0x1
	.byte	0x5c
	.byte	0x31
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LLST60:
	.byte	0x7
	.4byte	.LVL69
	.4byte	.LVL71
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL71
	.4byte	.LVL72
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.4byte	.LVL72
	.4byte	.LVL73
	.byte	0x3
	.byte	0x7f
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL73
	.4byte	.LVL74
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST55:
	.byte	0x7
	.4byte	.LVL63
	.4byte	.LVL64
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.4byte	.LVL64
	.4byte	.LFE6
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0
.LLST56:
	.byte	0x7
	.4byte	.LVL63
	.4byte	.LVL63
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.4byte	.LVL63
	.4byte	.LVL65
	.byte	0x3
	.byte	0x7c
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL65
	.4byte	.LVL66
	.byte	0xa
	.byte	0x7f
	.byte	0
	.byte	0x20
	.byte	0x7a
	.byte	0
	.byte	0x22
	.byte	0x7c
	.byte	0
	.byte	0x22
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL66
	.4byte	.LVL67
	.byte	0x9
	.byte	0x7a
	.byte	0
	.byte	0x7f
	.byte	0
	.byte	0x1c
	.byte	0x7c
	.byte	0
	.byte	0x22
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL67
	.4byte	.LVL68
	.byte	0xa
	.byte	0x7f
	.byte	0
	.byte	0x20
	.byte	0x7a
	.byte	0
	.byte	0x22
	.byte	0x7c
	.byte	0
	.byte	0x22
	.byte	0x9f
	.byte	0
.LLST57:
	.byte	0x7
	.4byte	.LVL63
	.4byte	.LVL65
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL65
	.4byte	.LFE6
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST42:
	.byte	0x7
	.4byte	.LVL50
	.4byte	.LVL51
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL51
	.4byte	.LVL52
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.4byte	.LVL52
	.4byte	.LVL55
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL55
	.4byte	.LVL56
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL56
	.4byte	.LFE4
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST43:
	.byte	0x7
	.4byte	.LVL51
	.4byte	.LVL54
	.byte	0x5
	.byte	0x3
	.4byte	brk.0
	.byte	0
.LLST44:
	.byte	0x7
	.4byte	.LVL52
	.4byte	.LVL55
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST45:
	.byte	0x7
	.4byte	.LVL52
	.4byte	.LVL53
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST47:
	.byte	0x7
	.4byte	.LVL52
	.4byte	.LVL53
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST48:
	.byte	0x7
	.4byte	.LVL52
	.4byte	.LVL53
	.byte	0x3
	.byte	0x8
	.byte	0xd6
	.byte	0x9f
	.byte	0
.LLST49:
	.byte	0x7
	.4byte	.LVL55
	.4byte	.LVL57
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST52:
	.byte	0x7
	.4byte	.LVL55
	.4byte	.LVL57
	.byte	0x3
	.byte	0x8
	.byte	0xd6
	.byte	0x9f
	.byte	0
.LLST37:
	.byte	0x7
	.4byte	.LVL48
	.4byte	.LVL49
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL49
	.4byte	.LFE3
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST38:
	.byte	0x7
	.4byte	.LVL48
	.4byte	.LVL49
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST40:
	.byte	0x7
	.4byte	.LVL48
	.4byte	.LVL49
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST41:
	.byte	0x7
	.4byte	.LVL48
	.4byte	.LVL49
	.byte	0x3
	.byte	0x8
	.byte	0x5d
	.byte	0x9f
	.byte	0
.LLST32:
	.byte	0x7
	.4byte	.LVL46
	.4byte	.LVL47
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL47
	.4byte	.LFE2
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST33:
	.byte	0x7
	.4byte	.LVL46
	.4byte	.LVL47
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST34:
	.byte	0x7
	.4byte	.LVL46
	.4byte	.LVL47
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST35:
	.byte	0x7
	.4byte	.LVL46
	.4byte	.LVL47
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST36:
	.byte	0x7
	.4byte	.LVL46
	.4byte	.LVL47
	.byte	0x3
	.byte	0x8
	.byte	0x3f
	.byte	0x9f
	.byte	0
.LLST27:
	.byte	0x7
	.4byte	.LVL44
	.4byte	.LVL45
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL45
	.4byte	.LFE1
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST28:
	.byte	0x7
	.4byte	.LVL44
	.4byte	.LVL45
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST29:
	.byte	0x7
	.4byte	.LVL44
	.4byte	.LVL45
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST30:
	.byte	0x7
	.4byte	.LVL44
	.4byte	.LVL45
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST31:
	.byte	0x7
	.4byte	.LVL44
	.4byte	.LVL45
	.byte	0x3
	.byte	0x8
	.byte	0x40
	.byte	0x9f
	.byte	0
.LLST53:
	.byte	0x7
	.4byte	.LVL58
	.4byte	.LVL59
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL59
	.4byte	.LFE5
	.byte	0x1
	.byte	0x5e
	.byte	0
.LLST54:
	.byte	0x7
	.4byte	.LVL58
	.4byte	.LVL60
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL60
	.4byte	.LVL62
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL62
	.4byte	.LFE5
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.Ldebug_loc3:
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
	.section	.debug_rnglists,"",@progbits
.Ldebug_ranges0:
	.4byte	.Ldebug_ranges3-.Ldebug_ranges2
.Ldebug_ranges2:
	.2byte	0x5
	.byte	0x4
	.byte	0
	.4byte	0
.LLRL1:
	.byte	0x6
	.4byte	.LBB41
	.4byte	.LBE41
	.byte	0x6
	.4byte	.LBB48
	.4byte	.LBE48
	.byte	0
.LLRL16:
	.byte	0x6
	.4byte	.LBB49
	.4byte	.LBE49
	.byte	0x6
	.4byte	.LBB60
	.4byte	.LBE60
	.byte	0x6
	.4byte	.LBB61
	.4byte	.LBE61
	.byte	0x6
	.4byte	.LBB63
	.4byte	.LBE63
	.byte	0
.LLRL17:
	.byte	0x6
	.4byte	.LBB50
	.4byte	.LBE50
	.byte	0x6
	.4byte	.LBB58
	.4byte	.LBE58
	.byte	0x6
	.4byte	.LBB59
	.4byte	.LBE59
	.byte	0
.LLRL23:
	.byte	0x6
	.4byte	.LBB52
	.4byte	.LBE52
	.byte	0x6
	.4byte	.LBB53
	.4byte	.LBE53
	.byte	0x6
	.4byte	.LBB54
	.4byte	.LBE54
	.byte	0x6
	.4byte	.LBB55
	.4byte	.LBE55
	.byte	0
.LLRL25:
	.byte	0x6
	.4byte	.LBB62
	.4byte	.LBE62
	.byte	0x6
	.4byte	.LBB64
	.4byte	.LBE64
	.byte	0x6
	.4byte	.LBB65
	.4byte	.LBE65
	.byte	0x6
	.4byte	.LBB66
	.4byte	.LBE66
	.byte	0
.LLRL74:
	.byte	0x6
	.4byte	.LBB79
	.4byte	.LBE79
	.byte	0x6
	.4byte	.LBB80
	.4byte	.LBE80
	.byte	0x6
	.4byte	.LBB81
	.4byte	.LBE81
	.byte	0
.LLRL81:
	.byte	0x6
	.4byte	.LBB88
	.4byte	.LBE88
	.byte	0x6
	.4byte	.LBB89
	.4byte	.LBE89
	.byte	0
.LLRL91:
	.byte	0x6
	.4byte	.LBB92
	.4byte	.LBE92
	.byte	0x6
	.4byte	.LBB93
	.4byte	.LBE93
	.byte	0x6
	.4byte	.LBB94
	.4byte	.LBE94
	.byte	0
.LLRL100:
	.byte	0x6
	.4byte	.LBB100
	.4byte	.LBE100
	.byte	0x6
	.4byte	.LBB101
	.4byte	.LBE101
	.byte	0
.LLRL104:
	.byte	0x6
	.4byte	.LBB116
	.4byte	.LBE116
	.byte	0x6
	.4byte	.LBB152
	.4byte	.LBE152
	.byte	0x6
	.4byte	.LBB153
	.4byte	.LBE153
	.byte	0x6
	.4byte	.LBB162
	.4byte	.LBE162
	.byte	0
.LLRL106:
	.byte	0x6
	.4byte	.LBB117
	.4byte	.LBE117
	.byte	0x6
	.4byte	.LBB141
	.4byte	.LBE141
	.byte	0x6
	.4byte	.LBB142
	.4byte	.LBE142
	.byte	0x6
	.4byte	.LBB143
	.4byte	.LBE143
	.byte	0x6
	.4byte	.LBB144
	.4byte	.LBE144
	.byte	0x6
	.4byte	.LBB145
	.4byte	.LBE145
	.byte	0x6
	.4byte	.LBB146
	.4byte	.LBE146
	.byte	0x6
	.4byte	.LBB147
	.4byte	.LBE147
	.byte	0x6
	.4byte	.LBB148
	.4byte	.LBE148
	.byte	0x6
	.4byte	.LBB149
	.4byte	.LBE149
	.byte	0x6
	.4byte	.LBB150
	.4byte	.LBE150
	.byte	0x6
	.4byte	.LBB151
	.4byte	.LBE151
	.byte	0
.LLRL110:
	.byte	0x6
	.4byte	.LBB118
	.4byte	.LBE118
	.byte	0x6
	.4byte	.LBB120
	.4byte	.LBE120
	.byte	0x6
	.4byte	.LBB121
	.4byte	.LBE121
	.byte	0x6
	.4byte	.LBB136
	.4byte	.LBE136
	.byte	0x6
	.4byte	.LBB138
	.4byte	.LBE138
	.byte	0
.LLRL112:
	.byte	0x6
	.4byte	.LBB119
	.4byte	.LBE119
	.byte	0x6
	.4byte	.LBB122
	.4byte	.LBE122
	.byte	0x6
	.4byte	.LBB137
	.4byte	.LBE137
	.byte	0x6
	.4byte	.LBB139
	.4byte	.LBE139
	.byte	0
.LLRL114:
	.byte	0x6
	.4byte	.LBB123
	.4byte	.LBE123
	.byte	0x6
	.4byte	.LBB135
	.4byte	.LBE135
	.byte	0x6
	.4byte	.LBB140
	.4byte	.LBE140
	.byte	0
.LLRL117:
	.byte	0x6
	.4byte	.LBB124
	.4byte	.LBE124
	.byte	0x6
	.4byte	.LBB128
	.4byte	.LBE128
	.byte	0x6
	.4byte	.LBB132
	.4byte	.LBE132
	.byte	0
.LLRL119:
	.byte	0x6
	.4byte	.LBB129
	.4byte	.LBE129
	.byte	0x6
	.4byte	.LBB130
	.4byte	.LBE130
	.byte	0x6
	.4byte	.LBB131
	.4byte	.LBE131
	.byte	0x6
	.4byte	.LBB133
	.4byte	.LBE133
	.byte	0x6
	.4byte	.LBB134
	.4byte	.LBE134
	.byte	0
.LLRL121:
	.byte	0x6
	.4byte	.LBB154
	.4byte	.LBE154
	.byte	0x6
	.4byte	.LBB161
	.4byte	.LBE161
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF20:
	.string	"digits"
.LASF43:
	.string	"GNU C17 12.2.0 -mabi=ilp32 -misa-spec=20191213 -march=rv32im -g -O2 -ffreestanding -fno-builtin"
.LASF44:
	.string	"__builtin_va_list"
.LASF33:
	.string	"increment"
.LASF10:
	.string	"used"
.LASF21:
	.string	"__moddi3"
.LASF23:
	.string	"__umoddi3"
.LASF16:
	.string	"longs"
.LASF36:
	.string	"status"
.LASF7:
	.string	"ssize_t"
.LASF38:
	.string	"strlen"
.LASF4:
	.string	"__gnuc_va_list"
.LASF14:
	.string	"written"
.LASF30:
	.string	"unsigned char"
.LASF19:
	.string	"base"
.LASF6:
	.string	"size_t"
.LASF22:
	.string	"__divdi3"
.LASF5:
	.string	"va_list"
.LASF15:
	.string	"width"
.LASF31:
	.string	"memset"
.LASF26:
	.string	"__lshrdi3"
.LASF41:
	.string	"syscall3"
.LASF37:
	.string	"read"
.LASF13:
	.string	"format"
.LASF25:
	.string	"__ashrdi3"
.LASF3:
	.string	"unsigned int"
.LASF2:
	.string	"long long unsigned int"
.LASF34:
	.string	"want"
.LASF8:
	.string	"halves"
.LASF39:
	.string	"write"
.LASF45:
	.string	"number"
.LASF28:
	.string	"strcmp"
.LASF32:
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
.LASF29:
	.string	"memcpy"
.LASF35:
	.string	"exit"
.LASF40:
	.string	"udivmod"
.LASF42:
	.string	"long int"
.LASF11:
	.string	"puts"
.LASF27:
	.string	"__ashldi3"
.LASF18:
	.string	"negative"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"runtime/vmlab.c"
.LASF1:
	.string	"."
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
