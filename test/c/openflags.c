/*
 * The status flags open(2) keeps and F_GETFL shows, and those F_SETFL may change, as Linux's
 * f_flags holds them: O_DSYNC, O_SYNC, O_DIRECT and O_NOATIME are kept; O_CREAT, O_EXCL,
 * O_TRUNC, O_NOCTTY and O_CLOEXEC are not. O_LARGEFILE is masked out (see fcntl.c).
 */
#include "sys.h"

#define O_LARGEFILE 0100000
#define O_EXCL 0200
#define O_NOCTTY 0400
#define O_DSYNC 010000
#define O_ASYNC 020000
#define O_DIRECT 040000
#define O_DIRECTORY 0200000
#define O_NOFOLLOW 0400000
#define O_NOATIME 01000000
#define O_SYNC 04010000

static long fcntl(int fd, int cmd, long arg) { return sys6(25, fd, cmd, arg, 0, 0, 0); }
static void show(const char *what, int fd) {
  long f = fcntl(fd, 3, 0);
  put_num(what, f < 0 ? f : f & ~O_LARGEFILE);
}

int main(void) {
  static const int opened[] = {O_DSYNC, O_SYNC, O_DIRECT, O_NOATIME, O_ASYNC, O_NOCTTY, O_CLOEXEC, O_NOFOLLOW,
    O_CREAT, O_CREAT | O_EXCL, O_TRUNC, O_APPEND | O_NONBLOCK, O_SYNC | O_DIRECT | O_NOATIME};
  static const char *names[] = {"O_DSYNC", "O_SYNC", "O_DIRECT", "O_NOATIME", "O_ASYNC", "O_NOCTTY", "O_CLOEXEC",
    "O_NOFOLLOW", "O_CREAT", "O_CREAT|O_EXCL", "O_TRUNC", "O_APPEND|O_NONBLOCK", "O_SYNC|O_DIRECT|O_NOATIME"};
  for (int i = 0; i < (int)(sizeof opened / sizeof opened[0]); i++) {
    unlink("scratch.txt");
    int fd = open((opened[i] & O_CREAT) ? "scratch.txt" : "poem.txt", O_RDWR | opened[i], 0644);
    puts_(names[i]);
    if (fd < 0) { put_num(" open: ", fd); continue; }
    show(" F_GETFL: ", fd);
    close(fd);
  }
  unlink("scratch.txt");
  put_num("directory with O_DIRECT: ", open(".", O_RDONLY | O_DIRECTORY | O_DIRECT, 0));
  int dir = open(".", O_RDONLY | O_DIRECTORY, 0);
  show("directory F_GETFL: ", dir);
  put_num("directory F_SETFL O_DIRECT: ", fcntl(dir, 4, O_DIRECT));
  show(" then F_GETFL: ", dir);
  close(dir);
  int fd = open("poem.txt", O_RDONLY, 0);
  static const int set[] = {O_NOATIME, O_DIRECT, O_ASYNC, O_DSYNC, O_SYNC, O_APPEND | O_NOATIME, O_NONBLOCK | O_DIRECT,
    O_RDWR | O_TRUNC | O_CREAT | O_EXCL | O_NOCTTY | O_CLOEXEC, 0};
  static const char *setNames[] = {"O_NOATIME", "O_DIRECT", "O_ASYNC", "O_DSYNC", "O_SYNC", "O_APPEND|O_NOATIME",
    "O_NONBLOCK|O_DIRECT", "O_RDWR|O_TRUNC|O_CREAT|O_EXCL|O_NOCTTY|O_CLOEXEC", "0"};
  for (int i = 0; i < (int)(sizeof set / sizeof set[0]); i++) {
    puts_("F_SETFL ");
    puts_(setNames[i]);
    put_num(": ", fcntl(fd, 4, set[i]));
    show(" then F_GETFL: ", fd);
  }
  int sync = open("poem.txt", O_RDONLY | O_SYNC, 0);
  put_num("F_SETFL 0 on an O_SYNC file: ", fcntl(sync, 4, 0));
  show(" then F_GETFL: ", sync);
  int pipes[2];
  pipe2(pipes, 0);
  put_num("pipe F_SETFL O_NOATIME|O_ASYNC: ", fcntl(pipes[0], 4, O_NOATIME | O_ASYNC));
  show(" then F_GETFL: ", pipes[0]);
  put_num("pipe F_SETFL O_APPEND on the write end: ", fcntl(pipes[1], 4, O_APPEND));
  show(" then F_GETFL: ", pipes[1]);
  return 0;
}
