	.file	"globals.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "test/corpus/c/globals.c"
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"%d %d %d %c %d %d %d %d %llx\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
.LFB1:
	.file 1 "test/corpus/c/globals.c"
	.loc 1 18 16
	.cfi_startproc
	.loc 1 19 3
.LBB8:
	.loc 1 19 8
.LVL0:
	.loc 1 19 21
.LBE8:
	.loc 1 18 16 is_stmt 0
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	lui	a4,%hi(big_zero)
	addi	a0,a4,%lo(big_zero)
	sw	ra,28(sp)
	sw	s0,24(sp)
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	addi	a4,a4,%lo(big_zero)
.LBB9:
	.loc 1 19 12
	li	a5,0
	.loc 1 19 21
	li	a3,1000
.LVL1:
.L2:
	.loc 1 19 34 is_stmt 1 discriminator 3
	.loc 1 19 46 is_stmt 0 discriminator 3
	sw	a5,0(a4)
	.loc 1 19 30 is_stmt 1 discriminator 3
	addi	a5,a5,1
.LVL2:
	.loc 1 19 21 discriminator 3
	addi	a4,a4,4
	bne	a5,a3,.L2
	lui	s0,%hi(.LANCHOR0)
	addi	s0,s0,%lo(.LANCHOR0)
	lw	a3,4(s0)
	lw	a4,8(s0)
	addi	a5,s0,12
.LVL3:
	addi	a1,s0,256
.L3:
.LBE9:
.LBB10:
	.loc 1 20 32 discriminator 3
	mv	a2,a4
	.loc 1 20 56 is_stmt 0 discriminator 3
	add	a4,a4,a3
	.loc 1 20 41 discriminator 3
	sw	a4,0(a5)
	.loc 1 20 28 is_stmt 1 discriminator 3
	.loc 1 20 21 discriminator 3
	addi	a5,a5,4
	mv	a3,a2
	bne	a5,a1,.L3
.LBE10:
	.loc 1 21 3
	.loc 1 21 8 is_stmt 0
	lui	a5,%hi(counter)
	lw	a1,%lo(counter)(a5)
	lui	t3,%hi(zero)
.LBB11:
.LBB12:
	.loc 1 15 12
	lui	t1,%hi(id.0)
.LBE12:
.LBE11:
	.loc 1 24 3
	lui	a5,%hi(wide)
.LBB16:
.LBB13:
	.loc 1 15 12
	lw	a7,%lo(id.0)(t1)
.LBE13:
.LBE16:
	.loc 1 21 8
	lw	a2,%lo(zero)(t3)
	.loc 1 24 3
	lw	t5,%lo(wide)(a5)
	lw	t6,%lo(wide+4)(a5)
	li	a5,4096
	add	a5,a0,a5
	lui	a4,%hi(small_init)
	lw	a6,-100(a5)
	lh	a3,%lo(small_init)(a4)
	lw	a5,80(s0)
.LBB17:
.LBB14:
	.loc 1 15 12
	addi	a4,a7,1
.LBE14:
.LBE17:
	.loc 1 21 8
	add	a2,a1,a2
	.loc 1 24 3
	lui	a0,%hi(.LC0)
	sw	t5,8(sp)
	sw	a4,0(sp)
.LBB18:
.LBB19:
	.loc 1 15 12
	addi	t4,a7,2
.LBE19:
.LBE18:
	.loc 1 24 3
	sw	t6,12(sp)
	.loc 1 21 8
	sw	a2,%lo(zero)(t3)
	.loc 1 22 3 is_stmt 1
	.loc 1 22 8 is_stmt 0
	li	t5,120
	lui	t3,%hi(flag)
	.loc 1 24 3
	li	a4,120
	addi	a0,a0,%lo(.LC0)
	.loc 1 22 8
	sb	t5,%lo(flag)(t3)
	.loc 1 23 3 is_stmt 1
.LBB21:
.LBB15:
	.loc 1 14 3
	.loc 1 15 3
.LVL4:
.LBE15:
.LBE21:
.LBB22:
.LBB20:
	.loc 1 14 3
	.loc 1 15 3
	.loc 1 15 12 is_stmt 0
	sw	t4,%lo(id.0)(t1)
.LVL5:
.LBE20:
.LBE22:
	.loc 1 24 3 is_stmt 1
	call	printf
.LVL6:
	.loc 1 25 3
	.loc 1 25 17 is_stmt 0
	lw	a0,20(s0)
	.loc 1 26 1
	lw	ra,28(sp)
	.cfi_restore 1
	lw	s0,24(sp)
	.cfi_restore 8
	addi	a0,a0,7
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE1:
	.size	main, .-main
	.globl	wide
	.globl	big_zero
	.globl	table
	.globl	flag
	.globl	small_init
	.globl	zero
	.globl	counter
	.data
	.align	2
	.set	.LANCHOR0,. + 0
	.type	table, @object
	.size	table, 256
table:
	.word	1
	.word	2
	.word	3
	.zero	244
	.bss
	.align	2
	.type	big_zero, @object
	.size	big_zero, 4000
big_zero:
	.zero	4000
	.section	.sbss,"aw",@nobits
	.align	2
	.type	flag, @object
	.size	flag, 1
flag:
	.zero	1
	.zero	3
	.type	zero, @object
	.size	zero, 4
zero:
	.zero	4
	.section	.sdata,"aw"
	.align	3
	.type	id.0, @object
	.size	id.0, 4
id.0:
	.word	100
	.zero	4
	.type	wide, @object
	.size	wide, 8
wide:
	.word	-1985229329
	.word	19088743
	.type	small_init, @object
	.size	small_init, 2
small_init:
	.half	-2
	.zero	2
	.type	counter, @object
	.size	counter, 4
counter:
	.word	5
	.text
.Letext0:
	.file 2 "runtime/vmlab.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x1d8
	.2byte	0x5
	.byte	0x1
	.byte	0x4
	.4byte	.Ldebug_abbrev0
	.byte	0x8
	.4byte	.LASF14
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL6
	.4byte	0
	.4byte	.Ldebug_line0
	.byte	0x2
	.byte	0x4
	.byte	0x7
	.4byte	.LASF2
	.byte	0x9
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x1
	.4byte	.LASF3
	.byte	0x4
	.byte	0x5
	.4byte	0x2d
	.byte	0x5
	.byte	0x3
	.4byte	counter
	.byte	0x1
	.4byte	.LASF4
	.byte	0x5
	.byte	0x5
	.4byte	0x2d
	.byte	0x5
	.byte	0x3
	.4byte	zero
	.byte	0x1
	.4byte	.LASF5
	.byte	0x6
	.byte	0x7
	.4byte	0x67
	.byte	0x5
	.byte	0x3
	.4byte	small_init
	.byte	0x2
	.byte	0x2
	.byte	0x5
	.4byte	.LASF6
	.byte	0x1
	.4byte	.LASF7
	.byte	0x7
	.byte	0x6
	.4byte	0x7f
	.byte	0x5
	.byte	0x3
	.4byte	flag
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF8
	.byte	0xa
	.4byte	0x7f
	.byte	0x4
	.4byte	0x2d
	.4byte	0x9b
	.byte	0xb
	.4byte	0x26
	.byte	0x3f
	.byte	0
	.byte	0x1
	.4byte	.LASF9
	.byte	0x8
	.byte	0x5
	.4byte	0x8b
	.byte	0x5
	.byte	0x3
	.4byte	table
	.byte	0x4
	.4byte	0x2d
	.4byte	0xbd
	.byte	0xc
	.4byte	0x26
	.2byte	0x3e7
	.byte	0
	.byte	0x1
	.4byte	.LASF10
	.byte	0x9
	.byte	0x5
	.4byte	0xac
	.byte	0x5
	.byte	0x3
	.4byte	big_zero
	.byte	0x1
	.4byte	.LASF11
	.byte	0xa
	.byte	0xb
	.4byte	0xdf
	.byte	0x5
	.byte	0x3
	.4byte	wide
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF12
	.byte	0xd
	.4byte	.LASF13
	.byte	0x1
	.byte	0xb
	.byte	0xc
	.4byte	0x2d
	.byte	0xe
	.4byte	.LASF15
	.byte	0x2
	.byte	0x16
	.byte	0x5
	.4byte	0x2d
	.4byte	0x109
	.byte	0xf
	.4byte	0x109
	.byte	0x10
	.byte	0
	.byte	0x11
	.byte	0x4
	.4byte	0x86
	.byte	0x12
	.4byte	.LASF16
	.byte	0x1
	.byte	0x12
	.byte	0x5
	.4byte	0x2d
	.4byte	.LFB1
	.4byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x1bc
	.byte	0x3
	.string	"a"
	.byte	0x17
	.byte	0x7
	.4byte	0x2d
	.4byte	.LLST0
	.byte	0x3
	.string	"b"
	.byte	0x17
	.byte	0x16
	.4byte	0x2d
	.4byte	.LLST1
	.byte	0x13
	.4byte	.LLRL2
	.4byte	0x15a
	.byte	0x3
	.string	"i"
	.byte	0x13
	.byte	0xc
	.4byte	0x2d
	.4byte	.LLST3
	.byte	0
	.byte	0x14
	.4byte	.LBB10
	.4byte	.LBE10-.LBB10
	.4byte	0x172
	.byte	0x15
	.string	"i"
	.byte	0x1
	.byte	0x14
	.byte	0xc
	.4byte	0x2d
	.byte	0
	.byte	0x5
	.4byte	0x1bc
	.4byte	.LBB11
	.4byte	.LLRL4
	.byte	0xb
	.4byte	0x18a
	.byte	0x6
	.4byte	.LLRL4
	.byte	0
	.byte	0x5
	.4byte	0x1bc
	.4byte	.LBB18
	.4byte	.LLRL5
	.byte	0x1a
	.4byte	0x1a2
	.byte	0x6
	.4byte	.LLRL5
	.byte	0
	.byte	0x16
	.4byte	.LVL6
	.4byte	0xf2
	.byte	0x7
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x3
	.4byte	.LC0
	.byte	0x7
	.byte	0x1
	.byte	0x5e
	.byte	0x2
	.byte	0x8
	.byte	0x78
	.byte	0
	.byte	0
	.byte	0x17
	.4byte	.LASF17
	.byte	0x1
	.byte	0xd
	.byte	0xc
	.4byte	0x2d
	.byte	0x1
	.byte	0x18
	.string	"id"
	.byte	0x1
	.byte	0xe
	.byte	0xe
	.4byte	0x2d
	.byte	0x5
	.byte	0x3
	.4byte	id.0
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.byte	0x1
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
	.byte	0x3f
	.byte	0x19
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x2
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
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
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
	.byte	0x21
	.byte	0x17
	.byte	0x57
	.byte	0xb
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x6
	.byte	0xb
	.byte	0
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x7
	.byte	0x49
	.byte	0
	.byte	0x2
	.byte	0x18
	.byte	0x7e
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x8
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
	.byte	0x9
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
	.byte	0xa
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0xc
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0x5
	.byte	0
	.byte	0
	.byte	0xd
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
	.byte	0xe
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
	.byte	0xf
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x10
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0x11
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x49
	.byte	0x13
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
	.byte	0x7a
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x13
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
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
	.byte	0x15
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
	.byte	0x16
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x17
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
	.byte	0x18
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
	.byte	0x18
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
	.4byte	.LVL4
	.4byte	.LVL6-1
	.byte	0x1
	.byte	0x61
	.byte	0
.LLST1:
	.byte	0x7
	.4byte	.LVL5
	.4byte	.LVL6-1
	.byte	0x3
	.byte	0x81
	.byte	0x1
	.byte	0x9f
	.byte	0
.LLST3:
	.byte	0x7
	.4byte	.LVL0
	.4byte	.LVL1
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL1
	.4byte	.LVL3
	.byte	0x1
	.byte	0x5f
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
.LLRL2:
	.byte	0x6
	.4byte	.LBB8
	.4byte	.LBE8
	.byte	0x6
	.4byte	.LBB9
	.4byte	.LBE9
	.byte	0
.LLRL4:
	.byte	0x6
	.4byte	.LBB11
	.4byte	.LBE11
	.byte	0x6
	.4byte	.LBB16
	.4byte	.LBE16
	.byte	0x6
	.4byte	.LBB17
	.4byte	.LBE17
	.byte	0x6
	.4byte	.LBB21
	.4byte	.LBE21
	.byte	0
.LLRL5:
	.byte	0x6
	.4byte	.LBB18
	.4byte	.LBE18
	.byte	0x6
	.4byte	.LBB22
	.4byte	.LBE22
	.byte	0
.LLRL6:
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
.LASF3:
	.string	"counter"
.LASF14:
	.string	"GNU C17 12.2.0 -mabi=ilp32 -misa-spec=20191213 -march=rv32im -g -O2 -ffreestanding -fno-builtin"
.LASF11:
	.string	"wide"
.LASF6:
	.string	"short int"
.LASF5:
	.string	"small_init"
.LASF16:
	.string	"main"
.LASF10:
	.string	"big_zero"
.LASF17:
	.string	"next_id"
.LASF9:
	.string	"table"
.LASF4:
	.string	"zero"
.LASF7:
	.string	"flag"
.LASF8:
	.string	"char"
.LASF13:
	.string	"hidden"
.LASF15:
	.string	"printf"
.LASF12:
	.string	"long long int"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"test/corpus/c/globals.c"
.LASF1:
	.string	"."
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
