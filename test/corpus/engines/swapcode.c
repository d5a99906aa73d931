/* Generated code in many anonymous pages while data churns through a small RAM: code swapped out and in. */
#include "gen.h"
#define CODE_PAGES 12
#define DATA_PAGES 40
int main(void) {
  unsigned *code = rwx(CODE_PAGES * 4096);
  unsigned *data = mmap(0, DATA_PAGES * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  for (int pg = 0; pg < CODE_PAGES; pg++) {
    unsigned *p = code + pg * 1024 + (pg * 31 % 500);
    p[0] = ADDI(T0, ZERO, 20);
    p[1] = ADDI(A0, A0, pg + 1);
    p[2] = ADDI(T0, T0, -1);
    p[3] = BNE(T0, ZERO, -8);
    p[4] = RET;
  }
  FENCE_I();
  unsigned h = 7;
  for (int round = 0; round < 6; round++) {
    for (int pg = 0; pg < CODE_PAGES; pg++) {
      unsigned *p = code + pg * 1024 + (pg * 31 % 500);
      h = hashu(h, ((fn1)p)(round));
      for (int d = 0; d < DATA_PAGES; d += 3) data[d * 1024 + round] += h;
    }
    for (int d = 0; d < DATA_PAGES; d++) h = hashu(h, data[d * 1024 + round]);
    put_num("round ", (long)h);
  }
  return h & 0x7f;
}
