/* munmap + mmap: frames freed and reused for other code; MAP_FIXED over cached code. */
#include "gen.h"
#define MAP_FIXED 0x10
int main(void) {
  unsigned h = 1;
  unsigned *fixed = rwx(4096);
  for (int r = 0; r < 30; r++) {
    unsigned *code = rwx(4096 * 2);
    unsigned *p = code + (r * 7 % 1000);
    p[0] = ADDI(A0, A0, r); p[1] = MUL(A0, A0, A0); p[2] = RET;
    for (int i = 0; i < 30; i++) h = hashu(h, ((fn1)p)(i));
    munmap(code, 8192);
    /* a fresh zero page at the same address as cached code */
    unsigned *again = mmap(fixed, 4096, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    again[r] = ADDI(A0, A0, 2 * r + 1); again[r + 1] = RET;
    h = hashu(h, ((fn1)(again + r))(r));
    if (r % 3 == 0) {
      /* data over the freed frames, then call the old address: must fault in the child */
      unsigned *data = mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
      for (int i = 0; i < 2048; i++) data[i] = 0x00000013; /* nop sled */
      munmap(data, 8192);
    }
  }
  put_num("h: ", (long)h);
  int pid = fork();
  if (pid == 0) {
    unsigned *code = rwx(4096);
    code[0] = RET;
    ((fn1)code)(0);
    munmap(code, 4096);
    ((fn1)code)(0); /* SIGSEGV */
    exit(0);
  }
  siginfo_t si; waitid(P_PID, pid, &si, WEXITED);
  put_num("unmapped call: ", si.si_status);
  return h & 0x7f;
}
