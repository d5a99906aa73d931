/*
 * Hard links, permissions and fdatasync: linkat (one file, two names, its link count; Linux's
 * errors), fchmodat and fchmod (the mode stat shows, and what execve and access(X_OK) make of it),
 * fdatasync of a file and of a pipe.
 */
#include "sys.h"

#define AT_REMOVEDIR 0x200
#define AT_SYMLINK_FOLLOW 0x400
#define AT_EMPTY_PATH 0x1000

static long link_(const char *from, const char *to, int flags) { return sys6(37, AT_FDCWD, (long)from, AT_FDCWD, (long)to, flags, 0); }
static long chmod_(const char *path, int mode) { return sys6(53, AT_FDCWD, (long)path, mode, 0, 0, 0); }
static unsigned nlink_of(int fd) { unsigned char st[128]; sys6(80, fd, (long)st, 0, 0, 0, 0); return *(unsigned *)(st + 20); }
static unsigned mode_of(int fd) { unsigned char st[128]; sys6(80, fd, (long)st, 0, 0, 0, 0); return *(unsigned *)(st + 16); }
static unsigned long long ino_of(int fd) { unsigned char st[128]; sys6(80, fd, (long)st, 0, 0, 0, 0); return *(unsigned long long *)(st + 8); }

int main(void) {
  int a = open("a", O_RDWR | O_CREAT | O_TRUNC, 0644);
  write(a, "one", 3);
  puts_("linkat\n");
  put_num(" a to b: ", link_("a", "b", 0));
  put_num(" links: ", nlink_of(a));
  int b = open("b", O_RDWR, 0);
  put_num(" one file: ", ino_of(a) == ino_of(b));
  write(b, "two", 3);
  char buf[8] = { 0 };
  put_num(" read through a: ", sys6(67, a, (long)buf, 6, 0, 0, 0));
  puts_(buf);
  puts_("\n");
  put_num(" onto a name that exists: ", link_("a", "poem.txt", 0));
  put_num(" from a missing name: ", link_("missing", "c", 0));
  put_num(" into a missing directory: ", link_("a", "none/c", 0));
  put_num(" with a trailing slash: ", link_("a", "c/", 0));
  put_num(" a directory: ", (sys6(34, AT_FDCWD, (long)"d", 0755, 0, 0, 0), link_("d", "d2", 0)));
  put_num(" an unknown flag: ", link_("a", "c", 1));
  put_num(" AT_SYMLINK_FOLLOW: ", link_("a", "c", AT_SYMLINK_FOLLOW));
  put_num(" links: ", nlink_of(a));
  put_num(" unlink a: ", unlink("a"));
  put_num(" links: ", nlink_of(b));
  put_num(" unlink c: ", unlink("c"));
  put_num(" the descriptor's file, AT_EMPTY_PATH: ", sys6(37, b, (long)"", AT_FDCWD, (long)"e", AT_EMPTY_PATH, 0));
  put_num(" links: ", nlink_of(b));
  int q[2];
  pipe2(q, 0);
  put_num(" a pipe, AT_EMPTY_PATH: ", sys6(37, q[0], (long)"", AT_FDCWD, (long)"f", AT_EMPTY_PATH, 0));
  put_num(" the working directory, AT_EMPTY_PATH: ", sys6(37, AT_FDCWD, (long)"", AT_FDCWD, (long)"f", AT_EMPTY_PATH, 0));

  puts_("fchmodat, fchmod\n");
  put_num(" b 0755: ", chmod_("b", 0755));
  put_num(" mode: ", mode_of(b));
  put_num(" access X_OK: ", sys6(48, AT_FDCWD, (long)"b", 1, 0, 0, 0));
  put_num(" fchmod 0600: ", sys6(52, b, 0600, 0, 0, 0, 0));
  put_num(" mode: ", mode_of(b));
  put_num(" access X_OK: ", sys6(48, AT_FDCWD, (long)"b", 1, 0, 0, 0));
  char *argv[] = { "b", 0 };
  put_num(" execve it: ", execve("b", argv, 0));
  put_num(" high bits kept: ", (chmod_("b", 07777), mode_of(b) & 07777));
  put_num(" a missing name: ", chmod_("missing", 0644));
  put_num(" the directory d 0700: ", chmod_("d", 0700));
  int d = open("d", O_RDONLY, 0);
  put_num(" mode: ", mode_of(d));
  close(d);
  int p[2];
  pipe2(p, 0);
  put_num(" fchmod of a bad descriptor: ", sys6(52, 99, 0600, 0, 0, 0, 0));

  puts_("fdatasync\n");
  put_num(" a file: ", sys6(83, b, 0, 0, 0, 0, 0));
  put_num(" a pipe: ", sys6(83, p[0], 0, 0, 0, 0, 0));
  put_num(" a bad descriptor: ", sys6(83, 99, 0, 0, 0, 0, 0));
  chmod_("b", 0644);
  unlink("b");
  unlink("e");
  sys6(35, AT_FDCWD, (long)"d", AT_REMOVEDIR, 0, 0, 0);
  return 0;
}
