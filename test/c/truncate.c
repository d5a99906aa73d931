/*
 * ftruncate64 and truncate64: a file cut and extended (the new bytes read as zeros, through read
 * and through a shared mapping, where bytes stored past the old end do not come back; for a file
 * that was there before the run too), the descriptor's offset left where it was, and Linux's errors.
 */
#include "sys.h"

static long ftruncate64(int fd, long long length) {
  return sys6(46, fd, (long)(length & 0xffffffff), (long)(length >> 32), 0, 0, 0);
}
static long truncate64(const char *path, long long length) {
  return sys6(45, (long)path, (long)(length & 0xffffffff), (long)(length >> 32), 0, 0, 0);
}

int main(void) {
  int fd = open("t.txt", O_CREAT | O_RDWR | O_TRUNC, 0644);
  put_num("wrote: ", write(fd, "0123456789", 10));
  put_num("cut to 4: ", ftruncate64(fd, 4));
  put_num("offset: ", (long)lseek(fd, 0, SEEK_CUR));
  put_num("size: ", (long)lseek(fd, 0, SEEK_END));
  volatile char *m = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  m[100] = 'Q';
  put_num("stored past the end: ", m[100]);
  put_num("extended to 200: ", ftruncate64(fd, 200));
  put_num("byte 100 in the mapping: ", m[100]);
  put_num("byte 3 in the mapping: ", m[3]);
  char buf[16];
  memset(buf, 1, sizeof buf);
  put_num("read at 2: ", (lseek(fd, 2, SEEK_SET), read(fd, buf, 4)));
  put_num("buf[1]: ", buf[1]);
  put_num("buf[2]: ", buf[2]);
  put_num("extended to 5000: ", ftruncate64(fd, 5000));
  put_num("size: ", (long)lseek(fd, 0, SEEK_END));
  put_num("msync: ", msync((void *)m, 4096, MS_SYNC));
  munmap((void *)m, 4096);
  put_num("cut to 3 by name: ", truncate64("t.txt", 3));
  put_num("size: ", (long)lseek(fd, 0, SEEK_END));
  put_num("negative length: ", ftruncate64(fd, -1));
  put_num("closed descriptor: ", ftruncate64(77, 1));
  close(fd);
  fd = open("t.txt", O_RDONLY, 0);
  put_num("read-only descriptor: ", ftruncate64(fd, 1));
  close(fd);
  int fds[2];
  pipe2(fds, 0);
  put_num("a pipe: ", ftruncate64(fds[1], 1));
  put_num("a directory by name: ", truncate64(".", 1));
  put_num("a missing name: ", truncate64("missing.txt", 1));
  put_num("negative length by name: ", truncate64("t.txt", -5));

  /* A file already there (poem.txt), never read: cut, then grown, it reads as zeros. */
  fd = open("poem.txt", O_RDWR, 0);
  put_num("poem cut to 0: ", ftruncate64(fd, 0));
  put_num("poem grown to 8: ", ftruncate64(fd, 8));
  memset(buf, 1, sizeof buf);
  put_num("read: ", read(fd, buf, 8));
  long nonzero = 0;
  for (int i = 0; i < 8; i++) nonzero += buf[i] != 0;
  put_num("non-zero bytes: ", nonzero);
  close(fd);
  return 0;
}
