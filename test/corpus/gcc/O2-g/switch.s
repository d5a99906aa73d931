	.file	"switch.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "test/corpus/c/switch.c"
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"?"
	.text
	.align	2
	.globl	day
	.type	day, @function
day:
.LFB0:
	.file 1 "test/corpus/c/switch.c"
	.loc 1 4 24
	.cfi_startproc
.LVL0:
	.loc 1 5 3
	li	a5,6
	bgtu	a0,a5,.L3
	lui	a5,%hi(.LANCHOR0)
	slli	a0,a0,2
.LVL1:
	addi	a5,a5,%lo(.LANCHOR0)
	add	a5,a5,a0
	lw	a0,0(a5)
	ret
.LVL2:
.L3:
	.loc 1 4 24 is_stmt 0
	lui	a0,%hi(.LC0)
.LVL3:
	addi	a0,a0,%lo(.LC0)
	.loc 1 15 1
	ret
	.cfi_endproc
.LFE0:
	.size	day, .-day
	.align	2
	.globl	step
	.type	step, @function
step:
.LFB1:
	.loc 1 17 29 is_stmt 1
	.cfi_startproc
.LVL4:
	.loc 1 18 3
	li	a5,7
	bgtu	a0,a5,.L17
	lui	a4,%hi(.L8)
	slli	a5,a0,2
	addi	a4,a4,%lo(.L8)
	add	a5,a5,a4
	lw	a5,0(a5)
	jr	a5
	.section	.rodata
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
	.text
.L14:
	.loc 1 20 13
	.loc 1 20 33 is_stmt 0
	li	a5,98
	li	a0,2
.LVL5:
	bne	a1,a5,.L16
.L5:
	.loc 1 29 1
	ret
.LVL6:
.L13:
	.loc 1 21 13 is_stmt 1
	.loc 1 21 33 is_stmt 0
	li	a5,99
	beq	a1,a5,.L19
.LVL7:
.L16:
	.loc 1 20 48 discriminator 1
	addi	a1,a1,-97
.LVL8:
	seqz	a0,a1
	ret
.LVL9:
.L7:
	.loc 1 26 13 is_stmt 1
	.loc 1 26 26 is_stmt 0
	li	a0,7
.LVL10:
	sub	a0,a0,a1
	ret
.LVL11:
.L9:
	.loc 1 25 13 is_stmt 1
	.loc 1 25 26 is_stmt 0
	addi	a0,a1,6
.LVL12:
	ret
.LVL13:
.L10:
	.loc 1 24 13 is_stmt 1
	.loc 1 24 26 is_stmt 0
	slli	a0,a1,2
.LVL14:
	add	a0,a0,a1
	ret
.LVL15:
.L19:
	.loc 1 21 33
	li	a0,3
.LVL16:
	ret
.LVL17:
.L17:
	.loc 1 18 3
	li	a0,-1
.LVL18:
	.loc 1 29 1
	ret
	.cfi_endproc
.LFE1:
	.size	step, .-step
	.align	2
	.globl	sparse
	.type	sparse, @function
sparse:
.LFB2:
	.loc 1 31 19 is_stmt 1
	.cfi_startproc
.LVL19:
	.loc 1 32 3
	li	a4,100
	.loc 1 31 19 is_stmt 0
	mv	a5,a0
	.loc 1 32 3
	beq	a0,a4,.L23
	ble	a0,a4,.L29
	li	a4,1000
	.loc 1 35 23
	li	a0,30
.LVL20:
	.loc 1 32 3
	beq	a5,a4,.L20
	li	a4,8192
	addi	a4,a4,1808
	.loc 1 36 24
	li	a0,40
	.loc 1 32 3
	bne	a5,a4,.L28
.L20:
	.loc 1 40 1
	ret
.LVL21:
.L29:
	.loc 1 32 3
	li	a4,-5
	.loc 1 37 21
	li	a0,50
.LVL22:
	.loc 1 32 3
	beq	a5,a4,.L20
	li	a4,1
	.loc 1 33 20
	li	a0,10
	.loc 1 32 3
	beq	a5,a4,.L20
.L28:
	.loc 1 38 21
	li	a0,0
	ret
.LVL23:
.L23:
	.loc 1 32 3
	li	a0,20
.LVL24:
	.loc 1 40 1
	ret
	.cfi_endproc
.LFE2:
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
.LFB3:
	.loc 1 42 16 is_stmt 1
	.cfi_startproc
	.loc 1 43 3
.LBB19:
	.loc 1 43 8
.LVL25:
	.loc 1 43 21
.LBE19:
	.loc 1 42 16 is_stmt 0
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sw	s1,20(sp)
	.cfi_offset 9, -12
	lui	s1,%hi(.LANCHOR0)
	sw	s0,24(sp)
	sw	s2,16(sp)
	sw	s3,12(sp)
	sw	ra,28(sp)
	.cfi_offset 8, -8
	.cfi_offset 18, -16
	.cfi_offset 19, -20
	.cfi_offset 1, -4
	addi	s1,s1,%lo(.LANCHOR0)
.LBB22:
	.loc 1 43 31 is_stmt 1
.LVL26:
.LBB20:
	.loc 1 5 3
.LBE20:
	.loc 1 43 12 is_stmt 0
	li	s0,0
	lui	s2,%hi(.LC2)
	li	s3,7
.LVL27:
.L31:
	.loc 1 43 31
	lw	a2,0(s1)
	mv	a1,s0
	addi	a0,s2,%lo(.LC2)
	.loc 1 43 27
	addi	s0,s0,1
.LVL28:
	.loc 1 43 31
	call	printf
.LVL29:
	.loc 1 43 27 is_stmt 1
	.loc 1 43 21
	addi	s1,s1,4
	.loc 1 43 31
.LVL30:
.LBB21:
	.loc 1 5 3
	bne	s0,s3,.L31
.LVL31:
.LBE21:
	.loc 1 43 31 is_stmt 0
	lui	a2,%hi(.LC0)
	addi	a2,a2,%lo(.LC0)
	li	a1,7
	addi	a0,s2,%lo(.LC2)
	call	printf
.LVL32:
	.loc 1 43 27 is_stmt 1
	.loc 1 43 21
.LBE22:
.LBB23:
	.loc 1 46 30
	.loc 1 46 20 is_stmt 0
	lui	a5,%hi(.LC1)
.LBB24:
.LBB25:
	.loc 1 18 3
	lui	a2,%hi(.L36)
.LBE25:
.LBE24:
	.loc 1 46 20
	addi	a5,a5,%lo(.LC1)
.LBE23:
	.loc 1 45 7
	li	s0,0
.LBB44:
	.loc 1 46 30
	li	a3,120
.LBB35:
.LBB26:
	.loc 1 18 3
	li	a1,7
	addi	a2,a2,%lo(.L36)
.LVL33:
.L32:
.LBE26:
.LBE35:
	.loc 1 46 39 is_stmt 1
.LBB36:
.LBB27:
	.loc 1 18 3
	bgtu	s0,a1,.L47
	slli	a4,s0,2
	add	a4,a4,a2
	lw	a4,0(a4)
	jr	a4
	.section	.rodata
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
	.section	.text.startup
.L42:
	.loc 1 20 13
	.loc 1 20 48 is_stmt 0
	addi	s0,a3,-97
.LVL34:
	.loc 1 20 33
	li	a4,98
	.loc 1 20 48
	seqz	s0,s0
	.loc 1 20 33
	bne	a3,a4,.L34
.LVL35:
.LBE27:
.LBE36:
	.loc 1 46 35 is_stmt 1
	.loc 1 46 30 is_stmt 0
	lbu	a3,1(a5)
	.loc 1 46 35
	addi	a5,a5,1
.LVL36:
	.loc 1 46 30 is_stmt 1
	beq	a3,zero,.L52
.LVL37:
.L41:
.LBB37:
.LBB28:
	.loc 1 21 13
	.loc 1 21 48 is_stmt 0
	addi	s0,a3,-97
	.loc 1 21 33
	li	a4,99
	.loc 1 21 48
	seqz	s0,s0
	.loc 1 21 33
	bne	a3,a4,.L34
.LVL38:
.LBE28:
.LBE37:
	.loc 1 46 35 is_stmt 1
	.loc 1 46 30 is_stmt 0
	lbu	a4,1(a5)
	.loc 1 46 35
	addi	a5,a5,1
.LVL39:
	.loc 1 46 30 is_stmt 1
	beq	a4,zero,.L53
.LVL40:
.L40:
.LBB38:
.LBB29:
	.loc 1 21 33 is_stmt 0
	li	s0,3
.L34:
.LVL41:
.LBE29:
.LBE38:
	.loc 1 46 35 is_stmt 1
	.loc 1 46 30 is_stmt 0
	lbu	a3,1(a5)
	.loc 1 46 35
	addi	a5,a5,1
.LVL42:
	.loc 1 46 30 is_stmt 1
	bne	a3,zero,.L32
.LVL43:
.L45:
.LBE44:
	.loc 1 47 3
	lui	a0,%hi(.LC3)
	mv	a1,s0
	addi	a0,a0,%lo(.LC3)
	call	printf
.LVL44:
	.loc 1 48 3
	lui	a0,%hi(.LC4)
	li	a4,0
	li	a3,50
	li	a2,30
	li	a1,10
	addi	a0,a0,%lo(.LC4)
	call	printf
.LVL45:
	.loc 1 49 3
	.loc 1 50 1 is_stmt 0
	lw	ra,28(sp)
	.cfi_remember_state
	.cfi_restore 1
	mv	a0,s0
	lw	s0,24(sp)
	.cfi_restore 8
	lw	s1,20(sp)
	.cfi_restore 9
	lw	s2,16(sp)
	.cfi_restore 18
	lw	s3,12(sp)
	.cfi_restore 19
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
.LVL46:
.L43:
	.cfi_restore_state
.LBB45:
.LBB39:
.LBB30:
	.loc 1 19 13 is_stmt 1
	.loc 1 19 33 is_stmt 0
	addi	a3,a3,-97
.LVL47:
	seqz	s0,a3
.LVL48:
.LBE30:
.LBE39:
	.loc 1 46 35 is_stmt 1
	.loc 1 46 30 is_stmt 0
	lbu	a3,1(a5)
	.loc 1 46 35
	addi	a5,a5,1
.LVL49:
	.loc 1 46 30 is_stmt 1
	bne	a3,zero,.L32
	j	.L45
.LVL50:
.L35:
.LBB40:
.LBB31:
	.loc 1 26 13
	.loc 1 26 26 is_stmt 0
	li	s0,7
.LVL51:
	sub	s0,s0,a3
.LVL52:
.LBE31:
.LBE40:
	.loc 1 46 35 is_stmt 1
	.loc 1 46 30 is_stmt 0
	lbu	a3,1(a5)
	.loc 1 46 35
	addi	a5,a5,1
.LVL53:
	.loc 1 46 30 is_stmt 1
	bne	a3,zero,.L32
	j	.L45
.LVL54:
.L37:
.LBB41:
.LBB32:
	.loc 1 25 13
	.loc 1 25 26 is_stmt 0
	addi	s0,a3,6
.LVL55:
.LBE32:
.LBE41:
	.loc 1 46 35 is_stmt 1
	.loc 1 46 30 is_stmt 0
	lbu	a3,1(a5)
	.loc 1 46 35
	addi	a5,a5,1
.LVL56:
	.loc 1 46 30 is_stmt 1
	bne	a3,zero,.L32
	j	.L45
.LVL57:
.L38:
.LBB42:
.LBB33:
	.loc 1 24 13
	.loc 1 24 26 is_stmt 0
	slli	s0,a3,2
.LVL58:
	add	s0,s0,a3
.LVL59:
.LBE33:
.LBE42:
	.loc 1 46 35 is_stmt 1
	.loc 1 46 30 is_stmt 0
	lbu	a3,1(a5)
	.loc 1 46 35
	addi	a5,a5,1
.LVL60:
	.loc 1 46 30 is_stmt 1
	bne	a3,zero,.L32
	j	.L45
.LVL61:
.L52:
.LBB43:
.LBB34:
	.loc 1 20 33 is_stmt 0
	li	s0,2
	j	.L45
.LVL62:
.L53:
	.loc 1 21 33
	li	s0,3
	j	.L45
.LVL63:
.L47:
	.loc 1 18 3
	li	s0,-1
.LVL64:
	j	.L34
.LBE34:
.LBE43:
.LBE45:
	.cfi_endproc
.LFE3:
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
	.text
.Letext0:
	.file 2 "runtime/vmlab.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x237
	.2byte	0x5
	.byte	0x1
	.byte	0x4
	.4byte	.Ldebug_abbrev0
	.byte	0xb
	.4byte	.LASF8
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL14
	.4byte	0
	.4byte	.Ldebug_line0
	.byte	0x4
	.byte	0x4
	.byte	0x7
	.4byte	.LASF2
	.byte	0xc
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0xd
	.4byte	.LASF5
	.byte	0x2
	.byte	0x16
	.byte	0x5
	.4byte	0x2d
	.4byte	0x4b
	.byte	0xe
	.4byte	0x4b
	.byte	0xf
	.byte	0
	.byte	0x10
	.byte	0x4
	.4byte	0x58
	.byte	0x4
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.byte	0x11
	.4byte	0x51
	.byte	0x12
	.4byte	.LASF9
	.byte	0x1
	.byte	0x2a
	.byte	0x5
	.4byte	0x2d
	.4byte	.LFB3
	.4byte	.LFE3-.LFB3
	.byte	0x1
	.byte	0x9c
	.4byte	0x187
	.byte	0x13
	.4byte	.LASF10
	.byte	0x1
	.byte	0x2c
	.byte	0xf
	.4byte	0x4b
	.byte	0x14
	.4byte	.LASF4
	.byte	0x1
	.byte	0x2d
	.byte	0x7
	.4byte	0x2d
	.4byte	.LLST4
	.byte	0x5
	.4byte	.LLRL5
	.4byte	0x107
	.byte	0x6
	.string	"d"
	.byte	0x2b
	.byte	0xc
	.4byte	0x2d
	.4byte	.LLST6
	.byte	0x15
	.4byte	0x1c3
	.4byte	.LBB20
	.4byte	.LLRL7
	.byte	0x1
	.byte	0x2b
	.byte	0x1f
	.4byte	0xc7
	.byte	0x2
	.4byte	0x1d4
	.4byte	.LLST8
	.byte	0
	.byte	0x7
	.4byte	.LVL29
	.4byte	0x34
	.4byte	0xe4
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x3
	.4byte	.LC2
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x78
	.byte	0x7f
	.byte	0
	.byte	0x8
	.4byte	.LVL32
	.4byte	0x34
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x3
	.4byte	.LC2
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x83
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x5
	.byte	0x3
	.4byte	.LC0
	.byte	0
	.byte	0
	.byte	0x5
	.4byte	.LLRL9
	.4byte	0x141
	.byte	0x6
	.string	"p"
	.byte	0x2e
	.byte	0x14
	.4byte	0x4b
	.4byte	.LLST10
	.byte	0x16
	.4byte	0x19f
	.4byte	.LBB24
	.4byte	.LLRL11
	.byte	0x1
	.byte	0x2e
	.byte	0x2f
	.byte	0x2
	.4byte	0x1b9
	.4byte	.LLST12
	.byte	0x2
	.4byte	0x1ad
	.4byte	.LLST13
	.byte	0
	.byte	0
	.byte	0x7
	.4byte	.LVL44
	.4byte	0x34
	.4byte	0x15e
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x3
	.4byte	.LC3
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0
	.byte	0x8
	.4byte	.LVL45
	.4byte	0x34
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x3
	.4byte	.LC4
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.byte	0x3a
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x1
	.byte	0x4e
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x2
	.byte	0x8
	.byte	0x32
	.byte	0x1
	.byte	0x1
	.byte	0x5e
	.byte	0x1
	.byte	0x30
	.byte	0
	.byte	0
	.byte	0x9
	.4byte	.LASF6
	.byte	0x1f
	.4byte	0x2d
	.4byte	0x19f
	.byte	0x3
	.string	"x"
	.byte	0x1f
	.byte	0x10
	.4byte	0x2d
	.byte	0
	.byte	0x9
	.4byte	.LASF7
	.byte	0x11
	.4byte	0x2d
	.4byte	0x1c3
	.byte	0x17
	.4byte	.LASF4
	.byte	0x1
	.byte	0x11
	.byte	0xe
	.4byte	0x2d
	.byte	0x3
	.string	"c"
	.byte	0x11
	.byte	0x1a
	.4byte	0x51
	.byte	0
	.byte	0x18
	.string	"day"
	.byte	0x1
	.byte	0x4
	.byte	0xd
	.4byte	0x4b
	.byte	0x1
	.4byte	0x1de
	.byte	0x3
	.string	"d"
	.byte	0x4
	.byte	0x15
	.4byte	0x2d
	.byte	0
	.byte	0xa
	.4byte	0x1c3
	.4byte	.LFB0
	.4byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.4byte	0x1fb
	.byte	0x2
	.4byte	0x1d4
	.4byte	.LLST0
	.byte	0
	.byte	0xa
	.4byte	0x19f
	.4byte	.LFB1
	.4byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x221
	.byte	0x2
	.4byte	0x1ad
	.4byte	.LLST1
	.byte	0x2
	.4byte	0x1b9
	.4byte	.LLST2
	.byte	0
	.byte	0x19
	.4byte	0x187
	.4byte	.LFB2
	.4byte	.LFE2-.LFB2
	.byte	0x1
	.byte	0x9c
	.byte	0x2
	.4byte	0x195
	.4byte	.LLST3
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.byte	0x1
	.byte	0x49
	.byte	0
	.byte	0x2
	.byte	0x18
	.byte	0x7e
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x2
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
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
	.byte	0
	.byte	0
	.byte	0x4
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
	.byte	0x5
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x6
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
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x9
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
	.byte	0x21
	.byte	0x5
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
	.byte	0xa
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
	.byte	0xb
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
	.byte	0xc
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
	.byte	0xd
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
	.byte	0xe
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xf
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0x10
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x11
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x12
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
	.byte	0x13
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
	.byte	0
	.byte	0
	.byte	0x14
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
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x15
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
	.byte	0x16
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
	.byte	0
	.byte	0
	.byte	0x17
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
	.byte	0x18
	.byte	0x2e
	.byte	0x1
	.byte	0x3f
	.byte	0x19
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
	.byte	0x19
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
.LLST4:
	.byte	0x7
	.4byte	.LVL32
	.4byte	.LVL33
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL33
	.4byte	.LVL34
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.4byte	.LVL35
	.4byte	.LVL37
	.byte	0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL38
	.4byte	.LVL40
	.byte	0x2
	.byte	0x33
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL41
	.4byte	.LVL43
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.4byte	.LVL46
	.4byte	.LVL48
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL48
	.4byte	.LVL51
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.4byte	.LVL52
	.4byte	.LVL58
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.4byte	.LVL59
	.4byte	.LVL61
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.4byte	.LVL61
	.4byte	.LVL62
	.byte	0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL62
	.4byte	.LVL63
	.byte	0x2
	.byte	0x33
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL63
	.4byte	.LVL64
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST6:
	.byte	0x7
	.4byte	.LVL25
	.4byte	.LVL27
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL27
	.4byte	.LVL28
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.4byte	.LVL28
	.4byte	.LVL29-1
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.4byte	.LVL29-1
	.4byte	.LVL29
	.byte	0x3
	.byte	0x78
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL29
	.4byte	.LVL32
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.4byte	.LVL32
	.4byte	.LFE3
	.byte	0x2
	.byte	0x38
	.byte	0x9f
	.byte	0
.LLST8:
	.byte	0x7
	.4byte	.LVL26
	.4byte	.LVL27
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL30
	.4byte	.LVL31
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST10:
	.byte	0x7
	.4byte	.LVL32
	.4byte	.LVL33
	.byte	0x6
	.byte	0x3
	.4byte	.LC1
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL33
	.4byte	.LVL37
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.4byte	.LVL39
	.4byte	.LVL40
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.4byte	.LVL42
	.4byte	.LVL44-1
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.4byte	.LVL46
	.4byte	.LFE3
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST12:
	.byte	0x7
	.4byte	.LVL33
	.4byte	.LVL35
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.4byte	.LVL46
	.4byte	.LVL47
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.4byte	.LVL50
	.4byte	.LVL52
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.4byte	.LVL54
	.4byte	.LVL55
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.4byte	.LVL57
	.4byte	.LVL59
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.4byte	.LVL63
	.4byte	.LFE3
	.byte	0x1
	.byte	0x5d
	.byte	0
.LLST13:
	.byte	0x7
	.4byte	.LVL33
	.4byte	.LVL34
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.4byte	.LVL46
	.4byte	.LVL48
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL50
	.4byte	.LVL51
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.4byte	.LVL54
	.4byte	.LVL55
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.4byte	.LVL57
	.4byte	.LVL58
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.4byte	.LVL63
	.4byte	.LVL64
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST0:
	.byte	0x7
	.4byte	.LVL0
	.4byte	.LVL1
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL1
	.4byte	.LVL2
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL2
	.4byte	.LVL3
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL3
	.4byte	.LFE0
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST1:
	.byte	0x7
	.4byte	.LVL4
	.4byte	.LVL5
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL5
	.4byte	.LVL6
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL6
	.4byte	.LVL7
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL7
	.4byte	.LVL9
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL9
	.4byte	.LVL10
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL10
	.4byte	.LVL11
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL11
	.4byte	.LVL12
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL12
	.4byte	.LVL13
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL13
	.4byte	.LVL14
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL14
	.4byte	.LVL15
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL15
	.4byte	.LVL16
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL16
	.4byte	.LVL17
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL17
	.4byte	.LVL18
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL18
	.4byte	.LFE1
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST2:
	.byte	0x7
	.4byte	.LVL4
	.4byte	.LVL8
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.4byte	.LVL8
	.4byte	.LVL9
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL9
	.4byte	.LFE1
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST3:
	.byte	0x7
	.4byte	.LVL19
	.4byte	.LVL20
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL20
	.4byte	.LVL21
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.4byte	.LVL21
	.4byte	.LVL22
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL22
	.4byte	.LVL23
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.4byte	.LVL23
	.4byte	.LVL24
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL24
	.4byte	.LFE2
	.byte	0x1
	.byte	0x5f
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
.LLRL5:
	.byte	0x6
	.4byte	.LBB19
	.4byte	.LBE19
	.byte	0x6
	.4byte	.LBB22
	.4byte	.LBE22
	.byte	0
.LLRL7:
	.byte	0x6
	.4byte	.LBB20
	.4byte	.LBE20
	.byte	0x6
	.4byte	.LBB21
	.4byte	.LBE21
	.byte	0
.LLRL9:
	.byte	0x6
	.4byte	.LBB23
	.4byte	.LBE23
	.byte	0x6
	.4byte	.LBB44
	.4byte	.LBE44
	.byte	0x6
	.4byte	.LBB45
	.4byte	.LBE45
	.byte	0
.LLRL11:
	.byte	0x6
	.4byte	.LBB24
	.4byte	.LBE24
	.byte	0x6
	.4byte	.LBB35
	.4byte	.LBE35
	.byte	0x6
	.4byte	.LBB36
	.4byte	.LBE36
	.byte	0x6
	.4byte	.LBB37
	.4byte	.LBE37
	.byte	0x6
	.4byte	.LBB38
	.4byte	.LBE38
	.byte	0x6
	.4byte	.LBB39
	.4byte	.LBE39
	.byte	0x6
	.4byte	.LBB40
	.4byte	.LBE40
	.byte	0x6
	.4byte	.LBB41
	.4byte	.LBE41
	.byte	0x6
	.4byte	.LBB42
	.4byte	.LBE42
	.byte	0x6
	.4byte	.LBB43
	.4byte	.LBE43
	.byte	0
.LLRL14:
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
.LASF8:
	.string	"GNU C17 12.2.0 -mabi=ilp32 -misa-spec=20191213 -march=rv32im -g -O2 -ffreestanding -fno-builtin"
.LASF7:
	.string	"step"
.LASF4:
	.string	"state"
.LASF10:
	.string	"text"
.LASF6:
	.string	"sparse"
.LASF9:
	.string	"main"
.LASF3:
	.string	"char"
.LASF5:
	.string	"printf"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"test/corpus/c/switch.c"
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
