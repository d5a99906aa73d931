/*
 * prlimit64 (rv32's getrlimit and setrlimit): reading and setting a limit, its errors in Linux's
 * order, and RLIMIT_NOFILE's hold on new descriptors (dup3, F_DUPFD). Only what holds on any host
 * is printed: qemu-riscv32 hands the call to the host, whose limits are its own.
 */
#include "sys.h"

#define RLIMIT_STACK 3
#define RLIMIT_NOFILE 7
#define F_DUPFD 0
struct rlimit64 { unsigned long long cur, max; };

static long prlimit(int pid, int resource, const struct rlimit64 *new_limit, struct rlimit64 *old_limit) {
  return sys6(261, pid, resource, (long)new_limit, (long)old_limit, 0, 0);
}

int main(void) {
  struct rlimit64 files, now, set;
  put_num("get: ", prlimit(0, RLIMIT_NOFILE, 0, &files));
  put_num(" soft not above hard: ", files.cur <= files.max);
  put_num(" own pid: ", prlimit(getpid(), RLIMIT_NOFILE, 0, &now) == 0 && now.cur == files.cur && now.max == files.max);
  put_num("neither pointer: ", prlimit(0, RLIMIT_NOFILE, 0, 0));

  set.cur = 8;
  set.max = files.max;
  put_num("set 8: ", prlimit(0, RLIMIT_NOFILE, &set, &now));
  put_num(" old given back: ", now.cur == files.cur && now.max == files.max);
  prlimit(0, RLIMIT_NOFILE, 0, &now);
  put_num(" now 8: ", now.cur == 8);
  put_num("dup3 to 7: ", dup3(1, 7, 0));
  put_num("dup3 to 8: ", dup3(1, 8, 0));
  put_num("F_DUPFD from 8: ", sys6(25, 1, F_DUPFD, 8, 0, 0, 0));
  put_num("F_DUPFD from 7: ", sys6(25, 1, F_DUPFD, 7, 0, 0, 0));

  // A limit below an open descriptor leaves it open.
  set.cur = 4;
  prlimit(0, RLIMIT_NOFILE, &set, 0);
  put_num("limit 4, fd 7 still writes: ", write(7, "", 0));
  put_num("dup3 to 5 now: ", dup3(1, 5, 0));
  close(7);

  // A child has its parent's limits.
  int pid = fork();
  if (pid == 0) {
    prlimit(0, RLIMIT_NOFILE, 0, &now);
    put_num("child's soft limit is 4: ", now.cur == 4);
    exit(0);
  }
  siginfo_t info;
  waitid(P_PID, pid, &info, WEXITED);

  // The errors, in Linux's order.
  set.cur = 16;
  set.max = 8;
  put_num("soft above hard: ", prlimit(0, RLIMIT_NOFILE, &set, 0));
  put_num("unknown resource: ", prlimit(0, 16, 0, &now));
  put_num("unknown resource, soft above hard: ", prlimit(0, 16, &set, 0));
  put_num("no such process: ", prlimit(0x7ffffff0, RLIMIT_NOFILE, 0, &now));
  put_num("no such process, new unreadable: ", prlimit(0x7ffffff0, RLIMIT_NOFILE, (void *)16, 0));
  set.cur = 4;
  set.max = 2 * 1024 * 1024;
  put_num("descriptors above nr_open: ", prlimit(0, RLIMIT_NOFILE, &set, 0));
  set.cur = 6;
  set.max = files.max;
  put_num("old unwritable: ", prlimit(0, RLIMIT_NOFILE, &set, (void *)16));
  prlimit(0, RLIMIT_NOFILE, 0, &now);
  put_num(" the new one set all the same: ", now.cur == 6);
  put_num("stack: ", prlimit(0, RLIMIT_STACK, 0, &now));
  put_num(" soft not above hard: ", now.cur <= now.max);
  return 0;
}
