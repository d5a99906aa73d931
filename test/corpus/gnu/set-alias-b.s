# set-alias.s's other file: `elsewhere` is an alias of this file's `ext`.
        .data
        .globl  ext, elsewhere
ext:    .word   42
        .set    elsewhere, ext
