/* Matrices and function pointers: multiply, transpose, apply an operation chosen at run time. */
#include "vmlab.h"

#define N 6
typedef int matrix[N][N];

static void multiply(matrix a, matrix b, matrix out) {
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) {
      int s = 0;
      for (int k = 0; k < N; k++) s += a[i][k] * b[k][j];
      out[i][j] = s;
    }
}

static int add(int x, int y) { return x + y; }
static int mul(int x, int y) { return x * y; }
static int max(int x, int y) { return x > y ? x : y; }
static int (*const reducers[])(int, int) = { add, mul, max };

static int reduce(matrix m, int (*f)(int, int), int start) {
  int r = start;
  for (int i = 0; i < N; i++) r = f(r, m[i][i]);
  return r;
}

matrix a, b, c;

int main(void) {
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) {
      a[i][j] = i + j;
      b[i][j] = i == j ? 2 : (i - j) % 3;
    }
  multiply(a, b, c);
  for (int i = 0; i < N; i++) printf("%4d %4d %4d\n", c[i][0], c[i][1], c[i][5]);
  printf("%d %d %d\n", reduce(c, reducers[0], 0), reduce(c, reducers[1], 1) & 0xffff, reduce(c, reducers[2], 0));
  return c[2][3] & 0x7f;
}
