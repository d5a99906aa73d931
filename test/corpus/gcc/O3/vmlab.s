	.file	"vmlab.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"0123456789abcdef"
	.text
	.align	2
	.type	number, @function
number:
	addi	sp,sp,-64
	sw	s5,40(sp)
	lui	s5,%hi(.LC0)
	sw	s0,60(sp)
	sw	s1,56(sp)
	sw	s2,52(sp)
	sw	s3,48(sp)
	sw	s4,44(sp)
	sw	s6,36(sp)
	sw	s7,32(sp)
	mv	t3,a0
	mv	s6,a1
	mv	s1,a2
	mv	a6,a3
	mv	t2,a4
	mv	s0,a5
	li	s2,0
	li	s4,0
	addi	t0,sp,8
	addi	s5,s5,%lo(.LC0)
	li	t6,31
	li	s3,1
	li	t5,-1
.L9:
	li	t1,0
	li	a7,0
	li	a4,63
	li	a5,0
	li	a1,0
	slli	t4,s6,1
	j	.L8
.L42:
	sll	a0,s3,a0
	li	a3,0
.L7:
	or	t1,t1,a3
	or	a7,a7,a0
.L4:
	addi	a4,a4,-1
	beq	a4,t5,.L41
.L8:
	sub	a2,t6,a4
	srli	s7,a5,31
	slli	a3,a1,1
	sll	a2,t4,a2
	srl	a1,t3,a4
	addi	a0,a4,-32
	or	a3,s7,a3
	slli	a5,a5,1
	or	a1,a2,a1
	blt	a0,zero,.L3
	srl	a1,s6,a0
.L3:
	andi	a1,a1,1
	or	a5,a1,a5
	sub	a2,a5,a6
	sgtu	s7,a2,a5
	mv	a1,a3
	bne	s2,a3,.L30
	bgtu	a6,a5,.L4
.L30:
	mv	a5,a2
	sub	a1,a3,s7
	bge	a0,zero,.L42
	sll	a3,s3,a4
	li	a0,0
	j	.L7
.L41:
	add	a5,s5,a5
	lbu	a4,0(a5)
	addi	s4,s4,1
	add	a5,t0,s4
	sb	a4,-1(a5)
	or	a4,t1,a7
	beq	a4,zero,.L43
	mv	t3,t1
	mv	s6,a7
	j	.L9
.L43:
	lui	t3,%hi(used)
	lw	a4,%lo(used)(t3)
	add	t6,s1,s4
	bne	s1,zero,.L10
	lui	t4,%hi(.LANCHOR0)
	addi	t1,t4,%lo(.LANCHOR0)
	ble	t2,s4,.L12
.L11:
	mv	a6,t6
	li	t5,256
.L18:
	li	a0,1
	addi	a1,t4,%lo(.LANCHOR0)
	li	a2,256
	li	a7,64
	mv	a3,a4
	bne	a4,t5,.L20
 #APP
# 12 "runtime/vmlab.c" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a4,1
	sw	a4,%lo(used)(t3)
	sb	s0,0(t1)
	addi	a6,a6,1
	ble	t2,a6,.L19
	li	a3,1
.L20:
	addi	a4,a3,1
	add	a3,t1,a3
	sw	a4,%lo(used)(t3)
	sb	s0,0(a3)
	addi	a6,a6,1
	bgt	t2,a6,.L18
.L19:
	beq	s1,zero,.L12
	li	a3,48
	beq	s0,a3,.L12
.L14:
	li	a3,256
	beq	a4,a3,.L21
	mv	a3,a4
	addi	a4,a4,1
.L22:
	add	a3,t1,a3
	li	a2,45
	sw	a4,%lo(used)(t3)
	sb	a2,0(a3)
.L12:
	li	t5,256
	j	.L24
.L23:
 #APP
# 12 "runtime/vmlab.c" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a4,1
	sb	a6,0(t1)
	addi	a5,a5,-1
	sw	a4,%lo(used)(t3)
	beq	t0,a5,.L25
	lbu	a6,-1(a5)
	li	a3,1
	addi	a4,a3,1
	add	a3,t1,a3
	sw	a4,%lo(used)(t3)
	sb	a6,0(a3)
	addi	a5,a5,-1
	beq	t0,a5,.L25
.L24:
	lbu	a6,-1(a5)
	li	a0,1
	addi	a1,t4,%lo(.LANCHOR0)
	li	a2,256
	li	a7,64
	beq	a4,t5,.L23
	mv	a3,a4
	addi	a4,a3,1
	add	a3,t1,a3
	sw	a4,%lo(used)(t3)
	sb	a6,0(a3)
	addi	a5,a5,-1
	bne	t0,a5,.L24
.L25:
	mv	a0,t6
	bge	t6,t2,.L27
	mv	a0,t2
.L27:
	lw	s0,60(sp)
	lw	s1,56(sp)
	lw	s2,52(sp)
	lw	s3,48(sp)
	lw	s4,44(sp)
	lw	s5,40(sp)
	lw	s6,36(sp)
	lw	s7,32(sp)
	addi	sp,sp,64
	jr	ra
.L10:
	li	a3,48
	beq	s0,a3,.L13
	lui	t4,%hi(.LANCHOR0)
	addi	t1,t4,%lo(.LANCHOR0)
	blt	t6,t2,.L11
	j	.L14
.L13:
	li	a3,256
	beq	a4,a3,.L15
	mv	a3,a4
	lui	t4,%hi(.LANCHOR0)
	addi	a4,a4,1
.L16:
	addi	t1,t4,%lo(.LANCHOR0)
	add	a3,t1,a3
	li	a2,45
	sw	a4,%lo(used)(t3)
	sb	a2,0(a3)
	blt	t6,t2,.L11
	j	.L12
.L21:
	li	a0,1
	addi	a1,t4,%lo(.LANCHOR0)
	li	a2,256
	li	a7,64
 #APP
# 12 "runtime/vmlab.c" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a4,1
	li	a3,0
	j	.L22
.L15:
	lui	t4,%hi(.LANCHOR0)
	li	a0,1
	addi	a1,t4,%lo(.LANCHOR0)
	li	a2,256
	li	a7,64
 #APP
# 12 "runtime/vmlab.c" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a3,0
	mv	a4,s1
	j	.L16
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
.L47:
	j	.L47
	.size	exit, .-exit
	.align	2
	.globl	sbrk
	.type	sbrk, @function
sbrk:
	lui	a3,%hi(brk.0)
	lw	a4,%lo(brk.0)(a3)
	mv	a5,a0
	beq	a4,zero,.L52
.L49:
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
	beq	a5,a0,.L53
	li	a4,-1
	mv	a0,a4
	ret
.L53:
	sw	a5,%lo(brk.0)(a3)
	mv	a0,a4
	ret
.L52:
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
	j	.L49
	.size	sbrk, .-sbrk
	.align	2
	.globl	strlen
	.type	strlen, @function
strlen:
	lbu	a5,0(a0)
	mv	a4,a0
	li	a0,0
	beq	a5,zero,.L57
.L56:
	addi	a0,a0,1
	add	a5,a4,a0
	lbu	a5,0(a5)
	bne	a5,zero,.L56
	ret
.L57:
	ret
	.size	strlen, .-strlen
	.align	2
	.globl	memset
	.type	memset, @function
memset:
	addi	a6,a2,-1
	beq	a2,zero,.L74
	neg	a3,a0
	li	a7,5
	andi	a4,a1,0xff
	andi	a5,a3,3
	bleu	a6,a7,.L70
	mv	a7,a0
	beq	a5,zero,.L62
	sb	a4,0(a0)
	andi	a3,a3,2
	addi	a7,a0,1
	addi	a6,a2,-2
	beq	a3,zero,.L62
	addi	a3,a0,-1
	sb	a4,1(a0)
	andi	a3,a3,3
	addi	a7,a0,2
	addi	a6,a2,-3
	bne	a3,zero,.L62
	addi	a7,a0,3
	sb	a4,2(a0)
	addi	a6,a2,-4
.L62:
	slli	a3,a4,8
	sub	a2,a2,a5
	slli	a1,a4,16
	or	a3,a4,a3
	or	a3,a3,a1
	slli	t1,a4,24
	add	a5,a0,a5
	andi	a1,a2,-4
	or	a3,a3,t1
	add	a1,a1,a5
.L66:
	sw	a3,0(a5)
	addi	a5,a5,4
	bne	a5,a1,.L66
	andi	a5,a2,3
	beq	a5,zero,.L74
	andi	a2,a2,-4
	add	a5,a7,a2
	sub	a6,a6,a2
.L61:
	sb	a4,0(a5)
	beq	a6,zero,.L74
	sb	a4,1(a5)
	li	a3,1
	beq	a6,a3,.L74
	sb	a4,2(a5)
	li	a3,2
	beq	a6,a3,.L74
	sb	a4,3(a5)
	li	a3,3
	beq	a6,a3,.L74
	sb	a4,4(a5)
	li	a3,4
	beq	a6,a3,.L74
	sb	a4,5(a5)
.L74:
	ret
.L70:
	mv	a5,a0
	j	.L61
	.size	memset, .-memset
	.align	2
	.globl	memcpy
	.type	memcpy, @function
memcpy:
	addi	a7,a2,-1
	beq	a2,zero,.L82
	li	a5,6
	addi	a4,a1,1
	bleu	a7,a5,.L83
	or	a5,a0,a1
	andi	a5,a5,3
	addi	a4,a1,1
	bne	a5,zero,.L83
	sub	a5,a0,a4
	sltiu	a5,a5,3
	bne	a5,zero,.L83
	andi	a6,a2,-4
	mv	a5,a1
	mv	a4,a0
	add	a6,a6,a1
.L84:
	lw	a3,0(a5)
	addi	a5,a5,4
	addi	a4,a4,4
	sw	a3,-4(a4)
	bne	a5,a6,.L84
	andi	a5,a2,-4
	andi	a3,a2,3
	add	a4,a0,a5
	add	a1,a1,a5
	sub	a7,a7,a5
	beq	a3,zero,.L82
	lbu	a5,0(a1)
	sb	a5,0(a4)
	beq	a7,zero,.L82
	lbu	a3,1(a1)
	li	a5,1
	sb	a3,1(a4)
	beq	a7,a5,.L82
	lbu	a5,2(a1)
	sb	a5,2(a4)
	ret
.L83:
	add	a3,a0,a2
	mv	a5,a0
.L86:
	lbu	a2,-1(a4)
	addi	a5,a5,1
	addi	a4,a4,1
	sb	a2,-1(a5)
	bne	a5,a3,.L86
.L82:
	ret
	.size	memcpy, .-memcpy
	.align	2
	.globl	strcmp
	.type	strcmp, @function
strcmp:
	lbu	a5,0(a0)
	bne	a5,zero,.L108
	j	.L113
.L110:
	lbu	a5,0(a0)
	beq	a5,zero,.L114
	mv	a1,a3
.L108:
	lbu	a4,0(a1)
	addi	a0,a0,1
	addi	a3,a1,1
	beq	a4,a5,.L110
.L109:
	sub	a0,a5,a4
	ret
.L114:
	lbu	a4,1(a1)
	sub	a0,a5,a4
	ret
.L113:
	lbu	a4,0(a1)
	j	.L109
	.size	strcmp, .-strcmp
	.align	2
	.globl	__ashldi3
	.type	__ashldi3, @function
__ashldi3:
	beq	a2,zero,.L116
	li	a5,31
	ble	a2,a5,.L117
	addi	a2,a2,-32
	sll	a1,a0,a2
	li	a0,0
	ret
.L117:
	li	a5,32
	sub	a5,a5,a2
	srl	a5,a0,a5
	sll	a1,a1,a2
	sll	a0,a0,a2
	or	a1,a5,a1
.L116:
	ret
	.size	__ashldi3, .-__ashldi3
	.align	2
	.globl	__lshrdi3
	.type	__lshrdi3, @function
__lshrdi3:
	beq	a2,zero,.L121
	li	a5,31
	ble	a2,a5,.L122
	addi	a2,a2,-32
	srl	a0,a1,a2
	li	a1,0
	ret
.L122:
	li	a5,32
	sub	a5,a5,a2
	sll	a5,a1,a5
	srl	a0,a0,a2
	srl	a1,a1,a2
	or	a0,a5,a0
.L121:
	ret
	.size	__lshrdi3, .-__lshrdi3
	.align	2
	.globl	__ashrdi3
	.type	__ashrdi3, @function
__ashrdi3:
	mv	a5,a1
	beq	a2,zero,.L129
	li	a4,31
	ble	a2,a4,.L127
	addi	a0,a2,-32
	srai	a1,a1,31
	sra	a0,a5,a0
	ret
.L127:
	li	a4,32
	sub	a4,a4,a2
	sll	a4,a1,a4
	srl	a0,a0,a2
	sra	a1,a1,a2
	or	a0,a4,a0
	ret
.L129:
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
	j	.L137
.L142:
	sll	t1,t6,t1
	li	a5,0
.L136:
	or	a0,a0,a5
	or	a1,a1,t1
.L133:
	addi	a6,a6,-1
	beq	a6,t4,.L141
.L137:
	srli	t3,a4,31
	slli	a5,a7,1
	addi	t1,a6,-32
	or	a5,t3,a5
	slli	a4,a4,1
	srl	a7,t5,t1
	bge	t1,zero,.L132
	sub	t3,t2,a6
	sll	t3,s0,t3
	srl	a7,t0,a6
	or	a7,t3,a7
.L132:
	andi	a7,a7,1
	or	a4,a7,a4
	mv	a7,a5
	bgtu	a3,a5,.L133
	bne	a3,a5,.L138
	bgtu	a2,a4,.L133
.L138:
	sub	t3,a4,a2
	sgtu	a7,t3,a4
	sub	a5,a5,a3
	mv	a4,t3
	sub	a7,a5,a7
	bge	t1,zero,.L142
	li	t1,0
	sll	a5,t6,a6
	j	.L136
.L141:
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
.L148:
	sub	a6,t6,a5
	srli	t3,a0,31
	slli	a4,a1,1
	srl	a7,t4,a5
	sll	a6,t0,a6
	addi	t1,a5,-32
	or	a4,t3,a4
	slli	a0,a0,1
	or	a7,a6,a7
	blt	t1,zero,.L145
	srl	a7,t2,t1
.L145:
	andi	a7,a7,1
	addi	a5,a5,-1
	or	a0,a7,a0
	mv	a1,a4
	bgtu	a3,a4,.L146
	sub	a6,a0,a2
	sgtu	a7,a6,a0
	sub	t1,a4,a3
	bne	a3,a4,.L149
	bgtu	a2,a0,.L146
.L149:
	mv	a0,a6
	sub	a1,t1,a7
.L146:
	bne	a5,t5,.L148
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
	bge	a1,zero,.L152
	snez	a5,a0
	neg	t6,a1
	sub	t6,t6,a5
	neg	t2,a0
.L152:
	mv	t5,a2
	mv	t1,s2
	bge	s2,zero,.L154
	snez	a5,a2
	neg	t1,s2
	sub	t1,t1,a5
	neg	t5,a2
.L154:
	li	a0,0
	li	a1,0
	li	a2,63
	li	a4,0
	li	a6,0
	slli	s1,t6,1
	li	a3,31
	li	t0,1
	li	t4,-1
	j	.L162
.L170:
	sll	a7,t0,a7
	li	a5,0
.L161:
	or	a0,a0,a5
	or	a1,a1,a7
.L158:
	addi	a2,a2,-1
	beq	a2,t4,.L169
.L162:
	srli	t3,a4,31
	slli	a5,a6,1
	addi	a7,a2,-32
	or	a5,t3,a5
	slli	a4,a4,1
	srl	a6,t6,a7
	bge	a7,zero,.L157
	sub	t3,a3,a2
	sll	t3,s1,t3
	srl	a6,t2,a2
	or	a6,t3,a6
.L157:
	andi	a6,a6,1
	or	a4,a6,a4
	mv	a6,a5
	bgtu	t1,a5,.L158
	bne	t1,a5,.L165
	bgtu	t5,a4,.L158
.L165:
	sub	t3,a4,t5
	sgtu	a6,t3,a4
	sub	a5,a5,t1
	mv	a4,t3
	sub	a6,a5,a6
	bge	a7,zero,.L170
	li	a7,0
	sll	a5,t0,a2
	j	.L161
.L169:
	xor	s0,s0,s2
	bge	s0,zero,.L151
	snez	a5,a0
	neg	a1,a1
	sub	a1,a1,a5
	neg	a0,a0
.L151:
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
	blt	a1,zero,.L187
.L172:
	bge	a3,zero,.L174
	snez	a5,a2
	neg	a3,a3
	sub	a3,a3,a5
	neg	a2,a2
.L174:
	li	a5,63
	li	a0,0
	li	a1,0
	slli	t0,s0,1
	li	t6,31
	li	t5,-1
.L180:
	sub	a6,t6,a5
	srli	t3,a0,31
	slli	a4,a1,1
	srl	a7,t4,a5
	sll	a6,t0,a6
	addi	t1,a5,-32
	or	a4,t3,a4
	slli	a0,a0,1
	or	a7,a6,a7
	blt	t1,zero,.L177
	srl	a7,s0,t1
.L177:
	andi	a7,a7,1
	addi	a5,a5,-1
	or	a0,a7,a0
	mv	a1,a4
	bgtu	a3,a4,.L178
	sub	a6,a0,a2
	sgtu	a7,a6,a0
	sub	t1,a4,a3
	bne	a3,a4,.L183
	bgtu	a2,a0,.L178
.L183:
	mv	a0,a6
	sub	a1,t1,a7
.L178:
	bne	a5,t5,.L180
	bge	t2,zero,.L171
	snez	a5,a0
	neg	a1,a1
	sub	a1,a1,a5
	neg	a0,a0
.L171:
	lw	s0,12(sp)
	addi	sp,sp,16
	jr	ra
.L187:
	snez	a5,a0
	neg	s0,a1
	sub	s0,s0,a5
	neg	t4,a0
	j	.L172
	.size	__moddi3, .-__moddi3
	.align	2
	.globl	printf
	.type	printf, @function
printf:
	addi	sp,sp,-96
	sw	a5,84(sp)
	sw	ra,60(sp)
	sw	s0,56(sp)
	sw	s1,52(sp)
	sw	s2,48(sp)
	sw	s3,44(sp)
	sw	s4,40(sp)
	sw	s5,36(sp)
	sw	s6,32(sp)
	sw	s7,28(sp)
	sw	a1,68(sp)
	sw	a2,72(sp)
	sw	a3,76(sp)
	sw	a4,80(sp)
	sw	a6,88(sp)
	sw	a7,92(sp)
	lbu	a6,0(a0)
	addi	a5,sp,68
	sw	a5,12(sp)
	beq	a6,zero,.L237
	lui	s6,%hi(.L202)
	mv	s0,a0
	li	s3,0
	lui	s1,%hi(used)
	li	s4,37
	li	s7,48
	li	s2,9
	addi	s6,s6,%lo(.L202)
	lui	s5,%hi(.LANCHOR0)
.L233:
	addi	t1,s0,1
	beq	a6,s4,.L190
	lw	a5,%lo(used)(s1)
	li	a4,256
	beq	a5,a4,.L191
	addi	a4,a5,1
.L192:
	addi	a3,s5,%lo(.LANCHOR0)
	add	a5,a3,a5
	sb	a6,0(a5)
	lbu	a6,1(s0)
	sw	a4,%lo(used)(s1)
	addi	s3,s3,1
	mv	s0,t1
.L193:
	bne	a6,zero,.L233
.L189:
	lw	a2,%lo(used)(s1)
	beq	a2,zero,.L234
.L268:
	lui	a1,%hi(.LANCHOR0)
	li	a0,1
	addi	a1,a1,%lo(.LANCHOR0)
	li	a7,64
 #APP
# 12 "runtime/vmlab.c" 1
	ecall
# 0 "" 2
 #NO_APP
.L234:
	lw	ra,60(sp)
	lw	s0,56(sp)
	sw	zero,%lo(used)(s1)
	lw	s2,48(sp)
	lw	s1,52(sp)
	lw	s4,40(sp)
	lw	s5,36(sp)
	lw	s6,32(sp)
	lw	s7,28(sp)
	mv	a0,s3
	lw	s3,44(sp)
	addi	sp,sp,96
	jr	ra
.L190:
	lbu	a6,1(s0)
	li	a5,32
	bne	a6,s7,.L194
	lbu	a6,2(s0)
	addi	t1,s0,2
	li	a5,48
.L194:
	addi	a2,a6,-48
	andi	a3,a2,0xff
	li	a4,0
	bgtu	a3,s2,.L196
.L195:
	lbu	a6,1(t1)
	slli	a3,a4,2
	add	a3,a3,a4
	slli	a3,a3,1
	add	a4,a2,a3
	addi	a2,a6,-48
	andi	a3,a2,0xff
	addi	t1,t1,1
	bleu	a3,s2,.L195
.L196:
	li	a3,108
	bne	a6,a3,.L197
	mv	s0,t1
	li	a2,108
.L198:
	lbu	a6,1(s0)
	mv	a3,s0
	addi	s0,s0,1
	beq	a6,a2,.L198
	beq	a6,s4,.L199
	addi	a2,a6,-99
	andi	a2,a2,0xff
	li	a1,21
	bgtu	a2,a1,.L193
	slli	a2,a2,2
	add	a2,a2,s6
	lw	a2,0(a2)
	sub	a3,a3,t1
	addi	a3,a3,1
	jr	a2
	.section	.rodata
	.align	2
	.align	2
.L202:
	.word	.L205
	.word	.L204
	.word	.L193
	.word	.L193
	.word	.L193
	.word	.L193
	.word	.L204
	.word	.L193
	.word	.L193
	.word	.L193
	.word	.L193
	.word	.L193
	.word	.L193
	.word	.L193
	.word	.L193
	.word	.L193
	.word	.L240
	.word	.L193
	.word	.L201
	.word	.L193
	.word	.L193
	.word	.L201
	.text
.L191:
	li	a0,1
	addi	a1,s5,%lo(.LANCHOR0)
	li	a2,256
	li	a7,64
 #APP
# 12 "runtime/vmlab.c" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a4,1
	li	a5,0
	j	.L192
.L201:
	li	a1,1
	lw	a2,12(sp)
	beq	a3,a1,.L211
	addi	a3,a2,7
	andi	a3,a3,-8
	lw	a0,0(a3)
	lw	a1,4(a3)
	addi	a2,a3,8
	sw	a2,12(sp)
.L212:
	li	a2,117
	li	a3,16
	bne	a6,a2,.L213
	li	a3,10
.L213:
	li	a2,0
	call	number
	lbu	a6,1(s0)
	add	s3,s3,a0
	addi	s0,s0,1
	bne	a6,zero,.L233
	j	.L189
.L204:
	li	a2,1
	beq	a3,a2,.L206
	lw	a3,12(sp)
	addi	a3,a3,7
	andi	a3,a3,-8
	lw	a0,0(a3)
	lw	a2,4(a3)
	addi	a1,a3,8
	sw	a1,12(sp)
.L207:
	mv	a1,a2
	bge	a2,zero,.L208
	snez	a3,a0
	neg	a1,a2
	sub	a1,a1,a3
	neg	a0,a0
.L208:
	li	a3,10
	srli	a2,a2,31
	call	number
	lbu	a6,1(s0)
	add	s3,s3,a0
	addi	s0,s0,1
	bne	a6,zero,.L233
	j	.L189
.L247:
	mv	s0,t1
.L205:
	lw	a4,12(sp)
	lw	a5,%lo(used)(s1)
	li	a3,256
	addi	a2,a4,4
	sw	a2,12(sp)
	lbu	a6,0(a4)
	beq	a5,a3,.L214
	addi	a4,a5,1
	lui	t4,%hi(.LANCHOR0)
.L215:
	addi	a3,t4,%lo(.LANCHOR0)
	add	a5,a3,a5
	sb	a6,0(a5)
	lbu	a6,1(s0)
	sw	a4,%lo(used)(s1)
	addi	s3,s3,1
	addi	s0,s0,1
	bne	a6,zero,.L233
	j	.L189
.L244:
	mv	s0,t1
.L199:
	lw	a5,%lo(used)(s1)
	li	a4,256
	beq	a5,a4,.L231
	addi	a4,a5,1
	lui	t4,%hi(.LANCHOR0)
.L232:
	addi	a3,t4,%lo(.LANCHOR0)
	add	a3,a3,a5
	li	a5,37
	sb	a5,0(a3)
	lbu	a6,1(s0)
	sw	a4,%lo(used)(s1)
	addi	s3,s3,1
	addi	s0,s0,1
	bne	a6,zero,.L233
	j	.L189
.L197:
	li	a3,37
	beq	a6,a3,.L244
	addi	a3,a6,-99
	andi	a3,a3,0xff
	li	a2,21
	bgtu	a3,a2,.L246
	lui	a2,%hi(.L236)
	slli	a3,a3,2
	addi	a2,a2,%lo(.L236)
	add	a3,a3,a2
	lw	a3,0(a3)
	jr	a3
	.section	.rodata
	.align	2
	.align	2
.L236:
	.word	.L247
	.word	.L248
	.word	.L246
	.word	.L246
	.word	.L246
	.word	.L246
	.word	.L248
	.word	.L246
	.word	.L246
	.word	.L246
	.word	.L246
	.word	.L246
	.word	.L246
	.word	.L246
	.word	.L246
	.word	.L246
	.word	.L203
	.word	.L246
	.word	.L210
	.word	.L246
	.word	.L246
	.word	.L210
	.text
.L240:
	mv	t1,s0
.L203:
	lw	a5,12(sp)
	addi	s0,t1,1
	lw	t3,0(a5)
	addi	a5,a5,4
	sw	a5,12(sp)
	lbu	a6,0(t3)
	li	a5,0
	beq	a6,zero,.L216
.L217:
	addi	a5,a5,1
	add	a3,t3,a5
	lbu	a3,0(a3)
	bne	a3,zero,.L217
	lui	t4,%hi(.LANCHOR0)
	addi	a3,t4,%lo(.LANCHOR0)
	bge	a5,a4,.L218
.L235:
	lw	a1,%lo(used)(s1)
	lui	t4,%hi(.LANCHOR0)
	mv	a6,a5
	addi	a3,t4,%lo(.LANCHOR0)
	li	t6,256
	li	t5,32
.L220:
	mv	a2,a1
	bne	a1,t6,.L222
	li	a0,1
	addi	a1,t4,%lo(.LANCHOR0)
	li	a2,256
	li	a7,64
 #APP
# 12 "runtime/vmlab.c" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a2,1
	sw	a2,%lo(used)(s1)
	sb	t5,0(a3)
	addi	a6,a6,1
	bge	a6,a4,.L221
	li	a2,1
.L222:
	addi	a1,a2,1
	add	a2,a3,a2
	sw	a1,%lo(used)(s1)
	sb	t5,0(a2)
	addi	a6,a6,1
	blt	a6,a4,.L220
.L221:
	addi	s3,s3,1
	li	a2,0
	blt	a5,a4,.L264
.L224:
	lbu	a6,0(t3)
	add	s3,a2,s3
	beq	a6,zero,.L263
.L218:
	lw	a5,%lo(used)(s1)
	mv	a4,t3
	li	t6,256
	j	.L226
.L225:
	li	a0,1
	addi	a1,t4,%lo(.LANCHOR0)
	li	a2,256
	li	a7,64
 #APP
# 12 "runtime/vmlab.c" 1
	ecall
# 0 "" 2
 #NO_APP
	sb	a6,0(a3)
	lbu	a6,1(a4)
	li	a5,1
	sw	a5,%lo(used)(s1)
	beq	a6,zero,.L265
	li	a5,1
	add	a2,a3,a5
	addi	a4,a4,2
	sb	a6,0(a2)
	lbu	a6,0(a4)
	addi	a5,a5,1
	sw	a5,%lo(used)(s1)
	beq	a6,zero,.L266
.L226:
	addi	t5,a4,1
	beq	a5,t6,.L225
	add	a2,a3,a5
	mv	a4,t5
	sb	a6,0(a2)
	lbu	a6,0(a4)
	addi	a5,a5,1
	sw	a5,%lo(used)(s1)
	bne	a6,zero,.L226
.L266:
	sub	a4,a4,t3
	add	s3,a4,s3
.L263:
	lbu	a6,1(t1)
.L267:
	bne	a6,zero,.L233
	j	.L189
.L264:
	addi	a2,a4,-1
	sub	a2,a2,a5
	j	.L224
.L246:
	mv	s0,t1
	bne	a6,zero,.L233
	j	.L189
.L248:
	mv	s0,t1
.L206:
	lw	a3,12(sp)
	lw	a0,0(a3)
	addi	a3,a3,4
	sw	a3,12(sp)
	srai	a2,a0,31
	j	.L207
.L210:
	lw	a2,12(sp)
	mv	s0,t1
.L211:
	lw	a0,0(a2)
	addi	a2,a2,4
	sw	a2,12(sp)
	li	a1,0
	j	.L212
.L214:
	lui	t4,%hi(.LANCHOR0)
	li	a0,1
	addi	a1,t4,%lo(.LANCHOR0)
	li	a2,256
	li	a7,64
 #APP
# 12 "runtime/vmlab.c" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a4,1
	li	a5,0
	j	.L215
.L231:
	lui	t4,%hi(.LANCHOR0)
	li	a0,1
	addi	a1,t4,%lo(.LANCHOR0)
	li	a2,256
	li	a7,64
 #APP
# 12 "runtime/vmlab.c" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a4,1
	li	a5,0
	j	.L232
.L265:
	sub	t5,t5,t3
	lbu	a6,1(t1)
	add	s3,t5,s3
	j	.L267
.L237:
	lui	s1,%hi(used)
	lw	a2,%lo(used)(s1)
	li	s3,0
	beq	a2,zero,.L234
	j	.L268
.L216:
	bne	a4,zero,.L235
	lbu	a6,1(t1)
	j	.L267
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
