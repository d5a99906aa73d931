/*
 * getitimer and setitimer (what alarm() calls): ITIMER_REAL's SIGALRM once and every interval,
 * ITIMER_VIRTUAL's SIGVTALRM and ITIMER_PROF's SIGPROF after CPU time; the time left read back;
 * the errors in Linux's order; a child does not get its parent's timers.
 */
#include "sys.h"

#define ITIMER_REAL 0
#define ITIMER_VIRTUAL 1
#define ITIMER_PROF 2
#define SIGVTALRM 26
#define SIGPROF 27
struct timeval32 { long sec, usec; };
struct itimerval { struct timeval32 interval, value; };
struct ts { long long sec; long nsec; long pad; };

static volatile int alarms, virtuals, profs;
static void on_alarm(int sig) { (void)sig; alarms++; }
static void on_virtual(int sig) { (void)sig; virtuals++; }
static void on_prof(int sig) { (void)sig; profs++; }

static long setitimer(int which, const struct itimerval *v, struct itimerval *old) { return sys6(103, which, (long)v, (long)old, 0, 0, 0); }
static long getitimer(int which, struct itimerval *v) { return sys6(102, which, (long)v, 0, 0, 0, 0); }
static void handle(int sig, void (*h)(int)) {
  struct ksigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.handler = (void *)h;
  sys6(134, sig, (long)&sa, 0, 8, 0, 0);
}

int main(void) {
  handle(SIGALRM, on_alarm);
  handle(SIGVTALRM, on_virtual);
  handle(SIGPROF, on_prof);
  struct itimerval v = { { 0, 0 }, { 0, 50000 } }, got;
  put_num("set real 50 ms: ", setitimer(ITIMER_REAL, &v, 0));
  put_num("get: ", getitimer(ITIMER_REAL, &got));
  put_num(" left in (0, 50 ms]: ", got.value.sec == 0 && got.value.usec > 0 && got.value.usec <= 50000);
  put_num(" no interval: ", got.interval.sec == 0 && got.interval.usec == 0);
  struct ts second = { 1, 0, 0 };
  put_num("a 1 s sleep, interrupted: ", sys6(407, 1, 0, (long)&second, 0, 0, 0));
  put_num(" alarms: ", alarms);
  getitimer(ITIMER_REAL, &got);
  put_num(" disarmed since: ", got.value.sec == 0 && got.value.usec == 0);

  // Every 10 ms: three alarms, then disarmed; the old value says it was armed.
  struct itimerval every = { { 0, 10000 }, { 0, 10000 } }, off = { { 0, 0 }, { 0, 0 } }, old;
  setitimer(ITIMER_REAL, &every, 0);
  unsigned mask[2] = { 0, 0 };
  while (alarms < 4) sys6(133, (long)mask, 8, 0, 0, 0, 0); // sigsuspend
  put_num("disarm: ", setitimer(ITIMER_REAL, &off, &old));
  put_num(" it had an interval of 10 ms: ", old.interval.sec == 0 && old.interval.usec == 10000);
  put_num(" alarms: ", alarms);

  // CPU time: 20 ms of it, spinning.
  struct itimerval cpu = { { 0, 0 }, { 0, 20000 } };
  put_num("virtual: ", setitimer(ITIMER_VIRTUAL, &cpu, 0));
  while (virtuals == 0) {}
  put_num(" fired: ", virtuals);
  put_num("prof: ", setitimer(ITIMER_PROF, &cpu, 0));
  while (profs == 0) {}
  put_num(" fired: ", profs);

  // A child has no timers of its parent's.
  struct itimerval later = { { 0, 0 }, { 100, 0 } };
  setitimer(ITIMER_REAL, &later, 0);
  int pid = fork();
  if (pid == 0) {
    getitimer(ITIMER_REAL, &got);
    put_num("child's real timer disarmed: ", got.value.sec == 0 && got.value.usec == 0);
    exit(0);
  }
  siginfo_t info;
  waitid(P_PID, pid, &info, WEXITED);
  getitimer(ITIMER_REAL, &got);
  put_num("parent's still armed: ", got.value.sec > 90);

  // An ignored SIGALRM stops a periodic timer (it starts again only when its signal is taken);
  // a blocked one holds it, fired, until then.
  struct itimerval periodic = { { 0, 10000 }, { 0, 10000 } };
  struct ts short_sleep = { 0, 55000000, 0 };
  handle(SIGALRM, (void (*)(int))1);
  alarms = 0;
  setitimer(ITIMER_REAL, &periodic, 0);
  sys6(407, 1, 0, (long)&short_sleep, 0, 0, 0);
  handle(SIGALRM, on_alarm);
  sys6(407, 1, 0, (long)&short_sleep, 0, 0, 0);
  getitimer(ITIMER_REAL, &got);
  put_num("ignored: alarms since: ", alarms);
  put_num(" value 0, interval kept: ", got.value.sec == 0 && got.value.usec == 0 && got.interval.usec == 10000);
  unsigned block[2] = { 1u << (SIGALRM - 1), 0 }, none[2] = { 0, 0 };
  sys6(135, 0, (long)block, 0, 8, 0, 0); // SIG_BLOCK
  setitimer(ITIMER_REAL, &periodic, 0);
  sys6(407, 1, 0, (long)&short_sleep, 0, 0, 0);
  getitimer(ITIMER_REAL, &got);
  put_num("blocked: value 0: ", got.value.sec == 0 && got.value.usec == 0);
  sys6(135, 2, (long)none, 0, 8, 0, 0); // SIG_SETMASK: taken now, and the timer runs again
  put_num(" taken once unblocked: ", alarms);
  getitimer(ITIMER_REAL, &got);
  put_num(" running again: ", got.value.sec == 0 && got.value.usec > 0 && got.value.usec <= 10000);
  setitimer(ITIMER_REAL, &off, 0);

  // An interval read back to the microsecond, however long.
  struct itimerval huge = { { 2147483647, 7 }, { 1000, 0 } };
  setitimer(ITIMER_REAL, &huge, 0);
  getitimer(ITIMER_REAL, &got);
  put_num("huge interval, seconds: ", got.interval.sec);
  put_num(" microseconds: ", got.interval.usec);
  setitimer(ITIMER_REAL, &off, 0);

  // The errors: the new value is read and checked before the timer.
  struct itimerval bad = { { 0, 0 }, { 0, 1000000 } };
  put_num("which 3: ", setitimer(3, &v, 0));
  put_num("which 3, new unreadable: ", setitimer(3, (void *)16, 0));
  put_num("which 3, microseconds 1000000: ", setitimer(3, &bad, 0));
  put_num("microseconds 1000000: ", setitimer(ITIMER_REAL, &bad, 0));
  bad.value.usec = -1;
  put_num("microseconds -1: ", setitimer(ITIMER_REAL, &bad, 0));
  put_num("get which 3: ", getitimer(3, &got));
  put_num("get unwritable: ", getitimer(ITIMER_REAL, (void *)16));
  put_num("old unwritable: ", setitimer(ITIMER_REAL, &off, (void *)16));
  getitimer(ITIMER_REAL, &got);
  put_num(" disarmed all the same: ", got.value.sec == 0 && got.value.usec == 0);
  return 0;
}
