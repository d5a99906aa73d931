	.file	"sort.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "test/corpus/c/sort.c"
	.section	.sdata,"aw"
	.align	2
	.type	seed, @object
	.size	seed, 4
seed:
	.word	12345
	.text
	.align	2
	.type	rnd, @function
rnd:
.LFB0:
	.file 1 "test/corpus/c/sort.c"
	.loc 1 5 27
	.cfi_startproc
	addi	sp,sp,-16
	.cfi_def_cfa_offset 16
	sw	s0,12(sp)
	.cfi_offset 8, -4
	addi	s0,sp,16
	.cfi_def_cfa 8, 0
	.loc 1 5 48
	lui	a5,%hi(seed)
	lw	a4,%lo(seed)(a5)
	li	a5,1103515648
	addi	a5,a5,-403
	mul	a4,a4,a5
	.loc 1 5 62
	li	a5,12288
	addi	a5,a5,57
	add	a4,a4,a5
	.loc 1 5 41
	lui	a5,%hi(seed)
	sw	a4,%lo(seed)(a5)
	lui	a5,%hi(seed)
	lw	a5,%lo(seed)(a5)
	.loc 1 5 72
	mv	a0,a5
	lw	s0,12(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 16
	addi	sp,sp,16
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE0:
	.size	rnd, .-rnd
	.align	2
	.type	quicksort, @function
quicksort:
.LFB1:
	.loc 1 7 47
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
	.loc 1 8 9
	j	.L4
.L12:
.LBB2:
	.loc 1 9 19
	lw	a4,-40(s0)
	lw	a5,-44(s0)
	add	a5,a4,a5
	.loc 1 9 25
	srli	a4,a5,31
	add	a5,a4,a5
	srai	a5,a5,1
	.loc 1 9 14
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a5,a4,a5
	.loc 1 9 9
	lw	a5,0(a5)
	sw	a5,-28(s0)
	.loc 1 9 31
	lw	a5,-40(s0)
	sw	a5,-20(s0)
	.loc 1 9 39
	lw	a5,-44(s0)
	sw	a5,-24(s0)
	.loc 1 10 11
	j	.L5
.L7:
	.loc 1 11 25 discriminator 2
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L6:
	.loc 1 11 15 discriminator 1
	lw	a5,-20(s0)
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	.loc 1 11 19 discriminator 1
	lw	a4,-28(s0)
	bgt	a4,a5,.L7
	.loc 1 12 13
	j	.L8
.L9:
	.loc 1 12 25 discriminator 2
	lw	a5,-24(s0)
	addi	a5,a5,-1
	sw	a5,-24(s0)
.L8:
	.loc 1 12 15 discriminator 1
	lw	a5,-24(s0)
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	.loc 1 12 19 discriminator 1
	lw	a4,-28(s0)
	blt	a4,a5,.L9
	.loc 1 13 10
	lw	a4,-20(s0)
	lw	a5,-24(s0)
	bgt	a4,a5,.L5
.LBB3:
	.loc 1 14 18
	lw	a5,-20(s0)
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a5,a4,a5
	.loc 1 14 13
	lw	a5,0(a5)
	sw	a5,-32(s0)
	.loc 1 15 19
	lw	a5,-24(s0)
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a4,a4,a5
	.loc 1 15 12
	lw	a5,-20(s0)
	addi	a3,a5,1
	sw	a3,-20(s0)
	.loc 1 15 10
	slli	a5,a5,2
	lw	a3,-36(s0)
	add	a5,a3,a5
	.loc 1 15 19
	lw	a4,0(a4)
	.loc 1 15 16
	sw	a4,0(a5)
	.loc 1 16 12
	lw	a5,-24(s0)
	addi	a4,a5,-1
	sw	a4,-24(s0)
	.loc 1 16 10
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a5,a4,a5
	.loc 1 16 16
	lw	a4,-32(s0)
	sw	a4,0(a5)
.L5:
.LBE3:
	.loc 1 10 14
	lw	a4,-20(s0)
	lw	a5,-24(s0)
	ble	a4,a5,.L6
	.loc 1 19 11
	lw	a4,-24(s0)
	lw	a5,-40(s0)
	sub	a4,a4,a5
	.loc 1 19 21
	lw	a3,-44(s0)
	lw	a5,-20(s0)
	sub	a5,a3,a5
	.loc 1 19 8
	bge	a4,a5,.L11
	.loc 1 20 7
	lw	a2,-24(s0)
	lw	a1,-40(s0)
	lw	a0,-36(s0)
	call	quicksort
	.loc 1 21 10
	lw	a5,-20(s0)
	sw	a5,-40(s0)
	j	.L4
.L11:
	.loc 1 23 7
	lw	a2,-44(s0)
	lw	a1,-20(s0)
	lw	a0,-36(s0)
	call	quicksort
	.loc 1 24 10
	lw	a5,-24(s0)
	sw	a5,-44(s0)
.L4:
.LBE2:
	.loc 1 8 13
	lw	a4,-40(s0)
	lw	a5,-44(s0)
	blt	a4,a5,.L12
	.loc 1 27 1
	nop
	nop
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
	.size	quicksort, .-quicksort
	.align	2
	.type	search, @function
search:
.LFB2:
	.loc 1 29 49
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
	.loc 1 30 7
	sw	zero,-20(s0)
	.loc 1 30 15
	lw	a5,-40(s0)
	addi	a5,a5,-1
	sw	a5,-24(s0)
	.loc 1 31 9
	j	.L14
.L18:
.LBB4:
	.loc 1 32 24
	lw	a4,-24(s0)
	lw	a5,-20(s0)
	sub	a5,a4,a5
	.loc 1 32 30
	srli	a4,a5,31
	add	a5,a4,a5
	srai	a5,a5,1
	mv	a4,a5
	.loc 1 32 9
	lw	a5,-20(s0)
	add	a5,a5,a4
	sw	a5,-28(s0)
	.loc 1 33 10
	lw	a5,-28(s0)
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	.loc 1 33 8
	lw	a4,-44(s0)
	bne	a4,a5,.L15
	.loc 1 33 31 discriminator 1
	lw	a5,-28(s0)
	j	.L16
.L15:
	.loc 1 34 10
	lw	a5,-28(s0)
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	.loc 1 34 8
	lw	a4,-44(s0)
	ble	a4,a5,.L17
	.loc 1 34 26 discriminator 1
	lw	a5,-28(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
	j	.L14
.L17:
	.loc 1 35 13
	lw	a5,-28(s0)
	addi	a5,a5,-1
	sw	a5,-24(s0)
.L14:
.LBE4:
	.loc 1 31 13
	lw	a4,-20(s0)
	lw	a5,-24(s0)
	ble	a4,a5,.L18
	.loc 1 37 10
	li	a5,-1
.L16:
	.loc 1 38 1
	mv	a0,a5
	lw	s0,44(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE2:
	.size	search, .-search
	.globl	data
	.bss
	.align	2
	.type	data, @object
	.size	data, 2000
data:
	.zero	2000
	.section	.rodata
	.align	2
.LC0:
	.string	"sorted %d first %d last %d at %d\n"
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
.LFB3:
	.loc 1 42 16
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
.LBB5:
	.loc 1 43 12
	sw	zero,-20(s0)
	.loc 1 43 3
	j	.L20
.L21:
	.loc 1 43 49 discriminator 3
	call	rnd
	mv	a5,a0
	.loc 1 43 55 discriminator 3
	srli	a5,a5,16
	.loc 1 43 43 discriminator 3
	mv	a4,a5
	.loc 1 43 62 discriminator 3
	li	a5,1000
	rem	a4,a4,a5
	.loc 1 43 41 discriminator 3
	lui	a5,%hi(data)
	addi	a3,a5,%lo(data)
	lw	a5,-20(s0)
	slli	a5,a5,2
	add	a5,a3,a5
	sw	a4,0(a5)
	.loc 1 43 29 discriminator 3
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L20:
	.loc 1 43 21 discriminator 1
	lw	a4,-20(s0)
	li	a5,499
	ble	a4,a5,.L21
.LBE5:
	.loc 1 44 3
	li	a2,499
	li	a1,0
	lui	a5,%hi(data)
	addi	a0,a5,%lo(data)
	call	quicksort
	.loc 1 45 7
	li	a5,1
	sw	a5,-24(s0)
.LBB6:
	.loc 1 46 12
	li	a5,1
	sw	a5,-28(s0)
	.loc 1 46 3
	j	.L22
.L23:
	.loc 1 46 50 discriminator 3
	lw	a5,-28(s0)
	addi	a5,a5,-1
	.loc 1 46 47 discriminator 3
	lui	a4,%hi(data)
	addi	a4,a4,%lo(data)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a4,0(a5)
	.loc 1 46 62 discriminator 3
	lui	a5,%hi(data)
	addi	a3,a5,%lo(data)
	lw	a5,-28(s0)
	slli	a5,a5,2
	add	a5,a3,a5
	lw	a5,0(a5)
	.loc 1 46 55 discriminator 3
	sgt	a5,a4,a5
	xori	a5,a5,1
	andi	a5,a5,0xff
	mv	a4,a5
	.loc 1 46 40 discriminator 3
	lw	a5,-24(s0)
	and	a5,a5,a4
	sw	a5,-24(s0)
	.loc 1 46 29 discriminator 3
	lw	a5,-28(s0)
	addi	a5,a5,1
	sw	a5,-28(s0)
.L22:
	.loc 1 46 21 discriminator 1
	lw	a4,-28(s0)
	li	a5,499
	ble	a4,a5,.L23
.LBE6:
	.loc 1 47 3
	lui	a5,%hi(data)
	addi	a5,a5,%lo(data)
	lw	s1,0(a5)
	lui	a5,%hi(data)
	addi	a5,a5,%lo(data)
	lw	s2,1996(a5)
	.loc 1 47 76
	lui	a5,%hi(data)
	addi	a5,a5,%lo(data)
	lw	a5,1000(a5)
	mv	a2,a5
	li	a1,500
	lui	a5,%hi(data)
	addi	a0,a5,%lo(data)
	call	search
	mv	a5,a0
	.loc 1 47 3
	not	a5,a5
	srli	a5,a5,31
	andi	a5,a5,0xff
	mv	a4,a5
	mv	a3,s2
	mv	a2,s1
	lw	a1,-24(s0)
	lui	a5,%hi(.LC0)
	addi	a0,a5,%lo(.LC0)
	call	printf
	.loc 1 48 10
	lw	a5,-24(s0)
	.loc 1 49 1
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
.LFE3:
	.size	main, .-main
.Letext0:
	.file 2 "runtime/vmlab.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x1ff
	.2byte	0x5
	.byte	0x1
	.byte	0x4
	.4byte	.Ldebug_abbrev0
	.byte	0x8
	.4byte	.LASF6
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.Ltext0
	.4byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.byte	0x5
	.byte	0x4
	.byte	0x7
	.4byte	.LASF2
	.byte	0x9
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x6
	.4byte	0x2d
	.byte	0x7
	.4byte	.LASF4
	.byte	0x4
	.byte	0x11
	.4byte	0x26
	.byte	0x5
	.byte	0x3
	.4byte	seed
	.byte	0xa
	.4byte	0x2d
	.4byte	0x5b
	.byte	0xb
	.4byte	0x26
	.2byte	0x1f3
	.byte	0
	.byte	0xc
	.4byte	.LASF7
	.byte	0x1
	.byte	0x28
	.byte	0x5
	.4byte	0x4a
	.byte	0x5
	.byte	0x3
	.4byte	data
	.byte	0xd
	.4byte	.LASF8
	.byte	0x2
	.byte	0x16
	.byte	0x5
	.4byte	0x2d
	.4byte	0x84
	.byte	0xe
	.4byte	0x84
	.byte	0xf
	.byte	0
	.byte	0x4
	.4byte	0x90
	.byte	0x5
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.byte	0x6
	.4byte	0x89
	.byte	0x10
	.4byte	.LASF9
	.byte	0x1
	.byte	0x2a
	.byte	0x5
	.4byte	0x2d
	.4byte	.LFB3
	.4byte	.LFE3-.LFB3
	.byte	0x1
	.byte	0x9c
	.4byte	0xee
	.byte	0x7
	.4byte	.LASF5
	.byte	0x2d
	.byte	0x7
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x11
	.4byte	.LBB5
	.4byte	.LBE5-.LBB5
	.4byte	0xd7
	.byte	0x1
	.string	"i"
	.byte	0x2b
	.byte	0xc
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0
	.byte	0x3
	.4byte	.LBB6
	.4byte	.LBE6-.LBB6
	.byte	0x1
	.string	"i"
	.byte	0x2e
	.byte	0xc
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0
	.byte	0
	.byte	0x12
	.4byte	.LASF10
	.byte	0x1
	.byte	0x1d
	.byte	0xc
	.4byte	0x2d
	.4byte	.LFB2
	.4byte	.LFE2-.LFB2
	.byte	0x1
	.byte	0x9c
	.4byte	0x161
	.byte	0x2
	.string	"a"
	.byte	0x1d
	.byte	0x1e
	.4byte	0x161
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0x2
	.string	"n"
	.byte	0x1d
	.byte	0x25
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x2
	.string	"key"
	.byte	0x1d
	.byte	0x2c
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x54
	.byte	0x1
	.string	"lo"
	.byte	0x1e
	.byte	0x7
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x1
	.string	"hi"
	.byte	0x1e
	.byte	0xf
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x3
	.4byte	.LBB4
	.4byte	.LBE4-.LBB4
	.byte	0x1
	.string	"mid"
	.byte	0x20
	.byte	0x9
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0
	.byte	0
	.byte	0x4
	.4byte	0x34
	.byte	0x13
	.4byte	.LASF11
	.byte	0x1
	.byte	0x7
	.byte	0xd
	.4byte	.LFB1
	.4byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x1e7
	.byte	0x2
	.string	"a"
	.byte	0x7
	.byte	0x1c
	.4byte	0x1e7
	.byte	0x2
	.byte	0x91
	.byte	0x5c
	.byte	0x2
	.string	"lo"
	.byte	0x7
	.byte	0x23
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x2
	.string	"hi"
	.byte	0x7
	.byte	0x2b
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x54
	.byte	0x3
	.4byte	.LBB2
	.4byte	.LBE2-.LBB2
	.byte	0x1
	.string	"p"
	.byte	0x9
	.byte	0x9
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x64
	.byte	0x1
	.string	"i"
	.byte	0x9
	.byte	0x1f
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x6c
	.byte	0x1
	.string	"j"
	.byte	0x9
	.byte	0x27
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x68
	.byte	0x3
	.4byte	.LBB3
	.4byte	.LBE3-.LBB3
	.byte	0x1
	.string	"t"
	.byte	0xe
	.byte	0xd
	.4byte	0x2d
	.byte	0x2
	.byte	0x91
	.byte	0x60
	.byte	0
	.byte	0
	.byte	0
	.byte	0x4
	.4byte	0x2d
	.byte	0x14
	.string	"rnd"
	.byte	0x1
	.byte	0x5
	.byte	0x11
	.4byte	0x26
	.4byte	.LFB0
	.4byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
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
	.byte	0xb
	.byte	0x1
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x6
	.byte	0
	.byte	0
	.byte	0x4
	.byte	0xf
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0x4
	.byte	0x49
	.byte	0x13
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
	.byte	0xe
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
	.byte	0x11
	.byte	0x1
	.byte	0x12
	.byte	0x6
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
	.byte	0x1
	.byte	0x1
	.byte	0x49
	.byte	0x13
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xb
	.byte	0x21
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0x2f
	.byte	0x5
	.byte	0
	.byte	0
	.byte	0xc
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
	.byte	0x3c
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xe
	.byte	0x5
	.byte	0
	.byte	0x49
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xf
	.byte	0x18
	.byte	0
	.byte	0
	.byte	0
	.byte	0x10
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
	.byte	0x11
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
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0x13
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
	.byte	0x14
	.byte	0x2e
	.byte	0
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
.LASF9:
	.string	"main"
.LASF10:
	.string	"search"
.LASF11:
	.string	"quicksort"
.LASF5:
	.string	"sorted"
.LASF3:
	.string	"char"
.LASF7:
	.string	"data"
.LASF4:
	.string	"seed"
.LASF8:
	.string	"printf"
.LASF6:
	.string	"GNU C17 12.2.0 -mabi=ilp32 -misa-spec=20191213 -march=rv32im -g -O0 -ffreestanding -fno-builtin"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"test/corpus/c/sort.c"
.LASF1:
	.string	"."
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
