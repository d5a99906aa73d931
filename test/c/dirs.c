/*
 * Directories: mkdirat, getdents64, unlinkat with AT_REMOVEDIR and renameat2, and what each says
 * of bad arguments. A listing is printed in name order (the order getdents64 gives is the file
 * system's), each name with its d_type; inode numbers are compared, never printed.
 */
#include "sys.h"

#define AT_REMOVEDIR 0x200
#define O_DIRECTORY 0200000
#define RENAME_NOREPLACE 1
#define RENAME_EXCHANGE 2

static long mkdir_(const char *path, int mode) { return sys6(34, AT_FDCWD, (long)path, mode, 0, 0, 0); }
static long rmdir_(const char *path) { return sys6(35, AT_FDCWD, (long)path, AT_REMOVEDIR, 0, 0, 0); }
static long getdents(int fd, void *buf, long count) { return sys6(61, fd, (long)buf, count, 0, 0, 0); }
static long rename2(const char *from, const char *to, int flags) { return sys6(276, AT_FDCWD, (long)from, AT_FDCWD, (long)to, flags, 0); }
static long lseek_(int fd, long offset) { long long result; return sys6(62, fd, 0, offset, (long)&result, SEEK_SET, 0); }

/* st_ino and st_nlink of an open descriptor (fstat's struct stat64). */
static unsigned long long ino_of(int fd) { unsigned char st[128]; sys6(80, fd, (long)st, 0, 0, 0, 0); return *(unsigned long long *)(st + 8); }
static unsigned nlink_of(int fd) { unsigned char st[128]; sys6(80, fd, (long)st, 0, 0, 0, 0); return *(unsigned *)(st + 20); }
static unsigned mode_of(const char *path) {
  unsigned char st[128];
  int fd = open(path, O_RDONLY, 0);
  sys6(80, fd, (long)st, 0, 0, 0, 0);
  close(fd);
  return *(unsigned *)(st + 16);
}

struct entry { char name[32]; int type; unsigned long long ino; };
static struct entry entries[32];
static int count;

/* Read the directory at `fd` from its position with a buffer of `size` bytes; returns the calls made. */
static int read_all(int fd, long size) {
  static unsigned char buf[4096];
  int calls = 0;
  count = 0;
  for (;;) {
    long n = getdents(fd, buf, size);
    calls++;
    if (n <= 0) {
      if (n < 0) put_num("  getdents64: ", n);
      return calls;
    }
    for (long at = 0; at < n;) {
      unsigned char *d = buf + at;
      unsigned short reclen = *(unsigned short *)(d + 16);
      struct entry *e = &entries[count++];
      e->ino = *(unsigned long long *)d;
      e->type = d[18];
      int i = 0;
      for (; d[19 + i] && i < 31; i++) e->name[i] = d[19 + i];
      e->name[i] = 0;
      at += reclen;
    }
  }
}

static int before(const char *a, const char *b) {
  while (*a && *a == *b) a++, b++;
  return (unsigned char)*a < (unsigned char)*b;
}

/* Print the entries read, in name order. */
static void show(const char *label) {
  for (int i = 1; i < count; i++)
    for (int j = i; j > 0 && before(entries[j].name, entries[j - 1].name); j--) {
      struct entry t = entries[j]; entries[j] = entries[j - 1]; entries[j - 1] = t;
    }
  puts_(label);
  for (int i = 0; i < count; i++) {
    puts_(" ");
    puts_(entries[i].name);
    put_num(":", entries[i].type);
  }
}

static const struct entry *find(const char *name) {
  for (int i = 0; i < count; i++) if (streq(entries[i].name, name)) return &entries[i];
  return 0;
}

static void list(const char *path) {
  int fd = open(path, O_RDONLY | O_DIRECTORY, 0);
  read_all(fd, 4096);
  close(fd);
  show(path);
}

static void make(const char *path, const char *text) {
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  write(fd, text, strlen(text));
  close(fd);
}

static void cat(const char *path) {
  char buf[32];
  int fd = open(path, O_RDONLY, 0);
  long n = read(fd, buf, sizeof buf);
  close(fd);
  puts_(path);
  puts_(": ");
  if (n > 0) write(1, buf, n);
  puts_("\n");
}

int main(void) {
  puts_("mkdirat\n");
  put_num(" d: ", mkdir_("d", 0777));
  put_num(" d again: ", mkdir_("d", 0777));
  put_num(" a file's name: ", mkdir_("poem.txt", 0777));
  put_num(" under a missing directory: ", mkdir_("none/x", 0777));
  put_num(" under a file: ", mkdir_("poem.txt/x", 0777));
  put_num(" with a trailing slash: ", mkdir_("d2/", 0700));
  put_num(" the root: ", mkdir_("/", 0777));
  put_num(" a bad pointer: ", mkdir_((char *)16, 0777));
  put_num(" d's mode (0777 less the umask): ", mode_of("d"));
  put_num(" d2's mode: ", mode_of("d2"));
  make("d/a", "a");
  make("d/b", "b");
  put_num(" d/sub: ", mkdir_("d/sub", 0755));
  int dfd = open("d", O_RDONLY | O_DIRECTORY, 0);
  put_num(" d's links with sub: ", nlink_of(dfd));

  puts_("getdents64\n");
  list("d");
  put_num(" calls with room for one entry: ", (lseek_(dfd, 0), read_all(dfd, 24)));
  put_num(" entries: ", count);
  put_num(" at the end: ", getdents(dfd, entries, 4096));
  put_num(" after a rewind, entries: ", (lseek_(dfd, 0), read_all(dfd, 4096), count));
  int root = open(".", O_RDONLY, 0);
  /* (before any getdents64: past it, ext4's position is a hash, and a read there can be EINVAL) */
  put_num(" read() of a directory: ", read(root, entries, 8));
  put_num(" d's . is d: ", find(".")->ino == ino_of(dfd));
  put_num(" d's .. is the directory above: ", find("..")->ino == ino_of(root));
  int a = open("d/a", O_RDONLY, 0);
  put_num(" d/a's number is its file's: ", find("a")->ino == ino_of(a));
  close(a);
  static unsigned char small[64];
  put_num(" a buffer too small: ", (lseek_(dfd, 0), getdents(dfd, small, 16)));
  put_num(" a bad buffer: ", (lseek_(dfd, 0), getdents(dfd, (void *)16, 4096)));
  int file = open("poem.txt", O_RDONLY, 0);
  put_num(" a file: ", getdents(file, small, 64));
  put_num(" a closed descriptor: ", getdents(99, small, 64));
  close(file);

  puts_("rmdir\n");
  put_num(" d, not empty: ", rmdir_("d"));
  put_num(" a file: ", rmdir_("poem.txt"));
  put_num(" d/.: ", rmdir_("d/."));
  put_num(" d/sub/..: ", rmdir_("d/sub/.."));
  put_num(" missing: ", rmdir_("none"));
  put_num(" unlink of a directory: ", unlink("d/sub"));
  put_num(" d/sub: ", rmdir_("d/sub"));
  put_num(" d/sub again: ", rmdir_("d/sub"));
  put_num(" d's links without sub: ", nlink_of(dfd));
  put_num(" flags 1: ", sys6(35, AT_FDCWD, (long)"d2", 1, 0, 0, 0));
  list("d");

  puts_("renameat2\n");
  put_num(" d/a to d/c: ", rename2("d/a", "d/c", 0));
  put_num(" d/b over d/c: ", rename2("d/b", "d/c", 0));
  cat("d/c");
  make("d/e", "e");
  put_num(" d/e onto d/c, no replace: ", rename2("d/e", "d/c", RENAME_NOREPLACE));
  put_num(" d/e with d/c, exchanged: ", rename2("d/e", "d/c", RENAME_EXCHANGE));
  cat("d/c");
  cat("d/e");
  put_num(" exchange with a missing name: ", rename2("d/e", "d/x", RENAME_EXCHANGE));
  put_num(" both flags: ", rename2("d/e", "d/c", RENAME_EXCHANGE | RENAME_NOREPLACE));
  put_num(" an unknown flag: ", rename2("d/e", "d/c", 8));
  put_num(" missing: ", rename2("none", "x", 0));
  put_num(" a file over a directory: ", rename2("d/c", "d2", 0));
  put_num(" a directory over a file: ", rename2("d2", "d/c", 0));
  put_num(" a directory into itself: ", rename2("d2", "d2/x", 0));
  put_num(" a file with a trailing slash: ", rename2("d/c/", "d/f", 0));
  put_num(" to a trailing slash: ", rename2("d/c", "d/f/", 0));
  put_num(" over a directory that holds names: ", rename2("d2", "d", 0));
  put_num(" a name to itself: ", rename2("d/c", "d/c", 0));
  put_num(" .. as the new name: ", rename2("d/c", "d/..", 0));
  put_num(" .. as the new name, no replace: ", rename2("d/c", "d/..", RENAME_NOREPLACE));
  put_num(" a bad pointer: ", rename2("d/c", (char *)16, 0));
  put_num(" the empty d2 to d3: ", rename2("d2", "d3", 0));
  put_num(" poem.txt there and back: ", rename2("poem.txt", "d/poem", 0) | rename2("d/poem", "poem.txt", 0));
  list("d");

  puts_("a directory removed while open\n");
  int d3 = open("d3", O_RDONLY | O_DIRECTORY, 0);
  put_num(" rmdir d3: ", rmdir_("d3"));
  put_num(" getdents64: ", getdents(d3, small, 64));
  put_num(" mkdir in it: ", mkdir_("d3/x", 0777));
  close(d3);
  close(dfd);
  close(root);
  return 0;
}
