	.file	"tables.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "test/corpus/c/tables.c"
	.section	.rodata
	.align	2
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
	.local	crc_table
	.comm	crc_table,1024,4
	.globl	messages
	.align	2
.LC0:
	.string	"zero"
	.align	2
.LC1:
	.string	"one"
	.align	2
.LC2:
	.string	"two"
	.data
	.align	2
	.type	messages, @object
	.size	messages, 12
messages:
	.word	.LC0
	.word	.LC1
	.word	.LC2
	.section	.rodata
	.align	2
	.type	ops, @object
	.size	ops, 32
ops:
	.byte	43
	.zero	3
	.word	1
	.byte	45
	.zero	3
	.word	1
	.byte	42
	.zero	3
	.word	2
	.byte	47
	.zero	3
	.word	2
	.text
	.align	2
	.type	crc32, @function
crc32:
.LFB0:
	.file 1 "test/corpus/c/tables.c"
	.loc 1 9 38
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sw	s0,44(sp)
	.cfi_offset 8, -4
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	sw	a0,-36(s0)
	.loc 1 10 12
	li	a5,-1
	sw	a5,-20(s0)
	.loc 1 11 9
	j	.L2
.L3:
	.loc 1 11 50 discriminator 2
	lw	a5,-36(s0)
	addi	a4,a5,1
	sw	a4,-36(s0)
	.loc 1 11 48 discriminator 2
	lbu	a5,0(a5)
	.loc 1 11 33 discriminator 2
	mv	a4,a5
	.loc 1 11 31 discriminator 2
	lw	a5,-20(s0)
	xor	a5,a4,a5
	.loc 1 11 54 discriminator 2
	andi	a5,a5,255
	.loc 1 11 27 discriminator 2
	lui	a4,%hi(crc_table)
	addi	a4,a4,%lo(crc_table)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a4,0(a5)
	.loc 1 11 67 discriminator 2
	lw	a5,-20(s0)
	srli	a5,a5,8
	.loc 1 11 16 discriminator 2
	xor	a5,a4,a5
	sw	a5,-20(s0)
.L2:
	.loc 1 11 10 discriminator 1
	lw	a5,-36(s0)
	lbu	a5,0(a5)
	bne	a5,zero,.L3
	.loc 1 12 10
	lw	a5,-20(s0)
	not	a5,a5
	.loc 1 13 1
	mv	a0,a5
	lw	s0,44(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE0:
	.size	crc32, .-crc32
	.section	.rodata
	.align	2
.LC3:
	.string	"123456789"
	.align	2
.LC4:
	.string	"crc %x\n"
	.align	2
.LC5:
	.string	"sum %d %s %s\n"
	.align	2
.LC6:
	.string	"%c%d "
	.align	2
.LC7:
	.string	"\n"
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
.LFB1:
	.loc 1 15 16
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sw	ra,44(sp)
	sw	s0,40(sp)
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
.LBB2:
	.loc 1 16 17
	sw	zero,-20(s0)
	.loc 1 16 3
	j	.L6
.L11:
.LBB3:
	.loc 1 17 14
	lw	a5,-20(s0)
	sw	a5,-24(s0)
.LBB4:
	.loc 1 18 14
	sw	zero,-28(s0)
	.loc 1 18 5
	j	.L7
.L10:
	.loc 1 18 39 discriminator 7
	lw	a5,-24(s0)
	andi	a5,a5,1
	.loc 1 18 68 discriminator 7
	beq	a5,zero,.L8
	.loc 1 18 62 discriminator 2
	lw	a5,-24(s0)
	srli	a4,a5,1
	.loc 1 18 68 discriminator 2
	li	a5,-306675712
	addi	a5,a5,800
	xor	a5,a4,a5
	j	.L9
.L8:
	.loc 1 18 68 is_stmt 0 discriminator 3
	lw	a5,-24(s0)
	srli	a5,a5,1
.L9:
	.loc 1 18 35 is_stmt 1 discriminator 5
	sw	a5,-24(s0)
	.loc 1 18 29 discriminator 5
	lw	a5,-28(s0)
	addi	a5,a5,1
	sw	a5,-28(s0)
.L7:
	.loc 1 18 23 discriminator 6
	lw	a4,-28(s0)
	li	a5,7
	ble	a4,a5,.L10
.LBE4:
	.loc 1 19 18 discriminator 2
	lui	a5,%hi(crc_table)
	addi	a4,a5,%lo(crc_table)
	lw	a5,-20(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a4,-24(s0)
	sw	a4,0(a5)
.LBE3:
	.loc 1 16 34 discriminator 2
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L6:
	.loc 1 16 26 discriminator 1
	lw	a4,-20(s0)
	li	a5,255
	bleu	a4,a5,.L11
.LBE2:
	.loc 1 21 3
	lui	a5,%hi(.LC3)
	addi	a0,a5,%lo(.LC3)
	call	crc32
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC4)
	addi	a0,a5,%lo(.LC4)
	call	printf
	.loc 1 22 7
	sw	zero,-32(s0)
.LBB5:
	.loc 1 23 12
	sw	zero,-36(s0)
	.loc 1 23 3
	j	.L12
.L13:
	.loc 1 23 46 discriminator 3
	lui	a5,%hi(squares)
	addi	a4,a5,%lo(squares)
	lw	a5,-36(s0)
	slli	a5,a5,1
	add	a5,a4,a5
	lhu	a5,0(a5)
	mv	a4,a5
	.loc 1 23 36 discriminator 3
	lw	a5,-32(s0)
	add	a5,a5,a4
	sw	a5,-32(s0)
	.loc 1 23 28 discriminator 3
	lw	a5,-36(s0)
	addi	a5,a5,1
	sw	a5,-36(s0)
.L12:
	.loc 1 23 21 discriminator 1
	lw	a4,-36(s0)
	li	a5,15
	ble	a4,a5,.L13
.LBE5:
	.loc 1 24 3
	lui	a5,%hi(messages)
	addi	a5,a5,%lo(messages)
	lw	a4,4(a5)
	lui	a5,%hi(messages)
	addi	a5,a5,%lo(messages)
	lw	a5,8(a5)
	mv	a3,a5
	mv	a2,a4
	lw	a1,-32(s0)
	lui	a5,%hi(.LC5)
	addi	a0,a5,%lo(.LC5)
	call	printf
.LBB6:
	.loc 1 25 12
	sw	zero,-40(s0)
	.loc 1 25 3
	j	.L14
.L15:
	.loc 1 25 53 discriminator 3
	lui	a5,%hi(ops)
	addi	a4,a5,%lo(ops)
	lw	a5,-40(s0)
	slli	a5,a5,3
	add	a5,a4,a5
	lbu	a5,0(a5)
	.loc 1 25 31 discriminator 3
	mv	a3,a5
	.loc 1 25 64 discriminator 3
	lui	a5,%hi(ops)
	addi	a4,a5,%lo(ops)
	lw	a5,-40(s0)
	slli	a5,a5,3
	add	a5,a4,a5
	lw	a5,4(a5)
	.loc 1 25 31 discriminator 3
	mv	a2,a5
	mv	a1,a3
	lui	a5,%hi(.LC6)
	addi	a0,a5,%lo(.LC6)
	call	printf
	.loc 1 25 27 discriminator 3
	lw	a5,-40(s0)
	addi	a5,a5,1
	sw	a5,-40(s0)
.L14:
	.loc 1 25 21 discriminator 1
	lw	a4,-40(s0)
	li	a5,3
	ble	a4,a5,.L15
.LBE6:
	.loc 1 26 3
	lui	a5,%hi(.LC7)
	addi	a0,a5,%lo(.LC7)
	call	printf
	.loc 1 27 14
	lw	a4,-32(s0)
	srai	a5,a4,31
	srli	a5,a5,24
	add	a4,a4,a5
	andi	a4,a4,255
	sub	a5,a4,a5
	.loc 1 28 1
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
.LFE1:
	.size	main, .-main
.Letext0:
	.file 2 "runtime/vmlab.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x1ec
	.2byte	0x5
	.byte	0x1
	.byte	0x4
	.4byte	.Ldebug_abbrev0
	.byte	0x9
	.4byte	.LASF8
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.Ltext0
	.4byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.byte	0x5
	.byte	0x4
	.byte	0x7
	.4byte	.LASF2
	.byte	0xa
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x3
	.4byte	0x50
	.4byte	0x44
	.byte	0x4
	.4byte	0x26
	.byte	0xf
	.byte	0
	.byte	0x2
	.4byte	0x34
	.byte	0x5
	.byte	0x2
	.byte	0x7
	.4byte	.LASF3
	.byte	0x2
	.4byte	0x49
	.byte	0x7
	.4byte	.LASF4
	.byte	0x4
	.byte	0x1d
	.4byte	0x44
	.byte	0x5
	.byte	0x3
	.4byte	squares
	.byte	0x3
	.4byte	0x26
	.4byte	0x76
	.byte	0x4
	.4byte	0x26
	.byte	0xff
	.byte	0
	.byte	0x7
	.4byte	.LASF5
	.byte	0x5
	.byte	0x11
	.4byte	0x66
	.byte	0x5
	.byte	0x3
	.4byte	crc_table
	.byte	0x3
	.4byte	0x97
	.4byte	0x97
	.byte	0x4
	.4byte	0x26
	.byte	0x2
	.byte	0
	.byte	0xb
	.byte	0x4
	.4byte	0xa4
	.byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.LASF6
	.byte	0x2
	.4byte	0x9d
	.byte	0xc
	.4byte	.LASF9
	.byte	0x1
	.byte	0x6
	.byte	0xd
	.4byte	0x87
	.byte	0x5
	.byte	0x3
	.4byte	messages
	.byte	0xd
	.byte	0x8
	.byte	0x1
	.byte	0x7
	.byte	0xe
	.4byte	0xde
	.byte	0xe
	.string	"op"
	.byte	0x1
	.byte	0x7
	.byte	0x1c
	.4byte	0x9d
	.byte	0
	.byte	0xf
	.4byte	.LASF7
	.byte	0x1
	.byte	0x7
	.byte	0x24
	.4byte	0x2d
	.byte	0x4
	.byte	0
	.byte	0x2
	.4byte	0xbb
	.byte	0x3
	.4byte	0xde
	.4byte	0xf3
	.byte	0x4
	.4byte	0x26
	.byte	0x3
	.byte	0
	.byte	0x2
	.4byte	0xe3
	.byte	0x1
	.string	"ops"
	.byte	0x7
	.byte	0x2c
	.4byte	0xf3
	.byte	0x5
	.byte	0x3
	.4byte	ops
	.byte	0x10
	.4byte	.LASF10
	.byte	0x2
	.byte	0x16
	.byte	0x5
	.4byte	0x2d
	.4byte	0x120
	.byte	0x11
	.4byte	0x97
	.byte	0x12
	.byte	0
	.byte	0x13
	.4byte	.LASF11
	.byte	0x1
	.byte	0xf
	.byte	0x5
	.4byte	0x2d
	.4byte	.LFB1
	.4byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x1bf
	.byte	0x1
	.string	"sum"
	.byte	0x16
	.byte	0x7
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0x8
	.4byte	.LBB2
	.4byte	.LBE2-.LBB2
	.4byte	0x18e
	.byte	0x1
	.string	"n"
	.byte	0x10
	.byte	0x11
	.4byte	0x26
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x6
	.4byte	.LBB3
	.4byte	.LBE3-.LBB3
	.byte	0x1
	.string	"c"
	.byte	0x11
	.byte	0xe
	.4byte	0x26
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x6
	.4byte	.LBB4
	.4byte	.LBE4-.LBB4
	.byte	0x1
	.string	"k"
	.byte	0x12
	.byte	0xe
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0
	.byte	0
	.byte	0
	.byte	0x8
	.4byte	.LBB5
	.4byte	.LBE5-.LBB5
	.4byte	0x1a8
	.byte	0x1
	.string	"i"
	.byte	0x17
	.byte	0xc
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0
	.byte	0x6
	.4byte	.LBB6
	.4byte	.LBE6-.LBB6
	.byte	0x1
	.string	"i"
	.byte	0x19
	.byte	0xc
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0
	.byte	0
	.byte	0x14
	.4byte	.LASF12
	.byte	0x1
	.byte	0x9
	.byte	0x11
	.4byte	0x26
	.4byte	.LFB0
	.4byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.byte	0x15
	.string	"s"
	.byte	0x1
	.byte	0x9
	.byte	0x23
	.4byte	0x97
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0x1
	.string	"c"
	.byte	0xa
	.byte	0xc
	.4byte	0x26
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.byte	0x1
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
	.byte	0x2
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x3
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x4
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
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
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x6
	.byte	0
	.byte	0
	.byte	0x7
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
	.byte	0x8
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
	.byte	0x9
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
	.byte	0xa
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
	.byte	0xb
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xc
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
	.byte	0xd
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
	.byte	0xe
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
	.byte	0x11
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x12
	.byte	0x18
	.byte	0
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
	.byte	0x14
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
	.byte	0
	.byte	0
	.byte	0x15
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
	.byte	0x2
	.byte	0x18
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
.LASF2:
	.string	"unsigned int"
.LASF11:
	.string	"main"
.LASF5:
	.string	"crc_table"
.LASF9:
	.string	"messages"
.LASF8:
	.string	"GNU C17 12.2.0 -mabi=ilp32 -misa-spec=20191213 -march=rv32im -g -O0 -ffreestanding -fno-builtin"
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
