/*
 * Process groups and sessions: getpgid, getsid, setsid, setpgid with Linux's errors, kill of a
 * group, waitid P_PGID (a group, the caller's own, an empty one, a bad id) and P_PIDFD. Only
 * relations are printed, never pids or group ids (qemu's are the host's, and its first process
 * is in the host's group and session). A child prints and exits before its parent prints again.
 * (A child that has run execve, -EACCES, is vmlab's test alone: qemu-riscv32 cannot execve.)
 */
#include "sys.h"

#define P_PID 1
#define P_PGID 2
#define P_PIDFD 3
#define NO_SUCH_PID 0x7ffffff0

static long setpgid(int pid, int pgid) { return sys6(154, pid, pgid, 0, 0, 0, 0); }
static long getpgid(int pid) { return sys6(155, pid, 0, 0, 0, 0, 0); }
static long getsid(int pid) { return sys6(156, pid, 0, 0, 0, 0, 0); }
static long setsid(void) { return sys6(157, 0, 0, 0, 0, 0, 0); }

static void yes_no(const char *label, int cond) {
  puts_(label);
  puts_(cond ? "yes\n" : "no\n");
}

int main(void) {
  siginfo_t si;
  int me = getpid();
  puts_("-- the caller\n");
  yes_no("  getpgid(0) is getpgid(getpid()): ", getpgid(0) == getpgid(me));
  yes_no("  getsid(0) is getsid(getpid()): ", getsid(0) == getsid(me));
  put_num("  getpgid of no process: ", getpgid(NO_SUCH_PID));
  put_num("  getsid of no process: ", getsid(NO_SUCH_PID));
  put_num("  setpgid(0, -1): ", setpgid(0, -1));
  put_num("  setpgid of no process: ", setpgid(NO_SUCH_PID, 0));
  put_num("  kill(0, 0), my group: ", kill(0, 0));

  puts_("-- a child leads a new session\n");
  int child = fork();
  if (child == 0) {
    yes_no("  child: in its parent's group: ", getpgid(0) == getpgid(getppid()));
    yes_no("  child: setsid gives its pid: ", setsid() == getpid());
    yes_no("  child: leads its session: ", getsid(0) == getpid());
    yes_no("  child: leads its group: ", getpgid(0) == getpid());
    put_num("  child: setsid again: ", setsid());
    put_num("  child: setpgid as a session leader: ", setpgid(0, 0));
    put_num("  child: setpgid of its parent: ", setpgid(getppid(), 0));
    exit(0);
  }
  put_num("  waitid: ", waitid(P_PID, child, &si, WEXITED));
  put_num("  si_status: ", si.si_status);

  puts_("-- a child moved to a group of its own, then killed with it\n");
  int fds[2];
  pipe2(fds, 0);
  child = fork();
  if (child == 0) {
    char c;
    read(fds[0], &c, 1); /* never returns: nothing is written */
    exit(1);
  }
  put_num("  setpgid(child, 0): ", setpgid(child, 0));
  yes_no("  the child leads its group: ", getpgid(child) == child);
  yes_no("  in my session: ", getsid(child) == getsid(0));
  put_num("  setpgid(child, child's group): ", setpgid(child, child));
  put_num("  setpgid(child, no such group): ", setpgid(child, NO_SUCH_PID));
  put_num("  setpgid(no process, child's group): ", setpgid(NO_SUCH_PID, child));
  put_num("  kill(-child, 0): ", kill(-child, 0));
  put_num("  kill(-child, 99): ", kill(-child, 99));
  put_num("  kill(-child, SIGTERM): ", kill(-child, SIGTERM));
  memset(&si, 0, sizeof si);
  put_num("  waitid(P_PGID, child's group): ", waitid(P_PGID, child, &si, WEXITED));
  put_num("  si_code: ", si.si_code);
  put_num("  si_status: ", si.si_status);
  yes_no("  si_pid is the child: ", si.si_pid == child);
  put_num("  kill(-child, 0) now: ", kill(-child, 0));
  put_num("  waitid(P_PGID, child's group) now: ", waitid(P_PGID, child, &si, WEXITED));
  put_num("  waitid(P_PGID, -1): ", waitid(P_PGID, -1, &si, WEXITED));
  put_num("  waitid(P_PIDFD, 0): ", waitid(P_PIDFD, 0, &si, WEXITED));
  put_num("  waitid(P_PIDFD, -1): ", waitid(P_PIDFD, -1, &si, WEXITED));

  puts_("-- waitid(P_PGID, 0): a child in my own group\n");
  child = fork();
  if (child == 0) exit(7);
  put_num("  waitid: ", waitid(P_PGID, 0, &si, WEXITED));
  put_num("  si_status: ", si.si_status);
  yes_no("  si_pid is the child: ", si.si_pid == child);
  put_num("  again, no child: ", waitid(P_PGID, 0, &si, WEXITED));
  return 0;
}
