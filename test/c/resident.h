/* mincore, and a line of which pages of a range are in memory (0 or 1 each; ? if mincore fails). */
#ifndef RESIDENT_H
#define RESIDENT_H
#include "sys.h"

static long mincore(void *start, size_t length, unsigned char *vec) { return sys6(232, (long)start, length, (long)vec, 0, 0, 0); }

/** `label`, then a digit per page of the `pages` (at most 16) pages at `at`. */
static void show(const char *label, void *at, int pages) {
  unsigned char vec[16];
  char line[20];
  long r = mincore(at, pages * 4096, vec);
  int i = 0;
  for (; i < pages; i++) line[i] = r == 0 ? '0' + vec[i] : '?';
  line[i++] = '\n';
  puts_(label);
  write(1, line, i);
}
#endif
