/*
 * A mapping past the end of its file: a 100-byte file mapped shared over two pages. Offset 50
 * reads the file; offsets 100..4095 (the rest of the last page) read as zeros, and a write there
 * stays in memory: the file keeps its 100 bytes. A page wholly past the end gets SIGBUS: a child
 * that reads offset 4096 of the shared mapping, and one that reads it through a private mapping,
 * are killed by it (waitid says so); a system call given that address fails with EFAULT. Then
 * write() grows the file into the second page (4,000 letters from offset 100): offset 4096 is
 * file data now, in both mappings. Then open(O_TRUNC) cuts it to 0 bytes: every mapped page goes,
 * the private copy of a written page too, and a child reading either mapping gets SIGBUS; once
 * write() puts 2 bytes back, both mappings show them (the private copy is gone). Last, the
 * program maps three pages of the 2-byte file and reads the second: killed by SIGBUS (status
 * 135). The file holds what write() put there last.
 */
#include "sys.h"

/* Fork a child that reads p[at] (it prints the byte if it survives), and say what killed it. */
static void read_in_child(const char *label, volatile char *p, long at) {
  puts_(label);
  int pid = fork();
  if (pid == 0) {
    put_num("child read: ", p[at]);
    exit(0);
  }
  siginfo_t si;
  put_num("  waitid: ", waitid(P_PID, pid, &si, WEXITED));
  put_num("  killed by signal: ", si.si_code == CLD_KILLED ? si.si_status : 0);
}

int main(void) {
  char data[100];
  for (int i = 0; i < 100; i++) data[i] = (char)('0' + i % 10);
  int fd = open("small.bin", O_RDWR | O_CREAT | O_TRUNC, 0644);
  put_num("wrote: ", write(fd, data, 100));
  volatile char *shared = mmap(0, 2 * 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  volatile char *private = mmap(0, 2 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
  put_num("mapped: ", shared != MAP_FAILED && private != MAP_FAILED);
  put_num("offset 50: ", shared[50]);
  put_num("offset 99: ", shared[99]);
  put_num("offset 100: ", shared[100]);
  put_num("offset 4095: ", shared[4095]);
  put_num("private offset 50: ", private[50]);
  put_num("private offset 4095: ", private[4095]);
  shared[200] = 'X';
  put_num("offset 200 after a write: ", shared[200]);
  put_num("msync: ", msync((void *)shared, 2 * 4096, MS_SYNC));
  put_num("size after msync: ", (long)lseek(fd, 0, SEEK_END));
  read_in_child("-- a child reads offset 4096 of the shared mapping\n", shared, 4096);
  read_in_child("-- a child reads offset 4096 of the private mapping\n", private, 4096);
  put_num("write(1, offset 4096, 1): ", write(1, (const void *)(shared + 4096), 1));
  char letters[4000];
  for (int i = 0; i < 4000; i++) letters[i] = (char)('a' + i % 26);
  lseek(fd, 100, SEEK_SET);
  put_num("grown by write: ", write(fd, letters, 4000));
  put_num("size: ", (long)lseek(fd, 0, SEEK_END));
  put_num("offset 200 now: ", shared[200]);
  put_num("offset 4096 now: ", shared[4096]);
  put_num("offset 4099 now: ", shared[4099]);
  put_num("offset 4100 now: ", shared[4100]);
  put_num("private offset 4097 now: ", private[4097]);
  private[7] = 'P';
  put_num("private offset 7 after a write: ", private[7]);
  close(fd);
  puts_("-- open(O_TRUNC): 0 bytes\n");
  fd = open("small.bin", O_RDWR | O_TRUNC, 0);
  put_num("opened: ", fd >= 0);
  read_in_child("-- a child reads offset 5 of the shared mapping\n", shared, 5);
  read_in_child("-- a child reads offset 7 of the private mapping\n", private, 7);
  put_num("wrote: ", write(fd, "ab", 2));
  put_num("offset 1 now: ", shared[1]);
  put_num("private offset 1 now: ", private[1]);
  put_num("private offset 7 now: ", private[7]);
  close(fd);
  puts_("-- three pages of the 2-byte file\n");
  volatile char *three = mmap(0, 3 * 4096, PROT_READ, MAP_SHARED, open("small.bin", O_RDONLY, 0), 0);
  put_num("offset 0: ", three[0]);
  puts_("-- the program reads offset 4096, past the end\n");
  put_num("offset 4096: ", three[4096]);
  return 0;
}
