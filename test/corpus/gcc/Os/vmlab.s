	.file	"vmlab.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.globl	__lshrdi3
	.globl	__ashldi3
	.align	2
	.type	udivmod, @function
udivmod:
	addi	sp,sp,-64
	sw	s0,56(sp)
	sw	s1,52(sp)
	sw	s3,44(sp)
	sw	s4,40(sp)
	sw	s5,36(sp)
	sw	s6,32(sp)
	sw	s7,28(sp)
	sw	s8,24(sp)
	sw	s9,20(sp)
	sw	s10,16(sp)
	sw	s11,12(sp)
	sw	ra,60(sp)
	sw	s2,48(sp)
	mv	s6,a0
	mv	s7,a1
	mv	s3,a2
	mv	s11,a3
	mv	s9,a4
	li	s10,63
	li	s0,0
	li	s1,0
	li	s5,0
	li	s4,0
	li	s8,-1
.L4:
	srli	a5,s0,31
	slli	s2,s1,1
	mv	a2,s10
	mv	a0,s6
	mv	a1,s7
	or	s2,a5,s2
	call	__lshrdi3
	slli	s0,s0,1
	andi	a0,a0,1
	or	s0,a0,s0
	mv	s1,s2
	bgtu	s11,s2,.L2
	bne	s11,s2,.L6
	bgtu	s3,s0,.L2
.L6:
	sub	a5,s0,s3
	mv	a2,s10
	li	a0,1
	li	a1,0
	sgtu	s1,a5,s0
	sub	s2,s2,s11
	mv	s0,a5
	call	__ashldi3
	sub	s1,s2,s1
	or	s5,s5,a0
	or	s4,s4,a1
.L2:
	addi	s10,s10,-1
	bne	s10,s8,.L4
	beq	s9,zero,.L1
	sw	s0,0(s9)
	sw	s1,4(s9)
.L1:
	lw	ra,60(sp)
	lw	s0,56(sp)
	lw	s1,52(sp)
	lw	s2,48(sp)
	lw	s3,44(sp)
	lw	s6,32(sp)
	lw	s7,28(sp)
	lw	s8,24(sp)
	lw	s9,20(sp)
	lw	s10,16(sp)
	lw	s11,12(sp)
	mv	a0,s5
	mv	a1,s4
	lw	s5,36(sp)
	lw	s4,40(sp)
	addi	sp,sp,64
	jr	ra
	.size	udivmod, .-udivmod
	.align	2
	.globl	write
	.type	write, @function
write:
	li	a7,64
 #APP
# 12 "runtime/vmlab.c" 1
	ecall
# 0 "" 2
 #NO_APP
	ret
	.size	write, .-write
	.align	2
	.type	flush, @function
flush:
	addi	sp,sp,-16
	sw	s0,8(sp)
	lui	s0,%hi(used)
	lw	a2,%lo(used)(s0)
	sw	ra,12(sp)
	beq	a2,zero,.L14
	lui	a1,%hi(.LANCHOR0)
	addi	a1,a1,%lo(.LANCHOR0)
	li	a0,1
	call	write
.L14:
	lw	ra,12(sp)
	sw	zero,%lo(used)(s0)
	lw	s0,8(sp)
	addi	sp,sp,16
	jr	ra
	.size	flush, .-flush
	.align	2
	.type	put, @function
put:
	addi	sp,sp,-16
	sw	s1,4(sp)
	lui	s1,%hi(used)
	lw	a4,%lo(used)(s1)
	sw	s0,8(sp)
	sw	ra,12(sp)
	li	a5,256
	mv	s0,a0
	bne	a4,a5,.L20
	call	flush
.L20:
	lw	a4,%lo(used)(s1)
	addi	a5,a4,1
	sw	a5,%lo(used)(s1)
	lui	a5,%hi(.LANCHOR0)
	addi	a5,a5,%lo(.LANCHOR0)
	add	a5,a5,a4
	sb	s0,0(a5)
	lw	ra,12(sp)
	lw	s0,8(sp)
	lw	s1,4(sp)
	addi	sp,sp,16
	jr	ra
	.size	put, .-put
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"0123456789abcdef"
	.text
	.align	2
	.type	number, @function
number:
	addi	sp,sp,-80
	sw	s1,68(sp)
	sw	s7,44(sp)
	addi	s1,sp,8
	lui	s7,%hi(.LC0)
	sw	s0,72(sp)
	sw	s2,64(sp)
	sw	s3,60(sp)
	sw	s4,56(sp)
	sw	s5,52(sp)
	sw	s6,48(sp)
	sw	ra,76(sp)
	mv	s4,a2
	mv	s5,a3
	mv	s2,a4
	mv	s3,a5
	li	s0,0
	mv	s6,s1
	addi	s7,s7,%lo(.LC0)
.L23:
	mv	a4,sp
	mv	a2,s5
	li	a3,0
	call	udivmod
	lw	a5,0(sp)
	addi	s0,s0,1
	addi	s1,s1,1
	add	a5,s7,a5
	lbu	a5,0(a5)
	sb	a5,-1(s1)
	or	a5,a0,a1
	bne	a5,zero,.L23
	add	s1,s0,s4
	beq	s4,zero,.L24
	li	a5,48
	bne	s3,a5,.L24
	li	a0,45
	call	put
.L24:
	mv	s5,s1
.L25:
	blt	s5,s2,.L26
	beq	s4,zero,.L28
	li	a5,48
	beq	s3,a5,.L28
	li	a0,45
	call	put
.L28:
	addi	s0,s0,-1
	add	a5,s6,s0
	lbu	a0,0(a5)
	call	put
	bne	s0,zero,.L28
	mv	a0,s1
	bge	s1,s2,.L29
	mv	a0,s2
.L29:
	lw	ra,76(sp)
	lw	s0,72(sp)
	lw	s1,68(sp)
	lw	s2,64(sp)
	lw	s3,60(sp)
	lw	s4,56(sp)
	lw	s5,52(sp)
	lw	s6,48(sp)
	lw	s7,44(sp)
	addi	sp,sp,80
	jr	ra
.L26:
	mv	a0,s3
	call	put
	addi	s5,s5,1
	j	.L25
	.size	number, .-number
	.align	2
	.globl	read
	.type	read, @function
read:
	li	a7,63
 #APP
# 12 "runtime/vmlab.c" 1
	ecall
# 0 "" 2
 #NO_APP
	ret
	.size	read, .-read
	.align	2
	.globl	exit
	.type	exit, @function
exit:
	li	a1,0
	li	a2,0
	li	a7,93
 #APP
# 12 "runtime/vmlab.c" 1
	ecall
# 0 "" 2
 #NO_APP
.L41:
	j	.L41
	.size	exit, .-exit
	.align	2
	.globl	sbrk
	.type	sbrk, @function
sbrk:
	lui	a4,%hi(brk.0)
	lw	a3,%lo(brk.0)(a4)
	mv	a5,a0
	bne	a3,zero,.L43
	li	a0,0
	li	a1,0
	li	a2,0
	li	a7,214
 #APP
# 12 "runtime/vmlab.c" 1
	ecall
# 0 "" 2
 #NO_APP
	sw	a0,%lo(brk.0)(a4)
.L43:
	lw	a3,%lo(brk.0)(a4)
	li	a1,0
	li	a2,0
	add	a5,a3,a5
	mv	a0,a5
	li	a7,214
 #APP
# 12 "runtime/vmlab.c" 1
	ecall
# 0 "" 2
 #NO_APP
	bne	a5,a0,.L45
	sw	a5,%lo(brk.0)(a4)
.L42:
	mv	a0,a3
	ret
.L45:
	li	a3,-1
	j	.L42
	.size	sbrk, .-sbrk
	.align	2
	.globl	strlen
	.type	strlen, @function
strlen:
	mv	a5,a0
	li	a0,0
.L47:
	add	a4,a5,a0
	lbu	a4,0(a4)
	bne	a4,zero,.L48
	ret
.L48:
	addi	a0,a0,1
	j	.L47
	.size	strlen, .-strlen
	.align	2
	.globl	memset
	.type	memset, @function
memset:
	add	a2,a0,a2
	mv	a5,a0
.L50:
	bne	a5,a2,.L51
	ret
.L51:
	addi	a5,a5,1
	sb	a1,-1(a5)
	j	.L50
	.size	memset, .-memset
	.align	2
	.globl	memcpy
	.type	memcpy, @function
memcpy:
	li	a5,0
.L53:
	bne	a2,a5,.L54
	ret
.L54:
	add	a4,a1,a5
	lbu	a3,0(a4)
	add	a4,a0,a5
	addi	a5,a5,1
	sb	a3,0(a4)
	j	.L53
	.size	memcpy, .-memcpy
	.align	2
	.globl	strcmp
	.type	strcmp, @function
strcmp:
.L56:
	lbu	a5,0(a0)
	lbu	a4,0(a1)
	beq	a5,zero,.L57
	beq	a5,a4,.L58
.L57:
	sub	a0,a5,a4
	ret
.L58:
	addi	a0,a0,1
	addi	a1,a1,1
	j	.L56
	.size	strcmp, .-strcmp
	.align	2
	.globl	__ashldi3
	.type	__ashldi3, @function
__ashldi3:
	beq	a2,zero,.L63
	li	a5,31
	ble	a2,a5,.L64
	addi	a2,a2,-32
	sll	a1,a0,a2
	li	a4,0
.L65:
	mv	a0,a4
.L63:
	ret
.L64:
	li	a5,32
	sub	a5,a5,a2
	sll	a4,a0,a2
	sll	a1,a1,a2
	srl	a0,a0,a5
	or	a1,a0,a1
	j	.L65
	.size	__ashldi3, .-__ashldi3
	.align	2
	.globl	__lshrdi3
	.type	__lshrdi3, @function
__lshrdi3:
	beq	a2,zero,.L70
	li	a5,31
	ble	a2,a5,.L71
	addi	a2,a2,-32
	srl	a0,a1,a2
	li	a4,0
.L72:
	mv	a1,a4
.L70:
	ret
.L71:
	li	a5,32
	sub	a5,a5,a2
	srl	a4,a1,a2
	srl	a0,a0,a2
	sll	a1,a1,a5
	or	a0,a1,a0
	j	.L72
	.size	__lshrdi3, .-__lshrdi3
	.align	2
	.globl	__ashrdi3
	.type	__ashrdi3, @function
__ashrdi3:
	beq	a2,zero,.L77
	li	a5,31
	ble	a2,a5,.L78
	addi	a2,a2,-32
	srai	a4,a1,31
	sra	a0,a1,a2
.L79:
	mv	a1,a4
.L77:
	ret
.L78:
	li	a5,32
	sub	a5,a5,a2
	sra	a4,a1,a2
	srl	a0,a0,a2
	sll	a1,a1,a5
	or	a0,a1,a0
	j	.L79
	.size	__ashrdi3, .-__ashrdi3
	.align	2
	.globl	__udivdi3
	.type	__udivdi3, @function
__udivdi3:
	li	a4,0
	tail	udivmod
	.size	__udivdi3, .-__udivdi3
	.align	2
	.globl	__umoddi3
	.type	__umoddi3, @function
__umoddi3:
	addi	sp,sp,-32
	addi	a4,sp,8
	sw	ra,28(sp)
	call	udivmod
	lw	ra,28(sp)
	lw	a0,8(sp)
	lw	a1,12(sp)
	addi	sp,sp,32
	jr	ra
	.size	__umoddi3, .-__umoddi3
	.align	2
	.globl	__divdi3
	.type	__divdi3, @function
__divdi3:
	addi	sp,sp,-16
	sw	s0,8(sp)
	sw	s1,4(sp)
	sw	ra,12(sp)
	mv	s0,a1
	mv	s1,a3
	bge	a1,zero,.L87
	snez	a5,a0
	neg	a1,a1
	sub	a1,a1,a5
	neg	a0,a0
.L87:
	mv	a3,s1
	bge	s1,zero,.L89
	snez	a5,a2
	neg	a3,s1
	sub	a3,a3,a5
	neg	a2,a2
.L89:
	li	a4,0
	xor	s0,s0,s1
	call	udivmod
	bge	s0,zero,.L86
	snez	a5,a0
	neg	a1,a1
	neg	a0,a0
	sub	a1,a1,a5
.L86:
	lw	ra,12(sp)
	lw	s0,8(sp)
	lw	s1,4(sp)
	addi	sp,sp,16
	jr	ra
	.size	__divdi3, .-__divdi3
	.align	2
	.globl	__moddi3
	.type	__moddi3, @function
__moddi3:
	addi	sp,sp,-32
	sw	s0,24(sp)
	sw	ra,28(sp)
	mv	s0,a1
	bge	a1,zero,.L96
	snez	a5,a0
	neg	a1,a1
	sub	a1,a1,a5
	neg	a0,a0
.L96:
	bge	a3,zero,.L98
	snez	a5,a2
	neg	a3,a3
	sub	a3,a3,a5
	neg	a2,a2
.L98:
	addi	a4,sp,8
	call	udivmod
	lw	a0,8(sp)
	lw	a1,12(sp)
	bge	s0,zero,.L95
	snez	a5,a0
	neg	a1,a1
	neg	a0,a0
	sub	a1,a1,a5
.L95:
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	__moddi3, .-__moddi3
	.align	2
	.globl	printf
	.type	printf, @function
printf:
	addi	sp,sp,-112
	sw	a5,100(sp)
	addi	a5,sp,84
	sw	s0,72(sp)
	sw	s1,68(sp)
	sw	s2,64(sp)
	sw	s3,60(sp)
	sw	s4,56(sp)
	sw	s5,52(sp)
	sw	s6,48(sp)
	sw	s7,44(sp)
	sw	ra,76(sp)
	sw	s8,40(sp)
	sw	s9,36(sp)
	sw	s10,32(sp)
	mv	s1,a0
	sw	a1,84(sp)
	sw	a2,88(sp)
	sw	a3,92(sp)
	sw	a4,96(sp)
	sw	a6,104(sp)
	sw	a7,108(sp)
	sw	a5,28(sp)
	li	s0,0
	li	s2,37
	li	s4,48
	li	s5,9
	li	s6,10
	li	s7,108
	li	s3,105
.L105:
	lbu	a0,0(s1)
	bne	a0,zero,.L136
	call	flush
	lw	ra,76(sp)
	mv	a0,s0
	lw	s0,72(sp)
	lw	s1,68(sp)
	lw	s2,64(sp)
	lw	s3,60(sp)
	lw	s4,56(sp)
	lw	s5,52(sp)
	lw	s6,48(sp)
	lw	s7,44(sp)
	lw	s8,40(sp)
	lw	s9,36(sp)
	lw	s10,32(sp)
	addi	sp,sp,112
	jr	ra
.L136:
	beq	a0,s2,.L106
.L140:
	call	put
	addi	s0,s0,1
	j	.L107
.L106:
	lbu	a5,1(s1)
	bne	a5,s4,.L108
	addi	s1,s1,2
.L109:
	li	a4,0
	j	.L110
.L111:
	mul	a4,a4,s6
	addi	s1,s1,1
	add	a4,a3,a4
.L110:
	lbu	a3,0(s1)
	addi	a3,a3,-48
	andi	a2,a3,0xff
	bleu	a2,s5,.L111
	li	a2,0
.L112:
	add	a1,s1,a2
	lbu	a3,0(a1)
	beq	a3,s7,.L113
	mv	s1,a1
	beq	a3,s3,.L114
	bgtu	a3,s3,.L115
	li	a0,99
	beq	a3,a0,.L116
	li	a0,100
	beq	a3,a0,.L114
	li	a0,37
	beq	a3,s2,.L140
.L118:
	addi	s1,a1,-1
	j	.L107
.L108:
	addi	s1,s1,1
	li	a5,32
	j	.L109
.L113:
	addi	a2,a2,1
	j	.L112
.L115:
	li	a0,117
	beq	a3,a0,.L119
	li	a0,120
	beq	a3,a0,.L120
	li	a5,115
	bne	a3,a5,.L118
	lw	a5,28(sp)
	sw	a4,12(sp)
	lw	s9,0(a5)
	addi	a3,a5,4
	sw	a3,28(sp)
	mv	a0,s9
	call	strlen
	mv	s8,a0
	mv	s10,a0
.L139:
	lw	a4,12(sp)
	bgt	a4,s10,.L131
	li	a5,0
	blt	a4,s8,.L133
	sub	a5,a4,s8
.L133:
	add	s0,a5,s0
	mv	s8,s0
.L134:
	sub	a5,s0,s8
	add	a5,s9,a5
	lbu	a0,0(a5)
	beq	a0,zero,.L107
	call	put
	addi	s0,s0,1
	j	.L134
.L114:
	li	a1,1
	lw	a3,28(sp)
	ble	a2,a1,.L122
	addi	a3,a3,7
	andi	a3,a3,-8
	addi	a2,a3,8
	sw	a2,28(sp)
	lw	a0,0(a3)
	lw	a2,4(a3)
.L123:
	mv	a1,a2
	bge	a2,zero,.L124
	snez	a3,a0
	neg	a1,a2
	sub	a1,a1,a3
	neg	a0,a0
.L124:
	li	a3,10
	srli	a2,a2,31
.L141:
	call	number
	add	s0,s0,a0
.L107:
	addi	s1,s1,1
	j	.L105
.L122:
	lw	a0,0(a3)
	addi	a2,a3,4
	sw	a2,28(sp)
	srai	a2,a0,31
	j	.L123
.L120:
	li	a1,1
	lw	a3,28(sp)
	bgt	a2,a1,.L126
	lw	a0,0(a3)
	addi	a2,a3,4
	sw	a2,28(sp)
	li	a1,0
.L138:
	li	a3,16
.L127:
	li	a2,0
	j	.L141
.L119:
	li	a1,1
	lw	a3,28(sp)
	bgt	a2,a1,.L128
	lw	a0,0(a3)
	addi	a2,a3,4
	sw	a2,28(sp)
	li	a1,0
.L129:
	li	a3,10
	j	.L127
.L128:
	addi	a3,a3,7
	andi	a3,a3,-8
	addi	a2,a3,8
	lw	a0,0(a3)
	lw	a1,4(a3)
	sw	a2,28(sp)
	j	.L129
.L126:
	addi	a3,a3,7
	andi	a3,a3,-8
	addi	a2,a3,8
	lw	a0,0(a3)
	lw	a1,4(a3)
	sw	a2,28(sp)
	j	.L138
.L116:
	lw	a5,28(sp)
	addi	a4,a5,4
	lbu	a0,0(a5)
	sw	a4,28(sp)
	j	.L140
.L131:
	li	a0,32
	sw	a4,12(sp)
	addi	s10,s10,1
	call	put
	j	.L139
	.size	printf, .-printf
	.section	.rodata.str1.4
	.align	2
.LC1:
	.string	"%s\n"
	.text
	.align	2
	.globl	puts
	.type	puts, @function
puts:
	mv	a1,a0
	lui	a0,%hi(.LC1)
	addi	a0,a0,%lo(.LC1)
	tail	printf
	.size	puts, .-puts
	.bss
	.align	2
	.set	.LANCHOR0,. + 0
	.type	out, @object
	.size	out, 256
out:
	.zero	256
	.section	.sbss,"aw",@nobits
	.align	2
	.type	brk.0, @object
	.size	brk.0, 4
brk.0:
	.zero	4
	.type	used, @object
	.size	used, 4
used:
	.zero	4
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
