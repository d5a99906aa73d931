/*
 * clock_nanosleep_time64 (what nanosleep, usleep and sleep call on rv32 Linux): what every run
 * shows, whatever the clock's value (qemu-riscv32 sleeps on the host's clock, vmlab on the
 * machine's cycles): the results and errors, a monotonic clock that has advanced by at least the
 * interval slept, an absolute time reached, a time already past, and `rem` left alone.
 */
#include "sys.h"

struct timespec64 {
  long long sec, nsec;
};

static long clock_gettime64(int clock, struct timespec64 *tp) { return sys6(403, clock, (long)tp, 0, 0, 0, 0); }
static long clock_nanosleep64(int clock, int flags, const struct timespec64 *req, struct timespec64 *rem) {
  return sys6(407, clock, flags, (long)req, (long)rem, 0, 0);
}

#define TIMER_ABSTIME 1

static long long ns(const struct timespec64 *t) { return t->sec * 1000000000LL + t->nsec; }

static long sleep_ns(int clock, int flags, long long sec, long long nsec) {
  struct timespec64 req = { sec, nsec };
  return clock_nanosleep64(clock, flags, &req, 0);
}

int main(void) {
  struct timespec64 before, after, req, rem = { 7, 7 };
  clock_gettime64(1, &before);
  req.sec = 0;
  req.nsec = 2000000;
  put_num("2 ms on CLOCK_MONOTONIC: ", clock_nanosleep64(1, 0, &req, &rem));
  clock_gettime64(1, &after);
  put_num("at least 2 ms later: ", ns(&after) - ns(&before) >= 2000000);
  put_num("rem left alone: ", rem.sec == 7 && rem.nsec == 7);
  put_num("1 ms on CLOCK_REALTIME: ", sleep_ns(0, 0, 0, 1000000));
  put_num("1 ms on CLOCK_BOOTTIME: ", sleep_ns(7, 0, 0, 1000000));
  clock_gettime64(1, &before);
  struct timespec64 target = { before.sec, before.nsec + 1000000 };
  if (target.nsec >= 1000000000) {
    target.sec++;
    target.nsec -= 1000000000;
  }
  put_num("until 1 ms from now: ", clock_nanosleep64(1, TIMER_ABSTIME, &target, 0));
  clock_gettime64(1, &after);
  put_num("reached: ", ns(&after) >= ns(&target));
  put_num("until a time past: ", sleep_ns(1, TIMER_ABSTIME, 0, 5));
  put_num("until a CPU time past: ", sleep_ns(2, TIMER_ABSTIME, 0, 1));
  put_num("no time at all: ", sleep_ns(1, 0, 0, 0));
  put_num("clock 10: ", sleep_ns(10, 0, 0, 1));
  put_num("CLOCK_MONOTONIC_RAW: ", sleep_ns(4, 0, 0, 1));
  put_num("CLOCK_REALTIME_COARSE: ", sleep_ns(5, 0, 0, 1));
  put_num("a second of nanoseconds: ", sleep_ns(1, 0, 0, 1000000000));
  put_num("negative nanoseconds: ", sleep_ns(1, 0, 0, -1));
  put_num("negative seconds: ", sleep_ns(1, 0, -1, 0));
  put_num("the thread's CPU clock: ", sleep_ns(3, 0, 0, 1));
  put_num("bad pointer: ", clock_nanosleep64(1, 0, (const struct timespec64 *)16, 0));
  return 0;
}
