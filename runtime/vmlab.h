/* vmlab's C runtime: system calls (Linux rv32 numbers) and a tiny printf. Freestanding: compile
 * with riscv64-unknown-elf-gcc -march=rv32im -mabi=ilp32 -ffreestanding -nostdlib, together with
 * runtime/crt0.s and runtime/vmlab.c (see docs/assembler.md). */
#ifndef VMLAB_H
#define VMLAB_H

typedef unsigned int size_t;
typedef int ssize_t;

ssize_t write(int fd, const void *buf, size_t n);
ssize_t read(int fd, void *buf, size_t n);
void exit(int status) __attribute__((noreturn));
void *sbrk(int increment);

size_t strlen(const char *s);
void *memset(void *dst, int c, size_t n);
void *memcpy(void *dst, const void *src, size_t n);
int strcmp(const char *a, const char *b);

/* printf with %d %i %u %x %c %s %% and the l and ll length modifiers, with an optional field
 * width (and 0 padding); writes to standard output, returns the number of bytes written. */
int printf(const char *format, ...);
int puts(const char *s);

#endif
