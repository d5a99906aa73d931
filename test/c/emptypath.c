/*
 * The empty path names no file: without AT_EMPTY_PATH, Linux answers ENOENT to every call
 * given "" (it is not the current directory).
 */
#include "sys.h"

int main(void) {
  char *const args[] = {"prog", 0};
  put_num("openat: ", open("", O_RDONLY, 0));
  put_num("openat O_CREAT: ", open("", O_RDWR | O_CREAT, 0644));
  put_num("statx: ", file_size(""));
  put_num("unlinkat: ", unlink(""));
  put_num("execve: ", execve("", args, 0));
  return 0;
}
