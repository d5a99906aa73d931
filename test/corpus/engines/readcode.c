/* read() from a file and from a pipe into a page of cached code; a child writes code into the pipe. */
#include "gen.h"
int main(void) {
  unsigned *code = rwx(4096);
  code[0] = ADDI(A0, A0, 1); code[1] = RET;
  code[10] = ADDI(A0, A0, 1); code[11] = ADDI(A0, A0, 1); code[12] = RET;
  FENCE_I();
  int s = 0;
  for (int i = 0; i < 200; i++) s = ((fn1)code)(s) + ((fn1)(code + 10))(0);
  int fd = open("c.bin", O_RDWR | O_CREAT | O_TRUNC, 0644);
  unsigned blob[3] = {ADDI(A0, A0, 50), ADDI(A0, A0, 50), RET};
  write(fd, blob, 12); lseek(fd, 0, SEEK_SET);
  read(fd, code + 10, 12);  /* over a whole cached block */
  s += ((fn1)(code + 10))(0);
  lseek(fd, 4, SEEK_SET);
  read(fd, code + 11, 4);   /* over the middle of it */
  s += ((fn1)(code + 10))(0);
  int fds[2]; pipe2(fds, 0);
  if (fork() == 0) {
    unsigned r[2] = {ADDI(A0, A0, 33), RET};
    for (int i = 0; i < 3; i++) { r[0] = ADDI(A0, A0, 33 + i); write(fds[1], r, 8); sched_yield(); }
    exit(0);
  }
  for (int i = 0; i < 3; i++) { read(fds[0], code, 8); s += ((fn1)code)(0); put_num("s ", s); }
  siginfo_t si; waitid(P_ALL, 0, &si, WEXITED);
  return s & 0x7f;
}
