	.file	"wide.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "test/corpus/c/wide.c"
	.globl	w1
	.section	.rodata
	.align	2
.LC0:
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
	.section	.sdata,"aw"
	.align	2
	.type	w1, @object
	.size	w1, 4
w1:
	.word	.LC0
	.globl	w2
	.section	.rodata
	.align	2
.LC1:
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
	.section	.sdata
	.align	2
	.type	w2, @object
	.size	w2, 4
w2:
	.word	.LC1
	.globl	w3
	.align	2
	.type	w3, @object
	.size	w3, 4
w3:
	.word	.LC0
	.globl	u1
	.section	.rodata
	.align	2
.LC2:
	.string	"h"
	.string	"e"
	.string	"l"
	.string	"l"
	.string	"o"
	.string	""
	.string	""
	.section	.sdata
	.align	2
	.type	u1, @object
	.size	u1, 4
u1:
	.word	.LC2
	.globl	u2
	.section	.rodata
	.align	2
.LC3:
	.string	"w"
	.string	"o"
	.string	"r"
	.string	"l"
	.string	"d"
	.string	""
	.string	""
	.section	.sdata
	.align	2
	.type	u2, @object
	.size	u2, 4
u2:
	.word	.LC3
	.globl	u3
	.section	.rodata
	.align	2
.LC4:
	.string	"l"
	.string	"d"
	.string	""
	.string	""
	.section	.sdata
	.align	2
	.type	u3, @object
	.size	u3, 4
u3:
	.word	.LC4
	.globl	empty
	.section	.rodata
	.align	2
.LC5:
	.string	""
	.string	""
	.section	.sdata
	.align	2
	.type	empty, @object
	.size	empty, 4
empty:
	.word	.LC5
	.text
	.align	2
	.type	wlen, @function
wlen:
.LFB0:
	.file 1 "test/corpus/c/wide.c"
	.loc 1 16 33
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sw	s0,44(sp)
	.cfi_offset 8, -4
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	sw	a0,-36(s0)
	.loc 1 16 39
	sw	zero,-20(s0)
	.loc 1 16 52
	j	.L2
.L3:
	.loc 1 16 60 discriminator 3
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L2:
	.loc 1 16 54 discriminator 1
	lw	a5,-20(s0)
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	.loc 1 16 53 discriminator 1
	bne	a5,zero,.L3
	.loc 1 16 71 discriminator 4
	lw	a5,-20(s0)
	.loc 1 16 74 discriminator 4
	mv	a0,a5
	lw	s0,44(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE0:
	.size	wlen, .-wlen
	.align	2
	.type	ulen, @function
ulen:
.LFB1:
	.loc 1 17 34
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sw	s0,44(sp)
	.cfi_offset 8, -4
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	sw	a0,-36(s0)
	.loc 1 17 40
	sw	zero,-20(s0)
	.loc 1 17 53
	j	.L6
.L7:
	.loc 1 17 61 discriminator 3
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L6:
	.loc 1 17 55 discriminator 1
	lw	a5,-20(s0)
	slli	a5,a5,1
	lw	a4,-36(s0)
	add	a5,a4,a5
	lhu	a5,0(a5)
	.loc 1 17 54 discriminator 1
	bne	a5,zero,.L7
	.loc 1 17 72 discriminator 4
	lw	a5,-20(s0)
	.loc 1 17 75 discriminator 4
	mv	a0,a5
	lw	s0,44(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE1:
	.size	ulen, .-ulen
	.section	.rodata
	.align	2
.LC6:
	.string	"%c"
	.text
	.align	2
	.type	wput, @function
wput:
.LFB2:
	.loc 1 18 34
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
	.loc 1 18 42
	j	.L10
.L11:
	.loc 1 18 62 discriminator 2
	lw	a5,-20(s0)
	addi	a4,a5,4
	sw	a4,-20(s0)
	.loc 1 18 47 discriminator 2
	lw	a5,0(a5)
	mv	a1,a5
	lui	a5,%hi(.LC6)
	addi	a0,a5,%lo(.LC6)
	call	printf
.L10:
	.loc 1 18 43 discriminator 1
	lw	a5,-20(s0)
	lw	a5,0(a5)
	bne	a5,zero,.L11
	.loc 1 18 67
	nop
	nop
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
	.size	wput, .-wput
	.align	2
	.type	uput, @function
uput:
.LFB3:
	.loc 1 19 35
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
	.loc 1 19 43
	j	.L13
.L14:
	.loc 1 19 63 discriminator 2
	lw	a5,-20(s0)
	addi	a4,a5,2
	sw	a4,-20(s0)
	.loc 1 19 61 discriminator 2
	lhu	a5,0(a5)
	.loc 1 19 48 discriminator 2
	mv	a1,a5
	lui	a5,%hi(.LC6)
	addi	a0,a5,%lo(.LC6)
	call	printf
.L13:
	.loc 1 19 44 discriminator 1
	lw	a5,-20(s0)
	lhu	a5,0(a5)
	bne	a5,zero,.L14
	.loc 1 19 68
	nop
	nop
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
	.size	uput, .-uput
	.section	.rodata
	.align	2
.LC7:
	.string	"%d %d %d %d %d %d %d\n"
	.align	2
.LC8:
	.string	"\n"
	.align	2
.LC9:
	.string	"%d %d\n"
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
.LFB4:
	.loc 1 21 16
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sw	ra,28(sp)
	sw	s0,24(sp)
	sw	s1,20(sp)
	sw	s2,16(sp)
	sw	s3,12(sp)
	sw	s4,8(sp)
	sw	s5,4(sp)
	sw	s6,0(sp)
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	.cfi_offset 9, -12
	.cfi_offset 18, -16
	.cfi_offset 19, -20
	.cfi_offset 20, -24
	.cfi_offset 21, -28
	.cfi_offset 22, -32
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	.loc 1 22 3
	lui	a5,%hi(w1)
	lw	a5,%lo(w1)(a5)
	mv	a0,a5
	call	wlen
	mv	s1,a0
	lui	a5,%hi(w2)
	lw	a5,%lo(w2)(a5)
	mv	a0,a5
	call	wlen
	mv	s2,a0
	lui	a5,%hi(w3)
	lw	a5,%lo(w3)(a5)
	mv	a0,a5
	call	wlen
	mv	s3,a0
	lui	a5,%hi(u1)
	lw	a5,%lo(u1)(a5)
	mv	a0,a5
	call	ulen
	mv	s4,a0
	lui	a5,%hi(u2)
	lw	a5,%lo(u2)(a5)
	mv	a0,a5
	call	ulen
	mv	s5,a0
	lui	a5,%hi(u3)
	lw	a5,%lo(u3)(a5)
	mv	a0,a5
	call	ulen
	mv	s6,a0
	lui	a5,%hi(empty)
	lw	a5,%lo(empty)(a5)
	mv	a0,a5
	call	ulen
	mv	a5,a0
	mv	a7,a5
	mv	a6,s6
	mv	a5,s5
	mv	a4,s4
	mv	a3,s3
	mv	a2,s2
	mv	a1,s1
	lui	a0,%hi(.LC7)
	addi	a0,a0,%lo(.LC7)
	call	printf
	.loc 1 23 3
	lui	a5,%hi(w1)
	lw	a5,%lo(w1)(a5)
	mv	a0,a5
	call	wput
	.loc 1 23 13
	lui	a5,%hi(w2)
	lw	a5,%lo(w2)(a5)
	mv	a0,a5
	call	wput
	.loc 1 23 23
	lui	a5,%hi(w3)
	lw	a5,%lo(w3)(a5)
	mv	a0,a5
	call	wput
	.loc 1 23 33
	lui	a5,%hi(.LC8)
	addi	a0,a5,%lo(.LC8)
	call	printf
	.loc 1 24 3
	lui	a5,%hi(u1)
	lw	a5,%lo(u1)(a5)
	mv	a0,a5
	call	uput
	.loc 1 24 13
	lui	a5,%hi(u2)
	lw	a5,%lo(u2)(a5)
	mv	a0,a5
	call	uput
	.loc 1 24 23
	lui	a5,%hi(u3)
	lw	a5,%lo(u3)(a5)
	mv	a0,a5
	call	uput
	.loc 1 24 33
	lui	a5,%hi(.LC8)
	addi	a0,a5,%lo(.LC8)
	call	printf
	.loc 1 25 3
	lui	a5,%hi(w1)
	lw	a4,%lo(w1)(a5)
	lui	a5,%hi(w3)
	lw	a5,%lo(w3)(a5)
	sub	a5,a4,a5
	seqz	a5,a5
	andi	a5,a5,0xff
	mv	a3,a5
	.loc 1 25 34
	lui	a5,%hi(w1)
	lw	a5,%lo(w1)(a5)
	addi	a4,a5,8
	.loc 1 25 3
	lui	a5,%hi(w2)
	lw	a5,%lo(w2)(a5)
	sub	a5,a4,a5
	seqz	a5,a5
	andi	a5,a5,0xff
	mv	a2,a5
	mv	a1,a3
	lui	a5,%hi(.LC9)
	addi	a0,a5,%lo(.LC9)
	call	printf
	.loc 1 26 10
	li	a5,0
	.loc 1 27 1
	mv	a0,a5
	lw	ra,28(sp)
	.cfi_restore 1
	lw	s0,24(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
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
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE4:
	.size	main, .-main
.Letext0:
	.file 2 "runtime/vmlab.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x1b6
	.2byte	0x5
	.byte	0x1
	.byte	0x4
	.4byte	.Ldebug_abbrev0
	.byte	0x9
	.4byte	.LASF11
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
	.byte	0xa
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x6
	.4byte	.LASF3
	.byte	0x5
	.byte	0xd
	.4byte	0x2d
	.byte	0x4
	.4byte	0x34
	.byte	0x6
	.4byte	.LASF4
	.byte	0x6
	.byte	0x18
	.4byte	0x54
	.byte	0x4
	.4byte	0x44
	.byte	0x3
	.byte	0x2
	.byte	0x7
	.4byte	.LASF5
	.byte	0x1
	.string	"w1"
	.byte	0x8
	.byte	0xe
	.4byte	0x6b
	.byte	0x5
	.byte	0x3
	.4byte	w1
	.byte	0x5
	.4byte	0x3f
	.byte	0x1
	.string	"w2"
	.byte	0x9
	.byte	0xe
	.4byte	0x6b
	.byte	0x5
	.byte	0x3
	.4byte	w2
	.byte	0x1
	.string	"w3"
	.byte	0xa
	.byte	0xe
	.4byte	0x6b
	.byte	0x5
	.byte	0x3
	.4byte	w3
	.byte	0x1
	.string	"u1"
	.byte	0xb
	.byte	0xf
	.4byte	0xa0
	.byte	0x5
	.byte	0x3
	.4byte	u1
	.byte	0x5
	.4byte	0x4f
	.byte	0x1
	.string	"u2"
	.byte	0xc
	.byte	0xf
	.4byte	0xa0
	.byte	0x5
	.byte	0x3
	.4byte	u2
	.byte	0x1
	.string	"u3"
	.byte	0xd
	.byte	0xf
	.4byte	0xa0
	.byte	0x5
	.byte	0x3
	.4byte	u3
	.byte	0xb
	.4byte	.LASF6
	.byte	0x1
	.byte	0xe
	.byte	0xf
	.4byte	0xa0
	.byte	0x5
	.byte	0x3
	.4byte	empty
	.byte	0xc
	.4byte	.LASF12
	.byte	0x2
	.byte	0x16
	.byte	0x5
	.4byte	0x2d
	.4byte	0xee
	.byte	0xd
	.4byte	0xee
	.byte	0xe
	.byte	0
	.byte	0x5
	.4byte	0xfa
	.byte	0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF7
	.byte	0x4
	.4byte	0xf3
	.byte	0xf
	.4byte	.LASF13
	.byte	0x1
	.byte	0x15
	.byte	0x5
	.4byte	0x2d
	.4byte	.LFB4
	.4byte	.LFE4-.LFB4
	.byte	0x1
	.byte	0x9c
	.byte	0x7
	.4byte	.LASF8
	.byte	0x13
	.4byte	.LFB3
	.4byte	.LFE3-.LFB3
	.byte	0x1
	.byte	0x9c
	.4byte	0x136
	.byte	0x2
	.string	"s"
	.byte	0x13
	.byte	0x20
	.4byte	0xa0
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0
	.byte	0x7
	.4byte	.LASF9
	.byte	0x12
	.4byte	.LFB2
	.4byte	.LFE2-.LFB2
	.byte	0x1
	.byte	0x9c
	.4byte	0x157
	.byte	0x2
	.string	"s"
	.byte	0x12
	.byte	0x1f
	.4byte	0x6b
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0
	.byte	0x10
	.4byte	.LASF14
	.byte	0x1
	.byte	0x11
	.byte	0xc
	.4byte	0x2d
	.4byte	.LFB1
	.4byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x18a
	.byte	0x2
	.string	"s"
	.byte	0x11
	.byte	0x1f
	.4byte	0xa0
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0x8
	.string	"n"
	.byte	0x11
	.byte	0x28
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0
	.byte	0x11
	.4byte	.LASF10
	.byte	0x1
	.byte	0x10
	.byte	0xc
	.4byte	0x2d
	.4byte	.LFB0
	.4byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.byte	0x2
	.string	"s"
	.byte	0x10
	.byte	0x1e
	.4byte	0x6b
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0x8
	.string	"n"
	.byte	0x10
	.byte	0x27
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
	.byte	0x3f
	.byte	0x19
	.byte	0x2
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0x2
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
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x5
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x4
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x6
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
	.byte	0x7
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
	.byte	0x7c
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x8
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
	.byte	0x9
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
	.byte	0xa
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
	.byte	0xb
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
	.byte	0xc
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
	.byte	0xd
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xe
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0xf
	.byte	0x2e
	.byte	0
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
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x11
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
.LASF8:
	.string	"uput"
.LASF3:
	.string	"wchar"
.LASF2:
	.string	"unsigned int"
.LASF10:
	.string	"wlen"
.LASF9:
	.string	"wput"
.LASF13:
	.string	"main"
.LASF4:
	.string	"char16"
.LASF7:
	.string	"char"
.LASF6:
	.string	"empty"
.LASF5:
	.string	"short unsigned int"
.LASF12:
	.string	"printf"
.LASF11:
	.string	"GNU C17 12.2.0 -mabi=ilp32 -misa-spec=20191213 -march=rv32im -g -O0 -ffreestanding -fno-builtin"
.LASF14:
	.string	"ulen"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"test/corpus/c/wide.c"
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
