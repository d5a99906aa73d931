/* Strings: literals, copying, reversing, comparing, counting words. */
#include "vmlab.h"

static char buffer[64];

static void reverse(char *s) {
  size_t n = strlen(s);
  for (size_t i = 0; i < n / 2; i++) {
    char t = s[i];
    s[i] = s[n - 1 - i];
    s[n - 1 - i] = t;
  }
}

static int words(const char *s) {
  int count = 0, in = 0;
  for (; *s; s++) {
    int space = *s == ' ' || *s == '\t' || *s == '\n';
    if (!space && !in) count++;
    in = !space;
  }
  return count;
}

int main(void) {
  const char *poem = "The quick brown fox\tjumps over\nthe lazy dog";
  memcpy(buffer, "stressed", 9);
  reverse(buffer);
  printf("%s, %d words, strcmp %d %d\n", buffer, words(poem), strcmp("abc", "abd") < 0, strcmp("same", "same"));
  static const char *const names[] = { "alpha", "beta", "gamma", "delta" };
  for (int i = 0; i < 4; i++) printf("%6s|%d\n", names[i], (int)strlen(names[i]));
  return words(poem);
}
