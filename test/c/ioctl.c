/*
 * ioctl on the standard streams (what isatty and a terminal's size come from), on pipes, files
 * and a directory: TCGETS, TIOCGWINSZ, FIONREAD, FIONBIO, FIOCLEX, FIONCLEX, a request a pipe does not know,
 * a bad descriptor and a bad argument. Run twice by the oracle: with the standard streams on a
 * terminal (qemu under script(1), the window set to 24 by 80) and on sockets (a child process's
 * pipes from Node). The file modes' permission bits are the host's: only the type is printed.
 */
#include "sys.h"

#define TCGETS 0x5401
#define TIOCGWINSZ 0x5413
#define FIONREAD 0x541b
#define FIONBIO 0x5421
#define FIONCLEX 0x5450
#define FIOCLEX 0x5451
#define O_DIRECTORY 0200000

static long ioctl(int fd, unsigned long request, void *arg) { return sys6(29, fd, request, (long)arg, 0, 0, 0); }
static long fcntl(int fd, int cmd, long arg) { return sys6(25, fd, cmd, arg, 0, 0, 0); }

static const char *type(unsigned mode) {
  switch (mode & 0170000) {
    case 0140000: return "socket";
    case 0120000: return "link";
    case 0100000: return "file";
    case 0060000: return "block device";
    case 0040000: return "directory";
    case 0020000: return "character device";
    case 0010000: return "fifo";
    default: return "?";
  }
}

static void stream(int fd) {
  unsigned st[26];
  put_num("fd ", fd);
  long r = sys6(80, fd, (long)st, 0, 0, 0, 0);
  if (r < 0) put_num(" fstat: ", r);
  else {
    puts_(" type: ");
    puts_(type(st[4]));
    puts_("\n");
  }
  unsigned termios[9];
  memset(termios, 0xee, sizeof termios);
  r = ioctl(fd, TCGETS, termios);
  put_num(" TCGETS: ", r);
  if (r == 0) {
    for (int i = 0; i < 4; i++) put_num("  flags: ", termios[i]);
    unsigned char *cc = (unsigned char *)termios + 16;
    for (int i = 0; i < 20; i++) put_num("  byte: ", cc[i]);
  }
  unsigned short window[4] = {0xeeee, 0xeeee, 0xeeee, 0xeeee};
  r = ioctl(fd, TIOCGWINSZ, window);
  put_num(" TIOCGWINSZ: ", r);
  if (r == 0)
    for (int i = 0; i < 4; i++) put_num("  ", window[i]);
  put_num(" TCGETS to a bad address: ", ioctl(fd, TCGETS, (void *)16));
}

int main(void) {
  for (int fd = 0; fd < 3; fd++) stream(fd);

  int fds[2];
  pipe2(fds, 0);
  int n = -1;
  put_num("pipe FIONREAD, empty: ", ioctl(fds[0], FIONREAD, &n));
  put_num(" bytes: ", n);
  write(fds[1], "hello", 5);
  write(fds[1], "world!", 6);
  put_num("pipe FIONREAD: ", ioctl(fds[0], FIONREAD, &n));
  put_num(" bytes: ", n);
  put_num("write end FIONREAD: ", ioctl(fds[1], FIONREAD, &n));
  put_num(" bytes: ", n);
  char buf[16];
  read(fds[0], buf, 3);
  ioctl(fds[0], FIONREAD, &n);
  put_num("after reading 3: ", n);
  put_num("pipe TCGETS: ", ioctl(fds[0], TCGETS, buf));
  int on = 1, off = 0;
  put_num("FIONBIO on: ", ioctl(fds[0], FIONBIO, &on));
  put_num(" F_GETFL & O_NONBLOCK: ", fcntl(fds[0], 3, 0) & O_NONBLOCK);
  read(fds[0], buf, 16);
  put_num(" read of an empty pipe: ", read(fds[0], buf, 16));
  put_num("FIONBIO off: ", ioctl(fds[0], FIONBIO, &off));
  put_num(" F_GETFL & O_NONBLOCK: ", fcntl(fds[0], 3, 0) & O_NONBLOCK);
  put_num("FIONBIO from a bad address: ", ioctl(fds[0], FIONBIO, (void *)16));
  put_num("FIONREAD to a bad address: ", ioctl(fds[0], FIONREAD, (void *)16));
  put_num("FIOCLEX: ", ioctl(fds[1], FIOCLEX, 0));
  put_num(" F_GETFD: ", fcntl(fds[1], 1, 0));
  put_num("FIONCLEX: ", ioctl(fds[1], FIONCLEX, 0));
  put_num(" F_GETFD: ", fcntl(fds[1], 1, 0));
  /* A request the pipe does not know (qemu-user answers one it does not know itself -ENOSYS, where Linux gives -ENOTTY). */
  put_num("TIOCGPGRP on a pipe: ", ioctl(fds[0], 0x540f, buf));
  put_num("TIOCGWINSZ on a pipe: ", ioctl(fds[1], TIOCGWINSZ, buf));

  int fd = open("poem.txt", O_RDONLY, 0);
  ioctl(fd, FIONREAD, &n);
  put_num("file FIONREAD: ", n);
  lseek(fd, 10, SEEK_SET);
  ioctl(fd, FIONREAD, &n);
  put_num(" from 10: ", n);
  lseek(fd, 100000, SEEK_SET);
  ioctl(fd, FIONREAD, &n);
  put_num(" from 100000: ", n);
  put_num("file TCGETS: ", ioctl(fd, TCGETS, buf));
  put_num("file FIONBIO: ", ioctl(fd, FIONBIO, &on));
  put_num(" F_GETFL & O_NONBLOCK: ", fcntl(fd, 3, 0) & O_NONBLOCK);
  int dir = open(".", O_RDONLY | O_DIRECTORY, 0);
  put_num("directory FIONREAD: ", ioctl(dir, FIONREAD, &n));
  put_num("directory FIOCLEX: ", ioctl(dir, FIOCLEX, 0));
  put_num("closed descriptor: ", ioctl(40, FIONREAD, &n));
  put_num("closed descriptor, TCGETS: ", ioctl(40, TCGETS, buf));
  return 0;
}
