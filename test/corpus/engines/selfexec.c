/* execve of itself, generations counting down through argv, each computing in between. */
#include "gen.h"
static unsigned work(unsigned n) { unsigned h = n; for (unsigned i = 0; i < 3000 + n * 100; i++) h = hashu(h, i); return h; }
int main(int argc, char **argv) {
  int gen = 0;
  if (argc > 1) for (const char *s = argv[1]; *s; s++) gen = gen * 10 + (*s - '0');
  put_num("gen ", gen);
  put_num("work ", (long)work(gen));
  if (gen >= 6) return gen;
  char num[4] = {(char)('0' + gen + 1), 0};
  char *args[] = {argv[0], num, gen & 1 ? "odd" : 0, 0};
  if (gen == 3) {
    int pid = fork();
    if (pid == 0) { char *a2[] = {argv[0], "9", 0}; execve(argv[0], a2, 0); exit(99); }
    siginfo_t si; waitid(P_PID, pid, &si, WEXITED);
    put_num("child ", si.si_status);
  }
  execve(argv[0], args, 0);
  return 100;
}
