	.file	"recursion.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	2
	.type	fib, @function
fib:
	addi	sp,sp,-144
	sw	s1,132(sp)
	sw	ra,140(sp)
	sw	s0,136(sp)
	sw	s2,128(sp)
	sw	s3,124(sp)
	sw	s4,120(sp)
	sw	s5,116(sp)
	sw	s6,112(sp)
	sw	s7,108(sp)
	sw	s8,104(sp)
	sw	s9,100(sp)
	sw	s10,96(sp)
	sw	s11,92(sp)
	li	a5,1
	mv	s1,a0
	ble	a0,a5,.L2
	addi	a5,a0,-1
	andi	a4,a5,-2
	sub	s9,a0,a4
	li	s6,0
	li	a2,1
	mv	s0,a5
	beq	s1,s9,.L3
.L46:
	addi	s1,s1,-2
	andi	a5,s1,-2
	mv	s3,s6
	sub	s10,s0,a5
	li	s5,0
	mv	s6,s1
.L26:
	addi	a5,s0,-1
	beq	s0,s10,.L4
.L45:
	addi	s7,s0,-2
	andi	a4,s7,-2
	sub	s2,a5,a4
	li	s1,0
	mv	s8,s3
.L24:
	addi	s0,a5,-1
	beq	a5,s2,.L5
	addi	s11,a5,-2
	andi	a5,s11,-2
	sub	a3,s0,a5
	mv	a4,s5
	mv	a0,s0
	li	s4,0
	mv	a1,s8
	mv	s3,s1
	mv	s5,a3
	mv	s0,s2
.L22:
	addi	s1,a0,-1
	beq	a0,s5,.L6
	addi	a0,a0,-2
	andi	s8,a0,-2
	mv	t3,a1
	mv	a6,s3
	sw	s11,24(sp)
	mv	a3,s6
	mv	s11,s9
	sub	s8,s1,s8
	li	s2,0
	mv	t1,a4
	mv	a1,s4
	mv	s3,s5
	mv	s9,s0
	mv	a7,a0
	mv	s6,s7
.L20:
	addi	a5,s1,-1
	beq	s8,s1,.L7
	addi	s1,s1,-2
	andi	s5,s1,-2
	sub	s5,a5,s5
	li	s4,0
	mv	s7,s5
.L18:
	addi	s0,a5,-1
	beq	s7,a5,.L8
	addi	t4,a5,-2
	andi	a0,t4,-2
	addi	t0,a5,-3
	addi	t2,a5,-5
	sub	a5,s0,a0
	sw	a5,20(sp)
	mv	s5,t3
	li	a5,0
.L16:
	lw	a4,20(sp)
	addi	t6,s0,-1
	beq	a4,s0,.L9
	andi	a0,t0,-2
	sub	a4,t6,a0
	sw	a4,8(sp)
	sw	t1,12(sp)
	mv	a0,t6
	mv	t1,s11
	mv	t5,s6
	mv	s11,s10
	mv	t6,t4
	mv	s10,s9
	mv	t4,a3
	mv	s9,s3
	mv	a4,t2
	li	t3,0
	sw	a5,16(sp)
	mv	s3,s2
	mv	s6,s0
	mv	a3,s1
.L14:
	lw	a5,8(sp)
	beq	a0,a5,.L10
	addi	a5,a0,-2
	andi	ra,a4,-2
	addi	a0,a0,-4
	mv	s2,a5
	sub	s0,a0,ra
	li	s1,0
.L11:
	mv	a0,s2
	sw	a5,76(sp)
	sw	t6,72(sp)
	sw	t4,68(sp)
	sw	a3,64(sp)
	sw	a7,60(sp)
	sw	t5,56(sp)
	sw	t1,52(sp)
	sw	a4,48(sp)
	sw	t0,44(sp)
	sw	t2,40(sp)
	sw	t3,36(sp)
	sw	a1,32(sp)
	sw	a6,28(sp)
	addi	s2,s2,-2
	call	fib
	lw	a6,28(sp)
	lw	a1,32(sp)
	lw	t3,36(sp)
	lw	t2,40(sp)
	lw	t0,44(sp)
	lw	a4,48(sp)
	lw	t1,52(sp)
	lw	t5,56(sp)
	lw	a7,60(sp)
	lw	a3,64(sp)
	lw	t4,68(sp)
	lw	t6,72(sp)
	lw	a5,76(sp)
	add	s1,s1,a0
	li	a2,1
	bne	s0,s2,.L11
	andi	s0,a4,1
	add	s0,s0,s1
	mv	a0,a5
	add	t3,t3,s0
	addi	a4,a4,-2
	bgt	a5,a2,.L14
	mv	s2,s3
	lw	a5,16(sp)
	mv	s3,s9
	mv	s9,s10
	mv	s10,s11
	mv	s11,t1
	lw	t1,12(sp)
	mv	s0,s6
	mv	s1,a3
	mv	s6,t5
	mv	a3,t4
	mv	t4,t6
	mv	t6,a0
.L13:
	add	a0,t6,t3
	addi	s0,s0,-2
	add	a5,a5,a0
	addi	t0,t0,-2
	addi	t2,t2,-2
	bgt	s0,a2,.L16
	mv	t3,s5
.L15:
	add	a0,s0,a5
	add	s4,s4,a0
	mv	a5,t4
	bgt	t4,a2,.L18
	add	a5,a5,s4
	add	s2,s2,a5
	bgt	s1,a2,.L20
.L43:
	mv	s0,s9
	mv	s9,s11
	lw	s11,24(sp)
	mv	s4,a1
	mv	s5,s3
	mv	s7,s6
	mv	a4,t1
	mv	a1,t3
	mv	s3,a6
	mv	a0,a7
	mv	s6,a3
.L19:
	add	s1,s1,s2
	add	s4,s4,s1
	bgt	a0,a2,.L22
	mv	s2,s0
	mv	s8,a1
	mv	s5,a4
	mv	s1,s3
	mv	s0,a0
.L21:
	add	s4,s4,s0
	mv	a5,s11
	add	s1,s1,s4
	bgt	s11,a2,.L24
	add	s1,s1,a5
	mv	s3,s8
	mv	s0,s7
	add	s5,s5,s1
	bgt	s7,a2,.L26
.L44:
	mv	s1,s6
	add	s0,s0,s5
	mv	s6,s3
	add	s6,s6,s0
	bgt	s1,a2,.L42
.L38:
	add	s1,s1,s6
	j	.L2
.L8:
	addi	a5,a5,-2
	add	s4,s4,s0
	add	a5,a5,s4
	add	s2,s2,a5
	bgt	s1,a2,.L20
	j	.L43
.L9:
	mv	t3,s5
	addi	s0,s0,-2
	add	a5,a5,t6
	j	.L15
.L10:
	mv	s0,s6
	mv	s6,t5
	addi	t5,a0,-1
	mv	s2,s3
	mv	s1,a3
	mv	s3,s9
	mv	a3,t4
	mv	s9,s10
	mv	t4,t6
	mv	s10,s11
	lw	a5,16(sp)
	mv	s11,t1
	addi	t6,a0,-2
	lw	t1,12(sp)
	add	t3,t3,t5
	j	.L13
.L7:
	mv	s4,a1
	mv	s5,s3
	mv	s0,s9
	mv	s7,s6
	mv	s9,s11
	mv	a4,t1
	lw	s11,24(sp)
	mv	a1,t3
	mv	s3,a6
	mv	a0,a7
	mv	s6,a3
	addi	s1,s1,-2
	add	s2,s2,a5
	j	.L19
.L6:
	mv	a5,s1
	mv	s2,s0
	mv	s8,a1
	mv	s5,a4
	mv	s1,s3
	addi	s0,a0,-2
	add	s4,s4,a5
	j	.L21
.L5:
	add	s1,s1,s0
	addi	a5,a5,-2
	add	s1,s1,a5
	mv	s3,s8
	mv	s0,s7
	add	s5,s5,s1
	ble	s7,a2,.L44
	addi	a5,s0,-1
	bne	s0,s10,.L45
.L4:
	addi	s0,s0,-2
	add	s5,s5,a5
	mv	s1,s6
	add	s0,s0,s5
	mv	s6,s3
	add	s6,s6,s0
	ble	s1,a2,.L38
.L42:
	addi	a5,s1,-1
	mv	s0,a5
	bne	s1,s9,.L46
.L3:
	addi	s1,s1,-2
	add	a5,a5,s6
	add	s1,s1,a5
.L2:
	lw	ra,140(sp)
	lw	s0,136(sp)
	lw	s2,128(sp)
	lw	s3,124(sp)
	lw	s4,120(sp)
	lw	s5,116(sp)
	lw	s6,112(sp)
	lw	s7,108(sp)
	lw	s8,104(sp)
	lw	s9,100(sp)
	lw	s10,96(sp)
	lw	s11,92(sp)
	mv	a0,s1
	lw	s1,132(sp)
	addi	sp,sp,144
	jr	ra
	.size	fib, .-fib
	.align	2
	.type	hanoi.isra.0, @function
hanoi.isra.0:
	beq	a0,zero,.L70
	addi	sp,sp,-48
	sw	ra,44(sp)
	sw	s0,40(sp)
	sw	s1,36(sp)
	sw	s2,32(sp)
	sw	s3,28(sp)
	sw	s4,24(sp)
	sw	s5,20(sp)
	sw	s6,16(sp)
	sw	s7,12(sp)
	sw	s8,8(sp)
	li	a4,1
	beq	a0,a4,.L49
	addi	a5,a0,-2
	beq	a5,zero,.L50
.L79:
	addi	s0,a5,-1
	mv	a5,s0
	beq	a5,zero,.L51
.L78:
	addi	s2,a5,-1
	mv	a5,s2
	beq	a5,zero,.L52
.L77:
	addi	s3,a5,-1
	mv	a5,s3
	beq	a5,zero,.L53
.L76:
	addi	s4,a5,-1
	mv	a5,s4
	beq	a5,zero,.L54
.L75:
	addi	s6,a5,-1
	mv	a4,s6
	beq	a4,zero,.L55
.L74:
	addi	s7,a4,-1
	mv	s5,s7
	beq	s5,zero,.L56
.L73:
	mv	s1,s5
.L62:
	mv	s8,s1
.L58:
	addi	s8,s8,-1
	mv	a0,s8
	call	hanoi.isra.0
	.LA0: auipc	a3,%pcrel_hi(moves)
	lw	a2,%pcrel_lo(.LA0)(a3)
	.LA1: auipc	a3,%pcrel_hi(moves)
	addi	a1,a2,1
	sw	a1,%pcrel_lo(.LA1)(a3)
	bne	s8,zero,.L58
	addi	a3,a2,2
	.LA7: auipc	a1,%pcrel_hi(moves)
	sw	a3,%pcrel_lo(.LA7)(a1)
	addi	s1,s1,-1
	bne	s1,zero,.L62
	addi	a2,a2,4
	.LA6: auipc	a3,%pcrel_hi(moves)
	sw	a2,%pcrel_lo(.LA6)(a3)
	addi	s5,s5,-1
	bne	s5,zero,.L73
.L56:
	.LA3: auipc	a3,%pcrel_hi(moves)
	lw	a3,%pcrel_lo(.LA3)(a3)
	.LA2: auipc	a2,%pcrel_hi(moves)
	mv	a4,s7
	addi	a3,a3,2
	sw	a3,%pcrel_lo(.LA2)(a2)
	.LA5: auipc	a3,%pcrel_hi(moves)
	lw	a3,%pcrel_lo(.LA5)(a3)
	.LA4: auipc	a2,%pcrel_hi(moves)
	addi	a3,a3,2
	sw	a3,%pcrel_lo(.LA4)(a2)
	bne	a4,zero,.L74
.L55:
	.LA9: auipc	a4,%pcrel_hi(moves)
	lw	a4,%pcrel_lo(.LA9)(a4)
	.LA8: auipc	a3,%pcrel_hi(moves)
	mv	a5,s6
	addi	a4,a4,2
	sw	a4,%pcrel_lo(.LA8)(a3)
	.LA11: auipc	a4,%pcrel_hi(moves)
	lw	a4,%pcrel_lo(.LA11)(a4)
	.LA10: auipc	a3,%pcrel_hi(moves)
	addi	a4,a4,2
	sw	a4,%pcrel_lo(.LA10)(a3)
	bne	a5,zero,.L75
.L54:
	.LA13: auipc	a5,%pcrel_hi(moves)
	lw	a5,%pcrel_lo(.LA13)(a5)
	.LA12: auipc	a4,%pcrel_hi(moves)
	.LA14: auipc	a3,%pcrel_hi(moves)
	addi	a5,a5,2
	sw	a5,%pcrel_lo(.LA12)(a4)
	.LA15: auipc	a5,%pcrel_hi(moves)
	lw	a4,%pcrel_lo(.LA15)(a5)
	mv	a5,s4
	addi	a4,a4,2
	sw	a4,%pcrel_lo(.LA14)(a3)
	bne	a5,zero,.L76
.L53:
	.LA17: auipc	a5,%pcrel_hi(moves)
	lw	a5,%pcrel_lo(.LA17)(a5)
	.LA16: auipc	a4,%pcrel_hi(moves)
	.LA18: auipc	a3,%pcrel_hi(moves)
	addi	a5,a5,2
	sw	a5,%pcrel_lo(.LA16)(a4)
	.LA19: auipc	a5,%pcrel_hi(moves)
	lw	a4,%pcrel_lo(.LA19)(a5)
	mv	a5,s3
	addi	a4,a4,2
	sw	a4,%pcrel_lo(.LA18)(a3)
	bne	a5,zero,.L77
.L52:
	.LA21: auipc	a5,%pcrel_hi(moves)
	lw	a5,%pcrel_lo(.LA21)(a5)
	.LA20: auipc	a4,%pcrel_hi(moves)
	.LA22: auipc	a3,%pcrel_hi(moves)
	addi	a5,a5,2
	sw	a5,%pcrel_lo(.LA20)(a4)
	.LA23: auipc	a5,%pcrel_hi(moves)
	lw	a4,%pcrel_lo(.LA23)(a5)
	mv	a5,s2
	addi	a4,a4,2
	sw	a4,%pcrel_lo(.LA22)(a3)
	bne	a5,zero,.L78
.L51:
	.LA25: auipc	a5,%pcrel_hi(moves)
	lw	a5,%pcrel_lo(.LA25)(a5)
	.LA24: auipc	a4,%pcrel_hi(moves)
	.LA26: auipc	a3,%pcrel_hi(moves)
	addi	a5,a5,2
	sw	a5,%pcrel_lo(.LA24)(a4)
	.LA27: auipc	a5,%pcrel_hi(moves)
	lw	a4,%pcrel_lo(.LA27)(a5)
	mv	a5,s0
	addi	a4,a4,2
	sw	a4,%pcrel_lo(.LA26)(a3)
	bne	a5,zero,.L79
.L50:
	.LA29: auipc	a5,%pcrel_hi(moves)
	lw	a5,%pcrel_lo(.LA29)(a5)
	.LA28: auipc	a4,%pcrel_hi(moves)
	addi	a5,a5,2
	sw	a5,%pcrel_lo(.LA28)(a4)
.L49:
	.LA31: auipc	a5,%pcrel_hi(moves)
	lw	a5,%pcrel_lo(.LA31)(a5)
	lw	ra,44(sp)
	lw	s0,40(sp)
	addi	a5,a5,1
	.LA30: auipc	a4,%pcrel_hi(moves)
	sw	a5,%pcrel_lo(.LA30)(a4)
	lw	s1,36(sp)
	lw	s2,32(sp)
	lw	s3,28(sp)
	lw	s4,24(sp)
	lw	s5,20(sp)
	lw	s6,16(sp)
	lw	s7,12(sp)
	lw	s8,8(sp)
	addi	sp,sp,48
	jr	ra
.L70:
	ret
	.size	hanoi.isra.0, .-hanoi.isra.0
	.align	2
	.globl	ackermann
	.type	ackermann, @function
ackermann:
	beq	a0,zero,.L261
	addi	sp,sp,-48
	sw	s2,32(sp)
	sw	ra,44(sp)
	sw	s0,40(sp)
	sw	s1,36(sp)
	sw	s3,28(sp)
	sw	s4,24(sp)
	sw	s5,20(sp)
	sw	s6,16(sp)
	sw	s7,12(sp)
	sw	s8,8(sp)
	sw	s9,4(sp)
	mv	s2,a0
	bne	a1,zero,.L260
	addi	s7,s2,-1
	li	a1,1
	beq	s7,zero,.L81
.L271:
	bne	a1,zero,.L138
	addi	s2,s2,-2
	li	a1,1
	beq	s2,zero,.L81
.L260:
	addi	a1,a1,-1
	bne	a1,zero,.L262
	addi	s7,s2,-1
	mv	s0,s7
	li	a1,1
	beq	s7,zero,.L86
.L142:
	mv	s8,s0
.L89:
	addi	s0,s0,-1
	li	a5,1
	beq	s0,zero,.L93
.L145:
	mv	s9,s0
.L96:
	addi	s0,s0,-1
	li	a4,1
	beq	s0,zero,.L100
.L147:
	mv	s6,s0
.L103:
	addi	s0,s0,-1
	li	a5,1
	beq	s0,zero,.L107
.L150:
	mv	s5,s0
.L110:
	addi	s0,s0,-1
	li	a4,1
	beq	s0,zero,.L114
.L153:
	mv	s4,s0
.L117:
	addi	s0,s0,-1
	li	a5,1
	beq	s0,zero,.L121
.L156:
	mv	s3,s0
.L124:
	addi	s0,s0,-1
	li	a1,1
	beq	s0,zero,.L128
.L255:
	mv	s1,s0
.L129:
	addi	a1,a1,-1
.L133:
	mv	a0,s1
	addi	s1,s1,-1
	bne	a1,zero,.L263
.L158:
	li	a1,1
	bne	s1,zero,.L133
.L272:
	addi	s1,s0,-1
	addi	a1,a1,1
	beq	s1,zero,.L128
	bne	a1,zero,.L264
	addi	s0,s0,-2
	li	a1,1
	bne	s0,zero,.L255
.L128:
	addi	s0,s3,-1
	addi	a5,a1,1
	beq	s0,zero,.L121
	bne	a5,zero,.L265
	addi	s0,s3,-2
	li	a5,1
	bne	s0,zero,.L156
.L121:
	addi	s0,s4,-1
	addi	a4,a5,1
	beq	s0,zero,.L114
	bne	a4,zero,.L266
	addi	s0,s4,-2
	li	a4,1
	bne	s0,zero,.L153
.L114:
	addi	s0,s5,-1
	addi	a5,a4,1
	beq	s0,zero,.L107
	bne	a5,zero,.L267
	addi	s0,s5,-2
	li	a5,1
	bne	s0,zero,.L150
.L107:
	addi	s0,s6,-1
	addi	a4,a5,1
	beq	s0,zero,.L100
	bne	a4,zero,.L268
	addi	s0,s6,-2
	li	a4,1
	bne	s0,zero,.L147
.L100:
	addi	s0,s9,-1
	addi	a5,a4,1
	beq	s0,zero,.L93
	bne	a5,zero,.L269
	addi	s0,s9,-2
	li	a5,1
	bne	s0,zero,.L145
.L93:
	addi	s0,s8,-1
	addi	a1,a5,1
	beq	s0,zero,.L86
	bne	a1,zero,.L270
	addi	s0,s8,-2
	li	a1,1
	bne	s0,zero,.L142
.L86:
	addi	a1,a1,1
	bne	s7,zero,.L271
.L81:
	lw	ra,44(sp)
	lw	s0,40(sp)
	lw	s1,36(sp)
	lw	s2,32(sp)
	lw	s3,28(sp)
	lw	s4,24(sp)
	lw	s5,20(sp)
	lw	s6,16(sp)
	lw	s7,12(sp)
	lw	s8,8(sp)
	lw	s9,4(sp)
	addi	a0,a1,1
	addi	sp,sp,48
	jr	ra
.L266:
	beq	a5,zero,.L153
	addi	a5,a5,-1
	mv	s4,s0
.L127:
	mv	s3,s0
	beq	a5,zero,.L124
	mv	s1,s0
	addi	a1,a5,-1
	mv	a0,s1
	addi	s1,s1,-1
	beq	a1,zero,.L158
.L263:
	addi	a1,a1,-1
	call	ackermann
	mv	a1,a0
	bne	s1,zero,.L133
	j	.L272
.L267:
	beq	a4,zero,.L150
	addi	a4,a4,-1
	mv	s5,s0
.L120:
	mv	s4,s0
	addi	a5,a4,-1
	beq	a4,zero,.L117
	j	.L127
.L265:
	beq	a1,zero,.L156
	mv	s1,s0
	addi	a1,a1,-1
	mv	s3,s0
	j	.L133
.L268:
	beq	a5,zero,.L147
	addi	a5,a5,-1
	mv	s6,s0
.L113:
	mv	s5,s0
	addi	a4,a5,-1
	beq	a5,zero,.L110
	j	.L120
.L269:
	beq	a4,zero,.L145
	addi	a4,a4,-1
	mv	s9,s0
.L106:
	mv	s6,s0
	addi	a5,a4,-1
	beq	a4,zero,.L103
	j	.L113
.L270:
	beq	a5,zero,.L142
	addi	a5,a5,-1
	mv	s8,s0
.L99:
	mv	s9,s0
	addi	a4,a5,-1
	beq	a5,zero,.L96
	j	.L106
.L262:
	addi	a5,a1,-1
	bne	a5,zero,.L273
	mv	s8,s2
	mv	s0,s2
	addi	s7,s2,-1
	j	.L89
.L261:
	addi	a0,a1,1
	ret
.L138:
	mv	s2,s7
	j	.L260
.L264:
	mv	s0,s1
	j	.L129
.L273:
	addi	a5,a1,-2
	mv	s8,s2
	mv	s0,s2
	addi	s7,s2,-1
	j	.L99
	.size	ackermann, .-ackermann
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"fib(%d) = %d\n"
	.align	2
.LC1:
	.string	"ackermann(2, 3) = %d\n"
	.align	2
.LC2:
	.string	"hanoi(10): %d moves\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	.LA32: auipc	a0,%pcrel_hi(.LC0)
	addi	sp,sp,-32
	li	a2,0
	li	a1,0
	addi	a0,a0,%pcrel_lo(.LA32)
	sw	s3,12(sp)
	sw	s4,8(sp)
	sw	s5,4(sp)
	sw	ra,28(sp)
	sw	s0,24(sp)
	sw	s1,20(sp)
	sw	s2,16(sp)
	li	s4,2
	call	printf
	li	s3,4
	li	s5,20
.L276:
	addi	s2,s3,-3
	addi	s0,s3,-1
	sub	s2,s2,s4
	li	s1,0
.L275:
	mv	a0,s0
	call	fib
	addi	s0,s0,-2
	add	s1,s1,a0
	bne	s0,s2,.L275
	andi	a2,s4,1
	.LA33: auipc	a0,%pcrel_hi(.LC0)
	mv	a1,s3
	add	a2,a2,s1
	addi	a0,a0,%pcrel_lo(.LA33)
	addi	s3,s3,4
	call	printf
	addi	s4,s4,4
	bne	s3,s5,.L276
	li	a1,3
	li	a0,2
	call	ackermann
	mv	a1,a0
	.LA34: auipc	a0,%pcrel_hi(.LC1)
	addi	a0,a0,%pcrel_lo(.LA34)
	call	printf
	li	a0,10
	call	hanoi.isra.0
	.LA35: auipc	a5,%pcrel_hi(moves)
	lw	a1,%pcrel_lo(.LA35)(a5)
	.LA36: auipc	a0,%pcrel_hi(.LC2)
	addi	a0,a0,%pcrel_lo(.LA36)
	call	printf
	li	a0,10
	call	fib
	lw	ra,28(sp)
	lw	s0,24(sp)
	li	a5,7
	lw	s1,20(sp)
	lw	s2,16(sp)
	lw	s3,12(sp)
	lw	s4,8(sp)
	lw	s5,4(sp)
	rem	a0,a0,a5
	addi	sp,sp,32
	jr	ra
	.size	main, .-main
	.section	.sbss,"aw",@nobits
	.align	2
	.type	moves, @object
	.size	moves, 4
moves:
	.zero	4
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
