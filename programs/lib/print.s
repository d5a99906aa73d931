# print: output for the programs that print messages and numbers. No stack and no memory
# writes, so a child process that prints touches none of the pages it shares copy-on-write.
#   puts:   a0: a NUL-terminated string, written to stdout
#   putdec: a0: an unsigned value, written in decimal
#   puthex: a0: a value, written as 0x and 8 hex digits
# Each returns with ret and uses t0-t3, a0-a2 and a7 only.
        .text
puts:   mv      a1, a0                  # write(1, s, strlen(s))
        mv      t0, a0
.Lputs_end:
        lbu     t1, 0(t0)
        beqz    t1, .Lputs_write
        addi    t0, t0, 1
        j       .Lputs_end
.Lputs_write:
        sub     a2, t0, a1
        li      a0, 1
        li      a7, 64
        ecall
        ret

putdec: mv      t0, a0                  # t1 = the highest power of ten not above the value (1 for 0)
        li      t1, 1
        li      t2, 10
.Lputdec_up:
        divu    t3, t0, t1
        bltu    t3, t2, .Lputdec_digit
        mul     t1, t1, t2
        j       .Lputdec_up
.Lputdec_digit:
        divu    t3, t0, t1              # one digit a write: write(1, &digits[d], 1)
        remu    t0, t0, t1
        la      a1, .Lprint_digits + 2
        add     a1, a1, t3
        li      a0, 1
        li      a2, 1
        li      a7, 64
        ecall
        divu    t1, t1, t2
        bnez    t1, .Lputdec_digit
        ret

puthex: mv      t0, a0
        li      a0, 1                   # write(1, "0x", 2)
        la      a1, .Lprint_digits
        li      a2, 2
        li      a7, 64
        ecall
        li      t1, 28                  # then each nibble, the highest first
.Lputhex_digit:
        srl     t3, t0, t1
        andi    t3, t3, 15
        la      a1, .Lprint_digits + 2
        add     a1, a1, t3
        li      a0, 1
        li      a2, 1
        li      a7, 64
        ecall
        addi    t1, t1, -4
        bgez    t1, .Lputhex_digit
        ret

        .section .rodata
.Lprint_digits:
        .ascii  "0x0123456789abcdef"
        .text
