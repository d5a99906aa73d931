/*
 * A file that grows past bytes stored beyond its end through a shared mapping: those bytes
 * never become file data. The 100-byte file is mapped shared; the program stores 'P' at offset
 * 120 and 'Q' at 200, past the end, in the file's last page. write() of one byte at offset 150
 * makes the gap 100..149 read as zeros (through the mapping too) and leaves 'Q', still past the
 * new end. write() at offset 5000 (the next page) zeroes the rest of the old last page: 'Q' is
 * gone from the file and the mapping. Read back whole, the file is the bytes written and zeros
 * (counted and summed; then it is removed).
 */
#include "sys.h"

static char byte_at(int fd, long at) {
  char b = 1;
  lseek(fd, at, SEEK_SET);
  read(fd, &b, 1);
  return b;
}

int main(void) {
  char data[100];
  for (int i = 0; i < 100; i++) data[i] = (char)('0' + i % 10);
  int fd = open("gap.bin", O_RDWR | O_CREAT | O_TRUNC, 0644);
  put_num("wrote: ", write(fd, data, 100));
  volatile char *m = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  put_num("mapped: ", m != MAP_FAILED);
  m[120] = 'P';
  m[200] = 'Q';
  put_num("offset 120 after a store: ", m[120]);
  lseek(fd, 150, SEEK_SET);
  put_num("write at 150: ", write(fd, "y", 1));
  put_num("size: ", (long)lseek(fd, 0, SEEK_END));
  put_num("offset 120 in the mapping: ", m[120]);
  put_num("offset 120 in the file: ", byte_at(fd, 120));
  put_num("offset 150 in the mapping: ", m[150]);
  put_num("offset 200 in the mapping (past the end): ", m[200]);
  lseek(fd, 5000, SEEK_SET);
  put_num("write at 5000: ", write(fd, "x", 1));
  put_num("size: ", (long)lseek(fd, 0, SEEK_END));
  put_num("offset 200 in the file: ", byte_at(fd, 200));
  put_num("offset 200 in the mapping: ", m[200]);
  put_num("offset 4095 in the mapping: ", m[4095]);
  put_num("msync: ", msync((void *)m, 4096, MS_SYNC));
  put_num("close: ", close(fd));
  static char all[8192];
  fd = open("gap.bin", O_RDONLY, 0);
  long n = read(fd, all, sizeof all), nonzero = 0, sum = 0;
  for (long i = 0; i < n; i++) {
    nonzero += all[i] != 0;
    sum += (unsigned char)all[i];
  }
  put_num("read back: ", n);
  put_num("non-zero bytes: ", nonzero);
  put_num("their sum: ", sum);
  close(fd);
  put_num("unlink: ", unlink("gap.bin"));
  return 0;
}
