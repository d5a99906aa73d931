/* Code generated into mmap'd pages: counted loops, rewritten in place with and without fence.i. */
#include "gen.h"
/* a0 += k, n times, as a loop: li t0,n; 1: addi a0,a0,k; addi t0,t0,-1; bnez t0,1b; ret */
static unsigned *emit_loop(unsigned *p, int n, int k) {
  *p++ = ADDI(T0, ZERO, n);
  *p++ = ADDI(A0, A0, k);
  *p++ = ADDI(T0, T0, -1);
  *p++ = BNE(T0, ZERO, -8);
  *p++ = RET;
  return p;
}
int main(int argc, char **argv) {
  unsigned *code = rwx(4 * 4096);
  unsigned h = 2166136261u;
  for (int round = 0; round < 6; round++) {
    for (int pg = 0; pg < 4; pg++) {
      unsigned *p = code + pg * 1024 + (round * 37 % 900);
      emit_loop(p, 50 + pg * 10 + round, round + pg + 1);
      if (round & 1) FENCE_I();
      int v = ((fn1)p)(round);
      h = hashu(h, v);
      put_num("v=", v);
    }
  }
  /* Rewrite only the increment, many times, calling in between (no fence.i). */
  unsigned *p = code + 3000;
  emit_loop(p, 100, 1);
  for (int k = 0; k < 200; k++) {
    p[1] = ADDI(A0, A0, k % 7);
    h = hashu(h, ((fn1)p)(k));
  }
  put_num("h=", (long)h);
  return h & 0x7f;
}
