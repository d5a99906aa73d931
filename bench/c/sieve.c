/* sieve.c: count the primes below N with the sieve of Eratosthenes, ROUNDS times (bench:run). */
#include "../../test/c/sys.h"

#define N 200000
#define ROUNDS 8

static unsigned char composite[N];

int main(void) {
  int count = 0;
  for (int round = 0; round < ROUNDS; round++) {
    for (int i = 0; i < N; i++) composite[i] = 0;
    count = 0;
    for (int i = 2; i < N; i++) {
      if (composite[i]) continue;
      count++;
      for (int j = 2 * i; j < N; j += i) composite[j] = 1;
    }
  }
  put_num("primes below 200000: ", count);
  return 0;
}
