	.text
	.section	.rodata
	.align	2
.LC0:
	.string	"open input: "
	.align	2
.LC1:
	.string	"read: "
	.align	2
.LC2:
	.string	"\n"
	.align	2
.LC3:
	.string	"lseek end: "
	.align	2
.LC4:
	.string	"lseek back 6: "
	.align	2
.LC5:
	.string	"read tail: "
	.align	2
.LC6:
	.string	"read at end: "
	.align	2
.LC7:
	.string	"close: "
	.align	2
.LC8:
	.string	"close again: "
	.align	2
.LC9:
	.string	"no-such-file"
	.align	2
.LC10:
	.string	"open missing: "
	.align	2
.LC11:
	.string	"x"
	.align	2
.LC12:
	.string	"write read-only fd: "
	.align	2
.LC13:
	.string	"out.txt"
	.align	2
.LC14:
	.string	"create: "
	.align	2
.LC15:
	.string	"first line\n"
	.align	2
.LC16:
	.string	"write: "
	.align	2
.LC17:
	.string	"second line\n"
	.align	2
.LC18:
	.string	"append: "
	.align	2
.LC19:
	.string	"read back: "
	.align	2
.LC20:
	.string	"gone.txt"
	.align	2
.LC21:
	.string	"temporary"
	.align	2
.LC22:
	.string	"unlink: "
	.align	2
.LC23:
	.string	"open unlinked: "
	.align	2
.LC24:
	.string	"bad buffer: "
	.text
	.align	2
	.globl	main
main:
	li	a5,2
	beq	a0,a5,.L8
	li	a0,1
	ret
.L8:
	addi	sp,sp,-272
	sw	ra,268(sp)
	sw	s0,264(sp)
	sw	s1,260(sp)
	sw	s2,256(sp)
	mv	s1,a1
	li	a2,0
	li	a1,0
	lw	a0,4(s1)
	call	open
	mv	s0,a0
	slti	a1,a0,3
	xori	a1,a1,1
	lui	a0,%hi(.LC0)
	addi	a0,a0,%lo(.LC0)
	call	put_num
	li	a2,10
	mv	a1,sp
	mv	a0,s0
	call	read
	mv	s2,a0
	mv	a1,a0
	lui	a0,%hi(.LC1)
	addi	a0,a0,%lo(.LC1)
	call	put_num
	mv	a2,s2
	mv	a1,sp
	li	a0,1
	call	write
	lui	a0,%hi(.LC2)
	addi	a0,a0,%lo(.LC2)
	call	puts_
	li	a3,2
	li	a1,0
	li	a2,0
	mv	a0,s0
	call	lseek
	mv	a1,a0
	lui	a0,%hi(.LC3)
	addi	a0,a0,%lo(.LC3)
	call	put_num
	li	a3,1
	li	a1,-6
	li	a2,-1
	mv	a0,s0
	call	lseek
	mv	a1,a0
	lui	a0,%hi(.LC4)
	addi	a0,a0,%lo(.LC4)
	call	put_num
	li	a2,256
	mv	a1,sp
	mv	a0,s0
	call	read
	mv	s2,a0
	mv	a1,a0
	lui	a0,%hi(.LC5)
	addi	a0,a0,%lo(.LC5)
	call	put_num
	mv	a2,s2
	mv	a1,sp
	li	a0,1
	call	write
	li	a2,256
	mv	a1,sp
	mv	a0,s0
	call	read
	mv	a1,a0
	lui	a0,%hi(.LC6)
	addi	a0,a0,%lo(.LC6)
	call	put_num
	mv	a0,s0
	call	close
	mv	a1,a0
	lui	a0,%hi(.LC7)
	addi	a0,a0,%lo(.LC7)
	call	put_num
	mv	a0,s0
	call	close
	mv	a1,a0
	lui	a0,%hi(.LC8)
	addi	a0,a0,%lo(.LC8)
	call	put_num
	li	a2,0
	li	a1,0
	lui	a0,%hi(.LC9)
	addi	a0,a0,%lo(.LC9)
	call	open
	mv	a1,a0
	lui	a0,%hi(.LC10)
	addi	a0,a0,%lo(.LC10)
	call	put_num
	li	a2,0
	li	a1,0
	lw	a0,4(s1)
	call	open
	li	a2,1
	lui	a1,%hi(.LC11)
	addi	a1,a1,%lo(.LC11)
	call	write
	mv	a1,a0
	lui	a0,%hi(.LC12)
	addi	a0,a0,%lo(.LC12)
	call	put_num
	li	a2,420
	li	a1,577
	lui	s1,%hi(.LC13)
	addi	a0,s1,%lo(.LC13)
	call	open
	mv	s0,a0
	slti	a1,a0,3
	xori	a1,a1,1
	lui	a0,%hi(.LC14)
	addi	a0,a0,%lo(.LC14)
	call	put_num
	li	a2,11
	lui	a1,%hi(.LC15)
	addi	a1,a1,%lo(.LC15)
	mv	a0,s0
	call	write
	mv	a1,a0
	lui	a0,%hi(.LC16)
	addi	a0,a0,%lo(.LC16)
	call	put_num
	mv	a0,s0
	call	close
	li	a2,0
	li	a1,1025
	addi	a0,s1,%lo(.LC13)
	call	open
	mv	s0,a0
	li	a2,12
	lui	a1,%hi(.LC17)
	addi	a1,a1,%lo(.LC17)
	call	write
	mv	a1,a0
	lui	a0,%hi(.LC18)
	addi	a0,a0,%lo(.LC18)
	call	put_num
	mv	a0,s0
	call	close
	li	a2,0
	li	a1,0
	addi	a0,s1,%lo(.LC13)
	call	open
	mv	s1,a0
	li	a2,256
	mv	a1,sp
	call	read
	mv	s0,a0
	mv	a1,a0
	lui	a0,%hi(.LC19)
	addi	a0,a0,%lo(.LC19)
	call	put_num
	mv	a2,s0
	mv	a1,sp
	li	a0,1
	call	write
	mv	a0,s1
	call	close
	li	a2,420
	li	a1,65
	lui	s0,%hi(.LC20)
	addi	a0,s0,%lo(.LC20)
	call	open
	mv	s1,a0
	li	a2,9
	lui	a1,%hi(.LC21)
	addi	a1,a1,%lo(.LC21)
	call	write
	mv	a0,s1
	call	close
	addi	a0,s0,%lo(.LC20)
	call	unlink
	mv	a1,a0
	lui	a0,%hi(.LC22)
	addi	a0,a0,%lo(.LC22)
	call	put_num
	li	a2,0
	li	a1,0
	addi	a0,s0,%lo(.LC20)
	call	open
	mv	a1,a0
	lui	a0,%hi(.LC23)
	addi	a0,a0,%lo(.LC23)
	call	put_num
	li	a2,4
	li	a1,16
	li	a0,1
	call	write
	mv	a1,a0
	lui	a0,%hi(.LC24)
	addi	a0,a0,%lo(.LC24)
	call	put_num
	li	a0,0
	lw	ra,268(sp)
	lw	s0,264(sp)
	lw	s1,260(sp)
	lw	s2,256(sp)
	addi	sp,sp,272
	jr	ra
