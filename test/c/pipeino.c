/*
 * A pipe's two ends are one file: fstat gives them one inode number, not 0, and another pipe
 * another; its mode is a FIFO's, rw for the owner. (The numbers themselves are the kernel's: compared, not printed.)
 */
#include "sys.h"

static unsigned long long ino(int fd) { unsigned char st[128]; sys6(80, fd, (long)st, 0, 0, 0, 0); return *(unsigned long long *)(st + 8); }
static unsigned mode(int fd) { unsigned char st[128]; sys6(80, fd, (long)st, 0, 0, 0, 0); return *(unsigned *)(st + 16); }

int main(void) {
  int a[2], b[2];
  pipe2(a, 0);
  pipe2(b, 0);
  put_num("ends alike: ", ino(a[0]) == ino(a[1]));
  put_num("not 0: ", ino(a[0]) != 0);
  put_num("two pipes differ: ", ino(a[0]) != ino(b[0]));
  put_num("a dup alike: ", ino(dup(a[1])) == ino(a[0]));
  put_num("mode: ", mode(a[0]));
  return 0;
}
