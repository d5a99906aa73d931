	.file	"tables.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "test/corpus/c/tables.c"
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"123456789"
	.align	2
.LC1:
	.string	"crc %x\n"
	.align	2
.LC2:
	.string	"sum %d %s %s\n"
	.align	2
.LC3:
	.string	"%c%d "
	.align	2
.LC4:
	.string	"\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
.LFB1:
	.file 1 "test/corpus/c/tables.c"
	.loc 1 15 16
	.cfi_startproc
	.loc 1 16 3
.LBB9:
	.loc 1 16 8
.LVL0:
	.loc 1 16 26
.LBE9:
	.loc 1 15 16 is_stmt 0
	addi	sp,sp,-16
	.cfi_def_cfa_offset 16
	lui	a0,%hi(.LANCHOR0)
.LBB18:
.LBB10:
.LBB11:
	.loc 1 18 68
	li	a2,-306675712
	addi	a7,a0,%lo(.LANCHOR0)
.LBE11:
.LBE10:
.LBE18:
	.loc 1 15 16
	sw	ra,12(sp)
	sw	s0,8(sp)
	sw	s1,4(sp)
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	.cfi_offset 9, -12
	addi	a0,a0,%lo(.LANCHOR0)
.LBB19:
	.loc 1 16 17
	li	a1,0
.LBB15:
.LBB12:
	.loc 1 18 68
	addi	a2,a2,800
.LBE12:
.LBE15:
	.loc 1 16 26
	li	a6,256
.LVL1:
.L4:
.LBB16:
.LBB13:
	.loc 1 18 23 is_stmt 1
.LBE13:
.LBE16:
	.loc 1 16 17 is_stmt 0
	mv	a5,a1
	li	a4,8
.LVL2:
.L3:
.LBB17:
.LBB14:
	.loc 1 18 33 is_stmt 1
	.loc 1 18 39 is_stmt 0
	andi	a3,a5,1
	.loc 1 18 23
	addi	a4,a4,-1
	.loc 1 18 62
	srli	a5,a5,1
.LVL3:
	.loc 1 18 68
	beq	a3,zero,.L2
	xor	a5,a5,a2
.L2:
.LVL4:
	.loc 1 18 29 is_stmt 1
	.loc 1 18 23
	bne	a4,zero,.L3
.LBE14:
	.loc 1 19 5
	.loc 1 19 18 is_stmt 0
	sw	a5,0(a0)
.LBE17:
	.loc 1 16 34 is_stmt 1
	addi	a1,a1,1
.LVL5:
	.loc 1 16 26
	addi	a0,a0,4
	bne	a1,a6,.L4
	lui	a4,%hi(.LC0)
.LBE19:
.LBB20:
.LBB21:
	.loc 1 10 12 is_stmt 0
	li	a1,-1
.LVL6:
	.loc 1 11 10
	li	a5,49
.LVL7:
.LBE21:
.LBE20:
.LBB23:
	.loc 1 16 26
	addi	a4,a4,%lo(.LC0)
.L5:
.LVL8:
.LBE23:
.LBB24:
.LBB22:
	.loc 1 11 14 is_stmt 1
	.loc 1 11 31 is_stmt 0
	xor	a5,a5,a1
	.loc 1 11 54
	andi	a5,a5,255
	.loc 1 11 27
	slli	a5,a5,2
	add	a5,a7,a5
	lw	a3,0(a5)
	.loc 1 11 10
	lbu	a5,1(a4)
	.loc 1 11 67
	srli	a1,a1,8
.LVL9:
	.loc 1 11 50
	addi	a4,a4,1
.LVL10:
	.loc 1 11 16
	xor	a1,a3,a1
.LVL11:
	.loc 1 11 10 is_stmt 1
	bne	a5,zero,.L5
	.loc 1 12 3
.LVL12:
.LBE22:
.LBE24:
	.loc 1 21 3 is_stmt 0
	lui	a0,%hi(.LC1)
.LVL13:
	not	a1,a1
	addi	a0,a0,%lo(.LC1)
	call	printf
.LVL14:
	.loc 1 22 3 is_stmt 1
	.loc 1 23 3
.LBB25:
	.loc 1 23 8
	.loc 1 23 21
	lui	a5,%hi(.LANCHOR1)
	addi	a5,a5,%lo(.LANCHOR1)
	addi	a3,a5,32
.LBE25:
	.loc 1 22 7 is_stmt 0
	li	s0,0
.LVL15:
.L6:
.LBB26:
	.loc 1 23 32 is_stmt 1 discriminator 3
	.loc 1 23 46 is_stmt 0 discriminator 3
	lhu	a4,0(a5)
	.loc 1 23 21 discriminator 3
	addi	a5,a5,2
	.loc 1 23 36 discriminator 3
	add	s0,s0,a4
.LVL16:
	.loc 1 23 28 is_stmt 1 discriminator 3
	.loc 1 23 21 discriminator 3
	bne	a3,a5,.L6
.LBE26:
	.loc 1 24 3
	lui	a5,%hi(.LANCHOR2)
	addi	a5,a5,%lo(.LANCHOR2)
	lw	a2,4(a5)
	lw	a3,8(a5)
	lui	a0,%hi(.LC2)
	mv	a1,s0
	addi	a0,a0,%lo(.LC2)
	call	printf
.LVL17:
	.loc 1 25 3
.LBB27:
	.loc 1 25 8
	.loc 1 25 21
	.loc 1 25 31
	lui	s1,%hi(.LC3)
	li	a2,1
	li	a1,43
	addi	a0,s1,%lo(.LC3)
	call	printf
.LVL18:
	.loc 1 25 27
	.loc 1 25 21
	.loc 1 25 31
	li	a2,1
	li	a1,45
	addi	a0,s1,%lo(.LC3)
	call	printf
.LVL19:
	.loc 1 25 27
	.loc 1 25 21
	.loc 1 25 31
	li	a2,2
	li	a1,42
	addi	a0,s1,%lo(.LC3)
	call	printf
.LVL20:
	.loc 1 25 27
	.loc 1 25 21
	.loc 1 25 31
	li	a2,2
	li	a1,47
	addi	a0,s1,%lo(.LC3)
	call	printf
.LVL21:
	.loc 1 25 27
	.loc 1 25 21
.LBE27:
	.loc 1 26 3
	lui	a0,%hi(.LC4)
	addi	a0,a0,%lo(.LC4)
	call	printf
.LVL22:
	.loc 1 27 3
	.loc 1 28 1 is_stmt 0
	lw	ra,12(sp)
	.cfi_restore 1
	andi	a0,s0,0xff
	lw	s0,8(sp)
	.cfi_restore 8
.LVL23:
	lw	s1,4(sp)
	.cfi_restore 9
	addi	sp,sp,16
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE1:
	.size	main, .-main
	.globl	messages
	.section	.rodata.str1.4
	.align	2
.LC5:
	.string	"zero"
	.align	2
.LC6:
	.string	"one"
	.align	2
.LC7:
	.string	"two"
	.section	.rodata
	.align	2
	.set	.LANCHOR1,. + 0
	.type	squares, @object
	.size	squares, 32
squares:
	.half	0
	.half	1
	.half	4
	.half	9
	.half	16
	.half	25
	.half	36
	.half	49
	.half	64
	.half	81
	.half	100
	.half	121
	.half	144
	.half	169
	.half	196
	.half	225
	.data
	.align	2
	.set	.LANCHOR2,. + 0
	.type	messages, @object
	.size	messages, 12
messages:
	.word	.LC5
	.word	.LC6
	.word	.LC7
	.bss
	.align	2
	.set	.LANCHOR0,. + 0
	.type	crc_table, @object
	.size	crc_table, 1024
crc_table:
	.zero	1024
	.text
.Letext0:
	.file 2 "runtime/vmlab.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x2c9
	.2byte	0x5
	.byte	0x1
	.byte	0x4
	.4byte	.Ldebug_abbrev0
	.byte	0xd
	.4byte	.LASF8
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL13
	.4byte	0
	.4byte	.Ldebug_line0
	.byte	0x7
	.byte	0x4
	.byte	0x7
	.4byte	.LASF2
	.byte	0xe
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x5
	.4byte	0x50
	.4byte	0x44
	.byte	0x6
	.4byte	0x26
	.byte	0xf
	.byte	0
	.byte	0x3
	.4byte	0x34
	.byte	0x7
	.byte	0x2
	.byte	0x7
	.4byte	.LASF3
	.byte	0x3
	.4byte	0x49
	.byte	0x9
	.4byte	.LASF4
	.byte	0x4
	.byte	0x1d
	.4byte	0x44
	.byte	0x5
	.byte	0x3
	.4byte	squares
	.byte	0x5
	.4byte	0x26
	.4byte	0x76
	.byte	0x6
	.4byte	0x26
	.byte	0xff
	.byte	0
	.byte	0x9
	.4byte	.LASF5
	.byte	0x5
	.byte	0x11
	.4byte	0x66
	.byte	0x5
	.byte	0x3
	.4byte	crc_table
	.byte	0x5
	.4byte	0x97
	.4byte	0x97
	.byte	0x6
	.4byte	0x26
	.byte	0x2
	.byte	0
	.byte	0xf
	.byte	0x4
	.4byte	0xa4
	.byte	0x7
	.byte	0x1
	.byte	0x8
	.4byte	.LASF6
	.byte	0x3
	.4byte	0x9d
	.byte	0x10
	.4byte	.LASF9
	.byte	0x1
	.byte	0x6
	.byte	0xd
	.4byte	0x87
	.byte	0x5
	.byte	0x3
	.4byte	messages
	.byte	0x11
	.byte	0x8
	.byte	0x1
	.byte	0x7
	.byte	0xe
	.4byte	0xde
	.byte	0x12
	.string	"op"
	.byte	0x1
	.byte	0x7
	.byte	0x1c
	.4byte	0x9d
	.byte	0
	.byte	0x13
	.4byte	.LASF7
	.byte	0x1
	.byte	0x7
	.byte	0x24
	.4byte	0x2d
	.byte	0x4
	.byte	0
	.byte	0x3
	.4byte	0xbb
	.byte	0x5
	.4byte	0xde
	.4byte	0xf3
	.byte	0x6
	.4byte	0x26
	.byte	0x3
	.byte	0
	.byte	0x3
	.4byte	0xe3
	.byte	0xa
	.string	"ops"
	.byte	0x7
	.byte	0x2c
	.4byte	0xf3
	.byte	0x14
	.4byte	.LASF10
	.byte	0x2
	.byte	0x16
	.byte	0x5
	.4byte	0x2d
	.4byte	0x11a
	.byte	0x15
	.4byte	0x97
	.byte	0x16
	.byte	0
	.byte	0x17
	.4byte	.LASF11
	.byte	0x1
	.byte	0xf
	.byte	0x5
	.4byte	0x2d
	.4byte	.LFB1
	.4byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x2ab
	.byte	0x2
	.string	"sum"
	.byte	0x16
	.byte	0x7
	.4byte	0x2d
	.4byte	.LLST0
	.byte	0xb
	.4byte	.LLRL1
	.4byte	0x180
	.byte	0x2
	.string	"n"
	.byte	0x10
	.byte	0x11
	.4byte	0x26
	.4byte	.LLST2
	.byte	0x8
	.4byte	.LLRL3
	.byte	0x2
	.string	"c"
	.byte	0x11
	.byte	0xe
	.4byte	0x26
	.4byte	.LLST4
	.byte	0x8
	.4byte	.LLRL5
	.byte	0x2
	.string	"k"
	.byte	0x12
	.byte	0xe
	.4byte	0x2d
	.4byte	.LLST6
	.byte	0
	.byte	0
	.byte	0
	.byte	0xb
	.4byte	.LLRL10
	.4byte	0x197
	.byte	0x2
	.string	"i"
	.byte	0x17
	.byte	0xc
	.4byte	0x2d
	.4byte	.LLST11
	.byte	0
	.byte	0x18
	.4byte	.LBB27
	.4byte	.LBE27-.LBB27
	.4byte	0x236
	.byte	0x2
	.string	"i"
	.byte	0x19
	.byte	0xc
	.4byte	0x2d
	.4byte	.LLST12
	.byte	0x4
	.4byte	.LVL18
	.4byte	0x103
	.4byte	0x1d3
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
	.byte	0x8
	.byte	0x2b
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x1
	.byte	0x31
	.byte	0
	.byte	0x4
	.4byte	.LVL19
	.4byte	0x103
	.4byte	0x1f5
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
	.byte	0x8
	.byte	0x2d
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x1
	.byte	0x31
	.byte	0
	.byte	0x4
	.4byte	.LVL20
	.4byte	0x103
	.4byte	0x217
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
	.byte	0x8
	.byte	0x2a
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x1
	.byte	0x32
	.byte	0
	.byte	0xc
	.4byte	.LVL21
	.4byte	0x103
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
	.byte	0x8
	.byte	0x2f
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x1
	.byte	0x32
	.byte	0
	.byte	0
	.byte	0x19
	.4byte	0x2ab
	.4byte	.LBB20
	.4byte	.LLRL7
	.byte	0x1
	.byte	0x15
	.byte	0x3
	.4byte	0x263
	.byte	0x1a
	.4byte	0x2b8
	.4byte	.LLST8
	.byte	0x8
	.4byte	.LLRL7
	.byte	0x1b
	.4byte	0x2c2
	.4byte	.LLST9
	.byte	0
	.byte	0
	.byte	0x4
	.4byte	.LVL14
	.4byte	0x103
	.4byte	0x27a
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x3
	.4byte	.LC1
	.byte	0
	.byte	0x4
	.4byte	.LVL17
	.4byte	0x103
	.4byte	0x297
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
	.byte	0
	.byte	0
	.byte	0xc
	.4byte	.LVL22
	.4byte	0x103
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x3
	.4byte	.LC4
	.byte	0
	.byte	0
	.byte	0x1c
	.4byte	.LASF12
	.byte	0x1
	.byte	0x9
	.byte	0x11
	.4byte	0x26
	.byte	0x1
	.byte	0x1d
	.string	"s"
	.byte	0x1
	.byte	0x9
	.byte	0x23
	.4byte	0x97
	.byte	0xa
	.string	"c"
	.byte	0xa
	.byte	0xc
	.4byte	0x26
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
	.byte	0x3
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x4
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
	.byte	0x5
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x6
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x7
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
	.byte	0x8
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x9
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
	.byte	0xa
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
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
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
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x10
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
	.byte	0x3f
	.byte	0x19
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x11
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
	.byte	0x12
	.byte	0xd
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
	.byte	0x38
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x13
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
	.byte	0x3c
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x15
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x16
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0x17
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
	.byte	0x18
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
	.byte	0x19
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
	.byte	0x1a
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x1b
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x1c
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
	.byte	0
	.byte	0
	.byte	0x1d
	.byte	0x5
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
	.4byte	.LVL14
	.4byte	.LVL15
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL15
	.4byte	.LVL23
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST2:
	.byte	0x7
	.4byte	.LVL0
	.4byte	.LVL1
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL1
	.4byte	.LVL6
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST4:
	.byte	0x7
	.4byte	.LVL1
	.4byte	.LVL2
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.4byte	.LVL2
	.4byte	.LVL3
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.4byte	.LVL4
	.4byte	.LVL7
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.4byte	.LVL7
	.4byte	.LVL13
	.byte	0x2
	.byte	0x7a
	.byte	0x7c
	.byte	0
.LLST6:
	.byte	0x7
	.4byte	.LVL1
	.4byte	.LVL2
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST11:
	.byte	0x7
	.4byte	.LVL14
	.4byte	.LVL15
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST12:
	.byte	0x7
	.4byte	.LVL17
	.4byte	.LVL18
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL18
	.4byte	.LVL19
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL19
	.4byte	.LVL20
	.byte	0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL20
	.4byte	.LVL21
	.byte	0x2
	.byte	0x33
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL21
	.4byte	.LFE1
	.byte	0x2
	.byte	0x34
	.byte	0x9f
	.byte	0
.LLST8:
	.byte	0x7
	.4byte	.LVL8
	.4byte	.LVL12
	.byte	0x1
	.byte	0x5e
	.byte	0
.LLST9:
	.byte	0x7
	.4byte	.LVL8
	.4byte	.LVL9
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.4byte	.LVL11
	.4byte	.LVL12
	.byte	0x1
	.byte	0x5b
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
	.4byte	.LFB1
	.4byte	.LFE1-.LFB1
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
	.4byte	.LBB9
	.4byte	.LBE9
	.byte	0x6
	.4byte	.LBB18
	.4byte	.LBE18
	.byte	0x6
	.4byte	.LBB19
	.4byte	.LBE19
	.byte	0x6
	.4byte	.LBB23
	.4byte	.LBE23
	.byte	0
.LLRL3:
	.byte	0x6
	.4byte	.LBB10
	.4byte	.LBE10
	.byte	0x6
	.4byte	.LBB15
	.4byte	.LBE15
	.byte	0x6
	.4byte	.LBB16
	.4byte	.LBE16
	.byte	0x6
	.4byte	.LBB17
	.4byte	.LBE17
	.byte	0
.LLRL5:
	.byte	0x6
	.4byte	.LBB11
	.4byte	.LBE11
	.byte	0x6
	.4byte	.LBB12
	.4byte	.LBE12
	.byte	0x6
	.4byte	.LBB13
	.4byte	.LBE13
	.byte	0x6
	.4byte	.LBB14
	.4byte	.LBE14
	.byte	0
.LLRL7:
	.byte	0x6
	.4byte	.LBB20
	.4byte	.LBE20
	.byte	0x6
	.4byte	.LBB24
	.4byte	.LBE24
	.byte	0
.LLRL10:
	.byte	0x6
	.4byte	.LBB25
	.4byte	.LBE25
	.byte	0x6
	.4byte	.LBB26
	.4byte	.LBE26
	.byte	0
.LLRL13:
	.byte	0x6
	.4byte	.LFB1
	.4byte	.LFE1
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF2:
	.string	"unsigned int"
.LASF11:
	.string	"main"
.LASF8:
	.string	"GNU C17 12.2.0 -mabi=ilp32 -misa-spec=20191213 -march=rv32im -g -O2 -ffreestanding -fno-builtin"
.LASF5:
	.string	"crc_table"
.LASF9:
	.string	"messages"
.LASF7:
	.string	"prec"
.LASF12:
	.string	"crc32"
.LASF3:
	.string	"short unsigned int"
.LASF4:
	.string	"squares"
.LASF6:
	.string	"char"
.LASF10:
	.string	"printf"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"test/corpus/c/tables.c"
.LASF1:
	.string	"."
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
