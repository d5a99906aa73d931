/* Sorting and searching: quicksort, binary search, a pseudo-random generator. */
#include "vmlab.h"

static unsigned seed = 12345;
static unsigned rnd(void) { return seed = seed * 1103515245u + 12345u; }

static void quicksort(int *a, int lo, int hi) {
  while (lo < hi) {
    int p = a[(lo + hi) / 2], i = lo, j = hi;
    while (i <= j) {
      while (a[i] < p) i++;
      while (a[j] > p) j--;
      if (i <= j) {
        int t = a[i];
        a[i++] = a[j];
        a[j--] = t;
      }
    }
    if (j - lo < hi - i) {
      quicksort(a, lo, j);
      lo = i;
    } else {
      quicksort(a, i, hi);
      hi = j;
    }
  }
}

static int search(const int *a, int n, int key) {
  int lo = 0, hi = n - 1;
  while (lo <= hi) {
    int mid = lo + (hi - lo) / 2;
    if (a[mid] == key) return mid;
    if (a[mid] < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

int data[500];

int main(void) {
  for (int i = 0; i < 500; i++) data[i] = (int)(rnd() >> 16) % 1000;
  quicksort(data, 0, 499);
  int sorted = 1;
  for (int i = 1; i < 500; i++) sorted &= data[i - 1] <= data[i];
  printf("sorted %d first %d last %d at %d\n", sorted, data[0], data[499], search(data, 500, data[250]) >= 0);
  return sorted;
}
