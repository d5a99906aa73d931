	.file	"sort.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "test/corpus/c/sort.c"
	.align	2
	.type	quicksort.constprop.0, @function
quicksort.constprop.0:
.LFB4:
	.file 1 "test/corpus/c/sort.c"
	.loc 1 7 13
	.cfi_startproc
.LVL0:
	.loc 1 8 13
	bge	a0,a1,.L24
	.loc 1 7 13 is_stmt 0
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sw	s2,16(sp)
	.cfi_offset 18, -16
	lui	s2,%hi(.LANCHOR0)
	sw	s3,12(sp)
	sw	s4,8(sp)
	sw	ra,28(sp)
	sw	s0,24(sp)
	sw	s1,20(sp)
	.cfi_offset 19, -20
	.cfi_offset 20, -24
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	.cfi_offset 9, -12
	mv	s3,a0
	mv	s4,a1
	addi	s2,s2,%lo(.LANCHOR0)
.LVL1:
.L2:
.LBB8:
	.loc 1 9 5 is_stmt 1
	.loc 1 9 19 is_stmt 0
	add	a4,s3,s4
	.loc 1 9 25
	srli	a5,a4,31
	add	a5,a5,a4
	srai	a5,a5,1
	.loc 1 9 9
	slli	a5,a5,2
	add	a5,s2,a5
	lw	a2,0(a5)
.LVL2:
	.loc 1 10 5 is_stmt 1
	.loc 1 10 11 is_stmt 0
	mv	s0,s4
	mv	s1,s3
.LVL3:
.L7:
	.loc 1 10 14 is_stmt 1
	bgt	s1,s0,.L8
.L29:
	.loc 1 11 19
	.loc 1 11 15 is_stmt 0
	slli	a5,s1,2
	add	a0,s2,a5
	lw	a3,0(a0)
	.loc 1 12 15
	slli	a4,s0,2
	add	a6,s2,a4
	addi	a5,a5,4
	lw	a1,0(a6)
	add	a5,s2,a5
	.loc 1 11 19
	ble	a2,a3,.L28
.L4:
	.loc 1 11 24 is_stmt 1
	.loc 1 11 15 is_stmt 0
	lw	a3,0(a5)
	mv	a0,a5
	.loc 1 11 25
	addi	s1,s1,1
.LVL4:
	.loc 1 11 19 is_stmt 1
	addi	a5,a5,4
	bgt	a2,a3,.L4
	.loc 1 12 19
	bge	a2,a1,.L5
.L14:
	addi	a5,a4,-4
	add	a5,s2,a5
.L6:
	.loc 1 12 24
	.loc 1 12 15 is_stmt 0
	lw	a1,0(a5)
	mv	a4,a5
	.loc 1 12 25
	addi	s0,s0,-1
.LVL5:
	.loc 1 12 19 is_stmt 1
	addi	a5,a5,-4
	blt	a2,a1,.L6
	.loc 1 12 15 is_stmt 0
	mv	a6,a4
.L5:
	.loc 1 13 7 is_stmt 1
	.loc 1 13 10 is_stmt 0
	blt	s0,s1,.L7
.LBB9:
	.loc 1 14 9 is_stmt 1
.LVL6:
	.loc 1 15 9
	.loc 1 15 16 is_stmt 0
	sw	a1,0(a0)
	.loc 1 15 12
	addi	s1,s1,1
.LVL7:
	.loc 1 16 9 is_stmt 1
	.loc 1 16 12 is_stmt 0
	addi	s0,s0,-1
.LVL8:
	.loc 1 16 16
	sw	a3,0(a6)
.L30:
.LBE9:
	.loc 1 10 14 is_stmt 1
	ble	s1,s0,.L29
.LVL9:
.L8:
	.loc 1 19 5
	.loc 1 19 11 is_stmt 0
	sub	a5,s0,s3
	.loc 1 19 21
	sub	a4,s4,s1
	.loc 1 19 8
	bge	a5,a4,.L11
	.loc 1 20 7 is_stmt 1
	mv	a0,s3
	mv	a1,s0
	mv	s3,s1
.LVL10:
	call	quicksort.constprop.0
.LVL11:
	.loc 1 21 7
.LBE8:
	.loc 1 8 13
	blt	s3,s4,.L2
.LVL12:
.L31:
	.loc 1 27 1 is_stmt 0
	lw	ra,28(sp)
	.cfi_remember_state
	.cfi_restore 1
	lw	s0,24(sp)
	.cfi_restore 8
.LVL13:
	lw	s1,20(sp)
	.cfi_restore 9
.LVL14:
	lw	s2,16(sp)
	.cfi_restore 18
	lw	s3,12(sp)
	.cfi_restore 19
.LVL15:
	lw	s4,8(sp)
	.cfi_restore 20
.LVL16:
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
.LVL17:
.L28:
	.cfi_restore_state
.LBB11:
	.loc 1 12 19 is_stmt 1
	blt	a2,a1,.L14
.LBB10:
	.loc 1 14 9
.LVL18:
	.loc 1 15 9
	.loc 1 15 16 is_stmt 0
	sw	a1,0(a0)
	.loc 1 15 12
	addi	s1,s1,1
.LVL19:
	.loc 1 16 9 is_stmt 1
	.loc 1 16 12 is_stmt 0
	addi	s0,s0,-1
.LVL20:
	.loc 1 16 16
	sw	a3,0(a6)
	j	.L30
.LVL21:
.L11:
.LBE10:
	.loc 1 23 7 is_stmt 1
	mv	a1,s4
	mv	a0,s1
	mv	s4,s0
.LVL22:
	call	quicksort.constprop.0
.LVL23:
	.loc 1 24 7
.LBE11:
	.loc 1 8 13
	blt	s3,s4,.L2
.LVL24:
	j	.L31
.LVL25:
.L24:
	.cfi_def_cfa_offset 0
	.cfi_restore 1
	.cfi_restore 8
	.cfi_restore 9
	.cfi_restore 18
	.cfi_restore 19
	.cfi_restore 20
	ret
	.cfi_endproc
.LFE4:
	.size	quicksort.constprop.0, .-quicksort.constprop.0
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"sorted %d first %d last %d at %d\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
.LFB3:
	.loc 1 42 16
	.cfi_startproc
	.loc 1 43 3
.LBB20:
	.loc 1 43 8
.LVL26:
	.loc 1 43 21
	lui	a6,%hi(seed)
.LBE20:
	.loc 1 42 16 is_stmt 0
	addi	sp,sp,-16
	.cfi_def_cfa_offset 16
	lui	a4,%hi(.LANCHOR0)
	lw	a5,%lo(seed)(a6)
	sw	s2,0(sp)
.LBB29:
.LBB21:
.LBB22:
	.loc 1 5 48
	li	a1,1103515648
	.cfi_offset 18, -16
	addi	s2,a4,%lo(.LANCHOR0)
	.loc 1 5 62
	li	a2,12288
.LBE22:
.LBE21:
.LBE29:
	.loc 1 42 16
	sw	s1,4(sp)
	sw	ra,12(sp)
	sw	s0,8(sp)
	.cfi_offset 9, -12
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	addi	a4,a4,%lo(.LANCHOR0)
	addi	s1,s2,2000
.LBB30:
.LBB26:
.LBB23:
	.loc 1 5 48
	addi	a1,a1,-403
	.loc 1 5 62
	addi	a2,a2,57
.LBE23:
.LBE26:
	.loc 1 43 62
	li	a0,1000
.LVL27:
.L33:
	.loc 1 43 33 is_stmt 1
.LBB27:
.LBB24:
	.loc 1 5 29
	.loc 1 5 48 is_stmt 0
	mul	a5,a5,a1
.LBE24:
.LBE27:
	.loc 1 43 21
	addi	a4,a4,4
.LBB28:
.LBB25:
	.loc 1 5 62
	add	a5,a5,a2
.LBE25:
.LBE28:
	.loc 1 43 55
	srli	a3,a5,16
	.loc 1 43 62
	rem	a3,a3,a0
	.loc 1 43 41
	sw	a3,-4(a4)
	.loc 1 43 29 is_stmt 1
	.loc 1 43 21
	bne	s1,a4,.L33
.LBE30:
	.loc 1 44 3 is_stmt 0
	li	a1,499
	li	a0,0
	sw	a5,%lo(seed)(a6)
	.loc 1 44 3 is_stmt 1
	call	quicksort.constprop.0
.LVL28:
	.loc 1 45 3
	.loc 1 46 3
.LBB31:
	.loc 1 46 8
	.loc 1 46 21
	lw	a2,0(s2)
	addi	a4,s2,4
.LBE31:
	.loc 1 45 7 is_stmt 0
	li	s0,1
	.loc 1 44 3
	mv	a3,a2
.LVL29:
.L34:
.LBB32:
	.loc 1 46 33 is_stmt 1 discriminator 3
	mv	a5,a3
	.loc 1 46 62 is_stmt 0 discriminator 3
	lw	a3,0(a4)
	.loc 1 46 21 discriminator 3
	addi	a4,a4,4
	.loc 1 46 55 discriminator 3
	slt	a5,a3,a5
	xori	a5,a5,1
	.loc 1 46 40 discriminator 3
	and	s0,s0,a5
.LVL30:
	.loc 1 46 29 is_stmt 1 discriminator 3
	.loc 1 46 21 discriminator 3
	bne	s1,a4,.L34
.LBE32:
	.loc 1 47 3
	lw	a3,1996(s2)
	.loc 1 47 76 is_stmt 0
	lw	a6,1000(s2)
.LVL31:
.LBB33:
.LBB34:
	.loc 1 30 3 is_stmt 1
	.loc 1 31 3
	.loc 1 31 13
	.loc 1 30 7 is_stmt 0
	li	a1,0
	.loc 1 30 15
	li	a0,499
.LVL32:
.L38:
.LBB35:
	.loc 1 32 5 is_stmt 1
	.loc 1 34 5
	.loc 1 34 23
	.loc 1 35 10
	.loc 1 32 24 is_stmt 0
	sub	a5,a0,a1
	.loc 1 32 30
	srai	a5,a5,1
	.loc 1 32 9
	add	a5,a5,a1
.LVL33:
	.loc 1 33 5 is_stmt 1
	.loc 1 33 10 is_stmt 0
	slli	a4,a5,2
	add	a4,s2,a4
	lw	a4,0(a4)
	.loc 1 33 8
	beq	a6,a4,.L35
	.loc 1 34 8
	ble	a6,a4,.L36
	.loc 1 34 26
	addi	a1,a5,1
.LVL34:
.LBE35:
	.loc 1 31 13 is_stmt 1
	ble	a1,a0,.L38
.L43:
	.loc 1 37 10 is_stmt 0
	li	a5,-1
.LVL35:
.L35:
.LBE34:
.LBE33:
	.loc 1 47 3
	not	a5,a5
	lui	a0,%hi(.LC0)
	mv	a1,s0
	srli	a4,a5,31
	addi	a0,a0,%lo(.LC0)
	call	printf
.LVL36:
	.loc 1 48 3 is_stmt 1
	.loc 1 49 1 is_stmt 0
	lw	ra,12(sp)
	.cfi_remember_state
	.cfi_restore 1
	mv	a0,s0
	lw	s0,8(sp)
	.cfi_restore 8
.LVL37:
	lw	s1,4(sp)
	.cfi_restore 9
	lw	s2,0(sp)
	.cfi_restore 18
	addi	sp,sp,16
	.cfi_def_cfa_offset 0
	jr	ra
.LVL38:
.L36:
	.cfi_restore_state
.LBB38:
.LBB37:
.LBB36:
	.loc 1 35 13
	addi	a0,a5,-1
.LVL39:
.LBE36:
	.loc 1 31 13 is_stmt 1
	ble	a1,a0,.L38
	j	.L43
.LBE37:
.LBE38:
	.cfi_endproc
.LFE3:
	.size	main, .-main
	.globl	data
	.bss
	.align	2
	.set	.LANCHOR0,. + 0
	.type	data, @object
	.size	data, 2000
data:
	.zero	2000
	.section	.sdata,"aw"
	.align	2
	.type	seed, @object
	.size	seed, 4
seed:
	.word	12345
	.text
.Letext0:
	.file 2 "runtime/vmlab.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x2f1
	.2byte	0x5
	.byte	0x1
	.byte	0x4
	.4byte	.Ldebug_abbrev0
	.byte	0x10
	.4byte	.LASF6
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL22
	.4byte	0
	.4byte	.Ldebug_line0
	.byte	0x9
	.byte	0x4
	.byte	0x7
	.4byte	.LASF2
	.byte	0x11
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0xa
	.4byte	0x2d
	.byte	0x12
	.4byte	.LASF4
	.byte	0x1
	.byte	0x4
	.byte	0x11
	.4byte	0x26
	.byte	0x5
	.byte	0x3
	.4byte	seed
	.byte	0x13
	.4byte	0x2d
	.4byte	0x5c
	.byte	0x14
	.4byte	0x26
	.2byte	0x1f3
	.byte	0
	.byte	0x15
	.4byte	.LASF7
	.byte	0x1
	.byte	0x28
	.byte	0x5
	.4byte	0x4b
	.byte	0x5
	.byte	0x3
	.4byte	data
	.byte	0x16
	.4byte	.LASF8
	.byte	0x2
	.byte	0x16
	.byte	0x5
	.4byte	0x2d
	.4byte	0x85
	.byte	0x17
	.4byte	0x85
	.byte	0x18
	.byte	0
	.byte	0x6
	.4byte	0x91
	.byte	0x9
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.byte	0xa
	.4byte	0x8a
	.byte	0x19
	.4byte	.LASF9
	.byte	0x1
	.byte	0x2a
	.byte	0x5
	.4byte	0x2d
	.4byte	.LFB3
	.4byte	.LFE3-.LFB3
	.byte	0x1
	.byte	0x9c
	.4byte	0x196
	.byte	0x1a
	.4byte	.LASF5
	.byte	0x1
	.byte	0x2d
	.byte	0x7
	.4byte	0x2d
	.4byte	.LLST8
	.byte	0xb
	.4byte	.LLRL9
	.4byte	0xe6
	.byte	0xc
	.string	"i"
	.byte	0x2b
	.4byte	0x2d
	.4byte	.LLST10
	.byte	0x1b
	.4byte	0x243
	.4byte	.LBB21
	.4byte	.LLRL11
	.byte	0x1
	.byte	0x2b
	.byte	0x31
	.byte	0
	.byte	0xb
	.4byte	.LLRL12
	.4byte	0xfc
	.byte	0xc
	.string	"i"
	.byte	0x2e
	.4byte	0x2d
	.4byte	.LLST13
	.byte	0
	.byte	0x1c
	.4byte	0x196
	.4byte	.LBB33
	.4byte	.LLRL14
	.byte	0x1
	.byte	0x2f
	.byte	0x4c
	.4byte	0x157
	.byte	0x5
	.4byte	0x1a7
	.4byte	.LLST15
	.byte	0x5
	.4byte	0x1b0
	.4byte	.LLST16
	.byte	0x5
	.4byte	0x1b9
	.4byte	.LLST17
	.byte	0x1d
	.4byte	.LLRL14
	.byte	0x1
	.4byte	0x1c4
	.4byte	.LLST18
	.byte	0x1
	.4byte	0x1ce
	.4byte	.LLST19
	.byte	0xd
	.4byte	0x1d8
	.4byte	.LLRL20
	.byte	0x1
	.4byte	0x1d9
	.4byte	.LLST21
	.byte	0
	.byte	0
	.byte	0
	.byte	0xe
	.4byte	.LVL28
	.4byte	0x250
	.4byte	0x17c
	.byte	0x3
	.byte	0x1
	.byte	0x5a
	.byte	0x1
	.byte	0x30
	.byte	0x3
	.byte	0x1
	.byte	0x5b
	.byte	0x3
	.byte	0xa
	.2byte	0x1f3
	.byte	0x7
	.4byte	0x1f8
	.byte	0x5
	.byte	0x3
	.4byte	data
	.byte	0
	.byte	0xf
	.4byte	.LVL36
	.4byte	0x6e
	.byte	0x3
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x3
	.4byte	.LC0
	.byte	0x3
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0
	.byte	0
	.byte	0x1e
	.4byte	.LASF10
	.byte	0x1
	.byte	0x1d
	.byte	0xc
	.4byte	0x2d
	.byte	0x1
	.4byte	0x1e6
	.byte	0x4
	.string	"a"
	.byte	0x1d
	.byte	0x1e
	.4byte	0x1e6
	.byte	0x4
	.string	"n"
	.byte	0x1d
	.byte	0x25
	.4byte	0x2d
	.byte	0x4
	.string	"key"
	.byte	0x1d
	.byte	0x2c
	.4byte	0x2d
	.byte	0x2
	.string	"lo"
	.byte	0x1e
	.byte	0x7
	.4byte	0x2d
	.byte	0x2
	.string	"hi"
	.byte	0x1e
	.byte	0xf
	.4byte	0x2d
	.byte	0x8
	.byte	0x2
	.string	"mid"
	.byte	0x20
	.byte	0x9
	.4byte	0x2d
	.byte	0
	.byte	0
	.byte	0x6
	.4byte	0x34
	.byte	0x1f
	.4byte	.LASF11
	.byte	0x1
	.byte	0x7
	.byte	0xd
	.byte	0x1
	.4byte	0x23e
	.byte	0x4
	.string	"a"
	.byte	0x7
	.byte	0x1c
	.4byte	0x23e
	.byte	0x4
	.string	"lo"
	.byte	0x7
	.byte	0x23
	.4byte	0x2d
	.byte	0x4
	.string	"hi"
	.byte	0x7
	.byte	0x2b
	.4byte	0x2d
	.byte	0x8
	.byte	0x2
	.string	"p"
	.byte	0x9
	.byte	0x9
	.4byte	0x2d
	.byte	0x2
	.string	"i"
	.byte	0x9
	.byte	0x1f
	.4byte	0x2d
	.byte	0x2
	.string	"j"
	.byte	0x9
	.byte	0x27
	.4byte	0x2d
	.byte	0x8
	.byte	0x2
	.string	"t"
	.byte	0xe
	.byte	0xd
	.4byte	0x2d
	.byte	0
	.byte	0
	.byte	0
	.byte	0x6
	.4byte	0x2d
	.byte	0x20
	.string	"rnd"
	.byte	0x1
	.byte	0x5
	.byte	0x11
	.4byte	0x26
	.byte	0x1
	.byte	0x21
	.4byte	0x1eb
	.4byte	.LFB4
	.4byte	.LFE4-.LFB4
	.byte	0x1
	.byte	0x9c
	.byte	0x5
	.4byte	0x201
	.4byte	.LLST0
	.byte	0x5
	.4byte	0x20b
	.4byte	.LLST1
	.byte	0x22
	.4byte	0x1f8
	.byte	0x6
	.byte	0x3
	.4byte	data
	.byte	0x9f
	.byte	0xd
	.4byte	0x215
	.4byte	.LLRL2
	.byte	0x1
	.4byte	0x216
	.4byte	.LLST3
	.byte	0x1
	.4byte	0x21f
	.4byte	.LLST4
	.byte	0x1
	.4byte	0x228
	.4byte	.LLST5
	.byte	0x23
	.4byte	0x231
	.4byte	.LLRL6
	.4byte	0x2b8
	.byte	0x1
	.4byte	0x232
	.4byte	.LLST7
	.byte	0
	.byte	0xe
	.4byte	.LVL11
	.4byte	0x250
	.4byte	0x2d7
	.byte	0x3
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0x7
	.4byte	0x1f8
	.byte	0x5
	.byte	0x3
	.4byte	data
	.byte	0
	.byte	0xf
	.4byte	.LVL23
	.4byte	0x250
	.byte	0x3
	.byte	0x1
	.byte	0x5a
	.byte	0x2
	.byte	0x79
	.byte	0
	.byte	0x7
	.4byte	0x1f8
	.byte	0x5
	.byte	0x3
	.4byte	data
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.byte	0x1
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
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
	.byte	0
	.byte	0
	.byte	0x3
	.byte	0x49
	.byte	0
	.byte	0x2
	.byte	0x18
	.byte	0x7e
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x4
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
	.byte	0x5
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x6
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x4
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x7
	.byte	0x49
	.byte	0
	.byte	0x80,0x1
	.byte	0x13
	.byte	0x7e
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x8
	.byte	0xb
	.byte	0x1
	.byte	0
	.byte	0
	.byte	0x9
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
	.byte	0xa
	.byte	0x26
	.byte	0
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
	.byte	0xc
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0xd
	.byte	0xb
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0xe
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
	.byte	0xf
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x10
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
	.byte	0x11
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
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x14
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0x5
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
	.byte	0x3f
	.byte	0x19
	.byte	0x2
	.byte	0x18
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
	.byte	0x3c
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x17
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x18
	.byte	0x18
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
	.byte	0x1b
	.byte	0x1d
	.byte	0
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
	.byte	0x1c
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
	.byte	0x1d
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
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
	.byte	0x20
	.byte	0x2e
	.byte	0
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
	.byte	0x22
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x23
	.byte	0xb
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x55
	.byte	0x17
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
.LLST8:
	.byte	0x7
	.4byte	.LVL28
	.4byte	.LVL29
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL29
	.4byte	.LVL37
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.4byte	.LVL37
	.4byte	.LVL38
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL38
	.4byte	.LFE3
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST10:
	.byte	0x7
	.4byte	.LVL26
	.4byte	.LVL27
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST13:
	.byte	0x7
	.4byte	.LVL28
	.4byte	.LVL29
	.byte	0x2
	.byte	0x31
	.byte	0x9f
	.byte	0
.LLST15:
	.byte	0x7
	.4byte	.LVL31
	.4byte	.LVL35
	.byte	0x6
	.byte	0x3
	.4byte	data
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL38
	.4byte	.LFE3
	.byte	0x6
	.byte	0x3
	.4byte	data
	.byte	0x9f
	.byte	0
.LLST16:
	.byte	0x7
	.4byte	.LVL31
	.4byte	.LVL35
	.byte	0x4
	.byte	0xa
	.2byte	0x1f4
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL38
	.4byte	.LFE3
	.byte	0x4
	.byte	0xa
	.2byte	0x1f4
	.byte	0x9f
	.byte	0
.LLST17:
	.byte	0x7
	.4byte	.LVL31
	.4byte	.LVL35
	.byte	0x1
	.byte	0x60
	.byte	0x7
	.4byte	.LVL38
	.4byte	.LFE3
	.byte	0x1
	.byte	0x60
	.byte	0
.LLST18:
	.byte	0x7
	.4byte	.LVL31
	.4byte	.LVL32
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL32
	.4byte	.LVL35
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.4byte	.LVL38
	.4byte	.LFE3
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST19:
	.byte	0x7
	.4byte	.LVL31
	.4byte	.LVL32
	.byte	0x4
	.byte	0xa
	.2byte	0x1f3
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL32
	.4byte	.LVL35
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL38
	.4byte	.LFE3
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST21:
	.byte	0x7
	.4byte	.LVL33
	.4byte	.LVL35
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.4byte	.LVL38
	.4byte	.LFE3
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST0:
	.byte	0x7
	.4byte	.LVL0
	.4byte	.LVL1
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL1
	.4byte	.LVL10
	.byte	0x1
	.byte	0x63
	.byte	0x7
	.4byte	.LVL10
	.4byte	.LVL11-1
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL11
	.4byte	.LVL12
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.4byte	.LVL12
	.4byte	.LVL15
	.byte	0x1
	.byte	0x63
	.byte	0x7
	.4byte	.LVL17
	.4byte	.LVL25
	.byte	0x1
	.byte	0x63
	.byte	0x7
	.4byte	.LVL25
	.4byte	.LFE4
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST1:
	.byte	0x7
	.4byte	.LVL0
	.4byte	.LVL1
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.4byte	.LVL1
	.4byte	.LVL16
	.byte	0x1
	.byte	0x64
	.byte	0x7
	.4byte	.LVL17
	.4byte	.LVL22
	.byte	0x1
	.byte	0x64
	.byte	0x7
	.4byte	.LVL22
	.4byte	.LVL23-1
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.4byte	.LVL23
	.4byte	.LVL24
	.byte	0x1
	.byte	0x64
	.byte	0x7
	.4byte	.LVL24
	.4byte	.LVL25
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.4byte	.LVL25
	.4byte	.LFE4
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST3:
	.byte	0x7
	.4byte	.LVL2
	.4byte	.LVL11-1
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.4byte	.LVL17
	.4byte	.LVL23-1
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST4:
	.byte	0x7
	.4byte	.LVL2
	.4byte	.LVL3
	.byte	0x1
	.byte	0x63
	.byte	0x7
	.4byte	.LVL3
	.4byte	.LVL14
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.4byte	.LVL17
	.4byte	.LVL25
	.byte	0x1
	.byte	0x59
	.byte	0
.LLST5:
	.byte	0x7
	.4byte	.LVL2
	.4byte	.LVL3
	.byte	0x1
	.byte	0x64
	.byte	0x7
	.4byte	.LVL3
	.4byte	.LVL13
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.4byte	.LVL17
	.4byte	.LVL25
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST7:
	.byte	0x7
	.4byte	.LVL6
	.4byte	.LVL9
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.4byte	.LVL18
	.4byte	.LVL21
	.byte	0x1
	.byte	0x5d
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
.LLRL2:
	.byte	0x6
	.4byte	.LBB8
	.4byte	.LBE8
	.byte	0x6
	.4byte	.LBB11
	.4byte	.LBE11
	.byte	0
.LLRL6:
	.byte	0x6
	.4byte	.LBB9
	.4byte	.LBE9
	.byte	0x6
	.4byte	.LBB10
	.4byte	.LBE10
	.byte	0
.LLRL9:
	.byte	0x6
	.4byte	.LBB20
	.4byte	.LBE20
	.byte	0x6
	.4byte	.LBB29
	.4byte	.LBE29
	.byte	0x6
	.4byte	.LBB30
	.4byte	.LBE30
	.byte	0
.LLRL11:
	.byte	0x6
	.4byte	.LBB21
	.4byte	.LBE21
	.byte	0x6
	.4byte	.LBB26
	.4byte	.LBE26
	.byte	0x6
	.4byte	.LBB27
	.4byte	.LBE27
	.byte	0x6
	.4byte	.LBB28
	.4byte	.LBE28
	.byte	0
.LLRL12:
	.byte	0x6
	.4byte	.LBB31
	.4byte	.LBE31
	.byte	0x6
	.4byte	.LBB32
	.4byte	.LBE32
	.byte	0
.LLRL14:
	.byte	0x6
	.4byte	.LBB33
	.4byte	.LBE33
	.byte	0x6
	.4byte	.LBB38
	.4byte	.LBE38
	.byte	0
.LLRL20:
	.byte	0x6
	.4byte	.LBB35
	.4byte	.LBE35
	.byte	0x6
	.4byte	.LBB36
	.4byte	.LBE36
	.byte	0
.LLRL22:
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
.LASF9:
	.string	"main"
.LASF11:
	.string	"quicksort"
.LASF5:
	.string	"sorted"
.LASF10:
	.string	"search"
.LASF7:
	.string	"data"
.LASF4:
	.string	"seed"
.LASF8:
	.string	"printf"
.LASF6:
	.string	"GNU C17 12.2.0 -mabi=ilp32 -misa-spec=20191213 -march=rv32im -g -O2 -ffreestanding -fno-builtin"
.LASF3:
	.string	"char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"test/corpus/c/sort.c"
.LASF1:
	.string	"."
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
