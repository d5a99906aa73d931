	.file	"ctors.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "test/corpus/c/ctors.c"
	.local	order
	.comm	order,16,4
	.local	calls
	.comm	calls,4,4
	.align	2
	.type	first, @function
first:
.LFB0:
	.file 1 "test/corpus/c/ctors.c"
	.loc 1 7 54
	.cfi_startproc
	addi	sp,sp,-16
	.cfi_def_cfa_offset 16
	sw	s0,12(sp)
	.cfi_offset 8, -4
	addi	s0,sp,16
	.cfi_def_cfa 8, 0
	.loc 1 7 67
	lui	a5,%hi(calls)
	lw	a5,%lo(calls)(a5)
	addi	a3,a5,1
	lui	a4,%hi(calls)
	sw	a3,%lo(calls)(a4)
	.loc 1 7 71
	lui	a4,%hi(order)
	addi	a4,a4,%lo(order)
	slli	a5,a5,2
	add	a5,a4,a5
	li	a4,1
	sw	a4,0(a5)
	.loc 1 7 76
	nop
	lw	s0,12(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 16
	addi	sp,sp,16
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE0:
	.size	first, .-first
	.section	.init_array,"aw"
	.align	2
	.word	first
	.text
	.align	2
	.type	early, @function
early:
.LFB1:
	.loc 1 8 59
	.cfi_startproc
	addi	sp,sp,-16
	.cfi_def_cfa_offset 16
	sw	s0,12(sp)
	.cfi_offset 8, -4
	addi	s0,sp,16
	.cfi_def_cfa 8, 0
	.loc 1 8 72
	lui	a5,%hi(calls)
	lw	a5,%lo(calls)(a5)
	addi	a3,a5,1
	lui	a4,%hi(calls)
	sw	a3,%lo(calls)(a4)
	.loc 1 8 76
	lui	a4,%hi(order)
	addi	a4,a4,%lo(order)
	slli	a5,a5,2
	add	a5,a4,a5
	li	a4,2
	sw	a4,0(a5)
	.loc 1 8 81
	nop
	lw	s0,12(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 16
	addi	sp,sp,16
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE1:
	.size	early, .-early
	.section	.init_array.00200,"aw"
	.align	2
	.word	early
	.text
	.align	2
	.type	second, @function
second:
.LFB2:
	.loc 1 9 55
	.cfi_startproc
	addi	sp,sp,-16
	.cfi_def_cfa_offset 16
	sw	s0,12(sp)
	.cfi_offset 8, -4
	addi	s0,sp,16
	.cfi_def_cfa 8, 0
	.loc 1 9 68
	lui	a5,%hi(calls)
	lw	a5,%lo(calls)(a5)
	addi	a3,a5,1
	lui	a4,%hi(calls)
	sw	a3,%lo(calls)(a4)
	.loc 1 9 72
	lui	a4,%hi(order)
	addi	a4,a4,%lo(order)
	slli	a5,a5,2
	add	a5,a4,a5
	li	a4,3
	sw	a4,0(a5)
	.loc 1 9 77
	nop
	lw	s0,12(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 16
	addi	sp,sp,16
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE2:
	.size	second, .-second
	.section	.init_array
	.align	2
	.word	second
	.section	.rodata
	.align	2
.LC0:
	.string	"constructors ran: %d (%d %d %d), argc %d, argv[0] set %d\n"
	.align	2
.LC1:
	.string	"heap list sum %d\n"
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
.LFB3:
	.loc 1 13 33
	.cfi_startproc
	addi	sp,sp,-64
	.cfi_def_cfa_offset 64
	sw	ra,60(sp)
	sw	s0,56(sp)
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	addi	s0,sp,64
	.cfi_def_cfa 8, 0
	sw	a0,-52(s0)
	sw	a1,-56(s0)
	.loc 1 14 3
	lui	a5,%hi(calls)
	lw	a1,%lo(calls)(a5)
	lui	a5,%hi(order)
	addi	a5,a5,%lo(order)
	lw	a2,0(a5)
	lui	a5,%hi(order)
	addi	a5,a5,%lo(order)
	lw	a3,4(a5)
	lui	a5,%hi(order)
	addi	a5,a5,%lo(order)
	lw	a4,8(a5)
	.loc 1 14 119
	lw	a5,-56(s0)
	lw	a5,0(a5)
	.loc 1 14 3
	snez	a5,a5
	andi	a5,a5,0xff
	mv	a6,a5
	lw	a5,-52(s0)
	lui	a0,%hi(.LC0)
	addi	a0,a0,%lo(.LC0)
	call	printf
	.loc 1 15 16
	sw	zero,-20(s0)
.LBB2:
	.loc 1 16 12
	sw	zero,-24(s0)
	.loc 1 16 3
	j	.L5
.L6:
.LBB3:
	.loc 1 17 22 discriminator 3
	li	a0,8
	call	sbrk
	sw	a0,-36(s0)
	.loc 1 18 18 discriminator 3
	lw	a5,-24(s0)
	mul	a4,a5,a5
	.loc 1 18 14 discriminator 3
	lw	a5,-36(s0)
	sw	a4,0(a5)
	.loc 1 19 13 discriminator 3
	lw	a5,-36(s0)
	lw	a4,-20(s0)
	sw	a4,4(a5)
	.loc 1 20 10 discriminator 3
	lw	a5,-36(s0)
	sw	a5,-20(s0)
.LBE3:
	.loc 1 16 29 discriminator 3
	lw	a5,-24(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
.L5:
	.loc 1 16 21 discriminator 1
	lw	a4,-24(s0)
	li	a5,99
	ble	a4,a5,.L6
.LBE2:
	.loc 1 22 7
	sw	zero,-28(s0)
.LBB4:
	.loc 1 23 21
	lw	a5,-20(s0)
	sw	a5,-32(s0)
	.loc 1 23 3
	j	.L7
.L8:
	.loc 1 23 55 discriminator 3
	lw	a5,-32(s0)
	lw	a5,0(a5)
	.loc 1 23 51 discriminator 3
	lw	a4,-28(s0)
	add	a5,a4,a5
	sw	a5,-28(s0)
	.loc 1 23 36 discriminator 3
	lw	a5,-32(s0)
	lw	a5,4(a5)
	sw	a5,-32(s0)
.L7:
	.loc 1 23 31 discriminator 1
	lw	a5,-32(s0)
	bne	a5,zero,.L8
.LBE4:
	.loc 1 24 3
	lw	a1,-28(s0)
	lui	a5,%hi(.LC1)
	addi	a0,a5,%lo(.LC1)
	call	printf
	.loc 1 25 10
	lui	a5,%hi(calls)
	lw	a5,%lo(calls)(a5)
	.loc 1 26 1
	mv	a0,a5
	lw	ra,60(sp)
	.cfi_restore 1
	lw	s0,56(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 64
	addi	sp,sp,64
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE3:
	.size	main, .-main
.Letext0:
	.file 2 "runtime/vmlab.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x19e
	.2byte	0x5
	.byte	0x1
	.byte	0x4
	.4byte	.Ldebug_abbrev0
	.byte	0xb
	.4byte	.LASF16
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
	.byte	0xc
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0xd
	.4byte	0x2d
	.4byte	0x44
	.byte	0xe
	.4byte	0x26
	.byte	0x3
	.byte	0
	.byte	0x3
	.4byte	.LASF3
	.byte	0x4
	.byte	0xc
	.4byte	0x34
	.byte	0x5
	.byte	0x3
	.4byte	order
	.byte	0x3
	.4byte	.LASF4
	.byte	0x5
	.byte	0xc
	.4byte	0x2d
	.byte	0x5
	.byte	0x3
	.4byte	calls
	.byte	0xf
	.4byte	.LASF17
	.byte	0x8
	.byte	0x1
	.byte	0xb
	.byte	0x8
	.4byte	0x8a
	.byte	0x6
	.4byte	.LASF5
	.byte	0x13
	.4byte	0x2d
	.byte	0
	.byte	0x6
	.4byte	.LASF6
	.byte	0x27
	.4byte	0x8a
	.byte	0x4
	.byte	0
	.byte	0x1
	.4byte	0x66
	.byte	0x7
	.4byte	.LASF7
	.byte	0xd
	.byte	0x7
	.4byte	0xa4
	.4byte	0xa4
	.byte	0x8
	.4byte	0x2d
	.byte	0
	.byte	0x10
	.byte	0x4
	.byte	0x7
	.4byte	.LASF8
	.byte	0x16
	.byte	0x5
	.4byte	0x2d
	.4byte	0xbc
	.byte	0x8
	.4byte	0xbc
	.byte	0x11
	.byte	0
	.byte	0x1
	.4byte	0xc8
	.byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.LASF9
	.byte	0x12
	.4byte	0xc1
	.byte	0x13
	.4byte	.LASF18
	.byte	0x1
	.byte	0xd
	.byte	0x5
	.4byte	0x2d
	.4byte	.LFB3
	.4byte	.LFE3-.LFB3
	.byte	0x1
	.byte	0x9c
	.4byte	0x164
	.byte	0x9
	.4byte	.LASF10
	.byte	0xe
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x4c
	.byte	0x9
	.4byte	.LASF11
	.byte	0x1b
	.4byte	0x164
	.byte	0x2
	.byte	0x91
	.byte	0x48
	.byte	0x3
	.4byte	.LASF12
	.byte	0xf
	.byte	0x10
	.4byte	0x8a
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x2
	.string	"sum"
	.byte	0x16
	.byte	0x7
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0x14
	.4byte	.LBB2
	.4byte	.LBE2-.LBB2
	.4byte	0x14d
	.byte	0x2
	.string	"i"
	.byte	0x10
	.byte	0xc
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0xa
	.4byte	.LBB3
	.4byte	.LBE3-.LBB3
	.byte	0x2
	.string	"n"
	.byte	0x11
	.byte	0x12
	.4byte	0x8a
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0
	.byte	0
	.byte	0xa
	.4byte	.LBB4
	.4byte	.LBE4-.LBB4
	.byte	0x2
	.string	"n"
	.byte	0x17
	.byte	0x15
	.4byte	0x8a
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0
	.byte	0
	.byte	0x1
	.4byte	0x169
	.byte	0x1
	.4byte	0xc1
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
	.byte	0x3
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
	.byte	0x7
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
	.byte	0x8
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x9
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
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0xa
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x6
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
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x6
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
	.byte	0x10
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x11
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0x12
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
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
.LASF12:
	.string	"list"
.LASF13:
	.string	"second"
.LASF6:
	.string	"next"
.LASF5:
	.string	"value"
.LASF7:
	.string	"sbrk"
.LASF3:
	.string	"order"
.LASF16:
	.string	"GNU C17 12.2.0 -mabi=ilp32 -misa-spec=20191213 -march=rv32im -g -O0 -ffreestanding -fno-builtin"
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
.LASF10:
	.string	"argc"
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
