	.file	"bigfunc.c"
	.option nopic
	.attribute arch, "rv32i2p1_m2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	2
	.globl	work
	.type	work, @function
work:
	mv	a3,a0
	ble	a0,zero,.L6
	li	a5,0
	li	a0,0
	j	.L5
.L10:
	.LA0: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA0)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	.LA1: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA1)(a2)
	.LA2: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA2)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,1
	.LA3: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA3)(a2)
	.LA4: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA4)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,2
	.LA5: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA5)(a2)
	.LA6: auipc	a4,%pcrel_hi(sink)
	lw	a4,%pcrel_lo(.LA6)(a4)
	addi	a4,a4,1
	slli	a2,a4,1
	add	a4,a2,a4
	.LA7: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA7)(a2)
	.LA8: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA8)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,4
	.LA9: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA9)(a2)
	.LA10: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA10)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,5
	.LA11: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA11)(a2)
	.LA12: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA12)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,6
	.LA13: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA13)(a2)
	.LA14: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA14)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,7
	.LA15: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA15)(a2)
	.LA16: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA16)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,8
	.LA17: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA17)(a2)
	.LA18: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA18)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,9
	.LA19: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA19)(a2)
	.LA20: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA20)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,10
	.LA21: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA21)(a2)
	.LA22: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA22)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,11
	.LA23: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA23)(a2)
	.LA24: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA24)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,12
	.LA25: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA25)(a2)
	.LA26: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA26)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,13
	.LA27: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA27)(a2)
	.LA28: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA28)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,14
	.LA29: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA29)(a2)
	.LA30: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA30)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,15
	.LA31: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA31)(a2)
	.LA32: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA32)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,16
	.LA33: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA33)(a2)
	.LA34: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA34)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,17
	.LA35: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA35)(a2)
	.LA36: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA36)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,18
	.LA37: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA37)(a2)
	.LA38: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA38)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,19
	.LA39: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA39)(a2)
	.LA40: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA40)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,20
	.LA41: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA41)(a2)
	.LA42: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA42)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,21
	.LA43: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA43)(a2)
	.LA44: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA44)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,22
	.LA45: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA45)(a2)
	.LA46: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA46)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,23
	.LA47: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA47)(a2)
	.LA48: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA48)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,24
	.LA49: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA49)(a2)
	.LA50: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA50)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,25
	.LA51: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA51)(a2)
	.LA52: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA52)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,26
	.LA53: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA53)(a2)
	.LA54: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA54)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,27
	.LA55: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA55)(a2)
	.LA56: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA56)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,28
	.LA57: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA57)(a2)
	.LA58: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA58)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,29
	.LA59: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA59)(a2)
	.LA60: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA60)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,30
	.LA61: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA61)(a2)
	.LA62: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA62)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,31
	.LA63: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA63)(a2)
	.LA64: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA64)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,32
	.LA65: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA65)(a2)
	.LA66: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA66)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,33
	.LA67: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA67)(a2)
	.LA68: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA68)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,34
	.LA69: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA69)(a2)
	.LA70: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA70)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,35
	.LA71: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA71)(a2)
	.LA72: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA72)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,36
	.LA73: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA73)(a2)
	.LA74: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA74)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,37
	.LA75: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA75)(a2)
	.LA76: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA76)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,38
	.LA77: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA77)(a2)
	.LA78: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA78)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,39
	.LA79: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA79)(a2)
	.LA80: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA80)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,40
	.LA81: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA81)(a2)
	.LA82: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA82)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,41
	.LA83: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA83)(a2)
	.LA84: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA84)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,42
	.LA85: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA85)(a2)
	.LA86: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA86)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,43
	.LA87: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA87)(a2)
	.LA88: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA88)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,44
	.LA89: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA89)(a2)
	.LA90: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA90)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,45
	.LA91: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA91)(a2)
	.LA92: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA92)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,46
	.LA93: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA93)(a2)
	.LA94: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA94)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,47
	.LA95: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA95)(a2)
	.LA96: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA96)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,48
	.LA97: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA97)(a2)
	.LA98: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA98)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,49
	.LA99: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA99)(a2)
	.LA100: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA100)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,50
	.LA101: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA101)(a2)
	.LA102: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA102)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,51
	.LA103: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA103)(a2)
	.LA104: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA104)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,52
	.LA105: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA105)(a2)
	.LA106: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA106)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,53
	.LA107: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA107)(a2)
	.LA108: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA108)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,54
	.LA109: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA109)(a2)
	.LA110: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA110)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,55
	.LA111: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA111)(a2)
	.LA112: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA112)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,56
	.LA113: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA113)(a2)
	.LA114: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA114)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,57
	.LA115: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA115)(a2)
	.LA116: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA116)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,58
	.LA117: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA117)(a2)
	.LA118: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA118)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,59
	.LA119: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA119)(a2)
	.LA120: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA120)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,60
	.LA121: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA121)(a2)
	.LA122: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA122)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,61
	.LA123: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA123)(a2)
	.LA124: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA124)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,62
	.LA125: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA125)(a2)
	.LA126: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA126)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,63
	.LA127: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA127)(a2)
	.LA128: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA128)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,64
	.LA129: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA129)(a2)
	.LA130: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA130)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,65
	.LA131: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA131)(a2)
	.LA132: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA132)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,66
	.LA133: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA133)(a2)
	.LA134: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA134)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,67
	.LA135: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA135)(a2)
	.LA136: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA136)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,68
	.LA137: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA137)(a2)
	.LA138: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA138)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,69
	.LA139: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA139)(a2)
	.LA140: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA140)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,70
	.LA141: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA141)(a2)
	.LA142: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA142)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,71
	.LA143: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA143)(a2)
	.LA144: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA144)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,72
	.LA145: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA145)(a2)
	.LA146: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA146)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,73
	.LA147: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA147)(a2)
	.LA148: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA148)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,74
	.LA149: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA149)(a2)
	.LA150: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA150)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,75
	.LA151: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA151)(a2)
	.LA152: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA152)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,76
	.LA153: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA153)(a2)
	.LA154: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA154)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,77
	.LA155: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA155)(a2)
	.LA156: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA156)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,78
	.LA157: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA157)(a2)
	.LA158: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA158)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,79
	.LA159: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA159)(a2)
	.LA160: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA160)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,80
	.LA161: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA161)(a2)
	.LA162: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA162)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,81
	.LA163: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA163)(a2)
	.LA164: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA164)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,82
	.LA165: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA165)(a2)
	.LA166: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA166)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,83
	.LA167: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA167)(a2)
	.LA168: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA168)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,84
	.LA169: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA169)(a2)
	.LA170: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA170)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,85
	.LA171: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA171)(a2)
	.LA172: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA172)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,86
	.LA173: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA173)(a2)
	.LA174: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA174)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,87
	.LA175: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA175)(a2)
	.LA176: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA176)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,88
	.LA177: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA177)(a2)
	.LA178: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA178)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,89
	.LA179: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA179)(a2)
	.LA180: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA180)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,90
	.LA181: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA181)(a2)
	.LA182: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA182)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,91
	.LA183: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA183)(a2)
	.LA184: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA184)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,92
	.LA185: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA185)(a2)
	.LA186: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA186)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,93
	.LA187: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA187)(a2)
	.LA188: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA188)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,94
	.LA189: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA189)(a2)
	.LA190: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA190)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,95
	.LA191: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA191)(a2)
	.LA192: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA192)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,96
	.LA193: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA193)(a2)
	.LA194: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA194)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,97
	.LA195: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA195)(a2)
	.LA196: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA196)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,98
	.LA197: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA197)(a2)
	.LA198: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA198)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,99
	.LA199: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA199)(a2)
	.LA200: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA200)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,100
	.LA201: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA201)(a2)
	.LA202: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA202)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,101
	.LA203: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA203)(a2)
	.LA204: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA204)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,102
	.LA205: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA205)(a2)
	.LA206: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA206)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,103
	.LA207: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA207)(a2)
	.LA208: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA208)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,104
	.LA209: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA209)(a2)
	.LA210: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA210)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,105
	.LA211: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA211)(a2)
	.LA212: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA212)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,106
	.LA213: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA213)(a2)
	.LA214: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA214)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,107
	.LA215: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA215)(a2)
	.LA216: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA216)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,108
	.LA217: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA217)(a2)
	.LA218: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA218)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,109
	.LA219: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA219)(a2)
	.LA220: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA220)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,110
	.LA221: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA221)(a2)
	.LA222: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA222)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,111
	.LA223: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA223)(a2)
	.LA224: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA224)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,112
	.LA225: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA225)(a2)
	.LA226: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA226)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,113
	.LA227: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA227)(a2)
	.LA228: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA228)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,114
	.LA229: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA229)(a2)
	.LA230: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA230)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,115
	.LA231: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA231)(a2)
	.LA232: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA232)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,116
	.LA233: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA233)(a2)
	.LA234: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA234)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,117
	.LA235: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA235)(a2)
	.LA236: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA236)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,118
	.LA237: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA237)(a2)
	.LA238: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA238)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,119
	.LA239: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA239)(a2)
	.LA240: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA240)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,120
	.LA241: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA241)(a2)
	.LA242: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA242)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,121
	.LA243: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA243)(a2)
	.LA244: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA244)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,122
	.LA245: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA245)(a2)
	.LA246: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA246)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,123
	.LA247: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA247)(a2)
	.LA248: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA248)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,124
	.LA249: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA249)(a2)
	.LA250: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA250)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,125
	.LA251: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA251)(a2)
	.LA252: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA252)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,126
	.LA253: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA253)(a2)
	.LA254: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA254)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,127
	.LA255: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA255)(a2)
	.LA256: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA256)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,128
	.LA257: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA257)(a2)
	.LA258: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA258)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,129
	.LA259: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA259)(a2)
	.LA260: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA260)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,130
	.LA261: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA261)(a2)
	.LA262: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA262)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,131
	.LA263: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA263)(a2)
	.LA264: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA264)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,132
	.LA265: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA265)(a2)
	.LA266: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA266)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,133
	.LA267: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA267)(a2)
	.LA268: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA268)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,134
	.LA269: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA269)(a2)
	.LA270: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA270)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,135
	.LA271: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA271)(a2)
	.LA272: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA272)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,136
	.LA273: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA273)(a2)
	.LA274: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA274)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,137
	.LA275: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA275)(a2)
	.LA276: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA276)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,138
	.LA277: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA277)(a2)
	.LA278: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA278)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,139
	.LA279: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA279)(a2)
	.LA280: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA280)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,140
	.LA281: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA281)(a2)
	.LA282: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA282)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,141
	.LA283: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA283)(a2)
	.LA284: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA284)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,142
	.LA285: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA285)(a2)
	.LA286: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA286)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,143
	.LA287: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA287)(a2)
	.LA288: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA288)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,144
	.LA289: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA289)(a2)
	.LA290: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA290)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,145
	.LA291: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA291)(a2)
	.LA292: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA292)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,146
	.LA293: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA293)(a2)
	.LA294: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA294)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,147
	.LA295: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA295)(a2)
	.LA296: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA296)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,148
	.LA297: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA297)(a2)
	.LA298: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA298)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,149
	.LA299: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA299)(a2)
	.LA300: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA300)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,150
	.LA301: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA301)(a2)
	.LA302: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA302)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,151
	.LA303: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA303)(a2)
	.LA304: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA304)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,152
	.LA305: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA305)(a2)
	.LA306: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA306)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,153
	.LA307: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA307)(a2)
	.LA308: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA308)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,154
	.LA309: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA309)(a2)
	.LA310: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA310)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,155
	.LA311: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA311)(a2)
	.LA312: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA312)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,156
	.LA313: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA313)(a2)
	.LA314: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA314)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,157
	.LA315: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA315)(a2)
	.LA316: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA316)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,158
	.LA317: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA317)(a2)
	.LA318: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA318)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,159
	.LA319: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA319)(a2)
	.LA320: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA320)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,160
	.LA321: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA321)(a2)
	.LA322: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA322)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,161
	.LA323: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA323)(a2)
	.LA324: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA324)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,162
	.LA325: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA325)(a2)
	.LA326: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA326)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,163
	.LA327: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA327)(a2)
	.LA328: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA328)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,164
	.LA329: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA329)(a2)
	.LA330: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA330)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,165
	.LA331: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA331)(a2)
	.LA332: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA332)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,166
	.LA333: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA333)(a2)
	.LA334: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA334)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,167
	.LA335: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA335)(a2)
	.LA336: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA336)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,168
	.LA337: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA337)(a2)
	.LA338: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA338)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,169
	.LA339: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA339)(a2)
	.LA340: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA340)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,170
	.LA341: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA341)(a2)
	.LA342: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA342)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,171
	.LA343: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA343)(a2)
	.LA344: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA344)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,172
	.LA345: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA345)(a2)
	.LA346: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA346)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,173
	.LA347: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA347)(a2)
	.LA348: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA348)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,174
	.LA349: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA349)(a2)
	.LA350: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA350)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,175
	.LA351: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA351)(a2)
	.LA352: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA352)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,176
	.LA353: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA353)(a2)
	.LA354: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA354)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,177
	.LA355: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA355)(a2)
	.LA356: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA356)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,178
	.LA357: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA357)(a2)
	.LA358: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA358)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,179
	.LA359: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA359)(a2)
	.LA360: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA360)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,180
	.LA361: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA361)(a2)
	.LA362: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA362)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,181
	.LA363: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA363)(a2)
	.LA364: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA364)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,182
	.LA365: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA365)(a2)
	.LA366: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA366)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,183
	.LA367: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA367)(a2)
	.LA368: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA368)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,184
	.LA369: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA369)(a2)
	.LA370: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA370)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,185
	.LA371: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA371)(a2)
	.LA372: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA372)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,186
	.LA373: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA373)(a2)
	.LA374: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA374)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,187
	.LA375: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA375)(a2)
	.LA376: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA376)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,188
	.LA377: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA377)(a2)
	.LA378: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA378)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,189
	.LA379: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA379)(a2)
	.LA380: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA380)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,190
	.LA381: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA381)(a2)
	.LA382: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA382)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,191
	.LA383: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA383)(a2)
	.LA384: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA384)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,192
	.LA385: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA385)(a2)
	.LA386: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA386)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,193
	.LA387: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA387)(a2)
	.LA388: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA388)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,194
	.LA389: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA389)(a2)
	.LA390: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA390)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,195
	.LA391: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA391)(a2)
	.LA392: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA392)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,196
	.LA393: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA393)(a2)
	.LA394: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA394)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,197
	.LA395: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA395)(a2)
	.LA396: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA396)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,198
	.LA397: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA397)(a2)
	.LA398: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA398)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,199
	.LA399: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA399)(a2)
	.LA400: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA400)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,200
	.LA401: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA401)(a2)
	.LA402: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA402)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,201
	.LA403: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA403)(a2)
	.LA404: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA404)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,202
	.LA405: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA405)(a2)
	.LA406: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA406)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,203
	.LA407: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA407)(a2)
	.LA408: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA408)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,204
	.LA409: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA409)(a2)
	.LA410: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA410)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,205
	.LA411: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA411)(a2)
	.LA412: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA412)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,206
	.LA413: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA413)(a2)
	.LA414: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA414)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,207
	.LA415: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA415)(a2)
	.LA416: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA416)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,208
	.LA417: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA417)(a2)
	.LA418: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA418)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,209
	.LA419: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA419)(a2)
	.LA420: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA420)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,210
	.LA421: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA421)(a2)
	.LA422: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA422)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,211
	.LA423: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA423)(a2)
	.LA424: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA424)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,212
	.LA425: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA425)(a2)
	.LA426: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA426)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,213
	.LA427: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA427)(a2)
	.LA428: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA428)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,214
	.LA429: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA429)(a2)
	.LA430: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA430)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,215
	.LA431: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA431)(a2)
	.LA432: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA432)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,216
	.LA433: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA433)(a2)
	.LA434: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA434)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,217
	.LA435: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA435)(a2)
	.LA436: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA436)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,218
	.LA437: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA437)(a2)
	.LA438: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA438)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,219
	.LA439: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA439)(a2)
	.LA440: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA440)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,220
	.LA441: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA441)(a2)
	.LA442: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA442)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,221
	.LA443: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA443)(a2)
	.LA444: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA444)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,222
	.LA445: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA445)(a2)
	.LA446: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA446)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,223
	.LA447: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA447)(a2)
	.LA448: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA448)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,224
	.LA449: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA449)(a2)
	.LA450: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA450)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,225
	.LA451: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA451)(a2)
	.LA452: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA452)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,226
	.LA453: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA453)(a2)
	.LA454: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA454)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,227
	.LA455: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA455)(a2)
	.LA456: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA456)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,228
	.LA457: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA457)(a2)
	.LA458: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA458)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,229
	.LA459: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA459)(a2)
	.LA460: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA460)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,230
	.LA461: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA461)(a2)
	.LA462: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA462)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,231
	.LA463: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA463)(a2)
	.LA464: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA464)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,232
	.LA465: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA465)(a2)
	.LA466: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA466)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,233
	.LA467: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA467)(a2)
	.LA468: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA468)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,234
	.LA469: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA469)(a2)
	.LA470: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA470)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,235
	.LA471: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA471)(a2)
	.LA472: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA472)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,236
	.LA473: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA473)(a2)
	.LA474: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA474)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,237
	.LA475: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA475)(a2)
	.LA476: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA476)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,238
	.LA477: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA477)(a2)
	.LA478: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA478)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,239
	.LA479: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA479)(a2)
	.LA480: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA480)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,240
	.LA481: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA481)(a2)
	.LA482: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA482)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,241
	.LA483: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA483)(a2)
	.LA484: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA484)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,242
	.LA485: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA485)(a2)
	.LA486: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA486)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,243
	.LA487: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA487)(a2)
	.LA488: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA488)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,244
	.LA489: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA489)(a2)
	.LA490: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA490)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,245
	.LA491: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA491)(a2)
	.LA492: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA492)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,246
	.LA493: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA493)(a2)
	.LA494: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA494)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,247
	.LA495: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA495)(a2)
	.LA496: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA496)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,248
	.LA497: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA497)(a2)
	.LA498: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA498)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,249
	.LA499: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA499)(a2)
	.LA500: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA500)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,250
	.LA501: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA501)(a2)
	.LA502: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA502)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,251
	.LA503: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA503)(a2)
	.LA504: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA504)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,252
	.LA505: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA505)(a2)
	.LA506: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA506)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,253
	.LA507: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA507)(a2)
	.LA508: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA508)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,254
	.LA509: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA509)(a2)
	.LA510: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA510)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,255
	.LA511: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA511)(a2)
	.LA512: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA512)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,256
	.LA513: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA513)(a2)
	.LA514: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA514)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,257
	.LA515: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA515)(a2)
	.LA516: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA516)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,258
	.LA517: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA517)(a2)
	.LA518: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA518)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,259
	.LA519: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA519)(a2)
	.LA520: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA520)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,260
	.LA521: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA521)(a2)
	.LA522: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA522)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,261
	.LA523: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA523)(a2)
	.LA524: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA524)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,262
	.LA525: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA525)(a2)
	.LA526: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA526)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,263
	.LA527: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA527)(a2)
	.LA528: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA528)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,264
	.LA529: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA529)(a2)
	.LA530: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA530)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,265
	.LA531: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA531)(a2)
	.LA532: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA532)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,266
	.LA533: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA533)(a2)
	.LA534: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA534)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,267
	.LA535: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA535)(a2)
	.LA536: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA536)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,268
	.LA537: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA537)(a2)
	.LA538: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA538)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,269
	.LA539: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA539)(a2)
	.LA540: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA540)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,270
	.LA541: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA541)(a2)
	.LA542: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA542)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,271
	.LA543: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA543)(a2)
	.LA544: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA544)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,272
	.LA545: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA545)(a2)
	.LA546: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA546)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,273
	.LA547: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA547)(a2)
	.LA548: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA548)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,274
	.LA549: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA549)(a2)
	.LA550: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA550)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,275
	.LA551: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA551)(a2)
	.LA552: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA552)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,276
	.LA553: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA553)(a2)
	.LA554: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA554)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,277
	.LA555: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA555)(a2)
	.LA556: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA556)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,278
	.LA557: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA557)(a2)
	.LA558: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA558)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,279
	.LA559: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA559)(a2)
	.LA560: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA560)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,280
	.LA561: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA561)(a2)
	.LA562: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA562)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,281
	.LA563: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA563)(a2)
	.LA564: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA564)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,282
	.LA565: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA565)(a2)
	.LA566: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA566)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,283
	.LA567: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA567)(a2)
	.LA568: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA568)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,284
	.LA569: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA569)(a2)
	.LA570: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA570)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,285
	.LA571: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA571)(a2)
	.LA572: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA572)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,286
	.LA573: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA573)(a2)
	.LA574: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA574)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,287
	.LA575: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA575)(a2)
	.LA576: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA576)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,288
	.LA577: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA577)(a2)
	.LA578: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA578)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,289
	.LA579: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA579)(a2)
	.LA580: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA580)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,290
	.LA581: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA581)(a2)
	.LA582: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA582)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,291
	.LA583: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA583)(a2)
	.LA584: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA584)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,292
	.LA585: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA585)(a2)
	.LA586: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA586)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,293
	.LA587: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA587)(a2)
	.LA588: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA588)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,294
	.LA589: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA589)(a2)
	.LA590: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA590)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,295
	.LA591: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA591)(a2)
	.LA592: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA592)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,296
	.LA593: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA593)(a2)
	.LA594: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA594)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,297
	.LA595: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA595)(a2)
	.LA596: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA596)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,298
	.LA597: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA597)(a2)
	.LA598: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA598)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,299
	.LA599: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA599)(a2)
	.LA600: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA600)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,300
	.LA601: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA601)(a2)
	.LA602: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA602)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,301
	.LA603: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA603)(a2)
	.LA604: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA604)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,302
	.LA605: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA605)(a2)
	.LA606: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA606)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,303
	.LA607: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA607)(a2)
	.LA608: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA608)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,304
	.LA609: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA609)(a2)
	.LA610: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA610)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,305
	.LA611: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA611)(a2)
	.LA612: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA612)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,306
	.LA613: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA613)(a2)
	.LA614: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA614)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,307
	.LA615: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA615)(a2)
	.LA616: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA616)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,308
	.LA617: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA617)(a2)
	.LA618: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA618)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,309
	.LA619: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA619)(a2)
	.LA620: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA620)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,310
	.LA621: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA621)(a2)
	.LA622: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA622)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,311
	.LA623: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA623)(a2)
	.LA624: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA624)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,312
	.LA625: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA625)(a2)
	.LA626: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA626)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,313
	.LA627: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA627)(a2)
	.LA628: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA628)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,314
	.LA629: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA629)(a2)
	.LA630: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA630)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,315
	.LA631: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA631)(a2)
	.LA632: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA632)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,316
	.LA633: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA633)(a2)
	.LA634: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA634)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,317
	.LA635: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA635)(a2)
	.LA636: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA636)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,318
	.LA637: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA637)(a2)
	.LA638: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA638)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,319
	.LA639: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA639)(a2)
	.LA640: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA640)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,320
	.LA641: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA641)(a2)
	.LA642: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA642)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,321
	.LA643: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA643)(a2)
	.LA644: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA644)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,322
	.LA645: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA645)(a2)
	.LA646: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA646)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,323
	.LA647: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA647)(a2)
	.LA648: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA648)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,324
	.LA649: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA649)(a2)
	.LA650: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA650)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,325
	.LA651: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA651)(a2)
	.LA652: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA652)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,326
	.LA653: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA653)(a2)
	.LA654: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA654)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,327
	.LA655: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA655)(a2)
	.LA656: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA656)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,328
	.LA657: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA657)(a2)
	.LA658: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA658)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,329
	.LA659: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA659)(a2)
	.LA660: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA660)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,330
	.LA661: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA661)(a2)
	.LA662: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA662)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,331
	.LA663: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA663)(a2)
	.LA664: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA664)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,332
	.LA665: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA665)(a2)
	.LA666: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA666)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,333
	.LA667: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA667)(a2)
	.LA668: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA668)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,334
	.LA669: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA669)(a2)
	.LA670: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA670)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,335
	.LA671: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA671)(a2)
	.LA672: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA672)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,336
	.LA673: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA673)(a2)
	.LA674: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA674)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,337
	.LA675: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA675)(a2)
	.LA676: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA676)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,338
	.LA677: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA677)(a2)
	.LA678: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA678)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,339
	.LA679: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA679)(a2)
	.LA680: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA680)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,340
	.LA681: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA681)(a2)
	.LA682: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA682)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,341
	.LA683: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA683)(a2)
	.LA684: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA684)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,342
	.LA685: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA685)(a2)
	.LA686: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA686)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,343
	.LA687: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA687)(a2)
	.LA688: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA688)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,344
	.LA689: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA689)(a2)
	.LA690: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA690)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,345
	.LA691: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA691)(a2)
	.LA692: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA692)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,346
	.LA693: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA693)(a2)
	.LA694: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA694)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,347
	.LA695: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA695)(a2)
	.LA696: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA696)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,348
	.LA697: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA697)(a2)
	.LA698: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA698)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,349
	.LA699: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA699)(a2)
	.LA700: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA700)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,350
	.LA701: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA701)(a2)
	.LA702: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA702)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,351
	.LA703: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA703)(a2)
	.LA704: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA704)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,352
	.LA705: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA705)(a2)
	.LA706: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA706)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,353
	.LA707: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA707)(a2)
	.LA708: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA708)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,354
	.LA709: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA709)(a2)
	.LA710: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA710)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,355
	.LA711: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA711)(a2)
	.LA712: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA712)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,356
	.LA713: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA713)(a2)
	.LA714: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA714)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,357
	.LA715: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA715)(a2)
	.LA716: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA716)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,358
	.LA717: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA717)(a2)
	.LA718: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA718)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,359
	.LA719: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA719)(a2)
	.LA720: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA720)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,360
	.LA721: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA721)(a2)
	.LA722: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA722)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,361
	.LA723: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA723)(a2)
	.LA724: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA724)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,362
	.LA725: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA725)(a2)
	.LA726: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA726)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,363
	.LA727: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA727)(a2)
	.LA728: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA728)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,364
	.LA729: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA729)(a2)
	.LA730: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA730)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,365
	.LA731: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA731)(a2)
	.LA732: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA732)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,366
	.LA733: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA733)(a2)
	.LA734: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA734)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,367
	.LA735: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA735)(a2)
	.LA736: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA736)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,368
	.LA737: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA737)(a2)
	.LA738: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA738)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,369
	.LA739: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA739)(a2)
	.LA740: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA740)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,370
	.LA741: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA741)(a2)
	.LA742: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA742)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,371
	.LA743: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA743)(a2)
	.LA744: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA744)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,372
	.LA745: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA745)(a2)
	.LA746: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA746)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,373
	.LA747: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA747)(a2)
	.LA748: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA748)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,374
	.LA749: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA749)(a2)
	.LA750: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA750)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,375
	.LA751: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA751)(a2)
	.LA752: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA752)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,376
	.LA753: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA753)(a2)
	.LA754: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA754)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,377
	.LA755: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA755)(a2)
	.LA756: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA756)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,378
	.LA757: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA757)(a2)
	.LA758: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA758)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,379
	.LA759: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA759)(a2)
	.LA760: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA760)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,380
	.LA761: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA761)(a2)
	.LA762: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA762)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,381
	.LA763: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA763)(a2)
	.LA764: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA764)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,382
	.LA765: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA765)(a2)
	.LA766: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA766)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,383
	.LA767: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA767)(a2)
	.LA768: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA768)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,384
	.LA769: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA769)(a2)
	.LA770: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA770)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,385
	.LA771: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA771)(a2)
	.LA772: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA772)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,386
	.LA773: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA773)(a2)
	.LA774: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA774)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,387
	.LA775: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA775)(a2)
	.LA776: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA776)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,388
	.LA777: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA777)(a2)
	.LA778: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA778)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,389
	.LA779: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA779)(a2)
	.LA780: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA780)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,390
	.LA781: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA781)(a2)
	.LA782: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA782)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,391
	.LA783: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA783)(a2)
	.LA784: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA784)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,392
	.LA785: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA785)(a2)
	.LA786: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA786)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,393
	.LA787: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA787)(a2)
	.LA788: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA788)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,394
	.LA789: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA789)(a2)
	.LA790: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA790)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,395
	.LA791: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA791)(a2)
	.LA792: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA792)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,396
	.LA793: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA793)(a2)
	.LA794: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA794)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,397
	.LA795: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA795)(a2)
	.LA796: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA796)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,398
	.LA797: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA797)(a2)
	.LA798: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA798)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,399
	.LA799: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA799)(a2)
.L4:
	.LA1000: auipc	a4,%pcrel_hi(sink)
	lw	a4,%pcrel_lo(.LA1000)(a4)
	addi	a5,a5,1
	andi	a4,a4,255
	add	a0,a0,a4
	beq	a3,a5,.L9
.L5:
	andi	a4,a5,1
	bne	a4,zero,.L10
	.LA800: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA800)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,400
	.LA801: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA801)(a2)
	.LA802: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA802)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,401
	.LA803: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA803)(a2)
	.LA804: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA804)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,402
	.LA805: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA805)(a2)
	.LA806: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA806)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,403
	.LA807: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA807)(a2)
	.LA808: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA808)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,404
	.LA809: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA809)(a2)
	.LA810: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA810)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,405
	.LA811: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA811)(a2)
	.LA812: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA812)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,406
	.LA813: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA813)(a2)
	.LA814: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA814)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,407
	.LA815: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA815)(a2)
	.LA816: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA816)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,408
	.LA817: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA817)(a2)
	.LA818: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA818)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,409
	.LA819: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA819)(a2)
	.LA820: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA820)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,410
	.LA821: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA821)(a2)
	.LA822: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA822)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,411
	.LA823: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA823)(a2)
	.LA824: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA824)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,412
	.LA825: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA825)(a2)
	.LA826: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA826)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,413
	.LA827: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA827)(a2)
	.LA828: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA828)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,414
	.LA829: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA829)(a2)
	.LA830: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA830)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,415
	.LA831: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA831)(a2)
	.LA832: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA832)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,416
	.LA833: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA833)(a2)
	.LA834: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA834)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,417
	.LA835: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA835)(a2)
	.LA836: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA836)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,418
	.LA837: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA837)(a2)
	.LA838: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA838)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,419
	.LA839: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA839)(a2)
	.LA840: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA840)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,420
	.LA841: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA841)(a2)
	.LA842: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA842)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,421
	.LA843: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA843)(a2)
	.LA844: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA844)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,422
	.LA845: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA845)(a2)
	.LA846: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA846)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,423
	.LA847: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA847)(a2)
	.LA848: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA848)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,424
	.LA849: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA849)(a2)
	.LA850: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA850)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,425
	.LA851: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA851)(a2)
	.LA852: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA852)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,426
	.LA853: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA853)(a2)
	.LA854: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA854)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,427
	.LA855: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA855)(a2)
	.LA856: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA856)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,428
	.LA857: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA857)(a2)
	.LA858: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA858)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,429
	.LA859: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA859)(a2)
	.LA860: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA860)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,430
	.LA861: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA861)(a2)
	.LA862: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA862)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,431
	.LA863: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA863)(a2)
	.LA864: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA864)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,432
	.LA865: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA865)(a2)
	.LA866: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA866)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,433
	.LA867: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA867)(a2)
	.LA868: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA868)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,434
	.LA869: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA869)(a2)
	.LA870: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA870)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,435
	.LA871: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA871)(a2)
	.LA872: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA872)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,436
	.LA873: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA873)(a2)
	.LA874: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA874)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,437
	.LA875: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA875)(a2)
	.LA876: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA876)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,438
	.LA877: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA877)(a2)
	.LA878: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA878)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,439
	.LA879: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA879)(a2)
	.LA880: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA880)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,440
	.LA881: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA881)(a2)
	.LA882: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA882)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,441
	.LA883: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA883)(a2)
	.LA884: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA884)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,442
	.LA885: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA885)(a2)
	.LA886: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA886)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,443
	.LA887: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA887)(a2)
	.LA888: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA888)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,444
	.LA889: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA889)(a2)
	.LA890: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA890)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,445
	.LA891: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA891)(a2)
	.LA892: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA892)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,446
	.LA893: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA893)(a2)
	.LA894: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA894)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,447
	.LA895: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA895)(a2)
	.LA896: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA896)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,448
	.LA897: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA897)(a2)
	.LA898: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA898)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,449
	.LA899: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA899)(a2)
	.LA900: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA900)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,450
	.LA901: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA901)(a2)
	.LA902: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA902)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,451
	.LA903: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA903)(a2)
	.LA904: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA904)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,452
	.LA905: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA905)(a2)
	.LA906: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA906)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,453
	.LA907: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA907)(a2)
	.LA908: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA908)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,454
	.LA909: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA909)(a2)
	.LA910: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA910)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,455
	.LA911: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA911)(a2)
	.LA912: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA912)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,456
	.LA913: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA913)(a2)
	.LA914: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA914)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,457
	.LA915: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA915)(a2)
	.LA916: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA916)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,458
	.LA917: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA917)(a2)
	.LA918: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA918)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,459
	.LA919: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA919)(a2)
	.LA920: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA920)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,460
	.LA921: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA921)(a2)
	.LA922: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA922)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,461
	.LA923: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA923)(a2)
	.LA924: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA924)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,462
	.LA925: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA925)(a2)
	.LA926: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA926)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,463
	.LA927: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA927)(a2)
	.LA928: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA928)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,464
	.LA929: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA929)(a2)
	.LA930: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA930)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,465
	.LA931: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA931)(a2)
	.LA932: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA932)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,466
	.LA933: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA933)(a2)
	.LA934: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA934)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,467
	.LA935: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA935)(a2)
	.LA936: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA936)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,468
	.LA937: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA937)(a2)
	.LA938: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA938)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,469
	.LA939: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA939)(a2)
	.LA940: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA940)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,470
	.LA941: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA941)(a2)
	.LA942: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA942)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,471
	.LA943: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA943)(a2)
	.LA944: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA944)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,472
	.LA945: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA945)(a2)
	.LA946: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA946)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,473
	.LA947: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA947)(a2)
	.LA948: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA948)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,474
	.LA949: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA949)(a2)
	.LA950: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA950)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,475
	.LA951: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA951)(a2)
	.LA952: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA952)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,476
	.LA953: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA953)(a2)
	.LA954: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA954)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,477
	.LA955: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA955)(a2)
	.LA956: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA956)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,478
	.LA957: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA957)(a2)
	.LA958: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA958)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,479
	.LA959: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA959)(a2)
	.LA960: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA960)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,480
	.LA961: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA961)(a2)
	.LA962: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA962)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,481
	.LA963: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA963)(a2)
	.LA964: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA964)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,482
	.LA965: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA965)(a2)
	.LA966: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA966)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,483
	.LA967: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA967)(a2)
	.LA968: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA968)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,484
	.LA969: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA969)(a2)
	.LA970: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA970)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,485
	.LA971: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA971)(a2)
	.LA972: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA972)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,486
	.LA973: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA973)(a2)
	.LA974: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA974)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,487
	.LA975: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA975)(a2)
	.LA976: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA976)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,488
	.LA977: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA977)(a2)
	.LA978: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA978)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,489
	.LA979: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA979)(a2)
	.LA980: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA980)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,490
	.LA981: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA981)(a2)
	.LA982: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA982)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,491
	.LA983: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA983)(a2)
	.LA984: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA984)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,492
	.LA985: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA985)(a2)
	.LA986: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA986)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,493
	.LA987: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA987)(a2)
	.LA988: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA988)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,494
	.LA989: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA989)(a2)
	.LA990: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA990)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,495
	.LA991: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA991)(a2)
	.LA992: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA992)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,496
	.LA993: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA993)(a2)
	.LA994: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA994)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,497
	.LA995: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA995)(a2)
	.LA996: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA996)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,498
	.LA997: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA997)(a2)
	.LA998: auipc	a4,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA998)(a4)
	slli	a4,a2,1
	add	a4,a4,a2
	addi	a4,a4,499
	.LA999: auipc	a2,%pcrel_hi(sink)
	sw	a4,%pcrel_lo(.LA999)(a2)
	j	.L4
.L9:
	ret
.L6:
	li	a0,0
	ret
	.size	work, .-work
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
.LC0:
	.string	"work %d sink %d\n"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-16
	.LA1001: auipc	a5,%pcrel_hi(sink)
	li	a4,1
	li	a0,5
	sw	ra,12(sp)
	sw	s0,8(sp)
	sw	a4,%pcrel_lo(.LA1001)(a5)
	call	work
	.LA1002: auipc	a5,%pcrel_hi(sink)
	lw	a2,%pcrel_lo(.LA1002)(a5)
	mv	s0,a0
	.LA1003: auipc	a0,%pcrel_hi(.LC0)
	mv	a1,s0
	addi	a0,a0,%pcrel_lo(.LA1003)
	call	printf
	lw	ra,12(sp)
	andi	a0,s0,127
	lw	s0,8(sp)
	addi	sp,sp,16
	jr	ra
	.size	main, .-main
	.globl	sink
	.section	.sbss,"aw",@nobits
	.align	2
	.type	sink, @object
	.size	sink, 4
sink:
	.zero	4
	.ident	"GCC: (12.2.0-14+deb12u1+11+b2) 12.2.0"
