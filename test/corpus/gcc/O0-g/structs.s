	.file	"structs.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "test/corpus/c/structs.c"
	.section	.rodata
	.align	2
.LC0:
	.string	"wide"
	.align	2
.LC1:
	.string	"square"
	.align	2
.LC2:
	.string	"tall"
	.align	2
.LC3:
	.string	"tiny"
	.data
	.align	2
	.type	rects, @object
	.size	rects, 80
rects:
	.word	0
	.word	0
	.word	10
	.word	5
	.word	.LC0
	.word	-3
	.word	-3
	.word	3
	.word	3
	.word	.LC1
	.word	2
	.word	1
	.word	4
	.word	20
	.word	.LC2
	.word	1
	.word	1
	.word	2
	.word	2
	.word	.LC3
	.text
	.align	2
	.type	area, @function
area:
.LFB0:
	.file 1 "test/corpus/c/structs.c"
	.loc 1 14 32
	.cfi_startproc
	addi	sp,sp,-16
	.cfi_def_cfa_offset 16
	sw	s0,12(sp)
	sw	s1,8(sp)
	.cfi_offset 8, -4
	.cfi_offset 9, -8
	addi	s0,sp,16
	.cfi_def_cfa 8, 0
	mv	s1,a0
	.loc 1 14 47
	lw	a4,8(s1)
	.loc 1 14 57
	lw	a5,0(s1)
	.loc 1 14 50
	sub	a4,a4,a5
	.loc 1 14 69
	lw	a3,12(s1)
	.loc 1 14 79
	lw	a5,4(s1)
	.loc 1 14 72
	sub	a5,a3,a5
	.loc 1 14 61
	mul	a5,a4,a5
	.loc 1 14 84
	mv	a0,a5
	lw	s0,12(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 16
	lw	s1,8(sp)
	.cfi_restore 9
	addi	sp,sp,16
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE0:
	.size	area, .-area
	.align	2
	.globl	centre
	.type	centre, @function
centre:
.LFB1:
	.loc 1 16 43
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sw	s0,44(sp)
	.cfi_offset 8, -4
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	sw	a0,-36(s0)
	.loc 1 17 29
	lw	a5,-36(s0)
	lw	a4,0(a5)
	.loc 1 17 40
	lw	a5,-36(s0)
	lw	a5,8(a5)
	.loc 1 17 32
	add	a5,a4,a5
	.loc 1 17 44
	srli	a4,a5,31
	add	a5,a4,a5
	srai	a5,a5,1
	.loc 1 17 16
	sw	a5,-32(s0)
	.loc 1 17 56
	lw	a5,-36(s0)
	lw	a4,4(a5)
	.loc 1 17 67
	lw	a5,-36(s0)
	lw	a5,12(a5)
	.loc 1 17 59
	add	a5,a4,a5
	.loc 1 17 71
	srli	a4,a5,31
	add	a5,a4,a5
	srai	a5,a5,1
	.loc 1 17 16
	sw	a5,-28(s0)
	.loc 1 18 10
	lw	a5,-32(s0)
	sw	a5,-24(s0)
	lw	a5,-28(s0)
	sw	a5,-20(s0)
	lw	a4,-24(s0)
	lw	a5,-20(s0)
	mv	a2,a4
	mv	a3,a5
	mv	a4,a2
	mv	a5,a3
	.loc 1 19 1
	mv	a0,a4
	mv	a1,a5
	lw	s0,44(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE1:
	.size	centre, .-centre
	.section	.rodata
	.align	2
.LC4:
	.string	"%s area %d centre (%d, %d)\n"
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
.LFB2:
	.loc 1 21 16
	.cfi_startproc
	addi	sp,sp,-96
	.cfi_def_cfa_offset 96
	sw	ra,92(sp)
	sw	s0,88(sp)
	sw	s1,84(sp)
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	.cfi_offset 9, -12
	addi	s0,sp,96
	.cfi_def_cfa 8, 0
	.loc 1 22 7
	li	a5,4
	sw	a5,-32(s0)
.LBB2:
	.loc 1 23 12
	li	a5,1
	sw	a5,-20(s0)
	.loc 1 23 3
	j	.L6
.L10:
.LBB3:
	.loc 1 24 17
	lui	a5,%hi(rects)
	addi	a3,a5,%lo(rects)
	lw	a4,-20(s0)
	mv	a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	slli	a5,a5,2
	add	a5,a3,a5
	lw	a1,0(a5)
	lw	a2,4(a5)
	lw	a3,8(a5)
	lw	a4,12(a5)
	lw	a5,16(a5)
	sw	a1,-52(s0)
	sw	a2,-48(s0)
	sw	a3,-44(s0)
	sw	a4,-40(s0)
	sw	a5,-36(s0)
	.loc 1 25 9
	lw	a5,-20(s0)
	addi	a5,a5,-1
	sw	a5,-24(s0)
	.loc 1 26 11
	j	.L7
.L9:
	.loc 1 27 15
	lw	a5,-24(s0)
	addi	a4,a5,1
	.loc 1 27 20
	lui	a5,%hi(rects)
	addi	a3,a5,%lo(rects)
	mv	a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	slli	a5,a5,2
	add	a4,a3,a5
	lui	a5,%hi(rects)
	addi	a2,a5,%lo(rects)
	lw	a3,-24(s0)
	mv	a5,a3
	slli	a5,a5,2
	add	a5,a5,a3
	slli	a5,a5,2
	add	a5,a2,a5
	lw	a0,0(a5)
	lw	a1,4(a5)
	lw	a2,8(a5)
	lw	a3,12(a5)
	lw	a5,16(a5)
	sw	a0,0(a4)
	sw	a1,4(a4)
	sw	a2,8(a4)
	sw	a3,12(a4)
	sw	a5,16(a4)
	.loc 1 28 8
	lw	a5,-24(s0)
	addi	a5,a5,-1
	sw	a5,-24(s0)
.L7:
	.loc 1 26 19
	lw	a5,-24(s0)
	blt	a5,zero,.L8
	.loc 1 26 22 discriminator 1
	lui	a5,%hi(rects)
	addi	a3,a5,%lo(rects)
	lw	a4,-24(s0)
	mv	a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	slli	a5,a5,2
	add	a5,a3,a5
	lw	a1,0(a5)
	lw	a2,4(a5)
	lw	a3,8(a5)
	lw	a4,12(a5)
	lw	a5,16(a5)
	sw	a1,-96(s0)
	sw	a2,-92(s0)
	sw	a3,-88(s0)
	sw	a4,-84(s0)
	sw	a5,-80(s0)
	addi	a5,s0,-96
	mv	a0,a5
	call	area
	mv	s1,a0
	.loc 1 26 39 discriminator 1
	lw	a1,-52(s0)
	lw	a2,-48(s0)
	lw	a3,-44(s0)
	lw	a4,-40(s0)
	lw	a5,-36(s0)
	sw	a1,-96(s0)
	sw	a2,-92(s0)
	sw	a3,-88(s0)
	sw	a4,-84(s0)
	sw	a5,-80(s0)
	addi	a5,s0,-96
	mv	a0,a5
	call	area
	mv	a5,a0
	.loc 1 26 19 discriminator 1
	bgt	s1,a5,.L9
.L8:
	.loc 1 30 13 discriminator 2
	lw	a5,-24(s0)
	addi	a4,a5,1
	.loc 1 30 18 discriminator 2
	lui	a5,%hi(rects)
	addi	a3,a5,%lo(rects)
	mv	a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	slli	a5,a5,2
	add	a5,a3,a5
	lw	a0,-52(s0)
	lw	a1,-48(s0)
	lw	a2,-44(s0)
	lw	a3,-40(s0)
	lw	a4,-36(s0)
	sw	a0,0(a5)
	sw	a1,4(a5)
	sw	a2,8(a5)
	sw	a3,12(a5)
	sw	a4,16(a5)
.LBE3:
	.loc 1 23 27 discriminator 2
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L6:
	.loc 1 23 21 discriminator 1
	lw	a4,-20(s0)
	lw	a5,-32(s0)
	blt	a4,a5,.L10
.LBE2:
.LBB4:
	.loc 1 32 12
	sw	zero,-28(s0)
	.loc 1 32 3
	j	.L11
.L12:
.LBB5:
	.loc 1 33 29 discriminator 3
	lw	a4,-28(s0)
	mv	a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	slli	a5,a5,2
	lui	a4,%hi(rects)
	addi	a4,a4,%lo(rects)
	add	a5,a5,a4
	.loc 1 33 22 discriminator 3
	mv	a0,a5
	call	centre
	mv	a4,a0
	mv	a5,a1
	sw	a4,-60(s0)
	sw	a5,-56(s0)
	.loc 1 34 5 discriminator 3
	lui	a5,%hi(rects)
	addi	a3,a5,%lo(rects)
	lw	a4,-28(s0)
	mv	a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	slli	a5,a5,2
	add	a5,a3,a5
	lw	s1,16(a5)
	lui	a5,%hi(rects)
	addi	a3,a5,%lo(rects)
	lw	a4,-28(s0)
	mv	a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	slli	a5,a5,2
	add	a5,a3,a5
	lw	a1,0(a5)
	lw	a2,4(a5)
	lw	a3,8(a5)
	lw	a4,12(a5)
	lw	a5,16(a5)
	sw	a1,-96(s0)
	sw	a2,-92(s0)
	sw	a3,-88(s0)
	sw	a4,-84(s0)
	sw	a5,-80(s0)
	addi	a5,s0,-96
	mv	a0,a5
	call	area
	mv	a2,a0
	lw	a5,-60(s0)
	lw	a4,-56(s0)
	mv	a3,a5
	mv	a1,s1
	lui	a5,%hi(.LC4)
	addi	a0,a5,%lo(.LC4)
	call	printf
.LBE5:
	.loc 1 32 27 discriminator 3
	lw	a5,-28(s0)
	addi	a5,a5,1
	sw	a5,-28(s0)
.L11:
	.loc 1 32 21 discriminator 1
	lw	a4,-28(s0)
	lw	a5,-32(s0)
	blt	a4,a5,.L12
.LBE4:
	.loc 1 36 10
	lui	a5,%hi(rects)
	addi	a5,a5,%lo(rects)
	lw	a1,0(a5)
	lw	a2,4(a5)
	lw	a3,8(a5)
	lw	a4,12(a5)
	lw	a5,16(a5)
	sw	a1,-96(s0)
	sw	a2,-92(s0)
	sw	a3,-88(s0)
	sw	a4,-84(s0)
	sw	a5,-80(s0)
	addi	a5,s0,-96
	mv	a0,a5
	call	area
	mv	a5,a0
	.loc 1 37 1
	mv	a0,a5
	lw	ra,92(sp)
	.cfi_restore 1
	lw	s0,88(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 96
	lw	s1,84(sp)
	.cfi_restore 9
	addi	sp,sp,96
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE2:
	.size	main, .-main
.Letext0:
	.file 2 "runtime/vmlab.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x1bd
	.2byte	0x5
	.byte	0x1
	.byte	0x4
	.4byte	.Ldebug_abbrev0
	.byte	0x9
	.4byte	.LASF10
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.Ltext0
	.4byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.byte	0x4
	.byte	0x4
	.byte	0x7
	.4byte	.LASF2
	.byte	0xa
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x5
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
	.byte	0x5
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
	.byte	0xb
	.4byte	.LASF5
	.byte	0x1
	.byte	0x5
	.byte	0x32
	.4byte	0x8a
	.byte	0x10
	.byte	0
	.byte	0x6
	.4byte	0x54
	.byte	0x7
	.4byte	0x96
	.byte	0x4
	.byte	0x1
	.byte	0x8
	.4byte	.LASF6
	.byte	0x6
	.4byte	0x8f
	.byte	0xc
	.4byte	0x54
	.4byte	0xab
	.byte	0xd
	.4byte	0x26
	.byte	0x3
	.byte	0
	.byte	0xe
	.4byte	.LASF7
	.byte	0x1
	.byte	0x7
	.byte	0x14
	.4byte	0x9b
	.byte	0x5
	.byte	0x3
	.4byte	rects
	.byte	0xf
	.4byte	.LASF11
	.byte	0x2
	.byte	0x16
	.byte	0x5
	.4byte	0x2d
	.4byte	0xd4
	.byte	0x10
	.4byte	0x8a
	.byte	0x11
	.byte	0
	.byte	0x12
	.4byte	.LASF8
	.byte	0x1
	.byte	0x15
	.byte	0x5
	.4byte	0x2d
	.4byte	.LFB2
	.4byte	.LFE2-.LFB2
	.byte	0x1
	.byte	0x9c
	.4byte	0x165
	.byte	0x1
	.string	"n"
	.byte	0x16
	.byte	0x7
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0x13
	.4byte	.LBB2
	.4byte	.LBE2-.LBB2
	.4byte	0x138
	.byte	0x1
	.string	"i"
	.byte	0x17
	.byte	0xc
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x3
	.4byte	.LBB3
	.4byte	.LBE3-.LBB3
	.byte	0x1
	.string	"key"
	.byte	0x18
	.byte	0x11
	.4byte	0x54
	.byte	0x2
	.byte	0x91
	.byte	0x4c
	.byte	0x1
	.string	"j"
	.byte	0x19
	.byte	0x9
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0
	.byte	0
	.byte	0x3
	.4byte	.LBB4
	.4byte	.LBE4-.LBB4
	.byte	0x1
	.string	"i"
	.byte	0x20
	.byte	0xc
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0x3
	.4byte	.LBB5
	.4byte	.LBE5-.LBB5
	.byte	0x1
	.string	"c"
	.byte	0x21
	.byte	0x12
	.4byte	0x34
	.byte	0x2
	.byte	0x91
	.byte	0x44
	.byte	0
	.byte	0
	.byte	0
	.byte	0x14
	.4byte	.LASF9
	.byte	0x1
	.byte	0x10
	.byte	0xe
	.4byte	0x34
	.4byte	.LFB1
	.4byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x198
	.byte	0x8
	.string	"r"
	.byte	0x10
	.byte	0x28
	.4byte	0x198
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0x1
	.string	"p"
	.byte	0x11
	.byte	0x10
	.4byte	0x34
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0
	.byte	0x7
	.4byte	0x85
	.byte	0x15
	.4byte	.LASF12
	.byte	0x1
	.byte	0xe
	.byte	0xc
	.4byte	0x2d
	.4byte	.LFB0
	.4byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.byte	0x8
	.string	"r"
	.byte	0xe
	.byte	0x1d
	.4byte	0x54
	.byte	0x2
	.byte	0x79
	.byte	0
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
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x6
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
	.byte	0xc
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xd
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
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
.LASF9:
	.string	"centre"
.LASF2:
	.string	"unsigned int"
.LASF8:
	.string	"main"
.LASF5:
	.string	"name"
.LASF12:
	.string	"area"
.LASF6:
	.string	"char"
.LASF3:
	.string	"point"
.LASF11:
	.string	"printf"
.LASF7:
	.string	"rects"
.LASF4:
	.string	"rect"
.LASF10:
	.string	"GNU C17 12.2.0 -mabi=ilp32 -misa-spec=20191213 -march=rv32im -g -O0 -ffreestanding -fno-builtin"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"test/corpus/c/structs.c"
.LASF1:
	.string	"."
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
