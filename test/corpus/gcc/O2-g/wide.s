	.file	"wide.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "test/corpus/c/wide.c"
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"%c"
	.text
	.align	2
	.type	wput, @function
wput:
.LFB2:
	.file 1 "test/corpus/c/wide.c"
	.loc 1 18 34
	.cfi_startproc
.LVL0:
	.loc 1 18 36
	.loc 1 18 43
	lw	a1,0(a0)
	beq	a1,zero,.L9
	.loc 1 18 34 is_stmt 0
	addi	sp,sp,-16
	.cfi_def_cfa_offset 16
	sw	s0,8(sp)
	sw	s1,4(sp)
	sw	ra,12(sp)
	.cfi_offset 8, -8
	.cfi_offset 9, -12
	.cfi_offset 1, -4
	mv	s0,a0
	lui	s1,%hi(.LC0)
.LVL1:
.L3:
	.loc 1 18 47 is_stmt 1 discriminator 2
	addi	a0,s1,%lo(.LC0)
	.loc 1 18 62 is_stmt 0 discriminator 2
	addi	s0,s0,4
.LVL2:
	.loc 1 18 47 discriminator 2
	call	printf
.LVL3:
	.loc 1 18 43 is_stmt 1 discriminator 2
	lw	a1,0(s0)
	bne	a1,zero,.L3
	.loc 1 18 67 is_stmt 0
	lw	ra,12(sp)
	.cfi_restore 1
	lw	s0,8(sp)
	.cfi_restore 8
.LVL4:
	lw	s1,4(sp)
	.cfi_restore 9
	addi	sp,sp,16
	.cfi_def_cfa_offset 0
	jr	ra
.LVL5:
.L9:
	ret
	.cfi_endproc
.LFE2:
	.size	wput, .-wput
	.align	2
	.type	uput, @function
uput:
.LFB3:
	.loc 1 19 35 is_stmt 1
	.cfi_startproc
.LVL6:
	.loc 1 19 37
	.loc 1 19 44
	lhu	a1,0(a0)
	beq	a1,zero,.L21
	.loc 1 19 35 is_stmt 0
	addi	sp,sp,-16
	.cfi_def_cfa_offset 16
	sw	s0,8(sp)
	sw	s1,4(sp)
	sw	ra,12(sp)
	.cfi_offset 8, -8
	.cfi_offset 9, -12
	.cfi_offset 1, -4
	mv	s0,a0
	lui	s1,%hi(.LC0)
.LVL7:
.L15:
	.loc 1 19 48 is_stmt 1 discriminator 2
	addi	a0,s1,%lo(.LC0)
	.loc 1 19 63 is_stmt 0 discriminator 2
	addi	s0,s0,2
.LVL8:
	.loc 1 19 48 discriminator 2
	call	printf
.LVL9:
	.loc 1 19 44 is_stmt 1 discriminator 2
	lhu	a1,0(s0)
	bne	a1,zero,.L15
	.loc 1 19 68 is_stmt 0
	lw	ra,12(sp)
	.cfi_restore 1
	lw	s0,8(sp)
	.cfi_restore 8
.LVL10:
	lw	s1,4(sp)
	.cfi_restore 9
	addi	sp,sp,16
	.cfi_def_cfa_offset 0
	jr	ra
.LVL11:
.L21:
	ret
	.cfi_endproc
.LFE3:
	.size	uput, .-uput
	.section	.rodata.str1.4
	.align	2
.LC1:
	.string	"%d %d %d %d %d %d %d\n"
	.align	2
.LC2:
	.string	"\n"
	.align	2
.LC3:
	.string	"%d %d\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
.LFB4:
	.loc 1 21 16 is_stmt 1
	.cfi_startproc
	.loc 1 22 3
	.loc 1 21 16 is_stmt 0
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sw	s0,24(sp)
	.cfi_offset 8, -8
	.loc 1 22 3
	lui	s0,%hi(w1)
	lw	a5,%lo(w1)(s0)
.LVL12:
.LBB16:
.LBB17:
	.loc 1 16 35 is_stmt 1
	.loc 1 16 46
	.loc 1 16 53
.LBE17:
.LBE16:
	.loc 1 21 16 is_stmt 0
	sw	ra,28(sp)
	sw	s1,20(sp)
.LBB20:
.LBB18:
	.loc 1 16 54
	lw	a1,0(a5)
.LBE18:
.LBE20:
	.loc 1 21 16
	sw	s2,16(sp)
	sw	s3,12(sp)
	sw	s4,8(sp)
	sw	s5,4(sp)
	sw	s6,0(sp)
	.cfi_offset 1, -4
	.cfi_offset 9, -12
	.cfi_offset 18, -16
	.cfi_offset 19, -20
	.cfi_offset 20, -24
	.cfi_offset 21, -28
	.cfi_offset 22, -32
.LBB21:
.LBB19:
	.loc 1 16 53
	beq	a1,zero,.L25
	addi	a5,a5,4
.LVL13:
	.loc 1 16 39
	li	a1,0
.LVL14:
.L26:
	.loc 1 16 59 is_stmt 1
	.loc 1 16 53 is_stmt 0
	lw	a4,0(a5)
	.loc 1 16 60
	addi	a1,a1,1
.LVL15:
	.loc 1 16 53 is_stmt 1
	addi	a5,a5,4
	bne	a4,zero,.L26
.LVL16:
.L25:
	.loc 1 16 64
.LBE19:
.LBE21:
	.loc 1 22 3 is_stmt 0
	lui	s1,%hi(w2)
	lw	a5,%lo(w2)(s1)
.LVL17:
.LBB22:
.LBB23:
	.loc 1 16 53 is_stmt 1
	.loc 1 16 54 is_stmt 0
	lw	a2,0(a5)
	.loc 1 16 53
	beq	a2,zero,.L27
	addi	a5,a5,4
.LVL18:
	.loc 1 16 39
	li	a2,0
.LVL19:
.L28:
	.loc 1 16 59 is_stmt 1
	.loc 1 16 53 is_stmt 0
	lw	a4,0(a5)
	.loc 1 16 60
	addi	a2,a2,1
.LVL20:
	.loc 1 16 53 is_stmt 1
	addi	a5,a5,4
	bne	a4,zero,.L28
.LVL21:
.L27:
	.loc 1 16 64
.LBE23:
.LBE22:
	.loc 1 22 3 is_stmt 0
	lui	s2,%hi(w3)
	lw	a5,%lo(w3)(s2)
.LVL22:
.LBB24:
.LBB25:
	.loc 1 16 53 is_stmt 1
	.loc 1 16 54 is_stmt 0
	lw	a3,0(a5)
	.loc 1 16 53
	beq	a3,zero,.L29
	addi	a5,a5,4
.LVL23:
	.loc 1 16 39
	li	a3,0
.LVL24:
.L30:
	.loc 1 16 59 is_stmt 1
	.loc 1 16 53 is_stmt 0
	lw	a4,0(a5)
	.loc 1 16 60
	addi	a3,a3,1
.LVL25:
	.loc 1 16 53 is_stmt 1
	addi	a5,a5,4
	bne	a4,zero,.L30
.LVL26:
.L29:
	.loc 1 16 64
.LBE25:
.LBE24:
	.loc 1 22 3 is_stmt 0
	lui	s3,%hi(u1)
	lw	a5,%lo(u1)(s3)
.LVL27:
.LBB26:
.LBB27:
	.loc 1 17 54 is_stmt 1
	lhu	a4,0(a5)
	beq	a4,zero,.L39
	addi	a5,a5,2
.LVL28:
	.loc 1 17 40 is_stmt 0
	li	a4,0
.LVL29:
.L32:
	.loc 1 17 60 is_stmt 1
	.loc 1 17 54 is_stmt 0
	lhu	a0,0(a5)
	.loc 1 17 61
	addi	a4,a4,1
.LVL30:
	.loc 1 17 54 is_stmt 1
	addi	a5,a5,2
	bne	a0,zero,.L32
.LVL31:
.L31:
	.loc 1 17 65
.LBE27:
.LBE26:
	.loc 1 22 3 is_stmt 0
	lui	s4,%hi(u2)
	lw	a0,%lo(u2)(s4)
.LVL32:
.LBB29:
.LBB30:
	.loc 1 17 54 is_stmt 1
	lhu	a5,0(a0)
	beq	a5,zero,.L40
	addi	a0,a0,2
.LVL33:
	.loc 1 17 40 is_stmt 0
	li	a5,0
.LVL34:
.L34:
	.loc 1 17 60 is_stmt 1
	.loc 1 17 54 is_stmt 0
	lhu	a6,0(a0)
	.loc 1 17 61
	addi	a5,a5,1
.LVL35:
	.loc 1 17 54 is_stmt 1
	addi	a0,a0,2
	bne	a6,zero,.L34
.LVL36:
.L33:
	.loc 1 17 65
.LBE30:
.LBE29:
	.loc 1 22 3 is_stmt 0
	lui	s5,%hi(u3)
	lw	a0,%lo(u3)(s5)
.LVL37:
.LBB32:
.LBB33:
	.loc 1 17 54 is_stmt 1
	lhu	a6,0(a0)
	beq	a6,zero,.L41
	addi	a0,a0,2
.LVL38:
	.loc 1 17 40 is_stmt 0
	li	a6,0
.LVL39:
.L36:
	.loc 1 17 60 is_stmt 1
	.loc 1 17 54 is_stmt 0
	lhu	a7,0(a0)
	.loc 1 17 61
	addi	a6,a6,1
.LVL40:
	.loc 1 17 54 is_stmt 1
	addi	a0,a0,2
	bne	a7,zero,.L36
.LVL41:
.L35:
	.loc 1 17 65
.LBE33:
.LBE32:
	.loc 1 22 3 is_stmt 0
	lui	a0,%hi(empty)
	lw	a0,%lo(empty)(a0)
.LVL42:
.LBB35:
.LBB36:
	.loc 1 17 54 is_stmt 1
	lhu	a7,0(a0)
	beq	a7,zero,.L42
	addi	a0,a0,2
.LVL43:
	.loc 1 17 40 is_stmt 0
	li	a7,0
.LVL44:
.L38:
	.loc 1 17 60 is_stmt 1
	.loc 1 17 54 is_stmt 0
	lhu	t1,0(a0)
	.loc 1 17 61
	addi	a7,a7,1
.LVL45:
	.loc 1 17 54 is_stmt 1
	addi	a0,a0,2
	bne	t1,zero,.L38
.LVL46:
.L37:
	.loc 1 17 65
.LBE36:
.LBE35:
	.loc 1 22 3 is_stmt 0
	lui	a0,%hi(.LC1)
	addi	a0,a0,%lo(.LC1)
	call	printf
.LVL47:
	.loc 1 23 3 is_stmt 1
	lw	a0,%lo(w1)(s0)
	.loc 1 23 33 is_stmt 0
	lui	s6,%hi(.LC2)
	.loc 1 23 3
	call	wput
.LVL48:
	.loc 1 23 13 is_stmt 1
	lw	a0,%lo(w2)(s1)
	call	wput
.LVL49:
	.loc 1 23 23
	lw	a0,%lo(w3)(s2)
	call	wput
.LVL50:
	.loc 1 23 33
	addi	a0,s6,%lo(.LC2)
	call	printf
.LVL51:
	.loc 1 24 3
	lw	a0,%lo(u1)(s3)
	call	uput
.LVL52:
	.loc 1 24 13
	lw	a0,%lo(u2)(s4)
	call	uput
.LVL53:
	.loc 1 24 23
	lw	a0,%lo(u3)(s5)
	call	uput
.LVL54:
	.loc 1 24 33
	addi	a0,s6,%lo(.LC2)
	call	printf
.LVL55:
	.loc 1 25 3
	lw	a5,%lo(w1)(s0)
	lw	a2,%lo(w2)(s1)
	lw	a1,%lo(w3)(s2)
	.loc 1 25 34 is_stmt 0
	addi	a4,a5,8
	.loc 1 25 3
	sub	a2,a2,a4
	sub	a1,a1,a5
	lui	a0,%hi(.LC3)
	seqz	a2,a2
	seqz	a1,a1
	addi	a0,a0,%lo(.LC3)
	call	printf
.LVL56:
	.loc 1 26 3 is_stmt 1
	.loc 1 27 1 is_stmt 0
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
	lw	s5,4(sp)
	.cfi_restore 21
	lw	s6,0(sp)
	.cfi_restore 22
	li	a0,0
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
.LVL57:
.L39:
	.cfi_restore_state
.LBB38:
.LBB28:
	.loc 1 17 40
	li	a4,0
	j	.L31
.LVL58:
.L40:
.LBE28:
.LBE38:
.LBB39:
.LBB31:
	li	a5,0
	j	.L33
.LVL59:
.L41:
.LBE31:
.LBE39:
.LBB40:
.LBB34:
	li	a6,0
	j	.L35
.LVL60:
.L42:
.LBE34:
.LBE40:
.LBB41:
.LBB37:
	li	a7,0
	j	.L37
.LBE37:
.LBE41:
	.cfi_endproc
.LFE4:
	.size	main, .-main
	.globl	empty
	.section	.rodata.str2.4,"aMS",@progbits,2
	.align	2
.LC4:
	.string	""
	.string	""
	.globl	u3
	.align	2
.LC5:
	.string	"l"
	.string	"d"
	.string	""
	.string	""
	.globl	u2
	.align	2
.LC6:
	.string	"w"
	.string	"o"
	.string	"r"
	.string	"l"
	.string	"d"
	.string	""
	.string	""
	.globl	u1
	.align	2
.LC7:
	.string	"h"
	.string	"e"
	.string	"l"
	.string	"l"
	.string	"o"
	.string	""
	.string	""
	.globl	w3
	.section	.rodata.str4.4,"aMS",@progbits,4
	.align	2
.LC8:
	.string	"h"
	.string	""
	.string	""
	.string	"e"
	.string	""
	.string	""
	.string	"l"
	.string	""
	.string	""
	.string	"l"
	.string	""
	.string	""
	.string	"o"
	.string	""
	.string	""
	.string	""
	.string	""
	.string	""
	.string	""
	.globl	w2
	.align	2
.LC9:
	.string	"l"
	.string	""
	.string	""
	.string	"l"
	.string	""
	.string	""
	.string	"o"
	.string	""
	.string	""
	.string	""
	.string	""
	.string	""
	.string	""
	.globl	w1
	.section	.sdata,"aw"
	.align	2
	.type	empty, @object
	.size	empty, 4
empty:
	.word	.LC4
	.type	u3, @object
	.size	u3, 4
u3:
	.word	.LC5
	.type	u2, @object
	.size	u2, 4
u2:
	.word	.LC6
	.type	u1, @object
	.size	u1, 4
u1:
	.word	.LC7
	.type	w3, @object
	.size	w3, 4
w3:
	.word	.LC8
	.type	w2, @object
	.size	w2, 4
w2:
	.word	.LC9
	.type	w1, @object
	.size	w1, 4
w1:
	.word	.LC8
	.text
.Letext0:
	.file 2 "runtime/vmlab.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x36d
	.2byte	0x5
	.byte	0x1
	.byte	0x4
	.4byte	.Ldebug_abbrev0
	.byte	0x13
	.4byte	.LASF10
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL21
	.4byte	0
	.4byte	.Ldebug_line0
	.byte	0x8
	.byte	0x4
	.byte	0x7
	.4byte	.LASF2
	.byte	0x14
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0xd
	.4byte	.LASF3
	.byte	0x5
	.byte	0xd
	.4byte	0x2d
	.byte	0x9
	.4byte	0x34
	.byte	0xd
	.4byte	.LASF4
	.byte	0x6
	.byte	0x18
	.4byte	0x54
	.byte	0x9
	.4byte	0x44
	.byte	0x8
	.byte	0x2
	.byte	0x7
	.4byte	.LASF5
	.byte	0x3
	.string	"w1"
	.byte	0x8
	.byte	0xe
	.4byte	0x6b
	.byte	0x5
	.byte	0x3
	.4byte	w1
	.byte	0xa
	.4byte	0x3f
	.byte	0x3
	.string	"w2"
	.byte	0x9
	.byte	0xe
	.4byte	0x6b
	.byte	0x5
	.byte	0x3
	.4byte	w2
	.byte	0x3
	.string	"w3"
	.byte	0xa
	.byte	0xe
	.4byte	0x6b
	.byte	0x5
	.byte	0x3
	.4byte	w3
	.byte	0x3
	.string	"u1"
	.byte	0xb
	.byte	0xf
	.4byte	0xa0
	.byte	0x5
	.byte	0x3
	.4byte	u1
	.byte	0xa
	.4byte	0x4f
	.byte	0x3
	.string	"u2"
	.byte	0xc
	.byte	0xf
	.4byte	0xa0
	.byte	0x5
	.byte	0x3
	.4byte	u2
	.byte	0x3
	.string	"u3"
	.byte	0xd
	.byte	0xf
	.4byte	0xa0
	.byte	0x5
	.byte	0x3
	.4byte	u3
	.byte	0x15
	.4byte	.LASF6
	.byte	0x1
	.byte	0xe
	.byte	0xf
	.4byte	0xa0
	.byte	0x5
	.byte	0x3
	.4byte	empty
	.byte	0x16
	.4byte	.LASF11
	.byte	0x2
	.byte	0x16
	.byte	0x5
	.4byte	0x2d
	.4byte	0xee
	.byte	0x17
	.4byte	0xee
	.byte	0x18
	.byte	0
	.byte	0xa
	.4byte	0xfa
	.byte	0x8
	.byte	0x1
	.byte	0x8
	.4byte	.LASF7
	.byte	0x9
	.4byte	0xf3
	.byte	0x19
	.4byte	.LASF12
	.byte	0x1
	.byte	0x15
	.byte	0x5
	.4byte	0x2d
	.4byte	.LFB4
	.4byte	.LFE4-.LFB4
	.byte	0x1
	.byte	0x9c
	.4byte	0x2c2
	.byte	0x6
	.4byte	0x350
	.4byte	.LBB16
	.4byte	.LLRL2
	.4byte	0x143
	.byte	0x1
	.4byte	0x35d
	.4byte	.LLST3
	.byte	0x7
	.4byte	.LLRL2
	.byte	0x2
	.4byte	0x366
	.4byte	.LLST4
	.byte	0
	.byte	0
	.byte	0xe
	.4byte	0x350
	.4byte	.LBB22
	.4byte	.LBE22-.LBB22
	.4byte	0x167
	.byte	0x1
	.4byte	0x35d
	.4byte	.LLST5
	.byte	0x2
	.4byte	0x366
	.4byte	.LLST6
	.byte	0
	.byte	0xe
	.4byte	0x350
	.4byte	.LBB24
	.4byte	.LBE24-.LBB24
	.4byte	0x18b
	.byte	0x1
	.4byte	0x35d
	.4byte	.LLST7
	.byte	0x2
	.4byte	0x366
	.4byte	.LLST8
	.byte	0
	.byte	0x6
	.4byte	0x32c
	.4byte	.LBB26
	.4byte	.LLRL9
	.4byte	0x1b5
	.byte	0x1
	.4byte	0x33d
	.4byte	.LLST10
	.byte	0x7
	.4byte	.LLRL9
	.byte	0x2
	.4byte	0x346
	.4byte	.LLST11
	.byte	0
	.byte	0
	.byte	0x6
	.4byte	0x32c
	.4byte	.LBB29
	.4byte	.LLRL12
	.4byte	0x1df
	.byte	0x1
	.4byte	0x33d
	.4byte	.LLST13
	.byte	0x7
	.4byte	.LLRL12
	.byte	0x2
	.4byte	0x346
	.4byte	.LLST14
	.byte	0
	.byte	0
	.byte	0x6
	.4byte	0x32c
	.4byte	.LBB32
	.4byte	.LLRL15
	.4byte	0x209
	.byte	0x1
	.4byte	0x33d
	.4byte	.LLST16
	.byte	0x7
	.4byte	.LLRL15
	.byte	0x2
	.4byte	0x346
	.4byte	.LLST17
	.byte	0
	.byte	0
	.byte	0x6
	.4byte	0x32c
	.4byte	.LBB35
	.4byte	.LLRL18
	.4byte	0x233
	.byte	0x1
	.4byte	0x33d
	.4byte	.LLST19
	.byte	0x7
	.4byte	.LLRL18
	.byte	0x2
	.4byte	0x346
	.4byte	.LLST20
	.byte	0
	.byte	0
	.byte	0xb
	.4byte	.LVL47
	.4byte	0xd7
	.4byte	0x24a
	.byte	0x4
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x3
	.4byte	.LC1
	.byte	0
	.byte	0x5
	.4byte	.LVL48
	.4byte	0x2f7
	.byte	0x5
	.4byte	.LVL49
	.4byte	0x2f7
	.byte	0x5
	.4byte	.LVL50
	.4byte	0x2f7
	.byte	0xb
	.4byte	.LVL51
	.4byte	0xd7
	.4byte	0x27c
	.byte	0x4
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x3
	.4byte	.LC2
	.byte	0
	.byte	0x5
	.4byte	.LVL52
	.4byte	0x2c2
	.byte	0x5
	.4byte	.LVL53
	.4byte	0x2c2
	.byte	0x5
	.4byte	.LVL54
	.4byte	0x2c2
	.byte	0xb
	.4byte	.LVL55
	.4byte	0xd7
	.4byte	0x2ae
	.byte	0x4
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x3
	.4byte	.LC2
	.byte	0
	.byte	0xc
	.4byte	.LVL56
	.4byte	0xd7
	.byte	0x4
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x3
	.4byte	.LC3
	.byte	0
	.byte	0
	.byte	0xf
	.4byte	.LASF8
	.byte	0x13
	.4byte	.LFB3
	.4byte	.LFE3-.LFB3
	.byte	0x1
	.byte	0x9c
	.4byte	0x2f7
	.byte	0x10
	.string	"s"
	.byte	0x13
	.byte	0x20
	.4byte	0xa0
	.4byte	.LLST1
	.byte	0xc
	.4byte	.LVL9
	.4byte	0xd7
	.byte	0x4
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x3
	.4byte	.LC0
	.byte	0
	.byte	0
	.byte	0xf
	.4byte	.LASF9
	.byte	0x12
	.4byte	.LFB2
	.4byte	.LFE2-.LFB2
	.byte	0x1
	.byte	0x9c
	.4byte	0x32c
	.byte	0x10
	.string	"s"
	.byte	0x12
	.byte	0x1f
	.4byte	0x6b
	.4byte	.LLST0
	.byte	0xc
	.4byte	.LVL3
	.4byte	0xd7
	.byte	0x4
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x3
	.4byte	.LC0
	.byte	0
	.byte	0
	.byte	0x1a
	.4byte	.LASF13
	.byte	0x1
	.byte	0x11
	.byte	0xc
	.4byte	0x2d
	.byte	0x1
	.4byte	0x350
	.byte	0x11
	.string	"s"
	.byte	0x11
	.byte	0x1f
	.4byte	0xa0
	.byte	0x12
	.string	"n"
	.byte	0x11
	.byte	0x28
	.4byte	0x2d
	.byte	0
	.byte	0x1b
	.4byte	.LASF14
	.byte	0x1
	.byte	0x10
	.byte	0xc
	.4byte	0x2d
	.byte	0x1
	.byte	0x11
	.string	"s"
	.byte	0x10
	.byte	0x1e
	.4byte	0x6b
	.byte	0x12
	.string	"n"
	.byte	0x10
	.byte	0x27
	.4byte	0x2d
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.byte	0x1
	.byte	0x5
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
	.byte	0x3f
	.byte	0x19
	.byte	0x2
	.byte	0x18
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
	.byte	0x48
	.byte	0
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x6
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
	.byte	0x16
	.byte	0x57
	.byte	0x21
	.byte	0x3
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x7
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x8
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
	.byte	0xc
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xd
	.byte	0x16
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
	.byte	0
	.byte	0
	.byte	0xe
	.byte	0x1d
	.byte	0x1
	.byte	0x31
	.byte	0x13
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x6
	.byte	0x58
	.byte	0x21
	.byte	0x1
	.byte	0x59
	.byte	0x21
	.byte	0x16
	.byte	0x57
	.byte	0x21
	.byte	0x3
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xf
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
	.byte	0xd
	.byte	0x27
	.byte	0x19
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
	.byte	0x10
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
	.byte	0x17
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
	.byte	0xb
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x12
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
	.byte	0x13
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
	.byte	0x14
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
	.byte	0x1b
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
.LLST3:
	.byte	0x7
	.4byte	.LVL12
	.4byte	.LVL13
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.4byte	.LVL13
	.4byte	.LVL16
	.byte	0x5
	.byte	0x3
	.4byte	w1
	.byte	0
.LLST4:
	.byte	0x7
	.4byte	.LVL12
	.4byte	.LVL14
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL14
	.4byte	.LVL16
	.byte	0x1
	.byte	0x5b
	.byte	0
.LLST5:
	.byte	0x7
	.4byte	.LVL17
	.4byte	.LVL18
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.4byte	.LVL18
	.4byte	.LVL21
	.byte	0x5
	.byte	0x3
	.4byte	w2
	.byte	0
.LLST6:
	.byte	0x7
	.4byte	.LVL17
	.4byte	.LVL19
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL19
	.4byte	.LVL21
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST7:
	.byte	0x7
	.4byte	.LVL22
	.4byte	.LVL23
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.4byte	.LVL23
	.4byte	.LVL26
	.byte	0x5
	.byte	0x3
	.4byte	w3
	.byte	0
.LLST8:
	.byte	0x7
	.4byte	.LVL22
	.4byte	.LVL24
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL24
	.4byte	.LVL26
	.byte	0x1
	.byte	0x5d
	.byte	0
.LLST10:
	.byte	0x7
	.4byte	.LVL27
	.4byte	.LVL28
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.4byte	.LVL28
	.4byte	.LVL31
	.byte	0x5
	.byte	0x3
	.4byte	u1
	.byte	0x7
	.4byte	.LVL57
	.4byte	.LVL58
	.byte	0x1
	.byte	0x5f
	.byte	0
.LLST11:
	.byte	0x7
	.4byte	.LVL27
	.4byte	.LVL29
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL29
	.4byte	.LVL31
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.4byte	.LVL57
	.4byte	.LVL58
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST13:
	.byte	0x7
	.4byte	.LVL32
	.4byte	.LVL33
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL33
	.4byte	.LVL36
	.byte	0x5
	.byte	0x3
	.4byte	u2
	.byte	0x7
	.4byte	.LVL58
	.4byte	.LVL59
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST14:
	.byte	0x7
	.4byte	.LVL32
	.4byte	.LVL34
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL34
	.4byte	.LVL36
	.byte	0x1
	.byte	0x5f
	.byte	0x7
	.4byte	.LVL58
	.4byte	.LVL59
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST16:
	.byte	0x7
	.4byte	.LVL37
	.4byte	.LVL38
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL38
	.4byte	.LVL41
	.byte	0x5
	.byte	0x3
	.4byte	u3
	.byte	0x7
	.4byte	.LVL59
	.4byte	.LVL60
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST17:
	.byte	0x7
	.4byte	.LVL37
	.4byte	.LVL39
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL39
	.4byte	.LVL41
	.byte	0x1
	.byte	0x60
	.byte	0x7
	.4byte	.LVL59
	.4byte	.LVL60
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST19:
	.byte	0x7
	.4byte	.LVL42
	.4byte	.LVL43
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL43
	.4byte	.LVL46
	.byte	0x5
	.byte	0x3
	.4byte	empty
	.byte	0x7
	.4byte	.LVL60
	.4byte	.LFE4
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST20:
	.byte	0x7
	.4byte	.LVL42
	.4byte	.LVL44
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL44
	.4byte	.LVL46
	.byte	0x1
	.byte	0x61
	.byte	0x7
	.4byte	.LVL60
	.4byte	.LFE4
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST1:
	.byte	0x7
	.4byte	.LVL6
	.4byte	.LVL7
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL7
	.4byte	.LVL10
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.4byte	.LVL11
	.4byte	.LFE3
	.byte	0x1
	.byte	0x5a
	.byte	0
.LLST0:
	.byte	0x7
	.4byte	.LVL0
	.4byte	.LVL1
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL1
	.4byte	.LVL4
	.byte	0x1
	.byte	0x58
	.byte	0x7
	.4byte	.LVL5
	.4byte	.LFE2
	.byte	0x1
	.byte	0x5a
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
	.4byte	.LBB16
	.4byte	.LBE16
	.byte	0x6
	.4byte	.LBB20
	.4byte	.LBE20
	.byte	0x6
	.4byte	.LBB21
	.4byte	.LBE21
	.byte	0
.LLRL9:
	.byte	0x6
	.4byte	.LBB26
	.4byte	.LBE26
	.byte	0x6
	.4byte	.LBB38
	.4byte	.LBE38
	.byte	0
.LLRL12:
	.byte	0x6
	.4byte	.LBB29
	.4byte	.LBE29
	.byte	0x6
	.4byte	.LBB39
	.4byte	.LBE39
	.byte	0
.LLRL15:
	.byte	0x6
	.4byte	.LBB32
	.4byte	.LBE32
	.byte	0x6
	.4byte	.LBB40
	.4byte	.LBE40
	.byte	0
.LLRL18:
	.byte	0x6
	.4byte	.LBB35
	.4byte	.LBE35
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
.LASF8:
	.string	"uput"
.LASF3:
	.string	"wchar"
.LASF2:
	.string	"unsigned int"
.LASF14:
	.string	"wlen"
.LASF9:
	.string	"wput"
.LASF12:
	.string	"main"
.LASF4:
	.string	"char16"
.LASF7:
	.string	"char"
.LASF6:
	.string	"empty"
.LASF5:
	.string	"short unsigned int"
.LASF11:
	.string	"printf"
.LASF10:
	.string	"GNU C17 12.2.0 -mabi=ilp32 -misa-spec=20191213 -march=rv32im -g -O2 -ffreestanding -fno-builtin"
.LASF13:
	.string	"ulen"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"test/corpus/c/wide.c"
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
