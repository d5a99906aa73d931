#!/bin/sh
# Rebuild the recorded executables of the engines' differential test (test/machine/engines.test.ts)
# from their C sources, with the flags of the C oracle programs (test/oracle/c-programs.ts);
# rwxdata and funcs-rwx are linked with -N (one read-write-execute segment). Run from anywhere.
set -e
cd "$(dirname "$0")/../../.."
CC="riscv64-unknown-elf-gcc -march=rv32im -mabi=ilp32 -O2 -nostdlib -static -ffreestanding -fno-builtin -Itest/c"
dir=test/corpus/engines
for name in asidleak bigtext csrs dualmap forkcode funcs guard jitgen mprot readcode remap ring selfexec stackexec swapcode; do
  $CC -o "$dir/$name.elf" test/c/crt0.S test/c/sys.c "$dir/$name.c"
done
$CC -Wl,-N -Wl,--no-relax -Wl,--no-warn-rwx-segments -o "$dir/rwxdata.elf" test/c/crt0.S test/c/sys.c "$dir/rwxdata.c"
$CC -Wl,-N -Wl,--no-relax -Wl,--no-warn-rwx-segments -o "$dir/funcs-rwx.elf" test/c/crt0.S test/c/sys.c "$dir/funcs.c"
