	.file	"bigfunc.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "test/corpus/c/bigfunc.c"
	.align	2
	.globl	work
	.type	work, @function
work:
.LFB0:
	.file 1 "test/corpus/c/bigfunc.c"
	.loc 1 9 17
	.cfi_startproc
.LVL0:
	.loc 1 10 3
	.loc 1 11 3
.LBB2:
	.loc 1 11 8
	.loc 1 11 21
.LBE2:
	.loc 1 9 17 is_stmt 0
	mv	a2,a0
.LBB3:
	.loc 1 11 21
	ble	a0,zero,.L6
	.loc 1 11 12
	li	a4,0
.LBE3:
	.loc 1 10 7
	li	a0,0
.LVL1:
	lui	a5,%hi(sink)
	j	.L5
.LVL2:
.L10:
.LBB4:
	.loc 1 13 7 is_stmt 1
	slli	a3,a1,1
	add	a3,a3,a1
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	.loc 1 11 27 is_stmt 0
	addi	a4,a4,1
.LVL3:
	.loc 1 13 7
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,1
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7 is_stmt 1
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,2
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a3,%lo(sink)(a5)
	addi	a3,a3,1
	slli	a1,a3,1
	add	a3,a1,a3
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,4
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,5
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,6
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,7
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,8
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,9
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,10
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,11
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,12
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,13
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,14
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,15
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,16
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,17
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,18
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,19
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,20
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,21
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,22
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,23
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,24
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,25
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,26
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,27
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,28
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,29
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,30
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,31
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,32
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,33
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,34
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,35
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,36
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,37
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,38
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,39
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,40
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,41
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,42
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,43
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,44
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,45
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,46
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,47
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,48
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,49
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,50
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,51
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,52
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,53
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,54
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,55
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,56
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,57
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,58
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,59
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,60
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,61
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,62
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,63
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,64
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,65
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,66
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,67
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,68
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,69
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,70
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,71
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,72
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,73
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,74
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,75
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,76
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,77
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,78
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,79
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,80
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,81
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,82
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,83
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,84
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,85
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,86
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,87
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,88
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,89
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,90
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,91
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,92
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,93
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,94
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,95
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,96
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,97
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,98
	sw	a3,%lo(sink)(a5)
	.loc 1 13 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,99
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,100
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,101
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,102
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,103
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,104
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,105
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,106
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,107
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,108
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,109
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,110
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,111
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,112
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,113
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,114
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,115
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,116
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,117
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,118
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,119
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,120
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,121
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,122
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,123
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,124
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,125
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,126
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,127
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,128
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,129
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,130
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,131
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,132
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,133
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,134
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,135
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,136
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,137
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,138
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,139
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,140
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,141
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,142
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,143
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,144
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,145
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,146
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,147
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,148
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,149
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,150
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,151
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,152
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,153
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,154
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,155
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,156
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,157
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,158
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,159
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,160
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,161
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,162
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,163
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,164
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,165
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,166
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,167
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,168
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,169
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,170
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,171
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,172
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,173
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,174
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,175
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,176
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,177
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,178
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,179
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,180
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,181
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,182
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,183
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,184
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,185
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,186
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,187
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,188
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,189
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,190
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,191
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,192
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,193
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,194
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,195
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,196
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,197
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,198
	sw	a3,%lo(sink)(a5)
	.loc 1 13 15
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,199
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,200
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,201
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,202
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,203
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,204
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,205
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,206
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,207
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,208
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,209
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,210
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,211
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,212
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,213
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,214
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,215
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,216
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,217
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,218
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,219
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,220
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,221
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,222
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,223
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,224
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,225
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,226
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,227
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,228
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,229
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,230
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,231
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,232
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,233
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,234
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,235
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,236
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,237
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,238
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,239
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,240
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,241
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,242
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,243
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,244
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,245
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,246
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,247
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,248
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,249
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,250
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,251
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,252
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,253
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,254
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,255
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,256
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,257
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,258
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,259
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,260
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,261
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,262
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,263
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,264
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,265
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,266
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,267
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,268
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,269
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,270
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,271
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,272
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,273
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,274
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,275
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,276
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,277
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,278
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,279
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,280
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,281
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,282
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,283
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,284
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,285
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,286
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,287
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,288
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,289
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,290
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,291
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,292
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,293
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,294
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,295
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,296
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,297
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,298
	sw	a3,%lo(sink)(a5)
	.loc 1 13 25
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,299
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,300
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,301
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,302
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,303
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,304
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,305
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,306
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,307
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,308
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,309
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,310
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,311
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,312
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,313
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,314
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,315
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,316
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,317
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,318
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,319
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,320
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,321
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,322
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,323
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,324
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,325
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,326
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,327
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,328
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,329
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,330
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,331
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,332
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,333
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,334
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,335
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,336
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,337
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,338
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,339
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,340
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,341
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,342
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,343
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,344
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,345
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,346
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,347
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,348
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,349
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,350
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,351
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,352
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,353
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,354
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,355
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,356
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,357
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,358
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,359
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,360
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,361
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,362
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,363
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,364
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,365
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,366
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,367
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,368
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,369
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,370
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,371
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,372
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,373
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,374
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,375
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,376
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,377
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,378
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,379
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,380
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,381
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,382
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,383
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,384
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,385
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,386
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,387
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,388
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,389
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,390
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,391
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,392
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,393
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,394
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,395
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,396
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,397
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,398
	sw	a3,%lo(sink)(a5)
	.loc 1 13 35
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,399
	sw	a3,%lo(sink)(a5)
	.loc 1 17 5
	.loc 1 17 19 is_stmt 0
	lw	a3,%lo(sink)(a5)
	andi	a3,a3,255
	.loc 1 17 11
	add	a0,a0,a3
.LVL4:
	.loc 1 11 27 is_stmt 1
	.loc 1 11 21
	beq	a2,a4,.L9
.LVL5:
.L5:
	.loc 1 12 5
	.loc 1 13 7 is_stmt 0
	lw	a1,%lo(sink)(a5)
	.loc 1 12 11
	andi	a3,a4,1
	.loc 1 12 8
	bne	a3,zero,.L10
	.loc 1 15 7 is_stmt 1
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,400
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	.loc 1 11 27 is_stmt 0
	addi	a4,a4,1
.LVL6:
	.loc 1 15 7
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,401
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7 is_stmt 1
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,402
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,403
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,404
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,405
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,406
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,407
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,408
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,409
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,410
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,411
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,412
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,413
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,414
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,415
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,416
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,417
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,418
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,419
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,420
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,421
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,422
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,423
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,424
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,425
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,426
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,427
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,428
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,429
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,430
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,431
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,432
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,433
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,434
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,435
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,436
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,437
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,438
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,439
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,440
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,441
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,442
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,443
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,444
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,445
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,446
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,447
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,448
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,449
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,450
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,451
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,452
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,453
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,454
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,455
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,456
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,457
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,458
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,459
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,460
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,461
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,462
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,463
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,464
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,465
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,466
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,467
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,468
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,469
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,470
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,471
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,472
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,473
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,474
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,475
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,476
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,477
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,478
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,479
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,480
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,481
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,482
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,483
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,484
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,485
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,486
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,487
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,488
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,489
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,490
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,491
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,492
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,493
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,494
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,495
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,496
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,497
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,498
	sw	a3,%lo(sink)(a5)
	.loc 1 15 7
	lw	a1,%lo(sink)(a5)
	slli	a3,a1,1
	add	a3,a3,a1
	addi	a3,a3,499
	sw	a3,%lo(sink)(a5)
	.loc 1 17 5
	.loc 1 17 19 is_stmt 0
	lw	a3,%lo(sink)(a5)
	andi	a3,a3,255
	.loc 1 17 11
	add	a0,a0,a3
.LVL7:
	.loc 1 11 27 is_stmt 1
	.loc 1 11 21
	bne	a2,a4,.L5
.L9:
	ret
.LVL8:
.L6:
.LBE4:
	.loc 1 10 7 is_stmt 0
	li	a0,0
.LVL9:
	.loc 1 19 3 is_stmt 1
	.loc 1 20 1 is_stmt 0
	ret
	.cfi_endproc
.LFE0:
	.size	work, .-work
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"work %d sink %d\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
.LFB1:
	.loc 1 22 16 is_stmt 1
	.cfi_startproc
	.loc 1 23 3
	.loc 1 22 16 is_stmt 0
	addi	sp,sp,-16
	.cfi_def_cfa_offset 16
	sw	s0,8(sp)
	.loc 1 23 8
	li	a5,1
	.cfi_offset 8, -8
	lui	s0,%hi(sink)
	.loc 1 24 11
	li	a0,5
	.loc 1 22 16
	sw	ra,12(sp)
	.cfi_offset 1, -4
	.loc 1 23 8
	sw	a5,%lo(sink)(s0)
	.loc 1 24 3 is_stmt 1
	.loc 1 24 11 is_stmt 0
	call	work
.LVL10:
	.loc 1 25 3
	lw	a2,%lo(sink)(s0)
	mv	a1,a0
	.loc 1 24 11
	mv	s0,a0
.LVL11:
	.loc 1 25 3 is_stmt 1
	lui	a0,%hi(.LC0)
	addi	a0,a0,%lo(.LC0)
	call	printf
.LVL12:
	.loc 1 26 3
	.loc 1 27 1 is_stmt 0
	lw	ra,12(sp)
	.cfi_restore 1
	andi	a0,s0,127
	lw	s0,8(sp)
	.cfi_restore 8
.LVL13:
	addi	sp,sp,16
	.cfi_def_cfa_offset 0
	jr	ra
	.cfi_endproc
.LFE1:
	.size	main, .-main
	.globl	sink
	.section	.sbss,"aw",@nobits
	.align	2
	.type	sink, @object
	.size	sink, 4
sink:
	.zero	4
	.text
.Letext0:
	.file 2 "runtime/vmlab.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x10d
	.2byte	0x5
	.byte	0x1
	.byte	0x4
	.4byte	.Ldebug_abbrev0
	.byte	0x4
	.4byte	.LASF5
	.byte	0x1d
	.4byte	.LASF0
	.4byte	.LASF1
	.4byte	.LLRL5
	.4byte	0
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
	.4byte	0x2d
	.byte	0x7
	.4byte	.LASF6
	.byte	0x1
	.byte	0x4
	.byte	0xe
	.4byte	0x34
	.byte	0x5
	.byte	0x3
	.4byte	sink
	.byte	0x8
	.4byte	.LASF7
	.byte	0x2
	.byte	0x16
	.byte	0x5
	.4byte	0x2d
	.4byte	0x62
	.byte	0x9
	.4byte	0x62
	.byte	0xa
	.byte	0
	.byte	0xb
	.byte	0x4
	.4byte	0x6f
	.byte	0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.byte	0xc
	.4byte	0x68
	.byte	0xd
	.4byte	.LASF8
	.byte	0x1
	.byte	0x16
	.byte	0x5
	.4byte	0x2d
	.4byte	.LFB1
	.4byte	.LFE1-.LFB1
	.byte	0x1
	.byte	0x9c
	.4byte	0xc8
	.byte	0x3
	.string	"t"
	.byte	0x18
	.byte	0x7
	.4byte	0x2d
	.4byte	.LLST4
	.byte	0xe
	.4byte	.LVL10
	.4byte	0xc8
	.4byte	0xae
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x1
	.byte	0x35
	.byte	0
	.byte	0xf
	.4byte	.LVL12
	.4byte	0x4b
	.byte	0x1
	.byte	0x1
	.byte	0x5a
	.byte	0x5
	.byte	0x3
	.4byte	.LC0
	.byte	0x1
	.byte	0x1
	.byte	0x5b
	.byte	0x2
	.byte	0x78
	.byte	0
	.byte	0
	.byte	0
	.byte	0x10
	.4byte	.LASF9
	.byte	0x1
	.byte	0x9
	.byte	0x5
	.4byte	0x2d
	.4byte	.LFB0
	.4byte	.LFE0-.LFB0
	.byte	0x1
	.byte	0x9c
	.byte	0x11
	.string	"n"
	.byte	0x1
	.byte	0x9
	.byte	0xe
	.4byte	0x2d
	.4byte	.LLST0
	.byte	0x12
	.4byte	.LASF4
	.byte	0x1
	.byte	0xa
	.byte	0x7
	.4byte	0x2d
	.4byte	.LLST1
	.byte	0x13
	.4byte	.LLRL2
	.byte	0x3
	.string	"k"
	.byte	0xb
	.byte	0xc
	.4byte	0x2d
	.4byte	.LLST3
	.byte	0
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.byte	0x1
	.byte	0x49
	.byte	0
	.byte	0x2
	.byte	0x18
	.byte	0x7e
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
	.byte	0x35
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
	.byte	0x7a
	.byte	0x19
	.byte	0x1
	.byte	0x13
	.byte	0
	.byte	0
	.byte	0xe
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
	.byte	0xf
	.byte	0x48
	.byte	0x1
	.byte	0x7d
	.byte	0x1
	.byte	0x7f
	.byte	0x13
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
	.byte	0x7a
	.byte	0x19
	.byte	0
	.byte	0
	.byte	0x11
	.byte	0x5
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
	.byte	0x17
	.byte	0
	.byte	0
	.byte	0x12
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
	.byte	0x13
	.byte	0xb
	.byte	0x1
	.byte	0x55
	.byte	0x17
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
.LLST4:
	.byte	0x7
	.4byte	.LVL11
	.4byte	.LVL13
	.byte	0x1
	.byte	0x58
	.byte	0
.LLST0:
	.byte	0x7
	.4byte	.LVL0
	.4byte	.LVL1
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL1
	.4byte	.LVL8
	.byte	0x1
	.byte	0x5c
	.byte	0x7
	.4byte	.LVL8
	.4byte	.LVL9
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL9
	.4byte	.LFE0
	.byte	0x1
	.byte	0x5c
	.byte	0
.LLST1:
	.byte	0x7
	.4byte	.LVL0
	.4byte	.LVL2
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL2
	.4byte	.LVL8
	.byte	0x1
	.byte	0x5a
	.byte	0x7
	.4byte	.LVL8
	.4byte	.LFE0
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LLST3:
	.byte	0x7
	.4byte	.LVL0
	.4byte	.LVL2
	.byte	0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL2
	.4byte	.LVL3
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.4byte	.LVL3
	.4byte	.LVL4
	.byte	0x3
	.byte	0x7e
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL4
	.4byte	.LVL6
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.4byte	.LVL6
	.4byte	.LVL7
	.byte	0x3
	.byte	0x7e
	.byte	0x7f
	.byte	0x9f
	.byte	0x7
	.4byte	.LVL7
	.4byte	.LVL8
	.byte	0x1
	.byte	0x5e
	.byte	0x7
	.4byte	.LVL8
	.4byte	.LFE0
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
	.4byte	.LFB1
	.4byte	.LFE1-.LFB1
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
	.4byte	.LBB3
	.4byte	.LBE3
	.byte	0x6
	.4byte	.LBB4
	.4byte	.LBE4
	.byte	0
.LLRL5:
	.byte	0x6
	.4byte	.Ltext0
	.4byte	.Letext0
	.byte	0x6
	.4byte	.LFB1
	.4byte	.LFE1
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF2:
	.string	"unsigned int"
.LASF5:
	.string	"GNU C17 12.2.0 -mabi=ilp32 -misa-spec=20191213 -march=rv32im -g -O2 -ffreestanding -fno-builtin"
.LASF9:
	.string	"work"
.LASF7:
	.string	"printf"
.LASF8:
	.string	"main"
.LASF4:
	.string	"total"
.LASF3:
	.string	"char"
.LASF6:
	.string	"sink"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"test/corpus/c/bigfunc.c"
.LASF1:
	.string	"."
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
