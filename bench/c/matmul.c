/* matmul.c: multiply two 96x96 integer matrices, ROUNDS times (bench:run). */
#include "../../test/c/sys.h"

#define N 96
#define ROUNDS 4

static int a[N][N], b[N][N], c[N][N];

int main(void) {
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) {
      a[i][j] = i + 2 * j;
      b[i][j] = i - j;
    }
  int trace = 0;
  for (int round = 0; round < ROUNDS; round++) {
    for (int i = 0; i < N; i++)
      for (int j = 0; j < N; j++) {
        int sum = 0;
        for (int k = 0; k < N; k++) sum += a[i][k] * b[k][j];
        c[i][j] = sum;
      }
    a[round][round] += c[N - 1 - round][round];
    trace = 0;
    for (int i = 0; i < N; i++) trace += c[i][i];
  }
  put_num("trace: ", trace);
  return 0;
}
