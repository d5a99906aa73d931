/* A ring of processes passing a token through pipes, each computing between hops. */
#include "gen.h"
#define N 4
static unsigned work(unsigned v, int n) { for (int i = 0; i < n; i++) v = hashu(v, i) + (v >> 7); return v; }
int main(void) {
  int fds[N][2];
  for (int i = 0; i < N; i++) pipe2(fds[i], 0);
  for (int i = 1; i < N; i++) {
    if (fork() == 0) {
      for (int round = 0; round < 5; round++) {
        unsigned v;
        read(fds[i - 1][0], &v, 4);
        v = work(v, 500 + i * 37);
        write(fds[i][1], &v, 4);
      }
      exit(i);
    }
  }
  unsigned v = 1;
  for (int round = 0; round < 5; round++) {
    write(fds[0][1], &v, 4);
    /* compute while the others work */
    unsigned w = work(v, 2000);
    read(fds[N - 1][0], &v, 4);
    v ^= w;
    put_num("round ", (long)v);
  }
  for (int i = 1; i < N; i++) { siginfo_t si; waitid(P_ALL, 0, &si, WEXITED); }
  return v & 0x7f;
}
