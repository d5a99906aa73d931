	.file	"vmlab.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	2
	.type	put, @function
put:
	.LA0: auipc	a5,%pcrel_hi(used)
	lw	a3,%pcrel_lo(.LA0)(a5)
	li	a5,256
	mv	a4,a0
	beq	a3,a5,.L2
	.LA4: auipc	a5,%pcrel_hi(.LANCHOR0)
	addi	a2,a3,1
	addi	a5,a5,%pcrel_lo(.LA4)
.L3:
	add	a5,a5,a3
	.LA2: auipc	a3,%pcrel_hi(used)
	sw	a2,%pcrel_lo(.LA2)(a3)
	sb	a4,0(a5)
	ret
.L2:
	.LA1: auipc	a1,%pcrel_hi(.LANCHOR0)
	addi	a5,a1,%pcrel_lo(.LA1)
	li	a0,1
	addi	a1,a1,%pcrel_lo(.LA1)
	li	a2,256
	li	a7,64
 #APP
# 12 "runtime/vmlab.c" 1
	ecall
# 0 "" 2
 #NO_APP
	li	a2,1
	li	a3,0
	j	.L3
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
	mv	t3,a0
	mv	t2,a1
	mv	s2,a2
	mv	a6,a3
	mv	s0,a4
	mv	s1,a5
	li	t0,0
	li	s3,0
	li	t6,31
	li	ra,1
	li	t5,-1
.L13:
	li	t1,0
	li	a7,0
	li	a1,63
	li	a5,0
	li	a3,0
	slli	t4,t2,1
	j	.L12
.L33:
	sll	a4,ra,a4
	li	a2,0
.L11:
	or	t1,t1,a2
	or	a7,a7,a4
.L8:
	addi	a1,a1,-1
	beq	a1,t5,.L32
.L12:
	sub	a4,t6,a1
	srli	s4,a5,31
	slli	a0,a3,1
	sll	a4,t4,a4
	srl	a3,t3,a1
	addi	a2,a1,-32
	or	a0,s4,a0
	slli	a5,a5,1
	or	a3,a4,a3
	blt	a2,zero,.L7
	srl	a3,t2,a2
.L7:
	andi	a3,a3,1
	or	a5,a3,a5
	sub	a2,a5,a6
	addi	a4,a1,-32
	sgtu	s4,a2,a5
	mv	a3,a0
	bne	t0,a0,.L24
	bgtu	a6,a5,.L8
.L24:
	mv	a5,a2
	sub	a3,a0,s4
	bge	a4,zero,.L33
	sll	a2,ra,a1
	li	a4,0
	j	.L11
.L32:
	.LA5: auipc	a4,%pcrel_hi(.LC0)
	addi	a4,a4,%pcrel_lo(.LA5)
	add	a5,a4,a5
	lbu	a5,0(a5)
	addi	s3,s3,1
	addi	a4,sp,8
	add	s4,a4,s3
	sb	a5,-1(s4)
	or	a5,t1,a7
	beq	a5,zero,.L34
	mv	t3,t1
	mv	t2,a7
	j	.L13
.L34:
	add	s5,s2,s3
	bne	s2,zero,.L14
	ble	s0,s3,.L15
.L18:
	mv	s3,s5
.L16:
	addi	s3,s3,1
	mv	a0,s1
	call	put
	bgt	s0,s3,.L16
	beq	s2,zero,.L15
	li	a5,48
	beq	s1,a5,.L15
.L20:
	li	a0,45
	call	put
.L15:
	addi	s2,sp,8
.L21:
	lbu	a0,-1(s4)
	addi	s4,s4,-1
	call	put
	bne	s2,s4,.L21
	mv	a0,s5
	bge	s5,s0,.L22
	mv	a0,s0
.L22:
	lw	ra,60(sp)
	lw	s0,56(sp)
	lw	s1,52(sp)
	lw	s2,48(sp)
	lw	s3,44(sp)
	lw	s4,40(sp)
	lw	s5,36(sp)
	addi	sp,sp,64
	jr	ra
.L14:
	li	a5,48
	beq	s1,a5,.L17
	blt	s5,s0,.L18
	j	.L20
.L17:
	li	a0,45
	call	put
	blt	s5,s0,.L18
	j	.L15
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
	.LA6: auipc	a5,%pcrel_hi(brk.0)
	lw	a4,%pcrel_lo(.LA6)(a5)
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
	.LA8: auipc	a3,%pcrel_hi(brk.0)
	sw	a5,%pcrel_lo(.LA8)(a3)
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
	.LA7: auipc	a3,%pcrel_hi(brk.0)
	mv	a4,a0
	sw	a0,%pcrel_lo(.LA7)(a3)
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
	li	a7,63
	li	a6,0
	li	a5,0
	slli	s0,t5,1
	li	t2,31
	li	t6,1
	li	t4,-1
	j	.L94
.L99:
	srl	a5,t5,a5
.L89:
	andi	a5,a5,1
	or	a6,a5,a6
	mv	a5,a4
	bgtu	a3,a4,.L90
	bne	a3,a4,.L95
	bgtu	a2,a6,.L90
.L95:
	sub	t3,a6,a2
	sgtu	a5,t3,a6
	sub	a4,a4,a3
	addi	t1,a7,-32
	mv	a6,t3
	sub	a5,a4,a5
	blt	t1,zero,.L92
	sll	t1,t6,t1
	li	a4,0
.L93:
	or	a0,a0,a4
	or	a1,a1,t1
.L90:
	addi	a7,a7,-1
	beq	a7,t4,.L98
.L94:
	srli	t1,a6,31
	slli	a4,a5,1
	addi	a5,a7,-32
	or	a4,t1,a4
	slli	a6,a6,1
	bge	a5,zero,.L99
	sub	t1,t2,a7
	sll	t1,s0,t1
	srl	a5,t0,a7
	or	a5,t1,a5
	j	.L89
.L92:
	li	t1,0
	sll	a4,t6,a7
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
	sw	s1,8(sp)
	sw	s2,4(sp)
	mv	s0,a1
	mv	s1,a3
	mv	t0,a0
	mv	t5,a1
	bge	a1,zero,.L109
	snez	a5,a0
	neg	t5,a1
	sub	t5,t5,a5
	neg	t0,a0
.L109:
	mv	t4,a2
	mv	t1,s1
	bge	s1,zero,.L111
	snez	a5,a2
	neg	t1,s1
	sub	t1,t1,a5
	neg	t4,a2
.L111:
	li	a0,0
	li	a1,0
	li	a6,63
	li	a2,0
	li	a5,0
	slli	a3,t5,1
	li	t2,31
	li	t6,1
	li	t3,-1
	j	.L119
.L127:
	srl	a5,t5,a5
.L114:
	andi	a5,a5,1
	or	a2,a5,a2
	mv	a5,a4
	bgtu	t1,a4,.L115
	bne	t1,a4,.L122
	bgtu	t4,a2,.L115
.L122:
	sub	s2,a2,t4
	sgtu	a5,s2,a2
	sub	a4,a4,t1
	addi	a7,a6,-32
	mv	a2,s2
	sub	a5,a4,a5
	blt	a7,zero,.L117
	sll	a7,t6,a7
	li	a4,0
.L118:
	or	a0,a0,a4
	or	a1,a1,a7
.L115:
	addi	a6,a6,-1
	beq	a6,t3,.L126
.L119:
	srli	a7,a2,31
	slli	a4,a5,1
	addi	a5,a6,-32
	or	a4,a7,a4
	slli	a2,a2,1
	bge	a5,zero,.L127
	sub	a7,t2,a6
	sll	a7,a3,a7
	srl	a5,t0,a6
	or	a5,a7,a5
	j	.L114
.L117:
	li	a7,0
	sll	a4,t6,a6
	j	.L118
.L126:
	xor	s0,s0,s1
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
	addi	sp,sp,-128
	sw	s0,88(sp)
	sw	s1,84(sp)
	sw	a5,116(sp)
	sw	ra,92(sp)
	sw	s2,80(sp)
	sw	s3,76(sp)
	sw	s4,72(sp)
	sw	s5,68(sp)
	sw	s6,64(sp)
	sw	s7,60(sp)
	sw	s8,56(sp)
	sw	s9,52(sp)
	sw	s10,48(sp)
	sw	s11,44(sp)
	sw	a1,100(sp)
	sw	a2,104(sp)
	sw	a3,108(sp)
	sw	a4,112(sp)
	sw	a6,120(sp)
	sw	a7,124(sp)
	mv	s0,a0
	lbu	a0,0(a0)
	addi	a5,sp,100
	sw	a5,28(sp)
	li	s1,0
	beq	a0,zero,.L146
	li	s2,37
	li	s3,48
	li	s9,9
	li	s8,108
	li	s5,21
	li	s4,1
.L176:
	addi	s6,s0,1
	beq	a0,s2,.L147
	call	put
	lbu	a0,1(s0)
	addi	s1,s1,1
	mv	s0,s6
.L148:
	bne	a0,zero,.L176
.L146:
	.LA11: auipc	a5,%pcrel_hi(used)
	lw	a2,%pcrel_lo(.LA11)(a5)
	beq	a2,zero,.L177
	.LA12: auipc	a1,%pcrel_hi(.LANCHOR0)
	li	a0,1
	addi	a1,a1,%pcrel_lo(.LA12)
	li	a7,64
 #APP
# 12 "runtime/vmlab.c" 1
	ecall
# 0 "" 2
 #NO_APP
.L177:
	lw	ra,92(sp)
	lw	s0,88(sp)
	.LA13: auipc	a5,%pcrel_hi(used)
	sw	zero,%pcrel_lo(.LA13)(a5)
	lw	s2,80(sp)
	lw	s3,76(sp)
	lw	s4,72(sp)
	lw	s5,68(sp)
	lw	s6,64(sp)
	lw	s7,60(sp)
	lw	s8,56(sp)
	lw	s9,52(sp)
	lw	s10,48(sp)
	lw	s11,44(sp)
	mv	a0,s1
	lw	s1,84(sp)
	addi	sp,sp,128
	jr	ra
.L147:
	lbu	a0,1(s0)
	li	a5,32
	bne	a0,s3,.L149
	lbu	a0,2(s0)
	addi	s6,s0,2
	li	a5,48
.L149:
	addi	a4,a0,-48
	andi	a4,a4,0xff
	li	s7,0
	bgtu	a4,s9,.L151
.L150:
	addi	s6,s6,1
	addi	a4,a0,-48
	lbu	a0,0(s6)
	slli	a3,s7,2
	add	a3,a3,s7
	addi	a2,a0,-48
	slli	a3,a3,1
	andi	a2,a2,0xff
	add	s7,a4,a3
	bleu	a2,s9,.L150
.L151:
	bne	a0,s8,.L152
	mv	s0,s6
.L153:
	lbu	a0,1(s0)
	mv	a4,s0
	addi	s0,s0,1
	beq	a0,s8,.L153
	beq	a0,s2,.L154
	addi	a3,a0,-99
	andi	a3,a3,0xff
	bgtu	a3,s5,.L148
	.LA9: auipc	a2,%pcrel_hi(.L157)
	addi	a2,a2,%pcrel_lo(.LA9)
	slli	a3,a3,2
	add	a3,a3,a2
	lw	a3,0(a3)
	sub	s6,s4,s6
	add	a4,a4,s6
	add	a3,a3,a2
	jr	a3
	.section	.rodata
	.align	2
	.align	2
.L157:
	.word	.L160-.L157
	.word	.L159-.L157
	.word	.L148-.L157
	.word	.L148-.L157
	.word	.L148-.L157
	.word	.L148-.L157
	.word	.L159-.L157
	.word	.L148-.L157
	.word	.L148-.L157
	.word	.L148-.L157
	.word	.L148-.L157
	.word	.L148-.L157
	.word	.L148-.L157
	.word	.L148-.L157
	.word	.L148-.L157
	.word	.L148-.L157
	.word	.L183-.L157
	.word	.L148-.L157
	.word	.L156-.L157
	.word	.L148-.L157
	.word	.L148-.L157
	.word	.L156-.L157
	.text
.L156:
	li	a2,1
	lw	a3,28(sp)
	beq	a4,a2,.L166
	addi	a4,a3,7
	andi	a4,a4,-8
	lw	a6,0(a4)
	lw	a1,4(a4)
	addi	a3,a4,8
	sw	a3,28(sp)
.L167:
	li	a4,117
	li	a3,16
	bne	a0,a4,.L168
	li	a3,10
.L168:
	mv	a4,s7
	li	a2,0
	mv	a0,a6
.L203:
	call	number
	mv	a5,a0
	lbu	a0,1(s0)
	add	s1,s1,a5
	addi	s0,s0,1
	bne	a0,zero,.L176
	j	.L146
.L159:
	li	a3,1
	beq	a4,a3,.L161
	lw	a4,28(sp)
	addi	a4,a4,7
	andi	a4,a4,-8
	lw	a0,0(a4)
	lw	a2,4(a4)
	addi	a3,a4,8
	sw	a3,28(sp)
.L162:
	mv	a1,a2
	bge	a2,zero,.L163
	snez	a4,a0
	neg	a1,a2
	sub	a1,a1,a4
	neg	a0,a0
.L163:
	mv	a4,s7
	li	a3,10
	srli	a2,a2,31
	j	.L203
.L189:
	mv	s0,s6
.L160:
	lw	a5,28(sp)
	addi	s0,s0,1
	addi	s1,s1,1
	lbu	a0,0(a5)
	addi	a5,a5,4
	sw	a5,28(sp)
	call	put
	lbu	a0,0(s0)
	bne	a0,zero,.L176
	j	.L146
.L186:
	mv	s0,s6
.L154:
	li	a0,37
	call	put
	lbu	a0,1(s0)
	addi	s1,s1,1
	addi	s0,s0,1
	bne	a0,zero,.L176
	j	.L146
.L183:
	mv	s6,s0
.L158:
	lw	a5,28(sp)
	addi	s0,s6,1
	lw	s11,0(a5)
	addi	a5,a5,4
	sw	a5,28(sp)
	lbu	a0,0(s11)
	beq	a0,zero,.L169
	li	s10,0
.L170:
	addi	s10,s10,1
	add	a5,s11,s10
	lbu	a5,0(a5)
	bne	a5,zero,.L170
	sw	s10,12(sp)
	bge	s10,s7,.L171
.L178:
	lw	s10,12(sp)
.L172:
	addi	s10,s10,1
	li	a0,32
	call	put
	blt	s10,s7,.L172
	lw	a4,12(sp)
	addi	s1,s1,1
	li	a5,0
	bge	a4,s7,.L174
	addi	a5,s7,-1
	sub	a5,a5,a4
.L174:
	lbu	a0,0(s11)
	add	s1,a5,s1
	beq	a0,zero,.L204
.L171:
	mv	s7,s11
.L175:
	addi	s7,s7,1
	call	put
	lbu	a0,0(s7)
	bne	a0,zero,.L175
	lbu	a0,1(s6)
	sub	s7,s7,s11
	add	s1,s7,s1
	bne	a0,zero,.L176
	j	.L146
.L165:
	lw	a3,28(sp)
	mv	s0,s6
.L166:
	lw	a6,0(a3)
	addi	a3,a3,4
	sw	a3,28(sp)
	li	a1,0
	j	.L167
.L190:
	mv	s0,s6
.L161:
	lw	a4,28(sp)
	lw	a0,0(a4)
	addi	a4,a4,4
	sw	a4,28(sp)
	srai	a2,a0,31
	j	.L162
.L152:
	li	a4,37
	beq	a0,a4,.L186
	addi	a4,a0,-99
	andi	a4,a4,0xff
	li	a3,21
	bgtu	a4,a3,.L188
	.LA14: auipc	a3,%pcrel_hi(.L179)
	addi	a3,a3,%pcrel_lo(.LA14)
	slli	a4,a4,2
	add	a4,a4,a3
	lw	a4,0(a4)
	add	a4,a4,a3
	jr	a4
	.section	.rodata
	.align	2
	.align	2
.L179:
	.word	.L189-.L179
	.word	.L190-.L179
	.word	.L188-.L179
	.word	.L188-.L179
	.word	.L188-.L179
	.word	.L188-.L179
	.word	.L190-.L179
	.word	.L188-.L179
	.word	.L188-.L179
	.word	.L188-.L179
	.word	.L188-.L179
	.word	.L188-.L179
	.word	.L188-.L179
	.word	.L188-.L179
	.word	.L188-.L179
	.word	.L188-.L179
	.word	.L158-.L179
	.word	.L188-.L179
	.word	.L165-.L179
	.word	.L188-.L179
	.word	.L188-.L179
	.word	.L165-.L179
	.text
.L188:
	mv	s0,s6
	bne	a0,zero,.L176
	j	.L146
.L169:
	sw	zero,12(sp)
	bne	s7,zero,.L178
.L204:
	lbu	a0,1(s6)
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
	.LA16: auipc	a0,%pcrel_hi(.LC1)
	addi	a0,a0,%pcrel_lo(.LA16)
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
