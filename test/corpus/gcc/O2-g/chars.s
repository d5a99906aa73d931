	.file	"chars.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "test/corpus/c/chars.c"
	.align	2
	.type	factor, @function
factor:
.LFB1:
	.file 1 "test/corpus/c/chars.c"
	.loc 1 14 25
	.cfi_startproc
	.loc 1 15 3
	.loc 1 14 25 is_stmt 0
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sw	s1,20(sp)
	.cfi_offset 9, -12
	.loc 1 15 7
	lui	s1,%hi(p)
	lw	a7,%lo(p)(s1)
	.loc 1 14 25
	sw	ra,28(sp)
	sw	s0,24(sp)
	sw	s2,16(sp)
	sw	s3,12(sp)
	sw	s4,8(sp)
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	.cfi_offset 18, -16
	.cfi_offset 19, -20
	.cfi_offset 20, -24
	.loc 1 15 7
	lbu	a1,0(a7)
	.loc 1 15 6
	li	a5,40
	beq	a1,a5,.L19
	addi	a5,a7,1
	.loc 1 15 7
	mv	a3,a1
	.loc 1 15 6
	li	a2,0
	li	s0,1
	.loc 1 21 6
	li	a0,45
	.loc 1 15 6
	li	a6,40
.L12:
	.loc 1 21 3 is_stmt 1
	.loc 1 22 5
	.loc 1 21 6 is_stmt 0
	bne	a3,a0,.L20
	.loc 1 15 7
	lbu	a3,0(a5)
	.loc 1 22 6
	mv	a4,a5
	.loc 1 23 5 is_stmt 1
	neg	s0,s0
	.loc 1 15 3
	.loc 1 15 6 is_stmt 0
	addi	a5,a5,1
	li	a2,1
	bne	a3,a6,.L12
.L11:
.LBB8:
	.loc 1 16 5 is_stmt 1
	.loc 1 16 6 is_stmt 0
	addi	a5,a4,1
	sw	a5,%lo(p)(s1)
	.loc 1 17 5 is_stmt 1
.LBB9:
.LBB10:
	.loc 1 39 3
	.loc 1 39 11 is_stmt 0
	call	term
.LVL0:
	mv	s2,a0
.LVL1:
	.loc 1 40 3 is_stmt 1
	.loc 1 40 20 is_stmt 0
	li	s3,43
	li	s4,45
.LVL2:
.L3:
.LBB11:
	.loc 1 41 5 is_stmt 1
.LBE11:
	.loc 1 40 20
	.loc 1 40 10 is_stmt 0
	lw	a5,%lo(p)(s1)
	lbu	a4,0(a5)
.LBB12:
	.loc 1 41 17
	addi	a5,a5,1
.LBE12:
	.loc 1 40 20
	beq	a4,s3,.L5
.L22:
	bne	a4,s4,.L21
.LBB13:
	.loc 1 41 17
	sw	a5,%lo(p)(s1)
.LVL3:
	.loc 1 42 5 is_stmt 1
	.loc 1 42 13 is_stmt 0
	call	term
.LVL4:
	.loc 1 43 5 is_stmt 1
.LBE13:
	.loc 1 40 10 is_stmt 0
	lw	a5,%lo(p)(s1)
.LBB14:
	.loc 1 43 27
	sub	s2,s2,a0
.LVL5:
	.loc 1 41 5 is_stmt 1
.LBE14:
	.loc 1 40 20
	.loc 1 40 10 is_stmt 0
	lbu	a4,0(a5)
.LBB15:
	.loc 1 41 17
	addi	a5,a5,1
.LBE15:
	.loc 1 40 20
	bne	a4,s3,.L22
.LVL6:
.L5:
.LBB16:
	.loc 1 41 5 is_stmt 1
	.loc 1 41 17 is_stmt 0
	sw	a5,%lo(p)(s1)
.LVL7:
	.loc 1 42 5 is_stmt 1
	.loc 1 42 13 is_stmt 0
	call	term
.LVL8:
	.loc 1 43 5 is_stmt 1
	.loc 1 43 27 is_stmt 0
	add	s2,s2,a0
.LVL9:
	j	.L3
.LVL10:
.L21:
.LBE16:
	.loc 1 45 3 is_stmt 1
.LBE10:
.LBE9:
	.loc 1 18 5
	mul	a0,s2,s0
	.loc 1 18 6 is_stmt 0
	sw	a5,%lo(p)(s1)
	.loc 1 19 5 is_stmt 1
.LVL11:
.L1:
.LBE8:
	.loc 1 26 1 is_stmt 0
	lw	ra,28(sp)
	.cfi_remember_state
	.cfi_restore 1
	lw	s0,24(sp)
	.cfi_restore 8
	lw	s1,20(sp)
	.cfi_restore 9
	lw	s2,16(sp)
	.cfi_restore 18
	lw	s3,12(sp)
	.cfi_restore 19
	lw	s4,8(sp)
	.cfi_restore 20
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
.L20:
	.cfi_restore_state
	beq	a2,zero,.L14
.LBB17:
.LBB18:
	.loc 1 10 10
	lbu	a1,0(a4)
	sw	a4,%lo(p)(s1)
.L9:
.LVL12:
	.loc 1 10 20 is_stmt 1
	addi	a3,a1,-48
	andi	a6,a3,0xff
	li	a1,9
	addi	a5,a4,1
	.loc 1 9 7 is_stmt 0
	li	a2,0
	.loc 1 10 20
	li	a0,9
	bgtu	a6,a1,.L23
.LVL13:
.L13:
	.loc 1 10 34 is_stmt 1
	.loc 1 10 10 is_stmt 0
	lbu	a1,0(a5)
	.loc 1 10 40
	slli	a4,a2,2
	add	a4,a4,a2
	slli	a4,a4,1
	.loc 1 10 36
	add	a2,a3,a4
.LVL14:
	.loc 1 10 20 is_stmt 1
	addi	a3,a1,-48
	andi	a4,a3,0xff
	.loc 1 10 50 is_stmt 0
	mv	a1,a5
	.loc 1 10 20
	addi	a5,a5,1
	bleu	a4,a0,.L13
	mul	a0,a2,s0
.LVL15:
.LBE18:
.LBE17:
	.loc 1 26 1
	lw	ra,28(sp)
	.cfi_remember_state
	.cfi_restore 1
	lw	s0,24(sp)
	.cfi_restore 8
	sw	a1,%lo(p)(s1)
	lw	s2,16(sp)
	.cfi_restore 18
	lw	s1,20(sp)
	.cfi_restore 9
	lw	s3,12(sp)
	.cfi_restore 19
	lw	s4,8(sp)
	.cfi_restore 20
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
.L14:
	.cfi_restore_state
	.loc 1 21 6
	mv	a4,a7
	j	.L9
.L19:
	.loc 1 15 7
	mv	a4,a7
	.loc 1 15 6
	li	s0,1
	j	.L11
.LVL16:
.L23:
.LBB20:
.LBB19:
	.loc 1 10 20
	li	a0,0
	j	.L1
.LBE19:
.LBE20:
	.cfi_endproc
.LFE1:
	.size	factor, .-factor
	.align	2
	.type	term, @function
term:
.LFB2:
	.loc 1 28 23 is_stmt 1
	.cfi_startproc
	.loc 1 29 3
	.loc 1 28 23 is_stmt 0
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sw	s0,24(sp)
	sw	s1,20(sp)
	sw	s2,16(sp)
	sw	s3,12(sp)
	sw	s4,8(sp)
	sw	ra,28(sp)
	.cfi_offset 8, -8
	.cfi_offset 9, -12
	.cfi_offset 18, -16
	.cfi_offset 19, -20
	.cfi_offset 20, -24
	.cfi_offset 1, -4
	.loc 1 29 11
	call	factor
.LVL17:
	mv	s0,a0
.LVL18:
	.loc 1 30 3 is_stmt 1
	lui	s1,%hi(p)
	.loc 1 30 33 is_stmt 0
	li	s2,42
	.loc 1 30 20
	li	s3,47
	.loc 1 30 33
	li	s4,37
.LVL19:
.L25:
.LBB21:
	.loc 1 31 5 is_stmt 1
.LBE21:
	.loc 1 30 33
	.loc 1 30 10 is_stmt 0
	lw	a5,%lo(p)(s1)
	lbu	a4,0(a5)
.LBB22:
	.loc 1 31 17
	addi	a3,a5,1
.LBE22:
	.loc 1 30 33
	beq	a4,s2,.L27
.L32:
	.loc 1 30 20 discriminator 1
	beq	a4,s3,.L28
	.loc 1 30 33 discriminator 2
	bne	a4,s4,.L31
.LBB23:
	.loc 1 31 17
	sw	a3,%lo(p)(s1)
.LVL20:
	.loc 1 32 5 is_stmt 1
	.loc 1 32 13 is_stmt 0
	call	factor
.LVL21:
	.loc 1 33 5 is_stmt 1
.LBE23:
	.loc 1 30 10 is_stmt 0
	lw	a5,%lo(p)(s1)
.LBB24:
	.loc 1 33 47
	rem	s0,s0,a0
.LVL22:
	.loc 1 31 5 is_stmt 1
.LBE24:
	.loc 1 30 33
	.loc 1 30 10 is_stmt 0
	lbu	a4,0(a5)
.LBB25:
	.loc 1 31 17
	addi	a3,a5,1
.LBE25:
	.loc 1 30 33
	bne	a4,s2,.L32
.LVL23:
.L27:
.LBB26:
	.loc 1 31 5 is_stmt 1
	.loc 1 31 17 is_stmt 0
	addi	a5,a5,1
	sw	a5,%lo(p)(s1)
.LVL24:
	.loc 1 32 5 is_stmt 1
	.loc 1 32 13 is_stmt 0
	call	factor
.LVL25:
	.loc 1 33 5 is_stmt 1
	.loc 1 33 27 is_stmt 0
	mul	s0,s0,a0
.LVL26:
	j	.L25
.LVL27:
.L28:
	.loc 1 31 5 is_stmt 1
	.loc 1 31 17 is_stmt 0
	addi	a5,a5,1
	sw	a5,%lo(p)(s1)
.LVL28:
	.loc 1 32 5 is_stmt 1
	.loc 1 32 13 is_stmt 0
	call	factor
.LVL29:
	.loc 1 33 5 is_stmt 1
	.loc 1 33 47 is_stmt 0
	div	s0,s0,a0
.LVL30:
	j	.L25
.LVL31:
.L31:
.LBE26:
	.loc 1 35 3 is_stmt 1
	.loc 1 36 1 is_stmt 0
	lw	ra,28(sp)
	.cfi_restore 1
	mv	a0,s0
	lw	s0,24(sp)
	.cfi_restore 8
.LVL32:
	lw	s1,20(sp)
	.cfi_restore 9
	lw	s2,16(sp)
	.cfi_restore 18
	lw	s3,12(sp)
	.cfi_restore 19
	lw	s4,8(sp)
	.cfi_restore 20
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE2:
	.size	term, .-term
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"%s = %d\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
.LFB4:
	.loc 1 48 16 is_stmt 1
	.cfi_startproc
	.loc 1 49 3
	.loc 1 50 3
.LVL33:
	.loc 1 51 3
.LBB32:
	.loc 1 51 8
	.loc 1 51 21
.LBE32:
	.loc 1 48 16 is_stmt 0
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sw	s4,24(sp)
	.cfi_offset 20, -24
	lui	s4,%hi(.LANCHOR0)
	addi	s4,s4,%lo(.LANCHOR0)
	sw	s1,36(sp)
	sw	s2,32(sp)
	sw	s3,28(sp)
	sw	s6,16(sp)
	sw	s7,12(sp)
	sw	s8,8(sp)
	sw	ra,44(sp)
	sw	s0,40(sp)
	sw	s5,20(sp)
	.cfi_offset 9, -12
	.cfi_offset 18, -16
	.cfi_offset 19, -20
	.cfi_offset 22, -32
	.cfi_offset 23, -36
	.cfi_offset 24, -40
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	.cfi_offset 21, -28
	addi	s8,s4,20
	.loc 1 50 7
	li	s6,0
	lui	s1,%hi(p)
	lui	s7,%hi(.LC0)
.LBB45:
.LBB33:
.LBB34:
.LBB35:
	.loc 1 40 20
	li	s2,43
	li	s3,45
.LVL34:
.L38:
.LBE35:
.LBE34:
	.loc 1 52 5 is_stmt 1 discriminator 3
	.loc 1 52 15 is_stmt 0 discriminator 3
	lw	s5,0(s4)
	.loc 1 52 7 discriminator 3
	sw	s5,%lo(p)(s1)
	.loc 1 53 5 is_stmt 1 discriminator 3
.LBB43:
.LBB42:
	.loc 1 39 3 discriminator 3
	.loc 1 39 11 is_stmt 0 discriminator 3
	call	term
.LVL35:
	mv	s0,a0
.LVL36:
	.loc 1 40 3 is_stmt 1 discriminator 3
.L34:
.LBB36:
	.loc 1 41 5
.LBE36:
	.loc 1 40 20
	.loc 1 40 10 is_stmt 0
	lw	a5,%lo(p)(s1)
	lbu	a4,0(a5)
.LBB37:
	.loc 1 41 17
	addi	a3,a5,1
.LBE37:
	.loc 1 40 20
	beq	a4,s2,.L36
.L42:
	bne	a4,s3,.L41
.LBB38:
	.loc 1 41 17
	sw	a3,%lo(p)(s1)
.LVL37:
	.loc 1 42 5 is_stmt 1
	.loc 1 42 13 is_stmt 0
	call	term
.LVL38:
	.loc 1 43 5 is_stmt 1
.LBE38:
	.loc 1 40 10 is_stmt 0
	lw	a5,%lo(p)(s1)
.LBB39:
	.loc 1 43 27
	sub	s0,s0,a0
.LVL39:
	.loc 1 41 5 is_stmt 1
.LBE39:
	.loc 1 40 20
	.loc 1 40 10 is_stmt 0
	lbu	a4,0(a5)
.LBB40:
	.loc 1 41 17
	addi	a3,a5,1
.LBE40:
	.loc 1 40 20
	bne	a4,s2,.L42
.LVL40:
.L36:
.LBB41:
	.loc 1 41 5 is_stmt 1
	.loc 1 41 17 is_stmt 0
	addi	a5,a5,1
	sw	a5,%lo(p)(s1)
.LVL41:
	.loc 1 42 5 is_stmt 1
	.loc 1 42 13 is_stmt 0
	call	term
.LVL42:
	.loc 1 43 5 is_stmt 1
	.loc 1 43 27 is_stmt 0
	add	s0,s0,a0
.LVL43:
	j	.L34
.LVL44:
.L41:
.LBE41:
	.loc 1 45 3 is_stmt 1
.LBE42:
.LBE43:
	.loc 1 54 5
.LBE33:
	.loc 1 51 21 is_stmt 0
	addi	s4,s4,4
.LBB44:
	.loc 1 55 5
	mv	a2,s0
	mv	a1,s5
	addi	a0,s7,%lo(.LC0)
	.loc 1 54 11
	add	s6,s6,s0
.LVL45:
	.loc 1 55 5 is_stmt 1
	call	printf
.LVL46:
.LBE44:
	.loc 1 51 27
	.loc 1 51 21
	bne	s4,s8,.L38
.LBE45:
	.loc 1 57 3
	.loc 1 58 1 is_stmt 0
	lw	ra,44(sp)
	.cfi_restore 1
	lw	s0,40(sp)
	.cfi_restore 8
.LVL47:
	lw	s1,36(sp)
	.cfi_restore 9
	lw	s2,32(sp)
	.cfi_restore 18
	lw	s3,28(sp)
	.cfi_restore 19
	lw	s4,24(sp)
	.cfi_restore 20
	lw	s5,20(sp)
	.cfi_restore 21
	lw	s7,12(sp)
	.cfi_restore 23
	lw	s8,8(sp)
	.cfi_restore 24
	andi	a0,s6,0xff
	lw	s6,16(sp)
	.cfi_restore 22
.LVL48:
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE4:
	.size	main, .-main
	.section	.rodata.str1.4
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
	.section	.rodata
	.align	2
	.set	.LANCHOR0,. + 0
	.type	inputs.0, @object
	.size	inputs.0, 20
inputs.0:
	.word	.LC1
	.word	.LC2
	.word	.LC3
	.word	.LC4
	.word	.LC5
	.section	.sbss,"aw",@nobits
	.align	2
	.type	p, @object
	.size	p, 4
p:
	.zero	4
	.text
.Letext0:
	.file 2 "runtime/vmlab.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x2ba
	.2byte	0x5
	.byte	0x1
	.byte	0x4
	.4byte	.Ldebug_abbrev0
	.byte	0xa
	.4byte	.LASF8
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL21
	.4byte	0
	.4byte	.Ldebug_line0
	.byte	0x7
	.byte	0x4
	.byte	0x7
	.4byte	.LASF2
	.byte	0xb
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0xc
	.string	"p"
	.byte	0x1
	.byte	0x4
	.byte	0x14
	.4byte	0x44
	.byte	0x5
	.byte	0x3
	.4byte	p
	.byte	0xd
	.byte	0x4
	.4byte	0x51
	.byte	0x7
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.byte	0xe
	.4byte	0x4a
	.byte	0xf
	.4byte	.LASF9
	.byte	0x2
	.byte	0x16
	.byte	0x5
	.4byte	0x2d
	.4byte	0x6d
	.byte	0x10
	.4byte	0x44
	.byte	0x11
	.byte	0
	.byte	0x12
	.4byte	.LASF10
	.byte	0x1
	.byte	0x30
	.byte	0x5
	.4byte	0x2d
	.4byte	.LFB4
	.4byte	.LFE4-.LFB4
	.byte	0x1
	.byte	0x9c
	.4byte	0x14e
	.byte	0x13
	.4byte	.LASF4
	.byte	0x1
	.byte	0x31
	.byte	0x16
	.4byte	0x14e
	.byte	0x5
	.byte	0x3
	.4byte	inputs.0
	.byte	0x14
	.4byte	.LASF5
	.byte	0x1
	.byte	0x32
	.byte	0x7
	.4byte	0x2d
	.4byte	.LLST11
	.byte	0x4
	.4byte	.LLRL12
	.byte	0x3
	.string	"i"
	.byte	0x33
	.byte	0xc
	.4byte	0x2d
	.4byte	.LLST13
	.byte	0x4
	.4byte	.LLRL14
	.byte	0x3
	.string	"v"
	.byte	0x35
	.byte	0x9
	.4byte	0x2d
	.4byte	.LLST15
	.byte	0x15
	.4byte	0x15e
	.4byte	.LBB34
	.4byte	.LLRL16
	.byte	0x1
	.byte	0x35
	.byte	0xd
	.4byte	0x12c
	.byte	0x4
	.4byte	.LLRL16
	.byte	0x2
	.4byte	0x16f
	.4byte	.LLST17
	.byte	0x8
	.4byte	0x178
	.4byte	.LLRL18
	.4byte	0x121
	.byte	0x2
	.4byte	0x179
	.4byte	.LLST19
	.byte	0x2
	.4byte	0x183
	.4byte	.LLST20
	.byte	0x1
	.4byte	.LVL38
	.4byte	0x18e
	.byte	0x1
	.4byte	.LVL42
	.4byte	0x18e
	.byte	0
	.byte	0x1
	.4byte	.LVL35
	.4byte	0x18e
	.byte	0
	.byte	0
	.byte	0x16
	.4byte	.LVL46
	.4byte	0x56
	.byte	0x6
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x3
	.4byte	.LC0
	.byte	0x6
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x85
	.byte	0
	.byte	0x6
	.byte	0x1
	.byte	0x5c
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0x17
	.4byte	0x44
	.4byte	0x15e
	.byte	0x18
	.4byte	0x26
	.byte	0x4
	.byte	0
	.byte	0x19
	.4byte	.LASF11
	.byte	0x1
	.byte	0x26
	.byte	0xc
	.4byte	0x2d
	.byte	0x1
	.4byte	0x18e
	.byte	0x5
	.string	"v"
	.byte	0x27
	.byte	0x7
	.4byte	0x2d
	.byte	0x1a
	.byte	0x5
	.string	"op"
	.byte	0x29
	.byte	0xa
	.4byte	0x4a
	.byte	0x5
	.string	"r"
	.byte	0x2a
	.byte	0x9
	.4byte	0x2d
	.byte	0
	.byte	0
	.byte	0x9
	.4byte	.LASF6
	.byte	0x1c
	.4byte	0x2d
	.4byte	.LFB2
	.4byte	.LFE2-.LFB2
	.byte	0x1
	.byte	0x9c
	.4byte	0x1fd
	.byte	0x3
	.string	"v"
	.byte	0x1d
	.byte	0x7
	.4byte	0x2d
	.4byte	.LLST7
	.byte	0x1b
	.4byte	.LLRL8
	.4byte	0x1f3
	.byte	0x3
	.string	"op"
	.byte	0x1f
	.byte	0xa
	.4byte	0x4a
	.4byte	.LLST9
	.byte	0x3
	.string	"r"
	.byte	0x20
	.byte	0x9
	.4byte	0x2d
	.4byte	.LLST10
	.byte	0x1
	.4byte	.LVL21
	.4byte	0x1fd
	.byte	0x1
	.4byte	.LVL25
	.4byte	0x1fd
	.byte	0x1
	.4byte	.LVL29
	.4byte	0x1fd
	.byte	0
	.byte	0x1
	.4byte	.LVL17
	.4byte	0x1fd
	.byte	0
	.byte	0x9
	.4byte	.LASF7
	.byte	0xe
	.4byte	0x2d
	.4byte	.LFB1
	.4byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x2a6
	.byte	0x1c
	.4byte	.LBB8
	.4byte	.LBE8-.LBB8
	.4byte	0x285
	.byte	0x3
	.string	"v"
	.byte	0x11
	.byte	0x9
	.4byte	0x2d
	.4byte	.LLST0
	.byte	0x1d
	.4byte	0x15e
	.4byte	.LBB9
	.4byte	.LBE9-.LBB9
	.byte	0x1
	.byte	0x11
	.byte	0xd
	.byte	0x2
	.4byte	0x16f
	.4byte	.LLST1
	.byte	0x8
	.4byte	0x178
	.4byte	.LLRL2
	.4byte	0x27a
	.byte	0x2
	.4byte	0x179
	.4byte	.LLST3
	.byte	0x2
	.4byte	0x183
	.4byte	.LLST4
	.byte	0x1
	.4byte	.LVL4
	.4byte	0x18e
	.byte	0x1
	.4byte	.LVL8
	.4byte	0x18e
	.byte	0
	.byte	0x1
	.4byte	.LVL0
	.4byte	0x18e
	.byte	0
	.byte	0
	.byte	0x1e
	.4byte	0x2a6
	.4byte	.LBB17
	.4byte	.LLRL5
	.byte	0x1
	.byte	0x19
	.byte	0xa
	.byte	0x4
	.4byte	.LLRL5
	.byte	0x2
	.4byte	0x2b3
	.4byte	.LLST6
	.byte	0
	.byte	0
	.byte	0
	.byte	0x1f
	.4byte	.LASF12
	.byte	0x1
	.byte	0x8
	.byte	0xc
	.4byte	0x2d
	.byte	0x1
	.byte	0x5
	.string	"v"
	.byte	0x9
	.byte	0x7
	.4byte	0x2d
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.byte	0x1
	.byte	0x48
	.byte	0
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x2
	.byte	0x34
	.byte	0
	.byte	0x31
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
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x5
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
	.byte	0x6
	.byte	0x49
	.byte	0
	.byte	0x2
	.byte	0x18
	.byte	0x7e
	.byte	0x18
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
	.byte	0xe
	.byte	0
	.byte	0
	.byte	0x8
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
	.byte	0x9
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
	.byte	0x7a
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xa
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
	.byte	0xb
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
	.byte	0xc
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
	.byte	0xd
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xe
	.byte	0x26
	.byte	0
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
	.byte	0x7a
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x13
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
	.byte	0x14
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
	.byte	0x15
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
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x18
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x19
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
	.byte	0x1a
	.byte	0xb
	.byte	0x1
	.byte	0
	.byte	0
	.byte	0x1b
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x1c
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
	.byte	0x1d
	.byte	0x1d
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x6
	.byte	0x58
	.byte	0xb
	.byte	0x59
	.byte	0xb
	.byte	0x57
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x1e
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
	.byte	0x49
	.byte	0x13
	.byte	0x20
	.byte	0xb
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
.LLST11:
	.byte	0x7
	.4byte	.LVL33
	.4byte	.LVL34
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL34
	.4byte	.LVL48
	.byte	0x1
	.byte	0x66
	.byte	0
.LLST13:
	.byte	0x7
	.4byte	.LVL33
	.4byte	.LVL34
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST15:
	.byte	0x7
	.4byte	.LVL44
	.4byte	.LVL47
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST17:
	.byte	0x7
	.4byte	.LVL36
	.4byte	.LVL43
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST19:
	.byte	0x7
	.4byte	.LVL37
	.4byte	.LVL40
	.byte	0x3
	.byte	0x8
	.byte	0x2d
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL41
	.4byte	.LVL44
	.byte	0x3
	.byte	0x8
	.byte	0x2b
	.byte	0x9f
	.byte	0
.LLST20:
	.byte	0x7
	.4byte	.LVL38
	.4byte	.LVL40
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL42
	.4byte	.LVL44
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST7:
	.byte	0x7
	.4byte	.LVL18
	.4byte	.LVL26
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.4byte	.LVL27
	.4byte	.LVL30
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.4byte	.LVL31
	.4byte	.LVL32
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.4byte	.LVL32
	.4byte	.LFE2
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST9:
	.byte	0x7
	.4byte	.LVL20
	.4byte	.LVL23
	.byte	0x3
	.byte	0x8
	.byte	0x25
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL24
	.4byte	.LVL27
	.byte	0x3
	.byte	0x8
	.byte	0x2a
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL28
	.4byte	.LVL31
	.byte	0x3
	.byte	0x8
	.byte	0x2f
	.byte	0x9f
	.byte	0
.LLST10:
	.byte	0x7
	.4byte	.LVL21
	.4byte	.LVL23
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL25
	.4byte	.LVL27
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL29
	.4byte	.LVL31
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST0:
	.byte	0x7
	.4byte	.LVL10
	.4byte	.LVL11
	.byte	0x1
	.byte	0x62
	.byte	0
.LLST1:
	.byte	0x7
	.4byte	.LVL1
	.4byte	.LVL2
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL2
	.4byte	.LVL9
	.byte	0x1
	.byte	0x62
	.byte	0
.LLST3:
	.byte	0x7
	.4byte	.LVL3
	.4byte	.LVL6
	.byte	0x3
	.byte	0x8
	.byte	0x2d
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL7
	.4byte	.LVL10
	.byte	0x3
	.byte	0x8
	.byte	0x2b
	.byte	0x9f
	.byte	0
.LLST4:
	.byte	0x7
	.4byte	.LVL4
	.4byte	.LVL6
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL8
	.4byte	.LVL10
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST6:
	.byte	0x7
	.4byte	.LVL12
	.4byte	.LVL13
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL13
	.4byte	.LVL15
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.4byte	.LVL16
	.4byte	.LFE1
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
	.4byte	.LFB4
	.4byte	.LFE4-.LFB4
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
	.4byte	.LBB11
	.4byte	.LBE11
	.byte	0x6
	.4byte	.LBB12
	.4byte	.LBE12
	.byte	0x6
	.4byte	.LBB13
	.4byte	.LBE13
	.byte	0x6
	.4byte	.LBB14
	.4byte	.LBE14
	.byte	0x6
	.4byte	.LBB15
	.4byte	.LBE15
	.byte	0x6
	.4byte	.LBB16
	.4byte	.LBE16
	.byte	0
.LLRL5:
	.byte	0x6
	.4byte	.LBB17
	.4byte	.LBE17
	.byte	0x6
	.4byte	.LBB20
	.4byte	.LBE20
	.byte	0
.LLRL8:
	.byte	0x6
	.4byte	.LBB21
	.4byte	.LBE21
	.byte	0x6
	.4byte	.LBB22
	.4byte	.LBE22
	.byte	0x6
	.4byte	.LBB23
	.4byte	.LBE23
	.byte	0x6
	.4byte	.LBB24
	.4byte	.LBE24
	.byte	0x6
	.4byte	.LBB25
	.4byte	.LBE25
	.byte	0x6
	.4byte	.LBB26
	.4byte	.LBE26
	.byte	0
.LLRL12:
	.byte	0x6
	.4byte	.LBB32
	.4byte	.LBE32
	.byte	0x6
	.4byte	.LBB45
	.4byte	.LBE45
	.byte	0
.LLRL14:
	.byte	0x6
	.4byte	.LBB33
	.4byte	.LBE33
	.byte	0x6
	.4byte	.LBB44
	.4byte	.LBE44
	.byte	0
.LLRL16:
	.byte	0x6
	.4byte	.LBB34
	.4byte	.LBE34
	.byte	0x6
	.4byte	.LBB43
	.4byte	.LBE43
	.byte	0
.LLRL18:
	.byte	0x6
	.4byte	.LBB36
	.4byte	.LBE36
	.byte	0x6
	.4byte	.LBB37
	.4byte	.LBE37
	.byte	0x6
	.4byte	.LBB38
	.4byte	.LBE38
	.byte	0x6
	.4byte	.LBB39
	.4byte	.LBE39
	.byte	0x6
	.4byte	.LBB40
	.4byte	.LBE40
	.byte	0x6
	.4byte	.LBB41
	.4byte	.LBE41
	.byte	0
.LLRL21:
	.byte	0x6
	.4byte	.Ltext0
	.4byte	.Letext0
	.byte	0x6
	.4byte	.LFB4
	.4byte	.LFE4
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF2:
	.string	"unsigned int"
.LASF12:
	.string	"number"
.LASF4:
	.string	"inputs"
.LASF8:
	.string	"GNU C17 12.2.0 -mabi=ilp32 -misa-spec=20191213 -march=rv32im -g -O2 -ffreestanding -fno-builtin"
.LASF11:
	.string	"expr"
.LASF6:
	.string	"term"
.LASF10:
	.string	"main"
.LASF7:
	.string	"factor"
.LASF5:
	.string	"total"
.LASF3:
	.string	"char"
.LASF9:
	.string	"printf"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"test/corpus/c/chars.c"
.LASF1:
	.string	"."
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
