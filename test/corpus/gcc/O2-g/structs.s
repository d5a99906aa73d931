	.file	"structs.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "test/corpus/c/structs.c"
	.align	2
	.globl	centre
	.type	centre, @function
centre:
.LFB1:
	.file 1 "test/corpus/c/structs.c"
	.loc 1 16 43
	.cfi_startproc
.LVL0:
	.loc 1 17 3
	.loc 1 17 59 is_stmt 0
	lw	a4,4(a0)
	lw	a2,12(a0)
	.loc 1 17 32
	lw	a5,0(a0)
	lw	a3,8(a0)
	.loc 1 17 59
	add	a4,a4,a2
	.loc 1 17 71
	srli	a1,a4,31
	.loc 1 17 32
	add	a5,a5,a3
	.loc 1 17 44
	srli	a0,a5,31
.LVL1:
	.loc 1 16 43
	addi	sp,sp,-16
	.cfi_def_cfa_offset 16
	.loc 1 17 71
	add	a1,a1,a4
.LVL2:
	.loc 1 18 3 is_stmt 1
	.loc 1 17 44 is_stmt 0
	add	a0,a0,a5
	.loc 1 19 1
	srai	a0,a0,1
	srai	a1,a1,1
	addi	sp,sp,16
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE1:
	.size	centre, .-centre
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"%s area %d centre (%d, %d)\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
.LFB2:
	.loc 1 21 16 is_stmt 1
	.cfi_startproc
	.loc 1 22 3
.LVL3:
	.loc 1 23 3
.LBB16:
	.loc 1 23 8
	.loc 1 23 21
.LBE16:
	.loc 1 21 16 is_stmt 0
	addi	sp,sp,-64
	.cfi_def_cfa_offset 64
	sw	s1,52(sp)
	.cfi_offset 9, -12
	lui	s1,%hi(.LANCHOR0)
	addi	s1,s1,%lo(.LANCHOR0)
	sw	s0,56(sp)
	sw	ra,60(sp)
	sw	s2,48(sp)
	sw	s3,44(sp)
	.cfi_offset 8, -8
	.cfi_offset 1, -4
	.cfi_offset 18, -16
	.cfi_offset 19, -20
	addi	t3,s1,20
.LBB31:
	.loc 1 23 12
	li	t4,1
	.loc 1 23 21
	li	s0,4
.LVL4:
.L8:
.LBB17:
	.loc 1 24 5 is_stmt 1
	.loc 1 24 17 is_stmt 0
	lw	t2,0(t3)
	lw	t0,4(t3)
	lw	t6,8(t3)
	lw	t5,12(t3)
	lw	a5,16(t3)
.LBB18:
.LBB19:
	.loc 1 14 50
	sub	t1,t6,t2
	.loc 1 14 72
	sub	a4,t5,t0
.LBE19:
.LBE18:
	.loc 1 24 17
	sw	a5,28(sp)
.LVL5:
	.loc 1 25 5 is_stmt 1
.LBB23:
.LBB20:
	.loc 1 14 61 is_stmt 0
	mul	t1,t1,a4
	mv	a3,t4
.LVL6:
.LBE20:
.LBE23:
	.loc 1 26 5 is_stmt 1
	.loc 1 26 19
.LBB24:
.LBB21:
	.loc 1 14 61 is_stmt 0
	mv	a5,t3
	j	.L5
.LVL7:
.L7:
.LBE21:
.LBE24:
	.loc 1 27 20
	lw	a4,-4(a5)
	sw	a0,0(a5)
	sw	a2,4(a5)
	sw	a6,8(a5)
	sw	a1,12(a5)
	sw	a4,16(a5)
	.loc 1 28 7 is_stmt 1
.LVL8:
	.loc 1 26 19
	addi	a3,a3,-1
.LVL9:
	addi	a5,a5,-20
	beq	a3,zero,.L10
.LVL10:
.L5:
	.loc 1 27 7 discriminator 1
.LBB25:
.LBB26:
	.loc 1 14 34 discriminator 1
.LBE26:
.LBE25:
.LBB28:
.LBB22:
	.loc 1 14 34 discriminator 1
.LBE22:
.LBE28:
.LBB29:
.LBB27:
	.loc 1 14 50 is_stmt 0 discriminator 1
	lw	a6,-12(a5)
	lw	a0,-20(a5)
	.loc 1 14 72 discriminator 1
	lw	a1,-8(a5)
	lw	a2,-16(a5)
	.loc 1 14 50 discriminator 1
	sub	a4,a6,a0
	.loc 1 14 72 discriminator 1
	sub	a7,a1,a2
	.loc 1 14 61 discriminator 1
	mul	a4,a4,a7
.LBE27:
.LBE29:
	.loc 1 26 19 discriminator 1
	blt	t1,a4,.L7
.LVL11:
.L6:
	.loc 1 30 5 is_stmt 1 discriminator 2
	.loc 1 30 18 is_stmt 0 discriminator 2
	slli	a5,a3,2
	lw	a4,28(sp)
	add	a5,a5,a3
	slli	a5,a5,2
	add	a5,s1,a5
	sw	t2,0(a5)
	sw	t0,4(a5)
	sw	t6,8(a5)
	sw	t5,12(a5)
	sw	a4,16(a5)
.LVL12:
.LBE17:
	.loc 1 23 27 is_stmt 1 discriminator 2
	addi	t4,t4,1
.LVL13:
	.loc 1 23 21 discriminator 2
	addi	t3,t3,20
	bne	t4,s0,.L8
	mv	s0,s1
	addi	s3,s1,80
	lui	s2,%hi(.LC0)
.LVL14:
.L9:
.LBE31:
.LBB32:
.LBB33:
	.loc 1 33 5 discriminator 3
.LBB34:
.LBB35:
	.loc 1 17 3 discriminator 3
	.loc 1 17 40 is_stmt 0 discriminator 3
	lw	a3,8(s0)
	.loc 1 17 67 discriminator 3
	lw	a4,12(s0)
	.loc 1 17 29 discriminator 3
	lw	a5,0(s0)
.LVL15:
	.loc 1 17 56 discriminator 3
	lw	a0,4(s0)
.LVL16:
	.loc 1 18 3 is_stmt 1 discriminator 3
.LBE35:
.LBE34:
	.loc 1 34 5 discriminator 3
.LBB38:
.LBB39:
	.loc 1 14 34 discriminator 3
.LBE39:
.LBE38:
	.loc 1 34 5 is_stmt 0 discriminator 3
	lw	a1,16(s0)
.LBB42:
.LBB40:
	.loc 1 14 50 discriminator 3
	sub	a2,a3,a5
.LBE40:
.LBE42:
.LBB43:
.LBB36:
	.loc 1 17 32 discriminator 3
	add	a5,a5,a3
.LVL17:
.LBE36:
.LBE43:
.LBB44:
.LBB41:
	.loc 1 14 72 discriminator 3
	sub	a3,a4,a0
.LVL18:
.LBE41:
.LBE44:
	.loc 1 34 5 discriminator 3
	mul	a2,a2,a3
.LBB45:
.LBB37:
	.loc 1 17 59 discriminator 3
	add	a0,a0,a4
.LVL19:
	.loc 1 17 71 discriminator 3
	srli	a4,a0,31
.LVL20:
	.loc 1 17 44 discriminator 3
	srli	a3,a5,31
	.loc 1 17 71 discriminator 3
	add	a4,a4,a0
	.loc 1 17 44 discriminator 3
	add	a3,a3,a5
.LBE37:
.LBE45:
.LBE33:
	.loc 1 32 21 discriminator 3
	addi	s0,s0,20
.LVL21:
.LBB46:
	.loc 1 34 5 discriminator 3
	srai	a4,a4,1
	srai	a3,a3,1
	addi	a0,s2,%lo(.LC0)
	call	printf
.LVL22:
.LBE46:
	.loc 1 32 27 is_stmt 1 discriminator 3
	.loc 1 32 21 discriminator 3
	bne	s3,s0,.L9
.LBE32:
	.loc 1 36 3
.LVL23:
.LBB47:
.LBB48:
	.loc 1 14 34
	.loc 1 14 50 is_stmt 0
	lw	a0,8(s1)
	lw	a3,0(s1)
	.loc 1 14 72
	lw	a5,12(s1)
	lw	a4,4(s1)
.LBE48:
.LBE47:
	.loc 1 37 1
	lw	ra,60(sp)
	.cfi_remember_state
	.cfi_restore 1
	lw	s0,56(sp)
	.cfi_restore 8
.LBB50:
.LBB49:
	.loc 1 14 50
	sub	a0,a0,a3
	.loc 1 14 72
	sub	a5,a5,a4
.LBE49:
.LBE50:
	.loc 1 37 1
	lw	s1,52(sp)
	.cfi_restore 9
	lw	s2,48(sp)
	.cfi_restore 18
	lw	s3,44(sp)
	.cfi_restore 19
	mul	a0,a0,a5
	addi	sp,sp,64
	.cfi_def_cfa_offset 0
	jr	ra
.LVL24:
.L10:
	.cfi_restore_state
.LBB51:
.LBB30:
	li	a3,0
.LVL25:
	j	.L6
.LBE30:
.LBE51:
	.cfi_endproc
.LFE2:
	.size	main, .-main
	.section	.rodata.str1.4
	.align	2
.LC1:
	.string	"wide"
	.align	2
.LC2:
	.string	"square"
	.align	2
.LC3:
	.string	"tall"
	.align	2
.LC4:
	.string	"tiny"
	.data
	.align	2
	.set	.LANCHOR0,. + 0
	.type	rects, @object
	.size	rects, 80
rects:
	.word	0
	.word	0
	.word	10
	.word	5
	.word	.LC1
	.word	-3
	.word	-3
	.word	3
	.word	3
	.word	.LC2
	.word	2
	.word	1
	.word	4
	.word	20
	.word	.LC3
	.word	1
	.word	1
	.word	2
	.word	2
	.word	.LC4
	.text
.Letext0:
	.file 2 "runtime/vmlab.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x253
	.2byte	0x5
	.byte	0x1
	.byte	0x4
	.4byte	.Ldebug_abbrev0
	.byte	0xd
	.4byte	.LASF10
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL14
	.4byte	0
	.4byte	.Ldebug_line0
	.byte	0x6
	.byte	0x4
	.byte	0x7
	.4byte	.LASF2
	.byte	0xe
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x7
	.4byte	.LASF3
	.byte	0x8
	.byte	0x4
	.4byte	0x54
	.byte	0x2
	.string	"x"
	.byte	0x4
	.byte	0x14
	.4byte	0x2d
	.byte	0
	.byte	0x2
	.string	"y"
	.byte	0x4
	.byte	0x17
	.4byte	0x2d
	.byte	0x4
	.byte	0
	.byte	0x7
	.4byte	.LASF4
	.byte	0x14
	.byte	0x5
	.4byte	0x85
	.byte	0x2
	.string	"min"
	.byte	0x5
	.byte	0x1c
	.4byte	0x34
	.byte	0
	.byte	0x2
	.string	"max"
	.byte	0x5
	.byte	0x21
	.4byte	0x34
	.byte	0x8
	.byte	0xf
	.4byte	.LASF5
	.byte	0x1
	.byte	0x5
	.byte	0x32
	.4byte	0x8a
	.byte	0x10
	.byte	0
	.byte	0x8
	.4byte	0x54
	.byte	0x9
	.4byte	0x96
	.byte	0x6
	.byte	0x1
	.byte	0x8
	.4byte	.LASF6
	.byte	0x8
	.4byte	0x8f
	.byte	0x10
	.4byte	0x54
	.4byte	0xab
	.byte	0x11
	.4byte	0x26
	.byte	0x3
	.byte	0
	.byte	0x12
	.4byte	.LASF7
	.byte	0x1
	.byte	0x7
	.byte	0x14
	.4byte	0x9b
	.byte	0x5
	.byte	0x3
	.4byte	rects
	.byte	0x13
	.4byte	.LASF8
	.byte	0x2
	.byte	0x16
	.byte	0x5
	.4byte	0x2d
	.4byte	0xd4
	.byte	0x14
	.4byte	0x8a
	.byte	0x15
	.byte	0
	.byte	0x16
	.4byte	.LASF11
	.byte	0x1
	.byte	0x15
	.byte	0x5
	.4byte	0x2d
	.4byte	.LFB2
	.4byte	.LFE2-.LFB2
	.byte	0x1
	.byte	0x9c
	.4byte	0x1f0
	.byte	0x17
	.string	"n"
	.byte	0x1
	.byte	0x16
	.byte	0x7
	.4byte	0x2d
	.byte	0x4
	.byte	0x18
	.4byte	.LLRL2
	.4byte	0x160
	.byte	0x3
	.string	"i"
	.byte	0x17
	.byte	0xc
	.4byte	0x2d
	.4byte	.LLST3
	.byte	0x4
	.4byte	.LLRL4
	.byte	0x3
	.string	"key"
	.byte	0x18
	.byte	0x11
	.4byte	0x54
	.4byte	.LLST5
	.byte	0x3
	.string	"j"
	.byte	0x19
	.byte	0x9
	.4byte	0x2d
	.4byte	.LLST6
	.byte	0x5
	.4byte	0x219
	.4byte	.LBB18
	.4byte	.LLRL7
	.byte	0x1a
	.byte	0x27
	.4byte	0x149
	.byte	0x1
	.4byte	0x22a
	.byte	0
	.byte	0xa
	.4byte	0x219
	.4byte	.LBB25
	.4byte	.LLRL8
	.byte	0x1a
	.byte	0x16
	.byte	0x1
	.4byte	0x22a
	.byte	0
	.byte	0
	.byte	0
	.byte	0x19
	.4byte	.LBB32
	.4byte	.LBE32-.LBB32
	.4byte	0x1da
	.byte	0xb
	.string	"i"
	.byte	0x20
	.byte	0xc
	.4byte	0x2d
	.byte	0x4
	.4byte	.LLRL9
	.byte	0x3
	.string	"c"
	.byte	0x21
	.byte	0x12
	.4byte	0x34
	.4byte	.LLST10
	.byte	0x5
	.4byte	0x1f0
	.4byte	.LBB34
	.4byte	.LLRL11
	.byte	0x21
	.byte	0x16
	.4byte	0x1ac
	.byte	0x1
	.4byte	0x201
	.byte	0x4
	.4byte	.LLRL11
	.byte	0x1a
	.4byte	0x20a
	.byte	0
	.byte	0
	.byte	0x5
	.4byte	0x219
	.4byte	.LBB38
	.4byte	.LLRL12
	.byte	0x22
	.byte	0x5
	.4byte	0x1c5
	.byte	0x1
	.4byte	0x22a
	.byte	0
	.byte	0x1b
	.4byte	.LVL22
	.4byte	0xbd
	.byte	0x1c
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x3
	.4byte	.LC0
	.byte	0
	.byte	0
	.byte	0
	.byte	0xa
	.4byte	0x219
	.4byte	.LBB47
	.4byte	.LLRL13
	.byte	0x24
	.byte	0xa
	.byte	0x1
	.4byte	0x22a
	.byte	0
	.byte	0
	.byte	0x1d
	.4byte	.LASF9
	.byte	0x1
	.byte	0x10
	.byte	0xe
	.4byte	0x34
	.byte	0x1
	.4byte	0x214
	.byte	0xc
	.string	"r"
	.byte	0x10
	.byte	0x28
	.4byte	0x214
	.byte	0xb
	.string	"p"
	.byte	0x11
	.byte	0x10
	.4byte	0x34
	.byte	0
	.byte	0x9
	.4byte	0x85
	.byte	0x1e
	.4byte	.LASF12
	.byte	0x1
	.byte	0xe
	.byte	0xc
	.4byte	0x2d
	.byte	0x1
	.4byte	0x234
	.byte	0xc
	.string	"r"
	.byte	0xe
	.byte	0x1d
	.4byte	0x54
	.byte	0
	.byte	0x1f
	.4byte	0x1f0
	.4byte	.LFB1
	.4byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.byte	0x20
	.4byte	0x201
	.4byte	.LLST0
	.byte	0x21
	.4byte	0x20a
	.4byte	.LLST1
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.byte	0x1
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x2
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
	.byte	0x38
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x3
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
	.byte	0x4
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
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
	.byte	0x7
	.byte	0x13
	.byte	0x1
	.byte	0x3
	.byte	0xe
	.byte	0xb
	.byte	0xb
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0x21
	.byte	0x8
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x8
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x9
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x4
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xa
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
	.byte	0xb
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
	.byte	0xd
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
	.byte	0x38
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x10
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x11
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x12
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
	.byte	0x13
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
	.byte	0x14
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x15
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0x16
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
	.byte	0x1c
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x18
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x19
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
	.byte	0x1a
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1b
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1c
	.byte	0x49
	.byte	0
	.byte	0x2
	.byte	0x18
	.byte	0x7e
	.byte	0x18
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
	.byte	0x49
	.byte	0x13
	.byte	0x20
	.byte	0xb
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1e
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
	.byte	0x20
	.byte	0xb
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1f
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
	.byte	0x20
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x21
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
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
.LLST3:
	.byte	0x7
	.4byte	.LVL3
	.4byte	.LVL4
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL4
	.4byte	.LVL14
	.byte	0x1
	.byte	0x6d
	.byte	0x7
	.4byte	.LVL24
	.4byte	.LFE2
	.byte	0x1
	.byte	0x6d
	.byte	0
.LLST5:
	.byte	0x7
	.4byte	.LVL5
	.4byte	.LVL12
	.byte	0xe
	.byte	0x57
	.byte	0x93
	.byte	0x4
	.byte	0x55
	.byte	0x93
	.byte	0x4
	.byte	0x6f
	.byte	0x93
	.byte	0x4
	.byte	0x6e
	.byte	0x93
	.byte	0x4
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL24
	.4byte	.LFE2
	.byte	0xe
	.byte	0x57
	.byte	0x93
	.byte	0x4
	.byte	0x55
	.byte	0x93
	.byte	0x4
	.byte	0x6f
	.byte	0x93
	.byte	0x4
	.byte	0x6e
	.byte	0x93
	.byte	0x4
	.byte	0x93
	.byte	0x4
	.byte	0
.LLST6:
	.byte	0x7
	.4byte	.LVL6
	.4byte	.LVL7
	.byte	0x3
	.byte	0x8d
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL7
	.4byte	.LVL8
	.byte	0x3
	.byte	0x7d
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL8
	.4byte	.LVL9
	.byte	0x3
	.byte	0x7d
	.byte	0x7e
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL9
	.4byte	.LVL11
	.byte	0x3
	.byte	0x7d
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL24
	.4byte	.LVL25
	.byte	0x3
	.byte	0x7d
	.byte	0x7f
	.byte	0x9f
	.byte	0
.LLST10:
	.byte	0x7
	.4byte	.LVL16
	.4byte	.LVL17
	.byte	0x14
	.byte	0x7f
	.byte	0
	.byte	0x7d
	.byte	0
	.byte	0x22
	.byte	0x32
	.byte	0x1b
	.byte	0x9f
	.byte	0x93
	.byte	0x4
	.byte	0x7a
	.byte	0
	.byte	0x7e
	.byte	0
	.byte	0x22
	.byte	0x32
	.byte	0x1b
	.byte	0x9f
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL17
	.4byte	.LVL18
	.byte	0x15
	.byte	0x78
	.byte	0
	.byte	0x6
	.byte	0x7d
	.byte	0
	.byte	0x22
	.byte	0x32
	.byte	0x1b
	.byte	0x9f
	.byte	0x93
	.byte	0x4
	.byte	0x7a
	.byte	0
	.byte	0x7e
	.byte	0
	.byte	0x22
	.byte	0x32
	.byte	0x1b
	.byte	0x9f
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL18
	.4byte	.LVL19
	.byte	0x16
	.byte	0x78
	.byte	0
	.byte	0x6
	.byte	0x78
	.byte	0x8
	.byte	0x6
	.byte	0x22
	.byte	0x32
	.byte	0x1b
	.byte	0x9f
	.byte	0x93
	.byte	0x4
	.byte	0x7a
	.byte	0
	.byte	0x7e
	.byte	0
	.byte	0x22
	.byte	0x32
	.byte	0x1b
	.byte	0x9f
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL19
	.4byte	.LVL20
	.byte	0x17
	.byte	0x78
	.byte	0
	.byte	0x6
	.byte	0x78
	.byte	0x8
	.byte	0x6
	.byte	0x22
	.byte	0x32
	.byte	0x1b
	.byte	0x9f
	.byte	0x93
	.byte	0x4
	.byte	0x78
	.byte	0x4
	.byte	0x6
	.byte	0x7e
	.byte	0
	.byte	0x22
	.byte	0x32
	.byte	0x1b
	.byte	0x9f
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL20
	.4byte	.LVL21
	.byte	0x18
	.byte	0x78
	.byte	0
	.byte	0x6
	.byte	0x78
	.byte	0x8
	.byte	0x6
	.byte	0x22
	.byte	0x32
	.byte	0x1b
	.byte	0x9f
	.byte	0x93
	.byte	0x4
	.byte	0x78
	.byte	0x4
	.byte	0x6
	.byte	0x78
	.byte	0xc
	.byte	0x6
	.byte	0x22
	.byte	0x32
	.byte	0x1b
	.byte	0x9f
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL21
	.4byte	.LVL22-1
	.byte	0x18
	.byte	0x78
	.byte	0x6c
	.byte	0x6
	.byte	0x78
	.byte	0x74
	.byte	0x6
	.byte	0x22
	.byte	0x32
	.byte	0x1b
	.byte	0x9f
	.byte	0x93
	.byte	0x4
	.byte	0x78
	.byte	0x70
	.byte	0x6
	.byte	0x78
	.byte	0x78
	.byte	0x6
	.byte	0x22
	.byte	0x32
	.byte	0x1b
	.byte	0x9f
	.byte	0x93
	.byte	0x4
	.byte	0
.LLST0:
	.byte	0x7
	.4byte	.LVL0
	.4byte	.LVL1
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL1
	.4byte	.LFE1
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST1:
	.byte	0x7
	.4byte	.LVL0
	.4byte	.LVL1
	.byte	0xe
	.byte	0x7a
	.byte	0
	.byte	0x6
	.byte	0x7a
	.byte	0x8
	.byte	0x6
	.byte	0x22
	.byte	0x32
	.byte	0x1b
	.byte	0x9f
	.byte	0x93
	.byte	0x4
	.byte	0x93
	.byte	0x4
	.byte	0x7
	.4byte	.LVL1
	.4byte	.LVL2
	.byte	0xe
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x6
	.byte	0x7d
	.byte	0
	.byte	0x22
	.byte	0x32
	.byte	0x1b
	.byte	0x9f
	.byte	0x93
	.byte	0x4
	.byte	0x93
	.byte	0x4
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
.LLRL2:
	.byte	0x6
	.4byte	.LBB16
	.4byte	.LBE16
	.byte	0x6
	.4byte	.LBB31
	.4byte	.LBE31
	.byte	0x6
	.4byte	.LBB51
	.4byte	.LBE51
	.byte	0
.LLRL4:
	.byte	0x6
	.4byte	.LBB17
	.4byte	.LBE17
	.byte	0x6
	.4byte	.LBB30
	.4byte	.LBE30
	.byte	0
.LLRL7:
	.byte	0x6
	.4byte	.LBB18
	.4byte	.LBE18
	.byte	0x6
	.4byte	.LBB23
	.4byte	.LBE23
	.byte	0x6
	.4byte	.LBB24
	.4byte	.LBE24
	.byte	0x6
	.4byte	.LBB28
	.4byte	.LBE28
	.byte	0
.LLRL8:
	.byte	0x6
	.4byte	.LBB25
	.4byte	.LBE25
	.byte	0x6
	.4byte	.LBB29
	.4byte	.LBE29
	.byte	0
.LLRL9:
	.byte	0x6
	.4byte	.LBB33
	.4byte	.LBE33
	.byte	0x6
	.4byte	.LBB46
	.4byte	.LBE46
	.byte	0
.LLRL11:
	.byte	0x6
	.4byte	.LBB34
	.4byte	.LBE34
	.byte	0x6
	.4byte	.LBB43
	.4byte	.LBE43
	.byte	0x6
	.4byte	.LBB45
	.4byte	.LBE45
	.byte	0
.LLRL12:
	.byte	0x6
	.4byte	.LBB38
	.4byte	.LBE38
	.byte	0x6
	.4byte	.LBB42
	.4byte	.LBE42
	.byte	0x6
	.4byte	.LBB44
	.4byte	.LBE44
	.byte	0
.LLRL13:
	.byte	0x6
	.4byte	.LBB47
	.4byte	.LBE47
	.byte	0x6
	.4byte	.LBB50
	.4byte	.LBE50
	.byte	0
.LLRL14:
	.byte	0x6
	.4byte	.Ltext0
	.4byte	.Letext0
	.byte	0x6
	.4byte	.LFB2
	.4byte	.LFE2
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF9:
	.string	"centre"
.LASF2:
	.string	"unsigned int"
.LASF11:
	.string	"main"
.LASF5:
	.string	"name"
.LASF12:
	.string	"area"
.LASF6:
	.string	"char"
.LASF3:
	.string	"point"
.LASF8:
	.string	"printf"
.LASF10:
	.string	"GNU C17 12.2.0 -mabi=ilp32 -misa-spec=20191213 -march=rv32im -g -O2 -ffreestanding -fno-builtin"
.LASF7:
	.string	"rects"
.LASF4:
	.string	"rect"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"test/corpus/c/structs.c"
.LASF1:
	.string	"."
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
