/*
 * execve of a file an area maps from a descriptor open for writing is ETXTBSY, as long as the
 * area lives, even after the descriptor is closed: the area holds the open file (Linux's
 * vm_file), shared or private. A read-only descriptor's area does not. The file is no program,
 * so an execve that gets past the check is ENOEXEC.
 */
#include "sys.h"

static char *const argv[] = { "data.bin", 0 };

/* Map data.bin from a descriptor opened with `flags`, as `type`; close it; try execve; unmap; try again. */
static void try(const char *label, int flags, int type) {
  int fd = open("data.bin", flags, 0);
  char *m = mmap(0, 4096, flags == O_RDONLY ? PROT_READ : PROT_READ | PROT_WRITE, type, fd, 0);
  close(fd);
  puts_(label);
  put_num(" execve while mapped: ", execve("data.bin", argv, 0));
  munmap(m, 4096);
  put_num(" after munmap: ", execve("data.bin", argv, 0));
}

int main(void) {
  int fd = open("data.bin", O_WRONLY | O_CREAT | O_TRUNC, 0755);
  write(fd, "not a program\n", 14);
  put_num("execve while open for writing: ", execve("data.bin", argv, 0));
  close(fd);
  try("shared, from O_RDWR\n", O_RDWR, MAP_SHARED);
  try("private, from O_RDWR\n", O_RDWR, MAP_PRIVATE);
  try("shared, from O_RDONLY\n", O_RDONLY, MAP_SHARED);
  unlink("data.bin");
  return 0;
}
