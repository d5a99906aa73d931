	.file	"globals.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"%d %d %d %c %d %d %d %d %llx\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-32
	.LA0: auipc	a4,%pcrel_hi(big_zero)
	sw	ra,28(sp)
	sw	s0,24(sp)
	addi	a4,a4,%pcrel_lo(.LA0)
	li	a5,0
	li	a3,1000
.L2:
	sw	a5,0(a4)
	addi	a5,a5,1
	addi	a4,a4,4
	bne	a5,a3,.L2
	.LA1: auipc	s0,%pcrel_hi(.LANCHOR0)
	addi	s0,s0,%pcrel_lo(.LA1)
	lw	a3,4(s0)
	lw	a4,8(s0)
	addi	a5,s0,12
	addi	a1,s0,256
.L3:
	mv	a2,a4
	add	a4,a4,a3
	sw	a4,0(a5)
	addi	a5,a5,4
	mv	a3,a2
	bne	a5,a1,.L3
	.LA9: auipc	a5,%pcrel_hi(id.0)
	lw	a7,%pcrel_lo(.LA9)(a5)
	.LA5: auipc	a5,%pcrel_hi(counter)
	lw	a1,%pcrel_lo(.LA5)(a5)
	.LA14: auipc	a4,%pcrel_hi(wide)
	.LA6: auipc	a5,%pcrel_hi(zero)
	lw	a2,%pcrel_lo(.LA6)(a5)
	lw	t1,%pcrel_lo(.LA14)(a4)
	.LA11: auipc	a5,%pcrel_hi(big_zero)
	lw	t2,%pcrel_lo(.LA14+4)(a4)
	addi	a5,a5,%pcrel_lo(.LA11)
	li	a4,4096
	add	a5,a5,a4
	.LA13: auipc	a4,%pcrel_hi(small_init)
	lw	a6,-100(a5)
	lh	a3,%pcrel_lo(.LA13)(a4)
	lw	a5,80(s0)
	add	a2,a1,a2
	sw	t1,8(sp)
	.LA7: auipc	t1,%pcrel_hi(zero)
	addi	a4,a7,1
	sw	a2,%pcrel_lo(.LA7)(t1)
	li	t4,120
	.LA8: auipc	t1,%pcrel_hi(flag)
	.LA15: auipc	a0,%pcrel_hi(.LC0)
	sw	a4,0(sp)
	addi	t3,a7,2
	sw	t2,12(sp)
	sb	t4,%pcrel_lo(.LA8)(t1)
	li	a4,120
	.LA10: auipc	t1,%pcrel_hi(id.0)
	addi	a0,a0,%pcrel_lo(.LA15)
	sw	t3,%pcrel_lo(.LA10)(t1)
	call	printf
	lw	a0,20(s0)
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	a0,a0,7
	addi	sp,sp,32
	jr	ra
	.size	main, .-main
	.globl	wide
	.globl	big_zero
	.globl	table
	.globl	flag
	.globl	small_init
	.globl	zero
	.globl	counter
	.data
	.align	2
	.set	.LANCHOR0,. + 0
	.type	table, @object
	.size	table, 256
table:
	.word	1
	.word	2
	.word	3
	.zero	244
	.bss
	.align	2
	.type	big_zero, @object
	.size	big_zero, 4000
big_zero:
	.zero	4000
	.section	.sbss,"aw",@nobits
	.align	2
	.type	flag, @object
	.size	flag, 1
flag:
	.zero	1
	.zero	3
	.type	zero, @object
	.size	zero, 4
zero:
	.zero	4
	.section	.sdata,"aw"
	.align	3
	.type	id.0, @object
	.size	id.0, 4
id.0:
	.word	100
	.zero	4
	.type	wide, @object
	.size	wide, 8
wide:
	.word	-1985229329
	.word	19088743
	.type	small_init, @object
	.size	small_init, 2
small_init:
	.half	-2
	.zero	2
	.type	counter, @object
	.size	counter, 4
counter:
	.word	5
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
