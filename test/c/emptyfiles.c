/*
 * Files whose last change leaves them empty, and a write of nothing: a file created and closed
 * unwritten, and one truncated by O_TRUNC and closed, exist empty afterwards (with vmlab's
 * --write-through, on the host: the oracle compares the directory's files); a write of 0 bytes
 * to an O_APPEND descriptor returns 0 and leaves the offset where it was, as Linux.
 */
#include "sys.h"

int main(void) {
  int fd = open("empty.txt", O_CREAT | O_WRONLY, 0644);
  put_num("created: ", fd >= 0);
  put_num("close: ", close(fd));
  fd = open("cut.txt", O_CREAT | O_WRONLY, 0644);
  put_num("wrote: ", write(fd, "to be cut\n", 10));
  close(fd);
  fd = open("cut.txt", O_WRONLY | O_TRUNC, 0);
  put_num("truncated, size: ", (long)lseek(fd, 0, SEEK_END));
  put_num("close: ", close(fd));
  fd = open("poem.txt", O_RDONLY | O_TRUNC, 0);
  put_num("poem truncated through O_RDONLY, size: ", (long)lseek(fd, 0, SEEK_END));
  close(fd);
  fd = open("append.txt", O_CREAT | O_RDWR | O_APPEND, 0644);
  put_num("appended: ", write(fd, "abcd", 4));
  put_num("back to 0: ", (long)lseek(fd, 0, SEEK_SET));
  put_num("write of nothing: ", write(fd, "", 0));
  put_num("offset after it: ", (long)lseek(fd, 0, SEEK_CUR));
  char buf[8];
  put_num("read: ", read(fd, buf, sizeof buf));
  put_num("close: ", close(fd));
  return 0;
}
