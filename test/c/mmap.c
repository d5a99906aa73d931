/* Mappings: anonymous memory, mprotect, munmap, brk, and private and shared file mappings. */
#include "sys.h"

static unsigned sum(const unsigned char *p, long n) {
  unsigned s = 0;
  for (long i = 0; i < n; i++) s = s * 31 + p[i];
  return s;
}

int main(int argc, char **argv) {
  if (argc != 2) return 1;
  /* anonymous memory: zero until written */
  unsigned char *anon = mmap(0, 3 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  put_num("anon mapped: ", anon != MAP_FAILED);
  put_num("anon zero: ", anon[5000] == 0);
  for (int i = 0; i < 3 * 4096; i++) anon[i] = (unsigned char)i;
  put_num("anon sum: ", sum(anon, 3 * 4096));
  put_num("mprotect ro: ", mprotect(anon, 4096, PROT_READ));
  put_num("still readable: ", anon[7]);
  put_num("munmap middle: ", munmap(anon + 4096, 4096));
  put_num("last page kept: ", anon[2 * 4096 + 1]);
  put_num("munmap unaligned: ", munmap(anon + 1, 4096));
  put_num("mmap len 0: ", (long)mmap(0, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));

  /* brk */
  long start = brk(0);
  long grown = brk((void *)(start + 10000));
  put_num("brk grew: ", grown - start);
  memset((void *)start, 7, 10000);
  put_num("heap sum: ", sum((unsigned char *)start, 10000));
  put_num("brk shrink: ", brk((void *)start) - start);

  /* a private file mapping: writes stay in the mapping */
  int fd = open(argv[1], O_RDWR, 0);
  long size = file_size(argv[1]);
  char *priv = mmap(0, size, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
  put_num("private sum: ", sum((unsigned char *)priv, size));
  priv[0] = 'P';
  char first;
  lseek(fd, 0, SEEK_SET);
  read(fd, &first, 1);
  put_num("file unchanged by private write: ", first != 'P');

  /* a shared file mapping: writes reach the file */
  char *shared = mmap(0, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  shared[1] = 'S';
  put_num("msync: ", msync(shared, 4096, MS_SYNC));
  char second[2];
  lseek(fd, 0, SEEK_SET);
  read(fd, second, 2);
  put_num("file has shared write: ", second[1] == 'S');
  put_num("munmap shared: ", munmap(shared, size));
  int ro = open(argv[1], O_RDONLY, 0);
  put_num("shared writable on read-only fd: ", (long)mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, ro, 0));
  return 0;
}
