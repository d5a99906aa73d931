/*
 * readlinkat on the symlinks the oracle puts beside poem.txt ("rel" -> poem.txt, "up" -> ../x/y,
 * which leads nowhere): the target's bytes without a NUL, cut to the buffer; a file that is no
 * link, a missing name, a size of 0, a bad buffer, and one relative to a directory descriptor.
 */
#include "sys.h"

static long readlinkat_(int dirfd, const char *path, char *buf, long size) { return sys6(78, dirfd, (long)path, (long)buf, size, 0, 0); }

static void show(const char *label, const char *path, long size) {
  char buf[64];
  memset(buf, '#', sizeof buf);
  long n = readlinkat_(AT_FDCWD, path, buf, size);
  put_num(label, n);
  if (n > 0) {
    write(1, " [", 2);
    write(1, buf, n + 1); /* one byte more: no NUL is written */
    write(1, "]\n", 2);
  }
}

int main(void) {
  show("rel: ", "rel", 64);
  show("rel in 3 bytes: ", "rel", 3);
  show("up: ", "up", 64);
  show("a file: ", "poem.txt", 64);
  show("missing: ", "nothing", 64);
  show("size 0: ", "rel", 0);
  show("through a file: ", "poem.txt/x", 64);
  put_num("bad buffer: ", readlinkat_(AT_FDCWD, "rel", (char *)16, 64));
  char buf[16];
  put_num("relative to a directory descriptor: ", readlinkat_(open(".", O_RDONLY, 0), "rel", buf, sizeof buf));
  return 0;
}
