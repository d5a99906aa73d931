	.file	"strings.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "test/corpus/c/strings.c"
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"The quick brown fox\tjumps over\nthe lazy dog"
	.text
	.align	2
	.type	words.constprop.0, @function
words.constprop.0:
.LFB3:
	.file 1 "test/corpus/c/strings.c"
	.loc 1 15 12
	.cfi_startproc
.LVL0:
	.loc 1 17 10
	.loc 1 15 12 is_stmt 0
	lui	a3,%hi(.LC0)
	addi	a3,a3,%lo(.LC0)
	.loc 1 16 7
	li	a0,0
	.loc 1 16 18
	li	a2,0
	.loc 1 17 10
	li	a5,84
.LBB3:
	.loc 1 18 41
	li	a1,32
	.loc 1 18 27
	li	a6,1
	j	.L3
.LVL1:
.L9:
	.loc 1 19 24 is_stmt 1
	.loc 1 18 27 is_stmt 0
	bleu	a4,a6,.L5
	.loc 1 19 8
	bne	a2,zero,.L2
	.loc 1 19 29
	addi	a0,a0,1
.LVL2:
	li	a2,1
.L2:
.LVL3:
	.loc 1 20 5 is_stmt 1
.LBE3:
	.loc 1 17 15
	.loc 1 17 10 is_stmt 0
	lbu	a5,1(a3)
	.loc 1 17 15
	addi	a3,a3,1
.LVL4:
	.loc 1 17 10 is_stmt 1
	beq	a5,zero,.L8
.LVL5:
.L3:
.LBB4:
	.loc 1 18 5
	.loc 1 19 5
	.loc 1 18 27 is_stmt 0
	addi	a4,a5,-9
	andi	a4,a4,0xff
	.loc 1 18 41
	bne	a5,a1,.L9
.LVL6:
.L5:
.LBE4:
	.loc 1 17 10
	lbu	a5,1(a3)
.LBB5:
	.loc 1 18 27
	li	a2,0
.LVL7:
	.loc 1 20 5 is_stmt 1
.LBE5:
	.loc 1 17 15
	addi	a3,a3,1
.LVL8:
	.loc 1 17 10
	bne	a5,zero,.L3
.L8:
	.loc 1 22 3
	.loc 1 23 1 is_stmt 0
	ret
	.cfi_endproc
.LFE3:
	.size	words.constprop.0, .-words.constprop.0
	.section	.rodata.str1.4
	.align	2
.LC1:
	.string	"stressed"
	.align	2
.LC2:
	.string	"abd"
	.align	2
.LC3:
	.string	"abc"
	.align	2
.LC4:
	.string	"same"
	.align	2
.LC5:
	.string	"%s, %d words, strcmp %d %d\n"
	.align	2
.LC6:
	.string	"%6s|%d\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
.LFB2:
	.loc 1 25 16 is_stmt 1
	.cfi_startproc
	.loc 1 26 3
.LVL9:
	.loc 1 27 3
	.loc 1 25 16 is_stmt 0
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sw	s0,24(sp)
	.loc 1 27 3
	lui	a1,%hi(.LC1)
	.cfi_offset 8, -8
	lui	s0,%hi(.LANCHOR0)
	addi	a1,a1,%lo(.LC1)
	li	a2,9
	addi	a0,s0,%lo(.LANCHOR0)
	.loc 1 25 16
	sw	ra,28(sp)
	sw	s1,20(sp)
	sw	s2,16(sp)
	sw	s3,12(sp)
	sw	s4,8(sp)
	.cfi_offset 1, -4
	.cfi_offset 9, -12
	.cfi_offset 18, -16
	.cfi_offset 19, -20
	.cfi_offset 20, -24
	.loc 1 27 3
	call	memcpy
.LVL10:
	.loc 1 28 3 is_stmt 1
.LBB13:
.LBB14:
	.loc 1 7 3
	.loc 1 7 14 is_stmt 0
	addi	a0,s0,%lo(.LANCHOR0)
	call	strlen
.LVL11:
	.loc 1 8 3 is_stmt 1
.LBB15:
	.loc 1 8 8
	.loc 1 8 24
	.loc 1 8 28 is_stmt 0
	srli	a1,a0,1
	.loc 1 8 24
	beq	a1,zero,.L14
	addi	a5,s0,%lo(.LANCHOR0)
	addi	a0,a0,-1
.LVL12:
	add	a4,a5,a0
	add	a1,a1,a5
.LVL13:
.L13:
.LBB16:
	.loc 1 9 5 is_stmt 1
	.loc 1 10 13 is_stmt 0
	lbu	a2,0(a4)
	.loc 1 9 10
	lbu	a3,0(a5)
.LVL14:
	.loc 1 10 5 is_stmt 1
.LBE16:
	.loc 1 8 24 is_stmt 0
	addi	a5,a5,1
.LVL15:
	addi	a4,a4,-1
.LBB17:
	.loc 1 10 10
	sb	a2,-1(a5)
.LVL16:
	.loc 1 11 5 is_stmt 1
	.loc 1 11 18 is_stmt 0
	sb	a3,1(a4)
.LBE17:
	.loc 1 8 34 is_stmt 1
.LVL17:
	.loc 1 8 24
	bne	a5,a1,.L13
.LVL18:
.L14:
.LBE15:
.LBE14:
.LBE13:
	.loc 1 29 3
	call	words.constprop.0
.LVL19:
	mv	s2,a0
	.loc 1 29 63 is_stmt 0
	lui	a1,%hi(.LC2)
	lui	a0,%hi(.LC3)
	addi	a1,a1,%lo(.LC2)
	addi	a0,a0,%lo(.LC3)
	call	strcmp
.LVL20:
	mv	s1,a0
	.loc 1 29 3
	lui	a0,%hi(.LC4)
	addi	a1,a0,%lo(.LC4)
	addi	a0,a0,%lo(.LC4)
	call	strcmp
.LVL21:
	mv	a4,a0
	addi	a1,s0,%lo(.LANCHOR0)
	lui	a0,%hi(.LC5)
	lui	s0,%hi(.LANCHOR1)
	srli	a3,s1,31
	mv	a2,s2
	addi	a0,a0,%lo(.LC5)
	addi	s0,s0,%lo(.LANCHOR1)
	call	printf
.LVL22:
	.loc 1 30 3 is_stmt 1
	.loc 1 31 3
.LBB18:
	.loc 1 31 8
	.loc 1 31 21
	addi	s4,s0,16
	lui	s3,%hi(.LC6)
.LVL23:
.L12:
	.loc 1 31 31 discriminator 3
	.loc 1 31 55 is_stmt 0 discriminator 3
	lw	s1,0(s0)
	.loc 1 31 21 discriminator 3
	addi	s0,s0,4
	.loc 1 31 65 discriminator 3
	mv	a0,s1
	call	strlen
.LVL24:
	mv	a2,a0
	.loc 1 31 31 discriminator 3
	mv	a1,s1
	addi	a0,s3,%lo(.LC6)
	call	printf
.LVL25:
	.loc 1 31 27 is_stmt 1 discriminator 3
	.loc 1 31 21 discriminator 3
	bne	s4,s0,.L12
.LBE18:
	.loc 1 32 3
	.loc 1 33 1 is_stmt 0
	lw	ra,28(sp)
	.cfi_restore 1
	lw	s0,24(sp)
	.cfi_restore 8
	lw	s1,20(sp)
	.cfi_restore 9
	lw	s3,12(sp)
	.cfi_restore 19
	lw	s4,8(sp)
	.cfi_restore 20
	mv	a0,s2
	lw	s2,16(sp)
	.cfi_restore 18
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE2:
	.size	main, .-main
	.section	.rodata.str1.4
	.align	2
.LC7:
	.string	"alpha"
	.align	2
.LC8:
	.string	"beta"
	.align	2
.LC9:
	.string	"gamma"
	.align	2
.LC10:
	.string	"delta"
	.section	.rodata
	.align	2
	.set	.LANCHOR1,. + 0
	.type	names.0, @object
	.size	names.0, 16
names.0:
	.word	.LC7
	.word	.LC8
	.word	.LC9
	.word	.LC10
	.bss
	.align	2
	.set	.LANCHOR0,. + 0
	.type	buffer, @object
	.size	buffer, 64
buffer:
	.zero	64
	.text
.Letext0:
	.file 2 "runtime/vmlab.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x342
	.2byte	0x5
	.byte	0x1
	.byte	0x4
	.4byte	.Ldebug_abbrev0
	.byte	0x13
	.4byte	.LASF13
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL11
	.4byte	0
	.4byte	.Ldebug_line0
	.byte	0x14
	.4byte	.LASF14
	.byte	0x2
	.byte	0x7
	.byte	0x16
	.4byte	0x32
	.byte	0xc
	.byte	0x4
	.byte	0x7
	.4byte	.LASF2
	.byte	0x15
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0xd
	.4byte	0x50
	.4byte	0x50
	.byte	0xe
	.4byte	0x32
	.byte	0x3f
	.byte	0
	.byte	0xc
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.byte	0x7
	.4byte	0x50
	.byte	0x8
	.4byte	.LASF8
	.byte	0x4
	.byte	0xd
	.4byte	0x40
	.byte	0x5
	.byte	0x3
	.4byte	buffer
	.byte	0x5
	.4byte	.LASF4
	.byte	0xf
	.byte	0x8
	.4byte	0x26
	.4byte	0x82
	.byte	0x2
	.4byte	0x82
	.byte	0
	.byte	0x9
	.4byte	0x57
	.byte	0x7
	.4byte	0x82
	.byte	0x5
	.4byte	.LASF5
	.byte	0x16
	.byte	0x5
	.4byte	0x39
	.4byte	0xa2
	.byte	0x2
	.4byte	0x82
	.byte	0x16
	.byte	0
	.byte	0x5
	.4byte	.LASF6
	.byte	0x12
	.byte	0x5
	.4byte	0x39
	.4byte	0xbc
	.byte	0x2
	.4byte	0x82
	.byte	0x2
	.4byte	0x82
	.byte	0
	.byte	0x5
	.4byte	.LASF7
	.byte	0x11
	.byte	0x7
	.4byte	0xdb
	.4byte	0xdb
	.byte	0x2
	.4byte	0xdb
	.byte	0x2
	.4byte	0xdd
	.byte	0x2
	.4byte	0x26
	.byte	0
	.byte	0x17
	.byte	0x4
	.byte	0x9
	.4byte	0xe2
	.byte	0x18
	.byte	0x19
	.4byte	.LASF15
	.byte	0x1
	.byte	0x19
	.byte	0x5
	.4byte	0x39
	.4byte	.LFB2
	.4byte	.LFE2-.LFB2
	.byte	0x1
	.byte	0x9c
	.4byte	0x27a
	.byte	0x8
	.4byte	.LASF9
	.byte	0x1a
	.byte	0xf
	.4byte	0x82
	.byte	0x6
	.byte	0x3
	.4byte	.LC0
	.byte	0x9f
	.byte	0x8
	.4byte	.LASF10
	.byte	0x1e
	.byte	0x1c
	.4byte	0x28a
	.byte	0x5
	.byte	0x3
	.4byte	names.0
	.byte	0x1a
	.4byte	.LBB18
	.4byte	.LBE18-.LBB18
	.4byte	0x169
	.byte	0x1b
	.string	"i"
	.byte	0x1
	.byte	0x1f
	.byte	0xc
	.4byte	0x39
	.4byte	.LLST10
	.byte	0x4
	.4byte	.LVL24
	.4byte	0x6d
	.4byte	0x14f
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x79
	.byte	0
	.byte	0
	.byte	0xa
	.4byte	.LVL25
	.4byte	0x8c
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x3
	.4byte	.LC6
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x79
	.byte	0
	.byte	0
	.byte	0
	.byte	0x1c
	.4byte	0x2cc
	.4byte	.LBB13
	.4byte	.LBE13-.LBB13
	.byte	0x1
	.byte	0x1c
	.byte	0x3
	.4byte	0x1d1
	.byte	0xf
	.4byte	0x2d9
	.4byte	.LLST5
	.byte	0x3
	.4byte	0x2e2
	.4byte	.LLST6
	.byte	0x1d
	.4byte	0x2eb
	.4byte	.LBB15
	.4byte	.LBE15-.LBB15
	.4byte	0x1bd
	.byte	0x3
	.4byte	0x2ec
	.4byte	.LLST7
	.byte	0x10
	.4byte	0x2f5
	.4byte	.LLRL8
	.byte	0x3
	.4byte	0x2f6
	.4byte	.LLST9
	.byte	0
	.byte	0
	.byte	0xa
	.4byte	.LVL11
	.4byte	0x6d
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x3
	.4byte	.LANCHOR0
	.byte	0
	.byte	0
	.byte	0x4
	.4byte	.LVL10
	.4byte	0xbc
	.4byte	0x1f6
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x3
	.4byte	.LANCHOR0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x5
	.byte	0x3
	.4byte	.LC1
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x1
	.byte	0x39
	.byte	0
	.byte	0x4
	.4byte	.LVL19
	.4byte	0x307
	.4byte	0x20f
	.byte	0x1e
	.4byte	0x2a0
	.byte	0x5
	.byte	0x3
	.4byte	.LC0
	.byte	0
	.byte	0x4
	.4byte	.LVL20
	.4byte	0xa2
	.4byte	0x22f
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x3
	.4byte	.LC3
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x5
	.byte	0x3
	.4byte	.LC2
	.byte	0
	.byte	0x4
	.4byte	.LVL21
	.4byte	0xa2
	.4byte	0x24f
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x3
	.4byte	.LC4
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x5
	.byte	0x3
	.4byte	.LC4
	.byte	0
	.byte	0xa
	.4byte	.LVL22
	.4byte	0x8c
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x3
	.4byte	.LC5
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x5
	.byte	0x3
	.4byte	.LANCHOR0
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x82
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5d
	.byte	0x4
	.byte	0x79
	.byte	0
	.byte	0x4f
	.byte	0x25
	.byte	0
	.byte	0
	.byte	0xd
	.4byte	0x87
	.4byte	0x28a
	.byte	0xe
	.4byte	0x32
	.byte	0x3
	.byte	0
	.byte	0x7
	.4byte	0x27a
	.byte	0x1f
	.4byte	.LASF16
	.byte	0x1
	.byte	0xf
	.byte	0xc
	.4byte	0x39
	.byte	0x1
	.4byte	0x2cc
	.byte	0x11
	.string	"s"
	.byte	0xf
	.byte	0x1e
	.4byte	0x82
	.byte	0x12
	.4byte	.LASF11
	.byte	0x10
	.byte	0x7
	.4byte	0x39
	.byte	0x6
	.string	"in"
	.byte	0x10
	.byte	0x12
	.4byte	0x39
	.byte	0xb
	.byte	0x12
	.4byte	.LASF12
	.byte	0x12
	.byte	0x9
	.4byte	0x39
	.byte	0
	.byte	0
	.byte	0x20
	.4byte	.LASF17
	.byte	0x1
	.byte	0x6
	.byte	0xd
	.byte	0x1
	.4byte	0x302
	.byte	0x11
	.string	"s"
	.byte	0x6
	.byte	0x1b
	.4byte	0x302
	.byte	0x6
	.string	"n"
	.byte	0x7
	.byte	0xa
	.4byte	0x26
	.byte	0xb
	.byte	0x6
	.string	"i"
	.byte	0x8
	.byte	0xf
	.4byte	0x26
	.byte	0xb
	.byte	0x6
	.string	"t"
	.byte	0x9
	.byte	0xa
	.4byte	0x50
	.byte	0
	.byte	0
	.byte	0
	.byte	0x9
	.4byte	0x50
	.byte	0x21
	.4byte	0x28f
	.4byte	.LFB3
	.4byte	.LFE3-.LFB3
	.byte	0x1
	.byte	0x9c
	.byte	0x3
	.4byte	0x2a9
	.4byte	.LLST0
	.byte	0x3
	.4byte	0x2b4
	.4byte	.LLST1
	.byte	0xf
	.4byte	0x2a0
	.4byte	.LLST2
	.byte	0x10
	.4byte	0x2be
	.4byte	.LLRL3
	.byte	0x3
	.4byte	0x2bf
	.4byte	.LLST4
	.byte	0
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
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x3
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
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
	.byte	0x2e
	.byte	0x1
	.byte	0x3f
	.byte	0x19
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x2
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
	.byte	0
	.byte	0
	.byte	0x7
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x8
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
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x1
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
	.byte	0xe
	.byte	0
	.byte	0
	.byte	0xd
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xe
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0xf
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x10
	.byte	0xb
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x11
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
	.byte	0x12
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
	.byte	0
	.byte	0
	.byte	0x13
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
	.byte	0x14
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
	.byte	0x15
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
	.byte	0x16
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0x17
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x18
	.byte	0x26
	.byte	0
	.byte	0
	.byte	0
	.byte	0x19
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
	.byte	0x1a
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
	.byte	0x1b
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
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1d
	.byte	0xb
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x6
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1e
	.byte	0x49
	.byte	0
	.byte	0x80,0x1
	.byte	0x13
	.byte	0x7e
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x1f
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
	.byte	0x20
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
	.byte	0x21
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
.LLST10:
	.byte	0x7
	.4byte	.LVL22
	.4byte	.LVL23
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST5:
	.byte	0x7
	.4byte	.LVL10
	.4byte	.LVL18
	.byte	0x6
	.byte	0x3
	.4byte	buffer
	.byte	0x9f
	.byte	0
.LLST6:
	.byte	0x7
	.4byte	.LVL11
	.4byte	.LVL12
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL12
	.4byte	.LVL18
	.byte	0x3
	.byte	0x7a
	.byte	0x1
	.byte	0x9f
	.byte	0
.LLST7:
	.byte	0x7
	.4byte	.LVL11
	.4byte	.LVL13
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL13
	.4byte	.LVL15
	.byte	0x9
	.byte	0x7f
	.byte	0
	.byte	0x3
	.4byte	buffer
	.byte	0x1c
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL15
	.4byte	.LVL17
	.byte	0x9
	.byte	0x7f
	.byte	0
	.byte	0x3
	.4byte	buffer+1
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LLST9:
	.byte	0x7
	.4byte	.LVL14
	.4byte	.LVL15
	.byte	0x2
	.byte	0x7f
	.byte	0
	.byte	0x7
	.4byte	.LVL15
	.4byte	.LVL16
	.byte	0x2
	.byte	0x7f
	.byte	0x7f
	.byte	0x7
	.4byte	.LVL16
	.4byte	.LVL18
	.byte	0x1
	.byte	0x5d
	.byte	0
.LLST0:
	.byte	0x7
	.4byte	.LVL0
	.4byte	.LVL1
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL1
	.4byte	.LFE3
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST1:
	.byte	0x7
	.4byte	.LVL0
	.4byte	.LVL3
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL5
	.4byte	.LVL6
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST2:
	.byte	0x7
	.4byte	.LVL0
	.4byte	.LVL1
	.byte	0x6
	.byte	0x3
	.4byte	.LC0
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL1
	.4byte	.LFE3
	.byte	0x1
	.byte	0x5d
	.byte	0
.LLST4:
	.byte	0x7
	.4byte	.LVL1
	.4byte	.LVL3
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL5
	.4byte	.LVL7
	.byte	0x2
	.byte	0x30
	.byte	0x9f
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
.LLRL3:
	.byte	0x6
	.4byte	.LBB3
	.4byte	.LBE3
	.byte	0x6
	.4byte	.LBB4
	.4byte	.LBE4
	.byte	0x6
	.4byte	.LBB5
	.4byte	.LBE5
	.byte	0
.LLRL8:
	.byte	0x6
	.4byte	.LBB16
	.4byte	.LBE16
	.byte	0x6
	.4byte	.LBB17
	.4byte	.LBE17
	.byte	0
.LLRL11:
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
.LASF2:
	.string	"unsigned int"
.LASF8:
	.string	"buffer"
.LASF14:
	.string	"size_t"
.LASF6:
	.string	"strcmp"
.LASF13:
	.string	"GNU C17 12.2.0 -mabi=ilp32 -misa-spec=20191213 -march=rv32im -g -O2 -ffreestanding -fno-builtin"
.LASF17:
	.string	"reverse"
.LASF9:
	.string	"poem"
.LASF4:
	.string	"strlen"
.LASF12:
	.string	"space"
.LASF11:
	.string	"count"
.LASF16:
	.string	"words"
.LASF15:
	.string	"main"
.LASF7:
	.string	"memcpy"
.LASF10:
	.string	"names"
.LASF3:
	.string	"char"
.LASF5:
	.string	"printf"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"test/corpus/c/strings.c"
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
