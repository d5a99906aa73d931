/* One frame at two virtual addresses: a shared file mapping written through one, executed through the other. */
#include "gen.h"
int main(void) {
  int fd = open("code.bin", O_RDWR | O_CREAT | O_TRUNC, 0644);
  static unsigned zero[2048];
  write(fd, zero, sizeof zero);
  unsigned *w = mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  unsigned *x = mmap(0, 8192, PROT_READ | PROT_EXEC, MAP_SHARED, fd, 0);
  if (w == MAP_FAILED || x == MAP_FAILED) { puts_("mmap failed\n"); return 1; }
  long total = 0;
  for (int k = 0; k < 40; k++) {
    int at = (k * 13) % 2000;
    w[at] = ADDI(A0, A0, k); w[at + 1] = ADDI(A0, A0, 1); w[at + 2] = RET;
    for (int i = 0; i < 20; i++) total += ((fn1)(x + at))(i);
    w[at + 1] = ADDI(A0, A0, 2); /* the second instruction of a cached block */
    for (int i = 0; i < 20; i++) total += ((fn1)(x + at))(i);
  }
  put_num("total: ", total);
  /* A second process maps the file and rewrites the routine the parent runs. */
  w[100] = ADDI(A0, A0, 7); w[101] = RET;
  int before = ((fn1)(x + 100))(0);
  int pid = fork();
  if (pid == 0) { w[100] = ADDI(A0, A0, 9); exit(0); }
  siginfo_t si; waitid(P_PID, pid, &si, WEXITED);
  int after = ((fn1)(x + 100))(0);
  put_num("before: ", before); put_num("after: ", after);
  close(fd);
  return (int)(total & 0x7f);
}
