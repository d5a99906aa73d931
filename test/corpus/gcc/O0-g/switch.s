	.file	"switch.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "test/corpus/c/switch.c"
	.section	.rodata
	.align	2
.LC0:
	.string	"sunday"
	.align	2
.LC1:
	.string	"monday"
	.align	2
.LC2:
	.string	"tuesday"
	.align	2
.LC3:
	.string	"wednesday"
	.align	2
.LC4:
	.string	"thursday"
	.align	2
.LC5:
	.string	"friday"
	.align	2
.LC6:
	.string	"saturday"
	.align	2
.LC7:
	.string	"?"
	.text
	.align	2
	.globl	day
	.type	day, @function
day:
.LFB0:
	.file 1 "test/corpus/c/switch.c"
	.loc 1 4 24
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sw	s0,28(sp)
	.cfi_offset 8, -4
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	sw	a0,-20(s0)
	.loc 1 5 3
	lw	a4,-20(s0)
	li	a5,6
	bgtu	a4,a5,.L2
	lw	a5,-20(s0)
	slli	a4,a5,2
	lui	a5,%hi(.L4)
	addi	a5,a5,%lo(.L4)
	add	a5,a4,a5
	lw	a5,0(a5)
	jr	a5
	.section	.rodata
	.align	2
	.align	2
.L4:
	.word	.L10
	.word	.L9
	.word	.L8
	.word	.L7
	.word	.L6
	.word	.L5
	.word	.L3
	.text
.L10:
	.loc 1 6 20
	lui	a5,%hi(.LC0)
	addi	a5,a5,%lo(.LC0)
	j	.L11
.L9:
	.loc 1 7 20
	lui	a5,%hi(.LC1)
	addi	a5,a5,%lo(.LC1)
	j	.L11
.L8:
	.loc 1 8 20
	lui	a5,%hi(.LC2)
	addi	a5,a5,%lo(.LC2)
	j	.L11
.L7:
	.loc 1 9 20
	lui	a5,%hi(.LC3)
	addi	a5,a5,%lo(.LC3)
	j	.L11
.L6:
	.loc 1 10 20
	lui	a5,%hi(.LC4)
	addi	a5,a5,%lo(.LC4)
	j	.L11
.L5:
	.loc 1 11 20
	lui	a5,%hi(.LC5)
	addi	a5,a5,%lo(.LC5)
	j	.L11
.L3:
	.loc 1 12 20
	lui	a5,%hi(.LC6)
	addi	a5,a5,%lo(.LC6)
	j	.L11
.L2:
	.loc 1 13 21
	lui	a5,%hi(.LC7)
	addi	a5,a5,%lo(.LC7)
.L11:
	.loc 1 15 1
	mv	a0,a5
	lw	s0,28(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE0:
	.size	day, .-day
	.align	2
	.globl	step
	.type	step, @function
step:
.LFB1:
	.loc 1 17 29
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sw	s0,28(sp)
	.cfi_offset 8, -4
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	sw	a0,-20(s0)
	mv	a5,a1
	sb	a5,-21(s0)
	.loc 1 18 3
	lw	a4,-20(s0)
	li	a5,7
	bgtu	a4,a5,.L13
	lw	a5,-20(s0)
	slli	a4,a5,2
	lui	a5,%hi(.L15)
	addi	a5,a5,%lo(.L15)
	add	a5,a4,a5
	lw	a5,0(a5)
	jr	a5
	.section	.rodata
	.align	2
	.align	2
.L15:
	.word	.L22
	.word	.L21
	.word	.L20
	.word	.L19
	.word	.L18
	.word	.L17
	.word	.L16
	.word	.L14
	.text
.L22:
	.loc 1 19 33
	lbu	a5,-21(s0)
	addi	a5,a5,-97
	seqz	a5,a5
	andi	a5,a5,0xff
	j	.L23
.L21:
	.loc 1 20 33
	lbu	a4,-21(s0)
	li	a5,98
	beq	a4,a5,.L24
	.loc 1 20 48 discriminator 1
	lbu	a5,-21(s0)
	addi	a5,a5,-97
	seqz	a5,a5
	andi	a5,a5,0xff
	.loc 1 20 33 discriminator 1
	j	.L23
.L24:
	.loc 1 20 33 is_stmt 0 discriminator 2
	li	a5,2
	j	.L23
.L20:
	.loc 1 21 33 is_stmt 1
	lbu	a4,-21(s0)
	li	a5,99
	beq	a4,a5,.L26
	.loc 1 21 48 discriminator 1
	lbu	a5,-21(s0)
	addi	a5,a5,-97
	seqz	a5,a5
	andi	a5,a5,0xff
	.loc 1 21 33 discriminator 1
	j	.L23
.L26:
	.loc 1 21 33 is_stmt 0 discriminator 2
	li	a5,3
	j	.L23
.L19:
	.loc 1 22 20 is_stmt 1
	li	a5,3
	j	.L23
.L18:
	.loc 1 23 20
	li	a5,4
	j	.L23
.L17:
	.loc 1 24 26
	lbu	a4,-21(s0)
	lw	a5,-20(s0)
	mul	a5,a4,a5
	j	.L23
.L16:
	.loc 1 25 26
	lbu	a4,-21(s0)
	lw	a5,-20(s0)
	add	a5,a4,a5
	j	.L23
.L14:
	.loc 1 26 26
	lbu	a5,-21(s0)
	lw	a4,-20(s0)
	sub	a5,a4,a5
	j	.L23
.L13:
	.loc 1 27 21
	li	a5,-1
.L23:
	.loc 1 29 1
	mv	a0,a5
	lw	s0,28(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE1:
	.size	step, .-step
	.align	2
	.globl	sparse
	.type	sparse, @function
sparse:
.LFB2:
	.loc 1 31 19
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sw	s0,28(sp)
	.cfi_offset 8, -4
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	sw	a0,-20(s0)
	.loc 1 32 3
	lw	a4,-20(s0)
	li	a5,8192
	addi	a5,a5,1808
	beq	a4,a5,.L29
	lw	a4,-20(s0)
	li	a5,8192
	addi	a5,a5,1808
	bgt	a4,a5,.L30
	lw	a4,-20(s0)
	li	a5,1000
	beq	a4,a5,.L31
	lw	a4,-20(s0)
	li	a5,1000
	bgt	a4,a5,.L30
	lw	a4,-20(s0)
	li	a5,100
	beq	a4,a5,.L32
	lw	a4,-20(s0)
	li	a5,100
	bgt	a4,a5,.L30
	lw	a4,-20(s0)
	li	a5,-5
	beq	a4,a5,.L33
	lw	a4,-20(s0)
	li	a5,1
	bne	a4,a5,.L30
	.loc 1 33 20
	li	a5,10
	j	.L34
.L32:
	.loc 1 34 22
	li	a5,20
	j	.L34
.L31:
	.loc 1 35 23
	li	a5,30
	j	.L34
.L29:
	.loc 1 36 24
	li	a5,40
	j	.L34
.L33:
	.loc 1 37 21
	li	a5,50
	j	.L34
.L30:
	.loc 1 38 21
	li	a5,0
.L34:
	.loc 1 40 1
	mv	a0,a5
	lw	s0,28(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE2:
	.size	sparse, .-sparse
	.section	.rodata
	.align	2
.LC8:
	.string	"%d %s\n"
	.align	2
.LC9:
	.string	"xxababcx"
	.align	2
.LC10:
	.string	"state %d\n"
	.align	2
.LC11:
	.string	"sparse %d %d %d %d\n"
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
.LFB3:
	.loc 1 42 16
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sw	ra,44(sp)
	sw	s0,40(sp)
	sw	s1,36(sp)
	sw	s2,32(sp)
	sw	s3,28(sp)
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	.cfi_offset 9, -12
	.cfi_offset 18, -16
	.cfi_offset 19, -20
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
.LBB2:
	.loc 1 43 12
	sw	zero,-36(s0)
	.loc 1 43 3
	j	.L36
.L37:
	.loc 1 43 31 discriminator 3
	lw	a0,-36(s0)
	call	day
	mv	a5,a0
	mv	a2,a5
	lw	a1,-36(s0)
	lui	a5,%hi(.LC8)
	addi	a0,a5,%lo(.LC8)
	call	printf
	.loc 1 43 27 discriminator 3
	lw	a5,-36(s0)
	addi	a5,a5,1
	sw	a5,-36(s0)
.L36:
	.loc 1 43 21 discriminator 1
	lw	a4,-36(s0)
	li	a5,7
	ble	a4,a5,.L37
.LBE2:
	.loc 1 44 15
	lui	a5,%hi(.LC9)
	addi	a5,a5,%lo(.LC9)
	sw	a5,-48(s0)
	.loc 1 45 7
	sw	zero,-40(s0)
.LBB3:
	.loc 1 46 20
	lw	a5,-48(s0)
	sw	a5,-44(s0)
	.loc 1 46 3
	j	.L38
.L39:
	.loc 1 46 47 discriminator 3
	lw	a5,-44(s0)
	lbu	a5,0(a5)
	mv	a1,a5
	lw	a0,-40(s0)
	call	step
	sw	a0,-40(s0)
	.loc 1 46 35 discriminator 3
	lw	a5,-44(s0)
	addi	a5,a5,1
	sw	a5,-44(s0)
.L38:
	.loc 1 46 30 discriminator 1
	lw	a5,-44(s0)
	lbu	a5,0(a5)
	bne	a5,zero,.L39
.LBE3:
	.loc 1 47 3
	lw	a1,-40(s0)
	lui	a5,%hi(.LC10)
	addi	a0,a5,%lo(.LC10)
	call	printf
	.loc 1 48 3
	li	a0,1
	call	sparse
	mv	s1,a0
	li	a0,1000
	call	sparse
	mv	s2,a0
	li	a0,-5
	call	sparse
	mv	s3,a0
	li	a0,7
	call	sparse
	mv	a5,a0
	mv	a4,a5
	mv	a3,s3
	mv	a2,s2
	mv	a1,s1
	lui	a5,%hi(.LC11)
	addi	a0,a5,%lo(.LC11)
	call	printf
	.loc 1 49 10
	lw	a5,-40(s0)
	.loc 1 50 1
	mv	a0,a5
	lw	ra,44(sp)
	.cfi_restore 1
	lw	s0,40(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	lw	s1,36(sp)
	.cfi_restore 9
	lw	s2,32(sp)
	.cfi_restore 18
	lw	s3,28(sp)
	.cfi_restore 19
	addi	sp,sp,48
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
	.byte	0x6
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
	.byte	0x7
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x8
	.4byte	.LASF10
	.byte	0x2
	.byte	0x16
	.byte	0x5
	.4byte	0x2d
	.4byte	0x4b
	.byte	0x9
	.4byte	0x4b
	.byte	0xa
	.byte	0
	.byte	0xb
	.byte	0x4
	.4byte	0x58
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.byte	0xc
	.4byte	0x51
	.byte	0xd
	.4byte	.LASF6
	.byte	0x1
	.byte	0x2a
	.byte	0x5
	.4byte	0x2d
	.4byte	.LFB3
	.4byte	.LFE3-.LFB3
	.byte	0x1
	.byte	0x9c
	.4byte	0xc4
	.byte	0x3
	.4byte	.LASF4
	.byte	0x2c
	.byte	0xf
	.4byte	0x4b
	.byte	0x2
	.byte	0x91
	.byte	0x50
	.byte	0x3
	.4byte	.LASF5
	.byte	0x2d
	.byte	0x7
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0xe
	.4byte	.LBB2
	.4byte	.LBE2-.LBB2
	.4byte	0xad
	.byte	0x4
	.string	"d"
	.byte	0x2b
	.byte	0xc
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0
	.byte	0xf
	.4byte	.LBB3
	.4byte	.LBE3-.LBB3
	.byte	0x4
	.string	"p"
	.byte	0x2e
	.byte	0x14
	.4byte	0x4b
	.byte	0x2
	.byte	0x91
	.byte	0x54
	.byte	0
	.byte	0
	.byte	0x5
	.4byte	.LASF7
	.byte	0x1f
	.4byte	0x2d
	.4byte	.LFB2
	.4byte	.LFE2-.LFB2
	.byte	0x1
	.byte	0x9c
	.4byte	0xe9
	.byte	0x1
	.string	"x"
	.byte	0x1f
	.byte	0x10
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0
	.byte	0x5
	.4byte	.LASF8
	.byte	0x11
	.4byte	0x2d
	.4byte	.LFB1
	.4byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x11d
	.byte	0x10
	.4byte	.LASF5
	.byte	0x1
	.byte	0x11
	.byte	0xe
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x1
	.string	"c"
	.byte	0x11
	.byte	0x1a
	.4byte	0x51
	.byte	0x2
	.byte	0x91
	.byte	0x6b
	.byte	0
	.byte	0x11
	.string	"day"
	.byte	0x1
	.byte	0x4
	.byte	0xd
	.4byte	0x4b
	.4byte	.LFB0
	.4byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.byte	0x1
	.string	"d"
	.byte	0x4
	.byte	0x15
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
	.byte	0x5
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
	.byte	0x7a
	.byte	0x19
	.byte	0x1
	.byte	0x13
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
	.byte	0x9
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xa
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0xb
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xc
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
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
	.byte	0xf
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x6
	.byte	0
	.byte	0
	.byte	0x10
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
	.byte	0x11
	.byte	0x2e
	.byte	0x1
	.byte	0x3f
	.byte	0x19
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
.LASF8:
	.string	"step"
.LASF9:
	.string	"GNU C17 12.2.0 -mabi=ilp32 -misa-spec=20191213 -march=rv32im -g -O0 -ffreestanding -fno-builtin"
.LASF5:
	.string	"state"
.LASF4:
	.string	"text"
.LASF7:
	.string	"sparse"
.LASF6:
	.string	"main"
.LASF3:
	.string	"char"
.LASF10:
	.string	"printf"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"test/corpus/c/switch.c"
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
