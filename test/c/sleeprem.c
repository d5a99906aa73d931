/*
 * A relative clock_nanosleep that a handler interrupts writes the time it had left at `rem`
 * (-EINTR), or gives -EFAULT if it cannot; a TIMER_ABSTIME one leaves `rem` alone. The child
 * signals its parent 50 ms into a 7-second sleep.
 */
#include "sys.h"

#define TIMER_ABSTIME 1
struct ts { long long sec; long nsec; long pad; };

static void handler(int sig) { (void)sig; }

/* Sleep (flags, request) with `rem` while a child sends SIGUSR1 after 50 ms; returns the call's result. */
static long interrupted_sleep(int flags, struct ts *request, void *rem) {
  int parent = getpid();
  if (fork() == 0) {
    struct ts t = { 0, 50000000, 0 };
    sys6(407, 1, 0, (long)&t, 0, 0, 0);
    kill(parent, SIGUSR1);
    exit(0);
  }
  long r = sys6(407, 1, flags, (long)request, (long)rem, 0, 0);
  siginfo_t info;
  waitid(P_ALL, 0, &info, WEXITED);
  return r;
}

int main(void) {
  struct ksigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.handler = (void *)handler;
  sys6(134, SIGUSR1, (long)&sa, 0, 8, 0, 0);

  struct ts request = { 7, 7, 0 }, rem = { 7, 7, 0 };
  put_num("relative: ", interrupted_sleep(0, &request, &rem));
  put_num(" rem between 6 and 7 s: ", rem.sec == 6 && rem.nsec > 0 && rem.nsec < 1000000000);

  put_num("relative, rem unwritable: ", interrupted_sleep(0, &request, (void *)16));

  struct ts now;
  sys6(403, 1, (long)&now, 0, 0, 0, 0);
  struct ts until = { now.sec + 7, 0, 0 }, untouched = { 7, 7, 0 };
  put_num("absolute: ", interrupted_sleep(TIMER_ABSTIME, &until, &untouched));
  put_num(" rem untouched: ", untouched.sec == 7 && untouched.nsec == 7);
  return 0;
}
