/* Recursion: Fibonacci, Ackermann, Towers of Hanoi. */
#include "vmlab.h"

static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int ackermann(int m, int n) {
  if (m == 0) return n + 1;
  if (n == 0) return ackermann(m - 1, 1);
  return ackermann(m - 1, ackermann(m, n - 1));
}

static int moves;
static void hanoi(int n, int from, int to, int via) {
  if (n == 0) return;
  hanoi(n - 1, from, via, to);
  moves++;
  hanoi(n - 1, via, to, from);
}

int main(void) {
  for (int i = 0; i < 20; i += 4) printf("fib(%d) = %d\n", i, fib(i));
  printf("ackermann(2, 3) = %d\n", ackermann(2, 3));
  hanoi(10, 1, 3, 2);
  printf("hanoi(10): %d moves\n", moves);
  return fib(10) % 7;
}
