/* Wide strings: gcc puts L"..." in .rodata.str4.4 and u"..." in .rodata.str2.2, mergeable
 * sections of 4- and 2-byte characters (a duplicate kept once, a tail shared). */
#include "vmlab.h"

typedef int wchar;
typedef unsigned short char16;

const wchar *w1 = L"hello";
const wchar *w2 = L"llo";
const wchar *w3 = L"hello";
const char16 *u1 = u"hello";
const char16 *u2 = u"world";
const char16 *u3 = u"ld";
const char16 *empty = u"";

static int wlen(const wchar *s) { int n = 0; while (s[n]) n++; return n; }
static int ulen(const char16 *s) { int n = 0; while (s[n]) n++; return n; }
static void wput(const wchar *s) { while (*s) printf("%c", *s++); }
static void uput(const char16 *s) { while (*s) printf("%c", *s++); }

int main(void) {
  printf("%d %d %d %d %d %d %d\n", wlen(w1), wlen(w2), wlen(w3), ulen(u1), ulen(u2), ulen(u3), ulen(empty));
  wput(w1); wput(w2); wput(w3); printf("\n");
  uput(u1); uput(u2); uput(u3); printf("\n");
  printf("%d %d\n", w1 == w3, w1 + 2 == w2);
  return 0;
}
