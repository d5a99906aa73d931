/* mprotect on pages with cached blocks: drop X (the call faults), patch under RW, back to RX. */
#include "gen.h"
static int run_child(unsigned *p, int prot) {
  int pid = fork();
  if (pid == 0) {
    mprotect((void *)((unsigned)p & ~4095u), 4096, prot);
    exit(((fn1)p)(1));
  }
  siginfo_t si; waitid(P_PID, pid, &si, WEXITED);
  put_num("  code: ", si.si_code); put_num("  status: ", si.si_status);
  return si.si_status;
}
int main(void) {
  unsigned *code = rwx(8192);
  unsigned *p = code + 1020; /* straddles the two pages */
  p[0] = ADDI(A0, A0, 1); p[1] = ADDI(A0, A0, 2); p[2] = ADDI(A0, A0, 3); p[3] = ADDI(A0, A0, 4); p[4] = RET;
  FENCE_I();
  int s = 0;
  for (int i = 0; i < 1000; i++) s += ((fn1)p)(i);
  put_num("s: ", s);
  puts_("no X:\n"); run_child(p, PROT_READ);
  puts_("no X on the second page:\n");
  {
    int pid = fork();
    if (pid == 0) { mprotect(code + 1024, 4096, PROT_READ | PROT_WRITE); exit(((fn1)p)(1)); }
    siginfo_t si; waitid(P_PID, pid, &si, WEXITED);
    put_num("  code: ", si.si_code); put_num("  status: ", si.si_status);
  }
  puts_("none:\n"); run_child(p, PROT_NONE);
  mprotect(code, 8192, PROT_READ | PROT_WRITE);
  p[1] = ADDI(A0, A0, 20);
  mprotect(code, 8192, PROT_READ | PROT_EXEC);
  put_num("patched: ", ((fn1)p)(0));
  /* A store into RX code: SIGSEGV */
  int pid = fork();
  if (pid == 0) { for (int i = 0; i < 100; i++) s += ((fn1)p)(i); p[2] = 0; exit(s & 0xff); }
  siginfo_t si; waitid(P_PID, pid, &si, WEXITED);
  put_num("store into rx: ", si.si_status);
  return 0;
}
