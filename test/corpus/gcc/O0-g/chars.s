	.file	"chars.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "test/corpus/c/chars.c"
	.local	p
	.comm	p,4,4
	.align	2
	.type	number, @function
number:
.LFB0:
	.file 1 "test/corpus/c/chars.c"
	.loc 1 8 25
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sw	s0,28(sp)
	.cfi_offset 8, -4
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	.loc 1 9 7
	sw	zero,-20(s0)
	.loc 1 10 9
	j	.L2
.L4:
	.loc 1 10 40 discriminator 3
	lw	a4,-20(s0)
	mv	a5,a4
	slli	a5,a5,2
	add	a5,a5,a4
	slli	a5,a5,1
	mv	a2,a5
	.loc 1 10 50 discriminator 3
	lui	a5,%hi(p)
	lw	a5,%lo(p)(a5)
	addi	a3,a5,1
	lui	a4,%hi(p)
	sw	a3,%lo(p)(a4)
	.loc 1 10 48 discriminator 3
	lbu	a5,0(a5)
	.loc 1 10 53 discriminator 3
	addi	a5,a5,-48
	.loc 1 10 36 discriminator 3
	add	a5,a2,a5
	sw	a5,-20(s0)
.L2:
	.loc 1 10 10 discriminator 1
	lui	a5,%hi(p)
	lw	a5,%lo(p)(a5)
	lbu	a4,0(a5)
	.loc 1 10 20 discriminator 1
	li	a5,47
	bleu	a4,a5,.L3
	.loc 1 10 23 discriminator 2
	lui	a5,%hi(p)
	lw	a5,%lo(p)(a5)
	lbu	a4,0(a5)
	.loc 1 10 20 discriminator 2
	li	a5,57
	bleu	a4,a5,.L4
.L3:
	.loc 1 11 10
	lw	a5,-20(s0)
	.loc 1 12 1
	mv	a0,a5
	lw	s0,28(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE0:
	.size	number, .-number
	.align	2
	.type	factor, @function
factor:
.LFB1:
	.loc 1 14 25
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sw	ra,28(sp)
	sw	s0,24(sp)
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	.loc 1 15 7
	lui	a5,%hi(p)
	lw	a5,%lo(p)(a5)
	lbu	a4,0(a5)
	.loc 1 15 6
	li	a5,40
	bne	a4,a5,.L7
.LBB2:
	.loc 1 16 6
	lui	a5,%hi(p)
	lw	a5,%lo(p)(a5)
	addi	a4,a5,1
	lui	a5,%hi(p)
	sw	a4,%lo(p)(a5)
	.loc 1 17 13
	call	expr
	sw	a0,-20(s0)
	.loc 1 18 6
	lui	a5,%hi(p)
	lw	a5,%lo(p)(a5)
	addi	a4,a5,1
	lui	a5,%hi(p)
	sw	a4,%lo(p)(a5)
	.loc 1 19 12
	lw	a5,-20(s0)
	j	.L8
.L7:
.LBE2:
	.loc 1 21 7
	lui	a5,%hi(p)
	lw	a5,%lo(p)(a5)
	lbu	a4,0(a5)
	.loc 1 21 6
	li	a5,45
	bne	a4,a5,.L9
	.loc 1 22 6
	lui	a5,%hi(p)
	lw	a5,%lo(p)(a5)
	addi	a4,a5,1
	lui	a5,%hi(p)
	sw	a4,%lo(p)(a5)
	.loc 1 23 13
	call	factor
	mv	a5,a0
	.loc 1 23 12
	neg	a5,a5
	j	.L8
.L9:
	.loc 1 25 10
	call	number
	mv	a5,a0
.L8:
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
.LFE1:
	.size	factor, .-factor
	.align	2
	.type	term, @function
term:
.LFB2:
	.loc 1 28 23
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sw	ra,28(sp)
	sw	s0,24(sp)
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	.loc 1 29 11
	call	factor
	sw	a0,-20(s0)
	.loc 1 30 9
	j	.L11
.L16:
.LBB3:
	.loc 1 31 17
	lui	a5,%hi(p)
	lw	a5,%lo(p)(a5)
	addi	a3,a5,1
	lui	a4,%hi(p)
	sw	a3,%lo(p)(a4)
	.loc 1 31 10
	lbu	a5,0(a5)
	sb	a5,-21(s0)
	.loc 1 32 13
	call	factor
	sw	a0,-28(s0)
	.loc 1 33 27
	lbu	a4,-21(s0)
	li	a5,42
	bne	a4,a5,.L12
	.loc 1 33 27 is_stmt 0 discriminator 1
	lw	a4,-20(s0)
	lw	a5,-28(s0)
	mul	a5,a4,a5
	j	.L13
.L12:
	.loc 1 33 47 is_stmt 1 discriminator 2
	lbu	a4,-21(s0)
	li	a5,47
	bne	a4,a5,.L14
	.loc 1 33 47 is_stmt 0 discriminator 4
	lw	a4,-20(s0)
	lw	a5,-28(s0)
	div	a5,a4,a5
	j	.L13
.L14:
	.loc 1 33 47 discriminator 5
	lw	a4,-20(s0)
	lw	a5,-28(s0)
	rem	a5,a4,a5
.L13:
	.loc 1 33 7 is_stmt 1 discriminator 8
	sw	a5,-20(s0)
.L11:
.LBE3:
	.loc 1 30 10
	lui	a5,%hi(p)
	lw	a5,%lo(p)(a5)
	lbu	a4,0(a5)
	.loc 1 30 33
	li	a5,42
	beq	a4,a5,.L16
	.loc 1 30 23 discriminator 1
	lui	a5,%hi(p)
	lw	a5,%lo(p)(a5)
	lbu	a4,0(a5)
	.loc 1 30 20 discriminator 1
	li	a5,47
	beq	a4,a5,.L16
	.loc 1 30 36 discriminator 2
	lui	a5,%hi(p)
	lw	a5,%lo(p)(a5)
	lbu	a4,0(a5)
	.loc 1 30 33 discriminator 2
	li	a5,37
	beq	a4,a5,.L16
	.loc 1 35 10
	lw	a5,-20(s0)
	.loc 1 36 1
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
.LFE2:
	.size	term, .-term
	.align	2
	.type	expr, @function
expr:
.LFB3:
	.loc 1 38 23
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sw	ra,28(sp)
	sw	s0,24(sp)
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	.loc 1 39 11
	call	term
	sw	a0,-20(s0)
	.loc 1 40 9
	j	.L19
.L22:
.LBB4:
	.loc 1 41 17
	lui	a5,%hi(p)
	lw	a5,%lo(p)(a5)
	addi	a3,a5,1
	lui	a4,%hi(p)
	sw	a3,%lo(p)(a4)
	.loc 1 41 10
	lbu	a5,0(a5)
	sb	a5,-21(s0)
	.loc 1 42 13
	call	term
	sw	a0,-28(s0)
	.loc 1 43 27
	lbu	a4,-21(s0)
	li	a5,43
	bne	a4,a5,.L20
	.loc 1 43 27 is_stmt 0 discriminator 1
	lw	a4,-20(s0)
	lw	a5,-28(s0)
	add	a5,a4,a5
	j	.L21
.L20:
	.loc 1 43 27 discriminator 2
	lw	a4,-20(s0)
	lw	a5,-28(s0)
	sub	a5,a4,a5
.L21:
	.loc 1 43 7 is_stmt 1 discriminator 4
	sw	a5,-20(s0)
.L19:
.LBE4:
	.loc 1 40 10
	lui	a5,%hi(p)
	lw	a5,%lo(p)(a5)
	lbu	a4,0(a5)
	.loc 1 40 20
	li	a5,43
	beq	a4,a5,.L22
	.loc 1 40 23 discriminator 1
	lui	a5,%hi(p)
	lw	a5,%lo(p)(a5)
	lbu	a4,0(a5)
	.loc 1 40 20 discriminator 1
	li	a5,45
	beq	a4,a5,.L22
	.loc 1 45 10
	lw	a5,-20(s0)
	.loc 1 46 1
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
	.size	expr, .-expr
	.section	.rodata
	.align	2
.LC0:
	.string	"%s = %d\n"
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
.LFB4:
	.loc 1 48 16
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sw	ra,28(sp)
	sw	s0,24(sp)
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	.loc 1 50 7
	sw	zero,-20(s0)
.LBB5:
	.loc 1 51 12
	sw	zero,-24(s0)
	.loc 1 51 3
	j	.L25
.L26:
.LBB6:
	.loc 1 52 15 discriminator 3
	lui	a5,%hi(inputs.0)
	addi	a4,a5,%lo(inputs.0)
	lw	a5,-24(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a4,0(a5)
	.loc 1 52 7 discriminator 3
	lui	a5,%hi(p)
	sw	a4,%lo(p)(a5)
	.loc 1 53 13 discriminator 3
	call	expr
	sw	a0,-28(s0)
	.loc 1 54 11 discriminator 3
	lw	a4,-20(s0)
	lw	a5,-28(s0)
	add	a5,a4,a5
	sw	a5,-20(s0)
	.loc 1 55 5 discriminator 3
	lui	a5,%hi(inputs.0)
	addi	a4,a5,%lo(inputs.0)
	lw	a5,-24(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	lw	a2,-28(s0)
	mv	a1,a5
	lui	a5,%hi(.LC0)
	addi	a0,a5,%lo(.LC0)
	call	printf
.LBE6:
	.loc 1 51 27 discriminator 3
	lw	a5,-24(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
.L25:
	.loc 1 51 21 discriminator 1
	lw	a4,-24(s0)
	li	a5,4
	ble	a4,a5,.L26
.LBE5:
	.loc 1 57 16
	lw	a5,-20(s0)
	andi	a5,a5,255
	.loc 1 58 1
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
.LFE4:
	.size	main, .-main
	.section	.rodata
	.align	2
.LC1:
	.string	"1+2*3"
	.align	2
.LC2:
	.string	"(1+2)*3"
	.align	2
.LC3:
	.string	"100/7%4"
	.align	2
.LC4:
	.string	"-(4-10)*-2"
	.align	2
.LC5:
	.string	"2*(3+(4*(5+6)))"
	.data
	.align	2
	.type	inputs.0, @object
	.size	inputs.0, 20
inputs.0:
	.word	.LC1
	.word	.LC2
	.word	.LC3
	.word	.LC4
	.word	.LC5
	.text
.Letext0:
	.file 2 "runtime/vmlab.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x1c1
	.2byte	0x5
	.byte	0x1
	.byte	0x4
	.4byte	.Ldebug_abbrev0
	.byte	0x6
	.4byte	.LASF9
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
	.byte	0x7
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x1
	.string	"p"
	.byte	0x4
	.byte	0x14
	.4byte	0x43
	.byte	0x5
	.byte	0x3
	.4byte	p
	.byte	0x8
	.byte	0x4
	.4byte	0x50
	.byte	0x4
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.byte	0x9
	.4byte	0x49
	.byte	0xa
	.4byte	.LASF10
	.byte	0x2
	.byte	0x16
	.byte	0x5
	.4byte	0x2d
	.4byte	0x6c
	.byte	0xb
	.4byte	0x43
	.byte	0xc
	.byte	0
	.byte	0xd
	.4byte	.LASF11
	.byte	0x1
	.byte	0x30
	.byte	0x5
	.4byte	0x2d
	.4byte	.LFB4
	.4byte	.LFE4-.LFB4
	.byte	0x1
	.byte	0x9c
	.4byte	0xd2
	.byte	0x5
	.4byte	.LASF4
	.byte	0x31
	.byte	0x16
	.4byte	0xd2
	.byte	0x5
	.byte	0x3
	.4byte	inputs.0
	.byte	0x5
	.4byte	.LASF5
	.byte	0x32
	.byte	0x7
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x2
	.4byte	.LBB5
	.4byte	.LBE5-.LBB5
	.byte	0x1
	.string	"i"
	.byte	0x33
	.byte	0xc
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x2
	.4byte	.LBB6
	.4byte	.LBE6-.LBB6
	.byte	0x1
	.string	"v"
	.byte	0x35
	.byte	0x9
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0
	.byte	0
	.byte	0
	.byte	0xe
	.4byte	0x43
	.4byte	0xe2
	.byte	0xf
	.4byte	0x26
	.byte	0x4
	.byte	0
	.byte	0x3
	.4byte	.LASF6
	.byte	0x26
	.4byte	0x2d
	.4byte	.LFB3
	.4byte	.LFE3-.LFB3
	.byte	0x1
	.byte	0x9c
	.4byte	0x12a
	.byte	0x1
	.string	"v"
	.byte	0x27
	.byte	0x7
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x2
	.4byte	.LBB4
	.4byte	.LBE4-.LBB4
	.byte	0x1
	.string	"op"
	.byte	0x29
	.byte	0xa
	.4byte	0x49
	.byte	0x2
	.byte	0x91
	.byte	0x6b
	.byte	0x1
	.string	"r"
	.byte	0x2a
	.byte	0x9
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0
	.byte	0
	.byte	0x3
	.4byte	.LASF7
	.byte	0x1c
	.4byte	0x2d
	.4byte	.LFB2
	.4byte	.LFE2-.LFB2
	.byte	0x1
	.byte	0x9c
	.4byte	0x172
	.byte	0x1
	.string	"v"
	.byte	0x1d
	.byte	0x7
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x2
	.4byte	.LBB3
	.4byte	.LBE3-.LBB3
	.byte	0x1
	.string	"op"
	.byte	0x1f
	.byte	0xa
	.4byte	0x49
	.byte	0x2
	.byte	0x91
	.byte	0x6b
	.byte	0x1
	.string	"r"
	.byte	0x20
	.byte	0x9
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0
	.byte	0
	.byte	0x3
	.4byte	.LASF8
	.byte	0xe
	.4byte	0x2d
	.4byte	.LFB1
	.4byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x1a1
	.byte	0x2
	.4byte	.LBB2
	.4byte	.LBE2-.LBB2
	.byte	0x1
	.string	"v"
	.byte	0x11
	.byte	0x9
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0
	.byte	0
	.byte	0x10
	.4byte	.LASF12
	.byte	0x1
	.byte	0x8
	.byte	0xc
	.4byte	0x2d
	.4byte	.LFB0
	.4byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.byte	0x1
	.string	"v"
	.byte	0x9
	.byte	0x7
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x6c
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
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x6
	.byte	0
	.byte	0
	.byte	0x3
	.byte	0x2e
	.byte	0x1
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
	.byte	0x6
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
	.byte	0x7
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
	.byte	0x8
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x49
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
	.byte	0xb
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xc
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0xd
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
.LASF2:
	.string	"unsigned int"
.LASF12:
	.string	"number"
.LASF4:
	.string	"inputs"
.LASF6:
	.string	"expr"
.LASF7:
	.string	"term"
.LASF9:
	.string	"GNU C17 12.2.0 -mabi=ilp32 -misa-spec=20191213 -march=rv32im -g -O0 -ffreestanding -fno-builtin"
.LASF11:
	.string	"main"
.LASF8:
	.string	"factor"
.LASF5:
	.string	"total"
.LASF3:
	.string	"char"
.LASF10:
	.string	"printf"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"test/corpus/c/chars.c"
.LASF1:
	.string	"."
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
