/*
 * symlinkat: a link read back (readlinkat, lstat's mode and size), followed (open, a directory
 * on the way, O_CREAT through a dangling one), listed (getdents64's DT_LNK), removed, replaced by
 * a rename, in a loop; and its errors. No absolute target is followed: under qemu-riscv32 it
 * would be the host's.
 */
#include "sys.h"

#define AT_REMOVEDIR 0x200
#define AT_SYMLINK_NOFOLLOW 0x100
#define O_DIRECTORY 0200000
#define O_EXCL 0200

static long symlink_(const char *target, const char *path) { return sys6(36, (long)target, AT_FDCWD, (long)path, 0, 0, 0); }
static long readlink_(const char *path, char *buf, long size) { return sys6(78, AT_FDCWD, (long)path, (long)buf, size, 0, 0); }

static void show_link(const char *path) {
  char buf[64];
  long n = readlink_(path, buf, sizeof buf);
  put_num(" readlink: ", n);
  if (n > 0) { write(1, " [", 2); write(1, buf, n); write(1, "]\n", 2); }
  unsigned char stx[256];
  long r = sys6(291, AT_FDCWD, (long)path, AT_SYMLINK_NOFOLLOW, 0x7ff, (long)stx, 0);
  put_num(" lstat: ", r);
  if (r == 0) { put_num("  mode: ", *(unsigned short *)(stx + 28)); put_num("  size: ", (long)*(unsigned long long *)(stx + 40)); }
}

int main(void) {
  puts_("make\n");
  put_num(" s1 -> poem.txt: ", symlink_("poem.txt", "s1"));
  show_link("s1");
  put_num(" abs -> /somewhere/else: ", symlink_("/somewhere/else", "abs"));
  show_link("abs");
  put_num(" onto a name that exists: ", symlink_("x", "s1"));
  put_num(" an empty target: ", symlink_("", "s2"));
  put_num(" into a missing directory: ", symlink_("x", "none/s"));
  put_num(" with a trailing slash: ", symlink_("x", "s3/"));

  puts_("follow\n");
  char buf[16] = { 0 };
  int fd = open("s1", O_RDONLY, 0);
  put_num(" open s1: ", read(fd, buf, 8));
  puts_(buf);
  puts_("\n");
  close(fd);
  put_num(" dangling s4 -> newfile: ", symlink_("newfile", "s4"));
  put_num(" O_CREAT|O_EXCL through it: ", open("s4", O_WRONLY | O_CREAT | O_EXCL, 0644));
  fd = open("s4", O_WRONLY | O_CREAT, 0644);
  put_num(" O_CREAT through it: ", fd >= 0);
  write(fd, "made\n", 5);
  close(fd);
  sys6(34, AT_FDCWD, (long)"d", 0755, 0, 0, 0);
  put_num(" sd -> d: ", symlink_("d", "sd"));
  fd = open("sd/f", O_WRONLY | O_CREAT, 0644);
  put_num(" create sd/f: ", fd >= 0);
  close(fd);
  put_num(" open d/f: ", (fd = open("d/f", O_RDONLY, 0)) >= 0);
  close(fd);
  put_num(" rmdir sd: ", sys6(35, AT_FDCWD, (long)"sd", AT_REMOVEDIR, 0, 0, 0));
  put_num(" rmdir sd/: ", sys6(35, AT_FDCWD, (long)"sd/", AT_REMOVEDIR, 0, 0, 0));
  put_num(" loop -> loop: ", symlink_("loop", "loop"));
  put_num(" open loop: ", open("loop", O_RDONLY, 0));
  put_num(" O_NOFOLLOW of s1: ", open("s1", O_RDONLY | 0400000, 0));

  puts_("a trailing slash, written or in a target\n");
  put_num(" unlink loop/: ", unlink("loop/"));
  put_num(" O_CREAT loop/: ", open("loop/", O_WRONLY | O_CREAT, 0644));
  symlink_("nodir/", "dgs");
  fd = open("f", O_WRONLY | O_CREAT, 0644);
  close(fd);
  symlink_("f/", "lfs");
  put_num(" O_CREAT dgs (-> nodir/): ", open("dgs", O_WRONLY | O_CREAT, 0644));
  put_num(" O_CREAT|O_EXCL dgs: ", open("dgs", O_WRONLY | O_CREAT | O_EXCL, 0644));
  put_num(" O_CREAT|O_NOFOLLOW dgs: ", open("dgs", O_WRONLY | O_CREAT | 0400000, 0644));
  put_num(" open dgs: ", open("dgs", O_RDONLY, 0));
  put_num(" O_CREAT lfs (-> f/): ", open("lfs", O_WRONLY | O_CREAT, 0644));
  put_num(" O_CREAT|O_EXCL lfs: ", open("lfs", O_WRONLY | O_CREAT | O_EXCL, 0644));
  put_num(" open lfs: ", open("lfs", O_RDONLY, 0));
  unlink("dgs");
  unlink("lfs");
  unlink("f");

  puts_("list\n");
  static unsigned char dents[2048];
  int dir = open(".", O_RDONLY | O_DIRECTORY, 0);
  long n = sys6(61, dir, (long)dents, sizeof dents, 0, 0, 0);
  int links = 0;
  for (long at = 0; at < n; at += *(unsigned short *)(dents + at + 16)) if (dents[at + 18] == 10) links++;
  put_num(" DT_LNK entries: ", links);
  close(dir);

  puts_("remove, replace\n");
  put_num(" unlink s1: ", unlink("s1"));
  put_num(" poem.txt still there: ", (fd = open("poem.txt", O_RDONLY, 0)) >= 0);
  close(fd);
  put_num(" readlink s1 now: ", readlink_("s1", buf, sizeof buf));
  put_num(" rename newfile over s4: ", sys6(276, AT_FDCWD, (long)"newfile", AT_FDCWD, (long)"s4", 0, 0));
  put_num(" readlink s4 now: ", readlink_("s4", buf, sizeof buf));
  put_num(" unlink loop: ", unlink("loop"));
  put_num(" unlink sd: ", unlink("sd"));
  unlink("d/f");
  sys6(35, AT_FDCWD, (long)"d", AT_REMOVEDIR, 0, 0, 0);
  return 0;
}
