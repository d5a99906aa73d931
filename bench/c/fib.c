/* fib.c: the naive recursive Fibonacci of 27: calls, returns and the blocks gcc -O2 makes of them (bench:run). */
#include "../../test/c/sys.h"
static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
int main(void) { put_num("fib: ", fib(27)); return 0; }
