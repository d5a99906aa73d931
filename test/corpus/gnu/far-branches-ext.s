.globl ext
.text
ext: ret
