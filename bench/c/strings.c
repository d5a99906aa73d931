/* strings.c: a 60 KB text's words counted and the text reversed, 20 times: byte loads and stores (bench:run). */
#include "../../test/c/sys.h"
static char buf[65536], out[65536];
static int count_words(const char *s) { int n = 0, in = 0; for (; *s; s++) { int sp = *s == ' ' || *s == '\n'; if (!sp && !in) n++; in = !sp; } return n; }
static void rev(char *d, const char *s, int n) { for (int i = 0; i < n; i++) d[i] = s[n - 1 - i]; d[n] = 0; }
int main(void) {
  const char *w[] = {"alpha ", "beta ", "gamma\n", "delta ", "epsilon "};
  int p = 0; unsigned s = 7;
  while (p < 60000) { s = s * 1103515245u + 12345u; const char *x = w[(s >> 16) % 5]; while (*x) buf[p++] = *x++; }
  buf[p] = 0; long total = 0;
  for (int r = 0; r < 20; r++) { total += count_words(buf); rev(out, buf, p); total += strlen(out); total += out[r * 7]; }
  put_num("total: ", total); return 0;
}
