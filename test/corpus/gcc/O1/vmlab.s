	.file	"vmlab.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	2
	.type	udivmod, @function
udivmod:
	addi	sp,sp,-16
	sw	s0,12(sp)
	sw	s1,8(sp)
	mv	t0,a0
	mv	t5,a1
	mv	s1,a4
	li	t1,63
	li	a6,0
	li	a5,0
	li	a0,0
	li	a1,0
	slli	s0,t5,1
	li	a4,31
	li	t2,1
	li	t6,0
	li	t4,-1
	j	.L8
.L2:
	sub	t3,a4,t1
	sll	t3,s0,t3
	srl	a6,t0,t1
	or	a6,t3,a6
	j	.L3
.L10:
	sub	a7,a6,a2
	sgtu	t3,a7,a6
	sub	a5,a5,a3
	mv	a6,a7
	sub	a5,a5,t3
	addi	a7,t1,-32
	blt	a7,zero,.L6
	sll	a7,t2,a7
	mv	t3,t6
.L7:
	or	a0,a0,t3
	or	a1,a1,a7
.L4:
	addi	t1,t1,-1
	beq	t1,t4,.L13
.L8:
	srli	a7,a6,31
	slli	a5,a5,1
	or	a5,a7,a5
	slli	a7,a6,1
	addi	a6,t1,-32
	blt	a6,zero,.L2
	srl	a6,t5,a6
.L3:
	andi	a6,a6,1
	or	a6,a6,a7
	bgtu	a3,a5,.L4
	bne	a3,a5,.L10
	bgtu	a2,a6,.L4
	j	.L10
.L6:
	mv	a7,t6
	sll	t3,t2,t1
	j	.L7
.L13:
	beq	s1,zero,.L1
	sw	a6,0(s1)
	sw	a5,4(s1)
.L1:
	lw	s0,12(sp)
	lw	s1,8(sp)
	addi	sp,sp,16
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
	lui	a5,%hi(used)
	lw	a2,%lo(used)(a5)
	bne	a2,zero,.L21
	lui	a5,%hi(used)
	sw	zero,%lo(used)(a5)
	ret
.L21:
	addi	sp,sp,-16
	sw	ra,12(sp)
	lui	a1,%hi(.LANCHOR0)
	addi	a1,a1,%lo(.LANCHOR0)
	li	a0,1
	call	write
	lui	a5,%hi(used)
	sw	zero,%lo(used)(a5)
	lw	ra,12(sp)
	addi	sp,sp,16
	jr	ra
	.size	flush, .-flush
	.align	2
	.type	put, @function
put:
	addi	sp,sp,-16
	sw	ra,12(sp)
	sw	s0,8(sp)
	mv	s0,a0
	lui	a5,%hi(used)
	lw	a4,%lo(used)(a5)
	li	a5,256
	beq	a4,a5,.L25
.L23:
	lui	a5,%hi(used)
	lw	a4,%lo(used)(a5)
	addi	a3,a4,1
	sw	a3,%lo(used)(a5)
	lui	a5,%hi(.LANCHOR0)
	addi	a5,a5,%lo(.LANCHOR0)
	add	a5,a5,a4
	sb	s0,0(a5)
	lw	ra,12(sp)
	lw	s0,8(sp)
	addi	sp,sp,16
	jr	ra
.L25:
	call	flush
	j	.L23
	.size	put, .-put
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"0123456789abcdef"
	.text
	.align	2
	.type	number, @function
number:
	addi	sp,sp,-64
	sw	ra,60(sp)
	sw	s0,56(sp)
	sw	s1,52(sp)
	sw	s2,48(sp)
	sw	s3,44(sp)
	sw	s4,40(sp)
	sw	s5,36(sp)
	sw	s6,32(sp)
	mv	s6,a2
	mv	s4,a3
	mv	s2,a4
	mv	s5,a5
	li	s1,0
	lui	s3,%hi(.LC0)
	addi	s3,s3,%lo(.LC0)
.L27:
	mv	a4,sp
	mv	a2,s4
	li	a3,0
	call	udivmod
	addi	s1,s1,1
	mv	s0,s1
	addi	a5,sp,8
	add	a5,a5,s1
	lw	a6,0(sp)
	add	a6,s3,a6
	lbu	a4,0(a6)
	sb	a4,-1(a5)
	or	a5,a0,a1
	bne	a5,zero,.L27
	add	s4,s1,s6
	beq	s6,zero,.L28
	li	a5,48
	beq	s5,a5,.L42
	blt	s4,s2,.L35
.L36:
	li	a0,45
	call	put
	j	.L30
.L42:
	li	a0,45
	call	put
	blt	s4,s2,.L35
	j	.L30
.L28:
	bge	s4,s2,.L30
.L35:
	mv	s3,s4
.L31:
	mv	a0,s5
	call	put
	addi	s3,s3,1
	bgt	s2,s3,.L31
	beq	s6,zero,.L30
	li	a5,48
	bne	s5,a5,.L36
.L30:
	beq	s1,zero,.L32
.L33:
	addi	a5,sp,8
	add	a5,a5,s0
	lbu	a0,-1(a5)
	call	put
	addi	s0,s0,-1
	bne	s0,zero,.L33
.L32:
	mv	a0,s4
	bge	s4,s2,.L37
	mv	a0,s2
.L37:
	lw	ra,60(sp)
	lw	s0,56(sp)
	lw	s1,52(sp)
	lw	s2,48(sp)
	lw	s3,44(sp)
	lw	s4,40(sp)
	lw	s5,36(sp)
	lw	s6,32(sp)
	addi	sp,sp,64
	jr	ra
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
.L45:
	j	.L45
	.size	exit, .-exit
	.align	2
	.globl	sbrk
	.type	sbrk, @function
sbrk:
	mv	a5,a0
	lui	a4,%hi(brk.0)
	lw	a4,%lo(brk.0)(a4)
	beq	a4,zero,.L50
.L47:
	lui	a4,%hi(brk.0)
	lw	a4,%lo(brk.0)(a4)
	add	a5,a4,a5
	mv	a0,a5
	li	a1,0
	li	a2,0
	li	a7,214
 #APP
# 12 "runtime/vmlab.c" 1
	ecall
# 0 "" 2
 #NO_APP
	beq	a5,a0,.L51
	li	a4,-1
.L46:
	mv	a0,a4
	ret
.L50:
	li	a0,0
	li	a1,0
	li	a2,0
	li	a7,214
 #APP
# 12 "runtime/vmlab.c" 1
	ecall
# 0 "" 2
 #NO_APP
	lui	a4,%hi(brk.0)
	sw	a0,%lo(brk.0)(a4)
	j	.L47
.L51:
	lui	a3,%hi(brk.0)
	sw	a5,%lo(brk.0)(a3)
	j	.L46
	.size	sbrk, .-sbrk
	.align	2
	.globl	strlen
	.type	strlen, @function
strlen:
	mv	a4,a0
	lbu	a5,0(a0)
	beq	a5,zero,.L55
	li	a0,0
.L54:
	addi	a0,a0,1
	add	a5,a4,a0
	lbu	a5,0(a5)
	bne	a5,zero,.L54
	ret
.L55:
	li	a0,0
	ret
	.size	strlen, .-strlen
	.align	2
	.globl	memset
	.type	memset, @function
memset:
	beq	a2,zero,.L58
	add	a2,a0,a2
	mv	a5,a0
.L59:
	addi	a5,a5,1
	sb	a1,-1(a5)
	bne	a2,a5,.L59
.L58:
	ret
	.size	memset, .-memset
	.align	2
	.globl	memcpy
	.type	memcpy, @function
memcpy:
	beq	a2,zero,.L62
	add	a2,a0,a2
	mv	a5,a0
.L63:
	addi	a1,a1,1
	addi	a5,a5,1
	lbu	a4,-1(a1)
	sb	a4,-1(a5)
	bne	a2,a5,.L63
.L62:
	ret
	.size	memcpy, .-memcpy
	.align	2
	.globl	strcmp
	.type	strcmp, @function
strcmp:
	lbu	a5,0(a0)
	beq	a5,zero,.L67
.L66:
	lbu	a4,0(a1)
	bne	a4,a5,.L67
	addi	a0,a0,1
	addi	a1,a1,1
	lbu	a5,0(a0)
	bne	a5,zero,.L66
.L67:
	lbu	a0,0(a1)
	sub	a0,a5,a0
	ret
	.size	strcmp, .-strcmp
	.align	2
	.globl	__ashldi3
	.type	__ashldi3, @function
__ashldi3:
	beq	a2,zero,.L71
	li	a5,31
	ble	a2,a5,.L72
	addi	a2,a2,-32
	sll	a1,a0,a2
	li	a4,0
.L73:
	mv	a0,a4
.L71:
	ret
.L72:
	sll	a4,a0,a2
	li	a5,32
	sub	a5,a5,a2
	srl	a5,a0,a5
	sll	a1,a1,a2
	or	a1,a5,a1
	j	.L73
	.size	__ashldi3, .-__ashldi3
	.align	2
	.globl	__lshrdi3
	.type	__lshrdi3, @function
__lshrdi3:
	beq	a2,zero,.L76
	li	a5,31
	ble	a2,a5,.L77
	addi	a2,a2,-32
	srl	a0,a1,a2
	li	a4,0
.L78:
	mv	a1,a4
.L76:
	ret
.L77:
	srl	a4,a1,a2
	li	a5,32
	sub	a5,a5,a2
	sll	a5,a1,a5
	srl	a0,a0,a2
	or	a0,a5,a0
	j	.L78
	.size	__lshrdi3, .-__lshrdi3
	.align	2
	.globl	__ashrdi3
	.type	__ashrdi3, @function
__ashrdi3:
	beq	a2,zero,.L81
	li	a5,31
	ble	a2,a5,.L82
	srai	a4,a1,31
	addi	a2,a2,-32
	sra	a0,a1,a2
.L83:
	mv	a1,a4
.L81:
	ret
.L82:
	sra	a4,a1,a2
	li	a5,32
	sub	a5,a5,a2
	sll	a5,a1,a5
	srl	a0,a0,a2
	or	a0,a5,a0
	j	.L83
	.size	__ashrdi3, .-__ashrdi3
	.align	2
	.globl	__udivdi3
	.type	__udivdi3, @function
__udivdi3:
	addi	sp,sp,-16
	sw	ra,12(sp)
	li	a4,0
	call	udivmod
	lw	ra,12(sp)
	addi	sp,sp,16
	jr	ra
	.size	__udivdi3, .-__udivdi3
	.align	2
	.globl	__umoddi3
	.type	__umoddi3, @function
__umoddi3:
	addi	sp,sp,-32
	sw	ra,28(sp)
	addi	a4,sp,8
	call	udivmod
	lw	a0,8(sp)
	lw	a1,12(sp)
	lw	ra,28(sp)
	addi	sp,sp,32
	jr	ra
	.size	__umoddi3, .-__umoddi3
	.align	2
	.globl	__divdi3
	.type	__divdi3, @function
__divdi3:
	addi	sp,sp,-16
	sw	ra,12(sp)
	sw	s0,8(sp)
	sw	s1,4(sp)
	mv	s0,a1
	mv	a5,a2
	mv	s1,a3
	blt	a1,zero,.L100
.L92:
	mv	a2,a5
	mv	a3,s1
	blt	s1,zero,.L101
.L95:
	li	a4,0
	call	udivmod
	mv	a4,a0
	mv	a5,a1
	xor	s0,s0,s1
	blt	s0,zero,.L102
.L89:
	lw	ra,12(sp)
	lw	s0,8(sp)
	lw	s1,4(sp)
	addi	sp,sp,16
	jr	ra
.L100:
	snez	a3,a0
	neg	a1,a1
	neg	a0,a0
	sub	a1,a1,a3
	j	.L92
.L101:
	snez	a4,a5
	neg	a3,s1
	neg	a2,a5
	sub	a3,a3,a4
	j	.L95
.L102:
	snez	a1,a0
	neg	a5,a5
	neg	a0,a4
	sub	a1,a5,a1
	j	.L89
	.size	__divdi3, .-__divdi3
	.align	2
	.globl	__moddi3
	.type	__moddi3, @function
__moddi3:
	addi	sp,sp,-32
	sw	ra,28(sp)
	sw	s0,24(sp)
	mv	s0,a1
	mv	a4,a2
	mv	a5,a3
	blt	a1,zero,.L114
.L106:
	mv	a2,a4
	mv	a3,a5
	blt	a5,zero,.L115
.L109:
	addi	a4,sp,8
	call	udivmod
	blt	s0,zero,.L116
	lw	a0,8(sp)
	lw	a1,12(sp)
.L103:
	lw	ra,28(sp)
	lw	s0,24(sp)
	addi	sp,sp,32
	jr	ra
.L114:
	snez	a3,a0
	neg	a1,a1
	neg	a0,a0
	sub	a1,a1,a3
	j	.L106
.L115:
	snez	a3,a4
	neg	a5,a5
	neg	a2,a4
	sub	a3,a5,a3
	j	.L109
.L116:
	lw	a0,8(sp)
	snez	a5,a0
	lw	a1,12(sp)
	neg	a1,a1
	neg	a0,a0
	sub	a1,a1,a5
	j	.L103
	.size	__moddi3, .-__moddi3
	.align	2
	.globl	printf
	.type	printf, @function
printf:
	addi	sp,sp,-112
	sw	ra,76(sp)
	sw	s0,72(sp)
	sw	s1,68(sp)
	sw	s2,64(sp)
	sw	s3,60(sp)
	sw	s4,56(sp)
	sw	s5,52(sp)
	sw	s6,48(sp)
	sw	s7,44(sp)
	sw	s8,40(sp)
	sw	s9,36(sp)
	sw	s10,32(sp)
	sw	s11,28(sp)
	mv	s1,a0
	sw	a1,84(sp)
	sw	a2,88(sp)
	sw	a3,92(sp)
	sw	a4,96(sp)
	sw	a5,100(sp)
	sw	a6,104(sp)
	sw	a7,108(sp)
	addi	a5,sp,84
	sw	a5,12(sp)
	lbu	a0,0(a0)
	beq	a0,zero,.L147
	li	s4,0
	li	s6,37
	li	s9,48
	li	s3,9
	li	s2,108
	li	s7,21
	lui	s8,%hi(.L130)
	addi	s8,s8,%lo(.L130)
	j	.L145
.L119:
	lbu	a5,1(s1)
	addi	a0,s1,2
	beq	a5,s9,.L122
	addi	a0,s1,1
	li	a5,32
.L122:
	lbu	a3,0(a0)
	addi	a4,a3,-48
	andi	a4,a4,0xff
	li	s1,0
	bgtu	a4,s3,.L124
.L123:
	slli	a4,s1,2
	add	a4,a4,s1
	slli	a4,a4,1
	addi	a0,a0,1
	addi	a3,a3,-48
	add	s1,a3,a4
	lbu	a3,0(a0)
	addi	a4,a3,-48
	andi	a4,a4,0xff
	bleu	a4,s3,.L123
.L124:
	lbu	a4,0(a0)
	bne	a4,s2,.L125
	mv	s0,a0
.L126:
	mv	a3,s0
	addi	s0,s0,1
	lbu	a4,0(s0)
	beq	a4,s2,.L126
	beq	a4,s6,.L127
	addi	a2,a4,-99
	andi	a2,a2,0xff
	bgtu	a2,s7,.L128
	sub	a3,a3,a0
	addi	a3,a3,1
	addi	a4,a4,-99
	andi	a2,a4,0xff
	bgtu	a2,s7,.L128
	slli	a4,a2,2
	add	a4,a4,s8
	lw	a4,0(a4)
	jr	a4
	.section	.rodata
	.align	2
	.align	2
.L130:
	.word	.L133
	.word	.L132
	.word	.L128
	.word	.L128
	.word	.L128
	.word	.L128
	.word	.L132
	.word	.L128
	.word	.L128
	.word	.L128
	.word	.L128
	.word	.L128
	.word	.L128
	.word	.L128
	.word	.L128
	.word	.L128
	.word	.L131
	.word	.L128
	.word	.L129
	.word	.L128
	.word	.L128
	.word	.L129
	.text
.L132:
	li	a4,1
	ble	a3,a4,.L134
	lw	a4,12(sp)
	addi	a4,a4,7
	andi	a4,a4,-8
	addi	a3,a4,8
	sw	a3,12(sp)
	lw	a3,0(a4)
	lw	a2,4(a4)
.L135:
	mv	a0,a3
	mv	a1,a2
	blt	a2,zero,.L165
.L138:
	mv	a4,s1
	li	a3,10
	srli	a2,a2,31
	call	number
	add	s4,s4,a0
.L120:
	addi	s1,s0,1
	lbu	a0,1(s0)
	beq	a0,zero,.L118
.L145:
	beq	a0,s6,.L119
	call	put
	addi	s4,s4,1
	mv	s0,s1
	j	.L120
.L154:
	mv	s0,a0
.L134:
	lw	a4,12(sp)
	addi	a3,a4,4
	sw	a3,12(sp)
	lw	a3,0(a4)
	srai	a2,a3,31
	j	.L135
.L165:
	snez	a4,a3
	neg	a1,a2
	neg	a0,a3
	sub	a1,a1,a4
	j	.L138
.L156:
	mv	s0,a0
	li	a3,0
.L129:
	li	a4,1
	ble	a3,a4,.L139
	lw	a4,12(sp)
	addi	a4,a4,7
	andi	a4,a4,-8
	addi	a3,a4,8
	sw	a3,12(sp)
	lw	a0,0(a4)
	lw	a1,4(a4)
.L140:
	lbu	a2,0(s0)
	li	a4,117
	li	a3,16
	beq	a2,a4,.L166
.L141:
	mv	a4,s1
	li	a2,0
	call	number
	add	s4,s4,a0
	j	.L120
.L139:
	lw	a4,12(sp)
	addi	a3,a4,4
	sw	a3,12(sp)
	lw	a0,0(a4)
	li	a1,0
	j	.L140
.L166:
	li	a3,10
	j	.L141
.L153:
	mv	s0,a0
.L133:
	lw	a5,12(sp)
	addi	a4,a5,4
	sw	a4,12(sp)
	lbu	a0,0(a5)
	call	put
	addi	s4,s4,1
	j	.L120
.L155:
	mv	s0,a0
.L131:
	lw	a5,12(sp)
	addi	a4,a5,4
	sw	a4,12(sp)
	lw	s11,0(a5)
	mv	a0,s11
	call	strlen
	mv	s10,a0
	mv	s5,a0
	bge	a0,s1,.L142
.L143:
	li	a0,32
	call	put
	addi	s5,s5,1
	bne	s5,s1,.L143
	add	s4,s1,s4
	sub	s4,s4,s10
.L142:
	lbu	a0,0(s11)
	beq	a0,zero,.L120
	mv	s1,s11
.L144:
	addi	s1,s1,1
	call	put
	lbu	a0,0(s1)
	bne	a0,zero,.L144
	sub	s1,s1,s11
	add	s4,s1,s4
	j	.L120
.L150:
	mv	s0,a0
.L127:
	li	a0,37
	call	put
	addi	s4,s4,1
	j	.L120
.L151:
	mv	s0,a0
	j	.L128
.L152:
	mv	s0,a0
.L128:
	addi	s0,s0,-1
	j	.L120
.L147:
	li	s4,0
.L118:
	call	flush
	mv	a0,s4
	lw	ra,76(sp)
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
	lw	s11,28(sp)
	addi	sp,sp,112
	jr	ra
.L125:
	li	a3,37
	beq	a4,a3,.L150
	addi	a3,a4,-99
	andi	a3,a3,0xff
	li	a2,21
	bgtu	a3,a2,.L151
	addi	a4,a4,-99
	andi	a2,a4,0xff
	li	a3,21
	bgtu	a2,a3,.L152
	slli	a4,a2,2
	lui	a3,%hi(.L146)
	addi	a3,a3,%lo(.L146)
	add	a4,a4,a3
	lw	a4,0(a4)
	jr	a4
	.section	.rodata
	.align	2
	.align	2
.L146:
	.word	.L153
	.word	.L154
	.word	.L152
	.word	.L152
	.word	.L152
	.word	.L152
	.word	.L154
	.word	.L152
	.word	.L152
	.word	.L152
	.word	.L152
	.word	.L152
	.word	.L152
	.word	.L152
	.word	.L152
	.word	.L152
	.word	.L155
	.word	.L152
	.word	.L156
	.word	.L152
	.word	.L152
	.word	.L156
	.text
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
	addi	sp,sp,-16
	sw	ra,12(sp)
	mv	a1,a0
	lui	a0,%hi(.LC1)
	addi	a0,a0,%lo(.LC1)
	call	printf
	lw	ra,12(sp)
	addi	sp,sp,16
	jr	ra
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
