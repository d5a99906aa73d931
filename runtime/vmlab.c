/* vmlab's C runtime: system-call wrappers, a few string functions, a tiny printf, and the 64-bit
 * division and shift helpers gcc calls on RV32 (libgcc's __udivdi3, __ashldi3 and friends), so no
 * library is needed. */
#include <stdarg.h>
#include "vmlab.h"

static long syscall3(long n, long a, long b, long c) {
  register long a0 __asm__("a0") = a;
  register long a1 __asm__("a1") = b;
  register long a2 __asm__("a2") = c;
  register long a7 __asm__("a7") = n;
  __asm__ volatile("ecall" : "+r"(a0) : "r"(a1), "r"(a2), "r"(a7) : "memory");
  return a0;
}

ssize_t write(int fd, const void *buf, size_t n) { return syscall3(64, fd, (long)buf, n); }
ssize_t read(int fd, void *buf, size_t n) { return syscall3(63, fd, (long)buf, n); }

void exit(int status) {
  syscall3(93, status, 0, 0);
  for (;;) {
  }
}

void *sbrk(int increment) {
  static char *brk;
  if (!brk) brk = (char *)syscall3(214, 0, 0, 0);
  char *old = brk;
  char *want = old + increment;
  if ((char *)syscall3(214, (long)want, 0, 0) != want) return (void *)-1;
  brk = want;
  return old;
}

size_t strlen(const char *s) {
  size_t n = 0;
  while (s[n]) n++;
  return n;
}

void *memset(void *dst, int c, size_t n) {
  unsigned char *d = dst;
  while (n--) *d++ = (unsigned char)c;
  return dst;
}

void *memcpy(void *dst, const void *src, size_t n) {
  unsigned char *d = dst;
  const unsigned char *s = src;
  while (n--) *d++ = *s++;
  return dst;
}

int strcmp(const char *a, const char *b) {
  while (*a && *a == *b) a++, b++;
  return (unsigned char)*a - (unsigned char)*b;
}

/* 64-bit shifts by a variable count, on 32-bit halves (gcc -Os calls these instead of inlining). */
typedef union {
  unsigned long long all;
  struct { unsigned lo, hi; } s;
} halves;

unsigned long long __ashldi3(unsigned long long v, int n) {
  halves x = { v }, r;
  if (n == 0) return v;
  if (n >= 32) {
    r.s.lo = 0;
    r.s.hi = x.s.lo << (n - 32);
  } else {
    r.s.lo = x.s.lo << n;
    r.s.hi = (x.s.hi << n) | (x.s.lo >> (32 - n));
  }
  return r.all;
}

unsigned long long __lshrdi3(unsigned long long v, int n) {
  halves x = { v }, r;
  if (n == 0) return v;
  if (n >= 32) {
    r.s.hi = 0;
    r.s.lo = x.s.hi >> (n - 32);
  } else {
    r.s.hi = x.s.hi >> n;
    r.s.lo = (x.s.lo >> n) | (x.s.hi << (32 - n));
  }
  return r.all;
}

long long __ashrdi3(long long v, int n) {
  halves x = { (unsigned long long)v }, r;
  if (n == 0) return v;
  if (n >= 32) {
    r.s.hi = (unsigned)((int)x.s.hi >> 31);
    r.s.lo = (unsigned)((int)x.s.hi >> (n - 32));
  } else {
    r.s.hi = (unsigned)((int)x.s.hi >> n);
    r.s.lo = (x.s.lo >> n) | (x.s.hi << (32 - n));
  }
  return (long long)r.all;
}

/* Unsigned 64-bit division by shift and subtract (no '/' on 64-bit values: that would call us). */
static unsigned long long udivmod(unsigned long long n, unsigned long long d, unsigned long long *rem) {
  unsigned long long q = 0, r = 0;
  for (int i = 63; i >= 0; i--) {
    r = (r << 1) | ((n >> i) & 1);
    if (r >= d) {
      r -= d;
      q |= 1ULL << i;
    }
  }
  if (rem) *rem = r;
  return q;
}

unsigned long long __udivdi3(unsigned long long n, unsigned long long d) { return udivmod(n, d, 0); }

unsigned long long __umoddi3(unsigned long long n, unsigned long long d) {
  unsigned long long r;
  udivmod(n, d, &r);
  return r;
}

long long __divdi3(long long n, long long d) {
  unsigned long long q = udivmod(n < 0 ? -(unsigned long long)n : n, d < 0 ? -(unsigned long long)d : d, 0);
  return (n < 0) != (d < 0) ? -(long long)q : (long long)q;
}

long long __moddi3(long long n, long long d) {
  unsigned long long r;
  udivmod(n < 0 ? -(unsigned long long)n : n, d < 0 ? -(unsigned long long)d : d, &r);
  return n < 0 ? -(long long)r : (long long)r;
}

static char out[256];
static int used;

static void flush(void) {
  if (used) write(1, out, used);
  used = 0;
}

static void put(char c) {
  if (used == sizeof out) flush();
  out[used++] = c;
}

static int number(unsigned long long v, int negative, unsigned base, int width, char pad) {
  char digits[24];
  int n = 0;
  do {
    unsigned long long rem;
    v = udivmod(v, base, &rem);
    digits[n++] = "0123456789abcdef"[rem];
  } while (v);
  int len = n + negative;
  if (negative && pad == '0') put('-');
  for (int i = len; i < width; i++) put(pad);
  if (negative && pad != '0') put('-');
  while (n) put(digits[--n]);
  return len > width ? len : width;
}

int printf(const char *format, ...) {
  va_list ap;
  va_start(ap, format);
  int written = 0;
  for (const char *p = format; *p; p++) {
    if (*p != '%') {
      put(*p);
      written++;
      continue;
    }
    p++;
    char pad = ' ';
    int width = 0, longs = 0;
    if (*p == '0') pad = '0', p++;
    while (*p >= '0' && *p <= '9') width = width * 10 + (*p++ - '0');
    while (*p == 'l') longs++, p++;
    switch (*p) {
      case 'd': case 'i': {
        long long v = longs >= 2 ? va_arg(ap, long long) : va_arg(ap, int);
        written += number(v < 0 ? -(unsigned long long)v : (unsigned long long)v, v < 0, 10, width, pad);
        break;
      }
      case 'u': case 'x': {
        unsigned long long v = longs >= 2 ? va_arg(ap, unsigned long long) : va_arg(ap, unsigned);
        written += number(v, 0, *p == 'u' ? 10 : 16, width, pad);
        break;
      }
      case 'c': put((char)va_arg(ap, int)); written++; break;
      case 's': {
        const char *s = va_arg(ap, const char *);
        int len = (int)strlen(s);
        for (int i = len; i < width; i++) put(' '), written++;
        while (*s) put(*s++), written++;
        break;
      }
      case '%': put('%'); written++; break;
      default: p--; break;
    }
  }
  va_end(ap);
  flush();
  return written;
}

int puts(const char *s) {
  int n = printf("%s\n", s);
  return n;
}
