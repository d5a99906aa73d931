/*
 * Directories, the second: a symlink named with a trailing slash is not followed by mkdir, rmdir
 * or rename (ENOTDIR, EEXIST); a directory over a symlink is ENOTDIR; the directories on the way
 * are looked up before a last name of "." or ".."; a file renamed onto its own ancestor is
 * ENOTEMPTY; a removed working directory or directory descriptor finds nothing, even once a new
 * directory has its name. The oracle puts "lnk" -> hd and "dangling" -> nowhere beside poem.txt.
 */
#include "sys.h"

#define AT_REMOVEDIR 0x200
#define O_DIRECTORY 0200000

static long mkdir_(const char *path) { return sys6(34, AT_FDCWD, (long)path, 0755, 0, 0, 0); }
static long rmdir_(const char *path) { return sys6(35, AT_FDCWD, (long)path, AT_REMOVEDIR, 0, 0, 0); }
static long rename_(const char *from, const char *to) { return sys6(276, AT_FDCWD, (long)from, AT_FDCWD, (long)to, 0, 0); }
static long chdir_(const char *path) { return sys6(49, (long)path, 0, 0, 0, 0, 0); }
static long getcwd_(char *buf, long size) { return sys6(17, (long)buf, size, 0, 0, 0, 0); }
static long create_at(int dirfd, const char *path) { return sys6(56, dirfd, (long)path, O_WRONLY | O_CREAT, 0644, 0, 0); }

int main(void) {
  put_num("mkdir hd: ", mkdir_("hd"));
  puts_("a symlink named with a trailing slash\n");
  put_num(" rmdir lnk/: ", rmdir_("lnk/"));
  put_num(" rmdir lnk: ", rmdir_("lnk"));
  put_num(" mkdir dangling/: ", mkdir_("dangling/"));
  put_num(" mkdir lnk/: ", mkdir_("lnk/"));
  put_num(" rename lnk/ to y: ", rename_("lnk/", "y"));
  put_num(" rename poem.txt to lnk/: ", rename_("poem.txt", "lnk/"));
  put_num(" mkdir e: ", mkdir_("e"));
  put_num(" rename the directory e over lnk: ", rename_("e", "lnk"));
  put_num(" rename it over dangling: ", rename_("e", "dangling"));
  put_num(" hd is still there: ", rmdir_("hd/x") == -2);
  put_num(" rename lnk onto itself: ", rename_("lnk", "lnk"));
  put_num(" rename dangling onto itself: ", rename_("dangling", "dangling"));
  put_num(" the same, no replace: ", sys6(276, AT_FDCWD, (long)"lnk", AT_FDCWD, (long)"lnk", 1, 0));

  puts_("the way first\n");
  put_num(" rmdir missing/.: ", rmdir_("missing/."));
  put_num(" rmdir poem.txt/.: ", rmdir_("poem.txt/."));
  put_num(" rmdir missing/..: ", rmdir_("missing/.."));
  put_num(" rmdir hd/.: ", rmdir_("hd/."));
  int f = open("hd/f", O_WRONLY | O_CREAT, 0644);
  close(f);
  put_num(" rename hd/f onto hd: ", rename_("hd/f", "hd"));
  put_num(" rename hd onto hd/f: ", rename_("hd", "hd/f"));
  unlink("hd/f");

  puts_("a removed directory\n");
  int top = open(".", O_RDONLY | O_DIRECTORY, 0);
  mkdir_("w");
  int wfd = open("w", O_RDONLY | O_DIRECTORY, 0);
  put_num(" chdir w: ", chdir_("w"));
  put_num(" rmdir ../w: ", rmdir_("../w"));
  char buf[256];
  put_num(" getcwd: ", getcwd_(buf, sizeof buf));
  put_num(" mkdir w again (from the top's descriptor): ", sys6(34, top, (long)"w", 0755, 0, 0, 0));
  put_num(" create x from the old working directory: ", create_at(AT_FDCWD, "x"));
  put_num(" create y from the old descriptor: ", create_at(wfd, "y"));
  put_num(" fchdir to the old w's descriptor: ", sys6(50, wfd, 0, 0, 0, 0, 0));
  put_num(" create z there: ", create_at(AT_FDCWD, "z"));
  put_num(" fchdir to the top: ", sys6(50, top, 0, 0, 0, 0, 0));
  close(wfd);
  put_num(" rmdir the new w (empty): ", rmdir_("w"));
  rmdir_("hd");
  rmdir_("e");
  return 0;
}
