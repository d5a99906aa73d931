/* Structs: arrays of structs, passing and returning by value, nested structs, sorting. */
#include "vmlab.h"

struct point { int x, y; };
struct rect { struct point min, max; const char *name; };

static struct rect rects[] = {
  { { 0, 0 }, { 10, 5 }, "wide" },
  { { -3, -3 }, { 3, 3 }, "square" },
  { { 2, 1 }, { 4, 20 }, "tall" },
  { { 1, 1 }, { 2, 2 }, "tiny" },
};

static int area(struct rect r) { return (r.max.x - r.min.x) * (r.max.y - r.min.y); }

struct point centre(const struct rect *r) {
  struct point p = { (r->min.x + r->max.x) / 2, (r->min.y + r->max.y) / 2 };
  return p;
}

int main(void) {
  int n = sizeof rects / sizeof rects[0];
  for (int i = 1; i < n; i++) {
    struct rect key = rects[i];
    int j = i - 1;
    while (j >= 0 && area(rects[j]) > area(key)) {
      rects[j + 1] = rects[j];
      j--;
    }
    rects[j + 1] = key;
  }
  for (int i = 0; i < n; i++) {
    struct point c = centre(&rects[i]);
    printf("%s area %d centre (%d, %d)\n", rects[i].name, area(rects[i]), c.x, c.y);
  }
  return area(rects[0]);
}
