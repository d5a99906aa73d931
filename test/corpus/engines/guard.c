/* Loads and stores that trap mid-block on a guard page, misaligned accesses in hot loops, in children. */
#include "gen.h"
static volatile unsigned sink;
static void child(int kind, unsigned *area) {
  int pid = fork();
  if (pid == 0) {
    volatile unsigned *p = area;
    unsigned s = 0;
    switch (kind) {
    case 0: for (int i = 0;; i++) s += p[i * 7]; break;                 /* load walks into PROT_NONE */
    case 1: for (int i = 0;; i++) { p[i] = s; s += i; } break;          /* store walks into it */
    case 2: for (int i = 0; i < 5000; i++) s += *(volatile unsigned *)((char *)area + (i == 4000 ? 2 : 0)); break;
    case 3: for (int i = 0; i < 5000; i++) *(volatile unsigned short *)((char *)area + (i == 4999 ? 1 : 2)) = i; break;
    case 4: for (int i = 0; i < 3000; i++) { s += p[i & 255]; if (i == 2999) s += *(volatile unsigned *)0; } break;
    }
    sink = s;
    exit(s & 0xff);
  }
  siginfo_t si; waitid(P_PID, pid, &si, WEXITED);
  put_num("kind ", kind); put_num("  code ", si.si_code); put_num("  status ", si.si_status);
}
int main(void) {
  unsigned *area = mmap(0, 5 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  mprotect(area + 3 * 1024, 4096, PROT_NONE);
  for (int k = 0; k < 5; k++) child(k, area);
  return 0;
}
