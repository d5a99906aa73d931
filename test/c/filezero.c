/*
 * Bytes a file never had read as zeros, whatever the frame its page lands in held before: a
 * child fills 64 pages with a secret and exits (its frames are freed), then a file grown by
 * ftruncate, one with a hole (lseek past the end, write) and one cut and grown again (its old
 * pages were dirty in the page cache) are read through read() and a shared mapping. (The
 * files are then removed or cut, to keep the recorded results small.)
 */
#include "sys.h"

#define PG 4096
#define NP 64

static long ftruncate64(int fd, long long length) {
  return sys6(46, fd, (long)(length & 0xffffffff), (long)(length >> 32), 0, 0, 0);
}

static unsigned char page[PG];
static unsigned char big[8 * PG];

/* The non-zero bytes of the first `pages` pages of fd, read with read() from offset 0. */
static long nonzero_read(int fd, int pages) {
  long n = 0;
  lseek(fd, 0, SEEK_SET);
  for (int i = 0; i < pages; i++) {
    read(fd, page, PG);
    for (int j = 0; j < PG; j++) n += page[j] != 0;
  }
  return n;
}

static long nonzero_mapped(int fd, int pages) {
  volatile unsigned char *m = mmap(0, pages * PG, PROT_READ, MAP_SHARED, fd, 0);
  long n = 0;
  for (int i = 0; i < pages * PG; i++) n += m[i] != 0;
  munmap((void *)m, pages * PG);
  return n;
}

int main(void) {
  int pid = fork();
  if (pid == 0) {
    unsigned char *a = mmap(0, NP * PG, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    for (int i = 0; i < NP * PG; i++) a[i] = "SECRET!"[i % 7];
    exit(0);
  }
  siginfo_t si;
  waitid(P_PID, pid, &si, WEXITED);

  int fd = open("grown.bin", O_RDWR | O_CREAT | O_TRUNC, 0644);
  put_num("grown by ftruncate: ", ftruncate64(fd, NP * PG));
  put_num("  non-zero bytes read: ", nonzero_read(fd, NP));
  put_num("  non-zero bytes mapped: ", nonzero_mapped(fd, NP));
  for (int i = 0; i < NP; i += 8) {
    lseek(fd, (off64_t)i * PG + 7, SEEK_SET);
    write(fd, "w", 1);
  }
  close(fd);

  fd = open("hole.bin", O_RDWR | O_CREAT | O_TRUNC, 0644);
  lseek(fd, 40 * PG + 3, SEEK_SET);
  put_num("a write past a hole: ", write(fd, "end", 3));
  put_num("  non-zero bytes read: ", nonzero_read(fd, 41));
  close(fd);

  fd = open("cut.bin", O_RDWR | O_CREAT | O_TRUNC, 0644);
  for (int i = 0; i < 8 * PG; i++) big[i] = 'A' + i % 26;
  put_num("written: ", write(fd, big, 8 * PG));
  put_num("cut to one page: ", ftruncate64(fd, PG));
  put_num("grown to 8: ", ftruncate64(fd, 8 * PG));
  lseek(fd, 5 * PG, SEEK_SET);
  write(fd, "!", 1);
  put_num("  non-zero bytes read: ", nonzero_read(fd, 8));
  put_num("  non-zero bytes mapped: ", nonzero_mapped(fd, 8));
  ftruncate64(fd, 2 * PG);
  close(fd);
  unlink("grown.bin");
  unlink("hole.bin");
  return 0;
}
