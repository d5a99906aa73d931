	.file	"vmlab.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	2
	.type	put, @function
put:
	lui	a6,%hi(used)
	lw	a3,%lo(used)(a6)
	li	a5,256
	mv	a4,a0
	beq	a3,a5,.L2
	lui	a5,%hi(.LANCHOR0)
	addi	a5,a5,%lo(.LANCHOR0)
	addi	a2,a3,1
	add	a5,a5,a3
	sw	a2,%lo(used)(a6)
	sb	a4,0(a5)
	ret
.L2:
	lui	a5,%hi(.LANCHOR0)
	li	a0,1
	addi	a1,a5,%lo(.LANCHOR0)
	li	a2,256
	li	a7,64
 #APP
# 12 "runtime/vmlab.c" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a3,0
	addi	a5,a5,%lo(.LANCHOR0)
	li	a2,1
	add	a5,a5,a3
	sw	a2,%lo(used)(a6)
	sb	a4,0(a5)
	ret
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
	sw	s4,40(sp)
	lui	s4,%hi(.LC0)
	sw	ra,60(sp)
	sw	s0,56(sp)
	sw	s1,52(sp)
	sw	s2,48(sp)
	sw	s3,44(sp)
	sw	s5,36(sp)
	sw	s6,32(sp)
	mv	t3,a0
	mv	s5,a1
	mv	s3,a2
	mv	a6,a3
	mv	s1,a4
	mv	s2,a5
	li	t0,0
	li	ra,0
	addi	s0,sp,8
	addi	s4,s4,%lo(.LC0)
	li	t6,31
	li	t2,1
	li	t5,-1
.L13:
	li	t1,0
	li	a7,0
	li	a1,63
	li	a5,0
	li	a3,0
	slli	t4,s5,1
	j	.L12
.L33:
	sll	a4,t2,s6
	li	a2,0
.L11:
	or	t1,t1,a2
	or	a7,a7,a4
.L8:
	addi	a1,a1,-1
	beq	a1,t5,.L32
.L12:
	sub	a4,t6,a1
	srli	a2,a5,31
	slli	a0,a3,1
	sll	a4,t4,a4
	srl	a3,t3,a1
	addi	s6,a1,-32
	or	a0,a2,a0
	slli	a5,a5,1
	or	a3,a4,a3
	blt	s6,zero,.L7
	srl	a3,s5,s6
.L7:
	andi	a3,a3,1
	or	a5,a3,a5
	sub	a2,a5,a6
	sgtu	a4,a2,a5
	mv	a3,a0
	bne	t0,a0,.L24
	bgtu	a6,a5,.L8
.L24:
	mv	a5,a2
	sub	a3,a0,a4
	bge	s6,zero,.L33
	sll	a2,t2,a1
	li	a4,0
	j	.L11
.L32:
	add	a5,s4,a5
	lbu	a5,0(a5)
	addi	ra,ra,1
	add	s5,s0,ra
	sb	a5,-1(s5)
	or	a5,t1,a7
	beq	a5,zero,.L34
	mv	t3,t1
	mv	s5,a7
	j	.L13
.L34:
	add	s6,s3,ra
	bne	s3,zero,.L14
	ble	s1,ra,.L21
.L18:
	mv	s4,s6
.L16:
	addi	s4,s4,1
	mv	a0,s2
	call	put
	bgt	s1,s4,.L16
	beq	s3,zero,.L21
	li	a5,48
	beq	s2,a5,.L21
.L20:
	li	a0,45
	call	put
.L21:
	lbu	a0,-1(s5)
	addi	s5,s5,-1
	call	put
	bne	s0,s5,.L21
	mv	a0,s6
	bge	s6,s1,.L22
	mv	a0,s1
.L22:
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
.L14:
	li	a5,48
	beq	s2,a5,.L17
	blt	s6,s1,.L18
	j	.L20
.L17:
	li	a0,45
	call	put
	blt	s6,s1,.L18
	j	.L21
	.size	number, .-number
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
.L38:
	j	.L38
	.size	exit, .-exit
	.align	2
	.globl	sbrk
	.type	sbrk, @function
sbrk:
	lui	a3,%hi(brk.0)
	lw	a4,%lo(brk.0)(a3)
	mv	a5,a0
	beq	a4,zero,.L43
.L40:
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
	beq	a5,a0,.L44
	li	a4,-1
	mv	a0,a4
	ret
.L44:
	sw	a5,%lo(brk.0)(a3)
	mv	a0,a4
	ret
.L43:
	li	a0,0
	li	a1,0
	li	a2,0
	li	a7,214
 #APP
# 12 "runtime/vmlab.c" 1
	ecall
# 0 "" 2
 #NO_APP
	mv	a4,a0
	sw	a0,%lo(brk.0)(a3)
	j	.L40
	.size	sbrk, .-sbrk
	.align	2
	.globl	strlen
	.type	strlen, @function
strlen:
	lbu	a5,0(a0)
	mv	a4,a0
	li	a0,0
	beq	a5,zero,.L48
.L47:
	addi	a0,a0,1
	add	a5,a4,a0
	lbu	a5,0(a5)
	bne	a5,zero,.L47
	ret
.L48:
	ret
	.size	strlen, .-strlen
	.align	2
	.globl	memset
	.type	memset, @function
memset:
	andi	a1,a1,0xff
	add	a4,a0,a2
	mv	a5,a0
	beq	a2,zero,.L56
.L52:
	addi	a5,a5,1
	sb	a1,-1(a5)
	bne	a5,a4,.L52
.L56:
	ret
	.size	memset, .-memset
	.align	2
	.globl	memcpy
	.type	memcpy, @function
memcpy:
	beq	a2,zero,.L58
	add	a2,a0,a2
	mv	a5,a0
.L59:
	lbu	a4,0(a1)
	addi	a5,a5,1
	addi	a1,a1,1
	sb	a4,-1(a5)
	bne	a5,a2,.L59
.L58:
	ret
	.size	memcpy, .-memcpy
	.align	2
	.globl	strcmp
	.type	strcmp, @function
strcmp:
	lbu	a5,0(a0)
	bne	a5,zero,.L65
	j	.L70
.L67:
	lbu	a5,0(a0)
	beq	a5,zero,.L71
	mv	a1,a3
.L65:
	lbu	a4,0(a1)
	addi	a0,a0,1
	addi	a3,a1,1
	beq	a4,a5,.L67
.L66:
	sub	a0,a5,a4
	ret
.L71:
	lbu	a4,1(a1)
	sub	a0,a5,a4
	ret
.L70:
	lbu	a4,0(a1)
	j	.L66
	.size	strcmp, .-strcmp
	.align	2
	.globl	__ashldi3
	.type	__ashldi3, @function
__ashldi3:
	beq	a2,zero,.L73
	li	a5,31
	ble	a2,a5,.L74
	addi	a2,a2,-32
	sll	a1,a0,a2
	li	a0,0
	ret
.L74:
	li	a5,32
	sub	a5,a5,a2
	srl	a5,a0,a5
	sll	a1,a1,a2
	sll	a0,a0,a2
	or	a1,a5,a1
.L73:
	ret
	.size	__ashldi3, .-__ashldi3
	.align	2
	.globl	__lshrdi3
	.type	__lshrdi3, @function
__lshrdi3:
	beq	a2,zero,.L78
	li	a5,31
	ble	a2,a5,.L79
	addi	a2,a2,-32
	srl	a0,a1,a2
	li	a1,0
	ret
.L79:
	li	a5,32
	sub	a5,a5,a2
	sll	a5,a1,a5
	srl	a0,a0,a2
	srl	a1,a1,a2
	or	a0,a5,a0
.L78:
	ret
	.size	__lshrdi3, .-__lshrdi3
	.align	2
	.globl	__ashrdi3
	.type	__ashrdi3, @function
__ashrdi3:
	mv	a5,a1
	beq	a2,zero,.L86
	li	a4,31
	ble	a2,a4,.L84
	addi	a0,a2,-32
	srai	a1,a1,31
	sra	a0,a5,a0
	ret
.L84:
	li	a4,32
	sub	a4,a4,a2
	sll	a4,a1,a4
	srl	a0,a0,a2
	sra	a1,a1,a2
	or	a0,a4,a0
	ret
.L86:
	ret
	.size	__ashrdi3, .-__ashrdi3
	.align	2
	.globl	__udivdi3
	.type	__udivdi3, @function
__udivdi3:
	mv	t5,a1
	addi	sp,sp,-16
	sw	s0,12(sp)
	mv	t0,a0
	li	a1,0
	li	a0,0
	li	a6,63
	li	a4,0
	li	a7,0
	slli	s0,t5,1
	li	t2,31
	li	t6,1
	li	t4,-1
	j	.L94
.L99:
	sll	t1,t6,t1
	li	a5,0
.L93:
	or	a0,a0,a5
	or	a1,a1,t1
.L90:
	addi	a6,a6,-1
	beq	a6,t4,.L98
.L94:
	srli	t3,a4,31
	slli	a5,a7,1
	addi	t1,a6,-32
	or	a5,t3,a5
	slli	a4,a4,1
	srl	a7,t5,t1
	bge	t1,zero,.L89
	sub	t3,t2,a6
	sll	t3,s0,t3
	srl	a7,t0,a6
	or	a7,t3,a7
.L89:
	andi	a7,a7,1
	or	a4,a7,a4
	mv	a7,a5
	bgtu	a3,a5,.L90
	bne	a3,a5,.L95
	bgtu	a2,a4,.L90
.L95:
	sub	t3,a4,a2
	sgtu	a7,t3,a4
	sub	a5,a5,a3
	mv	a4,t3
	sub	a7,a5,a7
	bge	t1,zero,.L99
	li	t1,0
	sll	a5,t6,a6
	j	.L93
.L98:
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
	.size	__udivdi3, .-__udivdi3
	.align	2
	.globl	__umoddi3
	.type	__umoddi3, @function
__umoddi3:
	mv	t2,a1
	mv	t4,a0
	li	a5,63
	li	a0,0
	li	a1,0
	slli	t0,t2,1
	li	t6,31
	li	t5,-1
.L105:
	sub	a6,t6,a5
	srli	t3,a0,31
	slli	a4,a1,1
	srl	a7,t4,a5
	sll	a6,t0,a6
	addi	t1,a5,-32
	or	a4,t3,a4
	slli	a0,a0,1
	or	a7,a6,a7
	blt	t1,zero,.L102
	srl	a7,t2,t1
.L102:
	andi	a7,a7,1
	addi	a5,a5,-1
	or	a0,a7,a0
	mv	a1,a4
	bgtu	a3,a4,.L103
	sub	a6,a0,a2
	sgtu	a7,a6,a0
	sub	t1,a4,a3
	bne	a3,a4,.L106
	bgtu	a2,a0,.L103
.L106:
	mv	a0,a6
	sub	a1,t1,a7
.L103:
	bne	a5,t5,.L105
	ret
	.size	__umoddi3, .-__umoddi3
	.align	2
	.globl	__divdi3
	.type	__divdi3, @function
__divdi3:
	addi	sp,sp,-16
	sw	s0,12(sp)
	sw	s2,4(sp)
	sw	s1,8(sp)
	mv	s0,a1
	mv	s2,a3
	mv	t2,a0
	mv	t6,a1
	bge	a1,zero,.L109
	snez	a5,a0
	neg	t6,a1
	sub	t6,t6,a5
	neg	t2,a0
.L109:
	mv	t5,a2
	mv	t1,s2
	bge	s2,zero,.L111
	snez	a5,a2
	neg	t1,s2
	sub	t1,t1,a5
	neg	t5,a2
.L111:
	li	a0,0
	li	a1,0
	li	a2,63
	li	a4,0
	li	a6,0
	slli	s1,t6,1
	li	a3,31
	li	t0,1
	li	t4,-1
	j	.L119
.L127:
	sll	a7,t0,a7
	li	a5,0
.L118:
	or	a0,a0,a5
	or	a1,a1,a7
.L115:
	addi	a2,a2,-1
	beq	a2,t4,.L126
.L119:
	srli	t3,a4,31
	slli	a5,a6,1
	addi	a7,a2,-32
	or	a5,t3,a5
	slli	a4,a4,1
	srl	a6,t6,a7
	bge	a7,zero,.L114
	sub	t3,a3,a2
	sll	t3,s1,t3
	srl	a6,t2,a2
	or	a6,t3,a6
.L114:
	andi	a6,a6,1
	or	a4,a6,a4
	mv	a6,a5
	bgtu	t1,a5,.L115
	bne	t1,a5,.L122
	bgtu	t5,a4,.L115
.L122:
	sub	t3,a4,t5
	sgtu	a6,t3,a4
	sub	a5,a5,t1
	mv	a4,t3
	sub	a6,a5,a6
	bge	a7,zero,.L127
	li	a7,0
	sll	a5,t0,a2
	j	.L118
.L126:
	xor	s0,s0,s2
	bge	s0,zero,.L108
	snez	a5,a0
	neg	a1,a1
	sub	a1,a1,a5
	neg	a0,a0
.L108:
	lw	s0,12(sp)
	lw	s1,8(sp)
	lw	s2,4(sp)
	addi	sp,sp,16
	jr	ra
	.size	__divdi3, .-__divdi3
	.align	2
	.globl	__moddi3
	.type	__moddi3, @function
__moddi3:
	addi	sp,sp,-16
	sw	s0,12(sp)
	mv	t2,a1
	mv	t4,a0
	mv	s0,a1
	blt	a1,zero,.L144
.L129:
	bge	a3,zero,.L131
	snez	a5,a2
	neg	a3,a3
	sub	a3,a3,a5
	neg	a2,a2
.L131:
	li	a5,63
	li	a0,0
	li	a1,0
	slli	t0,s0,1
	li	t6,31
	li	t5,-1
.L137:
	sub	a6,t6,a5
	srli	t3,a0,31
	slli	a4,a1,1
	srl	a7,t4,a5
	sll	a6,t0,a6
	addi	t1,a5,-32
	or	a4,t3,a4
	slli	a0,a0,1
	or	a7,a6,a7
	blt	t1,zero,.L134
	srl	a7,s0,t1
.L134:
	andi	a7,a7,1
	addi	a5,a5,-1
	or	a0,a7,a0
	mv	a1,a4
	bgtu	a3,a4,.L135
	sub	a6,a0,a2
	sgtu	a7,a6,a0
	sub	t1,a4,a3
	bne	a3,a4,.L140
	bgtu	a2,a0,.L135
.L140:
	mv	a0,a6
	sub	a1,t1,a7
.L135:
	bne	a5,t5,.L137
	bge	t2,zero,.L128
	snez	a5,a0
	neg	a1,a1
	sub	a1,a1,a5
	neg	a0,a0
.L128:
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
.L144:
	snez	a5,a0
	neg	s0,a1
	sub	s0,s0,a5
	neg	t4,a0
	j	.L129
	.size	__moddi3, .-__moddi3
	.align	2
	.globl	printf
	.type	printf, @function
printf:
	addi	sp,sp,-112
	sw	s0,72(sp)
	sw	s3,60(sp)
	sw	a5,100(sp)
	sw	ra,76(sp)
	sw	s1,68(sp)
	sw	s2,64(sp)
	sw	s4,56(sp)
	sw	s5,52(sp)
	sw	s6,48(sp)
	sw	s7,44(sp)
	sw	s8,40(sp)
	sw	s9,36(sp)
	sw	s10,32(sp)
	sw	s11,28(sp)
	sw	a1,84(sp)
	sw	a2,88(sp)
	sw	a3,92(sp)
	sw	a4,96(sp)
	sw	a6,104(sp)
	sw	a7,108(sp)
	mv	s0,a0
	lbu	a0,0(a0)
	addi	a5,sp,84
	sw	a5,12(sp)
	li	s3,0
	beq	a0,zero,.L146
	lui	s5,%hi(.L157)
	li	s4,37
	li	s6,48
	li	s8,9
	li	s7,108
	addi	s5,s5,%lo(.L157)
.L176:
	addi	s1,s0,1
	beq	a0,s4,.L147
	call	put
	lbu	a0,1(s0)
	addi	s3,s3,1
	mv	s0,s1
.L148:
	bne	a0,zero,.L176
.L146:
	lui	a5,%hi(used)
	lw	a2,%lo(used)(a5)
	beq	a2,zero,.L177
	lui	a1,%hi(.LANCHOR0)
	li	a0,1
	addi	a1,a1,%lo(.LANCHOR0)
	li	a7,64
 #APP
# 12 "runtime/vmlab.c" 1
	ecall
# 0 "" 2
 #NO_APP
.L177:
	lw	ra,76(sp)
	lw	s0,72(sp)
	sw	zero,%lo(used)(a5)
	lw	s1,68(sp)
	lw	s2,64(sp)
	lw	s4,56(sp)
	lw	s5,52(sp)
	lw	s6,48(sp)
	lw	s7,44(sp)
	lw	s8,40(sp)
	lw	s9,36(sp)
	lw	s10,32(sp)
	lw	s11,28(sp)
	mv	a0,s3
	lw	s3,60(sp)
	addi	sp,sp,112
	jr	ra
.L147:
	lbu	a0,1(s0)
	li	a5,32
	bne	a0,s6,.L149
	lbu	a0,2(s0)
	addi	s1,s0,2
	li	a5,48
.L149:
	addi	a4,a0,-48
	andi	a3,a4,0xff
	li	s2,0
	bgtu	a3,s8,.L151
.L150:
	lbu	a0,1(s1)
	slli	a3,s2,2
	add	a3,a3,s2
	slli	a3,a3,1
	add	s2,a4,a3
	addi	a4,a0,-48
	andi	a3,a4,0xff
	addi	s1,s1,1
	bleu	a3,s8,.L150
.L151:
	bne	a0,s7,.L152
	mv	s0,s1
.L153:
	lbu	a0,1(s0)
	mv	a4,s0
	addi	s0,s0,1
	beq	a0,s7,.L153
	beq	a0,s4,.L154
	addi	a3,a0,-99
	andi	a3,a3,0xff
	li	a2,21
	bgtu	a3,a2,.L148
	slli	a3,a3,2
	add	a3,a3,s5
	lw	a3,0(a3)
	sub	a4,a4,s1
	addi	a4,a4,1
	jr	a3
	.section	.rodata
	.align	2
	.align	2
.L157:
	.word	.L160
	.word	.L159
	.word	.L148
	.word	.L148
	.word	.L148
	.word	.L148
	.word	.L159
	.word	.L148
	.word	.L148
	.word	.L148
	.word	.L148
	.word	.L148
	.word	.L148
	.word	.L148
	.word	.L148
	.word	.L148
	.word	.L183
	.word	.L148
	.word	.L156
	.word	.L148
	.word	.L148
	.word	.L156
	.text
.L156:
	li	a2,1
	lw	a3,12(sp)
	beq	a4,a2,.L166
	addi	a4,a3,7
	andi	a4,a4,-8
	lw	a6,0(a4)
	lw	a1,4(a4)
	addi	a3,a4,8
	sw	a3,12(sp)
.L167:
	li	a4,117
	li	a3,16
	bne	a0,a4,.L168
	li	a3,10
.L168:
	mv	a4,s2
	li	a2,0
	mv	a0,a6
.L203:
	call	number
	mv	a5,a0
	lbu	a0,1(s0)
	add	s3,s3,a5
	addi	s0,s0,1
	bne	a0,zero,.L176
	j	.L146
.L159:
	li	a3,1
	beq	a4,a3,.L161
	lw	a4,12(sp)
	addi	a4,a4,7
	andi	a4,a4,-8
	lw	a0,0(a4)
	lw	a2,4(a4)
	addi	a3,a4,8
	sw	a3,12(sp)
.L162:
	mv	a1,a2
	bge	a2,zero,.L163
	snez	a4,a0
	neg	a1,a2
	sub	a1,a1,a4
	neg	a0,a0
.L163:
	mv	a4,s2
	li	a3,10
	srli	a2,a2,31
	j	.L203
.L189:
	mv	s0,s1
.L160:
	lw	a5,12(sp)
	addi	s0,s0,1
	addi	s3,s3,1
	lbu	a0,0(a5)
	addi	a5,a5,4
	sw	a5,12(sp)
	call	put
	lbu	a0,0(s0)
	bne	a0,zero,.L176
	j	.L146
.L186:
	mv	s0,s1
.L154:
	li	a0,37
	call	put
	lbu	a0,1(s0)
	addi	s3,s3,1
	addi	s0,s0,1
	bne	a0,zero,.L176
	j	.L146
.L183:
	mv	s1,s0
.L158:
	lw	a5,12(sp)
	addi	s0,s1,1
	lw	s9,0(a5)
	addi	a5,a5,4
	sw	a5,12(sp)
	lbu	a0,0(s9)
	beq	a0,zero,.L169
	li	a5,0
.L170:
	addi	a5,a5,1
	add	a4,s9,a5
	lbu	a4,0(a4)
	bne	a4,zero,.L170
	mv	s10,a5
	bge	a5,s2,.L171
.L178:
	mv	s11,s10
.L172:
	addi	s11,s11,1
	li	a0,32
	call	put
	blt	s11,s2,.L172
	addi	s3,s3,1
	li	a5,0
	bge	s10,s2,.L174
	addi	a5,s2,-1
	sub	a5,a5,s10
.L174:
	lbu	a0,0(s9)
	add	s3,a5,s3
	beq	a0,zero,.L204
.L171:
	mv	s2,s9
.L175:
	addi	s2,s2,1
	call	put
	lbu	a0,0(s2)
	bne	a0,zero,.L175
	lbu	a0,1(s1)
	sub	s2,s2,s9
	add	s3,s2,s3
	bne	a0,zero,.L176
	j	.L146
.L165:
	lw	a3,12(sp)
	mv	s0,s1
.L166:
	lw	a6,0(a3)
	addi	a3,a3,4
	sw	a3,12(sp)
	li	a1,0
	j	.L167
.L190:
	mv	s0,s1
.L161:
	lw	a4,12(sp)
	lw	a0,0(a4)
	addi	a4,a4,4
	sw	a4,12(sp)
	srai	a2,a0,31
	j	.L162
.L152:
	li	a4,37
	beq	a0,a4,.L186
	addi	a4,a0,-99
	andi	a4,a4,0xff
	li	a3,21
	bgtu	a4,a3,.L188
	lui	a3,%hi(.L179)
	slli	a4,a4,2
	addi	a3,a3,%lo(.L179)
	add	a4,a4,a3
	lw	a4,0(a4)
	jr	a4
	.section	.rodata
	.align	2
	.align	2
.L179:
	.word	.L189
	.word	.L190
	.word	.L188
	.word	.L188
	.word	.L188
	.word	.L188
	.word	.L190
	.word	.L188
	.word	.L188
	.word	.L188
	.word	.L188
	.word	.L188
	.word	.L188
	.word	.L188
	.word	.L188
	.word	.L188
	.word	.L158
	.word	.L188
	.word	.L165
	.word	.L188
	.word	.L188
	.word	.L165
	.text
.L188:
	mv	s0,s1
	bne	a0,zero,.L176
	j	.L146
.L169:
	li	s10,0
	bne	s2,zero,.L178
.L204:
	lbu	a0,1(s1)
	bne	a0,zero,.L176
	j	.L146
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
