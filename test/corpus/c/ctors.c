/* Constructors (.init_array, run by runtime/crt0.s before main) and a small heap with sbrk. */
#include "vmlab.h"

static int order[4];
static int calls;

__attribute__((constructor)) static void first(void) { order[calls++] = 1; }
__attribute__((constructor(200))) static void early(void) { order[calls++] = 2; }
__attribute__((constructor)) static void second(void) { order[calls++] = 3; }

struct node { int value; struct node *next; };

int main(int argc, char **argv) {
  printf("constructors ran: %d (%d %d %d), argc %d, argv[0] set %d\n", calls, order[0], order[1], order[2], argc, argv[0] != 0);
  struct node *list = 0;
  for (int i = 0; i < 100; i++) {
    struct node *n = sbrk(sizeof *n);
    n->value = i * i;
    n->next = list;
    list = n;
  }
  int sum = 0;
  for (struct node *n = list; n; n = n->next) sum += n->value;
  printf("heap list sum %d\n", sum);
  return calls;
}
