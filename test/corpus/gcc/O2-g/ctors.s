	.file	"ctors.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "test/corpus/c/ctors.c"
	.section	.text.startup,"ax",@progbits
	.align	2
	.type	first, @function
first:
.LFB0:
	.file 1 "test/corpus/c/ctors.c"
	.loc 1 7 54
	.cfi_startproc
	.loc 1 7 56
	.loc 1 7 67 is_stmt 0
	lui	a3,%hi(calls)
	lw	a5,%lo(calls)(a3)
	addi	a4,a5,1
	.loc 1 7 71
	slli	a2,a5,2
	lui	a5,%hi(.LANCHOR0)
	addi	a5,a5,%lo(.LANCHOR0)
	add	a5,a5,a2
	.loc 1 7 67
	sw	a4,%lo(calls)(a3)
	.loc 1 7 71
	li	a4,1
	sw	a4,0(a5)
	.loc 1 7 76
	ret
	.cfi_endproc
.LFE0:
	.size	first, .-first
	.section	.init_array,"aw"
	.align	2
	.word	first
	.section	.text.startup
	.align	2
	.type	early, @function
early:
.LFB1:
	.loc 1 8 59 is_stmt 1
	.cfi_startproc
	.loc 1 8 61
	.loc 1 8 72 is_stmt 0
	lui	a3,%hi(calls)
	lw	a5,%lo(calls)(a3)
	addi	a4,a5,1
	.loc 1 8 76
	slli	a2,a5,2
	lui	a5,%hi(.LANCHOR0)
	addi	a5,a5,%lo(.LANCHOR0)
	add	a5,a5,a2
	.loc 1 8 72
	sw	a4,%lo(calls)(a3)
	.loc 1 8 76
	li	a4,2
	sw	a4,0(a5)
	.loc 1 8 81
	ret
	.cfi_endproc
.LFE1:
	.size	early, .-early
	.section	.init_array.00200,"aw"
	.align	2
	.word	early
	.section	.text.startup
	.align	2
	.type	second, @function
second:
.LFB2:
	.loc 1 9 55 is_stmt 1
	.cfi_startproc
	.loc 1 9 57
	.loc 1 9 68 is_stmt 0
	lui	a3,%hi(calls)
	lw	a5,%lo(calls)(a3)
	addi	a4,a5,1
	.loc 1 9 72
	slli	a2,a5,2
	lui	a5,%hi(.LANCHOR0)
	addi	a5,a5,%lo(.LANCHOR0)
	add	a5,a5,a2
	.loc 1 9 68
	sw	a4,%lo(calls)(a3)
	.loc 1 9 72
	li	a4,3
	sw	a4,0(a5)
	.loc 1 9 77
	ret
	.cfi_endproc
.LFE2:
	.size	second, .-second
	.section	.init_array
	.align	2
	.word	second
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"constructors ran: %d (%d %d %d), argc %d, argv[0] set %d\n"
	.align	2
.LC1:
	.string	"heap list sum %d\n"
	.section	.text.startup
	.align	2
	.globl	main
	.type	main, @function
main:
.LFB3:
	.loc 1 13 33 is_stmt 1
	.cfi_startproc
.LVL0:
	.loc 1 14 3
	.loc 1 13 33 is_stmt 0
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	.loc 1 14 3
	lui	a5,%hi(.LANCHOR0)
	addi	a5,a5,%lo(.LANCHOR0)
	lw	a6,0(a1)
	.loc 1 13 33
	sw	s3,12(sp)
	.cfi_offset 19, -20
	.loc 1 14 3
	lui	s3,%hi(calls)
	lw	a4,8(a5)
	lw	a3,4(a5)
	lw	a2,0(a5)
	lw	a1,%lo(calls)(s3)
.LVL1:
	.loc 1 13 33
	mv	a5,a0
	.loc 1 14 3
	lui	a0,%hi(.LC0)
.LVL2:
	snez	a6,a6
	addi	a0,a0,%lo(.LC0)
	.loc 1 13 33
	sw	s0,24(sp)
	sw	s2,16(sp)
	sw	ra,28(sp)
	sw	s1,20(sp)
	.cfi_offset 8, -8
	.cfi_offset 18, -16
	.cfi_offset 1, -4
	.cfi_offset 9, -12
	.loc 1 14 3
	call	printf
.LVL3:
	.loc 1 15 3 is_stmt 1
	.loc 1 16 3
.LBB2:
	.loc 1 16 8
	.loc 1 16 21
	.loc 1 16 12 is_stmt 0
	li	s0,0
.LBE2:
	.loc 1 15 16
	li	a5,0
.LBB5:
	.loc 1 16 21
	li	s2,100
.LVL4:
.L6:
.LBB3:
	.loc 1 17 5 is_stmt 1 discriminator 3
	.loc 1 17 22 is_stmt 0 discriminator 3
	li	a0,8
	mv	s1,a5
	call	sbrk
.LVL5:
	.loc 1 18 18 discriminator 3
	mul	a4,s0,s0
	.loc 1 19 13 discriminator 3
	sw	s1,4(a0)
.LBE3:
	.loc 1 16 29 discriminator 3
	addi	s0,s0,1
.LVL6:
.LBB4:
	.loc 1 17 22 discriminator 3
	mv	a5,a0
.LVL7:
	.loc 1 18 5 is_stmt 1 discriminator 3
	.loc 1 18 14 is_stmt 0 discriminator 3
	sw	a4,0(a0)
	.loc 1 19 5 is_stmt 1 discriminator 3
	.loc 1 20 5 discriminator 3
.LVL8:
.LBE4:
	.loc 1 16 29 discriminator 3
	.loc 1 16 21 discriminator 3
	bne	s0,s2,.L6
.LVL9:
.LBE5:
.LBB6:
	.loc 1 23 47
	.loc 1 23 36
	.loc 1 23 31
	.loc 1 23 51 is_stmt 0
	li	a1,8192
	addi	a1,a1,1609
	.loc 1 23 31
	beq	s1,zero,.L7
.LVL10:
.L8:
	.loc 1 23 55
	lw	a5,0(s1)
	.loc 1 23 36
	lw	s1,4(s1)
.LVL11:
	.loc 1 23 47 is_stmt 1
	.loc 1 23 51 is_stmt 0
	add	a1,a1,a5
.LVL12:
	.loc 1 23 36 is_stmt 1
	.loc 1 23 31
	bne	s1,zero,.L8
.LVL13:
.L7:
.LBE6:
	.loc 1 24 3
	lui	a0,%hi(.LC1)
.LVL14:
	addi	a0,a0,%lo(.LC1)
	call	printf
.LVL15:
	.loc 1 25 3
	.loc 1 26 1 is_stmt 0
	lw	ra,28(sp)
	.cfi_restore 1
	lw	s0,24(sp)
	.cfi_restore 8
.LVL16:
	lw	a0,%lo(calls)(s3)
	lw	s1,20(sp)
	.cfi_restore 9
	lw	s2,16(sp)
	.cfi_restore 18
	lw	s3,12(sp)
	.cfi_restore 19
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE3:
	.size	main, .-main
	.bss
	.align	2
	.set	.LANCHOR0,. + 0
	.type	order, @object
	.size	order, 16
order:
	.zero	16
	.section	.sbss,"aw",@nobits
	.align	2
	.type	calls, @object
	.size	calls, 4
calls:
	.zero	4
	.text
.Letext0:
	.file 2 "runtime/vmlab.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x1dd
	.2byte	0x5
	.byte	0x1
	.byte	0x4
	.4byte	.Ldebug_abbrev0
	.byte	0xc
	.4byte	.LASF16
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL8
	.4byte	0
	.4byte	.Ldebug_line0
	.byte	0x5
	.byte	0x4
	.byte	0x7
	.4byte	.LASF2
	.byte	0xd
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0xe
	.4byte	0x2d
	.4byte	0x44
	.byte	0xf
	.4byte	0x26
	.byte	0x3
	.byte	0
	.byte	0x6
	.4byte	.LASF3
	.byte	0x4
	.4byte	0x34
	.byte	0x5
	.byte	0x3
	.4byte	order
	.byte	0x6
	.4byte	.LASF4
	.byte	0x5
	.4byte	0x2d
	.byte	0x5
	.byte	0x3
	.4byte	calls
	.byte	0x10
	.4byte	.LASF17
	.byte	0x8
	.byte	0x1
	.byte	0xb
	.byte	0x8
	.4byte	0x88
	.byte	0x7
	.4byte	.LASF5
	.byte	0x13
	.4byte	0x2d
	.byte	0
	.byte	0x7
	.4byte	.LASF6
	.byte	0x27
	.4byte	0x88
	.byte	0x4
	.byte	0
	.byte	0x1
	.4byte	0x64
	.byte	0x8
	.4byte	.LASF7
	.byte	0xd
	.byte	0x7
	.4byte	0xa2
	.4byte	0xa2
	.byte	0x9
	.4byte	0x2d
	.byte	0
	.byte	0x11
	.byte	0x4
	.byte	0x8
	.4byte	.LASF8
	.byte	0x16
	.byte	0x5
	.4byte	0x2d
	.4byte	0xba
	.byte	0x9
	.4byte	0xba
	.byte	0x12
	.byte	0
	.byte	0x1
	.4byte	0xc6
	.byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0x13
	.4byte	0xbf
	.byte	0x14
	.4byte	.LASF18
	.byte	0x1
	.byte	0xd
	.byte	0x5
	.4byte	0x2d
	.4byte	.LFB3
	.4byte	.LFE3-.LFB3
	.byte	0x1
	.byte	0x9c
	.4byte	0x1a3
	.byte	0xa
	.4byte	.LASF10
	.byte	0xe
	.4byte	0x2d
	.4byte	.LLST0
	.byte	0xa
	.4byte	.LASF11
	.byte	0x1b
	.4byte	0x1a3
	.4byte	.LLST1
	.byte	0x15
	.4byte	.LASF12
	.byte	0x1
	.byte	0xf
	.byte	0x10
	.4byte	0x88
	.4byte	.LLST2
	.byte	0x3
	.string	"sum"
	.byte	0x16
	.byte	0x7
	.4byte	0x2d
	.4byte	.LLST3
	.byte	0x16
	.4byte	.LLRL4
	.4byte	0x159
	.byte	0x3
	.string	"i"
	.byte	0x10
	.byte	0xc
	.4byte	0x2d
	.4byte	.LLST5
	.byte	0x17
	.4byte	.LLRL6
	.byte	0x3
	.string	"n"
	.byte	0x11
	.byte	0x12
	.4byte	0x88
	.4byte	.LLST7
	.byte	0xb
	.4byte	.LVL5
	.4byte	0x8d
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x1
	.byte	0x38
	.byte	0
	.byte	0
	.byte	0
	.byte	0x18
	.4byte	.LBB6
	.4byte	.LBE6-.LBB6
	.4byte	0x171
	.byte	0x19
	.string	"n"
	.byte	0x1
	.byte	0x17
	.byte	0x15
	.4byte	0x88
	.byte	0
	.byte	0x1a
	.4byte	.LVL3
	.4byte	0xa4
	.4byte	0x18f
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x3
	.4byte	.LC0
	.byte	0x2
	.byte	0x1
	.byte	0x5f
	.byte	0x3
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0
	.byte	0xb
	.4byte	.LVL15
	.4byte	0xa4
	.byte	0x2
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x3
	.4byte	.LC1
	.byte	0
	.byte	0
	.byte	0x1
	.4byte	0x1a8
	.byte	0x1
	.4byte	0xbf
	.byte	0x4
	.4byte	.LASF13
	.byte	0x9
	.byte	0x2a
	.4byte	.LFB2
	.4byte	.LFE2-.LFB2
	.byte	0x1
	.byte	0x9c
	.byte	0x4
	.4byte	.LASF14
	.byte	0x8
	.byte	0x2f
	.4byte	.LFB1
	.4byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.byte	0x4
	.4byte	.LASF15
	.byte	0x7
	.byte	0x2a
	.4byte	.LFB0
	.4byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.byte	0x1
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x4
	.byte	0x49
	.byte	0x13
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
	.byte	0x2e
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
	.byte	0x21
	.byte	0xc
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x7
	.byte	0xd
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0xb
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x38
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x8
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
	.byte	0x9
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xa
	.byte	0x5
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0xd
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0xb
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
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
	.byte	0x13
	.byte	0x1
	.byte	0x3
	.byte	0xe
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
	.byte	0x11
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x12
	.byte	0x18
	.byte	0
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
	.byte	0x16
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x17
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
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
	.byte	0
	.byte	0
	.byte	0x1a
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
	.4byte	.LVL0
	.4byte	.LVL2
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL2
	.4byte	.LVL3-1
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.4byte	.LVL3-1
	.4byte	.LFE3
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
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.4byte	.LVL1
	.4byte	.LFE3
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0
.LLST2:
	.byte	0x7
	.4byte	.LVL3
	.4byte	.LVL4
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL4
	.4byte	.LVL5-1
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.4byte	.LVL5-1
	.4byte	.LVL8
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.4byte	.LVL8
	.4byte	.LVL14
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST3:
	.byte	0x7
	.4byte	.LVL9
	.4byte	.LVL10
	.byte	0x4
	.byte	0xa
	.2byte	0x2649
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL10
	.4byte	.LVL13
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST5:
	.byte	0x7
	.4byte	.LVL3
	.4byte	.LVL4
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL4
	.4byte	.LVL6
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.4byte	.LVL6
	.4byte	.LVL8
	.byte	0x3
	.byte	0x78
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL8
	.4byte	.LVL16
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST7:
	.byte	0x7
	.4byte	.LVL7
	.4byte	.LVL14
	.byte	0x1
	.byte	0x5a
	.byte	0
.Ldebug_loc3:
	.section	.debug_aranges,"",@progbits
	.4byte	0x34
	.2byte	0x2
	.4byte	.Ldebug_info0
	.byte	0x4
	.byte	0
	.2byte	0
	.2byte	0
	.4byte	.LFB0
	.4byte	.LFE0-.LFB0
	.4byte	.LFB1
	.4byte	.LFE1-.LFB1
	.4byte	.LFB2
	.4byte	.LFE2-.LFB2
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
.LLRL4:
	.byte	0x6
	.4byte	.LBB2
	.4byte	.LBE2
	.byte	0x6
	.4byte	.LBB5
	.4byte	.LBE5
	.byte	0
.LLRL6:
	.byte	0x6
	.4byte	.LBB3
	.4byte	.LBE3
	.byte	0x6
	.4byte	.LBB4
	.4byte	.LBE4
	.byte	0
.LLRL8:
	.byte	0x6
	.4byte	.LFB0
	.4byte	.LFE0
	.byte	0x6
	.4byte	.LFB1
	.4byte	.LFE1
	.byte	0x6
	.4byte	.LFB2
	.4byte	.LFE2
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
.LASF12:
	.string	"list"
.LASF16:
	.string	"GNU C17 12.2.0 -mabi=ilp32 -misa-spec=20191213 -march=rv32im -g -O2 -ffreestanding -fno-builtin"
.LASF13:
	.string	"second"
.LASF6:
	.string	"next"
.LASF10:
	.string	"argc"
.LASF7:
	.string	"sbrk"
.LASF3:
	.string	"order"
.LASF5:
	.string	"value"
.LASF4:
	.string	"calls"
.LASF8:
	.string	"printf"
.LASF15:
	.string	"first"
.LASF18:
	.string	"main"
.LASF14:
	.string	"early"
.LASF9:
	.string	"char"
.LASF17:
	.string	"node"
.LASF11:
	.string	"argv"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"test/corpus/c/ctors.c"
.LASF1:
	.string	"."
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
