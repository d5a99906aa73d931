	.file	"recursion.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "test/corpus/c/recursion.c"
	.align	2
	.type	fib, @function
fib:
.LFB0:
	.file 1 "test/corpus/c/recursion.c"
	.loc 1 4 23
	.cfi_startproc
.LVL0:
	.loc 1 4 25
	.loc 1 4 23 is_stmt 0
	addi	sp,sp,-144
	.cfi_def_cfa_offset 144
	sw	s1,132(sp)
	sw	ra,140(sp)
	sw	s0,136(sp)
	sw	s2,128(sp)
	sw	s3,124(sp)
	sw	s4,120(sp)
	sw	s5,116(sp)
	sw	s6,112(sp)
	sw	s7,108(sp)
	sw	s8,104(sp)
	sw	s9,100(sp)
	sw	s10,96(sp)
	sw	s11,92(sp)
	.cfi_offset 9, -12
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	.cfi_offset 18, -16
	.cfi_offset 19, -20
	.cfi_offset 20, -24
	.cfi_offset 21, -28
	.cfi_offset 22, -32
	.cfi_offset 23, -36
	.cfi_offset 24, -40
	.cfi_offset 25, -44
	.cfi_offset 26, -48
	.cfi_offset 27, -52
	.loc 1 4 42
	li	a5,1
	.loc 1 4 23
	mv	s1,a0
	.loc 1 4 42
	ble	a0,a5,.L2
	addi	a5,a0,-1
	andi	a4,a5,-2
	sub	s9,a0,a4
	li	s6,0
.LBB18:
.LBB19:
.LBB20:
.LBB21:
.LBB22:
.LBB23:
.LBB24:
.LBB25:
.LBB26:
.LBB27:
.LBB28:
.LBB29:
.LBB30:
.LBB31:
	li	a2,1
	mv	s0,a5
.LVL1:
.LBE31:
.LBE30:
.LBE29:
.LBE28:
.LBE27:
.LBE26:
.LBE25:
.LBE24:
.LBE23:
.LBE22:
.LBE21:
.LBE20:
	.loc 1 4 25 is_stmt 1
	.loc 1 4 42 is_stmt 0
	beq	s1,s9,.L3
.LVL2:
.L46:
	addi	s1,s1,-2
	andi	a5,s1,-2
	mv	s3,s6
	sub	s10,s0,a5
	li	s5,0
	mv	s6,s1
.LVL3:
.L26:
	addi	a5,s0,-1
.LVL4:
.LBB59:
.LBB56:
	.loc 1 4 25 is_stmt 1
	.loc 1 4 42 is_stmt 0
	beq	s0,s10,.L4
.L45:
	addi	s7,s0,-2
	andi	a4,s7,-2
	sub	s2,a5,a4
	li	s1,0
	mv	s8,s3
.LVL5:
.L24:
	addi	s0,a5,-1
.LVL6:
.LBB54:
.LBB52:
	.loc 1 4 25 is_stmt 1
	.loc 1 4 42 is_stmt 0
	beq	a5,s2,.L5
	addi	s11,a5,-2
	andi	a5,s11,-2
	sub	a3,s0,a5
	mv	a4,s5
	mv	a0,s0
	li	s4,0
	mv	a1,s8
	mv	s3,s1
	mv	s5,a3
	mv	s0,s2
.LVL7:
.L22:
	addi	s1,a0,-1
.LVL8:
.LBB50:
.LBB48:
	.loc 1 4 25 is_stmt 1
	.loc 1 4 42 is_stmt 0
	beq	a0,s5,.L6
	addi	a0,a0,-2
	andi	s8,a0,-2
	mv	t3,a1
	mv	a6,s3
	sw	s11,24(sp)
	mv	a3,s6
	mv	s11,s9
	sub	s8,s1,s8
	li	s2,0
	mv	t1,a4
	mv	a1,s4
	mv	s3,s5
	mv	s9,s0
	mv	a7,a0
	mv	s6,s7
.LVL9:
.L20:
	addi	a5,s1,-1
.LVL10:
.LBB45:
.LBB42:
	.loc 1 4 25 is_stmt 1
	.loc 1 4 42 is_stmt 0
	beq	s8,s1,.L7
	addi	s1,s1,-2
	andi	s5,s1,-2
	sub	s5,a5,s5
	li	s4,0
	mv	s7,s5
.LVL11:
.L18:
	addi	s0,a5,-1
.LVL12:
.LBB40:
.LBB38:
	.loc 1 4 25 is_stmt 1
	.loc 1 4 42 is_stmt 0
	beq	s7,a5,.L8
	addi	t4,a5,-2
	andi	a0,t4,-2
	addi	t0,a5,-3
	addi	t2,a5,-5
	sub	a5,s0,a0
	sw	a5,20(sp)
	mv	s5,t3
	li	a5,0
.LVL13:
.L16:
.LBB36:
.LBB34:
	lw	a4,20(sp)
	addi	t6,s0,-1
.LVL14:
	.loc 1 4 25 is_stmt 1
	.loc 1 4 42 is_stmt 0
	beq	a4,s0,.L9
	andi	a0,t0,-2
	sub	a4,t6,a0
	sw	a4,8(sp)
	sw	t1,12(sp)
	mv	a0,t6
	mv	t1,s11
	mv	t5,s6
	mv	s11,s10
	mv	t6,t4
.LVL15:
	mv	s10,s9
	mv	t4,a3
	mv	s9,s3
	mv	a4,t2
	li	t3,0
	sw	a5,16(sp)
	mv	s3,s2
	mv	s6,s0
	mv	a3,s1
.LVL16:
.L14:
.LBB32:
.LBB33:
	.loc 1 4 25 is_stmt 1
	.loc 1 4 42 is_stmt 0
	lw	a5,8(sp)
	beq	a0,a5,.L10
	addi	a5,a0,-2
	andi	ra,a4,-2
	addi	a0,a0,-4
.LVL17:
	mv	s2,a5
	sub	s0,a0,ra
	li	s1,0
.LVL18:
.L11:
	.loc 1 4 44
	mv	a0,s2
	sw	a5,76(sp)
	sw	t6,72(sp)
	sw	t4,68(sp)
	sw	a3,64(sp)
	sw	a7,60(sp)
	sw	t5,56(sp)
	sw	t1,52(sp)
	sw	a4,48(sp)
	sw	t0,44(sp)
	sw	t2,40(sp)
	sw	t3,36(sp)
	sw	a1,32(sp)
	sw	a6,28(sp)
	.loc 1 4 42
	addi	s2,s2,-2
	.loc 1 4 44
	call	fib
.LVL19:
	.loc 1 4 42
	lw	a6,28(sp)
	lw	a1,32(sp)
	lw	t3,36(sp)
	lw	t2,40(sp)
	lw	t0,44(sp)
	lw	a4,48(sp)
	lw	t1,52(sp)
	lw	t5,56(sp)
	lw	a7,60(sp)
	lw	a3,64(sp)
	lw	t4,68(sp)
	lw	t6,72(sp)
	lw	a5,76(sp)
	add	s1,s1,a0
	.loc 1 4 25 is_stmt 1
	.loc 1 4 42 is_stmt 0
	li	a2,1
	bne	s0,s2,.L11
.LVL20:
	.loc 1 4 57
	andi	s0,a4,1
	add	s0,s0,s1
.LBE33:
.LBE32:
	mv	a0,a5
	add	t3,t3,s0
	.loc 1 4 25 is_stmt 1
	.loc 1 4 42 is_stmt 0
	addi	a4,a4,-2
	bgt	a5,a2,.L14
	mv	s2,s3
	lw	a5,16(sp)
	mv	s3,s9
	mv	s9,s10
	mv	s10,s11
	mv	s11,t1
	lw	t1,12(sp)
	mv	s0,s6
	mv	s1,a3
	mv	s6,t5
.LVL21:
	mv	a3,t4
	mv	t4,t6
	mv	t6,a0
.L13:
.LVL22:
	add	a0,t6,t3
.LBE34:
.LBE36:
	.loc 1 4 57
	addi	s0,s0,-2
	add	a5,a5,a0
	.loc 1 4 25 is_stmt 1
	.loc 1 4 42 is_stmt 0
	addi	t0,t0,-2
	addi	t2,t2,-2
	bgt	s0,a2,.L16
	mv	t3,s5
.L15:
.LVL23:
	add	a0,s0,a5
	add	s4,s4,a0
.LBE38:
.LBE40:
	.loc 1 4 25 is_stmt 1
	.loc 1 4 57 is_stmt 0
	mv	a5,t4
	.loc 1 4 42
	bgt	t4,a2,.L18
.LVL24:
	add	a5,a5,s4
	add	s2,s2,a5
.LBE42:
.LBE45:
	.loc 1 4 25 is_stmt 1
	.loc 1 4 42 is_stmt 0
	bgt	s1,a2,.L20
.L43:
	mv	s0,s9
	mv	s9,s11
	lw	s11,24(sp)
	mv	s4,a1
	mv	s5,s3
	mv	s7,s6
	mv	a4,t1
	mv	a1,t3
	mv	s3,a6
	mv	a0,a7
	mv	s6,a3
.L19:
.LVL25:
	add	s1,s1,s2
	add	s4,s4,s1
.LBE48:
.LBE50:
	.loc 1 4 25 is_stmt 1
	.loc 1 4 42 is_stmt 0
	bgt	a0,a2,.L22
	mv	s2,s0
	mv	s8,a1
	mv	s5,a4
	mv	s1,s3
	mv	s0,a0
.L21:
.LVL26:
	add	s4,s4,s0
.LBE52:
.LBE54:
	.loc 1 4 57
	mv	a5,s11
	add	s1,s1,s4
	.loc 1 4 25 is_stmt 1
	.loc 1 4 42 is_stmt 0
	bgt	s11,a2,.L24
	add	s1,s1,a5
	mv	s3,s8
.LVL27:
.LBE56:
.LBE59:
	.loc 1 4 57
	mv	s0,s7
	add	s5,s5,s1
	.loc 1 4 25 is_stmt 1
	.loc 1 4 42 is_stmt 0
	bgt	s7,a2,.L26
.L44:
	mv	s1,s6
	add	s0,s0,s5
	mv	s6,s3
.LVL28:
	add	s6,s6,s0
.LBE19:
.LBE18:
	.loc 1 4 25 is_stmt 1
	.loc 1 4 42 is_stmt 0
	bgt	s1,a2,.L42
.L38:
	add	s1,s1,s6
	j	.L2
.LVL29:
.L8:
.LBB64:
.LBB62:
.LBB60:
.LBB57:
.LBB55:
.LBB53:
.LBB51:
.LBB49:
.LBB46:
.LBB43:
	.loc 1 4 57
	addi	a5,a5,-2
	add	s4,s4,s0
	.loc 1 4 25 is_stmt 1
.LVL30:
	add	a5,a5,s4
	add	s2,s2,a5
.LBE43:
.LBE46:
	.loc 1 4 25
	.loc 1 4 42 is_stmt 0
	bgt	s1,a2,.L20
	j	.L43
.LVL31:
.L9:
.LBB47:
.LBB44:
.LBB41:
.LBB39:
	.loc 1 4 57
	mv	t3,s5
.LVL32:
	addi	s0,s0,-2
	add	a5,a5,t6
	.loc 1 4 25 is_stmt 1
	j	.L15
.LVL33:
.L10:
.LBB37:
.LBB35:
	.loc 1 4 44 is_stmt 0
	mv	s0,s6
	mv	s6,t5
.LVL34:
	addi	t5,a0,-1
	mv	s2,s3
	mv	s1,a3
	mv	s3,s9
	mv	a3,t4
	mv	s9,s10
	mv	t4,t6
	mv	s10,s11
	lw	a5,16(sp)
	mv	s11,t1
	.loc 1 4 57
	addi	t6,a0,-2
	.loc 1 4 44
	lw	t1,12(sp)
	add	t3,t3,t5
	.loc 1 4 25 is_stmt 1
	j	.L13
.LVL35:
.L7:
.LBE35:
.LBE37:
.LBE39:
.LBE41:
.LBE44:
.LBE47:
	.loc 1 4 57 is_stmt 0
	mv	s4,a1
	mv	s5,s3
	mv	s0,s9
	mv	s7,s6
	mv	s9,s11
	mv	a4,t1
	lw	s11,24(sp)
	mv	a1,t3
	mv	s3,a6
	mv	a0,a7
	mv	s6,a3
.LVL36:
	addi	s1,s1,-2
	add	s2,s2,a5
	.loc 1 4 25 is_stmt 1
	j	.L19
.LVL37:
.L6:
.LBE49:
.LBE51:
	.loc 1 4 57 is_stmt 0
	mv	a5,s1
	mv	s2,s0
.LVL38:
	mv	s8,a1
	mv	s5,a4
	mv	s1,s3
	addi	s0,a0,-2
	add	s4,s4,a5
	.loc 1 4 25 is_stmt 1
	j	.L21
.LVL39:
.L5:
	add	s1,s1,s0
.LBE53:
.LBE55:
	.loc 1 4 57 is_stmt 0
	addi	a5,a5,-2
	add	s1,s1,a5
	mv	s3,s8
.LVL40:
	.loc 1 4 25 is_stmt 1
.LBE57:
.LBE60:
	.loc 1 4 57 is_stmt 0
	mv	s0,s7
	add	s5,s5,s1
	.loc 1 4 25 is_stmt 1
	.loc 1 4 42 is_stmt 0
	ble	s7,a2,.L44
	addi	a5,s0,-1
.LVL41:
.LBB61:
.LBB58:
	.loc 1 4 25 is_stmt 1
	.loc 1 4 42 is_stmt 0
	bne	s0,s10,.L45
.L4:
.LBE58:
.LBE61:
	.loc 1 4 57
	addi	s0,s0,-2
	add	s5,s5,a5
	mv	s1,s6
	add	s0,s0,s5
	mv	s6,s3
.LVL42:
	.loc 1 4 25 is_stmt 1
	add	s6,s6,s0
.LBE62:
.LBE64:
	.loc 1 4 25
	.loc 1 4 42 is_stmt 0
	ble	s1,a2,.L38
.L42:
	addi	a5,s1,-1
	mv	s0,a5
.LVL43:
.LBB65:
.LBB63:
	.loc 1 4 25 is_stmt 1
	.loc 1 4 42 is_stmt 0
	bne	s1,s9,.L46
.L3:
.LVL44:
.LBE63:
.LBE65:
	.loc 1 4 25 is_stmt 1
	.loc 1 4 57 is_stmt 0
	addi	s1,s1,-2
	add	a5,a5,s6
	add	s1,s1,a5
.L2:
	.loc 1 4 69 discriminator 4
	lw	ra,140(sp)
	.cfi_restore 1
	lw	s0,136(sp)
	.cfi_restore 8
	lw	s2,128(sp)
	.cfi_restore 18
	lw	s3,124(sp)
	.cfi_restore 19
	lw	s4,120(sp)
	.cfi_restore 20
	lw	s5,116(sp)
	.cfi_restore 21
	lw	s6,112(sp)
	.cfi_restore 22
	lw	s7,108(sp)
	.cfi_restore 23
	lw	s8,104(sp)
	.cfi_restore 24
	lw	s9,100(sp)
	.cfi_restore 25
	lw	s10,96(sp)
	.cfi_restore 26
	lw	s11,92(sp)
	.cfi_restore 27
	mv	a0,s1
	lw	s1,132(sp)
	.cfi_restore 9
	addi	sp,sp,144
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE0:
	.size	fib, .-fib
	.align	2
	.type	hanoi.isra.0, @function
hanoi.isra.0:
.LFB5:
	.loc 1 13 13 is_stmt 1
	.cfi_startproc
.LVL45:
	.loc 1 14 3
	.loc 1 14 6 is_stmt 0
	beq	a0,zero,.L72
	.loc 1 15 3 is_stmt 1
.LVL46:
.LBB82:
.LBB83:
	.loc 1 14 3
.LBE83:
.LBE82:
	.loc 1 13 13 is_stmt 0
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sw	s0,40(sp)
	sw	ra,44(sp)
	sw	s1,36(sp)
	sw	s2,32(sp)
	sw	s3,28(sp)
	sw	s4,24(sp)
	sw	s5,20(sp)
	sw	s6,16(sp)
	sw	s7,12(sp)
	sw	s8,8(sp)
	sw	s9,4(sp)
	.cfi_offset 8, -8
	.cfi_offset 1, -4
	.cfi_offset 9, -12
	.cfi_offset 18, -16
	.cfi_offset 19, -20
	.cfi_offset 20, -24
	.cfi_offset 21, -28
	.cfi_offset 22, -32
	.cfi_offset 23, -36
	.cfi_offset 24, -40
	.cfi_offset 25, -44
.LBB152:
.LBB148:
	.loc 1 14 6
	li	a4,1
	lui	s0,%hi(moves)
	beq	a0,a4,.L49
	addi	a5,a0,-2
	lui	s0,%hi(moves)
.LVL47:
	.loc 1 15 3 is_stmt 1
.LBB84:
.LBB85:
	.loc 1 14 3
	.loc 1 14 6 is_stmt 0
	beq	a5,zero,.L50
.LVL48:
.L81:
	addi	s1,a5,-1
	mv	a5,s1
.LVL49:
	.loc 1 15 3 is_stmt 1
.LBB86:
.LBB87:
	.loc 1 14 3
	.loc 1 14 6 is_stmt 0
	beq	a5,zero,.L51
.LVL50:
.L80:
	addi	s3,a5,-1
	mv	a5,s3
.LVL51:
	.loc 1 15 3 is_stmt 1
.LBB88:
.LBB89:
	.loc 1 14 3
	.loc 1 14 6 is_stmt 0
	beq	a5,zero,.L52
.LVL52:
.L79:
	addi	s4,a5,-1
	mv	a5,s4
.LVL53:
	.loc 1 15 3 is_stmt 1
.LBB90:
.LBB91:
	.loc 1 14 3
	.loc 1 14 6 is_stmt 0
	beq	a5,zero,.L53
.LVL54:
.L78:
	addi	s5,a5,-1
	mv	a5,s5
.LVL55:
	.loc 1 15 3 is_stmt 1
.LBB92:
.LBB93:
	.loc 1 14 3
	.loc 1 14 6 is_stmt 0
	beq	a5,zero,.L54
.LVL56:
.L77:
	addi	s7,a5,-1
	mv	a4,s7
.LVL57:
	.loc 1 15 3 is_stmt 1
.LBB94:
.LBB95:
	.loc 1 14 3
	.loc 1 14 6 is_stmt 0
	beq	a4,zero,.L55
.LVL58:
.L76:
	addi	s8,a4,-1
	mv	s6,s8
.LVL59:
	.loc 1 15 3 is_stmt 1
.LBB96:
.LBB97:
	.loc 1 14 3
	.loc 1 14 6 is_stmt 0
	beq	s6,zero,.L56
.LVL60:
.L75:
	mv	s2,s6
.LVL61:
.L62:
	mv	s9,s2
.LVL62:
.L58:
	.loc 1 15 3 is_stmt 1
	addi	s9,s9,-1
	mv	a0,s9
	call	hanoi.isra.0
.LVL63:
	.loc 1 16 3
	.loc 1 16 8 is_stmt 0
	lw	a3,%lo(moves)(s0)
	addi	a2,a3,1
	sw	a2,%lo(moves)(s0)
	.loc 1 17 3 is_stmt 1
	.loc 1 14 3
	.loc 1 14 6 is_stmt 0
	bne	s9,zero,.L58
	.loc 1 14 15 is_stmt 1
.LVL64:
.LBE97:
.LBE96:
	.loc 1 16 3
	.loc 1 16 8 is_stmt 0
	addi	a2,a3,2
	sw	a2,%lo(moves)(s0)
	.loc 1 17 3 is_stmt 1
	.loc 1 14 3
	.loc 1 15 3
.LVL65:
.LBB100:
.LBB98:
	.loc 1 14 3
	.loc 1 14 6 is_stmt 0
	addi	s2,s2,-1
.LVL66:
	bne	s2,zero,.L62
	.loc 1 14 15 is_stmt 1
.LVL67:
.LBE98:
.LBE100:
	.loc 1 16 3
	.loc 1 17 3
	.loc 1 14 3
	.loc 1 14 15
.LBE95:
.LBE94:
	.loc 1 16 3
	.loc 1 16 8 is_stmt 0
	addi	a3,a3,4
	sw	a3,%lo(moves)(s0)
	.loc 1 17 3 is_stmt 1
	.loc 1 14 3
	.loc 1 15 3
.LVL68:
.LBB105:
.LBB102:
	.loc 1 14 3
	.loc 1 14 6 is_stmt 0
	addi	s6,s6,-1
.LVL69:
	.loc 1 15 3 is_stmt 1
.LBB101:
.LBB99:
	.loc 1 14 3
	.loc 1 14 6 is_stmt 0
	bne	s6,zero,.L75
.LVL70:
.L56:
	.loc 1 14 15 is_stmt 1
.LBE99:
.LBE101:
	.loc 1 16 3
	.loc 1 17 3
	.loc 1 14 3
	.loc 1 14 15
.LBE102:
.LBE105:
	.loc 1 16 3
	.loc 1 16 8 is_stmt 0
	lw	a3,%lo(moves)(s0)
	.loc 1 17 3 is_stmt 1
	.loc 1 14 3
	.loc 1 15 3
.LVL71:
.LBB106:
.LBB103:
	.loc 1 14 3
	.loc 1 14 15
.LBE103:
.LBE106:
	.loc 1 16 3
	.loc 1 17 3
	.loc 1 14 3
	.loc 1 14 15
.LBE93:
.LBE92:
	.loc 1 16 3
.LBB112:
.LBB108:
	.loc 1 14 6 is_stmt 0
	mv	a4,s8
.LBE108:
.LBE112:
	.loc 1 16 8
	addi	a3,a3,4
	sw	a3,%lo(moves)(s0)
	.loc 1 17 3 is_stmt 1
	.loc 1 14 3
	.loc 1 15 3
.LVL72:
.LBB113:
.LBB109:
	.loc 1 14 3
	.loc 1 15 3
.LBB107:
.LBB104:
	.loc 1 14 3
	.loc 1 14 6 is_stmt 0
	bne	a4,zero,.L76
.LVL73:
.L55:
	.loc 1 14 15 is_stmt 1
.LBE104:
.LBE107:
	.loc 1 16 3
	.loc 1 17 3
	.loc 1 14 3
	.loc 1 14 15
.LBE109:
.LBE113:
	.loc 1 16 3
	.loc 1 16 8 is_stmt 0
	lw	a4,%lo(moves)(s0)
	.loc 1 17 3 is_stmt 1
	.loc 1 14 3
	.loc 1 15 3
.LVL74:
.LBB114:
.LBB110:
	.loc 1 14 3
	.loc 1 14 15
.LBE110:
.LBE114:
	.loc 1 16 3
	.loc 1 17 3
	.loc 1 14 3
	.loc 1 14 15
.LBE91:
.LBE90:
	.loc 1 16 3
.LBB120:
.LBB116:
	.loc 1 14 6 is_stmt 0
	mv	a5,s7
.LBE116:
.LBE120:
	.loc 1 16 8
	addi	a4,a4,4
	sw	a4,%lo(moves)(s0)
	.loc 1 17 3 is_stmt 1
	.loc 1 14 3
	.loc 1 15 3
.LVL75:
.LBB121:
.LBB117:
	.loc 1 14 3
	.loc 1 15 3
.LBB115:
.LBB111:
	.loc 1 14 3
	.loc 1 14 6 is_stmt 0
	bne	a5,zero,.L77
.LVL76:
.L54:
	.loc 1 14 15 is_stmt 1
.LBE111:
.LBE115:
	.loc 1 16 3
	.loc 1 17 3
	.loc 1 14 3
	.loc 1 14 15
.LBE117:
.LBE121:
	.loc 1 16 3
	.loc 1 16 8 is_stmt 0
	lw	a4,%lo(moves)(s0)
	.loc 1 17 3 is_stmt 1
	.loc 1 14 3
	.loc 1 15 3
.LVL77:
.LBB122:
.LBB118:
	.loc 1 14 3
	.loc 1 14 15
.LBE118:
.LBE122:
	.loc 1 16 3
	.loc 1 17 3
	.loc 1 14 3
	.loc 1 14 15
.LBE89:
.LBE88:
	.loc 1 16 3
.LBB128:
.LBB124:
	.loc 1 14 6 is_stmt 0
	mv	a5,s5
.LBE124:
.LBE128:
	.loc 1 16 8
	addi	a4,a4,4
	sw	a4,%lo(moves)(s0)
	.loc 1 17 3 is_stmt 1
	.loc 1 14 3
	.loc 1 15 3
.LVL78:
.LBB129:
.LBB125:
	.loc 1 14 3
	.loc 1 15 3
.LBB123:
.LBB119:
	.loc 1 14 3
	.loc 1 14 6 is_stmt 0
	bne	a5,zero,.L78
.LVL79:
.L53:
	.loc 1 14 15 is_stmt 1
.LBE119:
.LBE123:
	.loc 1 16 3
	.loc 1 17 3
	.loc 1 14 3
	.loc 1 14 15
.LBE125:
.LBE129:
	.loc 1 16 3
	.loc 1 16 8 is_stmt 0
	lw	a4,%lo(moves)(s0)
	.loc 1 17 3 is_stmt 1
	.loc 1 14 3
	.loc 1 15 3
.LVL80:
.LBB130:
.LBB126:
	.loc 1 14 3
	.loc 1 14 15
.LBE126:
.LBE130:
	.loc 1 16 3
	.loc 1 17 3
	.loc 1 14 3
	.loc 1 14 15
.LBE87:
.LBE86:
	.loc 1 16 3
.LBB136:
.LBB132:
	.loc 1 14 6 is_stmt 0
	mv	a5,s4
.LBE132:
.LBE136:
	.loc 1 16 8
	addi	a4,a4,4
	sw	a4,%lo(moves)(s0)
	.loc 1 17 3 is_stmt 1
	.loc 1 14 3
	.loc 1 15 3
.LVL81:
.LBB137:
.LBB133:
	.loc 1 14 3
	.loc 1 15 3
.LBB131:
.LBB127:
	.loc 1 14 3
	.loc 1 14 6 is_stmt 0
	bne	a5,zero,.L79
.LVL82:
.L52:
	.loc 1 14 15 is_stmt 1
.LBE127:
.LBE131:
	.loc 1 16 3
	.loc 1 17 3
	.loc 1 14 3
	.loc 1 14 15
.LBE133:
.LBE137:
	.loc 1 16 3
	.loc 1 16 8 is_stmt 0
	lw	a4,%lo(moves)(s0)
	.loc 1 17 3 is_stmt 1
	.loc 1 14 3
	.loc 1 15 3
.LVL83:
.LBB138:
.LBB134:
	.loc 1 14 3
	.loc 1 14 15
.LBE134:
.LBE138:
	.loc 1 16 3
	.loc 1 17 3
	.loc 1 14 3
	.loc 1 14 15
.LBE85:
.LBE84:
	.loc 1 16 3
.LBB144:
.LBB140:
	.loc 1 14 6 is_stmt 0
	mv	a5,s3
.LBE140:
.LBE144:
	.loc 1 16 8
	addi	a4,a4,4
	sw	a4,%lo(moves)(s0)
	.loc 1 17 3 is_stmt 1
	.loc 1 14 3
	.loc 1 15 3
.LVL84:
.LBB145:
.LBB141:
	.loc 1 14 3
	.loc 1 15 3
.LBB139:
.LBB135:
	.loc 1 14 3
	.loc 1 14 6 is_stmt 0
	bne	a5,zero,.L80
.LVL85:
.L51:
	.loc 1 14 15 is_stmt 1
.LBE135:
.LBE139:
	.loc 1 16 3
	.loc 1 17 3
	.loc 1 14 3
	.loc 1 14 15
.LBE141:
.LBE145:
	.loc 1 16 3
	.loc 1 16 8 is_stmt 0
	lw	a4,%lo(moves)(s0)
	.loc 1 17 3 is_stmt 1
	.loc 1 14 3
	.loc 1 15 3
.LVL86:
.LBB146:
.LBB142:
	.loc 1 14 3
	.loc 1 14 15
.LBE142:
.LBE146:
	.loc 1 16 3
	.loc 1 17 3
	.loc 1 14 3
	.loc 1 14 15
.LBE148:
.LBE152:
	.loc 1 16 3
.LBB153:
.LBB149:
	.loc 1 14 6 is_stmt 0
	mv	a5,s1
.LBE149:
.LBE153:
	.loc 1 16 8
	addi	a4,a4,4
	sw	a4,%lo(moves)(s0)
	.loc 1 17 3 is_stmt 1
	.loc 1 14 3
	.loc 1 15 3
.LVL87:
.LBB154:
.LBB150:
	.loc 1 14 3
	.loc 1 15 3
.LBB147:
.LBB143:
	.loc 1 14 3
	.loc 1 14 6 is_stmt 0
	bne	a5,zero,.L81
.LVL88:
.L50:
	.loc 1 14 15 is_stmt 1
.LBE143:
.LBE147:
	.loc 1 16 3
	.loc 1 17 3
	.loc 1 14 3
	.loc 1 14 15
.LBE150:
.LBE154:
	.loc 1 16 3
	.loc 1 16 8 is_stmt 0
	lw	a5,%lo(moves)(s0)
	addi	a5,a5,2
	sw	a5,%lo(moves)(s0)
	.loc 1 17 3 is_stmt 1
	.loc 1 14 3
	.loc 1 15 3
.LVL89:
.LBB155:
.LBB151:
	.loc 1 14 3
.L49:
	.loc 1 14 15
.LBE151:
.LBE155:
	.loc 1 16 3
	.loc 1 16 8 is_stmt 0
	lw	a5,%lo(moves)(s0)
	.loc 1 18 1
	lw	ra,44(sp)
	.cfi_restore 1
	lw	s1,36(sp)
	.cfi_restore 9
	.loc 1 16 8
	addi	a5,a5,1
	sw	a5,%lo(moves)(s0)
	.loc 1 17 3 is_stmt 1
	.loc 1 14 3
	.loc 1 18 1 is_stmt 0
	lw	s0,40(sp)
	.cfi_restore 8
	lw	s2,32(sp)
	.cfi_restore 18
	lw	s3,28(sp)
	.cfi_restore 19
	lw	s4,24(sp)
	.cfi_restore 20
	lw	s5,20(sp)
	.cfi_restore 21
	lw	s6,16(sp)
	.cfi_restore 22
	lw	s7,12(sp)
	.cfi_restore 23
	lw	s8,8(sp)
	.cfi_restore 24
	lw	s9,4(sp)
	.cfi_restore 25
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
.LVL90:
.L72:
	ret
	.cfi_endproc
.LFE5:
	.size	hanoi.isra.0, .-hanoi.isra.0
	.align	2
	.globl	ackermann
	.type	ackermann, @function
ackermann:
.LFB1:
	.loc 1 6 29 is_stmt 1
	.cfi_startproc
.LVL91:
	.loc 1 7 3
	.loc 1 7 6 is_stmt 0
	beq	a0,zero,.L263
	.loc 1 6 29
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sw	s2,32(sp)
	sw	ra,44(sp)
	sw	s0,40(sp)
	sw	s1,36(sp)
	sw	s3,28(sp)
	sw	s4,24(sp)
	sw	s5,20(sp)
	sw	s6,16(sp)
	sw	s7,12(sp)
	sw	s8,8(sp)
	sw	s9,4(sp)
	.cfi_offset 18, -16
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	.cfi_offset 9, -12
	.cfi_offset 19, -20
	.cfi_offset 20, -24
	.cfi_offset 21, -28
	.cfi_offset 22, -32
	.cfi_offset 23, -36
	.cfi_offset 24, -40
	.cfi_offset 25, -44
	mv	s2,a0
	.loc 1 8 3 is_stmt 1
	.loc 1 8 6 is_stmt 0
	bne	a1,zero,.L262
	addi	s7,s2,-1
	.loc 1 7 3 is_stmt 1
	.loc 1 8 22 is_stmt 0
	li	a1,1
.LVL92:
	.loc 1 7 6
	beq	s7,zero,.L83
.LVL93:
.L273:
	.loc 1 8 3 is_stmt 1
	.loc 1 8 6 is_stmt 0
	bne	a1,zero,.L140
	.loc 1 7 3 is_stmt 1
	.loc 1 7 6 is_stmt 0
	addi	s2,s2,-2
	.loc 1 8 22
	li	a1,1
	.loc 1 7 6
	beq	s2,zero,.L83
.L262:
	.loc 1 9 3 is_stmt 1
	.loc 1 9 10 is_stmt 0
	addi	a1,a1,-1
.LVL94:
.LBB172:
.LBB173:
	.loc 1 7 3 is_stmt 1
	.loc 1 8 3
	.loc 1 8 6 is_stmt 0
	bne	a1,zero,.L264
	.loc 1 7 3 is_stmt 1
	.loc 1 7 6 is_stmt 0
	addi	s7,s2,-1
	mv	s0,s7
	.loc 1 8 22
	li	a1,1
.LVL95:
	.loc 1 7 6
	beq	s7,zero,.L88
.L144:
.LBB174:
.LBB175:
	.loc 1 8 6
	mv	s8,s0
.L91:
	.loc 1 7 3 is_stmt 1
	.loc 1 7 6 is_stmt 0
	addi	s0,s0,-1
	li	a5,1
	beq	s0,zero,.L95
.L147:
.LBB176:
.LBB177:
	.loc 1 8 6
	mv	s9,s0
.L98:
	.loc 1 7 3 is_stmt 1
	.loc 1 7 6 is_stmt 0
	addi	s0,s0,-1
	li	a4,1
	beq	s0,zero,.L102
.L149:
.LBB178:
.LBB179:
	.loc 1 8 6
	mv	s6,s0
.L105:
	.loc 1 7 3 is_stmt 1
	.loc 1 7 6 is_stmt 0
	addi	s0,s0,-1
	li	a5,1
	beq	s0,zero,.L109
.L152:
.LBB180:
.LBB181:
	.loc 1 8 6
	mv	s5,s0
.L112:
	.loc 1 7 3 is_stmt 1
	.loc 1 7 6 is_stmt 0
	addi	s0,s0,-1
	li	a4,1
	beq	s0,zero,.L116
.L155:
.LBB182:
.LBB183:
	.loc 1 8 6
	mv	s4,s0
.L119:
	.loc 1 7 3 is_stmt 1
	.loc 1 7 6 is_stmt 0
	addi	s0,s0,-1
	li	a5,1
	beq	s0,zero,.L123
.L158:
.LBB184:
.LBB185:
	mv	s3,s0
.L126:
	.loc 1 7 3 is_stmt 1
	.loc 1 7 6 is_stmt 0
	addi	s0,s0,-1
	li	a1,1
	beq	s0,zero,.L130
.L257:
	mv	s1,s0
	.loc 1 8 3 is_stmt 1
.L131:
	.loc 1 9 3
	.loc 1 9 10 is_stmt 0
	addi	a1,a1,-1
.LVL96:
.LBB186:
.LBB187:
	.loc 1 7 3 is_stmt 1
.L135:
	.loc 1 8 3
	mv	a0,s1
	.loc 1 8 22 is_stmt 0
	addi	s1,s1,-1
	.loc 1 8 6
	bne	a1,zero,.L265
.L160:
	.loc 1 8 22
	li	a1,1
	.loc 1 7 3 is_stmt 1
	.loc 1 7 6 is_stmt 0
	bne	s1,zero,.L135
.L274:
.LBE187:
.LBE186:
	addi	s1,s0,-1
.LBB191:
.LBB188:
	.loc 1 7 24
	addi	a1,a1,1
	.loc 1 7 15 is_stmt 1
.LBE188:
.LBE191:
	.loc 1 7 3
	.loc 1 7 6 is_stmt 0
	beq	s1,zero,.L130
	.loc 1 8 3 is_stmt 1
	.loc 1 8 6 is_stmt 0
	bne	a1,zero,.L266
	.loc 1 7 3 is_stmt 1
	.loc 1 7 6 is_stmt 0
	addi	s0,s0,-2
	.loc 1 8 22
	li	a1,1
	.loc 1 7 6
	bne	s0,zero,.L257
.L130:
.LBE185:
.LBE184:
	addi	s0,s3,-1
.LBB199:
.LBB194:
	.loc 1 7 24
	addi	a5,a1,1
	.loc 1 7 15 is_stmt 1
.LBE194:
.LBE199:
	.loc 1 7 3
	.loc 1 7 6 is_stmt 0
	beq	s0,zero,.L123
	.loc 1 8 3 is_stmt 1
	.loc 1 8 6 is_stmt 0
	bne	a5,zero,.L267
	.loc 1 7 3 is_stmt 1
	.loc 1 7 6 is_stmt 0
	addi	s0,s3,-2
	.loc 1 8 22
	li	a5,1
	.loc 1 7 6
	bne	s0,zero,.L158
.L123:
.LBE183:
.LBE182:
	addi	s0,s4,-1
.LBB209:
.LBB204:
	.loc 1 7 24
	addi	a4,a5,1
	.loc 1 7 15 is_stmt 1
.LBE204:
.LBE209:
	.loc 1 7 3
	.loc 1 7 6 is_stmt 0
	beq	s0,zero,.L116
	.loc 1 8 3 is_stmt 1
	.loc 1 8 6 is_stmt 0
	bne	a4,zero,.L268
	.loc 1 7 3 is_stmt 1
	.loc 1 7 6 is_stmt 0
	addi	s0,s4,-2
	.loc 1 8 22
	li	a4,1
	.loc 1 7 6
	bne	s0,zero,.L155
.L116:
.LBE181:
.LBE180:
	addi	s0,s5,-1
.LBB220:
.LBB214:
	.loc 1 7 24
	addi	a5,a4,1
	.loc 1 7 15 is_stmt 1
.LBE214:
.LBE220:
	.loc 1 7 3
	.loc 1 7 6 is_stmt 0
	beq	s0,zero,.L109
	.loc 1 8 3 is_stmt 1
	.loc 1 8 6 is_stmt 0
	bne	a5,zero,.L269
	.loc 1 7 3 is_stmt 1
	.loc 1 7 6 is_stmt 0
	addi	s0,s5,-2
	.loc 1 8 22
	li	a5,1
	.loc 1 7 6
	bne	s0,zero,.L152
.L109:
.LBE179:
.LBE178:
	addi	s0,s6,-1
.LBB232:
.LBB226:
	.loc 1 7 24
	addi	a4,a5,1
	.loc 1 7 15 is_stmt 1
.LBE226:
.LBE232:
	.loc 1 7 3
	.loc 1 7 6 is_stmt 0
	beq	s0,zero,.L102
	.loc 1 8 3 is_stmt 1
	.loc 1 8 6 is_stmt 0
	bne	a4,zero,.L270
	.loc 1 7 3 is_stmt 1
	.loc 1 7 6 is_stmt 0
	addi	s0,s6,-2
	.loc 1 8 22
	li	a4,1
	.loc 1 7 6
	bne	s0,zero,.L149
.L102:
.LBE177:
.LBE176:
	addi	s0,s9,-1
.LBB245:
.LBB238:
	.loc 1 7 24
	addi	a5,a4,1
	.loc 1 7 15 is_stmt 1
.LBE238:
.LBE245:
	.loc 1 7 3
	.loc 1 7 6 is_stmt 0
	beq	s0,zero,.L95
	.loc 1 8 3 is_stmt 1
	.loc 1 8 6 is_stmt 0
	bne	a5,zero,.L271
	.loc 1 7 3 is_stmt 1
	.loc 1 7 6 is_stmt 0
	addi	s0,s9,-2
	.loc 1 8 22
	li	a5,1
	.loc 1 7 6
	bne	s0,zero,.L147
.L95:
.LBE175:
.LBE174:
	addi	s0,s8,-1
.LBB258:
.LBB252:
	.loc 1 7 24
	addi	a1,a5,1
	.loc 1 7 15 is_stmt 1
.LBE252:
.LBE258:
	.loc 1 7 3
	.loc 1 7 6 is_stmt 0
	beq	s0,zero,.L88
	.loc 1 8 3 is_stmt 1
	.loc 1 8 6 is_stmt 0
	bne	a1,zero,.L272
	.loc 1 7 3 is_stmt 1
	.loc 1 7 6 is_stmt 0
	addi	s0,s8,-2
	.loc 1 8 22
	li	a1,1
	.loc 1 7 6
	bne	s0,zero,.L144
.L88:
	.loc 1 7 24
	addi	a1,a1,1
	.loc 1 7 15 is_stmt 1
.LVL97:
.LBE173:
.LBE172:
	.loc 1 7 3
	.loc 1 7 6 is_stmt 0
	bne	s7,zero,.L273
.L83:
	.loc 1 7 15 is_stmt 1 discriminator 1
	.loc 1 10 1 is_stmt 0 discriminator 1
	lw	ra,44(sp)
	.cfi_remember_state
	.cfi_restore 1
	lw	s0,40(sp)
	.cfi_restore 8
	lw	s1,36(sp)
	.cfi_restore 9
	lw	s2,32(sp)
	.cfi_restore 18
	lw	s3,28(sp)
	.cfi_restore 19
	lw	s4,24(sp)
	.cfi_restore 20
	lw	s5,20(sp)
	.cfi_restore 21
	lw	s6,16(sp)
	.cfi_restore 22
	lw	s7,12(sp)
	.cfi_restore 23
	lw	s8,8(sp)
	.cfi_restore 24
	lw	s9,4(sp)
	.cfi_restore 25
	.loc 1 7 24 discriminator 1
	addi	a0,a1,1
	.loc 1 10 1 discriminator 1
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
.LVL98:
.L268:
	.cfi_restore_state
.LBB266:
.LBB264:
.LBB259:
.LBB253:
.LBB246:
.LBB239:
.LBB233:
.LBB227:
.LBB221:
.LBB215:
	.loc 1 9 3 is_stmt 1
.LBB210:
.LBB205:
	.loc 1 7 3
	.loc 1 8 3
	.loc 1 8 6 is_stmt 0
	beq	a5,zero,.L155
	.loc 1 9 3 is_stmt 1
	.loc 1 9 10 is_stmt 0
	addi	a5,a5,-1
.LVL99:
.LBB200:
.LBB195:
	.loc 1 7 3 is_stmt 1
.LBE195:
.LBE200:
	.loc 1 9 10 is_stmt 0
	mv	s4,s0
.LVL100:
.L129:
.LBB201:
.LBB196:
	.loc 1 8 3 is_stmt 1
	.loc 1 8 6 is_stmt 0
	mv	s3,s0
	beq	a5,zero,.L126
	mv	s1,s0
	.loc 1 9 3 is_stmt 1
	.loc 1 9 10 is_stmt 0
	addi	a1,a5,-1
.LVL101:
.LBB192:
.LBB189:
	.loc 1 7 3 is_stmt 1
	.loc 1 8 3
	mv	a0,s1
	.loc 1 8 22 is_stmt 0
	addi	s1,s1,-1
	.loc 1 8 6
	beq	a1,zero,.L160
.LVL102:
.L265:
	.loc 1 9 3 is_stmt 1
	.loc 1 9 10 is_stmt 0
	addi	a1,a1,-1
	call	ackermann
.LVL103:
	mv	a1,a0
	.loc 1 7 3 is_stmt 1
	.loc 1 7 6 is_stmt 0
	bne	s1,zero,.L135
	j	.L274
.L269:
.LBE189:
.LBE192:
.LBE196:
.LBE201:
.LBE205:
.LBE210:
.LBE215:
.LBE221:
	.loc 1 9 3 is_stmt 1
.LVL104:
.LBB222:
.LBB216:
	.loc 1 7 3
	.loc 1 8 3
	.loc 1 8 6 is_stmt 0
	beq	a4,zero,.L152
	.loc 1 9 3 is_stmt 1
	.loc 1 9 10 is_stmt 0
	addi	a4,a4,-1
.LVL105:
.LBB211:
.LBB206:
	.loc 1 7 3 is_stmt 1
.LBE206:
.LBE211:
	.loc 1 9 10 is_stmt 0
	mv	s5,s0
.LVL106:
.L122:
.LBB212:
.LBB207:
	.loc 1 8 3 is_stmt 1
	.loc 1 8 6 is_stmt 0
	mv	s4,s0
	.loc 1 9 10
	addi	a5,a4,-1
	.loc 1 8 6
	beq	a4,zero,.L119
	j	.L129
.L267:
	.loc 1 9 3 is_stmt 1
.LVL107:
.LBB202:
.LBB197:
	.loc 1 7 3
	.loc 1 8 3
	.loc 1 8 6 is_stmt 0
	beq	a1,zero,.L158
	mv	s1,s0
	.loc 1 9 3 is_stmt 1
	.loc 1 9 10 is_stmt 0
	addi	a1,a1,-1
.LVL108:
.LBB193:
.LBB190:
	.loc 1 7 3 is_stmt 1
.LBE190:
.LBE193:
	.loc 1 9 10 is_stmt 0
	mv	s3,s0
	j	.L135
.LVL109:
.L270:
.LBE197:
.LBE202:
.LBE207:
.LBE212:
.LBE216:
.LBE222:
.LBE227:
.LBE233:
	.loc 1 9 3 is_stmt 1
.LBB234:
.LBB228:
	.loc 1 7 3
	.loc 1 8 3
	.loc 1 8 6 is_stmt 0
	beq	a5,zero,.L149
	.loc 1 9 3 is_stmt 1
	.loc 1 9 10 is_stmt 0
	addi	a5,a5,-1
.LVL110:
.LBB223:
.LBB217:
	.loc 1 7 3 is_stmt 1
.LBE217:
.LBE223:
	.loc 1 9 10 is_stmt 0
	mv	s6,s0
.LVL111:
.L115:
.LBB224:
.LBB218:
	.loc 1 8 3 is_stmt 1
	.loc 1 8 6 is_stmt 0
	mv	s5,s0
	.loc 1 9 10
	addi	a4,a5,-1
	.loc 1 8 6
	beq	a5,zero,.L112
	j	.L122
.L271:
.LBE218:
.LBE224:
.LBE228:
.LBE234:
.LBE239:
.LBE246:
	.loc 1 9 3 is_stmt 1
.LVL112:
.LBB247:
.LBB240:
	.loc 1 7 3
	.loc 1 8 3
	.loc 1 8 6 is_stmt 0
	beq	a4,zero,.L147
	.loc 1 9 3 is_stmt 1
	.loc 1 9 10 is_stmt 0
	addi	a4,a4,-1
.LVL113:
.LBB235:
.LBB229:
	.loc 1 7 3 is_stmt 1
.LBE229:
.LBE235:
	.loc 1 9 10 is_stmt 0
	mv	s9,s0
.LVL114:
.L108:
.LBB236:
.LBB230:
	.loc 1 8 3 is_stmt 1
	.loc 1 8 6 is_stmt 0
	mv	s6,s0
	.loc 1 9 10
	addi	a5,a4,-1
	.loc 1 8 6
	beq	a4,zero,.L105
	j	.L115
.LVL115:
.L272:
.LBE230:
.LBE236:
.LBE240:
.LBE247:
.LBE253:
.LBE259:
	.loc 1 9 3 is_stmt 1
.LBB260:
.LBB254:
	.loc 1 7 3
	.loc 1 8 3
	.loc 1 8 6 is_stmt 0
	beq	a5,zero,.L144
	.loc 1 9 3 is_stmt 1
	.loc 1 9 10 is_stmt 0
	addi	a5,a5,-1
.LVL116:
.LBB248:
.LBB241:
	.loc 1 7 3 is_stmt 1
.LBE241:
.LBE248:
	.loc 1 9 10 is_stmt 0
	mv	s8,s0
.L101:
.LBB249:
.LBB242:
	.loc 1 8 3 is_stmt 1
	.loc 1 8 6 is_stmt 0
	mv	s9,s0
	.loc 1 9 10
	addi	a4,a5,-1
	.loc 1 8 6
	beq	a5,zero,.L98
	j	.L108
.LVL117:
.L264:
.LBE242:
.LBE249:
.LBE254:
.LBE260:
	.loc 1 9 3 is_stmt 1
.LBB261:
.LBB255:
	.loc 1 7 3
	.loc 1 8 3
.LBE255:
.LBE261:
	.loc 1 9 10 is_stmt 0
	addi	a5,a1,-1
.LVL118:
.LBB262:
.LBB256:
	.loc 1 8 6
	bne	a5,zero,.L275
	mv	s8,s2
	mv	s0,s2
	addi	s7,s2,-1
	j	.L91
.LVL119:
.L263:
	.cfi_def_cfa_offset 0
	.cfi_restore 1
	.cfi_restore 8
	.cfi_restore 9
	.cfi_restore 18
	.cfi_restore 19
	.cfi_restore 20
	.cfi_restore 21
	.cfi_restore 22
	.cfi_restore 23
	.cfi_restore 24
	.cfi_restore 25
.LBE256:
.LBE262:
.LBE264:
.LBE266:
	.loc 1 7 15 is_stmt 1
	.loc 1 7 24 is_stmt 0
	addi	a0,a1,1
.LVL120:
	.loc 1 10 1
	ret
.LVL121:
.L140:
	.cfi_def_cfa_offset 48
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	.cfi_offset 9, -12
	.cfi_offset 18, -16
	.cfi_offset 19, -20
	.cfi_offset 20, -24
	.cfi_offset 21, -28
	.cfi_offset 22, -32
	.cfi_offset 23, -36
	.cfi_offset 24, -40
	.cfi_offset 25, -44
	.loc 1 7 6
	mv	s2,s7
	.loc 1 9 3 is_stmt 1
	j	.L262
.LVL122:
.L266:
.LBB267:
.LBB265:
.LBB263:
.LBB257:
.LBB250:
.LBB243:
.LBB237:
.LBB231:
.LBB225:
.LBB219:
.LBB213:
.LBB208:
.LBB203:
.LBB198:
	.loc 1 7 6 is_stmt 0
	mv	s0,s1
	j	.L131
.LVL123:
.L275:
.LBE198:
.LBE203:
.LBE208:
.LBE213:
.LBE219:
.LBE225:
.LBE231:
.LBE237:
.LBE243:
.LBE250:
	.loc 1 9 3 is_stmt 1
	.loc 1 9 10 is_stmt 0
	addi	a5,a1,-2
.LVL124:
.LBB251:
.LBB244:
	.loc 1 7 3 is_stmt 1
.LBE244:
.LBE251:
	.loc 1 9 10 is_stmt 0
	mv	s8,s2
	mv	s0,s2
	addi	s7,s2,-1
	j	.L101
.LBE257:
.LBE263:
.LBE265:
.LBE267:
	.cfi_endproc
.LFE1:
	.size	ackermann, .-ackermann
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"fib(%d) = %d\n"
	.align	2
.LC1:
	.string	"ackermann(2, 3) = %d\n"
	.align	2
.LC2:
	.string	"hanoi(10): %d moves\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
.LFB3:
	.loc 1 20 16 is_stmt 1
	.cfi_startproc
	.loc 1 21 3
.LBB271:
	.loc 1 21 8
.LVL125:
	.loc 1 21 21
.LBB272:
.LBB273:
	.loc 1 4 25
.LBE273:
.LBE272:
.LBE271:
	.loc 1 20 16 is_stmt 0
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sw	s5,4(sp)
	.cfi_offset 21, -28
.LBB278:
	.loc 1 21 35
	lui	s5,%hi(.LC0)
	li	a2,0
	li	a1,0
	addi	a0,s5,%lo(.LC0)
.LBE278:
	.loc 1 20 16
	sw	s3,12(sp)
	sw	s4,8(sp)
	sw	s6,0(sp)
	sw	ra,28(sp)
	sw	s0,24(sp)
	sw	s1,20(sp)
	sw	s2,16(sp)
	.cfi_offset 19, -20
	.cfi_offset 20, -24
	.cfi_offset 22, -32
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	.cfi_offset 9, -12
	.cfi_offset 18, -16
.LBB279:
	.loc 1 21 21
	li	s4,2
	.loc 1 21 35
	call	printf
.LVL126:
	.loc 1 21 29 is_stmt 1
	.loc 1 21 21
.LBB276:
.LBB274:
	.loc 1 4 25
.LBE274:
.LBE276:
	.loc 1 21 29 is_stmt 0
	li	s3,4
	.loc 1 21 21
	li	s6,20
.LVL127:
.L278:
	addi	s2,s3,-3
	addi	s0,s3,-1
	sub	s2,s2,s4
	.loc 1 21 29
	li	s1,0
.L277:
.LBB277:
.LBB275:
	.loc 1 4 44
	mv	a0,s0
	call	fib
.LVL128:
	.loc 1 4 42
	addi	s0,s0,-2
	add	s1,s1,a0
	.loc 1 4 25 is_stmt 1
	.loc 1 4 42 is_stmt 0
	bne	s0,s2,.L277
	.loc 1 4 57
	andi	a2,s4,1
.LBE275:
.LBE277:
	.loc 1 21 35
	mv	a1,s3
	add	a2,a2,s1
	addi	a0,s5,%lo(.LC0)
	.loc 1 21 29
	addi	s3,s3,4
	.loc 1 21 35
	call	printf
.LVL129:
	.loc 1 21 29 is_stmt 1
	.loc 1 21 21
	addi	s4,s4,4
	bne	s3,s6,.L278
.LBE279:
	.loc 1 22 3
	li	a1,3
	li	a0,2
	call	ackermann
.LVL130:
	mv	a1,a0
	lui	a0,%hi(.LC1)
	addi	a0,a0,%lo(.LC1)
	call	printf
.LVL131:
	.loc 1 23 3
	li	a0,10
	call	hanoi.isra.0
.LVL132:
	.loc 1 24 3
	lui	a5,%hi(moves)
	lw	a1,%lo(moves)(a5)
	lui	a0,%hi(.LC2)
	addi	a0,a0,%lo(.LC2)
	call	printf
.LVL133:
	.loc 1 25 3
	.loc 1 25 10 is_stmt 0
	li	a0,10
	call	fib
.LVL134:
	.loc 1 26 1
	lw	ra,28(sp)
	.cfi_restore 1
	lw	s0,24(sp)
	.cfi_restore 8
	.loc 1 25 18
	li	a5,7
	.loc 1 26 1
	lw	s1,20(sp)
	.cfi_restore 9
	lw	s2,16(sp)
	.cfi_restore 18
	lw	s3,12(sp)
	.cfi_restore 19
.LVL135:
	lw	s4,8(sp)
	.cfi_restore 20
	lw	s5,4(sp)
	.cfi_restore 21
	lw	s6,0(sp)
	.cfi_restore 22
	rem	a0,a0,a5
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE3:
	.size	main, .-main
	.section	.sbss,"aw",@nobits
	.align	2
	.type	moves, @object
	.size	moves, 4
moves:
	.zero	4
	.text
.Letext0:
	.file 2 "runtime/vmlab.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x5c4
	.2byte	0x5
	.byte	0x1
	.byte	0x4
	.4byte	.Ldebug_abbrev0
	.byte	0xc
	.4byte	.LASF8
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL62
	.4byte	0
	.4byte	.Ldebug_line0
	.byte	0xa
	.byte	0x4
	.byte	0x7
	.4byte	.LASF2
	.byte	0xd
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0xe
	.4byte	.LASF4
	.byte	0x1
	.byte	0xc
	.byte	0xc
	.4byte	0x2d
	.byte	0x5
	.byte	0x3
	.4byte	moves
	.byte	0xf
	.4byte	.LASF6
	.byte	0x2
	.byte	0x16
	.byte	0x5
	.4byte	0x2d
	.4byte	0x5d
	.byte	0x10
	.4byte	0x5d
	.byte	0x11
	.byte	0
	.byte	0x12
	.byte	0x4
	.4byte	0x6a
	.byte	0xa
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.byte	0x13
	.4byte	0x63
	.byte	0x14
	.4byte	.LASF9
	.byte	0x1
	.byte	0x14
	.byte	0x5
	.4byte	0x2d
	.4byte	.LFB3
	.4byte	.LFE3-.LFB3
	.byte	0x1
	.byte	0x9c
	.4byte	0x18e
	.byte	0x15
	.4byte	.LLRL59
	.4byte	0x110
	.byte	0x16
	.string	"i"
	.byte	0x1
	.byte	0x15
	.byte	0xc
	.4byte	0x2d
	.4byte	.LLST60
	.byte	0x17
	.4byte	0x1ea
	.4byte	.LBB272
	.4byte	.LLRL61
	.byte	0x1
	.byte	0x15
	.byte	0x23
	.4byte	0xca
	.byte	0x2
	.4byte	0x1fb
	.byte	0x6
	.4byte	.LVL128
	.4byte	0x1ea
	.byte	0x4
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0
	.byte	0
	.byte	0x7
	.4byte	.LVL126
	.4byte	0x46
	.4byte	0xeb
	.byte	0x4
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x3
	.4byte	.LC0
	.byte	0x4
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.byte	0x30
	.byte	0x4
	.byte	0x1
	.byte	0x5c
	.byte	0x1
	.byte	0x30
	.byte	0
	.byte	0x6
	.4byte	.LVL129
	.4byte	0x46
	.byte	0x4
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x3
	.4byte	.LC0
	.byte	0x4
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x83
	.byte	0x7c
	.byte	0x4
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.byte	0x84
	.byte	0
	.byte	0x31
	.byte	0x1a
	.byte	0x79
	.byte	0
	.byte	0x22
	.byte	0
	.byte	0
	.byte	0x7
	.4byte	.LVL130
	.4byte	0x1c6
	.4byte	0x128
	.byte	0x4
	.byte	0x1
	.byte	0x5a
	.byte	0x1
	.byte	0x32
	.byte	0x4
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.byte	0x33
	.byte	0
	.byte	0x7
	.4byte	.LVL131
	.4byte	0x46
	.4byte	0x13f
	.byte	0x4
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x3
	.4byte	.LC1
	.byte	0
	.byte	0x7
	.4byte	.LVL132
	.4byte	0x2fb
	.4byte	0x167
	.byte	0x4
	.byte	0x1
	.byte	0x5a
	.byte	0x1
	.byte	0x3a
	.byte	0x8
	.4byte	0x1a4
	.byte	0x1
	.byte	0x31
	.byte	0x8
	.4byte	0x1b0
	.byte	0x1
	.byte	0x33
	.byte	0x8
	.4byte	0x1ba
	.byte	0x1
	.byte	0x32
	.byte	0
	.byte	0x7
	.4byte	.LVL133
	.4byte	0x46
	.4byte	0x17e
	.byte	0x4
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x3
	.4byte	.LC2
	.byte	0
	.byte	0x6
	.4byte	.LVL134
	.4byte	0x1ea
	.byte	0x4
	.byte	0x1
	.byte	0x5a
	.byte	0x1
	.byte	0x3a
	.byte	0
	.byte	0
	.byte	0x18
	.4byte	.LASF10
	.byte	0x1
	.byte	0xd
	.byte	0xd
	.byte	0x1
	.4byte	0x1c6
	.byte	0x5
	.string	"n"
	.byte	0xd
	.byte	0x17
	.4byte	0x2d
	.byte	0x19
	.4byte	.LASF5
	.byte	0x1
	.byte	0xd
	.byte	0x1e
	.4byte	0x2d
	.byte	0x5
	.string	"to"
	.byte	0xd
	.byte	0x28
	.4byte	0x2d
	.byte	0x5
	.string	"via"
	.byte	0xd
	.byte	0x30
	.4byte	0x2d
	.byte	0
	.byte	0x1a
	.4byte	.LASF7
	.byte	0x1
	.byte	0x6
	.byte	0x5
	.4byte	0x2d
	.byte	0x1
	.4byte	0x1ea
	.byte	0x5
	.string	"m"
	.byte	0x6
	.byte	0x13
	.4byte	0x2d
	.byte	0x5
	.string	"n"
	.byte	0x6
	.byte	0x1a
	.4byte	0x2d
	.byte	0
	.byte	0x1b
	.string	"fib"
	.byte	0x1
	.byte	0x4
	.byte	0xc
	.4byte	0x2d
	.byte	0x1
	.4byte	0x205
	.byte	0x5
	.string	"n"
	.byte	0x4
	.byte	0x14
	.4byte	0x2d
	.byte	0
	.byte	0xb
	.4byte	0x1ea
	.4byte	.LFB0
	.4byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.4byte	0x2fb
	.byte	0x1
	.4byte	0x1fb
	.4byte	.LLST0
	.byte	0x3
	.4byte	0x1ea
	.4byte	.LBB18
	.4byte	.LLRL1
	.byte	0x4
	.byte	0x2c
	.byte	0x1
	.4byte	0x1fb
	.4byte	.LLST2
	.byte	0x3
	.4byte	0x1ea
	.4byte	.LBB20
	.4byte	.LLRL3
	.byte	0x4
	.byte	0x2c
	.byte	0x1
	.4byte	0x1fb
	.4byte	.LLST4
	.byte	0x3
	.4byte	0x1ea
	.4byte	.LBB22
	.4byte	.LLRL5
	.byte	0x4
	.byte	0x2c
	.byte	0x1
	.4byte	0x1fb
	.4byte	.LLST6
	.byte	0x3
	.4byte	0x1ea
	.4byte	.LBB24
	.4byte	.LLRL7
	.byte	0x4
	.byte	0x2c
	.byte	0x1
	.4byte	0x1fb
	.4byte	.LLST8
	.byte	0x3
	.4byte	0x1ea
	.4byte	.LBB26
	.4byte	.LLRL9
	.byte	0x4
	.byte	0x2c
	.byte	0x1
	.4byte	0x1fb
	.4byte	.LLST10
	.byte	0x3
	.4byte	0x1ea
	.4byte	.LBB28
	.4byte	.LLRL11
	.byte	0x4
	.byte	0x2c
	.byte	0x1
	.4byte	0x1fb
	.4byte	.LLST12
	.byte	0x3
	.4byte	0x1ea
	.4byte	.LBB30
	.4byte	.LLRL13
	.byte	0x4
	.byte	0x2c
	.byte	0x1
	.4byte	0x1fb
	.4byte	.LLST14
	.byte	0x1c
	.4byte	0x1ea
	.4byte	.LBB32
	.4byte	.LBE32-.LBB32
	.byte	0x1
	.byte	0x4
	.byte	0x2c
	.byte	0x1
	.4byte	0x1fb
	.4byte	.LLST15
	.byte	0x6
	.4byte	.LVL19
	.4byte	0x1ea
	.byte	0x4
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x82
	.byte	0x2
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0xb
	.4byte	0x18e
	.4byte	.LFB5
	.4byte	.LFE5-.LFB5
	.byte	0x1
	.byte	0x9c
	.4byte	0x48c
	.byte	0x1
	.4byte	0x19b
	.4byte	.LLST16
	.byte	0x9
	.4byte	0x1ba
	.byte	0x6
	.byte	0xfa
	.4byte	0x1ba
	.byte	0x9f
	.byte	0x9
	.4byte	0x1b0
	.byte	0x6
	.byte	0xfa
	.4byte	0x1b0
	.byte	0x9f
	.byte	0x9
	.4byte	0x1a4
	.byte	0x6
	.byte	0xfa
	.4byte	0x1a4
	.byte	0x9f
	.byte	0x3
	.4byte	0x18e
	.4byte	.LBB82
	.4byte	.LLRL17
	.byte	0xf
	.byte	0x3
	.byte	0x2
	.4byte	0x1a4
	.byte	0x2
	.4byte	0x1b0
	.byte	0x2
	.4byte	0x1ba
	.byte	0x1
	.4byte	0x19b
	.4byte	.LLST18
	.byte	0x3
	.4byte	0x18e
	.4byte	.LBB84
	.4byte	.LLRL19
	.byte	0xf
	.byte	0x3
	.byte	0x2
	.4byte	0x1a4
	.byte	0x2
	.4byte	0x1b0
	.byte	0x2
	.4byte	0x1ba
	.byte	0x1
	.4byte	0x19b
	.4byte	.LLST20
	.byte	0x3
	.4byte	0x18e
	.4byte	.LBB86
	.4byte	.LLRL21
	.byte	0xf
	.byte	0x3
	.byte	0x2
	.4byte	0x1a4
	.byte	0x2
	.4byte	0x1b0
	.byte	0x2
	.4byte	0x1ba
	.byte	0x1
	.4byte	0x19b
	.4byte	.LLST22
	.byte	0x3
	.4byte	0x18e
	.4byte	.LBB88
	.4byte	.LLRL23
	.byte	0xf
	.byte	0x3
	.byte	0x2
	.4byte	0x1a4
	.byte	0x2
	.4byte	0x1b0
	.byte	0x2
	.4byte	0x1ba
	.byte	0x1
	.4byte	0x19b
	.4byte	.LLST24
	.byte	0x3
	.4byte	0x18e
	.4byte	.LBB90
	.4byte	.LLRL25
	.byte	0xf
	.byte	0x3
	.byte	0x2
	.4byte	0x1a4
	.byte	0x2
	.4byte	0x1b0
	.byte	0x2
	.4byte	0x1ba
	.byte	0x1
	.4byte	0x19b
	.4byte	.LLST26
	.byte	0x3
	.4byte	0x18e
	.4byte	.LBB92
	.4byte	.LLRL27
	.byte	0xf
	.byte	0x3
	.byte	0x2
	.4byte	0x1a4
	.byte	0x2
	.4byte	0x1b0
	.byte	0x2
	.4byte	0x1ba
	.byte	0x1
	.4byte	0x19b
	.4byte	.LLST28
	.byte	0x3
	.4byte	0x18e
	.4byte	.LBB94
	.4byte	.LLRL29
	.byte	0xf
	.byte	0x3
	.byte	0x2
	.4byte	0x1a4
	.byte	0x2
	.4byte	0x1b0
	.byte	0x2
	.4byte	0x1ba
	.byte	0x1
	.4byte	0x19b
	.4byte	.LLST30
	.byte	0x3
	.4byte	0x18e
	.4byte	.LBB96
	.4byte	.LLRL31
	.byte	0xf
	.byte	0x3
	.byte	0x2
	.4byte	0x1a4
	.byte	0x2
	.4byte	0x1b0
	.byte	0x2
	.4byte	0x1ba
	.byte	0x1
	.4byte	0x19b
	.4byte	.LLST32
	.byte	0x6
	.4byte	.LVL63
	.4byte	0x2fb
	.byte	0x4
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x89
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x1d
	.4byte	0x1c6
	.4byte	.LFB1
	.4byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.byte	0x1
	.4byte	0x1d7
	.4byte	.LLST33
	.byte	0x1
	.4byte	0x1e0
	.4byte	.LLST34
	.byte	0x3
	.4byte	0x1c6
	.4byte	.LBB172
	.4byte	.LLRL35
	.byte	0x9
	.byte	0xa
	.byte	0x1
	.4byte	0x1e0
	.4byte	.LLST36
	.byte	0x1
	.4byte	0x1d7
	.4byte	.LLST37
	.byte	0x3
	.4byte	0x1c6
	.4byte	.LBB174
	.4byte	.LLRL38
	.byte	0x9
	.byte	0xa
	.byte	0x1
	.4byte	0x1e0
	.4byte	.LLST39
	.byte	0x1
	.4byte	0x1d7
	.4byte	.LLST40
	.byte	0x3
	.4byte	0x1c6
	.4byte	.LBB176
	.4byte	.LLRL41
	.byte	0x9
	.byte	0xa
	.byte	0x1
	.4byte	0x1e0
	.4byte	.LLST42
	.byte	0x1
	.4byte	0x1d7
	.4byte	.LLST43
	.byte	0x3
	.4byte	0x1c6
	.4byte	.LBB178
	.4byte	.LLRL44
	.byte	0x9
	.byte	0xa
	.byte	0x1
	.4byte	0x1e0
	.4byte	.LLST45
	.byte	0x1
	.4byte	0x1d7
	.4byte	.LLST46
	.byte	0x3
	.4byte	0x1c6
	.4byte	.LBB180
	.4byte	.LLRL47
	.byte	0x9
	.byte	0xa
	.byte	0x1
	.4byte	0x1e0
	.4byte	.LLST48
	.byte	0x1
	.4byte	0x1d7
	.4byte	.LLST49
	.byte	0x3
	.4byte	0x1c6
	.4byte	.LBB182
	.4byte	.LLRL50
	.byte	0x9
	.byte	0xa
	.byte	0x1
	.4byte	0x1e0
	.4byte	.LLST51
	.byte	0x1
	.4byte	0x1d7
	.4byte	.LLST52
	.byte	0x3
	.4byte	0x1c6
	.4byte	.LBB184
	.4byte	.LLRL53
	.byte	0x9
	.byte	0xa
	.byte	0x1
	.4byte	0x1e0
	.4byte	.LLST54
	.byte	0x1
	.4byte	0x1d7
	.4byte	.LLST55
	.byte	0x3
	.4byte	0x1c6
	.4byte	.LBB186
	.4byte	.LLRL56
	.byte	0x9
	.byte	0xa
	.byte	0x1
	.4byte	0x1e0
	.4byte	.LLST57
	.byte	0x1
	.4byte	0x1d7
	.4byte	.LLST58
	.byte	0x1e
	.4byte	.LVL103
	.4byte	0x1c6
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
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
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x3
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
	.byte	0x4
	.byte	0x49
	.byte	0
	.byte	0x2
	.byte	0x18
	.byte	0x7e
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x5
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
	.byte	0x6
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x7
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
	.byte	0x8
	.byte	0x49
	.byte	0
	.byte	0x80,0x1
	.byte	0x13
	.byte	0x7e
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x9
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0xa
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
	.byte	0xb
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
	.byte	0xc
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
	.byte	0x55
	.byte	0x17
	.byte	0x11
	.byte	0x1
	.byte	0x10
	.byte	0x17
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
	.byte	0x8
	.byte	0
	.byte	0
	.byte	0xe
	.byte	0x34
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
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0xf
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
	.byte	0x49
	.byte	0x13
	.byte	0x3c
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x10
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x11
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0x12
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x13
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x14
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
	.byte	0x15
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x16
	.byte	0x34
	.byte	0
	.byte	0x3
	.byte	0x8
	.byte	0x3a
	.byte	0xb
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
	.byte	0xb
	.byte	0x59
	.byte	0xb
	.byte	0x57
	.byte	0xb
	.byte	0x1
	.byte	0x13
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
	.byte	0x20
	.byte	0xb
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x19
	.byte	0x5
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
	.byte	0x1a
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
	.byte	0x49
	.byte	0x13
	.byte	0x20
	.byte	0xb
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1b
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
	.byte	0x49
	.byte	0x13
	.byte	0x20
	.byte	0xb
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1c
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
	.byte	0
	.byte	0
	.byte	0x1d
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
	.byte	0x1e
	.byte	0x48
	.byte	0
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
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
.LLST60:
	.byte	0x7
	.4byte	.LVL125
	.4byte	.LVL126
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL126
	.4byte	.LVL127
	.byte	0x2
	.byte	0x34
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL129
	.4byte	.LVL135
	.byte	0x1
	.byte	0x63
	.byte	0
.LLST0:
	.byte	0x7
	.4byte	.LVL0
	.4byte	.LVL2
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL2
	.4byte	.LFE0
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST2:
	.byte	0x7
	.4byte	.LVL1
	.4byte	.LVL3
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.4byte	.LVL43
	.4byte	.LVL44
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST4:
	.byte	0x7
	.4byte	.LVL4
	.4byte	.LVL5
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.4byte	.LVL41
	.4byte	.LVL42
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST6:
	.byte	0x7
	.4byte	.LVL6
	.4byte	.LVL7
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.4byte	.LVL39
	.4byte	.LVL40
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST8:
	.byte	0x7
	.4byte	.LVL8
	.4byte	.LVL9
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.4byte	.LVL37
	.4byte	.LVL38
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST10:
	.byte	0x7
	.4byte	.LVL10
	.4byte	.LVL11
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.4byte	.LVL35
	.4byte	.LVL36
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST12:
	.byte	0x7
	.4byte	.LVL12
	.4byte	.LVL13
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST14:
	.byte	0x7
	.4byte	.LVL14
	.4byte	.LVL15
	.byte	0x1
	.byte	0x6f
	.byte	0x7
	.4byte	.LVL15
	.4byte	.LVL16
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL16
	.4byte	.LVL21
	.byte	0x3
	.byte	0x86
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL21
	.4byte	.LVL22
	.byte	0x3
	.byte	0x78
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL31
	.4byte	.LVL32
	.byte	0x1
	.byte	0x6f
	.byte	0x7
	.4byte	.LVL33
	.4byte	.LVL34
	.byte	0x3
	.byte	0x86
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL34
	.4byte	.LVL35
	.byte	0x3
	.byte	0x78
	.byte	0x7f
	.byte	0x9f
	.byte	0
.LLST15:
	.byte	0x7
	.4byte	.LVL16
	.4byte	.LVL17
	.byte	0x3
	.byte	0x7a
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL17
	.4byte	.LVL18
	.byte	0x3
	.byte	0x7a
	.byte	0x3
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL33
	.4byte	.LVL34
	.byte	0x3
	.byte	0x7a
	.byte	0x7f
	.byte	0x9f
	.byte	0
.LLST16:
	.byte	0x7
	.4byte	.LVL45
	.4byte	.LVL48
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL48
	.4byte	.LVL90
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL90
	.4byte	.LFE5
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST18:
	.byte	0x7
	.4byte	.LVL46
	.4byte	.LVL47
	.byte	0x3
	.byte	0x7a
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL47
	.4byte	.LVL48
	.byte	0x3
	.byte	0x7f
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL87
	.4byte	.LVL88
	.byte	0x3
	.byte	0x7f
	.byte	0x1
	.byte	0x9f
	.byte	0
.LLST20:
	.byte	0x7
	.4byte	.LVL47
	.4byte	.LVL48
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.4byte	.LVL49
	.4byte	.LVL50
	.byte	0x3
	.byte	0x79
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL84
	.4byte	.LVL85
	.byte	0x3
	.byte	0x7f
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL87
	.4byte	.LVL88
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST22:
	.byte	0x7
	.4byte	.LVL49
	.4byte	.LVL50
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.4byte	.LVL51
	.4byte	.LVL52
	.byte	0x3
	.byte	0x7f
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL81
	.4byte	.LVL82
	.byte	0x3
	.byte	0x7f
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL84
	.4byte	.LVL85
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST24:
	.byte	0x7
	.4byte	.LVL51
	.4byte	.LVL52
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.4byte	.LVL53
	.4byte	.LVL54
	.byte	0x3
	.byte	0x7f
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL78
	.4byte	.LVL79
	.byte	0x3
	.byte	0x7f
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL81
	.4byte	.LVL82
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST26:
	.byte	0x7
	.4byte	.LVL53
	.4byte	.LVL54
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.4byte	.LVL55
	.4byte	.LVL56
	.byte	0x3
	.byte	0x7f
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL75
	.4byte	.LVL76
	.byte	0x3
	.byte	0x7f
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL78
	.4byte	.LVL79
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST28:
	.byte	0x7
	.4byte	.LVL55
	.4byte	.LVL56
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.4byte	.LVL57
	.4byte	.LVL58
	.byte	0x3
	.byte	0x7e
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL72
	.4byte	.LVL73
	.byte	0x3
	.byte	0x7e
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL75
	.4byte	.LVL76
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST30:
	.byte	0x7
	.4byte	.LVL57
	.4byte	.LVL58
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.4byte	.LVL59
	.4byte	.LVL60
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.4byte	.LVL68
	.4byte	.LVL69
	.byte	0x1
	.byte	0x66
	.byte	0x7
	.4byte	.LVL69
	.4byte	.LVL70
	.byte	0x3
	.byte	0x86
	.byte	0x1
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL72
	.4byte	.LVL73
	.byte	0x1
	.byte	0x5e
	.byte	0
.LLST32:
	.byte	0x7
	.4byte	.LVL59
	.4byte	.LVL61
	.byte	0x1
	.byte	0x66
	.byte	0x7
	.4byte	.LVL61
	.4byte	.LVL64
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.4byte	.LVL65
	.4byte	.LVL66
	.byte	0x3
	.byte	0x82
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL66
	.4byte	.LVL67
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.4byte	.LVL69
	.4byte	.LVL70
	.byte	0x1
	.byte	0x66
	.byte	0
.LLST33:
	.byte	0x7
	.4byte	.LVL91
	.4byte	.LVL93
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL93
	.4byte	.LVL119
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL119
	.4byte	.LVL120
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL120
	.4byte	.LFE1
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST34:
	.byte	0x7
	.4byte	.LVL91
	.4byte	.LVL92
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.4byte	.LVL92
	.4byte	.LVL119
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL119
	.4byte	.LVL121
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.4byte	.LVL121
	.4byte	.LFE1
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0
.LLST36:
	.byte	0x7
	.4byte	.LVL94
	.4byte	.LVL95
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.4byte	.LVL117
	.4byte	.LVL119
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.4byte	.LVL123
	.4byte	.LFE1
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST37:
	.byte	0x7
	.4byte	.LVL94
	.4byte	.LVL97
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL98
	.4byte	.LVL119
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL122
	.4byte	.LFE1
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST39:
	.byte	0x7
	.4byte	.LVL117
	.4byte	.LVL118
	.byte	0x3
	.byte	0x7b
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL118
	.4byte	.LVL119
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.4byte	.LVL123
	.4byte	.LVL124
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.4byte	.LVL124
	.4byte	.LFE1
	.byte	0x3
	.byte	0x7b
	.byte	0x7f
	.byte	0x9f
	.byte	0
.LLST40:
	.byte	0x7
	.4byte	.LVL117
	.4byte	.LVL119
	.byte	0x1
	.byte	0x62
	.byte	0x7
	.4byte	.LVL123
	.4byte	.LFE1
	.byte	0x1
	.byte	0x62
	.byte	0
.LLST42:
	.byte	0x7
	.4byte	.LVL116
	.4byte	.LVL117
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.4byte	.LVL124
	.4byte	.LFE1
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST43:
	.byte	0x7
	.4byte	.LVL112
	.4byte	.LVL115
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.4byte	.LVL116
	.4byte	.LVL117
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.4byte	.LVL124
	.4byte	.LFE1
	.byte	0x1
	.byte	0x62
	.byte	0
.LLST45:
	.byte	0x7
	.4byte	.LVL113
	.4byte	.LVL114
	.byte	0x1
	.byte	0x5e
	.byte	0
.LLST46:
	.byte	0x7
	.4byte	.LVL113
	.4byte	.LVL114
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST48:
	.byte	0x7
	.4byte	.LVL110
	.4byte	.LVL111
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST49:
	.byte	0x7
	.4byte	.LVL104
	.4byte	.LVL106
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.4byte	.LVL110
	.4byte	.LVL111
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST51:
	.byte	0x7
	.4byte	.LVL105
	.4byte	.LVL106
	.byte	0x1
	.byte	0x5e
	.byte	0
.LLST52:
	.byte	0x7
	.4byte	.LVL105
	.4byte	.LVL106
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST54:
	.byte	0x7
	.4byte	.LVL99
	.4byte	.LVL100
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST55:
	.byte	0x7
	.4byte	.LVL99
	.4byte	.LVL100
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.4byte	.LVL107
	.4byte	.LVL109
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST57:
	.byte	0x7
	.4byte	.LVL101
	.4byte	.LVL102
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.4byte	.LVL108
	.4byte	.LVL109
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST58:
	.byte	0x7
	.4byte	.LVL101
	.4byte	.LVL102
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.4byte	.LVL108
	.4byte	.LVL109
	.byte	0x1
	.byte	0x58
	.byte	0
.Ldebug_loc3:
	.section	.debug_aranges,"",@progbits
	.4byte	0x24
	.2byte	0x2
	.4byte	.Ldebug_info0
	.byte	0x4
	.byte	0
	.2byte	0
	.2byte	0
	.4byte	.Ltext0
	.4byte	.Letext0-.Ltext0
	.4byte	.LFB3
	.4byte	.LFE3-.LFB3
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
	.4byte	.LBB18
	.4byte	.LBE18
	.byte	0x6
	.4byte	.LBB64
	.4byte	.LBE64
	.byte	0x6
	.4byte	.LBB65
	.4byte	.LBE65
	.byte	0
.LLRL3:
	.byte	0x6
	.4byte	.LBB20
	.4byte	.LBE20
	.byte	0x6
	.4byte	.LBB59
	.4byte	.LBE59
	.byte	0x6
	.4byte	.LBB60
	.4byte	.LBE60
	.byte	0x6
	.4byte	.LBB61
	.4byte	.LBE61
	.byte	0
.LLRL5:
	.byte	0x6
	.4byte	.LBB22
	.4byte	.LBE22
	.byte	0x6
	.4byte	.LBB54
	.4byte	.LBE54
	.byte	0x6
	.4byte	.LBB55
	.4byte	.LBE55
	.byte	0
.LLRL7:
	.byte	0x6
	.4byte	.LBB24
	.4byte	.LBE24
	.byte	0x6
	.4byte	.LBB50
	.4byte	.LBE50
	.byte	0x6
	.4byte	.LBB51
	.4byte	.LBE51
	.byte	0
.LLRL9:
	.byte	0x6
	.4byte	.LBB26
	.4byte	.LBE26
	.byte	0x6
	.4byte	.LBB45
	.4byte	.LBE45
	.byte	0x6
	.4byte	.LBB46
	.4byte	.LBE46
	.byte	0x6
	.4byte	.LBB47
	.4byte	.LBE47
	.byte	0
.LLRL11:
	.byte	0x6
	.4byte	.LBB28
	.4byte	.LBE28
	.byte	0x6
	.4byte	.LBB40
	.4byte	.LBE40
	.byte	0x6
	.4byte	.LBB41
	.4byte	.LBE41
	.byte	0
.LLRL13:
	.byte	0x6
	.4byte	.LBB30
	.4byte	.LBE30
	.byte	0x6
	.4byte	.LBB36
	.4byte	.LBE36
	.byte	0x6
	.4byte	.LBB37
	.4byte	.LBE37
	.byte	0
.LLRL17:
	.byte	0x6
	.4byte	.LBB82
	.4byte	.LBE82
	.byte	0x6
	.4byte	.LBB152
	.4byte	.LBE152
	.byte	0x6
	.4byte	.LBB153
	.4byte	.LBE153
	.byte	0x6
	.4byte	.LBB154
	.4byte	.LBE154
	.byte	0x6
	.4byte	.LBB155
	.4byte	.LBE155
	.byte	0
.LLRL19:
	.byte	0x6
	.4byte	.LBB84
	.4byte	.LBE84
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
	.byte	0
.LLRL21:
	.byte	0x6
	.4byte	.LBB86
	.4byte	.LBE86
	.byte	0x6
	.4byte	.LBB136
	.4byte	.LBE136
	.byte	0x6
	.4byte	.LBB137
	.4byte	.LBE137
	.byte	0x6
	.4byte	.LBB138
	.4byte	.LBE138
	.byte	0x6
	.4byte	.LBB139
	.4byte	.LBE139
	.byte	0
.LLRL23:
	.byte	0x6
	.4byte	.LBB88
	.4byte	.LBE88
	.byte	0x6
	.4byte	.LBB128
	.4byte	.LBE128
	.byte	0x6
	.4byte	.LBB129
	.4byte	.LBE129
	.byte	0x6
	.4byte	.LBB130
	.4byte	.LBE130
	.byte	0x6
	.4byte	.LBB131
	.4byte	.LBE131
	.byte	0
.LLRL25:
	.byte	0x6
	.4byte	.LBB90
	.4byte	.LBE90
	.byte	0x6
	.4byte	.LBB120
	.4byte	.LBE120
	.byte	0x6
	.4byte	.LBB121
	.4byte	.LBE121
	.byte	0x6
	.4byte	.LBB122
	.4byte	.LBE122
	.byte	0x6
	.4byte	.LBB123
	.4byte	.LBE123
	.byte	0
.LLRL27:
	.byte	0x6
	.4byte	.LBB92
	.4byte	.LBE92
	.byte	0x6
	.4byte	.LBB112
	.4byte	.LBE112
	.byte	0x6
	.4byte	.LBB113
	.4byte	.LBE113
	.byte	0x6
	.4byte	.LBB114
	.4byte	.LBE114
	.byte	0x6
	.4byte	.LBB115
	.4byte	.LBE115
	.byte	0
.LLRL29:
	.byte	0x6
	.4byte	.LBB94
	.4byte	.LBE94
	.byte	0x6
	.4byte	.LBB105
	.4byte	.LBE105
	.byte	0x6
	.4byte	.LBB106
	.4byte	.LBE106
	.byte	0x6
	.4byte	.LBB107
	.4byte	.LBE107
	.byte	0
.LLRL31:
	.byte	0x6
	.4byte	.LBB96
	.4byte	.LBE96
	.byte	0x6
	.4byte	.LBB100
	.4byte	.LBE100
	.byte	0x6
	.4byte	.LBB101
	.4byte	.LBE101
	.byte	0
.LLRL35:
	.byte	0x6
	.4byte	.LBB172
	.4byte	.LBE172
	.byte	0x6
	.4byte	.LBB266
	.4byte	.LBE266
	.byte	0x6
	.4byte	.LBB267
	.4byte	.LBE267
	.byte	0
.LLRL38:
	.byte	0x6
	.4byte	.LBB174
	.4byte	.LBE174
	.byte	0x6
	.4byte	.LBB258
	.4byte	.LBE258
	.byte	0x6
	.4byte	.LBB259
	.4byte	.LBE259
	.byte	0x6
	.4byte	.LBB260
	.4byte	.LBE260
	.byte	0x6
	.4byte	.LBB261
	.4byte	.LBE261
	.byte	0x6
	.4byte	.LBB262
	.4byte	.LBE262
	.byte	0x6
	.4byte	.LBB263
	.4byte	.LBE263
	.byte	0
.LLRL41:
	.byte	0x6
	.4byte	.LBB176
	.4byte	.LBE176
	.byte	0x6
	.4byte	.LBB245
	.4byte	.LBE245
	.byte	0x6
	.4byte	.LBB246
	.4byte	.LBE246
	.byte	0x6
	.4byte	.LBB247
	.4byte	.LBE247
	.byte	0x6
	.4byte	.LBB248
	.4byte	.LBE248
	.byte	0x6
	.4byte	.LBB249
	.4byte	.LBE249
	.byte	0x6
	.4byte	.LBB250
	.4byte	.LBE250
	.byte	0x6
	.4byte	.LBB251
	.4byte	.LBE251
	.byte	0
.LLRL44:
	.byte	0x6
	.4byte	.LBB178
	.4byte	.LBE178
	.byte	0x6
	.4byte	.LBB232
	.4byte	.LBE232
	.byte	0x6
	.4byte	.LBB233
	.4byte	.LBE233
	.byte	0x6
	.4byte	.LBB234
	.4byte	.LBE234
	.byte	0x6
	.4byte	.LBB235
	.4byte	.LBE235
	.byte	0x6
	.4byte	.LBB236
	.4byte	.LBE236
	.byte	0x6
	.4byte	.LBB237
	.4byte	.LBE237
	.byte	0
.LLRL47:
	.byte	0x6
	.4byte	.LBB180
	.4byte	.LBE180
	.byte	0x6
	.4byte	.LBB220
	.4byte	.LBE220
	.byte	0x6
	.4byte	.LBB221
	.4byte	.LBE221
	.byte	0x6
	.4byte	.LBB222
	.4byte	.LBE222
	.byte	0x6
	.4byte	.LBB223
	.4byte	.LBE223
	.byte	0x6
	.4byte	.LBB224
	.4byte	.LBE224
	.byte	0x6
	.4byte	.LBB225
	.4byte	.LBE225
	.byte	0
.LLRL50:
	.byte	0x6
	.4byte	.LBB182
	.4byte	.LBE182
	.byte	0x6
	.4byte	.LBB209
	.4byte	.LBE209
	.byte	0x6
	.4byte	.LBB210
	.4byte	.LBE210
	.byte	0x6
	.4byte	.LBB211
	.4byte	.LBE211
	.byte	0x6
	.4byte	.LBB212
	.4byte	.LBE212
	.byte	0x6
	.4byte	.LBB213
	.4byte	.LBE213
	.byte	0
.LLRL53:
	.byte	0x6
	.4byte	.LBB184
	.4byte	.LBE184
	.byte	0x6
	.4byte	.LBB199
	.4byte	.LBE199
	.byte	0x6
	.4byte	.LBB200
	.4byte	.LBE200
	.byte	0x6
	.4byte	.LBB201
	.4byte	.LBE201
	.byte	0x6
	.4byte	.LBB202
	.4byte	.LBE202
	.byte	0x6
	.4byte	.LBB203
	.4byte	.LBE203
	.byte	0
.LLRL56:
	.byte	0x6
	.4byte	.LBB186
	.4byte	.LBE186
	.byte	0x6
	.4byte	.LBB191
	.4byte	.LBE191
	.byte	0x6
	.4byte	.LBB192
	.4byte	.LBE192
	.byte	0x6
	.4byte	.LBB193
	.4byte	.LBE193
	.byte	0
.LLRL59:
	.byte	0x6
	.4byte	.LBB271
	.4byte	.LBE271
	.byte	0x6
	.4byte	.LBB278
	.4byte	.LBE278
	.byte	0x6
	.4byte	.LBB279
	.4byte	.LBE279
	.byte	0
.LLRL61:
	.byte	0x6
	.4byte	.LBB272
	.4byte	.LBE272
	.byte	0x6
	.4byte	.LBB276
	.4byte	.LBE276
	.byte	0x6
	.4byte	.LBB277
	.4byte	.LBE277
	.byte	0
.LLRL62:
	.byte	0x6
	.4byte	.Ltext0
	.4byte	.Letext0
	.byte	0x6
	.4byte	.LFB3
	.4byte	.LFE3
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF2:
	.string	"unsigned int"
.LASF5:
	.string	"from"
.LASF8:
	.string	"GNU C17 12.2.0 -mabi=ilp32 -misa-spec=20191213 -march=rv32im -g -O2 -ffreestanding -fno-builtin"
.LASF4:
	.string	"moves"
.LASF7:
	.string	"ackermann"
.LASF9:
	.string	"main"
.LASF3:
	.string	"char"
.LASF10:
	.string	"hanoi"
.LASF6:
	.string	"printf"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"test/corpus/c/recursion.c"
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
