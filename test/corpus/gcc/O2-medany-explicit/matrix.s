	.file	"matrix.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	2
	.type	add, @function
add:
	add	a0,a0,a1
	ret
	.size	add, .-add
	.align	2
	.type	mul, @function
mul:
	mul	a0,a0,a1
	ret
	.size	mul, .-mul
	.align	2
	.type	max, @function
max:
	mv	a5,a0
	mv	a0,a1
	bge	a1,a5,.L5
	mv	a0,a5
.L5:
	ret
	.size	max, .-max
	.align	2
	.type	reduce.constprop.0, @function
reduce.constprop.0:
	addi	sp,sp,-16
	sw	s0,8(sp)
	.LA0: auipc	s0,%pcrel_hi(.LANCHOR0)
	addi	s0,s0,%pcrel_lo(.LA0)
	sw	s1,4(sp)
	sw	s2,0(sp)
	sw	ra,12(sp)
	mv	s1,a0
	mv	a5,a1
	addi	s2,s0,168
.L7:
	lw	a1,0(s0)
	mv	a0,a5
	addi	s0,s0,28
	jalr	s1
	mv	a5,a0
	bne	s0,s2,.L7
	lw	ra,12(sp)
	lw	s0,8(sp)
	lw	s1,4(sp)
	lw	s2,0(sp)
	addi	sp,sp,16
	jr	ra
	.size	reduce.constprop.0, .-reduce.constprop.0
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"%4d %4d %4d\n"
	.align	2
.LC1:
	.string	"%d %d %d\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-16
	sw	s1,4(sp)
	.LA1: auipc	s1,%pcrel_hi(.LANCHOR0)
	addi	s1,s1,%pcrel_lo(.LA1)
	sw	s0,8(sp)
	addi	t5,s1,288
	addi	s0,s1,144
	sw	ra,12(sp)
	sw	s2,0(sp)
	mv	t1,s0
	mv	t4,t5
	mv	t3,s0
	li	a4,0
	li	a7,3
	li	a6,6
.L11:
	mv	a2,t4
	mv	a3,t3
	li	a5,0
.L14:
	add	a1,a5,a4
	sw	a1,0(a3)
	sub	a0,a4,a5
	li	a1,2
	beq	a4,a5,.L13
	rem	a1,a0,a7
.L13:
	addi	a5,a5,1
	sw	a1,0(a2)
	addi	a2,a2,4
	addi	a3,a3,4
	bne	a5,a6,.L14
	addi	a4,a4,1
	addi	t3,t3,24
	addi	t4,t4,24
	bne	a4,a5,.L11
	.LA10: auipc	t3,%pcrel_hi(.LANCHOR0+312)
	addi	a0,s0,24
	mv	s2,s1
	mv	t4,s1
	addi	t3,t3,%pcrel_lo(.LA10)
.L12:
	mv	a6,t5
	mv	a7,t4
.L19:
	mv	a3,a6
	mv	a5,t1
	li	a2,0
.L16:
	lw	a4,0(a5)
	lw	a1,0(a3)
	addi	a5,a5,4
	addi	a3,a3,24
	mul	a4,a4,a1
	add	a2,a2,a4
	bne	a5,a0,.L16
	sw	a2,0(a7)
	addi	a6,a6,4
	addi	a7,a7,4
	bne	t3,a6,.L19
	addi	t1,t1,24
	addi	a0,a0,24
	addi	t4,t4,24
	bne	t1,t5,.L12
.L20:
	lw	a3,20(s2)
	lw	a2,4(s2)
	lw	a1,0(s2)
	.LA4: auipc	a0,%pcrel_hi(.LC0)
	addi	s2,s2,24
	addi	a0,a0,%pcrel_lo(.LA4)
	call	printf
	bne	s0,s2,.L20
	.LA5: auipc	a0,%pcrel_hi(add)
	li	a1,0
	addi	a0,a0,%pcrel_lo(.LA5)
	call	reduce.constprop.0
	mv	s0,a0
	.LA6: auipc	a0,%pcrel_hi(mul)
	li	a1,1
	addi	a0,a0,%pcrel_lo(.LA6)
	call	reduce.constprop.0
	mv	s2,a0
	.LA7: auipc	a0,%pcrel_hi(max)
	li	a1,0
	addi	a0,a0,%pcrel_lo(.LA7)
	call	reduce.constprop.0
	mv	a3,a0
	slli	a2,s2,16
	.LA8: auipc	a0,%pcrel_hi(.LC1)
	mv	a1,s0
	srli	a2,a2,16
	addi	a0,a0,%pcrel_lo(.LA8)
	call	printf
	lw	a0,60(s1)
	lw	ra,12(sp)
	lw	s0,8(sp)
	lw	s1,4(sp)
	lw	s2,0(sp)
	andi	a0,a0,127
	addi	sp,sp,16
	jr	ra
	.size	main, .-main
	.globl	c
	.globl	b
	.globl	a
	.bss
	.align	2
	.set	.LANCHOR0,. + 0
	.type	c, @object
	.size	c, 144
c:
	.zero	144
	.type	a, @object
	.size	a, 144
a:
	.zero	144
	.type	b, @object
	.size	b, 144
b:
	.zero	144
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
