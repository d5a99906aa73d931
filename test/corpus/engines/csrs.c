/* cycle and instret CSRs read mid-loop and in blocks: exact counts at every read. */
#include "gen.h"
static unsigned rdcycle(void) { unsigned v; __asm__ volatile("rdcycle %0" : "=r"(v)); return v; }
static unsigned rdinstret(void) { unsigned v; __asm__ volatile("rdinstret %0" : "=r"(v)); return v; }
static unsigned rdtime(void) { unsigned v; __asm__ volatile("rdtime %0" : "=r"(v)); return v; }
int main(void) {
  unsigned h = 0;
  static unsigned big[4096 * 4];
  for (int i = 0; i < 3000; i++) {
    big[(i * 1031) % (4096 * 4)] += i;
    if (i % 97 == 0) { h = hashu(h, rdcycle()); h = hashu(h, rdinstret()); h = hashu(h, rdtime()); }
  }
  put_num("cycle ", (long)rdcycle()); put_num("instret ", (long)rdinstret()); put_num("h ", (long)h);
  return 0;
}
