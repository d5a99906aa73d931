#!/bin/sh
# Rebuild the recorded benchmark executables (bench/c/*.elf) from their C sources with the GNU
# toolchain, as the C oracle programs are built (test/oracle/c-programs.ts). Run from anywhere.
set -e
cd "$(dirname "$0")/../.."
for name in sieve crc32 matmul sweep fib qsort strings bytecode list; do
  riscv64-unknown-elf-gcc -march=rv32im -mabi=ilp32 -O2 -nostdlib -static -ffreestanding -fno-builtin \
    -o "bench/c/$name.elf" test/c/crt0.S test/c/sys.c "bench/c/$name.c"
done
