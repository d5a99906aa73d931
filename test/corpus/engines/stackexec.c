/* Code copied to the stack, the heap (brk) and a read-only mapping, then called: each must fault (children). */
#include "gen.h"
static void try(int where) {
  int pid = fork();
  if (pid == 0) {
    unsigned local[4];
    unsigned *p = local;
    if (where == 1) { long b = brk(0); brk((void *)(b + 4096)); p = (unsigned *)b; }
    if (where == 2) { p = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0); }
    p[0] = ADDI(A0, A0, 1); p[1] = RET;
    if (where == 2) mprotect(p, 4096, PROT_READ);
    exit(((fn1)p)(41));
  }
  siginfo_t si; waitid(P_PID, pid, &si, WEXITED);
  put_num("where ", where); put_num("  code ", si.si_code); put_num("  status ", si.si_status);
}
int main(void) { for (int w = 0; w < 3; w++) try(w); return 0; }
