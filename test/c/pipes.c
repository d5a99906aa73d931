/*
 * Pipes: pipe2 and fork (the parent writes, the child reads until end of file), a write larger
 * than the pipe's 64 KiB buffer, a child's stdout redirected into a pipe with dup3, dup, read
 * returning 0 at end of file, O_NONBLOCK, a two-way exchange, errors, and SIGPIPE for a write
 * with no reader. While a child may still print, the parent prints nothing: it prints only after
 * waitid has reaped the child, so the output is the same under any scheduling.
 */
#include "sys.h"

#define BIG (200 * 1024)
static unsigned char big[BIG];

static void yes_no(const char *label, int cond) {
  puts_(label);
  puts_(cond ? "yes\n" : "no\n");
}

static unsigned char pattern(unsigned i) { return (unsigned char)(i * 13 + (i >> 9)); }

/* Read `fd` to end of file into buf (at most max bytes); the byte count. */
static long read_all(int fd, char *buf, long max) {
  long n = 0;
  for (;;) {
    long r = read(fd, buf + n, max - n);
    if (r <= 0) return r < 0 ? r : n;
    n += r;
  }
}

static void wait_for(int pid) {
  siginfo_t si;
  long r = waitid(P_PID, pid, &si, WEXITED);
  put_num("  waitid: ", r);
  put_num("  si_code: ", si.si_code);
  put_num("  si_status: ", si.si_status);
}

int main(void) {
  int fds[2];
  char buf[256];

  puts_("-- pipe2\n");
  put_num("  pipe2: ", pipe2(fds, 0));
  put_num("  read end: ", fds[0]);
  put_num("  write end: ", fds[1]);
  put_num("  write: ", write(fds[1], "abc", 3));
  put_num("  read: ", read(fds[0], buf, sizeof buf));
  put_num("  write to the read end: ", write(fds[0], "x", 1));
  put_num("  read from the write end: ", read(fds[1], buf, 1));
  put_num("  close write end: ", close(fds[1]));
  put_num("  read at end of file: ", read(fds[0], buf, sizeof buf));
  put_num("  close read end: ", close(fds[0]));
  put_num("  bad flags: ", pipe2(fds, 1));

  puts_("-- the parent writes, the child reads until end of file\n");
  pipe2(fds, 0);
  int pid = fork();
  if (pid == 0) {
    close(fds[1]);
    long n = read_all(fds[0], buf, sizeof buf);
    put_num("child: read: ", n);
    write(1, "child: got: ", 12);
    write(1, buf, n);
    put_num("child: read again: ", read(fds[0], buf, sizeof buf));
    exit(n);
  }
  close(fds[0]);
  write(fds[1], "hello ", 6);
  write(fds[1], "through ", 8);
  write(fds[1], "a pipe\n", 7);
  close(fds[1]);
  wait_for(pid);

  puts_("-- 200 KiB through the 64 KiB buffer, each way\n");
  for (unsigned i = 0; i < BIG; i++) big[i] = pattern(i);
  pipe2(fds, 0);
  pid = fork();
  if (pid == 0) {
    close(fds[1]);
    memset(big, 0, BIG);
    long n = read_all(fds[0], (char *)big, BIG);
    int ok = 1;
    for (unsigned i = 0; i < BIG; i++) ok &= big[i] == pattern(i);
    put_num("child: read: ", n);
    yes_no("child: intact: ", ok);
    exit(0);
  }
  close(fds[0]);
  /* write returns once the child has read all but 64 KiB: print only after the child is reaped. */
  long written = write(fds[1], big, BIG);
  close(fds[1]);
  wait_for(pid);
  put_num("parent: one write: ", written);
  pipe2(fds, 0);
  pid = fork();
  if (pid == 0) {
    close(fds[0]);
    long done = 0;
    while (done < BIG) done += write(fds[1], big + done, 5000 < BIG - done ? 5000 : BIG - done);
    exit(0);
  }
  close(fds[1]);
  memset(big, 0, BIG);
  long n = read_all(fds[0], (char *)big, BIG);
  close(fds[0]);
  wait_for(pid);
  int ok = 1;
  for (unsigned i = 0; i < BIG; i++) ok &= big[i] == pattern(i);
  put_num("parent: read: ", n);
  yes_no("parent: intact: ", ok);

  puts_("-- dup3: the child's stdout into a pipe\n");
  pipe2(fds, 0);
  pid = fork();
  if (pid == 0) {
    close(fds[0]);
    if (dup3(fds[1], 1, 0) != 1) exit(1);
    close(fds[1]);
    puts_("this line went through the pipe\n");
    put_num("and this one: ", 7);
    exit(0);
  }
  close(fds[1]);
  n = read_all(fds[0], buf, sizeof buf);
  close(fds[0]);
  wait_for(pid);
  put_num("parent: read: ", n);
  write(1, buf, n);

  puts_("-- dup: end of file only when every write descriptor is closed\n");
  pipe2(fds, 0);
  int d = dup(fds[1]);
  put_num("  dup: ", d);
  put_num("  close original: ", close(fds[1]));
  put_num("  write through the copy: ", write(d, "xyz", 3));
  put_num("  read: ", read(fds[0], buf, sizeof buf));
  put_num("  close copy: ", close(d));
  put_num("  read at end of file: ", read(fds[0], buf, sizeof buf));
  put_num("  dup3 onto itself: ", dup3(fds[0], fds[0], 0));
  put_num("  dup3 bad flags: ", dup3(fds[0], 9, 1));
  put_num("  dup3 closed fd: ", dup3(fds[1], 9, 0));
  put_num("  dup closed fd: ", dup(fds[1]));
  put_num("  dup3 to fd 9: ", dup3(fds[0], 9, O_CLOEXEC));
  put_num("  dup gives the lowest free: ", dup(0));
  close(fds[0]);
  close(9);
  close(fds[1]);

  puts_("-- O_NONBLOCK\n");
  put_num("  pipe2: ", pipe2(fds, O_NONBLOCK));
  put_num("  read empty: ", read(fds[0], buf, sizeof buf));
  put_num("  write: ", write(fds[1], "ab", 2));
  put_num("  read: ", read(fds[0], buf, sizeof buf));
  long total = 0, r;
  while ((r = write(fds[1], big, 4096)) > 0) total += r;
  put_num("  filled: ", total);
  put_num("  write full: ", r);
  close(fds[0]);
  close(fds[1]);

  puts_("-- two pipes, a round trip each time\n");
  int to_child[2], to_parent[2];
  pipe2(to_child, 0);
  pipe2(to_parent, 0);
  pid = fork();
  if (pid == 0) {
    close(to_child[1]);
    close(to_parent[0]);
    int v;
    while (read(to_child[0], &v, sizeof v) == sizeof v) {
      v = v * 2 + 1;
      write(to_parent[1], &v, sizeof v);
    }
    exit(0);
  }
  close(to_child[0]);
  close(to_parent[1]);
  int v = 1;
  for (int i = 0; i < 5; i++) {
    write(to_child[1], &v, sizeof v);
    read(to_parent[0], &v, sizeof v);
    put_num("  got: ", v);
  }
  close(to_child[1]);
  put_num("  child closed its end: ", read(to_parent[0], &v, sizeof v));
  close(to_parent[0]);
  wait_for(pid);

  puts_("-- a write with no reader: SIGPIPE\n");
  pipe2(fds, 0);
  close(fds[0]);
  pid = fork();
  if (pid == 0) {
    write(fds[1], "lost", 4);
    puts_("child: survived the write\n");
    exit(0);
  }
  close(fds[1]);
  wait_for(pid);

  /* A pipe holds 16 pages, not 65,536 bytes: a write fills whole new pages, merging only the
     part that does not fill a page into the last one, and a page is free once read to its end. */
  puts_("-- page buffers\n");
  static char b[70000];
  int q[2];
  pipe2(q, O_NONBLOCK);
  write(q[1], b, 1);
  put_num("  65,536 after 1 byte: ", write(q[1], b, 65536));
  pipe2(q, O_NONBLOCK);
  sys6(25, q[1], 1031, 4096, 0, 0, 0);
  write(q[1], b, 1);
  put_num("  5,000 into a one-page pipe holding 1: ", write(q[1], b, 5000));
  pipe2(q, O_NONBLOCK);
  write(q[1], b, 65536);
  read(q[0], b, 1);
  put_num("  1 byte after reading 1 of a full pipe: ", write(q[1], b, 1));
  pipe2(q, O_NONBLOCK);
  write(q[1], b, 1);
  write(q[1], b, 4096);
  write(q[1], b, 1);
  put_num("  F_SETPIPE_SZ 8,192 with 3 pages in use: ", sys6(25, q[1], 1031, 8192, 0, 0, 0));
  put_num("  read them: ", read(q[0], b, sizeof b));

  /* O_DIRECT: packet mode. Each write is a message; a read takes one, and drops what it leaves. */
  puts_("-- packet mode\n");
  pipe2(q, O_NONBLOCK | 040000);
  put_num("  write end has O_DIRECT: ", (sys6(25, q[1], 3, 0, 0, 0, 0) & 040000) != 0);
  put_num("  read end has O_DIRECT: ", (sys6(25, q[0], 3, 0, 0, 0, 0) & 040000) != 0);
  write(q[1], "abc", 3);
  write(q[1], "defgh", 5);
  put_num("  read 100: ", read(q[0], b, 100));
  put_num("  read 2 of 5: ", read(q[0], b, 2));
  put_num("  the rest was dropped: ", read(q[0], b, 100));
  pipe2(q, O_NONBLOCK);
  put_num("  F_SETFL O_DIRECT: ", sys6(25, q[1], 4, O_NONBLOCK | 040000, 0, 0, 0));
  put_num("  the write end has it now: ", (sys6(25, q[1], 3, 0, 0, 0, 0) & 040000) != 0);
  write(q[1], "abc", 3);
  write(q[1], "defgh", 5);
  put_num("  read 100: ", read(q[0], b, 100));
  put_num("  F_SETFL without it: ", sys6(25, q[1], 4, O_NONBLOCK, 0, 0, 0));
  write(q[1], "ij", 2);
  write(q[1], "kl", 2);
  put_num("  read 100, the packet left: ", read(q[0], b, 100));
  put_num("  read 100, two writes merged: ", read(q[0], b, 100));

  /* Last: Linux closes the two new descriptors when it cannot store them, qemu-user leaks them. */
  puts_("-- pipe2 with a bad address\n");
  put_num("  pipe2: ", sys6(59, 16, 0, 0, 0, 0, 0));
  return 0;
}
