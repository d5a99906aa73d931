/* Recursion, function pointers, jump tables and computed gotos (jalr into the middle of blocks). */
#include "gen.h"
static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
static int f0(int x) { return x + 1; }
static int f1(int x) { return x * 3; }
static int f2(int x) { return x ^ 0x55; }
static int f3(int x) { return x - 7; }
static int (*const tab[4])(int) = {f0, f1, f2, f3};
static int sw(int k, int x) {
  switch (k) {
  case 0: return x + 3; case 1: return x * 5; case 2: return x - 9; case 3: return x << 2;
  case 4: return x >> 1; case 5: return ~x; case 6: return x | 17; case 7: return x & 0xfff;
  default: return x;
  }
}
static int interp(const unsigned char *prog, int n) {
  static void *ops[] = {&&add, &&mul, &&sub, &&jmp, &&end};
  int acc = 1, pc = 0, steps = 0;
  goto *ops[prog[pc]];
add: acc += prog[pc + 1]; pc += 2; steps++; goto *ops[prog[pc]];
mul: acc *= prog[pc + 1]; pc += 2; steps++; goto *ops[prog[pc]];
sub: acc -= prog[pc + 1]; pc += 2; steps++; if (steps > n) goto end; goto *ops[prog[pc]];
jmp: pc = prog[pc + 1]; steps++; if (steps > n) goto end; goto *ops[prog[pc]];
end: return acc + steps;
}
int main(void) {
  unsigned h = 3;
  h = hashu(h, fib(18));
  int x = 1;
  for (int i = 0; i < 20000; i++) x = tab[(x >> 3) & 3](x) + sw(i % 9, x);
  h = hashu(h, x);
  static const unsigned char prog[] = {0, 3, 1, 3, 2, 1, 0, 5, 3, 2, 4};
  h = hashu(h, interp(prog, 5000));
  put_num("h: ", (long)h);
  return h & 0x7f;
}
