	.file	"globals.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "test/corpus/c/globals.c"
	.globl	counter
	.section	.sdata,"aw"
	.align	2
	.type	counter, @object
	.size	counter, 4
counter:
	.word	5
	.globl	zero
	.section	.sbss,"aw",@nobits
	.align	2
	.type	zero, @object
	.size	zero, 4
zero:
	.zero	4
	.globl	small_init
	.section	.sdata
	.align	1
	.type	small_init, @object
	.size	small_init, 2
small_init:
	.half	-2
	.globl	flag
	.section	.sbss
	.type	flag, @object
	.size	flag, 1
flag:
	.zero	1
	.globl	table
	.data
	.align	2
	.type	table, @object
	.size	table, 256
table:
	.word	1
	.word	2
	.word	3
	.zero	244
	.globl	big_zero
	.bss
	.align	2
	.type	big_zero, @object
	.size	big_zero, 4000
big_zero:
	.zero	4000
	.globl	wide
	.section	.sdata
	.align	3
	.type	wide, @object
	.size	wide, 8
wide:
	.word	-1985229329
	.word	19088743
	.align	2
	.type	hidden, @object
	.size	hidden, 4
hidden:
	.word	7
	.text
	.align	2
	.type	next_id, @function
next_id:
.LFB0:
	.file 1 "test/corpus/c/globals.c"
	.loc 1 13 26
	.cfi_startproc
	addi	sp,sp,-16
	.cfi_def_cfa_offset 16
	sw	s0,12(sp)
	.cfi_offset 8, -4
	addi	s0,sp,16
	.cfi_def_cfa 8, 0
	.loc 1 15 12
	lui	a5,%hi(id.0)
	lw	a5,%lo(id.0)(a5)
	addi	a3,a5,1
	lui	a4,%hi(id.0)
	sw	a3,%lo(id.0)(a4)
	.loc 1 16 1
	mv	a0,a5
	lw	s0,12(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 16
	addi	sp,sp,16
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE0:
	.size	next_id, .-next_id
	.section	.rodata
	.align	2
.LC0:
	.string	"%d %d %d %c %d %d %d %d %llx\n"
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
.LFB1:
	.loc 1 18 16
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
	.loc 1 19 12
	sw	zero,-20(s0)
	.loc 1 19 3
	j	.L4
.L5:
	.loc 1 19 46 discriminator 3
	lui	a5,%hi(big_zero)
	addi	a4,a5,%lo(big_zero)
	lw	a5,-20(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a4,-20(s0)
	sw	a4,0(a5)
	.loc 1 19 30 discriminator 3
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L4:
	.loc 1 19 21 discriminator 1
	lw	a4,-20(s0)
	li	a5,999
	ble	a4,a5,.L5
.LBE2:
.LBB3:
	.loc 1 20 12
	li	a5,3
	sw	a5,-24(s0)
	.loc 1 20 3
	j	.L6
.L7:
	.loc 1 20 51 discriminator 3
	lw	a5,-24(s0)
	addi	a5,a5,-1
	.loc 1 20 48 discriminator 3
	lui	a4,%hi(table)
	addi	a4,a4,%lo(table)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a4,0(a5)
	.loc 1 20 66 discriminator 3
	lw	a5,-24(s0)
	addi	a5,a5,-2
	.loc 1 20 63 discriminator 3
	lui	a3,%hi(table)
	addi	a3,a3,%lo(table)
	slli	a5,a5,2
	add	a5,a3,a5
	lw	a5,0(a5)
	.loc 1 20 56 discriminator 3
	add	a4,a4,a5
	.loc 1 20 41 discriminator 3
	lui	a5,%hi(table)
	addi	a3,a5,%lo(table)
	lw	a5,-24(s0)
	slli	a5,a5,2
	add	a5,a3,a5
	sw	a4,0(a5)
	.loc 1 20 28 discriminator 3
	lw	a5,-24(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
.L6:
	.loc 1 20 21 discriminator 1
	lw	a4,-24(s0)
	li	a5,63
	ble	a4,a5,.L7
.LBE3:
	.loc 1 21 8
	lui	a5,%hi(zero)
	lw	a4,%lo(zero)(a5)
	lui	a5,%hi(counter)
	lw	a5,%lo(counter)(a5)
	add	a4,a4,a5
	lui	a5,%hi(zero)
	sw	a4,%lo(zero)(a5)
	.loc 1 22 8
	lui	a5,%hi(flag)
	li	a4,120
	sb	a4,%lo(flag)(a5)
	.loc 1 23 11
	call	next_id
	sw	a0,-28(s0)
	.loc 1 23 26
	call	next_id
	sw	a0,-32(s0)
	.loc 1 24 3
	lui	a5,%hi(counter)
	lw	a1,%lo(counter)(a5)
	lui	a5,%hi(zero)
	lw	a2,%lo(zero)(a5)
	lui	a5,%hi(small_init)
	lh	a5,%lo(small_init)(a5)
	mv	t1,a5
	lui	a5,%hi(flag)
	lbu	a5,%lo(flag)(a5)
	mv	t3,a5
	lui	a5,%hi(table)
	addi	a5,a5,%lo(table)
	lw	a3,80(a5)
	lui	a5,%hi(big_zero)
	addi	a4,a5,%lo(big_zero)
	li	a5,4096
	add	a5,a4,a5
	lw	a0,-100(a5)
	lui	a5,%hi(wide)
	lw	a4,%lo(wide)(a5)
	lw	a5,%lo(wide+4)(a5)
	sw	a4,8(sp)
	sw	a5,12(sp)
	lw	a5,-32(s0)
	sw	a5,0(sp)
	lw	a7,-28(s0)
	mv	a6,a0
	mv	a5,a3
	mv	a4,t3
	mv	a3,t1
	lui	a0,%hi(.LC0)
	addi	a0,a0,%lo(.LC0)
	call	printf
	.loc 1 25 24
	lui	a5,%hi(table)
	addi	a5,a5,%lo(table)
	lw	a4,20(a5)
	.loc 1 25 17
	lui	a5,%hi(hidden)
	lw	a5,%lo(hidden)(a5)
	add	a5,a4,a5
	.loc 1 26 1
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
	.section	.sdata
	.align	2
	.type	id.0, @object
	.size	id.0, 4
id.0:
	.word	100
	.text
.Letext0:
	.file 2 "runtime/vmlab.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x19c
	.2byte	0x5
	.byte	0x1
	.byte	0x4
	.4byte	.Ldebug_abbrev0
	.byte	0x5
	.4byte	.LASF14
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.Ltext0
	.4byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.byte	0x3
	.byte	0x4
	.byte	0x7
	.4byte	.LASF2
	.byte	0x6
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
	.byte	0x3
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
	.byte	0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF8
	.byte	0x7
	.4byte	0x7f
	.byte	0x4
	.4byte	0x2d
	.4byte	0x9b
	.byte	0x8
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
	.byte	0x9
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
	.byte	0x3
	.byte	0x8
	.byte	0x5
	.4byte	.LASF12
	.byte	0xa
	.4byte	.LASF13
	.byte	0x1
	.byte	0xb
	.byte	0xc
	.4byte	0x2d
	.byte	0x5
	.byte	0x3
	.4byte	hidden
	.byte	0xb
	.4byte	.LASF15
	.byte	0x2
	.byte	0x16
	.byte	0x5
	.4byte	0x2d
	.4byte	0x10f
	.byte	0xc
	.4byte	0x10f
	.byte	0xd
	.byte	0
	.byte	0xe
	.byte	0x4
	.4byte	0x86
	.byte	0xf
	.4byte	.LASF16
	.byte	0x1
	.byte	0x12
	.byte	0x5
	.4byte	0x2d
	.4byte	.LFB1
	.4byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x178
	.byte	0x2
	.string	"a"
	.byte	0x17
	.byte	0x7
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0x2
	.string	"b"
	.byte	0x17
	.byte	0x16
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0x10
	.4byte	.LBB2
	.4byte	.LBE2-.LBB2
	.4byte	0x161
	.byte	0x2
	.string	"i"
	.byte	0x13
	.byte	0xc
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0
	.byte	0x11
	.4byte	.LBB3
	.4byte	.LBE3-.LBB3
	.byte	0x2
	.string	"i"
	.byte	0x14
	.byte	0xc
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0
	.byte	0
	.byte	0x12
	.4byte	.LASF17
	.byte	0x1
	.byte	0xd
	.byte	0xc
	.4byte	0x2d
	.4byte	.LFB0
	.4byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.byte	0x2
	.string	"id"
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
	.byte	0x6
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
	.byte	0x7
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x8
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x9
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0x5
	.byte	0
	.byte	0
	.byte	0xa
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
	.byte	0xb
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
	.byte	0xc
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xd
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0xe
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x49
	.byte	0x13
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
	.byte	0x10
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
	.byte	0x11
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x6
	.byte	0
	.byte	0
	.byte	0x12
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
.LASF17:
	.string	"next_id"
.LASF2:
	.string	"unsigned int"
.LASF3:
	.string	"counter"
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
.LASF14:
	.string	"GNU C17 12.2.0 -mabi=ilp32 -misa-spec=20191213 -march=rv32im -g -O0 -ffreestanding -fno-builtin"
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
