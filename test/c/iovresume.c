/*
 * readv and writev that block on a pipe read their iovec array once, at the start of the call, as
 * Linux does: the array is in shared memory, and a child changes it while the parent is blocked
 * (a writev of 100,000 bytes into a pipe that holds 65,536; a readv of an empty pipe).
 */
#include "sys.h"

struct iovec {
  void *base;
  unsigned long len;
};

static long readv(int fd, struct iovec *v, int n) { return sys6(65, fd, (long)v, n, 0, 0, 0); }
static long writev(int fd, const struct iovec *v, int n) { return sys6(66, fd, (long)v, n, 0, 0, 0); }
static void nap(void) {
  long long ts[2] = {0, 200000000};
  sys6(407, 1, 0, (long)ts, 0, 0, 0);
}
static void reap(int pid) {
  siginfo_t info;
  waitid(P_PID, pid, &info, WEXITED);
}

static char S[100000], T[100000], R[200000];

int main(void) {
  for (int i = 0; i < 100000; i++) {
    S[i] = 's';
    T[i] = 't';
  }
  struct iovec *v = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  v[0].base = S;
  v[0].len = 100000;
  int p[2];
  pipe2(p, 0);
  int pid = fork();
  if (pid == 0) {
    close(p[1]);
    nap();
    v[0].base = T;
    v[0].len = 70000;
    long total = 0, n, s = 0;
    while ((n = read(p[0], R + total, sizeof R - total)) > 0) total += n;
    for (long i = 0; i < total; i++) s += R[i] == 's';
    put_num("the child read: ", total);
    put_num("of them s: ", s);
    exit(0);
  }
  close(p[0]);
  put_num("writev: ", writev(p[1], v, 1));
  close(p[1]);
  reap(pid);

  static char A[16], B[16];
  v[0].base = A;
  v[0].len = 10;
  pipe2(p, 0);
  pid = fork();
  if (pid == 0) {
    nap();
    v[0].base = B;
    v[0].len = 3;
    write(p[1], "hello", 5);
    exit(0);
  }
  close(p[1]);
  put_num("readv: ", readv(p[0], v, 1));
  puts_("A=");
  puts_(A);
  puts_(" B=");
  puts_(B);
  puts_("\n");
  reap(pid);
  return 0;
}
