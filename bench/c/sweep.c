/* sweep.c: touch one word in every page of a 4 MiB array, ROUNDS times: with 1,024 pages
 * against a 64-entry DTLB, nearly every access misses and walks (bench:run). */
#include "../../test/c/sys.h"

#define PAGES 1024
#define ROUNDS 2000

static int pages[PAGES][1024];

int main(void) {
  int sum = 0;
  for (int round = 0; round < ROUNDS; round++)
    for (int p = 0; p < PAGES; p++) {
      pages[p][round & 1023] += p;
      sum += pages[p][(round * 7) & 1023];
    }
  put_num("sum: ", sum);
  return 0;
}
