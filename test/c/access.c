/*
 * faccessat and faccessat2: a file, a directory, a missing name, a path through a file, an
 * execute bit, the descriptor itself with AT_EMPTY_PATH, and the errors of a bad mode and flags.
 * vmlab's caller is root (read and write always granted); these cases are the same for a file's
 * owner, as qemu-riscv32 runs them.
 */
#include "sys.h"

#define F_OK 0
#define X_OK 1
#define W_OK 2
#define R_OK 4
#define AT_EMPTY_PATH 0x1000
#define AT_EACCESS 0x200

static long access_(const char *path, int mode) { return sys6(48, AT_FDCWD, (long)path, mode, 0, 0, 0); }
static long access2(int dirfd, const char *path, int mode, int flags) { return sys6(439, dirfd, (long)path, mode, flags, 0, 0); }

int main(void) {
  int fd = open("made.txt", O_RDWR | O_CREAT, 0644);
  write(fd, "x", 1);
  put_num("F_OK file: ", access_("made.txt", F_OK));
  put_num("R_OK|W_OK file: ", access_("made.txt", R_OK | W_OK));
  put_num("X_OK file without x: ", access_("made.txt", X_OK));
  put_num("X_OK directory: ", access_(".", X_OK));
  put_num("missing: ", access_("nothing.txt", F_OK));
  put_num("through a file: ", access_("made.txt/x", F_OK));
  put_num("empty path: ", access_("", F_OK));
  put_num("mode 8: ", access_("made.txt", 8));
  put_num("faccessat2 AT_EACCESS: ", access2(AT_FDCWD, "made.txt", R_OK, AT_EACCESS));
  put_num("faccessat2 bad flag: ", access2(AT_FDCWD, "made.txt", R_OK, 0x4));
  put_num("faccessat2 AT_EMPTY_PATH on the descriptor: ", access2(fd, "", R_OK, AT_EMPTY_PATH));
  put_num("faccessat2 AT_EMPTY_PATH, X_OK: ", access2(fd, "", X_OK, AT_EMPTY_PATH));
  put_num("faccessat2 AT_EMPTY_PATH, closed descriptor: ", access2(40, "", R_OK, AT_EMPTY_PATH));
  put_num("relative to a directory descriptor: ", access2(open(".", O_RDONLY, 0), "made.txt", F_OK, 0));
  close(fd);
  unlink("made.txt");
  return 0;
}
