/*
 * madvise: MADV_DONTNEED drops pages (a private anonymous page comes back zero-filled, a shared
 * file page as the file holds it), the hints do nothing visible, an unaligned address is EINVAL.
 * (qemu-riscv32 7.2 answers 0 for unknown advice, for a range with a hole and for MADV_FREE of a
 * file mapping, where Linux answers EINVAL, ENOMEM, EINVAL: test/kernel/mman.test.ts has those.)
 */
#include "sys.h"

#define MADV_NORMAL 0
#define MADV_WILLNEED 3
#define MADV_DONTNEED 4
#define MADV_FREE 8

static long madvise(void *addr, unsigned long len, int advice) { return sys6(233, (long)addr, (long)len, advice, 0, 0, 0); }

int main(void) {
  volatile char *a = mmap(0, 3 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  for (int i = 0; i < 3; i++) a[i * 4096] = 'A' + i;
  put_num("dontneed the middle page: ", madvise((void *)(a + 4096), 4096, MADV_DONTNEED));
  put_num("page 0: ", a[0]);
  put_num("page 1: ", a[4096]);
  put_num("page 2: ", a[8192]);
  a[4096] = 'Q';
  put_num("page 1 written again: ", a[4096]);
  put_num("free page 1: ", madvise((void *)(a + 4096), 4096, MADV_FREE));
  put_num("willneed: ", madvise((void *)a, 3 * 4096, MADV_WILLNEED));
  put_num("normal, length 1: ", madvise((void *)a, 1, MADV_NORMAL));
  put_num("length 0: ", madvise((void *)a, 0, MADV_DONTNEED));
  put_num("unaligned: ", madvise((void *)(a + 1), 4096, MADV_DONTNEED));

  int fd = open("shared.txt", O_CREAT | O_RDWR | O_TRUNC, 0644);
  write(fd, "shared page\n", 12);
  volatile char *s = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  s[0] = 'S';
  put_num("dontneed a shared page: ", madvise((void *)s, 4096, MADV_DONTNEED));
  put_num("its byte 0: ", s[0]);
  munmap((void *)s, 4096);
  close(fd);
  return 0;
}
