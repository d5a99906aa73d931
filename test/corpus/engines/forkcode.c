/* Copy-on-write of a code page: the child rewrites a routine both share; the parent keeps its own. */
#include "gen.h"
int main(void) {
  unsigned *code = rwx(4096);
  unsigned *p = code + 512;
  p[0] = ADDI(A0, A0, 3); p[1] = RET;
  FENCE_I();
  int s = 0;
  for (int i = 0; i < 500; i++) s = ((fn1)p)(s);
  put_num("parent before: ", s);
  int pid = fork();
  if (pid == 0) {
    int c = 0;
    for (int i = 0; i < 300; i++) c = ((fn1)p)(c);
    p[0] = ADDI(A0, A0, 5); /* a COW fault, then the new code */
    for (int i = 0; i < 300; i++) c = ((fn1)p)(c);
    put_num("child: ", c);
    int pid2 = fork();
    if (pid2 == 0) {
      p[0] = ADDI(A0, A0, 11);
      exit(((fn1)p)(0));
    }
    siginfo_t si;
    waitid(P_PID, pid2, &si, WEXITED);
    put_num("grandchild status: ", si.si_status);
    put_num("child after: ", ((fn1)p)(0));
    exit(c & 0xff);
  }
  siginfo_t si;
  waitid(P_PID, pid, &si, WEXITED);
  put_num("child status: ", si.si_status);
  for (int i = 0; i < 500; i++) s = ((fn1)p)(s);
  put_num("parent after: ", s);
  return 0;
}
