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
	.type	multiply, @function
multiply:
.LFB0:
	.file 1 "test/corpus/c/matrix.c"
	.loc 1 7 54
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sw	s0,44(sp)
	.cfi_offset 8, -4
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	sw	a2,-44(s0)
.LBB2:
	.loc 1 8 12
	sw	zero,-20(s0)
	.loc 1 8 3
	j	.L2
.L7:
.LBB3:
	.loc 1 9 14
	sw	zero,-24(s0)
	.loc 1 9 5
	j	.L3
.L6:
.LBB4:
	.loc 1 10 11
	sw	zero,-28(s0)
.LBB5:
	.loc 1 11 16
	sw	zero,-32(s0)
	.loc 1 11 7
	j	.L4
.L5:
	.loc 1 11 41 discriminator 3
	lw	a4,-20(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,3
	mv	a4,a5
	lw	a5,-36(s0)
	add	a4,a5,a4
	.loc 1 11 44 discriminator 3
	lw	a5,-32(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a3,0(a5)
	.loc 1 11 51 discriminator 3
	lw	a4,-32(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,3
	mv	a4,a5
	lw	a5,-40(s0)
	add	a4,a5,a4
	.loc 1 11 54 discriminator 3
	lw	a5,-24(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a5,0(a5)
	.loc 1 11 48 discriminator 3
	mul	a5,a3,a5
	.loc 1 11 37 discriminator 3
	lw	a4,-28(s0)
	add	a5,a4,a5
	sw	a5,-28(s0)
	.loc 1 11 31 discriminator 3
	lw	a5,-32(s0)
	addi	a5,a5,1
	sw	a5,-32(s0)
.L4:
	.loc 1 11 25 discriminator 1
	lw	a4,-32(s0)
	li	a5,5
	ble	a4,a5,.L5
.LBE5:
	.loc 1 12 10 discriminator 2
	lw	a4,-20(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,3
	mv	a4,a5
	lw	a5,-44(s0)
	add	a4,a5,a4
	.loc 1 12 17 discriminator 2
	lw	a5,-24(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a4,-28(s0)
	sw	a4,0(a5)
.LBE4:
	.loc 1 9 29 discriminator 2
	lw	a5,-24(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
.L3:
	.loc 1 9 23 discriminator 1
	lw	a4,-24(s0)
	li	a5,5
	ble	a4,a5,.L6
.LBE3:
	.loc 1 8 27 discriminator 2
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L2:
	.loc 1 8 21 discriminator 1
	lw	a4,-20(s0)
	li	a5,5
	ble	a4,a5,.L7
.LBE2:
	.loc 1 14 1
	nop
	nop
	lw	s0,44(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE0:
	.size	multiply, .-multiply
	.align	2
	.type	add, @function
add:
.LFB1:
	.loc 1 16 30
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sw	s0,28(sp)
	.cfi_offset 8, -4
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	.loc 1 16 41
	lw	a4,-20(s0)
	lw	a5,-24(s0)
	add	a5,a4,a5
	.loc 1 16 46
	mv	a0,a5
	lw	s0,28(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE1:
	.size	add, .-add
	.align	2
	.type	mul, @function
mul:
.LFB2:
	.loc 1 17 30
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sw	s0,28(sp)
	.cfi_offset 8, -4
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	.loc 1 17 41
	lw	a4,-20(s0)
	lw	a5,-24(s0)
	mul	a5,a4,a5
	.loc 1 17 46
	mv	a0,a5
	lw	s0,28(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE2:
	.size	mul, .-mul
	.align	2
	.type	max, @function
max:
.LFB3:
	.loc 1 18 30
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sw	s0,28(sp)
	.cfi_offset 8, -4
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
	sw	a0,-20(s0)
	sw	a1,-24(s0)
	.loc 1 18 49
	lw	a4,-20(s0)
	lw	a5,-24(s0)
	bge	a5,a4,.L14
	mv	a5,a4
.L14:
	.loc 1 18 54 discriminator 1
	mv	a0,a5
	lw	s0,28(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 32
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE3:
	.size	max, .-max
	.section	.rodata
	.align	2
	.type	reducers, @object
	.size	reducers, 12
reducers:
	.word	add
	.word	mul
	.word	max
	.text
	.align	2
	.type	reduce, @function
reduce:
.LFB4:
	.loc 1 21 60
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sw	ra,44(sp)
	sw	s0,40(sp)
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	sw	a2,-44(s0)
	.loc 1 22 7
	lw	a5,-44(s0)
	sw	a5,-20(s0)
.LBB6:
	.loc 1 23 12
	sw	zero,-24(s0)
	.loc 1 23 3
	j	.L16
.L17:
	.loc 1 23 41 discriminator 3
	lw	a4,-24(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,3
	mv	a4,a5
	lw	a5,-36(s0)
	add	a4,a5,a4
	.loc 1 23 35 discriminator 3
	lw	a5,-24(s0)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a4,0(a5)
	lw	a5,-40(s0)
	mv	a1,a4
	lw	a0,-20(s0)
	jalr	a5
.LVL0:
	sw	a0,-20(s0)
	.loc 1 23 27 discriminator 3
	lw	a5,-24(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
.L16:
	.loc 1 23 21 discriminator 1
	lw	a4,-24(s0)
	li	a5,5
	ble	a4,a5,.L17
.LBE6:
	.loc 1 24 10
	lw	a5,-20(s0)
	.loc 1 25 1
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
.LFE4:
	.size	reduce, .-reduce
	.globl	a
	.bss
	.align	2
	.type	a, @object
	.size	a, 144
a:
	.zero	144
	.globl	b
	.align	2
	.type	b, @object
	.size	b, 144
b:
	.zero	144
	.globl	c
	.align	2
	.type	c, @object
	.size	c, 144
c:
	.zero	144
	.section	.rodata
	.align	2
.LC0:
	.string	"%4d %4d %4d\n"
	.align	2
.LC1:
	.string	"%d %d %d\n"
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
.LFB5:
	.loc 1 29 16
	.cfi_startproc
	addi	sp,sp,-32
	.cfi_def_cfa_offset 32
	sw	ra,28(sp)
	sw	s0,24(sp)
	sw	s1,20(sp)
	sw	s2,16(sp)
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	.cfi_offset 9, -12
	.cfi_offset 18, -16
	addi	s0,sp,32
	.cfi_def_cfa 8, 0
.LBB7:
	.loc 1 30 12
	sw	zero,-20(s0)
	.loc 1 30 3
	j	.L20
.L25:
.LBB8:
	.loc 1 31 14
	sw	zero,-24(s0)
	.loc 1 31 5
	j	.L21
.L24:
	.loc 1 32 19
	lw	a4,-20(s0)
	lw	a5,-24(s0)
	add	a3,a4,a5
	.loc 1 32 15
	lui	a5,%hi(a)
	addi	a2,a5,%lo(a)
	lw	a4,-20(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,1
	lw	a4,-24(s0)
	add	a5,a5,a4
	slli	a5,a5,2
	add	a5,a2,a5
	sw	a3,0(a5)
	.loc 1 33 28
	lw	a4,-20(s0)
	lw	a5,-24(s0)
	beq	a4,a5,.L22
	.loc 1 33 33 discriminator 1
	lw	a4,-20(s0)
	lw	a5,-24(s0)
	sub	a4,a4,a5
	.loc 1 33 28 discriminator 1
	li	a5,3
	rem	a4,a4,a5
	j	.L23
.L22:
	.loc 1 33 28 is_stmt 0 discriminator 2
	li	a4,2
.L23:
	.loc 1 33 15 is_stmt 1 discriminator 4
	lui	a5,%hi(b)
	addi	a2,a5,%lo(b)
	lw	a3,-20(s0)
	mv	a5,a3
	slli	a5,a5,1
	add	a5,a5,a3
	slli	a5,a5,1
	lw	a3,-24(s0)
	add	a5,a5,a3
	slli	a5,a5,2
	add	a5,a2,a5
	sw	a4,0(a5)
	.loc 1 31 29 discriminator 4
	lw	a5,-24(s0)
	addi	a5,a5,1
	sw	a5,-24(s0)
.L21:
	.loc 1 31 23 discriminator 2
	lw	a4,-24(s0)
	li	a5,5
	ble	a4,a5,.L24
.LBE8:
	.loc 1 30 27 discriminator 2
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L20:
	.loc 1 30 21 discriminator 1
	lw	a4,-20(s0)
	li	a5,5
	ble	a4,a5,.L25
.LBE7:
	.loc 1 35 3
	lui	a5,%hi(c)
	addi	a2,a5,%lo(c)
	lui	a5,%hi(b)
	addi	a1,a5,%lo(b)
	lui	a5,%hi(a)
	addi	a0,a5,%lo(a)
	call	multiply
.LBB9:
	.loc 1 36 12
	sw	zero,-28(s0)
	.loc 1 36 3
	j	.L26
.L27:
	.loc 1 36 31 discriminator 3
	lui	a5,%hi(c)
	addi	a3,a5,%lo(c)
	lw	a4,-28(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,3
	add	a5,a3,a5
	lw	a1,0(a5)
	lui	a5,%hi(c)
	addi	a3,a5,%lo(c)
	lw	a4,-28(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,3
	add	a5,a3,a5
	lw	a2,4(a5)
	lui	a5,%hi(c)
	addi	a3,a5,%lo(c)
	lw	a4,-28(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	slli	a5,a5,3
	add	a5,a3,a5
	lw	a5,20(a5)
	mv	a3,a5
	lui	a5,%hi(.LC0)
	addi	a0,a5,%lo(.LC0)
	call	printf
	.loc 1 36 27 discriminator 3
	lw	a5,-28(s0)
	addi	a5,a5,1
	sw	a5,-28(s0)
.L26:
	.loc 1 36 21 discriminator 1
	lw	a4,-28(s0)
	li	a5,5
	ble	a4,a5,.L27
.LBE9:
	.loc 1 37 42
	lui	a5,%hi(add)
	addi	a5,a5,%lo(add)
	.loc 1 37 3
	li	a2,0
	mv	a1,a5
	lui	a5,%hi(c)
	addi	a0,a5,%lo(c)
	call	reduce
	mv	s2,a0
	.loc 1 37 69
	lui	a5,%hi(mul)
	addi	a5,a5,%lo(mul)
	.loc 1 37 51
	li	a2,1
	mv	a1,a5
	lui	a5,%hi(c)
	addi	a0,a5,%lo(c)
	call	reduce
	mv	a4,a0
	.loc 1 37 3
	li	a5,65536
	addi	a5,a5,-1
	and	s1,a4,a5
	.loc 1 37 105
	lui	a5,%hi(max)
	addi	a5,a5,%lo(max)
	.loc 1 37 3
	li	a2,0
	mv	a1,a5
	lui	a5,%hi(c)
	addi	a0,a5,%lo(c)
	call	reduce
	mv	a5,a0
	mv	a3,a5
	mv	a2,s1
	mv	a1,s2
	lui	a5,%hi(.LC1)
	addi	a0,a5,%lo(.LC1)
	call	printf
	.loc 1 38 14
	lui	a5,%hi(c)
	addi	a5,a5,%lo(c)
	lw	a5,60(a5)
	.loc 1 38 18
	andi	a5,a5,127
	.loc 1 39 1
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
	addi	sp,sp,32
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE5:
	.size	main, .-main
.Letext0:
	.file 2 "runtime/vmlab.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x2e8
	.2byte	0x5
	.byte	0x1
	.byte	0x4
	.4byte	.Ldebug_abbrev0
	.byte	0xc
	.4byte	.LASF7
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.Ltext0
	.4byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.byte	0xb
	.byte	0x4
	.byte	0x7
	.4byte	.LASF2
	.byte	0xd
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0xe
	.4byte	.LASF8
	.byte	0x1
	.byte	0x5
	.byte	0xd
	.4byte	0x40
	.byte	0x5
	.4byte	0x2d
	.4byte	0x56
	.byte	0x4
	.4byte	0x26
	.byte	0x5
	.byte	0x4
	.4byte	0x26
	.byte	0x5
	.byte	0
	.byte	0x5
	.4byte	0x70
	.4byte	0x66
	.byte	0x4
	.4byte	0x26
	.byte	0x2
	.byte	0
	.byte	0x6
	.4byte	0x56
	.byte	0x7
	.4byte	0x75
	.byte	0x6
	.4byte	0x6b
	.byte	0xf
	.4byte	0x2d
	.4byte	0x89
	.byte	0x8
	.4byte	0x2d
	.byte	0x8
	.4byte	0x2d
	.byte	0
	.byte	0x10
	.4byte	.LASF4
	.byte	0x1
	.byte	0x13
	.byte	0x14
	.4byte	0x66
	.byte	0x5
	.byte	0x3
	.4byte	reducers
	.byte	0x9
	.string	"a"
	.byte	0x8
	.4byte	0x34
	.byte	0x5
	.byte	0x3
	.4byte	a
	.byte	0x9
	.string	"b"
	.byte	0xb
	.4byte	0x34
	.byte	0x5
	.byte	0x3
	.4byte	b
	.byte	0x9
	.string	"c"
	.byte	0xe
	.4byte	0x34
	.byte	0x5
	.byte	0x3
	.4byte	c
	.byte	0x11
	.4byte	.LASF9
	.byte	0x2
	.byte	0x16
	.byte	0x5
	.4byte	0x2d
	.4byte	0xdc
	.byte	0x8
	.4byte	0xdc
	.byte	0x12
	.byte	0
	.byte	0x7
	.4byte	0xe8
	.byte	0xb
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.byte	0x6
	.4byte	0xe1
	.byte	0x13
	.4byte	.LASF10
	.byte	0x1
	.byte	0x1d
	.byte	0x5
	.4byte	0x2d
	.4byte	.LFB5
	.4byte	.LFE5-.LFB5
	.byte	0x1
	.byte	0x9c
	.4byte	0x14e
	.byte	0x14
	.4byte	.LBB7
	.4byte	.LBE7-.LBB7
	.4byte	0x137
	.byte	0x2
	.string	"i"
	.byte	0x1e
	.byte	0xc
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x3
	.4byte	.LBB8
	.4byte	.LBE8-.LBB8
	.byte	0x2
	.string	"j"
	.byte	0x1f
	.byte	0xe
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0
	.byte	0
	.byte	0x3
	.4byte	.LBB9
	.4byte	.LBE9-.LBB9
	.byte	0x2
	.string	"i"
	.byte	0x24
	.byte	0xc
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0
	.byte	0
	.byte	0x15
	.4byte	.LASF6
	.byte	0x1
	.byte	0x15
	.byte	0xc
	.4byte	0x2d
	.4byte	.LFB4
	.4byte	.LFE4-.LFB4
	.byte	0x1
	.byte	0x9c
	.4byte	0x1b2
	.byte	0x1
	.string	"m"
	.byte	0x15
	.byte	0x1a
	.4byte	0x1c2
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0x1
	.string	"f"
	.byte	0x15
	.byte	0x23
	.4byte	0x6b
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x16
	.4byte	.LASF5
	.byte	0x1
	.byte	0x15
	.byte	0x35
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x54
	.byte	0x2
	.string	"r"
	.byte	0x16
	.byte	0x7
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x3
	.4byte	.LBB6
	.4byte	.LBE6-.LBB6
	.byte	0x2
	.string	"i"
	.byte	0x17
	.byte	0xc
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0
	.byte	0
	.byte	0x5
	.4byte	0x2d
	.4byte	0x1c2
	.byte	0x4
	.4byte	0x26
	.byte	0x5
	.byte	0
	.byte	0x7
	.4byte	0x1b2
	.byte	0xa
	.string	"max"
	.byte	0x12
	.4byte	0x2d
	.4byte	.LFB3
	.4byte	.LFE3-.LFB3
	.byte	0x1
	.byte	0x9c
	.4byte	0x1f8
	.byte	0x1
	.string	"x"
	.byte	0x12
	.byte	0x14
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x1
	.string	"y"
	.byte	0x12
	.byte	0x1b
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0
	.byte	0xa
	.string	"mul"
	.byte	0x11
	.4byte	0x2d
	.4byte	.LFB2
	.4byte	.LFE2-.LFB2
	.byte	0x1
	.byte	0x9c
	.4byte	0x229
	.byte	0x1
	.string	"x"
	.byte	0x11
	.byte	0x14
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x1
	.string	"y"
	.byte	0x11
	.byte	0x1b
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0
	.byte	0xa
	.string	"add"
	.byte	0x10
	.4byte	0x2d
	.4byte	.LFB1
	.4byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x25a
	.byte	0x1
	.string	"x"
	.byte	0x10
	.byte	0x14
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x1
	.string	"y"
	.byte	0x10
	.byte	0x1b
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0
	.byte	0x17
	.4byte	.LASF11
	.byte	0x1
	.byte	0x7
	.byte	0xd
	.4byte	.LFB0
	.4byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.byte	0x1
	.string	"a"
	.byte	0x7
	.byte	0x1d
	.4byte	0x1c2
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0x1
	.string	"b"
	.byte	0x7
	.byte	0x27
	.4byte	0x1c2
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x1
	.string	"out"
	.byte	0x7
	.byte	0x31
	.4byte	0x1c2
	.byte	0x2
	.byte	0x91
	.byte	0x54
	.byte	0x3
	.4byte	.LBB2
	.4byte	.LBE2-.LBB2
	.byte	0x2
	.string	"i"
	.byte	0x8
	.byte	0xc
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x3
	.4byte	.LBB3
	.4byte	.LBE3-.LBB3
	.byte	0x2
	.string	"j"
	.byte	0x9
	.byte	0xe
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x3
	.4byte	.LBB4
	.4byte	.LBE4-.LBB4
	.byte	0x2
	.string	"s"
	.byte	0xa
	.byte	0xb
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0x3
	.4byte	.LBB5
	.4byte	.LBE5-.LBB5
	.byte	0x2
	.string	"k"
	.byte	0xb
	.byte	0x10
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0
	.byte	0
	.byte	0
	.byte	0
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
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x6
	.byte	0
	.byte	0
	.byte	0x4
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0xb
	.byte	0
	.byte	0
	.byte	0x5
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x6
	.byte	0x26
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x7
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x4
	.byte	0x49
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
	.byte	0xa
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
	.byte	0xb
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
	.byte	0xc
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
	.byte	0xd
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
	.byte	0xe
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
	.byte	0xf
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
	.byte	0x10
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
	.byte	0x11
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
	.byte	0x12
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0x13
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
	.byte	0x7c
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x16
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
.LASF10:
	.string	"main"
.LASF6:
	.string	"reduce"
.LASF11:
	.string	"multiply"
.LASF3:
	.string	"char"
.LASF5:
	.string	"start"
.LASF8:
	.string	"matrix"
.LASF9:
	.string	"printf"
.LASF4:
	.string	"reducers"
.LASF7:
	.string	"GNU C17 12.2.0 -mabi=ilp32 -misa-spec=20191213 -march=rv32im -g -O0 -ffreestanding -fno-builtin"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"test/corpus/c/matrix.c"
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
