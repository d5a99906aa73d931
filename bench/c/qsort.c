/* qsort.c: a quicksort through a comparison function, of 20,000 numbers, 3 times: calls through a pointer, byte-wise swaps (bench:run). */
#include "../../test/c/sys.h"
#define N 20000
static int a[N];
typedef int (*cmp_t)(const void *, const void *);
static int cmpint(const void *x, const void *y) { int p = *(const int *)x, q = *(const int *)y; return (p > q) - (p < q); }
static void swap(char *x, char *y, size_t n) { while (n--) { char t = *x; *x++ = *y; *y++ = t; } }
static void qs(char *base, size_t n, size_t sz, cmp_t cmp) {
  while (n > 1) {
    char *pivot = base + (n / 2) * sz; swap(base, pivot, sz);
    size_t last = 0;
    for (size_t i = 1; i < n; i++) if (cmp(base + i * sz, base) < 0) swap(base + (++last) * sz, base + i * sz, sz);
    swap(base, base + last * sz, sz);
    qs(base, last, sz, cmp); base += (last + 1) * sz; n -= last + 1;
  }
}
int main(void) {
  unsigned s = 12345;
  for (int r = 0; r < 3; r++) {
    for (int i = 0; i < N; i++) { s = s * 1103515245u + 12345u; a[i] = (int)(s >> 8); }
    qs((char *)a, N, sizeof a[0], cmpint);
  }
  long sum = 0; for (int i = 0; i < N; i += 100) sum += a[i] & 0xffff;
  put_num("sum: ", sum); return 0;
}
