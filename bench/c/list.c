/* list.c: a 16,384-node linked list in random order walked 40 times: a dependent load per step across 128 pages (bench:run). */
#include "../../test/c/sys.h"
struct node { struct node *next; int v; int pad[6]; };
static struct node pool[16384];
int main(void) {
  unsigned s = 1; int n = 16384;
  static int perm[16384]; for (int i = 0; i < n; i++) perm[i] = i;
  for (int i = n - 1; i > 0; i--) { s = s * 1103515245u + 12345u; int j = (s >> 8) % (i + 1); int t = perm[i]; perm[i] = perm[j]; perm[j] = t; }
  for (int i = 0; i < n; i++) { pool[perm[i]].next = &pool[perm[(i + 1) % n]]; pool[perm[i]].v = i; }
  long sum = 0; struct node *p = &pool[perm[0]];
  for (int k = 0; k < 40 * n; k++) { sum += p->v; p = p->next; }
  put_num("sum: ", sum); return 0;
}
