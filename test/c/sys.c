/* The system-call shim and the few library functions the oracle programs use. */
#include "sys.h"

long sys6(long n, long a, long b, long c, long d, long e, long f) {
  register long a0 __asm__("a0") = a;
  register long a1 __asm__("a1") = b;
  register long a2 __asm__("a2") = c;
  register long a3 __asm__("a3") = d;
  register long a4 __asm__("a4") = e;
  register long a5 __asm__("a5") = f;
  register long a7 __asm__("a7") = n;
  __asm__ volatile("ecall" : "+r"(a0) : "r"(a1), "r"(a2), "r"(a3), "r"(a4), "r"(a5), "r"(a7) : "memory");
  return a0;
}

int open(const char *path, int flags, int mode) { return sys6(56, AT_FDCWD, (long)path, flags, mode, 0, 0); }
int close(int fd) { return sys6(57, fd, 0, 0, 0, 0, 0); }
ssize_t read(int fd, void *buf, size_t n) { return sys6(63, fd, (long)buf, n, 0, 0, 0); }
ssize_t write(int fd, const void *buf, size_t n) { return sys6(64, fd, (long)buf, n, 0, 0, 0); }
off64_t lseek(int fd, off64_t offset, int whence) {
  off64_t result;
  long r = sys6(62, fd, (long)(offset >> 32), (long)offset, (long)&result, whence, 0);
  return r < 0 ? r : result;
}
void *mmap(void *addr, size_t len, int prot, int flags, int fd, long offset) {
  long r = sys6(222, (long)addr, len, prot, flags, fd, offset / 4096);
  return (unsigned long)r >= (unsigned long)-4095 ? MAP_FAILED : (void *)r;
}
int munmap(void *addr, size_t len) { return sys6(215, (long)addr, len, 0, 0, 0, 0); }
int mprotect(void *addr, size_t len, int prot) { return sys6(226, (long)addr, len, prot, 0, 0, 0); }
int msync(void *addr, size_t len, int flags) { return sys6(227, (long)addr, len, flags, 0, 0, 0); }
int unlink(const char *path) { return sys6(35, AT_FDCWD, (long)path, 0, 0, 0, 0); }
long brk(void *addr) { return sys6(214, (long)addr, 0, 0, 0, 0, 0); }
void exit(int status) {
  sys6(93, status, 0, 0, 0, 0, 0);
  for (;;) {
  }
}
/* clone(SIGCHLD, 0): fork */
int fork(void) { return sys6(220, SIGCHLD, 0, 0, 0, 0, 0); }
int execve(const char *path, char *const argv[], char *const envp[]) {
  return sys6(221, (long)path, (long)argv, (long)envp, 0, 0, 0);
}
int waitid(int idtype, int id, siginfo_t *info, int options) { return sys6(95, idtype, id, (long)info, options, 0, 0); }
int getpid(void) { return sys6(172, 0, 0, 0, 0, 0, 0); }
int getppid(void) { return sys6(173, 0, 0, 0, 0, 0, 0); }
int kill(int pid, int sig) { return sys6(129, pid, sig, 0, 0, 0, 0); }
int sched_yield(void) { return sys6(124, 0, 0, 0, 0, 0, 0); }
int pipe2(int fds[2], int flags) { return sys6(59, (long)fds, flags, 0, 0, 0, 0); }
int dup(int fd) { return sys6(23, fd, 0, 0, 0, 0, 0); }
int dup3(int oldfd, int newfd, int flags) { return sys6(24, oldfd, newfd, flags, 0, 0, 0); }

/* statx(AT_FDCWD, path).stx_size, or a negative errno */
long file_size(const char *path) {
  unsigned int buf[64];
  long r = sys6(291, AT_FDCWD, (long)path, 0, 0x200, (long)buf, 0);
  return r < 0 ? r : (long)buf[10];
}

size_t strlen(const char *s) {
  size_t n = 0;
  while (s[n]) n++;
  return n;
}
void *memcpy(void *d, const void *s, size_t n) {
  char *dp = d;
  const char *sp = s;
  while (n--) *dp++ = *sp++;
  return d;
}
void *memset(void *d, int c, size_t n) {
  char *dp = d;
  while (n--) *dp++ = (char)c;
  return d;
}
int memcmp(const void *a, const void *b, size_t n) {
  const unsigned char *x = a, *y = b;
  for (; n; n--, x++, y++)
    if (*x != *y) return *x - *y;
  return 0;
}
void puts_(const char *s) { write(1, s, strlen(s)); }
void put_num(const char *label, long value) {
  char buf[16];
  int i = sizeof buf;
  unsigned long v = value < 0 ? -value : value;
  buf[--i] = '\n';
  do {
    buf[--i] = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  if (value < 0) buf[--i] = '-';
  puts_(label);
  write(1, buf + i, sizeof buf - i);
}
int streq(const char *a, const char *b) {
  while (*a && *a == *b) a++, b++;
  return *a == *b;
}
