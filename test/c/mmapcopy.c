/* CS:APP's mmapcopy (§9.8.4): copy a file to stdout through a private read-only mapping. */
#include "sys.h"

static void mmapcopy(int fd, long size) {
  char *bufp = mmap(0, size, PROT_READ, MAP_PRIVATE, fd, 0);
  if (bufp == MAP_FAILED) exit(2);
  write(1, bufp, size);
}

int main(int argc, char **argv) {
  if (argc != 2) {
    puts_("usage: mmapcopy <filename>\n");
    return 1;
  }
  long size = file_size(argv[1]);
  int fd = open(argv[1], O_RDONLY, 0);
  if (size < 0 || fd < 0) return 3;
  if (size > 0) mmapcopy(fd, size);
  return 0;
}
