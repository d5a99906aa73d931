/*
 * getrusage and times, and the rusage waitid writes: their errors, and what holds on any kernel
 * (qemu-riscv32 hands the calls to the host, so only relations are printed, never the counts).
 * A child touches 32 pages and blocks reading a pipe; its parent reaps it.
 */
#include "sys.h"

#define RUSAGE_SELF 0
#define RUSAGE_CHILDREN (-1)
#define RUSAGE_THREAD 1
struct timeval32 { long sec, usec; };
struct rusage {
  struct timeval32 utime, stime;
  long maxrss, ixrss, idrss, isrss, minflt, majflt, nswap, inblock, oublock, msgsnd, msgrcv, nsignals, nvcsw, nivcsw;
};
struct tms { long utime, stime, cutime, cstime; };

volatile char pages[32][4096];

static long getrusage(int who, void *ru) { return sys6(165, who, (long)ru, 0, 0, 0, 0); }
static long times(void *buf) { return sys6(153, (long)buf, 0, 0, 0, 0, 0); }
static int valid(const struct timeval32 *t) { return t->sec >= 0 && t->usec >= 0 && t->usec < 1000000; }

int main(void) {
  struct rusage self, again, children;
  put_num("self: ", getrusage(RUSAGE_SELF, &self));
  put_num(" times valid: ", valid(&self.utime) && valid(&self.stime));
  put_num(" maxrss > 0: ", self.maxrss > 0);
  put_num(" minflt > 0: ", self.minflt > 0);
  // (qemu's host process has threads of its own: its RUSAGE_THREAD and RUSAGE_SELF counts differ.)
  put_num("thread: ", getrusage(RUSAGE_THREAD, &again));
  put_num("who 2: ", getrusage(2, &again));
  put_num("who -2: ", getrusage(-2, &again));
  put_num("unwritable: ", getrusage(RUSAGE_SELF, (void *)16));
  put_num("null: ", getrusage(RUSAGE_SELF, 0));
  put_num("bad who and unwritable: ", getrusage(5, (void *)16));

  put_num("children: ", getrusage(RUSAGE_CHILDREN, &children));
  put_num(" none yet: ", children.minflt == 0 && children.majflt == 0 && children.maxrss == 0 && children.nvcsw == 0);

  int fds[2];
  pipe2(fds, 0);
  int pid = fork();
  if (pid == 0) {
    char c;
    for (int i = 0; i < 32; i++) pages[i][0] = 1;
    read(fds[0], &c, 1); // blocks until the parent writes
    exit(0);
  }
  sched_yield();
  write(fds[1], "x", 1);
  siginfo_t info;
  struct rusage waited;
  memset(&waited, 0, sizeof waited);
  put_num("waitid with rusage: ", sys6(95, P_PID, pid, (long)&info, WEXITED, (long)&waited, 0));
  put_num(" child's minflt > 0: ", waited.minflt > 0);
  put_num(" child's maxrss > 0: ", waited.maxrss > 0);
  put_num(" child's times valid: ", valid(&waited.utime) && valid(&waited.stime));
  getrusage(RUSAGE_CHILDREN, &children);
  put_num("children's minflt now > 0: ", children.minflt > 0);
  put_num(" the child's, as waitid gave it: ", children.minflt == waited.minflt && children.majflt == waited.majflt);

  // A child reaped with WNOWAIT first is counted once, when it is reaped.
  pid = fork();
  if (pid == 0) {
    pages[1][0] = 1;
    exit(0);
  }
  struct rusage before;
  getrusage(RUSAGE_CHILDREN, &before);
  put_num("WNOWAIT: ", sys6(95, P_PID, pid, (long)&info, WEXITED | WNOWAIT, (long)&waited, 0));
  getrusage(RUSAGE_CHILDREN, &again);
  put_num(" children unchanged: ", again.minflt == before.minflt);
  put_num("reaped: ", sys6(95, P_PID, pid, (long)&info, WEXITED, 0, 0));
  getrusage(RUSAGE_CHILDREN, &again);
  put_num(" children grew: ", again.minflt > before.minflt);
  pid = fork();
  if (pid == 0) exit(0);
  put_num("waitid, rusage unwritable: ", sys6(95, P_PID, pid, (long)&info, WEXITED, 16, 0));
  put_num(" and the child reaped: ", sys6(95, P_PID, pid, (long)&info, WEXITED | WNOHANG, 0, 0));

  struct tms t;
  long ticks = times(&t);
  put_num("times: not an error: ", ticks < -4095 || ticks >= 0);
  put_num(" fields not negative: ", t.utime >= 0 && t.stime >= 0 && t.cutime >= 0 && t.cstime >= 0);
  long later = times(0);
  put_num(" null buffer, ticks not back: ", later - ticks >= 0);
  put_num("times unwritable: ", times((void *)16));
  return 0;
}
