/*
 * umask: the permission bits a new file or directory does not get; it returns the mask it
 * replaces, keeps only the permission bits, and a child has its parent's.
 */
#include "sys.h"

#define O_DIRECTORY 0200000
static long umask_(int mask) { return sys6(166, mask, 0, 0, 0, 0, 0); }
static unsigned mode_of(int fd) { unsigned char st[128]; sys6(80, fd, (long)st, 0, 0, 0, 0); return *(unsigned *)(st + 16); }

static void create(const char *path) {
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0666);
  put_num(" mode: ", mode_of(fd) & 07777);
  close(fd);
}

int main(void) {
  umask_(027);
  put_num("old: ", umask_(0));
  create("open-0.out");
  put_num("set 077, old: ", umask_(077));
  create("open-077.out");
  put_num("set 0170777, old: ", umask_(0170777));
  put_num("kept: ", umask_(022));
  create("open-022.out");
  umask_(0);
  put_num("mkdir, mask 0: ", sys6(34, AT_FDCWD, (long)"d0", 0777, 0, 0, 0));
  int d = open("d0", O_RDONLY | O_DIRECTORY, 0);
  put_num(" mode: ", mode_of(d) & 07777);
  close(d);
  umask_(0752);
  int pid = fork();
  if (pid == 0) {
    put_num("child's mask: ", umask_(0));
    exit(0);
  }
  siginfo_t info;
  waitid(P_PID, pid, &info, WEXITED);
  put_num("parent's, still: ", umask_(022));
  return 0;
}
