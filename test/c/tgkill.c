/*
 * tkill (130) and tgkill (131), what a C library's raise() and abort() call: a signal to one
 * thread (here each process is one thread, its tid its pid). Ids ≤ 0 are EINVAL; a tid outside
 * the named thread group ESRCH; a bad signal EINVAL; signal 0 asks whether the thread exists.
 */
#include "sys.h"

#define SYS_TKILL 130
#define SYS_TGKILL 131
#define SYS_GETTID 178

static long tkill(int tid, int sig) { return sys6(SYS_TKILL, tid, sig, 0, 0, 0, 0); }
static long tgkill(int tgid, int tid, int sig) { return sys6(SYS_TGKILL, tgid, tid, sig, 0, 0, 0); }
static int gettid(void) { return sys6(SYS_GETTID, 0, 0, 0, 0, 0, 0); }

/* A child that waits on a pipe that is never written (until it is killed). */
static int waiting_child(int fds[2]) {
  int pid = fork();
  if (pid == 0) {
    char c;
    close(fds[1]);
    read(fds[0], &c, 1);
    exit(9);
  }
  return pid;
}

static void report(const char *what, int pid) {
  siginfo_t si;
  put_num(what, waitid(P_PID, pid, &si, WEXITED));
  put_num("  si_code: ", si.si_code);
  put_num("  si_status: ", si.si_status);
}

int main(void) {
  int me = getpid();
  put_num("gettid is getpid: ", gettid() == me);
  put_num("tgkill(me, me, 0): ", tgkill(me, me, 0));
  put_num("tkill(me, 0): ", tkill(me, 0));
  put_num("tgkill(0, me, 0): ", tgkill(0, me, 0));
  put_num("tgkill(me, 0, 0): ", tgkill(me, 0, 0));
  put_num("tkill(0, 0): ", tkill(0, 0));
  put_num("tkill(-1, 0): ", tkill(-1, 0));
  put_num("tgkill(me, me, 65): ", tgkill(me, me, 65));
  put_num("tkill(me, -1): ", tkill(me, -1));

  int fds[2];
  pipe2(fds, 0);
  int child = waiting_child(fds);
  put_num("tgkill(me, child, 0), the child not in my group: ", tgkill(me, child, 0));
  put_num("tgkill(child, child, 0): ", tgkill(child, child, 0));
  put_num("tgkill(child, child, SIGTERM): ", tgkill(child, child, 15));
  report("waitid: ", child);

  child = waiting_child(fds);
  put_num("tkill(child, SIGKILL): ", tkill(child, 9));
  report("waitid: ", child);

  child = fork();
  if (child == 0) {
    tgkill(getpid(), gettid(), 6); /* raise(SIGABRT) */
    exit(1);
  }
  report("a child's raise(SIGABRT): waitid: ", child);
  return 0;
}
