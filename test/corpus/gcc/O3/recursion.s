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
	beq	a0,a5,.L2
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
	mv	a1,s8
	mv	a4,s5
	mv	a0,s0
	li	s4,0
	mv	s3,s1
	mv	s0,s9
	mv	s5,s2
	mv	s8,a3
.L22:
	addi	s1,a0,-1
	beq	a0,s8,.L6
	addi	a0,a0,-2
	andi	s9,a0,-2
	mv	t3,a1
	mv	a6,s3
	sw	s11,24(sp)
	mv	a3,s6
	sub	s9,s1,s9
	li	s2,0
	mv	t1,a4
	mv	a1,s4
	mv	s3,s0
	mv	s11,s5
	mv	a7,a0
	mv	s6,s7
.L20:
	addi	a5,s1,-1
	beq	s1,s9,.L7
	addi	s1,s1,-2
	andi	s5,s1,-2
	sub	s5,a5,s5
	li	s4,0
	mv	s7,s5
.L18:
	addi	s0,a5,-1
	beq	a5,s7,.L8
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
	beq	s0,a4,.L9
	andi	a0,t0,-2
	sub	a4,t6,a0
	sw	a4,8(sp)
	sw	t1,12(sp)
	mv	a0,t6
	mv	t1,s7
	mv	t5,s6
	mv	s7,s3
	mv	t6,a3
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
	sw	a4,52(sp)
	sw	t0,48(sp)
	sw	t2,44(sp)
	sw	t1,40(sp)
	sw	t3,36(sp)
	sw	a1,32(sp)
	sw	a6,28(sp)
	addi	s2,s2,-2
	call	fib
	lw	a6,28(sp)
	lw	a1,32(sp)
	lw	t3,36(sp)
	lw	t1,40(sp)
	lw	t2,44(sp)
	lw	t0,48(sp)
	lw	a4,52(sp)
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
	mv	s3,s7
	mv	s7,t1
	lw	t1,12(sp)
	mv	s0,s6
	mv	s1,a3
	mv	s6,t5
	mv	a3,t6
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
	mv	s5,s11
	lw	s11,24(sp)
	mv	s4,a1
	mv	s0,s3
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
	mv	s9,s0
	mv	s2,s5
	mv	s8,a1
	mv	s1,s3
	mv	s0,a0
	mv	s5,a4
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
	mv	s3,s7
	mv	a3,t6
	mv	s7,t1
	lw	a5,16(sp)
	lw	t1,12(sp)
	addi	t6,a0,-2
	add	t3,t3,t5
	j	.L13
.L7:
	mv	s4,a1
	mv	s0,s3
	mv	s5,s11
	mv	s7,s6
	lw	s11,24(sp)
	mv	a4,t1
	mv	a1,t3
	mv	s3,a6
	mv	a0,a7
	mv	s6,a3
	addi	s1,s1,-2
	add	s2,s2,a5
	j	.L19
.L6:
	mv	a5,s1
	mv	s9,s0
	mv	s2,s5
	mv	s8,a1
	mv	s1,s3
	mv	s5,a4
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
	beq	a0,zero,.L72
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
	sw	s9,4(sp)
	li	a4,1
	beq	a0,a4,.L75
	addi	a5,a0,-2
	lui	s0,%hi(moves)
	beq	a5,zero,.L50
.L82:
	addi	s1,a5,-1
	mv	a5,s1
	beq	a5,zero,.L51
.L81:
	addi	s3,a5,-1
	mv	a5,s3
	beq	a5,zero,.L52
.L80:
	addi	s4,a5,-1
	mv	a5,s4
	beq	a5,zero,.L53
.L79:
	addi	s5,a5,-1
	mv	a5,s5
	beq	a5,zero,.L54
.L78:
	addi	s7,a5,-1
	mv	a4,s7
	beq	a4,zero,.L55
.L77:
	addi	s8,a4,-1
	mv	s6,s8
	beq	s6,zero,.L56
.L76:
	mv	s2,s6
.L62:
	mv	s9,s2
.L58:
	addi	s9,s9,-1
	mv	a0,s9
	call	hanoi.isra.0
	lw	a3,%lo(moves)(s0)
	addi	a2,a3,1
	sw	a2,%lo(moves)(s0)
	bne	s9,zero,.L58
	addi	a2,a3,2
	sw	a2,%lo(moves)(s0)
	addi	s2,s2,-1
	bne	s2,zero,.L62
	addi	a3,a3,4
	sw	a3,%lo(moves)(s0)
	addi	s6,s6,-1
	bne	s6,zero,.L76
.L56:
	lw	a3,%lo(moves)(s0)
	mv	a4,s8
	addi	a3,a3,4
	sw	a3,%lo(moves)(s0)
	bne	a4,zero,.L77
.L55:
	lw	a4,%lo(moves)(s0)
	mv	a5,s7
	addi	a4,a4,4
	sw	a4,%lo(moves)(s0)
	bne	a5,zero,.L78
.L54:
	lw	a4,%lo(moves)(s0)
	mv	a5,s5
	addi	a4,a4,4
	sw	a4,%lo(moves)(s0)
	bne	a5,zero,.L79
.L53:
	lw	a4,%lo(moves)(s0)
	mv	a5,s4
	addi	a4,a4,4
	sw	a4,%lo(moves)(s0)
	bne	a5,zero,.L80
.L52:
	lw	a4,%lo(moves)(s0)
	mv	a5,s3
	addi	a4,a4,4
	sw	a4,%lo(moves)(s0)
	bne	a5,zero,.L81
.L51:
	lw	a4,%lo(moves)(s0)
	mv	a5,s1
	addi	a4,a4,4
	sw	a4,%lo(moves)(s0)
	bne	a5,zero,.L82
.L50:
	lw	a5,%lo(moves)(s0)
	addi	a5,a5,2
	sw	a5,%lo(moves)(s0)
.L49:
	addi	a5,a5,1
	lw	ra,44(sp)
	sw	a5,%lo(moves)(s0)
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
	addi	sp,sp,48
	jr	ra
.L72:
	ret
.L75:
	lui	s0,%hi(moves)
	lw	a5,%lo(moves)(s0)
	j	.L49
	.size	hanoi.isra.0, .-hanoi.isra.0
	.align	2
	.globl	ackermann
	.type	ackermann, @function
ackermann:
	beq	a0,zero,.L264
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
	bne	a1,zero,.L263
	addi	s7,s2,-1
	li	a1,1
	beq	s7,zero,.L84
.L274:
	bne	a1,zero,.L141
	addi	s2,s2,-2
	li	a1,1
	beq	s2,zero,.L84
.L263:
	addi	a1,a1,-1
	bne	a1,zero,.L265
	addi	s7,s2,-1
	mv	s0,s7
	li	a1,1
	beq	s7,zero,.L89
.L145:
	mv	s8,s0
.L92:
	addi	s0,s0,-1
	li	a5,1
	beq	s0,zero,.L96
.L148:
	mv	s9,s0
.L99:
	addi	s0,s0,-1
	li	a4,1
	beq	s0,zero,.L103
.L150:
	mv	s6,s0
.L106:
	addi	s0,s0,-1
	li	a5,1
	beq	s0,zero,.L110
.L153:
	mv	s5,s0
.L113:
	addi	s0,s0,-1
	li	a4,1
	beq	s0,zero,.L117
.L156:
	mv	s4,s0
.L120:
	addi	s0,s0,-1
	li	a5,1
	beq	s0,zero,.L124
.L159:
	mv	s3,s0
.L127:
	addi	s0,s0,-1
	li	a1,1
	beq	s0,zero,.L131
.L258:
	mv	s1,s0
.L132:
	addi	a1,a1,-1
.L136:
	mv	a0,s1
	addi	s1,s1,-1
	bne	a1,zero,.L266
.L161:
	li	a1,1
	bne	s1,zero,.L136
.L275:
	addi	s1,s0,-1
	addi	a1,a1,1
	beq	s1,zero,.L131
	bne	a1,zero,.L267
	addi	s0,s0,-2
	li	a1,1
	bne	s0,zero,.L258
.L131:
	addi	s0,s3,-1
	addi	a5,a1,1
	beq	s0,zero,.L124
	bne	a5,zero,.L268
	addi	s0,s3,-2
	li	a5,1
	bne	s0,zero,.L159
.L124:
	addi	s0,s4,-1
	addi	a4,a5,1
	beq	s0,zero,.L117
	bne	a4,zero,.L269
	addi	s0,s4,-2
	li	a4,1
	bne	s0,zero,.L156
.L117:
	addi	s0,s5,-1
	addi	a5,a4,1
	beq	s0,zero,.L110
	bne	a5,zero,.L270
	addi	s0,s5,-2
	li	a5,1
	bne	s0,zero,.L153
.L110:
	addi	s0,s6,-1
	addi	a4,a5,1
	beq	s0,zero,.L103
	bne	a4,zero,.L271
	addi	s0,s6,-2
	li	a4,1
	bne	s0,zero,.L150
.L103:
	addi	s0,s9,-1
	addi	a5,a4,1
	beq	s0,zero,.L96
	bne	a5,zero,.L272
	addi	s0,s9,-2
	li	a5,1
	bne	s0,zero,.L148
.L96:
	addi	s0,s8,-1
	addi	a1,a5,1
	beq	s0,zero,.L89
	bne	a1,zero,.L273
	addi	s0,s8,-2
	li	a1,1
	bne	s0,zero,.L145
.L89:
	addi	a1,a1,1
	bne	s7,zero,.L274
.L84:
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
.L269:
	beq	a5,zero,.L156
	addi	a5,a5,-1
	mv	s4,s0
.L130:
	mv	s3,s0
	beq	a5,zero,.L127
	mv	s1,s0
	addi	a1,a5,-1
	mv	a0,s1
	addi	s1,s1,-1
	beq	a1,zero,.L161
.L266:
	addi	a1,a1,-1
	call	ackermann
	mv	a1,a0
	bne	s1,zero,.L136
	j	.L275
.L270:
	beq	a4,zero,.L153
	addi	a4,a4,-1
	mv	s5,s0
.L123:
	mv	s4,s0
	addi	a5,a4,-1
	beq	a4,zero,.L120
	j	.L130
.L268:
	beq	a1,zero,.L159
	mv	s1,s0
	addi	a1,a1,-1
	mv	s3,s0
	j	.L136
.L271:
	beq	a5,zero,.L150
	addi	a5,a5,-1
	mv	s6,s0
.L116:
	mv	s5,s0
	addi	a4,a5,-1
	beq	a5,zero,.L113
	j	.L123
.L272:
	beq	a4,zero,.L148
	addi	a4,a4,-1
	mv	s9,s0
.L109:
	mv	s6,s0
	addi	a5,a4,-1
	beq	a4,zero,.L106
	j	.L116
.L273:
	beq	a5,zero,.L145
	addi	a5,a5,-1
	mv	s8,s0
.L102:
	mv	s9,s0
	addi	a4,a5,-1
	beq	a5,zero,.L99
	j	.L109
.L265:
	addi	a5,a1,-1
	bne	a5,zero,.L276
	mv	s8,s2
	mv	s0,s2
	addi	s7,s2,-1
	j	.L92
.L264:
	addi	a0,a1,1
	ret
.L141:
	mv	s2,s7
	j	.L263
.L267:
	mv	s0,s1
	j	.L132
.L276:
	addi	a5,a1,-2
	mv	s8,s2
	mv	s0,s2
	addi	s7,s2,-1
	j	.L102
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
	addi	sp,sp,-48
	sw	s7,12(sp)
	lui	s7,%hi(.LC0)
	li	a2,0
	li	a1,0
	addi	a0,s7,%lo(.LC0)
	sw	s5,20(sp)
	sw	s6,16(sp)
	sw	s8,8(sp)
	sw	ra,44(sp)
	sw	s0,40(sp)
	sw	s1,36(sp)
	sw	s2,32(sp)
	sw	s3,28(sp)
	sw	s4,24(sp)
	sw	s9,4(sp)
	sw	s10,0(sp)
	li	s5,4
	call	printf
	li	s6,1
	li	s8,20
.L283:
	addi	s4,s5,-1
	andi	s4,s4,-2
	addi	s3,s5,-3
	sub	s4,s5,s4
	mv	s1,s5
	li	s9,0
.L282:
	beq	s1,s4,.L278
	addi	s2,s1,-2
	andi	a5,s3,-2
	addi	s1,s1,-4
	mv	s0,s2
	sub	s1,s1,a5
	li	s10,0
.L279:
	mv	a0,s0
	call	fib
	addi	s0,s0,-2
	add	s10,s10,a0
	bne	s0,s1,.L279
	andi	a5,s3,1
	add	a5,a5,s10
	mv	s1,s2
	add	s9,s9,a5
	addi	s3,s3,-2
	bgt	s2,s6,.L282
	add	a2,s2,s9
.L281:
	mv	a1,s5
	addi	a0,s7,%lo(.LC0)
	addi	s5,s5,4
	call	printf
	bne	s5,s8,.L283
	li	a1,2
	li	a0,2
	call	ackermann
	li	a1,2
	bne	a0,zero,.L303
.L284:
	lui	a0,%hi(.LC1)
	addi	a0,a0,%lo(.LC1)
	call	printf
	li	s2,9
	lui	s1,%hi(moves)
.L289:
	mv	s0,s2
.L286:
	addi	s0,s0,-1
	mv	a0,s0
	call	hanoi.isra.0
	lw	a5,%lo(moves)(s1)
	addi	a4,a5,1
	sw	a4,%lo(moves)(s1)
	bne	s0,zero,.L286
	addi	a4,a5,2
	sw	a4,%lo(moves)(s1)
	addi	s2,s2,-1
	bne	s2,zero,.L289
	lui	a0,%hi(.LC2)
	addi	a1,a5,3
	addi	a0,a0,%lo(.LC2)
	li	s3,10
	li	s6,2
	sw	a1,%lo(moves)(s1)
	li	s5,0
	call	printf
	li	s4,7
	li	s2,1
	addi	s0,s3,-1
	beq	s3,s6,.L290
.L304:
	li	s1,0
.L291:
	addi	a0,s0,-1
	call	fib
	addi	s0,s0,-2
	add	s1,s1,a0
	bgt	s0,s2,.L291
	andi	a5,s4,1
	add	a5,a5,s1
	addi	s3,s3,-2
	add	s5,s5,a5
	addi	s4,s4,-2
	addi	s0,s3,-1
	bne	s3,s6,.L304
.L290:
	add	a0,s0,s5
	lw	ra,44(sp)
	lw	s0,40(sp)
	li	a5,7
	lw	s1,36(sp)
	lw	s2,32(sp)
	lw	s3,28(sp)
	lw	s4,24(sp)
	lw	s5,20(sp)
	lw	s6,16(sp)
	lw	s7,12(sp)
	lw	s8,8(sp)
	lw	s9,4(sp)
	lw	s10,0(sp)
	rem	a0,a0,a5
	addi	sp,sp,48
	jr	ra
.L278:
	addi	a2,s1,-1
	add	a2,a2,s9
	addi	s1,s1,-2
	add	a2,a2,s1
	j	.L281
.L303:
	addi	a1,a0,-1
	li	a0,1
	call	ackermann
	addi	a1,a0,1
	j	.L284
	.size	main, .-main
	.section	.sbss,"aw",@nobits
	.align	2
	.type	moves, @object
	.size	moves, 4
moves:
	.zero	4
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
