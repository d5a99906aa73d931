/*
 * mincore: a byte per page, 1 for a page in memory. Anonymous pages show once touched; a file's
 * pages show once the page cache has them, touched through the mapping or not (read() here); the
 * errors in Linux's order. The file is read first, so that qemu's host agrees on what is cached.
 */
#include "sys.h"

static long mincore(void *start, size_t length, unsigned char *vec) { return sys6(232, (long)start, length, (long)vec, 0, 0, 0); }

static void show(const char *label, const unsigned char *vec, int n) {
  char line[80];
  int i = 0;
  for (; i < n; i++) line[i] = '0' + vec[i];
  line[i++] = '\n';
  puts_(label);
  write(1, line, i);
}

int main(void) {
  unsigned char vec[16];
  memset(vec, 0, sizeof vec);
  char *anon = mmap(0, 8 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  put_num("fresh: ", mincore(anon, 8 * 4096, vec));
  show(" ", vec, 8);
  anon[0] = 1;
  anon[3 * 4096 + 5] = 1;
  put_num("two touched: ", mincore(anon, 8 * 4096 - 100, vec));
  show(" ", vec, 8);
  put_num("part of the range: ", mincore(anon + 3 * 4096, 1, vec));
  show(" ", vec, 1);
  put_num("unaligned: ", mincore(anon + 1, 4096, vec));
  put_num("length 0: ", mincore(anon, 0, vec));
  put_num("length 0, unaligned: ", mincore(anon + 1, 0, vec));

  // A hole: -ENOMEM. (Linux writes the bytes before it; qemu-riscv32 checks the whole range
  // first and writes none: test/kernel/mincore.test.ts checks Linux's way.)
  munmap(anon + 5 * 4096, 4096);
  put_num("over a hole: ", mincore(anon, 8 * 4096, vec));
  put_num("from the hole: ", mincore(anon + 5 * 4096, 4096, vec));

  // The vector: read-only memory is -EFAULT.
  unsigned char *ro = mmap(0, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  put_num("vector not writable: ", mincore(anon, 4096, ro));

  // A file read with read(): its pages are in the cache, so a fresh mapping's show at once.
  int fd = open("poem.txt", O_RDONLY, 0);
  char buf[200];
  put_num("read: ", read(fd, buf, sizeof buf) > 0);
  char *file = mmap(0, 4096, PROT_READ, MAP_PRIVATE, fd, 0);
  put_num("file page, untouched: ", mincore(file, 4096, vec));
  show(" ", vec, 1);

  int local;
  put_num("stack: ", mincore((void *)((long)&local & ~4095L), 4096, vec));
  show(" ", vec, 1);
  return 0;
}
