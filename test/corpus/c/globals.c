/* Globals: initialized and zero, small (.sdata/.sbss) and large (.data/.bss), static locals. */
#include "vmlab.h"

int counter = 5;
int zero;
short small_init = -2;
char flag;
int table[64] = { 1, 2, 3 };
int big_zero[1000];
long long wide = 0x123456789abcdefLL;
static int hidden = 7;

static int next_id(void) {
  static int id = 100;
  return id++;
}

int main(void) {
  for (int i = 0; i < 1000; i++) big_zero[i] = i;
  for (int i = 3; i < 64; i++) table[i] = table[i - 1] + table[i - 2];
  zero += counter;
  flag = 'x';
  int a = next_id(), b = next_id();
  printf("%d %d %d %c %d %d %d %d %llx\n", counter, zero, small_init, flag, table[20], big_zero[999], a, b, wide);
  return hidden + table[5];
}
