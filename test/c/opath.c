/*
 * O_PATH descriptors, which only name a file: open drops every other flag (O_TRUNC and O_CREAT
 * too, so the file keeps its data), read, write, lseek, mmap, ioctl, fsync, ftruncate and the
 * file's fcntl commands are -EBADF; fstat, dup, fchdir, the *at calls and fcntl's descriptor
 * commands work. With the memory-mapping edges qemu-riscv32 answers as Linux does: a range ending
 * at 4 GiB for madvise, MAP_HUGETLB on a file, PROT_SEM in mmap, PROT_GROWSDOWN and PROT_GROWSUP
 * in mprotect, and pipe2's O_NOTIFICATION_PIPE (Linux without watch queues).
 */
#include "sys.h"

#define O_PATH 010000000
#define O_DIRECTORY 0200000
#define O_EXCL 0200
#define MAP_HUGETLB 0x40000

static long call(long n, long a, long b, long c) { return sys6(n, a, b, c, 0, 0, 0); }

int main(void) {
  int fd = open("f.txt", O_RDWR | O_CREAT | O_TRUNC, 0644);
  write(fd, "data", 4);
  close(fd);
  put_num("O_PATH|O_CREAT of a new name: ", open("new.txt", O_PATH | O_CREAT, 0644));
  int p = open("f.txt", O_PATH | O_WRONLY | O_TRUNC | O_NONBLOCK | O_APPEND, 0);
  put_num("O_PATH|O_WRONLY|O_TRUNC opened: ", p >= 0);
  char b[16];
  put_num(" read: ", read(p, b, 4));
  put_num(" write: ", write(p, b, 1));
  put_num(" lseek: ", (long)lseek(p, 0, SEEK_SET));
  put_num(" pread64: ", sys6(67, p, (long)b, 4, 0, 0, 0));
  put_num(" mmap: ", sys6(222, 0, 4096, PROT_READ, MAP_PRIVATE, p, 0));
  put_num(" ioctl FIONREAD: ", call(29, p, 0x541b, (long)b));
  put_num(" fsync: ", call(82, p, 0, 0));
  put_num(" ftruncate64: ", call(46, p, 0, 0));
  put_num(" F_GETFL: ", call(25, p, 3, 0) & ~0100000);
  put_num(" F_SETFL: ", call(25, p, 4, 0));
  put_num(" F_GETPIPE_SZ: ", call(25, p, 1032, 0));
  put_num(" F_SETFD: ", call(25, p, 2, 1));
  put_num(" F_GETFD: ", call(25, p, 1, 0));
  int copy = dup(p);
  put_num(" dup: ", copy > p);
  put_num(" close of the copy: ", close(copy));
  unsigned st[26];
  put_num(" fstat: ", call(80, p, (long)st, 0));
  put_num("  size: ", st[12]);
  int r = open("f.txt", O_RDONLY, 0);
  put_num("the file still has: ", read(r, b, 16));
  close(r);
  int d = open(".", O_PATH | O_DIRECTORY, 0);
  put_num("O_PATH directory F_GETFL: ", call(25, d, 3, 0) & ~0100000);
  r = sys6(56, d, (long)"f.txt", O_RDONLY, 0, 0, 0);
  put_num(" openat through it: ", r >= 0 ? read(r, b, 16) : r);
  put_num(" fchdir: ", call(50, d, 0, 0));
  put_num(" fstat of the closed one: ", (close(p), call(80, p, (long)st, 0)));

  put_num("madvise to 4 GiB: ", call(233, 0xfffff000, 4096, 0));
  put_num("madvise of 0xffffffff bytes: ", call(233, 0x1000, 0xffffffff, 0));
  int file = open("f.txt", O_RDONLY, 0);
  put_num("mmap MAP_HUGETLB of a file: ", sys6(222, 0, 4096, PROT_READ, MAP_PRIVATE | MAP_HUGETLB, file, 0));
  long m = sys6(222, 0, 4096, PROT_READ | PROT_WRITE | 8, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  put_num("mmap with PROT_SEM: ", m > 0);
  put_num("mprotect PROT_GROWSDOWN off the stack: ", mprotect((void *)m, 4096, PROT_READ | 0x01000000));
  put_num("mprotect PROT_GROWSUP: ", mprotect((void *)m, 4096, PROT_READ | 0x02000000));
  put_num("mprotect both: ", mprotect((void *)m, 4096, PROT_READ | 0x03000000));
  int x = 1;
  put_num("mprotect PROT_GROWSDOWN on the stack: ", mprotect((void *)((long)&x & ~4095L), 4096, PROT_READ | PROT_WRITE | 0x01000000));
  x++;
  put_num(" the stack still takes stores: ", x);
  int fds[2];
  put_num("pipe2 O_NOTIFICATION_PIPE: ", pipe2(fds, O_EXCL));
  return 0;
}
