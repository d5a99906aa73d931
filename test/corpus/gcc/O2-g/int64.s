	.file	"int64.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "test/corpus/c/int64.c"
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC1:
	.string	"%lld %lld %lld %lld\n"
	.align	2
.LC2:
	.string	"%llu\n"
	.globl	__umoddi3
	.globl	__moddi3
	.align	2
.LC5:
	.string	"%llx %llx %d\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
.LFB2:
	.file 1 "test/corpus/c/int64.c"
	.loc 1 27 16
	.cfi_startproc
	.loc 1 28 3
.LVL0:
	.loc 1 29 3
	lui	a5,%hi(.LC0)
	li	a4,-77160448
	.loc 1 27 16 is_stmt 0
	addi	sp,sp,-64
	.cfi_def_cfa_offset 64
	.loc 1 29 3
	lw	a2,%lo(.LC0)(a5)
	lw	a3,%lo(.LC0+4)(a5)
	addi	a4,a4,-46
	li	a5,-1
	sw	a4,0(sp)
	lui	a0,%hi(.LC1)
	li	a4,-798720
	sw	a5,4(sp)
	li	a7,-1
	li	a6,-30
	addi	a4,a4,-1324
	li	a5,-1
	addi	a0,a0,%lo(.LC1)
	.loc 1 27 16
	sw	s0,56(sp)
	sw	s1,52(sp)
	sw	ra,60(sp)
	sw	s2,48(sp)
	sw	s3,44(sp)
	sw	s4,40(sp)
	sw	s5,36(sp)
	sw	s6,32(sp)
	sw	s7,28(sp)
	sw	s8,24(sp)
	sw	s9,20(sp)
	sw	s10,16(sp)
	.cfi_offset 8, -8
	.cfi_offset 9, -12
	.cfi_offset 1, -4
	.cfi_offset 18, -16
	.cfi_offset 19, -20
	.cfi_offset 20, -24
	.cfi_offset 21, -28
	.cfi_offset 22, -32
	.cfi_offset 23, -36
	.cfi_offset 24, -40
	.cfi_offset 25, -44
	.cfi_offset 26, -48
	.loc 1 29 3
	call	printf
.LVL1:
	.loc 1 30 3 is_stmt 1
.LBB8:
.LBB9:
	.loc 1 8 3
	.loc 1 9 3
	.loc 1 9 12
.LBE9:
.LBE8:
	.loc 1 29 3 is_stmt 0
	li	s0,27
.LBB13:
.LBB10:
	.loc 1 8 7
	li	a2,27
	li	a3,0
.LBE10:
.LBE13:
	.loc 1 29 3
	li	s1,0
.LBB14:
.LBB11:
	.loc 1 9 12
	li	a7,1
.LVL2:
.L18:
	.loc 1 10 5 is_stmt 1
	.loc 1 10 19 is_stmt 0
	slli	a5,s0,1
	srli	a0,s0,31
	slli	a4,s1,1
	add	a1,a5,s0
	or	a4,a0,a4
	add	a4,a4,s1
	sltu	a5,a1,a5
	.loc 1 10 27
	addi	a0,a1,1
	.loc 1 10 11
	andi	a6,s0,1
	.loc 1 10 19
	add	a5,a5,a4
	.loc 1 10 27
	sltu	a1,a0,a1
	slli	a4,s1,31
	srli	s0,s0,1
.LVL3:
	beq	a6,zero,.L2
	mv	s0,a0
	add	s1,a1,a5
.L4:
.LVL4:
	.loc 1 11 5 is_stmt 1
	bgtu	s1,a3,.L6
	beq	s1,a3,.L23
.L5:
	.loc 1 9 12
	bne	s0,a7,.L18
.LVL5:
.L24:
	bne	s1,zero,.L18
	.loc 1 13 3
.LBE11:
.LBE14:
	.loc 1 30 3 is_stmt 0
	lui	s7,%hi(.LC2)
	addi	a0,s7,%lo(.LC2)
.LBB15:
.LBB16:
	.loc 1 20 18
	li	s4,1000001536
.LBE16:
.LBE15:
	.loc 1 30 3
	call	printf
.LVL6:
	.loc 1 31 3 is_stmt 1
.LBB20:
.LBB17:
	.loc 1 17 3
	.loc 1 18 3
	.loc 1 19 3
	.loc 1 19 10
	.loc 1 17 7 is_stmt 0
	li	s8,1
	li	s6,0
.LBE17:
.LBE20:
	.loc 1 30 3
	li	s10,10
.LBB21:
.LBB18:
	.loc 1 18 8
	li	s2,3
	li	s3,0
.LBE18:
.LBE21:
	.loc 1 30 3
	li	s9,1000
.LBB22:
.LBB19:
	.loc 1 20 18
	addi	s4,s4,-1529
	li	s5,0
.LVL7:
.L9:
	.loc 1 20 5 is_stmt 1
	.loc 1 20 16
	.loc 1 20 11 is_stmt 0
	andi	a5,s9,1
	.loc 1 20 18
	mv	a2,s4
	mv	a3,s5
	.loc 1 19 10
	addi	s10,s10,-1
	.loc 1 20 8
	beq	a5,zero,.L8
	.loc 1 20 22
	mul	a5,s3,s8
	mul	s6,s6,s2
.LVL8:
	mulhu	a1,s2,s8
	add	s6,a5,s6
	.loc 1 20 18
	mul	a0,s2,s8
	add	a1,s6,a1
	call	__umoddi3
.LVL9:
	mv	s8,a0
	mv	s6,a1
.LVL10:
.L8:
	.loc 1 21 5 is_stmt 1
	.loc 1 21 17 is_stmt 0
	mul	s3,s3,s2
.LVL11:
	.loc 1 21 10
	mv	a2,s4
	mv	a3,s5
	.loc 1 22 7
	srli	s9,s9,1
.LVL12:
	.loc 1 21 17
	mulhu	a1,s2,s2
	slli	s3,s3,1
	.loc 1 21 10
	mul	a0,s2,s2
	add	a1,s3,a1
	call	__umoddi3
.LVL13:
	mv	s2,a0
	mv	s3,a1
.LVL14:
	.loc 1 22 5 is_stmt 1
	.loc 1 19 10
	bne	s10,zero,.L9
	.loc 1 24 3
.LVL15:
.LBE19:
.LBE22:
	.loc 1 31 3 is_stmt 0
	mv	a2,s8
	mv	a3,s6
	addi	a0,s7,%lo(.LC2)
	call	printf
.LVL16:
	.loc 1 32 3 is_stmt 1
	.loc 1 33 3
	lui	a5,%hi(.LC3)
	lui	a3,%hi(.LC4)
	lw	a4,%lo(.LC3)(a5)
	lw	a2,%lo(.LC4)(a3)
	lw	a5,%lo(.LC3+4)(a5)
	lw	a3,%lo(.LC4+4)(a3)
	lui	a0,%hi(.LC5)
	li	a6,1
	addi	a0,a0,%lo(.LC5)
	call	printf
.LVL17:
	.loc 1 34 3
.LBB23:
.LBB24:
	.loc 1 17 3
	.loc 1 18 3
	.loc 1 19 3
	.loc 1 19 10
.LBE24:
.LBE23:
	.loc 1 33 3 is_stmt 0
	li	s5,4
.LBB27:
.LBB25:
	.loc 1 18 8
	li	s2,2
	li	s3,0
.LBE25:
.LBE27:
	.loc 1 33 3
	li	s4,10
.LVL18:
.L11:
.LBB28:
.LBB26:
	.loc 1 20 5 is_stmt 1
	.loc 1 20 16
	.loc 1 20 11 is_stmt 0
	andi	a5,s4,1
	.loc 1 20 18
	li	a2,1000
	li	a3,0
	.loc 1 19 10
	addi	s5,s5,-1
	.loc 1 20 8
	beq	a5,zero,.L10
	.loc 1 20 22
	mul	a5,s3,s0
	mul	s1,s1,s2
.LVL19:
	mulhu	a1,s0,s2
	add	s1,s1,a5
	.loc 1 20 18
	mul	a0,s0,s2
	add	a1,s1,a1
	call	__umoddi3
.LVL20:
	mv	s0,a0
	mv	s1,a1
.LVL21:
.L10:
	.loc 1 21 5 is_stmt 1
	.loc 1 21 17 is_stmt 0
	mul	s3,s3,s2
.LVL22:
	.loc 1 21 10
	li	a2,1000
	li	a3,0
	.loc 1 22 7
	srli	s4,s4,1
.LVL23:
	.loc 1 21 17
	mulhu	a1,s2,s2
	slli	s3,s3,1
	.loc 1 21 10
	mul	a0,s2,s2
	add	a1,s3,a1
	call	__umoddi3
.LVL24:
	mv	s2,a0
	mv	s3,a1
.LVL25:
	.loc 1 22 5 is_stmt 1
	.loc 1 19 10
	bne	s5,zero,.L11
	.loc 1 24 3
.LVL26:
.LBE26:
.LBE28:
	.loc 1 34 35 is_stmt 0
	slli	a4,s1,12
	srli	a3,s0,20
	li	a5,1048576
	addi	a5,a5,-1
	or	a3,a4,a3
	and	a3,a3,a5
	and	a4,s0,a5
	srli	a2,s1,8
	and	a5,a2,a5
	add	a4,a4,a3
	add	a4,a4,a5
	srli	a5,s1,28
	add	a4,a4,a5
	li	a5,25
	remu	a4,a4,a5
	li	a3,-1030791168
	li	a2,-1889783808
	addi	a3,a3,-983
	addi	a2,a2,-1803
	li	a0,100
	.loc 1 35 1
	lw	ra,60(sp)
	.cfi_remember_state
	.cfi_restore 1
	lw	s2,48(sp)
	.cfi_restore 18
	lw	s3,44(sp)
	.cfi_restore 19
	lw	s4,40(sp)
	.cfi_restore 20
	lw	s5,36(sp)
	.cfi_restore 21
	lw	s6,32(sp)
	.cfi_restore 22
	lw	s7,28(sp)
	.cfi_restore 23
	lw	s8,24(sp)
	.cfi_restore 24
	lw	s9,20(sp)
	.cfi_restore 25
	lw	s10,16(sp)
	.cfi_restore 26
	.loc 1 34 35
	sub	a4,s0,a4
	sgtu	a5,a4,s0
	sub	a5,s1,a5
	mul	a2,a4,a2
	.loc 1 35 1
	lw	s1,52(sp)
	.cfi_restore 9
	.loc 1 34 35
	mul	a5,a5,a3
	mulhu	a1,a4,a3
	add	a5,a5,a2
	mul	a4,a4,a3
	add	a5,a5,a1
	slli	a5,a5,30
	srli	a4,a4,2
	or	a4,a5,a4
	mul	a0,a0,a4
	.loc 1 35 1
	sub	a0,s0,a0
	lw	s0,56(sp)
	.cfi_restore 8
	addi	sp,sp,64
	.cfi_def_cfa_offset 0
	jr	ra
.LVL27:
.L23:
	.cfi_restore_state
	bleu	s0,a2,.L5
.L6:
	mv	a2,s0
.LVL28:
	mv	a3,s1
.LVL29:
.LBB29:
.LBB12:
	.loc 1 9 12 is_stmt 1
	bne	s0,a7,.L18
.LVL30:
	j	.L24
.LVL31:
.L2:
	.loc 1 10 27 is_stmt 0
	srli	s1,s1,1
	or	s0,a4,s0
	j	.L4
.LBE12:
.LBE29:
	.cfi_endproc
.LFE2:
	.size	main, .-main
	.section	.srodata.cst8,"aM",@progbits,8
	.align	3
.LC0:
	.word	-394328602
	.word	-28389
	.align	3
.LC3:
	.word	-878082203
	.word	4077
	.align	3
.LC4:
	.word	1126236160
	.word	-878082203
	.text
.Letext0:
	.file 2 "runtime/vmlab.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x24d
	.2byte	0x5
	.byte	0x1
	.byte	0x4
	.4byte	.Ldebug_abbrev0
	.byte	0xd
	.4byte	.LASF9
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL14
	.4byte	0
	.4byte	.Ldebug_line0
	.byte	0x3
	.byte	0x4
	.byte	0x7
	.4byte	.LASF2
	.byte	0xe
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0xa
	.string	"i64"
	.byte	0x4
	.byte	0x13
	.4byte	0x3f
	.byte	0x3
	.byte	0x8
	.byte	0x5
	.4byte	.LASF3
	.byte	0xa
	.string	"u64"
	.byte	0x5
	.byte	0x1c
	.4byte	0x51
	.byte	0x3
	.byte	0x8
	.byte	0x7
	.4byte	.LASF4
	.byte	0xf
	.4byte	.LASF10
	.byte	0x2
	.byte	0x16
	.byte	0x5
	.4byte	0x2d
	.4byte	0x6f
	.byte	0x10
	.4byte	0x6f
	.byte	0x11
	.byte	0
	.byte	0x12
	.byte	0x4
	.4byte	0x7c
	.byte	0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF5
	.byte	0x13
	.4byte	0x75
	.byte	0x14
	.4byte	.LASF11
	.byte	0x1
	.byte	0x1b
	.byte	0x5
	.4byte	0x2d
	.4byte	.LFB2
	.4byte	.LFE2-.LFB2
	.byte	0x1
	.byte	0x9c
	.4byte	0x1ee
	.byte	0x15
	.string	"a"
	.byte	0x1
	.byte	0x1c
	.byte	0x7
	.4byte	0x34
	.byte	0x96,0xd2,0xbf,0x9a,0x5b
	.byte	0x16
	.string	"b"
	.byte	0x1
	.byte	0x1c
	.byte	0x1a
	.4byte	0x34
	.2byte	0x3039
	.byte	0x17
	.string	"x"
	.byte	0x1
	.byte	0x20
	.byte	0x7
	.4byte	0x46
	.4byte	.LLST0
	.byte	0x5
	.4byte	0x225
	.4byte	.LBB8
	.4byte	.LLRL1
	.byte	0x1e
	.byte	0x3
	.4byte	0xf0
	.byte	0x1
	.4byte	0x233
	.4byte	.LLST2
	.byte	0x6
	.4byte	.LLRL1
	.byte	0x7
	.4byte	0x23c
	.4byte	.LLST3
	.byte	0
	.byte	0
	.byte	0x5
	.4byte	0x1ee
	.4byte	.LBB15
	.4byte	.LLRL4
	.byte	0x1f
	.byte	0x3
	.4byte	0x140
	.byte	0x1
	.4byte	0x211
	.4byte	.LLST5
	.byte	0x1
	.4byte	0x208
	.4byte	.LLST6
	.byte	0x1
	.4byte	0x1fc
	.4byte	.LLST7
	.byte	0x6
	.4byte	.LLRL4
	.byte	0x7
	.4byte	0x21c
	.4byte	.LLST8
	.byte	0x4
	.4byte	.LVL9
	.4byte	0x247
	.byte	0x4
	.4byte	.LVL13
	.4byte	0x247
	.byte	0
	.byte	0
	.byte	0x5
	.4byte	0x1ee
	.4byte	.LBB23
	.4byte	.LLRL9
	.byte	0x22
	.byte	0x10
	.4byte	0x190
	.byte	0x1
	.4byte	0x211
	.4byte	.LLST10
	.byte	0x1
	.4byte	0x208
	.4byte	.LLST11
	.byte	0x1
	.4byte	0x1fc
	.4byte	.LLST12
	.byte	0x6
	.4byte	.LLRL9
	.byte	0x7
	.4byte	0x21c
	.4byte	.LLST13
	.byte	0x4
	.4byte	.LVL20
	.4byte	0x247
	.byte	0x4
	.4byte	.LVL24
	.4byte	0x247
	.byte	0
	.byte	0
	.byte	0x8
	.4byte	.LVL1
	.4byte	0x58
	.4byte	0x1a7
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x3
	.4byte	.LC1
	.byte	0
	.byte	0x8
	.4byte	.LVL6
	.4byte	0x58
	.4byte	0x1be
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x3
	.4byte	.LC2
	.byte	0
	.byte	0x8
	.4byte	.LVL16
	.4byte	0x58
	.4byte	0x1d5
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x3
	.4byte	.LC2
	.byte	0
	.byte	0x18
	.4byte	.LVL17
	.4byte	0x58
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x3
	.4byte	.LC5
	.byte	0x2
	.byte	0x1
	.byte	0x60
	.byte	0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0xb
	.4byte	.LASF7
	.byte	0x10
	.4byte	0x46
	.4byte	0x225
	.byte	0x19
	.4byte	.LASF6
	.byte	0x1
	.byte	0x10
	.byte	0x16
	.4byte	0x46
	.byte	0x9
	.string	"e"
	.byte	0x10
	.byte	0x25
	.4byte	0x26
	.byte	0x9
	.string	"mod"
	.byte	0x10
	.byte	0x2c
	.4byte	0x46
	.byte	0xc
	.string	"r"
	.byte	0x11
	.4byte	0x46
	.byte	0
	.byte	0xb
	.4byte	.LASF8
	.byte	0x7
	.4byte	0x46
	.4byte	0x247
	.byte	0x9
	.string	"n"
	.byte	0x7
	.byte	0x1c
	.4byte	0x46
	.byte	0xc
	.string	"max"
	.byte	0x8
	.4byte	0x46
	.byte	0
	.byte	0x1a
	.4byte	.LASF12
	.4byte	.LASF12
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
	.byte	0x49
	.byte	0
	.byte	0x2
	.byte	0x18
	.byte	0x7e
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x3
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
	.byte	0x4
	.byte	0x48
	.byte	0
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x5
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
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x6
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x7
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x8
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
	.byte	0x16
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
	.byte	0xb
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
	.byte	0x21
	.byte	0xc
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
	.byte	0xc
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
	.byte	0x21
	.byte	0x7
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xd
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
	.byte	0xe
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
	.byte	0x1c
	.byte	0xd
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
	.byte	0x1c
	.byte	0x5
	.byte	0
	.byte	0
	.byte	0x17
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
	.byte	0x18
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
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
	.byte	0
	.byte	0x3f
	.byte	0x19
	.byte	0x3c
	.byte	0x19
	.byte	0x6e
	.byte	0xe
	.byte	0x3
	.byte	0xe
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
.LLST0:
	.byte	0x7
	.4byte	.LVL16
	.4byte	.LVL27
	.byte	0xa
	.byte	0x9e
	.byte	0x8
	.8byte	0xfedcba9876543210
	.byte	0
.LLST2:
	.byte	0x7
	.4byte	.LVL1
	.4byte	.LVL2
	.byte	0xa
	.byte	0x9e
	.byte	0x8
	.8byte	0x1b
	.byte	0x7
	.4byte	.LVL2
	.4byte	.LVL3
	.byte	0x6
	.byte	0x58
	.byte	0x93
	.byte	0x4
	.byte	0x59
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL4
	.4byte	.LVL5
	.byte	0x6
	.byte	0x58
	.byte	0x93
	.byte	0x4
	.byte	0x59
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL27
	.4byte	.LVL29
	.byte	0x6
	.byte	0x58
	.byte	0x93
	.byte	0x4
	.byte	0x59
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL29
	.4byte	.LVL30
	.byte	0x6
	.byte	0x5c
	.byte	0x93
	.byte	0x4
	.byte	0x5d
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL30
	.4byte	.LVL31
	.byte	0x6
	.byte	0x58
	.byte	0x93
	.byte	0x4
	.byte	0x59
	.byte	0x93
	.byte	0x4
	.byte	0
.LLST3:
	.byte	0x7
	.4byte	.LVL1
	.4byte	.LVL2
	.byte	0xa
	.byte	0x9e
	.byte	0x8
	.8byte	0x1b
	.byte	0x7
	.4byte	.LVL2
	.4byte	.LVL5
	.byte	0x6
	.byte	0x5c
	.byte	0x93
	.byte	0x4
	.byte	0x5d
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL27
	.4byte	.LVL28
	.byte	0x6
	.byte	0x5c
	.byte	0x93
	.byte	0x4
	.byte	0x5d
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL29
	.4byte	.LVL30
	.byte	0x6
	.byte	0x5c
	.byte	0x93
	.byte	0x4
	.byte	0x5d
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL30
	.4byte	.LVL31
	.byte	0x6
	.byte	0x58
	.byte	0x93
	.byte	0x4
	.byte	0x59
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL31
	.4byte	.LFE2
	.byte	0x6
	.byte	0x5c
	.byte	0x93
	.byte	0x4
	.byte	0x5d
	.byte	0x93
	.byte	0x4
	.byte	0
.LLST5:
	.byte	0x7
	.4byte	.LVL6
	.4byte	.LVL15
	.byte	0xa
	.byte	0x9e
	.byte	0x8
	.8byte	0x3b9aca07
	.byte	0
.LLST6:
	.byte	0x7
	.4byte	.LVL6
	.4byte	.LVL7
	.byte	0x4
	.byte	0xa
	.2byte	0x3e8
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL7
	.4byte	.LVL12
	.byte	0x1
	.byte	0x69
	.byte	0x7
	.4byte	.LVL14
	.4byte	.LVL15
	.byte	0x1
	.byte	0x69
	.byte	0
.LLST7:
	.byte	0x7
	.4byte	.LVL6
	.4byte	.LVL7
	.byte	0xa
	.byte	0x9e
	.byte	0x8
	.8byte	0x3
	.byte	0x7
	.4byte	.LVL7
	.4byte	.LVL11
	.byte	0x6
	.byte	0x62
	.byte	0x93
	.byte	0x4
	.byte	0x63
	.byte	0x93
	.byte	0x4
	.byte	0
.LLST8:
	.byte	0x7
	.4byte	.LVL6
	.4byte	.LVL7
	.byte	0xa
	.byte	0x9e
	.byte	0x8
	.8byte	0x1
	.byte	0x7
	.4byte	.LVL7
	.4byte	.LVL8
	.byte	0x6
	.byte	0x68
	.byte	0x93
	.byte	0x4
	.byte	0x66
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL10
	.4byte	.LVL15
	.byte	0x6
	.byte	0x68
	.byte	0x93
	.byte	0x4
	.byte	0x66
	.byte	0x93
	.byte	0x4
	.byte	0
.LLST10:
	.byte	0x7
	.4byte	.LVL17
	.4byte	.LVL26
	.byte	0xa
	.byte	0x9e
	.byte	0x8
	.8byte	0x3e8
	.byte	0
.LLST11:
	.byte	0x7
	.4byte	.LVL17
	.4byte	.LVL18
	.byte	0x2
	.byte	0x3a
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL18
	.4byte	.LVL23
	.byte	0x1
	.byte	0x64
	.byte	0x7
	.4byte	.LVL25
	.4byte	.LVL26
	.byte	0x1
	.byte	0x64
	.byte	0
.LLST12:
	.byte	0x7
	.4byte	.LVL17
	.4byte	.LVL18
	.byte	0xa
	.byte	0x9e
	.byte	0x8
	.8byte	0x2
	.byte	0x7
	.4byte	.LVL18
	.4byte	.LVL22
	.byte	0x6
	.byte	0x62
	.byte	0x93
	.byte	0x4
	.byte	0x63
	.byte	0x93
	.byte	0x4
	.byte	0
.LLST13:
	.byte	0x7
	.4byte	.LVL17
	.4byte	.LVL18
	.byte	0xa
	.byte	0x9e
	.byte	0x8
	.8byte	0x1
	.byte	0x7
	.4byte	.LVL18
	.4byte	.LVL19
	.byte	0x6
	.byte	0x58
	.byte	0x93
	.byte	0x4
	.byte	0x59
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL21
	.4byte	.LVL26
	.byte	0x6
	.byte	0x58
	.byte	0x93
	.byte	0x4
	.byte	0x59
	.byte	0x93
	.byte	0x4
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
	.4byte	.LFB2
	.4byte	.LFE2-.LFB2
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
	.4byte	.LBB8
	.4byte	.LBE8
	.byte	0x6
	.4byte	.LBB13
	.4byte	.LBE13
	.byte	0x6
	.4byte	.LBB14
	.4byte	.LBE14
	.byte	0x6
	.4byte	.LBB29
	.4byte	.LBE29
	.byte	0
.LLRL4:
	.byte	0x6
	.4byte	.LBB15
	.4byte	.LBE15
	.byte	0x6
	.4byte	.LBB20
	.4byte	.LBE20
	.byte	0x6
	.4byte	.LBB21
	.4byte	.LBE21
	.byte	0x6
	.4byte	.LBB22
	.4byte	.LBE22
	.byte	0
.LLRL9:
	.byte	0x6
	.4byte	.LBB23
	.4byte	.LBE23
	.byte	0x6
	.4byte	.LBB27
	.4byte	.LBE27
	.byte	0x6
	.4byte	.LBB28
	.4byte	.LBE28
	.byte	0
.LLRL14:
	.byte	0x6
	.4byte	.LFB2
	.4byte	.LFE2
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF2:
	.string	"unsigned int"
.LASF9:
	.string	"GNU C17 12.2.0 -mabi=ilp32 -misa-spec=20191213 -march=rv32im -g -O2 -ffreestanding -fno-builtin"
.LASF8:
	.string	"collatz_max"
.LASF12:
	.string	"__umoddi3"
.LASF4:
	.string	"long long unsigned int"
.LASF6:
	.string	"base"
.LASF11:
	.string	"main"
.LASF7:
	.string	"power"
.LASF5:
	.string	"char"
.LASF10:
	.string	"printf"
.LASF3:
	.string	"long long int"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"test/corpus/c/int64.c"
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
