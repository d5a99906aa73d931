	.file	"matrix.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "test/corpus/c/matrix.c"
	.align	2
	.type	add, @function
add:
.LFB1:
	.file 1 "test/corpus/c/matrix.c"
	.loc 1 16 30
	.cfi_startproc
.LVL0:
	.loc 1 16 32
	.loc 1 16 46 is_stmt 0
	add	a0,a0,a1
.LVL1:
	ret
	.cfi_endproc
.LFE1:
	.size	add, .-add
	.align	2
	.type	mul, @function
mul:
.LFB2:
	.loc 1 17 30 is_stmt 1
	.cfi_startproc
.LVL2:
	.loc 1 17 32
	.loc 1 17 46 is_stmt 0
	mul	a0,a0,a1
.LVL3:
	ret
	.cfi_endproc
.LFE2:
	.size	mul, .-mul
	.align	2
	.type	max, @function
max:
.LFB3:
	.loc 1 18 30 is_stmt 1
	.cfi_startproc
.LVL4:
	.loc 1 18 32
	.loc 1 18 30 is_stmt 0
	mv	a5,a0
	mv	a0,a1
.LVL5:
	.loc 1 18 49
	bge	a1,a5,.L5
	mv	a0,a5
.L5:
	.loc 1 18 54
	ret
	.cfi_endproc
.LFE3:
	.size	max, .-max
	.align	2
	.type	reduce.constprop.0, @function
reduce.constprop.0:
.LFB6:
	.loc 1 21 12 is_stmt 1
	.cfi_startproc
.LVL6:
	addi	sp,sp,-16
	.cfi_def_cfa_offset 16
	sw	s0,8(sp)
	.cfi_offset 8, -8
	lui	s0,%hi(.LANCHOR0)
	addi	s0,s0,%lo(.LANCHOR0)
	sw	s1,4(sp)
	sw	s2,0(sp)
	sw	ra,12(sp)
	.cfi_offset 9, -12
	.cfi_offset 18, -16
	.cfi_offset 1, -4
	.loc 1 21 12 is_stmt 0
	mv	s1,a0
	mv	a5,a1
.LVL7:
.LBB3:
	.loc 1 23 21 is_stmt 1
	addi	s2,s0,168
.LVL8:
.L7:
	.loc 1 23 31
	.loc 1 23 35 is_stmt 0
	lw	a1,0(s0)
	mv	a0,a5
	.loc 1 23 21
	addi	s0,s0,28
	.loc 1 23 35
	jalr	s1
.LVL9:
	mv	a5,a0
.LVL10:
	.loc 1 23 27 is_stmt 1
	.loc 1 23 21
	bne	s0,s2,.L7
.LBE3:
	.loc 1 24 3
	.loc 1 25 1 is_stmt 0
	lw	ra,12(sp)
	.cfi_restore 1
	lw	s0,8(sp)
	.cfi_restore 8
	lw	s1,4(sp)
	.cfi_restore 9
.LVL11:
	lw	s2,0(sp)
	.cfi_restore 18
	addi	sp,sp,16
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE6:
	.size	reduce.constprop.0, .-reduce.constprop.0
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"%4d %4d %4d\n"
	.align	2
.LC1:
	.string	"%d %d %d\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
.LFB5:
	.loc 1 29 16 is_stmt 1
	.cfi_startproc
	.loc 1 30 3
.LBB17:
	.loc 1 30 8
.LVL12:
	.loc 1 30 21
.LBE17:
	.loc 1 29 16 is_stmt 0
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sw	s1,20(sp)
	.cfi_offset 9, -12
	lui	s1,%hi(.LANCHOR0)
	addi	s1,s1,%lo(.LANCHOR0)
	sw	s0,24(sp)
	addi	t5,s1,288
	.cfi_offset 8, -8
	addi	s0,s1,144
	sw	ra,28(sp)
	sw	s2,16(sp)
	sw	s3,12(sp)
	.cfi_offset 1, -4
	.cfi_offset 18, -16
	.cfi_offset 19, -20
	mv	t1,s0
	.loc 1 29 16
	mv	t4,t5
	mv	t3,s0
.LBB21:
	.loc 1 30 12
	li	a4,0
.LBB18:
	.loc 1 33 28
	li	a7,3
	.loc 1 31 23
	li	a6,6
.LVL13:
.L11:
	.loc 1 31 23 is_stmt 1
.LBE18:
	.loc 1 30 12 is_stmt 0
	mv	a2,t4
	mv	a3,t3
.LBB19:
	.loc 1 31 14
	li	a5,0
.LVL14:
.L14:
	.loc 1 32 7 is_stmt 1
	.loc 1 32 19 is_stmt 0
	add	a1,a5,a4
	.loc 1 32 15
	sw	a1,0(a3)
	.loc 1 33 7 is_stmt 1
	.loc 1 33 33 is_stmt 0
	sub	a0,a4,a5
	.loc 1 33 28
	li	a1,2
	beq	a4,a5,.L13
	rem	a1,a0,a7
.L13:
	.loc 1 31 29
	addi	a5,a5,1
.LVL15:
	.loc 1 33 15
	sw	a1,0(a2)
	.loc 1 31 29 is_stmt 1
.LVL16:
	.loc 1 31 23
	addi	a2,a2,4
	addi	a3,a3,4
	bne	a5,a6,.L14
.LBE19:
	.loc 1 30 27
	addi	a4,a4,1
.LVL17:
	.loc 1 30 21
	addi	t3,t3,24
	addi	t4,t4,24
	bne	a4,a5,.L11
	lui	t3,%hi(.LANCHOR0+312)
	addi	a0,s0,24
	mv	s2,s1
	mv	t4,s1
	addi	t3,t3,%lo(.LANCHOR0+312)
.LVL18:
.L12:
.LBE21:
.LBB22:
.LBB23:
.LBB24:
	.loc 1 9 23
.LBB25:
	.loc 1 10 11 is_stmt 0
	mv	a6,t5
	mv	a7,t4
.LVL19:
.L19:
.LBB26:
	.loc 1 11 25 is_stmt 1
.LBE26:
.LBE25:
.LBE24:
.LBE23:
.LBE22:
.LBB31:
.LBB20:
	.loc 1 33 28 is_stmt 0
	mv	a3,a6
	mv	a5,t1
.LBE20:
.LBE31:
.LBB32:
.LBB30:
.LBB29:
.LBB28:
	.loc 1 10 11
	li	a2,0
.LVL20:
.L16:
.LBB27:
	.loc 1 11 35 is_stmt 1
	.loc 1 11 48 is_stmt 0
	lw	a4,0(a5)
	lw	a1,0(a3)
	.loc 1 11 25
	addi	a5,a5,4
	addi	a3,a3,24
	.loc 1 11 48
	mul	a4,a4,a1
	.loc 1 11 37
	add	a2,a2,a4
.LVL21:
	.loc 1 11 31 is_stmt 1
	.loc 1 11 25
	bne	a5,a0,.L16
.LBE27:
	.loc 1 12 7
	.loc 1 12 17 is_stmt 0
	sw	a2,0(a7)
.LBE28:
	.loc 1 9 29 is_stmt 1
	.loc 1 9 23
	addi	a6,a6,4
	addi	a7,a7,4
	bne	t3,a6,.L19
.LBE29:
	.loc 1 8 27
	.loc 1 8 21
	addi	t1,t1,24
	addi	a0,a5,24
	addi	t4,t4,24
	bne	t1,t5,.L12
	lui	s3,%hi(.LC0)
.LVL22:
.L20:
.LBE30:
.LBE32:
.LBB33:
	.loc 1 36 31 discriminator 3
	lw	a3,20(s2)
	lw	a2,4(s2)
	lw	a1,0(s2)
	addi	a0,s3,%lo(.LC0)
	.loc 1 36 21 is_stmt 0 discriminator 3
	addi	s2,s2,24
	.loc 1 36 31 discriminator 3
	call	printf
.LVL23:
	.loc 1 36 27 is_stmt 1 discriminator 3
	.loc 1 36 21 discriminator 3
	bne	s0,s2,.L20
.LBE33:
	.loc 1 37 3
	lui	a0,%hi(add)
	li	a1,0
	addi	a0,a0,%lo(add)
	call	reduce.constprop.0
.LVL24:
	mv	s0,a0
	.loc 1 37 51 is_stmt 0
	lui	a0,%hi(mul)
	li	a1,1
	addi	a0,a0,%lo(mul)
	call	reduce.constprop.0
.LVL25:
	mv	s2,a0
	.loc 1 37 3
	lui	a0,%hi(max)
	li	a1,0
	addi	a0,a0,%lo(max)
	call	reduce.constprop.0
.LVL26:
	mv	a3,a0
	slli	a2,s2,16
	lui	a0,%hi(.LC1)
	mv	a1,s0
	srli	a2,a2,16
	addi	a0,a0,%lo(.LC1)
	call	printf
.LVL27:
	.loc 1 38 3 is_stmt 1
	.loc 1 38 18 is_stmt 0
	lw	a0,60(s1)
	.loc 1 39 1
	lw	ra,28(sp)
	.cfi_restore 1
	lw	s0,24(sp)
	.cfi_restore 8
	lw	s1,20(sp)
	.cfi_restore 9
	lw	s2,16(sp)
	.cfi_restore 18
	lw	s3,12(sp)
	.cfi_restore 19
	andi	a0,a0,127
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE5:
	.size	main, .-main
	.globl	c
	.globl	b
	.globl	a
	.bss
	.align	2
	.set	.LANCHOR0,. + 0
	.type	c, @object
	.size	c, 144
c:
	.zero	144
	.type	a, @object
	.size	a, 144
a:
	.zero	144
	.type	b, @object
	.size	b, 144
b:
	.zero	144
	.text
.Letext0:
	.file 2 "runtime/vmlab.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x3e2
	.2byte	0x5
	.byte	0x1
	.byte	0x4
	.4byte	.Ldebug_abbrev0
	.byte	0x17
	.4byte	.LASF6
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL18
	.4byte	0
	.4byte	.Ldebug_line0
	.byte	0x13
	.byte	0x4
	.byte	0x7
	.4byte	.LASF2
	.byte	0x18
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x19
	.4byte	.LASF7
	.byte	0x1
	.byte	0x5
	.byte	0xd
	.4byte	0x40
	.byte	0x8
	.4byte	0x2d
	.4byte	0x56
	.byte	0x6
	.4byte	0x26
	.byte	0x5
	.byte	0x6
	.4byte	0x26
	.byte	0x5
	.byte	0
	.byte	0x8
	.4byte	0x70
	.4byte	0x66
	.byte	0x6
	.4byte	0x26
	.byte	0x2
	.byte	0
	.byte	0x9
	.4byte	0x56
	.byte	0xa
	.4byte	0x75
	.byte	0x9
	.4byte	0x6b
	.byte	0x1a
	.4byte	0x2d
	.4byte	0x89
	.byte	0xb
	.4byte	0x2d
	.byte	0xb
	.4byte	0x2d
	.byte	0
	.byte	0x1b
	.4byte	.LASF4
	.byte	0x1
	.byte	0x13
	.byte	0x14
	.4byte	0x66
	.byte	0xc
	.string	"a"
	.byte	0x8
	.4byte	0x34
	.byte	0x5
	.byte	0x3
	.4byte	a
	.byte	0xc
	.string	"b"
	.byte	0xb
	.4byte	0x34
	.byte	0x5
	.byte	0x3
	.4byte	b
	.byte	0xc
	.string	"c"
	.byte	0xe
	.4byte	0x34
	.byte	0x5
	.byte	0x3
	.4byte	c
	.byte	0x1c
	.4byte	.LASF8
	.byte	0x2
	.byte	0x16
	.byte	0x5
	.4byte	0x2d
	.4byte	0xd6
	.byte	0xb
	.4byte	0xd6
	.byte	0x1d
	.byte	0
	.byte	0xa
	.4byte	0xe2
	.byte	0x13
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.byte	0x9
	.4byte	0xdb
	.byte	0x1e
	.4byte	.LASF9
	.byte	0x1
	.byte	0x1d
	.byte	0x5
	.4byte	0x2d
	.4byte	.LFB5
	.4byte	.LFE5-.LFB5
	.byte	0x1
	.byte	0x9c
	.4byte	0x25a
	.byte	0x1f
	.4byte	.LLRL7
	.4byte	0x12b
	.byte	0x14
	.string	"i"
	.byte	0x1e
	.byte	0xc
	.4byte	0x2d
	.4byte	.LLST8
	.byte	0x20
	.4byte	.LLRL9
	.byte	0x14
	.string	"j"
	.byte	0x1f
	.byte	0xe
	.4byte	0x2d
	.4byte	.LLST10
	.byte	0
	.byte	0
	.byte	0x21
	.4byte	.LBB33
	.4byte	.LBE33-.LBB33
	.4byte	0x155
	.byte	0x2
	.string	"i"
	.byte	0x24
	.byte	0xc
	.4byte	0x2d
	.byte	0x15
	.4byte	.LVL23
	.4byte	0xbf
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x3
	.4byte	.LC0
	.byte	0
	.byte	0
	.byte	0x22
	.4byte	0x340
	.4byte	.LBB22
	.4byte	.LLRL11
	.byte	0x1
	.byte	0x23
	.byte	0x3
	.4byte	0x1c1
	.byte	0xd
	.4byte	0x34d
	.byte	0xd
	.4byte	0x356
	.byte	0xd
	.4byte	0x35f
	.byte	0x7
	.4byte	0x36a
	.4byte	.LLRL11
	.byte	0x23
	.4byte	0x36b
	.byte	0x7
	.4byte	0x374
	.4byte	.LLRL12
	.byte	0x3
	.4byte	0x375
	.4byte	.LLST13
	.byte	0x7
	.4byte	0x37e
	.4byte	.LLRL14
	.byte	0x3
	.4byte	0x37f
	.4byte	.LLST15
	.byte	0x7
	.4byte	0x388
	.4byte	.LLRL16
	.byte	0x3
	.4byte	0x389
	.4byte	.LLST17
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0xe
	.4byte	.LVL24
	.4byte	0x397
	.4byte	0x1e8
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x3
	.4byte	add
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.byte	0x30
	.byte	0xf
	.4byte	0x26b
	.byte	0x5
	.byte	0x3
	.4byte	c
	.byte	0
	.byte	0xe
	.4byte	.LVL25
	.4byte	0x397
	.4byte	0x20f
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x3
	.4byte	mul
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.byte	0x31
	.byte	0xf
	.4byte	0x26b
	.byte	0x5
	.byte	0x3
	.4byte	c
	.byte	0
	.byte	0xe
	.4byte	.LVL26
	.4byte	0x397
	.4byte	0x236
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x3
	.4byte	max
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.byte	0x30
	.byte	0xf
	.4byte	0x26b
	.byte	0x5
	.byte	0x3
	.4byte	c
	.byte	0
	.byte	0x15
	.4byte	.LVL27
	.4byte	0xbf
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x3
	.4byte	.LC1
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x5c
	.byte	0x6
	.byte	0x82
	.byte	0
	.byte	0x40
	.byte	0x24
	.byte	0x40
	.byte	0x25
	.byte	0
	.byte	0
	.byte	0x24
	.4byte	.LASF10
	.byte	0x1
	.byte	0x15
	.byte	0xc
	.4byte	0x2d
	.byte	0x1
	.4byte	0x29e
	.byte	0x4
	.string	"m"
	.byte	0x15
	.byte	0x1a
	.4byte	0x2ae
	.byte	0x4
	.string	"f"
	.byte	0x15
	.byte	0x23
	.4byte	0x6b
	.byte	0x25
	.4byte	.LASF5
	.byte	0x1
	.byte	0x15
	.byte	0x35
	.4byte	0x2d
	.byte	0x2
	.string	"r"
	.byte	0x16
	.byte	0x7
	.4byte	0x2d
	.byte	0x5
	.byte	0x2
	.string	"i"
	.byte	0x17
	.byte	0xc
	.4byte	0x2d
	.byte	0
	.byte	0
	.byte	0x8
	.4byte	0x2d
	.4byte	0x2ae
	.byte	0x6
	.4byte	0x26
	.byte	0x5
	.byte	0
	.byte	0xa
	.4byte	0x29e
	.byte	0x10
	.string	"max"
	.byte	0x12
	.4byte	0x2d
	.4byte	.LFB3
	.4byte	.LFE3-.LFB3
	.byte	0x1
	.byte	0x9c
	.4byte	0x2e2
	.byte	0x11
	.string	"x"
	.byte	0x12
	.4byte	0x2d
	.4byte	.LLST2
	.byte	0x12
	.string	"y"
	.byte	0x12
	.4byte	0x2d
	.byte	0x1
	.byte	0x5b
	.byte	0
	.byte	0x10
	.string	"mul"
	.byte	0x11
	.4byte	0x2d
	.4byte	.LFB2
	.4byte	.LFE2-.LFB2
	.byte	0x1
	.byte	0x9c
	.4byte	0x311
	.byte	0x11
	.string	"x"
	.byte	0x11
	.4byte	0x2d
	.4byte	.LLST1
	.byte	0x12
	.string	"y"
	.byte	0x11
	.4byte	0x2d
	.byte	0x1
	.byte	0x5b
	.byte	0
	.byte	0x10
	.string	"add"
	.byte	0x10
	.4byte	0x2d
	.4byte	.LFB1
	.4byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x340
	.byte	0x11
	.string	"x"
	.byte	0x10
	.4byte	0x2d
	.4byte	.LLST0
	.byte	0x12
	.string	"y"
	.byte	0x10
	.4byte	0x2d
	.byte	0x1
	.byte	0x5b
	.byte	0
	.byte	0x26
	.4byte	.LASF11
	.byte	0x1
	.byte	0x7
	.byte	0xd
	.byte	0x1
	.4byte	0x397
	.byte	0x4
	.string	"a"
	.byte	0x7
	.byte	0x1d
	.4byte	0x2ae
	.byte	0x4
	.string	"b"
	.byte	0x7
	.byte	0x27
	.4byte	0x2ae
	.byte	0x4
	.string	"out"
	.byte	0x7
	.byte	0x31
	.4byte	0x2ae
	.byte	0x5
	.byte	0x2
	.string	"i"
	.byte	0x8
	.byte	0xc
	.4byte	0x2d
	.byte	0x5
	.byte	0x2
	.string	"j"
	.byte	0x9
	.byte	0xe
	.4byte	0x2d
	.byte	0x5
	.byte	0x2
	.string	"s"
	.byte	0xa
	.byte	0xb
	.4byte	0x2d
	.byte	0x5
	.byte	0x2
	.string	"k"
	.byte	0xb
	.byte	0x10
	.4byte	0x2d
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x27
	.4byte	0x25a
	.4byte	.LFB6
	.4byte	.LFE6-.LFB6
	.byte	0x1
	.byte	0x9c
	.byte	0x16
	.4byte	0x274
	.4byte	.LLST3
	.byte	0x16
	.4byte	0x27d
	.4byte	.LLST4
	.byte	0x3
	.4byte	0x289
	.4byte	.LLST5
	.byte	0x28
	.4byte	0x26b
	.byte	0x6
	.byte	0x3
	.4byte	c
	.byte	0x9f
	.byte	0x29
	.4byte	0x292
	.4byte	.LBB3
	.4byte	.LBE3-.LBB3
	.byte	0x3
	.4byte	0x293
	.4byte	.LLST6
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
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
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
	.byte	0xb
	.byte	0x1
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
	.byte	0xb
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x8
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x9
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xa
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x4
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xb
	.byte	0x5
	.byte	0
	.byte	0x49
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
	.byte	0x21
	.byte	0x1b
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
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
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
	.byte	0x49
	.byte	0
	.byte	0x80,0x1
	.byte	0x13
	.byte	0x7e
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x10
	.byte	0x2e
	.byte	0x1
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
	.byte	0x21
	.byte	0x14
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x12
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
	.byte	0x21
	.byte	0x1b
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x13
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
	.byte	0x14
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
	.byte	0x15
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x16
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x17
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
	.byte	0x18
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
	.byte	0x19
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
	.byte	0x1a
	.byte	0x15
	.byte	0x1
	.byte	0x27
	.byte	0x19
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1b
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
	.byte	0
	.byte	0
	.byte	0x1c
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
	.byte	0x1d
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0x1e
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
	.byte	0x1f
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x20
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x21
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
	.byte	0x22
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
	.byte	0x23
	.byte	0x34
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x24
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
	.byte	0x25
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
	.byte	0x26
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
	.byte	0x27
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
	.byte	0x7c
	.byte	0x19
	.byte	0
	.byte	0
	.byte	0x28
	.byte	0x5
	.byte	0
	.byte	0x31
	.byte	0x13
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x29
	.byte	0xb
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x6
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
	.4byte	.LVL12
	.4byte	.LVL13
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL13
	.4byte	.LVL18
	.byte	0x1
	.byte	0x5e
	.byte	0
.LLST10:
	.byte	0x7
	.4byte	.LVL13
	.4byte	.LVL14
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL14
	.4byte	.LVL15
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.4byte	.LVL15
	.4byte	.LVL16
	.byte	0x3
	.byte	0x7f
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL16
	.4byte	.LVL18
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST13:
	.byte	0x7
	.4byte	.LVL18
	.4byte	.LVL19
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST15:
	.byte	0x7
	.4byte	.LVL19
	.4byte	.LVL20
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL20
	.4byte	.LVL22
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST17:
	.byte	0x7
	.4byte	.LVL19
	.4byte	.LVL20
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST2:
	.byte	0x7
	.4byte	.LVL4
	.4byte	.LVL5
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL5
	.4byte	.LFE3
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST1:
	.byte	0x7
	.4byte	.LVL2
	.4byte	.LVL3
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL3
	.4byte	.LFE2
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
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
.LLST3:
	.byte	0x7
	.4byte	.LVL6
	.4byte	.LVL8
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL8
	.4byte	.LVL11
	.byte	0x1
	.byte	0x59
	.byte	0x7
	.4byte	.LVL11
	.4byte	.LFE6
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5a
	.byte	0x9f
	.byte	0
.LLST4:
	.byte	0x7
	.4byte	.LVL6
	.4byte	.LVL8
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.4byte	.LVL8
	.4byte	.LFE6
	.byte	0x4
	.byte	0xa3
	.byte	0x1
	.byte	0x5b
	.byte	0x9f
	.byte	0
.LLST5:
	.byte	0x7
	.4byte	.LVL7
	.4byte	.LVL8
	.byte	0x1
	.byte	0x5b
	.byte	0x7
	.4byte	.LVL8
	.4byte	.LVL9-1
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.4byte	.LVL10
	.4byte	.LFE6
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST6:
	.byte	0x7
	.4byte	.LVL6
	.4byte	.LVL8
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
	.4byte	.LFB5
	.4byte	.LFE5-.LFB5
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
.LLRL7:
	.byte	0x6
	.4byte	.LBB17
	.4byte	.LBE17
	.byte	0x6
	.4byte	.LBB21
	.4byte	.LBE21
	.byte	0x6
	.4byte	.LBB31
	.4byte	.LBE31
	.byte	0
.LLRL9:
	.byte	0x6
	.4byte	.LBB18
	.4byte	.LBE18
	.byte	0x6
	.4byte	.LBB19
	.4byte	.LBE19
	.byte	0x6
	.4byte	.LBB20
	.4byte	.LBE20
	.byte	0
.LLRL11:
	.byte	0x6
	.4byte	.LBB22
	.4byte	.LBE22
	.byte	0x6
	.4byte	.LBB32
	.4byte	.LBE32
	.byte	0
.LLRL12:
	.byte	0x6
	.4byte	.LBB24
	.4byte	.LBE24
	.byte	0x6
	.4byte	.LBB29
	.4byte	.LBE29
	.byte	0
.LLRL14:
	.byte	0x6
	.4byte	.LBB25
	.4byte	.LBE25
	.byte	0x6
	.4byte	.LBB28
	.4byte	.LBE28
	.byte	0
.LLRL16:
	.byte	0x6
	.4byte	.LBB26
	.4byte	.LBE26
	.byte	0x6
	.4byte	.LBB27
	.4byte	.LBE27
	.byte	0
.LLRL18:
	.byte	0x6
	.4byte	.Ltext0
	.4byte	.Letext0
	.byte	0x6
	.4byte	.LFB5
	.4byte	.LFE5
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF2:
	.string	"unsigned int"
.LASF9:
	.string	"main"
.LASF5:
	.string	"start"
.LASF10:
	.string	"reduce"
.LASF11:
	.string	"multiply"
.LASF3:
	.string	"char"
.LASF7:
	.string	"matrix"
.LASF8:
	.string	"printf"
.LASF6:
	.string	"GNU C17 12.2.0 -mabi=ilp32 -misa-spec=20191213 -march=rv32im -g -O2 -ffreestanding -fno-builtin"
.LASF4:
	.string	"reducers"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"test/corpus/c/matrix.c"
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
