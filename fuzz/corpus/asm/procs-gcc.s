	.text
	.align	2
bigsum:
	lui	a5,%hi(big)
	addi	a5,a5,%lo(big)
	li	a3,20480
	add	a3,a5,a3
	li	a0,0
.L2:
	slli	a4,a0,5
	sub	a0,a4,a0
	lbu	a4,0(a5)
	add	a0,a4,a0
	addi	a5,a5,1
	bne	a5,a3,.L2
	ret
	.section	.rodata
	.align	2
.LC0:
	.string	"yes\n"
	.align	2
.LC1:
	.string	"no\n"
	.text
	.align	2
yes_no:
	addi	sp,sp,-16
	sw	ra,12(sp)
	sw	s0,8(sp)
	mv	s0,a1
	call	puts_
	beq	s0,zero,.L6
	lui	a0,%hi(.LC0)
	addi	a0,a0,%lo(.LC0)
.L5:
	call	puts_
	lw	ra,12(sp)
	lw	s0,8(sp)
	addi	sp,sp,16
	jr	ra
.L6:
	lui	a0,%hi(.LC1)
	addi	a0,a0,%lo(.LC1)
	j	.L5
	.section	.rodata
	.align	2
.LC2:
	.string	"  waitid: "
	.align	2
.LC3:
	.string	"  si_signo: "
	.align	2
.LC4:
	.string	"  si_errno: "
	.align	2
.LC5:
	.string	"  si_code: "
	.align	2
.LC6:
	.string	"  si_status: "
	.align	2
.LC7:
	.string	"  si_pid is the child: "
	.text
	.align	2
report:
	addi	sp,sp,-16
	sw	ra,12(sp)
	sw	s0,8(sp)
	sw	s1,4(sp)
	mv	s0,a1
	mv	s1,a2
	mv	a1,a0
	lui	a0,%hi(.LC2)
	addi	a0,a0,%lo(.LC2)
	call	put_num
	lw	a1,0(s0)
	lui	a0,%hi(.LC3)
	addi	a0,a0,%lo(.LC3)
	call	put_num
	lw	a1,4(s0)
	lui	a0,%hi(.LC4)
	addi	a0,a0,%lo(.LC4)
	call	put_num
	lw	a1,8(s0)
	lui	a0,%hi(.LC5)
	addi	a0,a0,%lo(.LC5)
	call	put_num
	lw	a1,20(s0)
	lui	a0,%hi(.LC6)
	addi	a0,a0,%lo(.LC6)
	call	put_num
	lw	a1,12(s0)
	sub	a1,a1,s1
	seqz	a1,a1
	lui	a0,%hi(.LC7)
	addi	a0,a0,%lo(.LC7)
	call	yes_no
	lw	ra,12(sp)
	lw	s0,8(sp)
	lw	s1,4(sp)
	addi	sp,sp,16
	jr	ra
	.section	.rodata
	.align	2
.LC8:
	.string	"-- fork and exit status (P_PID)\n"
	.align	2
.LC9:
	.string	"child: fork returned 0\n"
	.align	2
.LC10:
	.string	"child: ppid is the parent's pid: "
	.align	2
.LC11:
	.string	"child: own pid differs from the parent's: "
	.align	2
.LC12:
	.string	"parent: fork returned a positive pid: "
	.align	2
.LC13:
	.string	"-- the child's getpid is what fork returned (exit status = pid & 0xff)\n"
	.align	2
.LC14:
	.string	"  matches: "
	.align	2
.LC15:
	.string	"-- only the low 8 bits of the exit status\n"
	.align	2
.LC16:
	.string	"-- P_ALL reaps two children, one at a time\n"
	.align	2
.LC17:
	.string	"  two different children: "
	.align	2
.LC18:
	.string	"  each with its own status: "
	.align	2
.LC19:
	.string	"  then no child: "
	.align	2
.LC20:
	.string	"-- WNOHANG with a live child, then kill(SIGTERM)\n"
	.align	2
.LC21:
	.string	"  WNOHANG: "
	.align	2
.LC22:
	.string	"  si_pid: "
	.align	2
.LC23:
	.string	"  WNOHANG, P_ALL: "
	.align	2
.LC24:
	.string	"  kill: "
	.align	2
.LC25:
	.string	"-- kill(SIGKILL)\n"
	.align	2
.LC26:
	.string	"-- kill with signal 0 checks the pid\n"
	.align	2
.LC27:
	.string	"  kill 0, live child: "
	.align	2
.LC28:
	.string	"  kill 0, reaped child: "
	.align	2
.LC29:
	.string	"-- WNOWAIT leaves the zombie\n"
	.align	2
.LC30:
	.string	"  third time: "
	.align	2
.LC31:
	.string	"-- errors\n"
	.align	2
.LC32:
	.string	"  P_ALL, no children: "
	.align	2
.LC33:
	.string	"  WNOHANG, no children: "
	.align	2
.LC34:
	.string	"  P_PID, not a child: "
	.align	2
.LC35:
	.string	"  no WEXITED: "
	.align	2
.LC36:
	.string	"  bad idtype: "
	.align	2
.LC37:
	.string	"-- copy-on-write: the child's writes stay in the child\n"
	.align	2
.LC38:
	.string	"child: global sum: "
	.align	2
.LC39:
	.string	"child: local: "
	.align	2
.LC40:
	.string	"child: big changed: "
	.align	2
.LC41:
	.string	"parent: global sum: "
	.align	2
.LC42:
	.string	"parent: local: "
	.align	2
.LC43:
	.string	"parent: big unchanged: "
	.align	2
.LC44:
	.string	"-- copy-on-write: the parent's writes after fork stay in the parent\n"
	.align	2
.LC45:
	.string	"child: global[0]: "
	.align	2
.LC46:
	.string	"g"
	.align	2
.LC47:
	.string	"parent: global[0]: "
	.align	2
.LC48:
	.string	"-- three generations\n"
	.align	2
.LC49:
	.string	"generation 3: ppid is generation 2: "
	.align	2
.LC50:
	.string	"generation 2: generation 3 exited with "
	.align	2
.LC51:
	.string	"generation 2: global[1]: "
	.align	2
.LC52:
	.string	"generation 1: grandchildren are not children: "
	.align	2
.LC53:
	.string	"generation 1: global[1]: "
	.text
	.align	2
	.globl	main
main:
	addi	sp,sp,-432
	sw	ra,428(sp)
	sw	s0,424(sp)
	sw	s1,420(sp)
	sw	s2,416(sp)
	sw	s3,412(sp)
	sw	s4,408(sp)
	call	getpid
	mv	s1,a0
	lui	a0,%hi(.LC8)
	addi	a0,a0,%lo(.LC8)
	call	puts_
	call	fork
	beq	a0,zero,.L51
	mv	s0,a0
	li	a3,4
	addi	a2,sp,272
	mv	a1,a0
	li	a0,1
	call	waitid
	mv	a2,s0
	addi	a1,sp,272
	call	report
	sgt	a1,s0,zero
	lui	a0,%hi(.LC12)
	addi	a0,a0,%lo(.LC12)
	call	yes_no
	lui	a0,%hi(.LC13)
	addi	a0,a0,%lo(.LC13)
	call	puts_
	call	fork
	mv	s0,a0
	beq	a0,zero,.L52
	li	a3,4
	addi	a2,sp,272
	mv	a1,a0
	li	a0,1
	call	waitid
	andi	s0,s0,255
	lw	a1,292(sp)
	sub	a1,a1,s0
	seqz	a1,a1
	lui	a0,%hi(.LC14)
	addi	a0,a0,%lo(.LC14)
	call	yes_no
	lui	a0,%hi(.LC15)
	addi	a0,a0,%lo(.LC15)
	call	puts_
	call	fork
	mv	a1,a0
	beq	a0,zero,.L53
	li	a3,4
	addi	a2,sp,272
	li	a0,1
	call	waitid
	lw	a1,292(sp)
	lui	a0,%hi(.LC6)
	addi	a0,a0,%lo(.LC6)
	call	put_num
	lui	a0,%hi(.LC16)
	addi	a0,a0,%lo(.LC16)
	call	puts_
	call	fork
	mv	s0,a0
	beq	a0,zero,.L54
	call	fork
	mv	s2,a0
	beq	a0,zero,.L55
	li	a3,4
	addi	a2,sp,144
	li	a1,0
	li	a0,0
	call	waitid
	mv	s4,a0
	li	a3,4
	addi	a2,sp,16
	li	a1,0
	li	a0,0
	call	waitid
	mv	s3,a0
	mv	a1,s4
	lui	s4,%hi(.LC2)
	addi	a0,s4,%lo(.LC2)
	call	put_num
	mv	a1,s3
	addi	a0,s4,%lo(.LC2)
	call	put_num
	lw	s3,156(sp)
	lw	a5,28(sp)
	beq	s3,a5,.L40
	beq	s3,s0,.L17
	beq	s3,s2,.L56
	li	a1,0
	lui	a0,%hi(.LC17)
	addi	a0,a0,%lo(.LC17)
	call	yes_no
	j	.L19
.L51:
	lui	a0,%hi(.LC9)
	addi	a0,a0,%lo(.LC9)
	call	puts_
	call	getppid
	sub	a1,a0,s1
	seqz	a1,a1
	lui	a0,%hi(.LC10)
	addi	a0,a0,%lo(.LC10)
	call	yes_no
	call	getpid
	sub	a1,a0,s1
	snez	a1,a1
	lui	a0,%hi(.LC11)
	addi	a0,a0,%lo(.LC11)
	call	yes_no
	li	a0,42
	call	exit
.L52:
	call	getpid
	andi	a0,a0,0xff
	call	exit
.L53:
	li	a0,4096
	addi	a0,a0,564
	call	exit
.L54:
	li	a0,3
	call	exit
.L55:
	li	a0,5
	call	exit
.L56:
	bne	a5,s0,.L39
	li	a1,1
	j	.L16
.L40:
	li	a1,0
.L16:
	lui	a0,%hi(.LC17)
	addi	a0,a0,%lo(.LC17)
	call	yes_no
	beq	s3,s0,.L37
.L19:
	lw	a4,164(sp)
	li	a5,5
	li	a1,0
	beq	a4,a5,.L57
.L20:
	lui	a0,%hi(.LC18)
	addi	a0,a0,%lo(.LC18)
	call	yes_no
	li	a3,4
	addi	a2,sp,272
	li	a1,0
	li	a0,0
	call	waitid
	mv	a1,a0
	lui	a0,%hi(.LC19)
	addi	a0,a0,%lo(.LC19)
	call	put_num
	lui	a0,%hi(.LC20)
	addi	a0,a0,%lo(.LC20)
	call	puts_
	call	fork
	mv	s0,a0
	beq	a0,zero,.L22
	li	a2,128
	li	a1,0
	addi	a0,sp,272
	call	memset
	li	a3,5
	addi	a2,sp,272
	mv	a1,s0
	li	a0,1
	call	waitid
	mv	a1,a0
	lui	a0,%hi(.LC21)
	addi	a0,a0,%lo(.LC21)
	call	put_num
	lw	a1,284(sp)
	lui	s2,%hi(.LC22)
	addi	a0,s2,%lo(.LC22)
	call	put_num
	li	a3,5
	addi	a2,sp,272
	li	a1,0
	li	a0,0
	call	waitid
	mv	a1,a0
	lui	a0,%hi(.LC23)
	addi	a0,a0,%lo(.LC23)
	call	put_num
	lw	a1,284(sp)
	addi	a0,s2,%lo(.LC22)
	call	put_num
	li	a1,15
	mv	a0,s0
	call	kill
	mv	a1,a0
	lui	a0,%hi(.LC24)
	addi	a0,a0,%lo(.LC24)
	call	put_num
	li	a3,4
	addi	a2,sp,272
	mv	a1,s0
	li	a0,1
	call	waitid
	mv	a2,s0
	addi	a1,sp,272
	call	report
	lui	a0,%hi(.LC25)
	addi	a0,a0,%lo(.LC25)
	call	puts_
	call	fork
	mv	s0,a0
	beq	a0,zero,.L24
	li	a1,9
	call	kill
	mv	a1,a0
	lui	a0,%hi(.LC24)
	addi	a0,a0,%lo(.LC24)
	call	put_num
	li	a3,4
	addi	a2,sp,272
	li	a1,0
	li	a0,0
	call	waitid
	mv	a2,s0
	addi	a1,sp,272
	call	report
	lui	a0,%hi(.LC26)
	addi	a0,a0,%lo(.LC26)
	call	puts_
	call	fork
	mv	s0,a0
	beq	a0,zero,.L26
	li	a1,0
	call	kill
	mv	a1,a0
	lui	a0,%hi(.LC27)
	addi	a0,a0,%lo(.LC27)
	call	put_num
	li	a1,9
	mv	a0,s0
	call	kill
	li	a3,4
	addi	a2,sp,272
	mv	a1,s0
	li	a0,1
	call	waitid
	li	a1,0
	mv	a0,s0
	call	kill
	mv	a1,a0
	lui	a0,%hi(.LC28)
	addi	a0,a0,%lo(.LC28)
	call	put_num
	lui	a0,%hi(.LC29)
	addi	a0,a0,%lo(.LC29)
	call	puts_
	call	fork
	mv	s0,a0
	beq	a0,zero,.L58
	li	a3,16777216
	addi	a3,a3,4
	addi	a2,sp,272
	mv	a1,a0
	li	a0,1
	call	waitid
	mv	a2,s0
	addi	a1,sp,272
	call	report
	li	a3,4
	addi	a2,sp,272
	mv	a1,s0
	li	a0,1
	call	waitid
	mv	a2,s0
	addi	a1,sp,272
	call	report
	li	a3,4
	addi	a2,sp,272
	mv	a1,s0
	li	a0,1
	call	waitid
	mv	a1,a0
	lui	a0,%hi(.LC30)
	addi	a0,a0,%lo(.LC30)
	call	put_num
	lui	a0,%hi(.LC31)
	addi	a0,a0,%lo(.LC31)
	call	puts_
	li	a3,4
	addi	a2,sp,272
	li	a1,0
	li	a0,0
	call	waitid
	mv	a1,a0
	lui	a0,%hi(.LC32)
	addi	a0,a0,%lo(.LC32)
	call	put_num
	li	a3,5
	addi	a2,sp,272
	li	a1,0
	li	a0,0
	call	waitid
	mv	a1,a0
	lui	a0,%hi(.LC33)
	addi	a0,a0,%lo(.LC33)
	call	put_num
	li	a3,4
	addi	a2,sp,272
	mv	a1,s1
	li	a0,1
	call	waitid
	mv	a1,a0
	lui	a0,%hi(.LC34)
	addi	a0,a0,%lo(.LC34)
	call	put_num
	li	a3,0
	addi	a2,sp,272
	li	a1,0
	li	a0,0
	call	waitid
	mv	a1,a0
	lui	a0,%hi(.LC35)
	addi	a0,a0,%lo(.LC35)
	call	put_num
	li	a3,4
	addi	a2,sp,272
	li	a1,0
	li	a0,7
	call	waitid
	mv	a1,a0
	lui	a0,%hi(.LC36)
	addi	a0,a0,%lo(.LC36)
	call	put_num
	lui	a0,%hi(.LC37)
	addi	a0,a0,%lo(.LC37)
	call	puts_
	lui	a4,%hi(big)
	addi	a4,a4,%lo(big)
	li	a3,20480
	add	a3,a4,a3
	li	a5,0
.L28:
	sb	a5,0(a4)
	addi	a5,a5,7
	andi	a5,a5,0xff
	addi	a4,a4,1
	bne	a4,a3,.L28
	call	bigsum
	mv	s0,a0
	call	fork
	mv	a1,a0
	beq	a0,zero,.L59
	li	a3,4
	addi	a2,sp,272
	li	a0,1
	call	waitid
	lui	a5,%hi(.LANCHOR0)
	addi	a5,a5,%lo(.LANCHOR0)
	addi	a3,a5,32
	li	a1,0
.L33:
	lw	a4,0(a5)
	add	a1,a1,a4
	addi	a5,a5,4
	bne	a5,a3,.L33
	lui	a0,%hi(.LC41)
	addi	a0,a0,%lo(.LC41)
	call	put_num
	li	a1,100
	lui	a0,%hi(.LC42)
	addi	a0,a0,%lo(.LC42)
	call	put_num
	call	bigsum
	sub	a1,a0,s0
	seqz	a1,a1
	lui	a0,%hi(.LC43)
	addi	a0,a0,%lo(.LC43)
	call	yes_no
	lui	a0,%hi(.LC44)
	addi	a0,a0,%lo(.LC44)
	call	puts_
	li	a1,0
	addi	a0,sp,8
	call	pipe2
	call	fork
	mv	s1,a0
	beq	a0,zero,.L60
	lw	a0,8(sp)
	call	close
	lui	s0,%hi(.LANCHOR0)
	addi	s0,s0,%lo(.LANCHOR0)
	li	a5,-1
	sw	a5,0(s0)
	li	a2,1
	lui	a1,%hi(.LC46)
	addi	a1,a1,%lo(.LC46)
	lw	a0,12(sp)
	call	write
	lw	a0,12(sp)
	call	close
	li	a3,4
	addi	a2,sp,272
	mv	a1,s1
	li	a0,1
	call	waitid
	lw	a1,0(s0)
	lui	a0,%hi(.LC47)
	addi	a0,a0,%lo(.LC47)
	call	put_num
	li	a1,-1
	lui	a0,%hi(.LC42)
	addi	a0,a0,%lo(.LC42)
	call	put_num
	lui	a0,%hi(.LC48)
	addi	a0,a0,%lo(.LC48)
	call	puts_
	call	fork
	mv	s0,a0
	bne	a0,zero,.L35
	call	getpid
	mv	s0,a0
	call	fork
	bne	a0,zero,.L36
	call	getppid
	sub	a1,a0,s0
	seqz	a1,a1
	lui	a0,%hi(.LC49)
	addi	a0,a0,%lo(.LC49)
	call	yes_no
	lui	a5,%hi(.LANCHOR0+4)
	li	a4,3
	sw	a4,%lo(.LANCHOR0+4)(a5)
	li	a0,3
	call	exit
.L57:
	lw	a1,36(sp)
	addi	a1,a1,-3
	seqz	a1,a1
	j	.L20
.L22:
	call	sched_yield
	j	.L22
.L24:
	call	sched_yield
	j	.L24
.L26:
	call	sched_yield
	j	.L26
.L58:
	li	a0,9
	call	exit
.L59:
	lui	a5,%hi(.LANCHOR0)
	addi	a4,a5,%lo(.LANCHOR0)
	addi	a0,a4,32
	addi	a5,a5,%lo(.LANCHOR0)
	li	a2,10
.L30:
	lw	a3,0(a5)
	mul	a3,a3,a2
	sw	a3,0(a5)
	addi	a5,a5,4
	bne	a5,a0,.L30
	li	a5,0
	lui	a2,%hi(big)
	addi	a2,a2,%lo(big)
	li	a6,-18
	li	a3,20480
	addi	a3,a3,520
.L31:
	add	a7,a5,a2
	sb	a6,0(a7)
	addi	a5,a5,1000
	bne	a5,a3,.L31
.L32:
	lw	a5,0(a4)
	add	a1,a1,a5
	addi	a4,a4,4
	bne	a4,a0,.L32
	lui	a0,%hi(.LC38)
	addi	a0,a0,%lo(.LC38)
	call	put_num
	li	a1,200
	lui	a0,%hi(.LC39)
	addi	a0,a0,%lo(.LC39)
	call	put_num
	call	bigsum
	sub	a1,a0,s0
	snez	a1,a1
	lui	a0,%hi(.LC40)
	addi	a0,a0,%lo(.LC40)
	call	yes_no
	li	a0,0
	call	exit
.L60:
	lw	a0,12(sp)
	call	close
	li	a2,1
	addi	a1,sp,7
	lw	a0,8(sp)
	call	read
	lui	a5,%hi(.LANCHOR0)
	lw	a1,%lo(.LANCHOR0)(a5)
	lui	a0,%hi(.LC45)
	addi	a0,a0,%lo(.LC45)
	call	put_num
	li	a1,100
	lui	a0,%hi(.LC39)
	addi	a0,a0,%lo(.LC39)
	call	put_num
	li	a0,0
	call	exit
.L36:
	li	a3,4
	addi	a2,sp,272
	mv	a1,a0
	li	a0,1
	call	waitid
	lw	a1,292(sp)
	lui	a0,%hi(.LC50)
	addi	a0,a0,%lo(.LC50)
	call	put_num
	lui	a5,%hi(.LANCHOR0+4)
	lw	a1,%lo(.LANCHOR0+4)(a5)
	lui	a0,%hi(.LC51)
	addi	a0,a0,%lo(.LC51)
	call	put_num
	lw	a0,292(sp)
	addi	a0,a0,10
	call	exit
.L61:
	li	a1,1
	lui	a0,%hi(.LC17)
	addi	a0,a0,%lo(.LC17)
	call	yes_no
.L37:
	lw	a4,164(sp)
	li	a5,3
	li	a1,0
	bne	a4,a5,.L20
	lw	a1,36(sp)
	addi	a1,a1,-5
	seqz	a1,a1
	j	.L20
.L17:
	beq	a5,s0,.L61
.L39:
	sub	a5,a5,s2
	seqz	a1,a5
	j	.L16
.L35:
	li	a3,4
	addi	a2,sp,272
	li	a1,0
	li	a0,0
	call	waitid
	mv	a2,s0
	addi	a1,sp,272
	call	report
	li	a3,4
	addi	a2,sp,272
	li	a1,0
	li	a0,0
	call	waitid
	mv	a1,a0
	lui	a0,%hi(.LC52)
	addi	a0,a0,%lo(.LC52)
	call	put_num
	lui	a5,%hi(.LANCHOR0+4)
	lw	a1,%lo(.LANCHOR0+4)(a5)
	lui	a0,%hi(.LC53)
	addi	a0,a0,%lo(.LC53)
	call	put_num
	li	a0,0
	lw	ra,428(sp)
	lw	s0,424(sp)
	lw	s1,420(sp)
	lw	s2,416(sp)
	lw	s3,412(sp)
	lw	s4,408(sp)
	addi	sp,sp,432
	jr	ra
	.data
	.align	2
	.set	.LANCHOR0,. + 0
global:
	.word	1
	.word	2
	.word	3
	.word	4
	.word	5
	.word	6
	.word	7
	.word	8
	.bss
	.align	2
big:
	.zero	20480
