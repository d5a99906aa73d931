/* A large function: loops and ifs whose bodies are longer than a branch reaches (4 KiB). */
#include "vmlab.h"

volatile int sink;
#define S1(i) sink = sink * 3 + (i);
#define S10(i) S1(i) S1(i + 1) S1(i + 2) S1(i + 3) S1(i + 4) S1(i + 5) S1(i + 6) S1(i + 7) S1(i + 8) S1(i + 9)
#define S100(i) S10(i) S10(i + 10) S10(i + 20) S10(i + 30) S10(i + 40) S10(i + 50) S10(i + 60) S10(i + 70) S10(i + 80) S10(i + 90)

int work(int n) {
  int total = 0;
  for (int k = 0; k < n; k++) {
    if (k & 1) {
      S100(0) S100(100) S100(200) S100(300)
    } else {
      S100(400)
    }
    total += sink & 0xff;
  }
  return total;
}

int main(void) {
  sink = 1;
  int t = work(5);
  printf("work %d sink %d\n", t, sink);
  return t & 0x7f;
}
