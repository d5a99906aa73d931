/* The sieve of Eratosthenes over a zeroed (.bss) array. */
#include "vmlab.h"

#define N 20000
static char composite[N];

int main(void) {
  int count = 0, last = 0;
  for (int i = 2; i < N; i++) {
    if (composite[i]) continue;
    count++;
    last = i;
    for (int j = i * 2; j < N; j += i) composite[j] = 1;
  }
  printf("%d primes below %d, the last %d\n", count, N, last);
  return count % 256;
}
