	.file	"recursion.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "test/corpus/c/recursion.c"
	.align	2
	.type	fib, @function
fib:
.LFB0:
	.file 1 "test/corpus/c/recursion.c"
	.loc 1 4 23
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sw	ra,28(sp)
	sw	s0,24(sp)
	sw	s1,20(sp)
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	.cfi_offset 9, -12
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	sw	a0,-20(s0)
	.loc 1 4 42
	lw	a4,-20(s0)
	li	a5,1
	ble	a4,a5,.L2
	.loc 1 4 44 discriminator 1
	lw	a5,-20(s0)
	addi	a5,a5,-1
	mv	a0,a5
	call	fib
	mv	s1,a0
	.loc 1 4 57 discriminator 1
	lw	a5,-20(s0)
	addi	a5,a5,-2
	mv	a0,a5
	call	fib
	mv	a5,a0
	.loc 1 4 42 discriminator 1
	add	a5,s1,a5
	j	.L4
.L2:
	.loc 1 4 42 is_stmt 0 discriminator 2
	lw	a5,-20(s0)
.L4:
	.loc 1 4 69 is_stmt 1 discriminator 5
	mv	a0,a5
	lw	ra,28(sp)
	.cfi_restore 1
	lw	s0,24(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	lw	s1,20(sp)
	.cfi_restore 9
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE0:
	.size	fib, .-fib
	.align	2
	.globl	ackermann
	.type	ackermann, @function
ackermann:
.LFB1:
	.loc 1 6 29
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sw	ra,28(sp)
	sw	s0,24(sp)
	sw	s1,20(sp)
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	.cfi_offset 9, -12
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	.loc 1 7 6
	lw	a5,-20(s0)
	bne	a5,zero,.L6
	.loc 1 7 24 discriminator 1
	lw	a5,-24(s0)
	addi	a5,a5,1
	j	.L7
.L6:
	.loc 1 8 6
	lw	a5,-24(s0)
	bne	a5,zero,.L8
	.loc 1 8 22 discriminator 1
	lw	a5,-20(s0)
	addi	a5,a5,-1
	li	a1,1
	mv	a0,a5
	call	ackermann
	mv	a5,a0
	j	.L7
.L8:
	.loc 1 9 10
	lw	a5,-20(s0)
	addi	s1,a5,-1
	lw	a5,-24(s0)
	addi	a5,a5,-1
	mv	a1,a5
	lw	a0,-20(s0)
	call	ackermann
	mv	a5,a0
	mv	a1,a5
	mv	a0,s1
	call	ackermann
	mv	a5,a0
.L7:
	.loc 1 10 1
	mv	a0,a5
	lw	ra,28(sp)
	.cfi_restore 1
	lw	s0,24(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	lw	s1,20(sp)
	.cfi_restore 9
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE1:
	.size	ackermann, .-ackermann
	.local	moves
	.comm	moves,4,4
	.align	2
	.type	hanoi, @function
hanoi:
.LFB2:
	.loc 1 13 53
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sw	ra,28(sp)
	sw	s0,24(sp)
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	sw	a2,-28(s0)
	sw	a3,-32(s0)
	.loc 1 14 6
	lw	a5,-20(s0)
	beq	a5,zero,.L12
	.loc 1 15 3
	lw	a5,-20(s0)
	addi	a5,a5,-1
	lw	a3,-28(s0)
	lw	a2,-32(s0)
	lw	a1,-24(s0)
	mv	a0,a5
	call	hanoi
	.loc 1 16 8
	lui	a5,%hi(moves)
	lw	a5,%lo(moves)(a5)
	addi	a4,a5,1
	lui	a5,%hi(moves)
	sw	a4,%lo(moves)(a5)
	.loc 1 17 3
	lw	a5,-20(s0)
	addi	a5,a5,-1
	lw	a3,-24(s0)
	lw	a2,-28(s0)
	lw	a1,-32(s0)
	mv	a0,a5
	call	hanoi
	j	.L9
.L12:
	.loc 1 14 15
	nop
.L9:
	.loc 1 18 1
	lw	ra,28(sp)
	.cfi_restore 1
	lw	s0,24(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE2:
	.size	hanoi, .-hanoi
	.section	.rodata
	.align	2
.LC0:
	.string	"fib(%d) = %d\n"
	.align	2
.LC1:
	.string	"ackermann(2, 3) = %d\n"
	.align	2
.LC2:
	.string	"hanoi(10): %d moves\n"
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
.LFB3:
	.loc 1 20 16
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sw	ra,28(sp)
	sw	s0,24(sp)
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
.LBB2:
	.loc 1 21 12
	sw	zero,-20(s0)
	.loc 1 21 3
	j	.L14
.L15:
	.loc 1 21 35 discriminator 3
	lw	a0,-20(s0)
	call	fib
	mv	a5,a0
	mv	a2,a5
	lw	a1,-20(s0)
	lui	a5,%hi(.LC0)
	addi	a0,a5,%lo(.LC0)
	call	printf
	.loc 1 21 29 discriminator 3
	lw	a5,-20(s0)
	addi	a5,a5,4
	sw	a5,-20(s0)
.L14:
	.loc 1 21 21 discriminator 1
	lw	a4,-20(s0)
	li	a5,19
	ble	a4,a5,.L15
.LBE2:
	.loc 1 22 3
	li	a1,3
	li	a0,2
	call	ackermann
	mv	a5,a0
	mv	a1,a5
	lui	a5,%hi(.LC1)
	addi	a0,a5,%lo(.LC1)
	call	printf
	.loc 1 23 3
	li	a3,2
	li	a2,3
	li	a1,1
	li	a0,10
	call	hanoi
	.loc 1 24 3
	lui	a5,%hi(moves)
	lw	a5,%lo(moves)(a5)
	mv	a1,a5
	lui	a5,%hi(.LC2)
	addi	a0,a5,%lo(.LC2)
	call	printf
	.loc 1 25 10
	li	a0,10
	call	fib
	mv	a4,a0
	.loc 1 25 18
	li	a5,7
	rem	a5,a4,a5
	.loc 1 26 1
	mv	a0,a5
	lw	ra,28(sp)
	.cfi_restore 1
	lw	s0,24(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE3:
	.size	main, .-main
.Letext0:
	.file 2 "runtime/vmlab.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x13d
	.2byte	0x5
	.byte	0x1
	.byte	0x4
	.4byte	.Ldebug_abbrev0
	.byte	0x4
	.4byte	.LASF9
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.Ltext0
	.4byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.byte	0x2
	.byte	0x4
	.byte	0x7
	.4byte	.LASF2
	.byte	0x5
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x6
	.4byte	.LASF4
	.byte	0x1
	.byte	0xc
	.byte	0xc
	.4byte	0x2d
	.byte	0x5
	.byte	0x3
	.4byte	moves
	.byte	0x7
	.4byte	.LASF10
	.byte	0x2
	.byte	0x16
	.byte	0x5
	.4byte	0x2d
	.4byte	0x5d
	.byte	0x8
	.4byte	0x5d
	.byte	0x9
	.byte	0
	.byte	0xa
	.byte	0x4
	.4byte	0x6a
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.byte	0xb
	.4byte	0x63
	.byte	0x3
	.4byte	.LASF6
	.byte	0x14
	.4byte	0x2d
	.4byte	.LFB3
	.4byte	.LFE3-.LFB3
	.byte	0x1
	.byte	0x9c
	.4byte	0x9f
	.byte	0xc
	.4byte	.LBB2
	.4byte	.LBE2-.LBB2
	.byte	0xd
	.string	"i"
	.byte	0x1
	.byte	0x15
	.byte	0xc
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0
	.byte	0
	.byte	0xe
	.4byte	.LASF8
	.byte	0x1
	.byte	0xd
	.byte	0xd
	.4byte	.LFB2
	.4byte	.LFE2-.LFB2
	.byte	0x1
	.byte	0x9c
	.4byte	0xec
	.byte	0x1
	.string	"n"
	.byte	0xd
	.byte	0x17
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0xf
	.4byte	.LASF5
	.byte	0x1
	.byte	0xd
	.byte	0x1e
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x1
	.string	"to"
	.byte	0xd
	.byte	0x28
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0x1
	.string	"via"
	.byte	0xd
	.byte	0x30
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0
	.byte	0x3
	.4byte	.LASF7
	.byte	0x6
	.4byte	0x2d
	.4byte	.LFB1
	.4byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x11d
	.byte	0x1
	.string	"m"
	.byte	0x6
	.byte	0x13
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x1
	.string	"n"
	.byte	0x6
	.byte	0x1a
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0
	.byte	0x10
	.string	"fib"
	.byte	0x1
	.byte	0x4
	.byte	0xc
	.4byte	0x2d
	.4byte	.LFB0
	.4byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.byte	0x1
	.string	"n"
	.byte	0x4
	.byte	0x14
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.byte	0x1
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
	.byte	0x2e
	.byte	0x1
	.byte	0x3f
	.byte	0x19
	.byte	0x3
	.byte	0xe
	.byte	0x3a
	.byte	0x21
	.byte	0x1
	.byte	0x3b
	.byte	0xb
	.byte	0x39
	.byte	0x21
	.byte	0x5
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
	.byte	0x4
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
	.byte	0x5
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
	.byte	0x6
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
	.byte	0x7
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
	.byte	0x8
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x9
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0xa
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xb
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xc
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x6
	.byte	0
	.byte	0
	.byte	0xd
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
	.byte	0xe
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
	.byte	0xf
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
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x10
	.byte	0x2e
	.byte	0x1
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
.LASF5:
	.string	"from"
.LASF9:
	.string	"GNU C17 12.2.0 -mabi=ilp32 -misa-spec=20191213 -march=rv32im -g -O0 -ffreestanding -fno-builtin"
.LASF4:
	.string	"moves"
.LASF7:
	.string	"ackermann"
.LASF6:
	.string	"main"
.LASF3:
	.string	"char"
.LASF8:
	.string	"hanoi"
.LASF10:
	.string	"printf"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"test/corpus/c/recursion.c"
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
