/*
 * fcntl64: duplicating from a lowest descriptor on, the close-on-exec flag, and the status flags
 * an open file shares between its descriptors (O_NONBLOCK on a pipe then makes an empty read
 * -EAGAIN). What qemu-riscv32 shows of its host is left out: O_LARGEFILE in F_GETFL (a 64-bit
 * host's kernel sets it on every file it opens, rv32 Linux only when asked), the numbers
 * F_DUPFD gives (qemu holds descriptors of its own) and its limit (the host's RLIMIT_NOFILE),
 * and an unknown command on a closed descriptor (qemu refuses the command before the host sees
 * the descriptor; Linux answers EBADF).
 */
#include "sys.h"

#define O_LARGEFILE 0100000

static long fcntl(int fd, int cmd, long arg) { return sys6(25, fd, cmd, arg, 0, 0, 0); }
static long flags(int fd) {
  long f = fcntl(fd, 3, 0);
  return f < 0 ? f : f & ~O_LARGEFILE;
}

int main(void) {
  int fds[2];
  put_num("pipe2: ", pipe2(fds, O_CLOEXEC));
  put_num("read end F_GETFL: ", flags(fds[0]));
  put_num("write end F_GETFL: ", flags(fds[1]));
  put_num("F_GETFD: ", fcntl(fds[0], 1, 0));
  put_num("F_SETFD 0: ", fcntl(fds[0], 2, 0));
  put_num("F_GETFD again: ", fcntl(fds[0], 1, 0));
  char c;
  put_num("F_SETFL O_NONBLOCK: ", fcntl(fds[0], 4, O_NONBLOCK));
  put_num("read end F_GETFL now: ", flags(fds[0]));
  put_num("empty read: ", read(fds[0], &c, 1));
  long copy = fcntl(fds[0], 0, 10);
  put_num("F_DUPFD 10 gives 10 or more: ", copy >= 10);
  put_num("the copy shares O_NONBLOCK: ", flags(copy));
  put_num("the copy's F_GETFD: ", fcntl(copy, 1, 0));
  long again = fcntl(fds[0], 1030, 10);
  put_num("F_DUPFD_CLOEXEC 10 gives another: ", again > copy);
  put_num("its F_GETFD: ", fcntl(again, 1, 0));
  put_num("F_DUPFD -1: ", fcntl(fds[0], 0, -1));
  int fd = open("poem.txt", O_RDONLY, 0);
  put_num("file F_GETFL: ", flags(fd));
  put_num("F_SETFL O_APPEND: ", fcntl(fd, 4, O_APPEND));
  put_num("file F_GETFL now: ", flags(fd));
  put_num("F_SETFL 0: ", fcntl(fd, 4, 0));
  put_num("file F_GETFL then: ", flags(fd));
  put_num("closed descriptor: ", fcntl(99, 1, 0));
  put_num("unknown command: ", fcntl(fd, 999, 0));

  /* A pipe's capacity: F_GETPIPE_SZ and F_SETPIPE_SZ (powers of two pages). */
  int p[2];
  static char block[8192];
  pipe2(p, O_NONBLOCK);
  put_num("F_GETPIPE_SZ: ", fcntl(p[1], 1032, 0));
  put_num("F_SETPIPE_SZ 0: ", fcntl(p[1], 1031, 0));
  put_num("F_GETPIPE_SZ on the read end: ", fcntl(p[0], 1032, 0));
  put_num("a write into one page: ", write(p[1], block, sizeof block));
  put_num("F_SETPIPE_SZ 5000: ", fcntl(p[0], 1031, 5000));
  put_num("a write into the second: ", write(p[1], block, 100));
  put_num("F_SETPIPE_SZ 4096, two pages full: ", fcntl(p[1], 1031, 4096));
  put_num("read: ", read(p[0], block, sizeof block));
  put_num("F_SETPIPE_SZ 4096 when empty: ", fcntl(p[1], 1031, 4096));
  put_num("F_SETPIPE_SZ 1 MiB: ", fcntl(p[1], 1031, 1 << 20));
  put_num("F_SETPIPE_SZ above 2 GiB: ", fcntl(p[1], 1031, 0x80000001));
  put_num("F_GETPIPE_SZ of a file: ", fcntl(fd, 1032, 0));
  put_num("F_SETPIPE_SZ of a file: ", fcntl(fd, 1031, 4096));
  return 0;
}
