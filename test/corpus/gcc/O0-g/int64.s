	.file	"int64.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "test/corpus/c/int64.c"
	.align	2
	.type	collatz_max, @function
collatz_max:
.LFB0:
	.file 1 "test/corpus/c/int64.c"
	.loc 1 7 31
	.cfi_startproc
	addi	sp,sp,-48
	.cfi_def_cfa_offset 48
	sw	s0,44(sp)
	.cfi_offset 8, -4
	addi	s0,sp,48
	.cfi_def_cfa 8, 0
	sw	a0,-40(s0)
	sw	a1,-36(s0)
	.loc 1 8 7
	lw	a0,-40(s0)
	lw	a1,-36(s0)
	sw	a0,-24(s0)
	sw	a1,-20(s0)
	.loc 1 9 9
	j	.L2
.L7:
	.loc 1 10 11
	lw	a1,-40(s0)
	andi	a6,a1,1
	lw	a1,-36(s0)
	andi	a7,a1,0
	.loc 1 10 27
	mv	a1,a6
	or	a1,a1,a7
	beq	a1,zero,.L3
	.loc 1 10 19
	lw	t1,-40(s0)
	lw	t2,-36(s0)
	mv	a4,t1
	mv	a5,t2
	srli	a1,a4,31
	slli	a3,a5,1
	or	a3,a1,a3
	slli	a2,a4,1
	mv	a4,a2
	mv	a5,a3
	add	a0,a4,t1
	mv	t3,a0
	sltu	t3,t3,a4
	add	a1,a5,t2
	add	a5,t3,a1
	mv	a1,a5
	.loc 1 10 27
	li	t1,1
	li	t2,0
	add	a4,a0,t1
	mv	t3,a4
	sltu	t3,t3,a0
	add	a5,a1,t2
	add	a1,t3,a5
	mv	a5,a1
	j	.L5
.L3:
	.loc 1 10 27 is_stmt 0 discriminator 2
	lw	a0,-40(s0)
	lw	a1,-36(s0)
	slli	t1,a1,31
	srli	a4,a0,1
	or	a4,t1,a4
	srli	a5,a1,1
.L5:
	.loc 1 10 7 is_stmt 1 discriminator 4
	sw	a4,-40(s0)
	sw	a5,-36(s0)
	.loc 1 11 8 discriminator 4
	lw	a0,-36(s0)
	lw	a1,-20(s0)
	bgtu	a0,a1,.L9
	lw	a0,-36(s0)
	lw	a1,-20(s0)
	bne	a0,a1,.L2
	lw	a0,-40(s0)
	lw	a1,-24(s0)
	bgtu	a0,a1,.L9
	j	.L2
.L9:
	.loc 1 11 22 discriminator 1
	lw	a0,-40(s0)
	lw	a1,-36(s0)
	sw	a0,-24(s0)
	sw	a1,-20(s0)
.L2:
	.loc 1 9 12
	lw	a0,-40(s0)
	li	a1,1
	bne	a0,a1,.L7
	lw	a1,-36(s0)
	bne	a1,zero,.L7
	.loc 1 13 10
	lw	a4,-24(s0)
	lw	a5,-20(s0)
	.loc 1 14 1
	mv	a0,a4
	mv	a1,a5
	lw	s0,44(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 48
	addi	sp,sp,48
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE0:
	.size	collatz_max, .-collatz_max
	.globl	__umoddi3
	.align	2
	.type	power, @function
power:
.LFB1:
	.loc 1 16 49
	.cfi_startproc
	addi	sp,sp,-80
	.cfi_def_cfa_offset 80
	sw	ra,76(sp)
	sw	s0,72(sp)
	sw	s2,68(sp)
	sw	s3,64(sp)
	sw	s4,60(sp)
	sw	s5,56(sp)
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	.cfi_offset 18, -12
	.cfi_offset 19, -16
	.cfi_offset 20, -20
	.cfi_offset 21, -24
	addi	s0,sp,80
	.cfi_def_cfa 8, 0
	sw	a0,-56(s0)
	sw	a1,-52(s0)
	sw	a2,-60(s0)
	sw	a3,-72(s0)
	sw	a4,-68(s0)
	.loc 1 17 7
	li	a4,1
	li	a5,0
	sw	a4,-40(s0)
	sw	a5,-36(s0)
	.loc 1 18 8
	lw	a4,-56(s0)
	lw	a5,-52(s0)
	lw	a2,-72(s0)
	lw	a3,-68(s0)
	mv	a0,a4
	mv	a1,a5
	call	__umoddi3
	mv	a4,a0
	mv	a5,a1
	sw	a4,-56(s0)
	sw	a5,-52(s0)
	.loc 1 19 9
	j	.L11
.L13:
	.loc 1 20 11
	lw	a5,-60(s0)
	andi	a5,a5,1
	.loc 1 20 8
	beq	a5,zero,.L12
	.loc 1 20 22 discriminator 1
	lw	a4,-36(s0)
	lw	a5,-56(s0)
	mul	a4,a4,a5
	lw	a3,-52(s0)
	lw	a5,-40(s0)
	mul	a5,a3,a5
	add	a3,a4,a5
	lw	a4,-40(s0)
	lw	a5,-56(s0)
	mul	a2,a4,a5
	mulhu	s3,a4,a5
	mv	s2,a2
	add	a5,a3,s3
	mv	s3,a5
	.loc 1 20 18 discriminator 1
	lw	a2,-72(s0)
	lw	a3,-68(s0)
	mv	a0,s2
	mv	a1,s3
	call	__umoddi3
	mv	a4,a0
	mv	a5,a1
	sw	a4,-40(s0)
	sw	a5,-36(s0)
.L12:
	.loc 1 21 17
	lw	a4,-52(s0)
	lw	a5,-56(s0)
	mul	a4,a4,a5
	lw	a3,-52(s0)
	lw	a5,-56(s0)
	mul	a5,a3,a5
	add	a4,a4,a5
	lw	a5,-56(s0)
	mul	a3,a5,a5
	mulhu	s5,a5,a5
	mv	s4,a3
	add	a5,a4,s5
	mv	s5,a5
	.loc 1 21 10
	lw	a2,-72(s0)
	lw	a3,-68(s0)
	mv	a0,s4
	mv	a1,s5
	call	__umoddi3
	mv	a4,a0
	mv	a5,a1
	sw	a4,-56(s0)
	sw	a5,-52(s0)
	.loc 1 22 7
	lw	a5,-60(s0)
	srli	a5,a5,1
	sw	a5,-60(s0)
.L11:
	.loc 1 19 10
	lw	a5,-60(s0)
	bne	a5,zero,.L13
	.loc 1 24 10
	lw	a4,-40(s0)
	lw	a5,-36(s0)
	.loc 1 25 1
	mv	a0,a4
	mv	a1,a5
	lw	ra,76(sp)
	.cfi_restore 1
	lw	s0,72(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 80
	lw	s2,68(sp)
	.cfi_restore 18
	lw	s3,64(sp)
	.cfi_restore 19
	lw	s4,60(sp)
	.cfi_restore 20
	lw	s5,56(sp)
	.cfi_restore 21
	addi	sp,sp,80
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE1:
	.size	power, .-power
	.globl	__divdi3
	.globl	__moddi3
	.section	.rodata
	.align	2
.LC1:
	.string	"%lld %lld %lld %lld\n"
	.align	2
.LC2:
	.string	"%llu\n"
	.align	2
.LC4:
	.string	"%llx %llx %d\n"
	.text
	.align	2
	.globl	main
	.type	main, @function
main:
.LFB2:
	.loc 1 27 16
	.cfi_startproc
	addi	sp,sp,-96
	.cfi_def_cfa_offset 96
	sw	ra,92(sp)
	sw	s0,88(sp)
	sw	s2,84(sp)
	sw	s3,80(sp)
	sw	s4,76(sp)
	sw	s5,72(sp)
	sw	s6,68(sp)
	sw	s7,64(sp)
	sw	s8,60(sp)
	sw	s9,56(sp)
	sw	s10,52(sp)
	sw	s11,48(sp)
	.cfi_offset 1, -4
	.cfi_offset 8, -8
	.cfi_offset 18, -12
	.cfi_offset 19, -16
	.cfi_offset 20, -20
	.cfi_offset 21, -24
	.cfi_offset 22, -28
	.cfi_offset 23, -32
	.cfi_offset 24, -36
	.cfi_offset 25, -40
	.cfi_offset 26, -44
	.cfi_offset 27, -48
	addi	s0,sp,96
	.cfi_def_cfa 8, 0
	.loc 1 28 7
	lui	a5,%hi(.LC0)
	lw	a4,%lo(.LC0)(a5)
	lw	a5,%lo(.LC0+4)(a5)
	sw	a4,-56(s0)
	sw	a5,-52(s0)
	.loc 1 28 26
	li	a4,12288
	addi	a4,a4,57
	li	a5,0
	sw	a4,-64(s0)
	sw	a5,-60(s0)
	.loc 1 29 3
	lw	a4,-52(s0)
	lw	a5,-64(s0)
	mul	a4,a4,a5
	lw	a3,-60(s0)
	lw	a5,-56(s0)
	mul	a5,a3,a5
	add	a3,a4,a5
	lw	a4,-56(s0)
	lw	a5,-64(s0)
	mul	a2,a4,a5
	mulhu	s9,a4,a5
	mv	s8,a2
	add	a5,a3,s9
	mv	s9,a5
	lw	a2,-64(s0)
	lw	a3,-60(s0)
	lw	a0,-56(s0)
	lw	a1,-52(s0)
	call	__divdi3
	mv	a4,a0
	mv	a5,a1
	mv	s10,a4
	mv	s11,a5
	lw	a4,-56(s0)
	lw	a5,-52(s0)
	lw	a2,-64(s0)
	lw	a3,-60(s0)
	mv	a0,a4
	mv	a1,a5
	call	__moddi3
	mv	a4,a0
	mv	a5,a1
	mv	a2,a4
	mv	a3,a5
	lw	a5,-52(s0)
	slli	a5,a5,25
	lw	a4,-56(s0)
	srli	s2,a4,7
	or	s2,a5,s2
	lw	a5,-52(s0)
	srai	s3,a5,7
	sw	s2,0(sp)
	sw	s3,4(sp)
	mv	a6,a2
	mv	a7,a3
	mv	a4,s10
	mv	a5,s11
	mv	a2,s8
	mv	a3,s9
	lui	a1,%hi(.LC1)
	addi	a0,a1,%lo(.LC1)
	call	printf
	.loc 1 30 3
	li	a0,27
	li	a1,0
	call	collatz_max
	mv	a4,a0
	mv	a5,a1
	mv	a2,a4
	mv	a3,a5
	lui	a5,%hi(.LC2)
	addi	a0,a5,%lo(.LC2)
	call	printf
	.loc 1 31 3
	li	a3,1000001536
	addi	a3,a3,-1529
	li	a4,0
	li	a2,1000
	li	a0,3
	li	a1,0
	call	power
	mv	a4,a0
	mv	a5,a1
	mv	a2,a4
	mv	a3,a5
	lui	a5,%hi(.LC2)
	addi	a0,a5,%lo(.LC2)
	call	printf
	.loc 1 32 7
	lui	a5,%hi(.LC3)
	lw	a4,%lo(.LC3)(a5)
	lw	a5,%lo(.LC3+4)(a5)
	sw	a4,-72(s0)
	sw	a5,-68(s0)
	.loc 1 33 3
	lw	a5,-72(s0)
	srli	a5,a5,20
	lw	a4,-68(s0)
	slli	s5,a4,12
	or	s5,a5,s5
	lw	a5,-72(s0)
	slli	s4,a5,12
	lw	a5,-68(s0)
	slli	a5,a5,12
	lw	a4,-72(s0)
	srli	s6,a4,20
	or	s6,a5,s6
	lw	a5,-68(s0)
	srli	s7,a5,20
	.loc 1 33 46
	lw	a4,-72(s0)
	lw	a5,-68(s0)
	.loc 1 33 3
	srli	a5,a5,31
	andi	a5,a5,0xff
	mv	a6,a5
	mv	a4,s6
	mv	a5,s7
	mv	a2,s4
	mv	a3,s5
	lui	a1,%hi(.LC4)
	addi	a0,a1,%lo(.LC4)
	call	printf
	.loc 1 34 16
	li	a3,1000
	li	a4,0
	li	a2,10
	li	a0,2
	li	a1,0
	call	power
	mv	a4,a0
	mv	a5,a1
	.loc 1 34 35
	li	a2,100
	li	a3,0
	mv	a0,a4
	mv	a1,a5
	call	__umoddi3
	mv	a4,a0
	mv	a5,a1
	.loc 1 34 10
	mv	a5,a4
	.loc 1 35 1
	mv	a0,a5
	lw	ra,92(sp)
	.cfi_restore 1
	lw	s0,88(sp)
	.cfi_restore 8
	.cfi_def_cfa 2, 96
	lw	s2,84(sp)
	.cfi_restore 18
	lw	s3,80(sp)
	.cfi_restore 19
	lw	s4,76(sp)
	.cfi_restore 20
	lw	s5,72(sp)
	.cfi_restore 21
	lw	s6,68(sp)
	.cfi_restore 22
	lw	s7,64(sp)
	.cfi_restore 23
	lw	s8,60(sp)
	.cfi_restore 24
	lw	s9,56(sp)
	.cfi_restore 25
	lw	s10,52(sp)
	.cfi_restore 26
	lw	s11,48(sp)
	.cfi_restore 27
	addi	sp,sp,96
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE2:
	.size	main, .-main
	.section	.rodata
	.align	3
.LC0:
	.word	-1286608618
	.word	-3
	.align	3
.LC3:
	.word	1985229328
	.word	-19088744
	.text
.Letext0:
	.file 2 "runtime/vmlab.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x140
	.2byte	0x5
	.byte	0x1
	.byte	0x4
	.4byte	.Ldebug_abbrev0
	.byte	0x5
	.4byte	.LASF7
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
	.byte	0x6
	.byte	0x4
	.byte	0x5
	.string	"int"
	.byte	0x4
	.string	"i64"
	.byte	0x4
	.byte	0x13
	.4byte	0x3f
	.byte	0x2
	.byte	0x8
	.byte	0x5
	.4byte	.LASF3
	.byte	0x4
	.string	"u64"
	.byte	0x5
	.byte	0x1c
	.4byte	0x51
	.byte	0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF4
	.byte	0x7
	.4byte	.LASF8
	.byte	0x2
	.byte	0x16
	.byte	0x5
	.4byte	0x2d
	.4byte	0x6f
	.byte	0x8
	.4byte	0x6f
	.byte	0x9
	.byte	0
	.byte	0xa
	.byte	0x4
	.4byte	0x7c
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF5
	.byte	0xb
	.4byte	0x75
	.byte	0xc
	.4byte	.LASF9
	.byte	0x1
	.byte	0x1b
	.byte	0x5
	.4byte	0x2d
	.4byte	.LFB2
	.4byte	.LFE2-.LFB2
	.byte	0x1
	.byte	0x9c
	.4byte	0xc1
	.byte	0x1
	.string	"a"
	.byte	0x1c
	.byte	0x7
	.4byte	0x34
	.byte	0x2
	.byte	0x91
	.byte	0x48
	.byte	0x1
	.string	"b"
	.byte	0x1c
	.byte	0x1a
	.4byte	0x34
	.byte	0x2
	.byte	0x91
	.byte	0x40
	.byte	0x1
	.string	"x"
	.byte	0x20
	.byte	0x7
	.4byte	0x46
	.byte	0x3
	.byte	0x91
	.byte	0xb8,0x7f
	.byte	0
	.byte	0xd
	.4byte	.LASF10
	.byte	0x1
	.byte	0x10
	.byte	0xc
	.4byte	0x46
	.4byte	.LFB1
	.4byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0x112
	.byte	0xe
	.4byte	.LASF6
	.byte	0x1
	.byte	0x10
	.byte	0x16
	.4byte	0x46
	.byte	0x2
	.byte	0x91
	.byte	0x48
	.byte	0x3
	.string	"e"
	.byte	0x10
	.byte	0x25
	.4byte	0x26
	.byte	0x2
	.byte	0x91
	.byte	0x44
	.byte	0x3
	.string	"mod"
	.byte	0x10
	.byte	0x2c
	.4byte	0x46
	.byte	0x3
	.byte	0x91
	.byte	0xb8,0x7f
	.byte	0x1
	.string	"r"
	.byte	0x11
	.byte	0x7
	.4byte	0x46
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0
	.byte	0xf
	.4byte	.LASF11
	.byte	0x1
	.byte	0x7
	.byte	0xc
	.4byte	0x46
	.4byte	.LFB0
	.4byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.byte	0x3
	.string	"n"
	.byte	0x7
	.byte	0x1c
	.4byte	0x46
	.byte	0x2
	.byte	0x91
	.byte	0x58
	.byte	0x1
	.string	"max"
	.byte	0x8
	.byte	0x7
	.4byte	0x46
	.byte	0x2
	.byte	0x91
	.byte	0x68
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
	.byte	0x4
	.byte	0x16
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
	.byte	0xd
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
	.byte	0xe
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
	.byte	0xf
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
.LASF11:
	.string	"collatz_max"
.LASF4:
	.string	"long long unsigned int"
.LASF7:
	.string	"GNU C17 12.2.0 -mabi=ilp32 -misa-spec=20191213 -march=rv32im -g -O0 -ffreestanding -fno-builtin"
.LASF6:
	.string	"base"
.LASF9:
	.string	"main"
.LASF10:
	.string	"power"
.LASF5:
	.string	"char"
.LASF8:
	.string	"printf"
.LASF3:
	.string	"long long int"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"test/corpus/c/int64.c"
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
