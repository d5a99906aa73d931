/* Switch statements: dense ones become jump tables, sparse ones compare chains. */
#include "vmlab.h"

const char *day(int d) {
  switch (d) {
    case 0: return "sunday";
    case 1: return "monday";
    case 2: return "tuesday";
    case 3: return "wednesday";
    case 4: return "thursday";
    case 5: return "friday";
    case 6: return "saturday";
    default: return "?";
  }
}

int step(int state, char c) {
  switch (state) {
    case 0: return c == 'a' ? 1 : 0;
    case 1: return c == 'b' ? 2 : c == 'a' ? 1 : 0;
    case 2: return c == 'c' ? 3 : c == 'a' ? 1 : 0;
    case 3: return 3;
    case 4: return 4;
    case 5: return state * c;
    case 6: return state + c;
    case 7: return state - c;
    default: return -1;
  }
}

int sparse(int x) {
  switch (x) {
    case 1: return 10;
    case 100: return 20;
    case 1000: return 30;
    case 10000: return 40;
    case -5: return 50;
    default: return 0;
  }
}

int main(void) {
  for (int d = 0; d < 8; d++) printf("%d %s\n", d, day(d));
  const char *text = "xxababcx";
  int state = 0;
  for (const char *p = text; *p; p++) state = step(state, *p);
  printf("state %d\n", state);
  printf("sparse %d %d %d %d\n", sparse(1), sparse(1000), sparse(-5), sparse(7));
  return state;
}
