/* 64-bit arithmetic on RV32: multiply, divide (the runtime's __divdi3...), shifts, compares. */
#include "vmlab.h"

typedef long long i64;
typedef unsigned long long u64;

static u64 collatz_max(u64 n) {
  u64 max = n;
  while (n != 1) {
    n = n & 1 ? 3 * n + 1 : n / 2;
    if (n > max) max = n;
  }
  return max;
}

static u64 power(u64 base, unsigned e, u64 mod) {
  u64 r = 1;
  base %= mod;
  while (e) {
    if (e & 1) r = r * base % mod;
    base = base * base % mod;
    e >>= 1;
  }
  return r;
}

int main(void) {
  i64 a = -9876543210LL, b = 12345;
  printf("%lld %lld %lld %lld\n", a * b, a / b, a % b, a >> 7);
  printf("%llu\n", collatz_max(27));
  printf("%llu\n", power(3, 1000, 1000000007ULL));
  u64 x = 0xfedcba9876543210ULL;
  printf("%llx %llx %d\n", x << 12, x >> 20, (i64)x < 0);
  return (int)(power(2, 10, 1000) % 100);
}
