	.file	"sieve.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "test/corpus/c/sieve.c"
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"%d primes below %d, the last %d\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
.LFB0:
	.file 1 "test/corpus/c/sieve.c"
	.loc 1 7 16
	.cfi_startproc
	.loc 1 8 3
.LVL0:
	.loc 1 9 3
.LBB2:
	.loc 1 9 8
	.loc 1 9 21
.LBE2:
	.loc 1 7 16 is_stmt 0
	addi	sp,sp,-16
	.cfi_def_cfa_offset 16
.LBB7:
.LBB3:
	.loc 1 13 27
	li	t4,20480
	lui	a7,%hi(composite+2)
	lui	t3,%hi(composite+4)
.LBE3:
.LBE7:
	.loc 1 7 16
	sw	s0,8(sp)
.LBB8:
.LBB4:
	.loc 1 13 27
	addi	a0,t4,-481
.LBE4:
.LBE8:
	.loc 1 7 16
	sw	ra,12(sp)
	.cfi_offset 8, -8
	.cfi_offset 1, -4
	addi	a7,a7,%lo(composite+2)
	addi	t3,t3,%lo(composite+4)
	.loc 1 7 16
	li	t1,4
.LBB9:
	.loc 1 9 12
	li	a2,2
.LBE9:
	.loc 1 8 18
	li	a3,0
	.loc 1 8 7
	li	s0,0
.LBB10:
.LBB5:
	.loc 1 13 53
	li	a6,1
.LBE5:
	.loc 1 9 21
	addi	t4,t4,-480
	j	.L5
.LVL1:
.L2:
	.loc 1 9 27 is_stmt 1 discriminator 2
	addi	a2,a2,1
.LVL2:
	.loc 1 9 21 discriminator 2
	addi	a7,a7,1
	addi	t1,t1,2
	addi	t3,t3,2
	beq	a2,t4,.L10
.LVL3:
.L5:
	.loc 1 10 5
	.loc 1 10 8 is_stmt 0
	lbu	a5,0(a7)
	bne	a5,zero,.L2
	.loc 1 11 5 is_stmt 1
	.loc 1 11 10 is_stmt 0
	addi	s0,s0,1
.LVL4:
	.loc 1 12 5 is_stmt 1
	.loc 1 13 5
.LBB6:
	.loc 1 13 10
	.loc 1 13 14 is_stmt 0
	mv	a5,t1
.LVL5:
	.loc 1 13 27 is_stmt 1
	bgtu	t1,a0,.L3
	mv	a4,t3
.LVL6:
.L4:
	.loc 1 13 40 discriminator 3
	.loc 1 13 53 is_stmt 0 discriminator 3
	sb	a6,0(a4)
	.loc 1 13 34 is_stmt 1 discriminator 3
	add	a5,a5,a2
.LVL7:
	.loc 1 13 27 discriminator 3
	add	a4,a4,a2
	ble	a5,a0,.L4
.L3:
	.loc 1 13 27 is_stmt 0
	mv	a3,a2
.LVL8:
.LBE6:
	.loc 1 9 27 is_stmt 1
	addi	a2,a2,1
.LVL9:
	.loc 1 9 21
	addi	a7,a7,1
	addi	t1,t1,2
	addi	t3,t3,2
	bne	a2,t4,.L5
.LVL10:
.L10:
.LBE10:
	.loc 1 15 3
	lui	a0,%hi(.LC0)
	mv	a1,s0
	addi	a0,a0,%lo(.LC0)
	call	printf
.LVL11:
	.loc 1 16 3
	.loc 1 17 1 is_stmt 0
	lw	ra,12(sp)
	.cfi_restore 1
	andi	a0,s0,0xff
	lw	s0,8(sp)
	.cfi_restore 8
.LVL12:
	addi	sp,sp,16
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE0:
	.size	main, .-main
	.bss
	.align	2
	.type	composite, @object
	.size	composite, 20000
composite:
	.zero	20000
	.text
.Letext0:
	.file 2 "runtime/vmlab.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0xf3
	.2byte	0x5
	.byte	0x1
	.byte	0x4
	.4byte	.Ldebug_abbrev0
	.byte	0x5
	.4byte	.LASF7
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL6
	.4byte	0
	.4byte	.Ldebug_line0
	.byte	0x1
	.byte	0x4
	.byte	0x7
	.4byte	.LASF2
	.byte	0x6
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x7
	.4byte	0x45
	.4byte	0x45
	.byte	0x8
	.4byte	0x26
	.2byte	0x4e1f
	.byte	0
	.byte	0x1
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.byte	0x9
	.4byte	0x45
	.byte	0xa
	.4byte	.LASF4
	.byte	0x1
	.byte	0x5
	.byte	0xd
	.4byte	0x34
	.byte	0x5
	.byte	0x3
	.4byte	composite
	.byte	0xb
	.4byte	.LASF8
	.byte	0x2
	.byte	0x16
	.byte	0x5
	.4byte	0x2d
	.4byte	0x7a
	.byte	0xc
	.4byte	0x7a
	.byte	0xd
	.byte	0
	.byte	0xe
	.byte	0x4
	.4byte	0x4c
	.byte	0xf
	.4byte	.LASF9
	.byte	0x1
	.byte	0x7
	.byte	0x5
	.4byte	0x2d
	.4byte	.LFB0
	.4byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.byte	0x2
	.4byte	.LASF5
	.byte	0x7
	.4byte	0x2d
	.4byte	.LLST0
	.byte	0x2
	.4byte	.LASF6
	.byte	0x12
	.4byte	0x2d
	.4byte	.LLST1
	.byte	0x10
	.4byte	.LLRL2
	.4byte	0xdc
	.byte	0x3
	.string	"i"
	.byte	0x9
	.byte	0xc
	.4byte	0x2d
	.4byte	.LLST3
	.byte	0x11
	.4byte	.LLRL4
	.byte	0x3
	.string	"j"
	.byte	0xd
	.byte	0xe
	.4byte	0x2d
	.4byte	.LLST5
	.byte	0
	.byte	0
	.byte	0x12
	.4byte	.LVL11
	.4byte	0x63
	.byte	0x4
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x3
	.4byte	.LC0
	.byte	0x4
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.byte	0x1
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
	.byte	0x2
	.byte	0x34
	.byte	0
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0x21
	.byte	0x8
	.byte	0x39
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0x2
	.byte	0x17
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
	.byte	0x49
	.byte	0
	.byte	0x2
	.byte	0x18
	.byte	0x7e
	.byte	0x18
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
	.byte	0x55
	.byte	0x17
	.byte	0x11
	.byte	0x1
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
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x8
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0x5
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
	.byte	0x7a
	.byte	0x19
	.byte	0
	.byte	0
	.byte	0x10
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x11
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x12
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
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
	.4byte	.LVL1
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL1
	.4byte	.LVL12
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST1:
	.byte	0x7
	.4byte	.LVL0
	.4byte	.LVL1
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL1
	.4byte	.LVL4
	.byte	0x1
	.byte	0x5d
	.byte	0x7
	.4byte	.LVL4
	.4byte	.LVL8
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.4byte	.LVL8
	.4byte	.LVL11-1
	.byte	0x1
	.byte	0x5d
	.byte	0
.LLST3:
	.byte	0x7
	.4byte	.LVL0
	.4byte	.LVL1
	.byte	0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL1
	.4byte	.LVL11-1
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST5:
	.byte	0x7
	.4byte	.LVL5
	.4byte	.LVL6
	.byte	0x1
	.byte	0x56
	.byte	0x7
	.4byte	.LVL6
	.4byte	.LVL10
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
	.4byte	.LFB0
	.4byte	.LFE0-.LFB0
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
	.4byte	.LBB2
	.4byte	.LBE2
	.byte	0x6
	.4byte	.LBB7
	.4byte	.LBE7
	.byte	0x6
	.4byte	.LBB8
	.4byte	.LBE8
	.byte	0x6
	.4byte	.LBB9
	.4byte	.LBE9
	.byte	0x6
	.4byte	.LBB10
	.4byte	.LBE10
	.byte	0
.LLRL4:
	.byte	0x6
	.4byte	.LBB3
	.4byte	.LBE3
	.byte	0x6
	.4byte	.LBB4
	.4byte	.LBE4
	.byte	0x6
	.4byte	.LBB5
	.4byte	.LBE5
	.byte	0x6
	.4byte	.LBB6
	.4byte	.LBE6
	.byte	0
.LLRL6:
	.byte	0x6
	.4byte	.LFB0
	.4byte	.LFE0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF2:
	.string	"unsigned int"
.LASF7:
	.string	"GNU C17 12.2.0 -mabi=ilp32 -misa-spec=20191213 -march=rv32im -g -O2 -ffreestanding -fno-builtin"
.LASF6:
	.string	"last"
.LASF5:
	.string	"count"
.LASF9:
	.string	"main"
.LASF3:
	.string	"char"
.LASF4:
	.string	"composite"
.LASF8:
	.string	"printf"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"test/corpus/c/sieve.c"
.LASF1:
	.string	"."
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
