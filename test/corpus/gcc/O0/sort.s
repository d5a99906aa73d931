	.file	"sort.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
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
	addi	sp,sp,-16
	sw	s0,12(sp)
	addi	s0,sp,16
	lui	a5,%hi(seed)
	lw	a4,%lo(seed)(a5)
	li	a5,1103515648
	addi	a5,a5,-403
	mul	a4,a4,a5
	li	a5,12288
	addi	a5,a5,57
	add	a4,a4,a5
	lui	a5,%hi(seed)
	sw	a4,%lo(seed)(a5)
	lui	a5,%hi(seed)
	lw	a5,%lo(seed)(a5)
	mv	a0,a5
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
	.size	rnd, .-rnd
	.align	2
	.type	quicksort, @function
quicksort:
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	sw	a2,-44(s0)
	j	.L4
.L12:
	lw	a4,-40(s0)
	lw	a5,-44(s0)
	add	a5,a4,a5
	srli	a4,a5,31
	add	a5,a4,a5
	srai	a5,a5,1
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	sw	a5,-28(s0)
	lw	a5,-40(s0)
	sw	a5,-20(s0)
	lw	a5,-44(s0)
	sw	a5,-24(s0)
	j	.L5
.L7:
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L6:
	lw	a5,-20(s0)
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	lw	a4,-28(s0)
	bgt	a4,a5,.L7
	j	.L8
.L9:
	lw	a5,-24(s0)
	addi	a5,a5,-1
	sw	a5,-24(s0)
.L8:
	lw	a5,-24(s0)
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	lw	a4,-28(s0)
	blt	a4,a5,.L9
	lw	a4,-20(s0)
	lw	a5,-24(s0)
	bgt	a4,a5,.L5
	lw	a5,-20(s0)
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	sw	a5,-32(s0)
	lw	a5,-24(s0)
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a4,a4,a5
	lw	a5,-20(s0)
	addi	a3,a5,1
	sw	a3,-20(s0)
	slli	a5,a5,2
	lw	a3,-36(s0)
	add	a5,a3,a5
	lw	a4,0(a4)
	sw	a4,0(a5)
	lw	a5,-24(s0)
	addi	a4,a5,-1
	sw	a4,-24(s0)
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a5,a4,a5
	lw	a4,-32(s0)
	sw	a4,0(a5)
.L5:
	lw	a4,-20(s0)
	lw	a5,-24(s0)
	ble	a4,a5,.L6
	lw	a4,-24(s0)
	lw	a5,-40(s0)
	sub	a4,a4,a5
	lw	a3,-44(s0)
	lw	a5,-20(s0)
	sub	a5,a3,a5
	bge	a4,a5,.L11
	lw	a2,-24(s0)
	lw	a1,-40(s0)
	lw	a0,-36(s0)
	call	quicksort
	lw	a5,-20(s0)
	sw	a5,-40(s0)
	j	.L4
.L11:
	lw	a2,-44(s0)
	lw	a1,-20(s0)
	lw	a0,-36(s0)
	call	quicksort
	lw	a5,-24(s0)
	sw	a5,-44(s0)
.L4:
	lw	a4,-40(s0)
	lw	a5,-44(s0)
	blt	a4,a5,.L12
	nop
	nop
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	sp,sp,48
	jr	ra
	.size	quicksort, .-quicksort
	.align	2
	.type	search, @function
search:
	addi	sp,sp,-48
	sw	s0,44(sp)
	addi	s0,sp,48
	sw	a0,-36(s0)
	sw	a1,-40(s0)
	sw	a2,-44(s0)
	sw	zero,-20(s0)
	lw	a5,-40(s0)
	addi	a5,a5,-1
	sw	a5,-24(s0)
	j	.L14
.L18:
	lw	a4,-24(s0)
	lw	a5,-20(s0)
	sub	a5,a4,a5
	srli	a4,a5,31
	add	a5,a4,a5
	srai	a5,a5,1
	mv	a4,a5
	lw	a5,-20(s0)
	add	a5,a5,a4
	sw	a5,-28(s0)
	lw	a5,-28(s0)
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	lw	a4,-44(s0)
	bne	a4,a5,.L15
	lw	a5,-28(s0)
	j	.L16
.L15:
	lw	a5,-28(s0)
	slli	a5,a5,2
	lw	a4,-36(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	lw	a4,-44(s0)
	ble	a4,a5,.L17
	lw	a5,-28(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
	j	.L14
.L17:
	lw	a5,-28(s0)
	addi	a5,a5,-1
	sw	a5,-24(s0)
.L14:
	lw	a4,-20(s0)
	lw	a5,-24(s0)
	ble	a4,a5,.L18
	li	a5,-1
.L16:
	mv	a0,a5
	lw	s0,44(sp)
	addi	sp,sp,48
	jr	ra
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
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	sw	s1,20(sp)
	sw	s2,16(sp)
	addi	s0,sp,32
	sw	zero,-20(s0)
	j	.L20
.L21:
	call	rnd
	mv	a5,a0
	srli	a5,a5,16
	mv	a4,a5
	li	a5,1000
	rem	a4,a4,a5
	lui	a5,%hi(data)
	addi	a3,a5,%lo(data)
	lw	a5,-20(s0)
	slli	a5,a5,2
	add	a5,a3,a5
	sw	a4,0(a5)
	lw	a5,-20(s0)
	addi	a5,a5,1
	sw	a5,-20(s0)
.L20:
	lw	a4,-20(s0)
	li	a5,499
	ble	a4,a5,.L21
	li	a2,499
	li	a1,0
	lui	a5,%hi(data)
	addi	a0,a5,%lo(data)
	call	quicksort
	li	a5,1
	sw	a5,-24(s0)
	li	a5,1
	sw	a5,-28(s0)
	j	.L22
.L23:
	lw	a5,-28(s0)
	addi	a5,a5,-1
	lui	a4,%hi(data)
	addi	a4,a4,%lo(data)
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a4,0(a5)
	lui	a5,%hi(data)
	addi	a3,a5,%lo(data)
	lw	a5,-28(s0)
	slli	a5,a5,2
	add	a5,a3,a5
	lw	a5,0(a5)
	sgt	a5,a4,a5
	xori	a5,a5,1
	andi	a5,a5,0xff
	mv	a4,a5
	lw	a5,-24(s0)
	and	a5,a5,a4
	sw	a5,-24(s0)
	lw	a5,-28(s0)
	addi	a5,a5,1
	sw	a5,-28(s0)
.L22:
	lw	a4,-28(s0)
	li	a5,499
	ble	a4,a5,.L23
	lui	a5,%hi(data)
	addi	a5,a5,%lo(data)
	lw	s1,0(a5)
	lui	a5,%hi(data)
	addi	a5,a5,%lo(data)
	lw	s2,1996(a5)
	lui	a5,%hi(data)
	addi	a5,a5,%lo(data)
	lw	a5,1000(a5)
	mv	a2,a5
	li	a1,500
	lui	a5,%hi(data)
	addi	a0,a5,%lo(data)
	call	search
	mv	a5,a0
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
	lw	a5,-24(s0)
	mv	a0,a5
	lw	ra,28(sp)
	lw	s0,24(sp)
	lw	s1,20(sp)
	lw	s2,16(sp)
	addi	sp,sp,32
	jr	ra
	.size	main, .-main
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
