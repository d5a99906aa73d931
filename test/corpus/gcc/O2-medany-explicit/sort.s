	.file	"sort.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	2
	.type	quicksort.constprop.0, @function
quicksort.constprop.0:
	bge	a0,a1,.L25
	addi	sp,sp,-32
	sw	s2,16(sp)
	.LA5: auipc	s2,%pcrel_hi(.LANCHOR0)
	sw	s3,12(sp)
	sw	s4,8(sp)
	sw	ra,28(sp)
	sw	s0,24(sp)
	sw	s1,20(sp)
	mv	s4,a0
	mv	s3,a1
	addi	s2,s2,%pcrel_lo(.LA5)
.L2:
	add	a4,s4,s3
	srli	a5,a4,31
	add	a5,a5,a4
	srai	a5,a5,1
	slli	a5,a5,2
	add	a5,s2,a5
	lw	a2,0(a5)
	mv	s0,s3
	mv	s1,s4
.L7:
	bgt	s1,s0,.L8
.L30:
	slli	a5,s1,2
	add	a0,s2,a5
	lw	a3,0(a0)
	slli	a4,s0,2
	add	a6,s2,a4
	addi	a5,a5,4
	lw	a1,0(a6)
	add	a5,s2,a5
	ble	a2,a3,.L29
.L4:
	lw	a3,0(a5)
	mv	a0,a5
	addi	s1,s1,1
	addi	a5,a5,4
	bgt	a2,a3,.L4
	bge	a2,a1,.L5
.L14:
	addi	a5,a4,-4
	add	a5,s2,a5
.L6:
	lw	a1,0(a5)
	mv	a4,a5
	addi	s0,s0,-1
	addi	a5,a5,-4
	blt	a2,a1,.L6
	mv	a6,a4
.L5:
	blt	s0,s1,.L7
	sw	a1,0(a0)
	addi	s1,s1,1
	addi	s0,s0,-1
	sw	a3,0(a6)
.L31:
	ble	s1,s0,.L30
.L8:
	sub	a5,s0,s4
	sub	a4,s3,s1
	bge	a5,a4,.L11
	mv	a0,s4
	mv	a1,s0
	mv	s4,s1
	call	quicksort.constprop.0
	blt	s4,s3,.L2
.L32:
	lw	ra,28(sp)
	lw	s0,24(sp)
	lw	s1,20(sp)
	lw	s2,16(sp)
	lw	s3,12(sp)
	lw	s4,8(sp)
	addi	sp,sp,32
	jr	ra
.L29:
	blt	a2,a1,.L14
	sw	a1,0(a0)
	addi	s1,s1,1
	addi	s0,s0,-1
	sw	a3,0(a6)
	j	.L31
.L11:
	mv	a1,s3
	mv	a0,s1
	mv	s3,s0
	call	quicksort.constprop.0
	blt	s4,s3,.L2
	j	.L32
.L25:
	ret
	.size	quicksort.constprop.0, .-quicksort.constprop.0
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"sorted %d first %d last %d at %d\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	.LA6: auipc	a5,%pcrel_hi(seed)
	addi	sp,sp,-16
	.LA7: auipc	a4,%pcrel_hi(.LANCHOR0)
	lw	a5,%pcrel_lo(.LA6)(a5)
	sw	s2,0(sp)
	li	a1,1103515648
	addi	s2,a4,%pcrel_lo(.LA7)
	li	a2,12288
	sw	s1,4(sp)
	sw	ra,12(sp)
	sw	s0,8(sp)
	addi	a4,a4,%pcrel_lo(.LA7)
	addi	s1,s2,2000
	addi	a1,a1,-403
	addi	a2,a2,57
	li	a0,1000
.L34:
	mul	a5,a5,a1
	addi	a4,a4,4
	add	a5,a5,a2
	srli	a3,a5,16
	rem	a3,a3,a0
	sw	a3,-4(a4)
	bne	s1,a4,.L34
	.LA8: auipc	a4,%pcrel_hi(seed)
	li	a1,499
	li	a0,0
	sw	a5,%pcrel_lo(.LA8)(a4)
	call	quicksort.constprop.0
	lw	a2,0(s2)
	addi	a4,s2,4
	li	s0,1
	mv	a3,a2
.L35:
	mv	a5,a3
	lw	a3,0(a4)
	addi	a4,a4,4
	slt	a5,a3,a5
	xori	a5,a5,1
	and	s0,s0,a5
	bne	s1,a4,.L35
	lw	a3,1996(s2)
	lw	a6,1000(s2)
	li	a1,0
	li	a0,499
.L39:
	sub	a5,a0,a1
	srai	a5,a5,1
	add	a5,a5,a1
	slli	a4,a5,2
	add	a4,s2,a4
	lw	a4,0(a4)
	beq	a6,a4,.L36
	ble	a6,a4,.L37
	addi	a1,a5,1
	ble	a1,a0,.L39
.L44:
	li	a5,-1
.L36:
	not	a5,a5
	.LA14: auipc	a0,%pcrel_hi(.LC0)
	mv	a1,s0
	srli	a4,a5,31
	addi	a0,a0,%pcrel_lo(.LA14)
	call	printf
	lw	ra,12(sp)
	mv	a0,s0
	lw	s0,8(sp)
	lw	s1,4(sp)
	lw	s2,0(sp)
	addi	sp,sp,16
	jr	ra
.L37:
	addi	a0,a5,-1
	ble	a1,a0,.L39
	j	.L44
	.size	main, .-main
	.globl	data
	.bss
	.align	2
	.set	.LANCHOR0,. + 0
	.type	data, @object
	.size	data, 2000
data:
	.zero	2000
	.section	.sdata,"aw"
	.align	2
	.type	seed, @object
	.size	seed, 4
seed:
	.word	12345
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
