	.file	"strings.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "test/corpus/c/strings.c"
	.local	buffer
	.comm	buffer,64,4
	.align	2
	.type	reverse, @function
reverse:
.LFB0:
	.file 1 "test/corpus/c/strings.c"
	.loc 1 6 30
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
	.loc 1 7 14
	lw	a0,-36(s0)
	call	strlen
	sw	a0,-24(s0)
.LBB2:
	.loc 1 8 15
	sw	zero,-20(s0)
	.loc 1 8 3
	j	.L2
.L3:
.LBB3:
	.loc 1 9 15 discriminator 3
	lw	a4,-36(s0)
	lw	a5,-20(s0)
	add	a5,a4,a5
	.loc 1 9 10 discriminator 3
	lbu	a5,0(a5)
	sb	a5,-25(s0)
	.loc 1 10 20 discriminator 3
	lw	a4,-24(s0)
	lw	a5,-20(s0)
	sub	a5,a4,a5
	addi	a5,a5,-1
	.loc 1 10 13 discriminator 3
	lw	a4,-36(s0)
	add	a4,a4,a5
	.loc 1 10 6 discriminator 3
	lw	a3,-36(s0)
	lw	a5,-20(s0)
	add	a5,a3,a5
	.loc 1 10 13 discriminator 3
	lbu	a4,0(a4)
	.loc 1 10 10 discriminator 3
	sb	a4,0(a5)
	.loc 1 11 13 discriminator 3
	lw	a4,-24(s0)
	lw	a5,-20(s0)
	sub	a5,a4,a5
	addi	a5,a5,-1
	.loc 1 11 6 discriminator 3
	lw	a4,-36(s0)
	add	a5,a4,a5
	.loc 1 11 18 discriminator 3
	lbu	a4,-25(s0)
	sb	a4,0(a5)
.LBE3:
	.loc 1 8 34 discriminator 3
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L2:
	.loc 1 8 28 discriminator 1
	lw	a5,-24(s0)
	srli	a5,a5,1
	.loc 1 8 24 discriminator 1
	lw	a4,-20(s0)
	bltu	a4,a5,.L3
.LBE2:
	.loc 1 13 1
	nop
	nop
	lw	ra,44(sp)
	.cfi_restore 1
	lw	s0,40(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE0:
	.size	reverse, .-reverse
	.align	2
	.type	words, @function
words:
.LFB1:
	.loc 1 15 33
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sw	s0,44(sp)
	.cfi_offset 8, -4
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	sw	a0,-36(s0)
	.loc 1 16 7
	sw	zero,-20(s0)
	.loc 1 16 18
	sw	zero,-24(s0)
	.loc 1 17 3
	j	.L5
.L10:
.LBB4:
	.loc 1 18 17
	lw	a5,-36(s0)
	lbu	a4,0(a5)
	.loc 1 18 41
	li	a5,32
	beq	a4,a5,.L6
	.loc 1 18 30 discriminator 2
	lw	a5,-36(s0)
	lbu	a4,0(a5)
	.loc 1 18 27 discriminator 2
	li	a5,9
	beq	a4,a5,.L6
	.loc 1 18 44 discriminator 4
	lw	a5,-36(s0)
	lbu	a4,0(a5)
	.loc 1 18 41 discriminator 4
	li	a5,10
	bne	a4,a5,.L7
.L6:
	.loc 1 18 41 is_stmt 0 discriminator 5
	li	a5,1
	j	.L8
.L7:
	.loc 1 18 41 discriminator 6
	li	a5,0
.L8:
	.loc 1 18 9 is_stmt 1 discriminator 8
	sw	a5,-28(s0)
	.loc 1 19 8 discriminator 8
	lw	a5,-28(s0)
	bne	a5,zero,.L9
	.loc 1 19 16 discriminator 1
	lw	a5,-24(s0)
	bne	a5,zero,.L9
	.loc 1 19 29 discriminator 2
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L9:
	.loc 1 20 10
	lw	a5,-28(s0)
	seqz	a5,a5
	andi	a5,a5,0xff
	.loc 1 20 8
	sw	a5,-24(s0)
.LBE4:
	.loc 1 17 15
	lw	a5,-36(s0)
	addi	a5,a5,1
	sw	a5,-36(s0)
.L5:
	.loc 1 17 10 discriminator 1
	lw	a5,-36(s0)
	lbu	a5,0(a5)
	bne	a5,zero,.L10
	.loc 1 22 10
	lw	a5,-20(s0)
	.loc 1 23 1
	mv	a0,a5
	lw	s0,44(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE1:
	.size	words, .-words
	.section	.rodata
	.align	2
.LC0:
	.string	"The quick brown fox\tjumps over\nthe lazy dog"
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
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
.LFB2:
	.loc 1 25 16
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sw	ra,28(sp)
	sw	s0,24(sp)
	sw	s1,20(sp)
	sw	s2,16(sp)
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	.cfi_offset 9, -12
	.cfi_offset 18, -16
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	.loc 1 26 15
	lui	a5,%hi(.LC0)
	addi	a5,a5,%lo(.LC0)
	sw	a5,-24(s0)
	.loc 1 27 3
	li	a2,9
	lui	a5,%hi(.LC1)
	addi	a1,a5,%lo(.LC1)
	lui	a5,%hi(buffer)
	addi	a0,a5,%lo(buffer)
	call	memcpy
	.loc 1 28 3
	lui	a5,%hi(buffer)
	addi	a0,a5,%lo(buffer)
	call	reverse
	.loc 1 29 3
	lw	a0,-24(s0)
	call	words
	mv	s1,a0
	.loc 1 29 63
	lui	a5,%hi(.LC2)
	addi	a1,a5,%lo(.LC2)
	lui	a5,%hi(.LC3)
	addi	a0,a5,%lo(.LC3)
	call	strcmp
	mv	a5,a0
	.loc 1 29 3
	srli	a5,a5,31
	andi	a5,a5,0xff
	mv	s2,a5
	lui	a5,%hi(.LC4)
	addi	a1,a5,%lo(.LC4)
	lui	a5,%hi(.LC4)
	addi	a0,a5,%lo(.LC4)
	call	strcmp
	mv	a5,a0
	mv	a4,a5
	mv	a3,s2
	mv	a2,s1
	lui	a5,%hi(buffer)
	addi	a1,a5,%lo(buffer)
	lui	a5,%hi(.LC5)
	addi	a0,a5,%lo(.LC5)
	call	printf
.LBB5:
	.loc 1 31 12
	sw	zero,-20(s0)
	.loc 1 31 3
	j	.L13
.L14:
	.loc 1 31 55 discriminator 3
	lui	a5,%hi(names.0)
	addi	a4,a5,%lo(names.0)
	lw	a5,-20(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	s1,0(a5)
	.loc 1 31 77 discriminator 3
	lui	a5,%hi(names.0)
	addi	a4,a5,%lo(names.0)
	lw	a5,-20(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	.loc 1 31 65 discriminator 3
	mv	a0,a5
	call	strlen
	mv	a5,a0
	.loc 1 31 31 discriminator 3
	mv	a2,a5
	mv	a1,s1
	lui	a5,%hi(.LC6)
	addi	a0,a5,%lo(.LC6)
	call	printf
	.loc 1 31 27 discriminator 3
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L13:
	.loc 1 31 21 discriminator 1
	lw	a4,-20(s0)
	li	a5,3
	ble	a4,a5,.L14
.LBE5:
	.loc 1 32 10
	lw	a0,-24(s0)
	call	words
	mv	a5,a0
	.loc 1 33 1
	mv	a0,a5
	lw	ra,28(sp)
	.cfi_restore 1
	lw	s0,24(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	lw	s1,20(sp)
	.cfi_restore 9
	lw	s2,16(sp)
	.cfi_restore 18
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE2:
	.size	main, .-main
	.section	.rodata
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
	.align	2
	.type	names.0, @object
	.size	names.0, 16
names.0:
	.word	.LC7
	.word	.LC8
	.word	.LC9
	.word	.LC10
	.text
.Letext0:
	.file 2 "runtime/vmlab.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x1ff
	.2byte	0x5
	.byte	0x1
	.byte	0x4
	.4byte	.Ldebug_abbrev0
	.byte	0xc
	.4byte	.LASF13
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.Ltext0
	.4byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.byte	0xd
	.4byte	.LASF14
	.byte	0x2
	.byte	0x7
	.byte	0x16
	.4byte	0x32
	.byte	0x8
	.byte	0x4
	.byte	0x7
	.4byte	.LASF2
	.byte	0xe
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x9
	.4byte	0x50
	.4byte	0x50
	.byte	0xa
	.4byte	0x32
	.byte	0x3f
	.byte	0
	.byte	0x8
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.byte	0x6
	.4byte	0x50
	.byte	0x2
	.4byte	.LASF8
	.byte	0x4
	.byte	0xd
	.4byte	0x40
	.byte	0x5
	.byte	0x3
	.4byte	buffer
	.byte	0x4
	.4byte	.LASF4
	.byte	0x16
	.byte	0x5
	.4byte	0x39
	.4byte	0x83
	.byte	0x1
	.4byte	0x83
	.byte	0xf
	.byte	0
	.byte	0x7
	.4byte	0x57
	.byte	0x6
	.4byte	0x83
	.byte	0x4
	.4byte	.LASF5
	.byte	0x12
	.byte	0x5
	.4byte	0x39
	.4byte	0xa7
	.byte	0x1
	.4byte	0x83
	.byte	0x1
	.4byte	0x83
	.byte	0
	.byte	0x4
	.4byte	.LASF6
	.byte	0x11
	.byte	0x7
	.4byte	0xc6
	.4byte	0xc6
	.byte	0x1
	.4byte	0xc6
	.byte	0x1
	.4byte	0xc8
	.byte	0x1
	.4byte	0x26
	.byte	0
	.byte	0x10
	.byte	0x4
	.byte	0x7
	.4byte	0xcd
	.byte	0x11
	.byte	0x4
	.4byte	.LASF7
	.byte	0xf
	.byte	0x8
	.4byte	0x26
	.4byte	0xe3
	.byte	0x1
	.4byte	0x83
	.byte	0
	.byte	0x12
	.4byte	.LASF15
	.byte	0x1
	.byte	0x19
	.byte	0x5
	.4byte	0x39
	.4byte	.LFB2
	.4byte	.LFE2-.LFB2
	.byte	0x1
	.byte	0x9c
	.4byte	0x133
	.byte	0x2
	.4byte	.LASF9
	.byte	0x1a
	.byte	0xf
	.4byte	0x83
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x2
	.4byte	.LASF10
	.byte	0x1e
	.byte	0x1c
	.4byte	0x143
	.byte	0x5
	.byte	0x3
	.4byte	names.0
	.byte	0x5
	.4byte	.LBB5
	.4byte	.LBE5-.LBB5
	.byte	0x3
	.string	"i"
	.byte	0x1f
	.byte	0xc
	.4byte	0x39
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0
	.byte	0
	.byte	0x9
	.4byte	0x88
	.4byte	0x143
	.byte	0xa
	.4byte	0x32
	.byte	0x3
	.byte	0
	.byte	0x6
	.4byte	0x133
	.byte	0x13
	.4byte	.LASF16
	.byte	0x1
	.byte	0xf
	.byte	0xc
	.4byte	0x39
	.4byte	.LFB1
	.4byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x1a2
	.byte	0xb
	.string	"s"
	.byte	0xf
	.byte	0x1e
	.4byte	0x83
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0x2
	.4byte	.LASF11
	.byte	0x10
	.byte	0x7
	.4byte	0x39
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x3
	.string	"in"
	.byte	0x10
	.byte	0x12
	.4byte	0x39
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x5
	.4byte	.LBB4
	.4byte	.LBE4-.LBB4
	.byte	0x2
	.4byte	.LASF12
	.byte	0x12
	.byte	0x9
	.4byte	0x39
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0
	.byte	0
	.byte	0x14
	.4byte	.LASF17
	.byte	0x1
	.byte	0x6
	.byte	0xd
	.4byte	.LFB0
	.4byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.4byte	0x1fd
	.byte	0xb
	.string	"s"
	.byte	0x6
	.byte	0x1b
	.4byte	0x1fd
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0x3
	.string	"n"
	.byte	0x7
	.byte	0xa
	.4byte	0x26
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x5
	.4byte	.LBB2
	.4byte	.LBE2-.LBB2
	.byte	0x3
	.string	"i"
	.byte	0x8
	.byte	0xf
	.4byte	0x26
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x5
	.4byte	.LBB3
	.4byte	.LBE3-.LBB3
	.byte	0x3
	.string	"t"
	.byte	0x9
	.byte	0xa
	.4byte	0x50
	.byte	0x2
	.byte	0x91
	.byte	0x67
	.byte	0
	.byte	0
	.byte	0
	.byte	0x7
	.4byte	0x50
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.byte	0x1
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x2
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
	.byte	0x18
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
	.byte	0x5
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x6
	.byte	0
	.byte	0
	.byte	0x6
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
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
	.byte	0x9
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xa
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0xb
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
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x6
	.byte	0x10
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0xd
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
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0x10
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x11
	.byte	0x26
	.byte	0
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
	.byte	0x7c
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x13
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
.LASF2:
	.string	"unsigned int"
.LASF8:
	.string	"buffer"
.LASF14:
	.string	"size_t"
.LASF5:
	.string	"strcmp"
.LASF17:
	.string	"reverse"
.LASF9:
	.string	"poem"
.LASF7:
	.string	"strlen"
.LASF13:
	.string	"GNU C17 12.2.0 -mabi=ilp32 -misa-spec=20191213 -march=rv32im -g -O0 -ffreestanding -fno-builtin"
.LASF12:
	.string	"space"
.LASF11:
	.string	"count"
.LASF16:
	.string	"words"
.LASF15:
	.string	"main"
.LASF6:
	.string	"memcpy"
.LASF10:
	.string	"names"
.LASF3:
	.string	"char"
.LASF4:
	.string	"printf"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"test/corpus/c/strings.c"
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
