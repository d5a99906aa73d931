/*
 * Processes: fork (clone with SIGCHLD), waitid (P_PID, P_ALL, WNOHANG, WNOWAIT, ECHILD, EINVAL),
 * children killed by kill(), getpid/getppid relations, copy-on-write after fork, and three
 * generations. Only relations are printed, never pids (qemu's are the host's). A child prints
 * before it exits and its parent prints only after waitid has reaped it, so the output does not
 * depend on the scheduler.
 */
#include "sys.h"

static int global[8] = {1, 2, 3, 4, 5, 6, 7, 8};
/* Several pages of .bss, so that copy-on-write is tested on more than one page. */
static unsigned char big[5 * 4096];

static long sum(const int *a, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += a[i];
  return s;
}

static unsigned bigsum(void) {
  unsigned s = 0;
  for (unsigned i = 0; i < sizeof big; i++) s = s * 31 + big[i];
  return s;
}

static void yes_no(const char *label, int cond) {
  puts_(label);
  puts_(cond ? "yes\n" : "no\n");
}

/* What waitid reported: the call's result and the siginfo (the pid only as "is it `pid`"). */
static void report(long r, const siginfo_t *si, int pid) {
  put_num("  waitid: ", r);
  put_num("  si_signo: ", si->si_signo);
  put_num("  si_errno: ", si->si_errno);
  put_num("  si_code: ", si->si_code);
  put_num("  si_status: ", si->si_status);
  yes_no("  si_pid is the child: ", si->si_pid == pid);
}

/* A child that runs until it is killed. */
static void spin(void) {
  for (;;) sched_yield();
}

int main(void) {
  siginfo_t si;
  int parent = getpid();

  puts_("-- fork and exit status (P_PID)\n");
  int pid = fork();
  if (pid == 0) {
    puts_("child: fork returned 0\n");
    yes_no("child: ppid is the parent's pid: ", getppid() == parent);
    yes_no("child: own pid differs from the parent's: ", getpid() != parent);
    exit(42);
  }
  report(waitid(P_PID, pid, &si, WEXITED), &si, pid);
  yes_no("parent: fork returned a positive pid: ", pid > 0);

  puts_("-- the child's getpid is what fork returned (exit status = pid & 0xff)\n");
  pid = fork();
  if (pid == 0) exit(getpid() & 0xff);
  waitid(P_PID, pid, &si, WEXITED);
  yes_no("  matches: ", si.si_status == (pid & 0xff));

  puts_("-- only the low 8 bits of the exit status\n");
  pid = fork();
  if (pid == 0) exit(0x1234);
  waitid(P_PID, pid, &si, WEXITED);
  put_num("  si_status: ", si.si_status);

  puts_("-- P_ALL reaps two children, one at a time\n");
  int a = fork();
  if (a == 0) exit(3);
  int b = fork();
  if (b == 0) exit(5);
  siginfo_t s1, s2;
  long r1 = waitid(P_ALL, 0, &s1, WEXITED);
  long r2 = waitid(P_ALL, 0, &s2, WEXITED);
  put_num("  waitid: ", r1);
  put_num("  waitid: ", r2);
  int first_a = s1.si_pid == a;
  yes_no("  two different children: ", s1.si_pid != s2.si_pid && (s1.si_pid == a || s1.si_pid == b) &&
                                           (s2.si_pid == a || s2.si_pid == b));
  yes_no("  each with its own status: ", first_a ? s1.si_status == 3 && s2.si_status == 5
                                                 : s1.si_status == 5 && s2.si_status == 3);
  put_num("  then no child: ", waitid(P_ALL, 0, &si, WEXITED));

  puts_("-- WNOHANG with a live child, then kill(SIGTERM)\n");
  pid = fork();
  if (pid == 0) spin();
  /* qemu-user writes no siginfo when nothing was reaped, Linux writes zeros: clear it first. */
  memset(&si, 0, sizeof si);
  put_num("  WNOHANG: ", waitid(P_PID, pid, &si, WEXITED | WNOHANG));
  put_num("  si_pid: ", si.si_pid);
  put_num("  WNOHANG, P_ALL: ", waitid(P_ALL, 0, &si, WEXITED | WNOHANG));
  put_num("  si_pid: ", si.si_pid);
  put_num("  kill: ", kill(pid, SIGTERM));
  report(waitid(P_PID, pid, &si, WEXITED), &si, pid);

  puts_("-- kill(SIGKILL)\n");
  pid = fork();
  if (pid == 0) spin();
  put_num("  kill: ", kill(pid, SIGKILL));
  report(waitid(P_ALL, 0, &si, WEXITED), &si, pid);

  puts_("-- kill with signal 0 checks the pid\n");
  pid = fork();
  if (pid == 0) spin();
  put_num("  kill 0, live child: ", kill(pid, 0));
  kill(pid, SIGKILL);
  waitid(P_PID, pid, &si, WEXITED);
  put_num("  kill 0, reaped child: ", kill(pid, 0));

  puts_("-- WNOWAIT leaves the zombie\n");
  pid = fork();
  if (pid == 0) exit(9);
  report(waitid(P_PID, pid, &si, WEXITED | WNOWAIT), &si, pid);
  report(waitid(P_PID, pid, &si, WEXITED), &si, pid);
  put_num("  third time: ", waitid(P_PID, pid, &si, WEXITED));

  puts_("-- errors\n");
  put_num("  P_ALL, no children: ", waitid(P_ALL, 0, &si, WEXITED));
  put_num("  WNOHANG, no children: ", waitid(P_ALL, 0, &si, WEXITED | WNOHANG));
  put_num("  P_PID, not a child: ", waitid(P_PID, parent, &si, WEXITED));
  put_num("  no WEXITED: ", waitid(P_ALL, 0, &si, 0));
  put_num("  bad idtype: ", waitid(7, 0, &si, WEXITED));

  puts_("-- copy-on-write: the child's writes stay in the child\n");
  int local = 100;
  for (unsigned i = 0; i < sizeof big; i++) big[i] = (unsigned char)(i * 7);
  unsigned before = bigsum();
  pid = fork();
  if (pid == 0) {
    for (int i = 0; i < 8; i++) global[i] *= 10;
    local = 200;
    for (unsigned i = 0; i < sizeof big; i += 1000) big[i] = 0xee;
    put_num("child: global sum: ", sum(global, 8));
    put_num("child: local: ", local);
    yes_no("child: big changed: ", bigsum() != before);
    exit(0);
  }
  waitid(P_PID, pid, &si, WEXITED);
  put_num("parent: global sum: ", sum(global, 8));
  put_num("parent: local: ", local);
  yes_no("parent: big unchanged: ", bigsum() == before);

  puts_("-- copy-on-write: the parent's writes after fork stay in the parent\n");
  int ready[2];
  pipe2(ready, 0);
  pid = fork();
  if (pid == 0) {
    char c;
    close(ready[1]);
    read(ready[0], &c, 1); /* wait until the parent has written */
    put_num("child: global[0]: ", global[0]);
    put_num("child: local: ", local);
    exit(0);
  }
  close(ready[0]);
  global[0] = -1;
  local = -1;
  write(ready[1], "g", 1);
  close(ready[1]);
  waitid(P_PID, pid, &si, WEXITED);
  put_num("parent: global[0]: ", global[0]);
  put_num("parent: local: ", local);

  puts_("-- three generations\n");
  pid = fork();
  if (pid == 0) {
    int second = getpid();
    int grandchild = fork();
    if (grandchild == 0) {
      yes_no("generation 3: ppid is generation 2: ", getppid() == second);
      global[1] = 3;
      exit(3);
    }
    waitid(P_PID, grandchild, &si, WEXITED);
    put_num("generation 2: generation 3 exited with ", si.si_status);
    put_num("generation 2: global[1]: ", global[1]);
    exit(si.si_status + 10);
  }
  report(waitid(P_ALL, 0, &si, WEXITED), &si, pid);
  put_num("generation 1: grandchildren are not children: ", waitid(P_ALL, 0, &si, WEXITED));
  put_num("generation 1: global[1]: ", global[1]);

  puts_("-- the child is reaped before waitid writes: bad pointers\n");
  pid = fork();
  if (pid == 0) exit(3);
  put_num("unwritable infop: ", waitid(P_PID, pid, (siginfo_t *)16, WEXITED));
  put_num("  then the child is gone: ", waitid(P_PID, pid, &si, WEXITED | WNOHANG));
  pid = fork();
  if (pid == 0) exit(3);
  put_num("unwritable rusage: ", sys6(95, P_PID, pid, (long)&si, WEXITED, 16, 0));
  put_num("  then the child is gone: ", waitid(P_PID, pid, &si, WEXITED | WNOHANG));

  puts_("-- without WEXITED an ended child is never reported\n");
  int gate[2];
  pipe2(gate, 0);
  pid = fork();
  if (pid == 0) {
    char c;
    close(gate[1]);
    read(gate[0], &c, 1); /* until the parent closes its end */
    exit(3);
  }
  close(gate[0]);
  put_num("WSTOPPED | WNOHANG, the child alive: ", waitid(P_PID, pid, &si, 2 | WNOHANG));
  close(gate[1]);
  put_num("WSTOPPED, as the child ends: ", waitid(P_PID, pid, &si, 2));
  put_num("WCONTINUED | WNOHANG, a zombie: ", waitid(P_PID, pid, &si, 8 | WNOHANG));
  report(waitid(P_PID, pid, &si, WEXITED), &si, pid);
  return 0;
}
