	.file	"ctors.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.section	.text.startup,"ax",@progbits
	.align	2
	.type	first, @function
first:
	.LA0: auipc	a5,%pcrel_hi(calls)
	lw	a4,%pcrel_lo(.LA0)(a5)
	.LA2: auipc	a5,%pcrel_hi(.LANCHOR0)
	addi	a5,a5,%pcrel_lo(.LA2)
	slli	a3,a4,2
	add	a5,a5,a3
	addi	a4,a4,1
	.LA1: auipc	a3,%pcrel_hi(calls)
	sw	a4,%pcrel_lo(.LA1)(a3)
	li	a4,1
	sw	a4,0(a5)
	ret
	.size	first, .-first
	.section	.init_array,"aw"
	.align	2
	.word	first
	.section	.text.startup
	.align	2
	.type	early, @function
early:
	.LA3: auipc	a5,%pcrel_hi(calls)
	lw	a4,%pcrel_lo(.LA3)(a5)
	.LA5: auipc	a5,%pcrel_hi(.LANCHOR0)
	addi	a5,a5,%pcrel_lo(.LA5)
	slli	a3,a4,2
	add	a5,a5,a3
	addi	a4,a4,1
	.LA4: auipc	a3,%pcrel_hi(calls)
	sw	a4,%pcrel_lo(.LA4)(a3)
	li	a4,2
	sw	a4,0(a5)
	ret
	.size	early, .-early
	.section	.init_array.00200,"aw"
	.align	2
	.word	early
	.section	.text.startup
	.align	2
	.type	second, @function
second:
	.LA6: auipc	a5,%pcrel_hi(calls)
	lw	a4,%pcrel_lo(.LA6)(a5)
	.LA8: auipc	a5,%pcrel_hi(.LANCHOR0)
	addi	a5,a5,%pcrel_lo(.LA8)
	slli	a3,a4,2
	add	a5,a5,a3
	addi	a4,a4,1
	.LA7: auipc	a3,%pcrel_hi(calls)
	sw	a4,%pcrel_lo(.LA7)(a3)
	li	a4,3
	sw	a4,0(a5)
	ret
	.size	second, .-second
	.section	.init_array
	.align	2
	.word	second
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"constructors ran: %d (%d %d %d), argc %d, argv[0] set %d\n"
	.align	2
.LC1:
	.string	"heap list sum %d\n"
	.section	.text.startup
	.align	2
	.globl	main
	.type	main, @function
main:
	.LA9: auipc	a5,%pcrel_hi(.LANCHOR0)
	addi	a5,a5,%pcrel_lo(.LA9)
	lw	a6,0(a1)
	lw	a4,8(a5)
	lw	a3,4(a5)
	lw	a2,0(a5)
	.LA12: auipc	a5,%pcrel_hi(calls)
	lw	a1,%pcrel_lo(.LA12)(a5)
	mv	a5,a0
	.LA13: auipc	a0,%pcrel_hi(.LC0)
	addi	sp,sp,-16
	snez	a6,a6
	addi	a0,a0,%pcrel_lo(.LA13)
	sw	s0,8(sp)
	sw	s2,0(sp)
	sw	ra,12(sp)
	sw	s1,4(sp)
	call	printf
	li	s0,0
	li	a5,0
	li	s2,100
.L6:
	li	a0,8
	mv	s1,a5
	call	sbrk
	mul	a4,s0,s0
	sw	s1,4(a0)
	addi	s0,s0,1
	mv	a5,a0
	sw	a4,0(a0)
	bne	s0,s2,.L6
	li	a1,8192
	addi	a1,a1,1609
	beq	s1,zero,.L7
.L8:
	lw	a5,0(s1)
	lw	s1,4(s1)
	add	a1,a1,a5
	bne	s1,zero,.L8
.L7:
	.LA14: auipc	a0,%pcrel_hi(.LC1)
	addi	a0,a0,%pcrel_lo(.LA14)
	call	printf
	lw	ra,12(sp)
	lw	s0,8(sp)
	.LA15: auipc	a5,%pcrel_hi(calls)
	lw	a0,%pcrel_lo(.LA15)(a5)
	lw	s1,4(sp)
	lw	s2,0(sp)
	addi	sp,sp,16
	jr	ra
	.size	main, .-main
	.bss
	.align	2
	.set	.LANCHOR0,. + 0
	.type	order, @object
	.size	order, 16
order:
	.zero	16
	.section	.sbss,"aw",@nobits
	.align	2
	.type	calls, @object
	.size	calls, 4
calls:
	.zero	4
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
