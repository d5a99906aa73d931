/* Character classes and a tiny expression evaluator (recursive descent over a string). */
#include "vmlab.h"

static const char *p;

static int expr(void);

static int number(void) {
  int v = 0;
  while (*p >= '0' && *p <= '9') v = v * 10 + (*p++ - '0');
  return v;
}

static int factor(void) {
  if (*p == '(') {
    p++;
    int v = expr();
    p++;
    return v;
  }
  if (*p == '-') {
    p++;
    return -factor();
  }
  return number();
}

static int term(void) {
  int v = factor();
  while (*p == '*' || *p == '/' || *p == '%') {
    char op = *p++;
    int r = factor();
    v = op == '*' ? v * r : op == '/' ? v / r : v % r;
  }
  return v;
}

static int expr(void) {
  int v = term();
  while (*p == '+' || *p == '-') {
    char op = *p++;
    int r = term();
    v = op == '+' ? v + r : v - r;
  }
  return v;
}

int main(void) {
  static const char *inputs[] = { "1+2*3", "(1+2)*3", "100/7%4", "-(4-10)*-2", "2*(3+(4*(5+6)))" };
  int total = 0;
  for (int i = 0; i < 5; i++) {
    p = inputs[i];
    int v = expr();
    total += v;
    printf("%s = %d\n", inputs[i], v);
  }
  return total & 0xff;
}
