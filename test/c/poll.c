/*
 * ppoll_time64 and pselect6_time64 (what C's poll, ppoll, select and pselect call on rv32): a
 * pipe's ends ready or not, hung up, in error; a file always ready; a descriptor not open; a
 * timeout that passes (the time left written back: zero); a wait that another process's write
 * ends; a signal handler that interrupts a wait (-EINTR); select's sets; the errors in Linux's
 * order. test/kernel/poll.test.ts checks what qemu-riscv32 7.2 does its own way: the revents an
 * interrupted wait leaves (Linux writes 0s), and too many descriptors (Linux's -EINVAL comes
 * before the array is read; qemu reads it first).
 */
#include "sys.h"

#define POLLIN 1
#define POLLOUT 4
#define O_NONBLOCK_ 04000
#define ITIMER_REAL 0
struct pollfd { int fd; short events, revents; };
struct ts { long long sec; long nsec; long pad; };
struct timeval32 { long sec, usec; };
struct itimerval { struct timeval32 interval, value; };

static long ppoll(struct pollfd *fds, unsigned n, struct ts *t, void *mask, long size) {
  return sys6(414, (long)fds, n, (long)t, (long)mask, size, 0);
}
static long pselect(int n, unsigned *in, unsigned *out, unsigned *ex, struct ts *t, void *sig) {
  return sys6(413, n, (long)in, (long)out, (long)ex, (long)t, (long)sig);
}
static volatile int alarms;
static void on_alarm(int sig) { (void)sig; alarms++; }

static void show(const char *label, long r, struct pollfd *fds, int n) {
  put_num(label, r);
  for (int i = 0; i < n; i++) put_num("  revents: ", fds[i].revents);
}

int main(void) {
  int p[2];
  pipe2(p, 0);
  struct ts zero = { 0, 0, 0 };
  struct pollfd both[2] = { { p[0], POLLIN, 0 }, { p[1], POLLOUT, 0 } };
  show("empty pipe: ", ppoll(both, 2, &zero, 0, 0), both, 2);
  write(p[1], "x", 1);
  show("a byte in it: ", ppoll(both, 2, &zero, 0, 0), both, 2);
  struct pollfd odd[3] = { { -1, POLLIN, 7 }, { 99, POLLIN, 0 }, { p[0], POLLOUT, 0 } };
  show("fd -1, fd 99, a read end asked for POLLOUT: ", ppoll(odd, 3, &zero, 0, 0), odd, 3);
  close(p[1]);
  struct pollfd rd = { p[0], POLLIN, 0 };
  show("writer gone, a byte left: ", ppoll(&rd, 1, &zero, 0, 0), &rd, 1);
  char c;
  read(p[0], &c, 1);
  show("writer gone, empty: ", ppoll(&rd, 1, &zero, 0, 0), &rd, 1);
  close(p[0]);

  int q[2];
  pipe2(q, O_NONBLOCK_);
  static char chunk[4096];
  while (write(q[1], chunk, sizeof chunk) > 0) {}
  struct pollfd wr = { q[1], POLLOUT, 0 };
  show("a full pipe's write end: ", ppoll(&wr, 1, &zero, 0, 0), &wr, 1);
  close(q[0]);
  show("its reader gone: ", ppoll(&wr, 1, &zero, 0, 0), &wr, 1);
  close(q[1]);

  int fd = open("poem.txt", O_RDONLY, 0);
  struct pollfd file = { fd, POLLIN | POLLOUT, 0 };
  show("a file: ", ppoll(&file, 1, &zero, 0, 0), &file, 1);

  // A timeout that passes: 0, and no time left.
  int r2[2];
  pipe2(r2, 0);
  struct pollfd idle = { r2[0], POLLIN, 0 };
  struct ts t20 = { 0, 20000000, 0 };
  show("20 ms with nothing: ", ppoll(&idle, 1, &t20, 0, 0), &idle, 1);
  put_num("  time left: ", t20.sec * 1000000000 + t20.nsec);

  // A wait ended by another process's write; the time left is less than the timeout.
  if (fork() == 0) {
    struct ts nap = { 0, 10000000, 0 };
    sys6(407, 1, 0, (long)&nap, 0, 0, 0);
    write(r2[1], "y", 1);
    exit(0);
  }
  struct ts t5 = { 5, 0, 0 };
  show("waiting for a child's write: ", ppoll(&idle, 1, &t5, 0, 0), &idle, 1);
  put_num("  less time left: ", t5.sec < 5 && t5.sec >= 4);
  siginfo_t info;
  waitid(P_ALL, 0, &info, WEXITED);

  // A signal handler interrupts a wait with no timeout: -EINTR (4).
  struct ksigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.handler = (void *)on_alarm;
  sa.flags = 0x10000000; // SA_RESTART: poll is not restarted all the same
  sys6(134, 14, (long)&sa, 0, 8, 0, 0);
  struct itimerval v = { { 0, 0 }, { 0, 10000 } };
  sys6(103, ITIMER_REAL, (long)&v, 0, 0, 0, 0);
  read(r2[0], &c, 1);
  put_num("interrupted: ", ppoll(&idle, 1, 0, 0, 0));
  put_num("  handler ran: ", alarms);

  // select: the read set gets the ready read end, the write set the write end.
  int s[2];
  pipe2(s, 0);
  write(s[1], "z", 1);
  unsigned in = (1u << s[0]) | (1u << r2[0]), out = 1u << s[1], ex = 1u << s[0];
  long n = pselect(s[1] + 1, &in, &out, &ex, &zero, 0);
  put_num("pselect: ", n);
  put_num("  read set is the ready read end: ", in == (1u << s[0]));
  put_num("  write set: ", out == (1u << s[1]));
  put_num("  exception set: ", ex);
  unsigned bad = 1u << 30;
  put_num("pselect of a descriptor not open: ", pselect(31, &bad, 0, 0, &zero, 0));
  put_num("pselect of n -1: ", pselect(-1, 0, 0, 0, &zero, 0));
  unsigned none = 0;
  struct ts t10 = { 0, 10000000, 0 };
  put_num("pselect of nothing for 10 ms: ", pselect(s[1] + 1, &none, 0, 0, &t10, 0));
  put_num("  time left: ", t10.sec * 1000000000 + t10.nsec);

  // A zero timeout, and a pending signal the call's mask unblocks: -EINTR, the handler runs.
  static unsigned usr1[2] = { 1u << 9, 0 }, no_signals[2] = { 0, 0 };
  sa.flags = 0;
  sys6(134, 10, (long)&sa, 0, 8, 0, 0); // SIGUSR1 -> on_alarm
  sys6(135, 0, (long)usr1, 0, 8, 0, 0); // blocked
  alarms = 0;
  kill(getpid(), 10);
  put_num("zero timeout, a pending signal unblocked: ", ppoll(&idle, 1, &zero, no_signals, 8));
  put_num("  handler ran: ", alarms);
  kill(getpid(), 10);
  struct { void *mask; long size; } pack = { no_signals, 8 };
  unsigned idle_in = 1u << r2[0];
  put_num("the same for pselect: ", pselect(r2[0] + 1, &idle_in, 0, 0, &zero, &pack));
  put_num("  handler ran: ", alarms);
  sys6(135, 1, (long)usr1, 0, 8, 0, 0); // unblocked again

  // An O_PATH descriptor: open, not for I/O: POLLNVAL for ppoll, in every set of pselect.
  int opath = open("poem.txt", 010000000, 0);
  struct pollfd po = { opath, POLLIN, 0 };
  show("O_PATH: ", ppoll(&po, 1, &zero, 0, 0), &po, 1);
  unsigned pin = 1u << opath, pout = 1u << opath, pex = 1u << opath;
  put_num("pselect of O_PATH: ", pselect(opath + 1, &pin, &pout, &pex, &zero, 0));

  // ppoll writes each entry's revents only: what another process changes of fd and events while
  // it waits stays. (The changes leave the result the same whether the wait has begun or not.)
  struct pollfd *sh = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  int w[2];
  pipe2(w, 0);
  sh[0].fd = w[0]; sh[0].events = POLLIN; sh[1].fd = -1; sh[1].events = POLLIN;
  if (fork() == 0) {
    struct ts nap = { 0, 10000000, 0 };
    sys6(407, 1, 0, (long)&nap, 0, 0, 0);
    sh[0].events = POLLIN | POLLOUT;
    sh[1].fd = -2;
    write(w[1], "w", 1);
    exit(0);
  }
  put_num("ppoll of shared entries: ", ppoll(sh, 2, 0, 0, 0));
  waitid(P_ALL, 0, &info, WEXITED);
  put_num("  events kept: ", sh[0].events);
  put_num("  fd kept: ", sh[1].fd);
  put_num("  revents: ", sh[0].revents);

  struct ts badts = { 0, 1000000000, 0 };
  put_num("ppoll, nanoseconds of a second: ", ppoll(&idle, 1, &badts, 0, 0));
  unsigned mask[2] = { 0, 0 };
  put_num("ppoll, a mask of 4 bytes: ", ppoll(&idle, 1, &zero, mask, 4));
  put_num("ppoll of an array not readable: ", ppoll((struct pollfd *)0x10, 1, &zero, 0, 0));
  return 0;
}
