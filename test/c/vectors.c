/*
 * readv, writev, pread64 and pwrite64: iovec arrays read and written as one stream (to the
 * terminal, a file and a pipe), their counts and bad entries, and reads and writes at an offset
 * that leave the descriptor's own offset where it is (O_APPEND's pwrite appends, as Linux).
 */
#include "sys.h"

struct iovec {
  void *base;
  unsigned long len;
};

static long readv(int fd, struct iovec *v, int n) { return sys6(65, fd, (long)v, n, 0, 0, 0); }
static long writev(int fd, const struct iovec *v, int n) { return sys6(66, fd, (long)v, n, 0, 0, 0); }
static long pread64(int fd, void *buf, unsigned long n, long long at) {
  return sys6(67, fd, (long)buf, (long)n, (long)(at & 0xffffffff), (long)(at >> 32), 0);
}
static long pwrite64(int fd, const void *buf, unsigned long n, long long at) {
  return sys6(68, fd, (long)buf, (long)n, (long)(at & 0xffffffff), (long)(at >> 32), 0);
}

int main(void) {
  struct iovec hello[3] = {{"Hello", 5}, {", ", 2}, {"vectors\n", 8}};
  put_num("writev to stdout: ", writev(1, hello, 3));
  put_num("writev of no iovec: ", writev(1, hello, 0));
  put_num("writev of -1 iovecs: ", writev(1, hello, -1));
  put_num("writev of 1025 iovecs: ", writev(1, hello, 1025));
  struct iovec bad[2] = {{"ok\n", 3}, {(void *)16, 5}};
  put_num("writev with a bad second buffer: ", writev(1, bad, 2));
  put_num("writev with a bad iovec array: ", writev(1, (struct iovec *)16, 1));
  struct iovec huge[2] = {{"x", 1}, {"y", 0x80000000ul}};
  put_num("writev with a length of 2 GiB: ", writev(1, huge, 2));

  int fd = open("v.txt", O_CREAT | O_RDWR, 0644);
  struct iovec parts[3] = {{"abc", 3}, {"", 0}, {"defgh", 5}};
  put_num("writev to a file: ", writev(fd, parts, 3));
  lseek(fd, 0, SEEK_SET);
  char a[2], b[3], c[10];
  memset(c, '.', sizeof c);
  struct iovec into[3] = {{a, 2}, {b, 3}, {c, 10}};
  put_num("readv from a file: ", readv(fd, into, 3));
  put_num("a[1]: ", a[1]);
  put_num("b[2]: ", b[2]);
  put_num("c[2]: ", c[2]);
  put_num("c[3]: ", c[3]);
  put_num("pwrite at 100: ", pwrite64(fd, "Z", 1, 100));
  put_num("offset after it: ", (long)lseek(fd, 0, SEEK_CUR));
  put_num("size: ", (long)lseek(fd, 0, SEEK_END));
  char three[4] = {0};
  put_num("pread at 2: ", pread64(fd, three, 3, 2));
  puts_(three);
  puts_("\n");
  put_num("offset after it: ", (long)lseek(fd, 0, SEEK_CUR));
  put_num("pread past the end: ", pread64(fd, three, 3, 200));
  put_num("pread at -1: ", pread64(fd, three, 3, -1));
  put_num("pread of a closed descriptor: ", pread64(77, three, 3, 0));
  put_num("pwrite to a bad buffer: ", pwrite64(fd, (void *)16, 3, 0));
  put_num("pread at 2^63 - 1: ", pread64(fd, three, 3, 0x7fffffffffffffffLL));
  put_num("pwrite at 2^63 - 1: ", pwrite64(fd, "x", 1, 0x7fffffffffffffffLL));
  /* Ending at 2^63 - 1 exactly is allowed (Linux's rw_verify_area): nothing read there, a write too big. */
  put_num("pread of 0 at 2^63 - 1: ", pread64(fd, three, 0, 0x7fffffffffffffffLL));
  put_num("pread of 1 at 2^63 - 2: ", pread64(fd, three, 1, 0x7ffffffffffffffeLL));
  put_num("pwrite of 0 at 2^63 - 1: ", pwrite64(fd, "x", 0, 0x7fffffffffffffffLL));
  put_num("pwrite of 1 at 2^63 - 2: ", pwrite64(fd, "x", 1, 0x7ffffffffffffffeLL));
  char *m = mmap(0, 0x40000000, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  struct iovec two_gib[2] = {{m, 0x40000000}, {m, 0x40000000}};
  lseek(fd, 95, SEEK_SET);
  put_num("readv of 2 GiB in all (cut, as Linux cuts it): ", readv(fd, two_gib, 2));
  close(fd);
  int dir = open(".", O_RDONLY | 0200000, 0); /* O_DIRECTORY */
  struct iovec none[1] = {{three, 0}};
  put_num("readv of nothing from a directory: ", readv(dir, none, 1));
  put_num("readv of a byte from a directory: ", readv(dir, into, 1));
  close(dir);

  fd = open("a.txt", O_CREAT | O_RDWR | O_APPEND, 0644);
  put_num("append: ", write(fd, "1234", 4));
  put_num("pwrite at 0 with O_APPEND: ", pwrite64(fd, "X", 1, 0));
  put_num("offset after it: ", (long)lseek(fd, 0, SEEK_CUR));
  close(fd);
  fd = open("a.txt", O_RDONLY, 0);
  put_num("pwrite to a read-only descriptor: ", pwrite64(fd, "X", 1, 0));
  close(fd);

  int fds[2];
  pipe2(fds, 0);
  put_num("pread of a pipe: ", pread64(fds[0], three, 1, 0));
  put_num("pwrite of a pipe: ", pwrite64(fds[1], "q", 1, 0));
  struct iovec out[2] = {{"pi", 2}, {"ped\n", 4}};
  put_num("writev to a pipe: ", writev(fds[1], out, 2));
  char p1[3], p2[8];
  memset(p2, 0, sizeof p2);
  struct iovec in[2] = {{p1, 3}, {p2, 8}};
  put_num("readv from a pipe: ", readv(fds[0], in, 2));
  put_num("p1[2]: ", p1[2]);
  puts_(p2);
  return 0;
}
