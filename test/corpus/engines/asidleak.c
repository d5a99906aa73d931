/* Two processes, one virtual page, two frames: each must see only its own copy across switches. */
#include "gen.h"
static volatile int g[1024] __attribute__((aligned(4096)));
int main(void) {
  g[0] = 5;
  int pid = fork();
  int me = pid == 0 ? 2 : 1;
  g[0] = me; /* COW: separate frames */
  int bad = 0;
  for (int i = 0; i < 50; i++) {
    g[1] = i;
    if (g[0] != me) bad++;
    sched_yield();
    if (g[0] != me) bad++;
    g[0] = me;
  }
  if (pid == 0) { put_num("child bad ", bad); exit(bad); }
  siginfo_t si; waitid(P_PID, pid, &si, WEXITED);
  put_num("parent bad ", bad);
  return bad;
}
