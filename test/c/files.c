/* Files: open/read/write/lseek/close, O_CREAT/O_TRUNC/O_APPEND, unlink, and the errors. */
#include "sys.h"

int main(int argc, char **argv) {
  char buf[256];
  if (argc != 2) return 1;
  int in = open(argv[1], O_RDONLY, 0);
  put_num("open input: ", in >= 3);
  ssize_t n = read(in, buf, 10);
  put_num("read: ", n);
  write(1, buf, n);
  puts_("\n");
  put_num("lseek end: ", (long)lseek(in, 0, SEEK_END));
  put_num("lseek back 6: ", (long)lseek(in, -6, SEEK_CUR));
  n = read(in, buf, sizeof buf);
  put_num("read tail: ", n);
  write(1, buf, n);
  put_num("read at end: ", read(in, buf, sizeof buf));
  put_num("close: ", close(in));
  put_num("close again: ", close(in));
  put_num("open missing: ", open("no-such-file", O_RDONLY, 0));
  put_num("write read-only fd: ", write(open(argv[1], O_RDONLY, 0), "x", 1));

  int out = open("out.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
  put_num("create: ", out >= 3);
  put_num("write: ", write(out, "first line\n", 11));
  close(out);
  out = open("out.txt", O_WRONLY | O_APPEND, 0);
  put_num("append: ", write(out, "second line\n", 12));
  close(out);
  int check = open("out.txt", O_RDONLY, 0);
  n = read(check, buf, sizeof buf);
  put_num("read back: ", n);
  write(1, buf, n);
  close(check);
  int gone = open("gone.txt", O_WRONLY | O_CREAT, 0644);
  write(gone, "temporary", 9);
  close(gone);
  put_num("unlink: ", unlink("gone.txt"));
  put_num("open unlinked: ", open("gone.txt", O_RDONLY, 0));
  put_num("bad buffer: ", write(1, (void *)16, 4));

  /* SEEK_DATA and SEEK_HOLE on a file without holes: all data, a hole at the end. */
  int data = open("data.txt", O_RDWR | O_CREAT | O_TRUNC, 0644);
  put_num("SEEK_DATA, empty file: ", (long)lseek(data, 0, SEEK_DATA));
  put_num("SEEK_HOLE, empty file: ", (long)lseek(data, 0, SEEK_HOLE));
  write(data, "0123456789", 10);
  put_num("SEEK_DATA 0: ", (long)lseek(data, 0, SEEK_DATA));
  put_num("SEEK_DATA 4: ", (long)lseek(data, 4, SEEK_DATA));
  put_num("SEEK_HOLE 4: ", (long)lseek(data, 4, SEEK_HOLE));
  put_num("offset after SEEK_HOLE: ", (long)lseek(data, 0, SEEK_CUR));
  put_num("SEEK_DATA at the end: ", (long)lseek(data, 10, SEEK_DATA));
  put_num("SEEK_HOLE past the end: ", (long)lseek(data, 11, SEEK_HOLE));
  put_num("SEEK_DATA -1: ", (long)lseek(data, -1, SEEK_DATA));
  put_num("offset kept: ", (long)lseek(data, 0, SEEK_CUR));
  put_num("whence 5: ", (long)lseek(data, 0, 5));
  close(data);
  unlink("data.txt");
  return 0;
}
