/*
 * Built with -N (text and data in one read-write-execute segment, as `ld -N` makes it): globals
 * beside the code, stored to in a hot loop, so stores keep landing in frames of translated code.
 */
#include "gen.h"
static int counter;
static int table[64] = {1, 2, 3};
__attribute__((noinline)) static int bump(int x) {
  counter += x;
  table[x & 63] ^= counter;
  return counter;
}
int main(void) {
  int s = 0;
  for (int i = 0; i < 1000; i++) s += bump(i);
  put_num("s ", s);
  put_num("counter ", counter);
  put_num("table[5] ", table[5]);
  return s & 0x7f;
}
