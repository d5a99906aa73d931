/*
 * Mappings across fork: a MAP_SHARED mapping of poem.txt (argv[1]) and of a file the program
 * creates, written by a child and seen by the parent after waitid, msync, and the files on disk
 * afterwards (the oracle compares them); MAP_PRIVATE mappings, whose writes stay in the process
 * that made them; a private page not yet written, which still shows the file's changes.
 * (Anonymous shared memory is anonshared.c.)
 */
#include "sys.h"

static void yes_no(const char *label, int cond) {
  puts_(label);
  puts_(cond ? "yes\n" : "no\n");
}

static void wait_for(int pid) {
  siginfo_t si;
  long r = waitid(P_PID, pid, &si, WEXITED);
  put_num("  waitid: ", r);
  put_num("  si_code: ", si.si_code);
  put_num("  si_status: ", si.si_status);
}

/* Print n bytes at p as a line. */
static void show(const char *label, const char *p, int n) {
  puts_(label);
  write(1, p, n);
  puts_("\n");
}

int main(int argc, char **argv) {
  if (argc != 2) return 1;
  const char *poem = argv[1];
  long size = file_size(poem);
  char buf[128];

  puts_("-- a shared mapping of the poem, written by the child\n");
  int fd = open(poem, O_RDWR, 0);
  char *shared = mmap(0, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  yes_no("  mapped: ", shared != MAP_FAILED);
  show("  before: ", shared, 8);
  int pid = fork();
  if (pid == 0) {
    show("child: sees: ", shared, 8);
    memcpy(shared + 4, "PAGE", 4); /* "The page is" -> "The PAGE is" */
    exit(0);
  }
  wait_for(pid);
  show("parent: mapping after the child: ", shared, 8);
  lseek(fd, 0, SEEK_SET);
  put_num("  read: ", read(fd, buf, 8));
  show("parent: read() after the child: ", buf, 8);
  put_num("  msync: ", msync(shared, 4096, MS_SYNC));
  put_num("  munmap: ", munmap(shared, size));

  puts_("-- a new file, two pages, shared by parent and child\n");
  int out = open("shared.txt", O_RDWR | O_CREAT | O_TRUNC, 0644);
  memset(buf, '.', 64);
  buf[63] = '\n';
  for (int i = 0; i < 2 * 4096 / 64; i++) write(out, buf, 64);
  put_num("  size: ", file_size("shared.txt"));
  char *both = mmap(0, 2 * 4096, PROT_READ | PROT_WRITE, MAP_SHARED, out, 0);
  yes_no("  mapped: ", both != MAP_FAILED);
  pid = fork();
  if (pid == 0) {
    memcpy(both, "child wrote page 0", 18);
    memcpy(both + 4096, "child wrote page 1", 18);
    put_num("child: msync: ", msync(both, 2 * 4096, MS_SYNC));
    exit(0);
  }
  wait_for(pid);
  show("parent: page 0: ", both, 18);
  show("parent: page 1: ", both + 4096, 18);
  memcpy(both + 64, "parent wrote this", 17);
  pid = fork();
  if (pid == 0) {
    show("child: sees the parent's write: ", both + 64, 17);
    char c;
    lseek(out, 64, SEEK_SET);
    read(out, &c, 1);
    yes_no("child: read() sees it too: ", c == 'p');
    exit(0);
  }
  wait_for(pid);
  put_num("  msync: ", msync(both, 2 * 4096, MS_SYNC));
  put_num("  munmap: ", munmap(both, 2 * 4096));
  close(out);

  puts_("-- a private mapping: the child's write stays in the child\n");
  char *priv = mmap(0, size, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
  show("  before: ", priv, 8);
  pid = fork();
  if (pid == 0) {
    priv[0] = 't';
    show("child: sees its write: ", priv, 8);
    exit(0);
  }
  wait_for(pid);
  show("parent: still sees: ", priv, 8);

  puts_("-- a private page the parent wrote before fork: copied again for the child\n");
  priv[1] = 'H';
  pid = fork();
  if (pid == 0) {
    show("child: inherits: ", priv, 8);
    priv[2] = 'E';
    show("child: after its write: ", priv, 8);
    exit(0);
  }
  wait_for(pid);
  show("parent: after the child: ", priv, 8);
  munmap(priv, size);

  puts_("-- a private page not yet written shows the file's changes\n");
  priv = mmap(0, size, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
  show("  before: ", priv + 16, 4);
  pid = fork();
  if (pid == 0) {
    lseek(fd, 16, SEEK_SET);
    write(fd, "UNIT", 4);
    exit(0);
  }
  wait_for(pid);
  show("parent: private mapping after the child's write(): ", priv + 16, 4);
  priv[16] = 'u';
  lseek(fd, 16, SEEK_SET);
  write(fd, "Unit", 4);
  show("parent: after its own write to the page: ", priv + 16, 4);
  munmap(priv, size);
  close(fd);

  puts_("-- private anonymous memory: the child's write stays in the child\n");
  int *anon = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  *anon = 1;
  pid = fork();
  if (pid == 0) {
    *anon += 10;
    exit(0);
  }
  wait_for(pid);
  put_num("parent: private anonymous: ", *anon);
  return 0;
}
