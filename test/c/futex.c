/*
 * futex_time64 (what process-shared locks and semaphores are built on): a wait that finds another
 * value (-EAGAIN), a timeout (-ETIMEDOUT), a wake between processes through shared memory, a
 * private futex a child's wake does not reach, a handler's -EINTR, FUTEX_WAKE_OP, FUTEX_CMP_REQUEUE,
 * and Linux's errors.
 */
#include "sys.h"

#define FUTEX_WAIT 0
#define FUTEX_WAKE 1
#define FUTEX_CMP_REQUEUE 4
#define FUTEX_WAKE_OP 5
#define FUTEX_WAIT_BITSET 9
#define FUTEX_PRIVATE_FLAG 128
#define FUTEX_CLOCK_REALTIME 256
#define MAP_SHARED_ANON (MAP_SHARED | MAP_ANONYMOUS)
struct ts { long long sec; long nsec; long pad; };
struct timeval32 { long sec, usec; };
struct itimerval { struct timeval32 interval, value; };

static long futex(int *uaddr, int op, int val, void *timeout, int *uaddr2, int val3) {
  return sys6(422, (long)uaddr, op, val, (long)timeout, (long)uaddr2, val3);
}
static void nap_ms(int ms) {
  struct ts t = { 0, ms * 1000000L, 0 };
  sys6(407, 1, 0, (long)&t, 0, 0, 0);
}
static volatile int alarms;
static void on_alarm(int sig) { (void)sig; alarms++; }

int main(void) {
  int *shared = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED_ANON, -1, 0);
  static int private_word;
  shared[0] = 0;
  put_num("wait for 1 on 0: ", futex(shared, FUTEX_WAIT, 1, 0, 0, 0));
  struct ts t10 = { 0, 10000000, 0 };
  put_num("wait 10 ms: ", futex(shared, FUTEX_WAIT, 0, &t10, 0, 0));
  put_num("wake nobody: ", futex(shared, FUTEX_WAKE, 5, 0, 0, 0));

  // Across fork, through shared memory: the child sets the word and wakes the parent. (Printed so
  // that the result is the same if the parent is late to wait: it then finds the word set.)
  if (fork() == 0) {
    nap_ms(20);
    shared[0] = 1;
    long woke = futex(shared, FUTEX_WAKE, 10, 0, 0, 0);
    put_num("child woke the parent, or found nobody waiting: ", woke == 1 || woke == 0);
    exit(0);
  }
  long waited = futex(shared, FUTEX_WAIT, 0, 0, 0, 0);
  siginfo_t info;
  waitid(P_ALL, 0, &info, WEXITED);
  put_num("parent's wait ended by the wake (or never began): ", waited == 0 || waited == -11);
  put_num("parent sees: ", shared[0]);

  // A private word: the child's wake is on its own copy.
  if (fork() == 0) {
    nap_ms(5);
    put_num("child woke its own: ", futex(&private_word, FUTEX_WAKE | FUTEX_PRIVATE_FLAG, 10, 0, 0, 0));
    exit(0);
  }
  struct ts t40 = { 0, 40000000, 0 };
  long r = futex(&private_word, FUTEX_WAIT | FUTEX_PRIVATE_FLAG, 0, &t40, 0, 0);
  waitid(P_ALL, 0, &info, WEXITED);
  put_num("parent's private wait: ", r);

  // A handler interrupts a wait: -EINTR.
  struct ksigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.handler = (void *)on_alarm;
  sys6(134, 14, (long)&sa, 0, 8, 0, 0);
  struct itimerval v = { { 0, 0 }, { 0, 10000 } };
  sys6(103, 0, (long)&v, 0, 0, 0, 0);
  put_num("interrupted: ", futex(shared, FUTEX_WAIT, 1, 0, 0, 0));
  put_num("  handler ran: ", alarms);

  // FUTEX_WAKE_OP: word2 = 5 (SET), nobody waits: 0 woken.
  int word2 = 9;
  put_num("wake_op: ", futex(shared, FUTEX_WAKE_OP, 1, (void *)1, &word2, (0 << 28) | (0 << 24) | (5 << 12) | 9));
  put_num("  word2: ", word2);
  put_num("cmp_requeue, another value: ", futex(shared, FUTEX_CMP_REQUEUE, 1, (void *)1, &word2, 77));
  put_num("cmp_requeue: ", futex(shared, FUTEX_CMP_REQUEUE, 1, (void *)1, &word2, 1));

  put_num("unaligned: ", futex((int *)((char *)shared + 2), FUTEX_WAKE, 1, 0, 0, 0));
  put_num("unknown operation: ", futex(shared, 99, 1, 0, 0, 0));
  put_num("FUTEX_WAIT with FUTEX_CLOCK_REALTIME: ", futex(shared, FUTEX_WAIT | FUTEX_CLOCK_REALTIME, 1, 0, 0, 0));
  put_num("FUTEX_WAIT_BITSET, bitset 0: ", futex(shared, FUTEX_WAIT_BITSET, 1, 0, 0, 0));
  struct ts bad = { 0, 1000000000, 0 };
  put_num("a timeout of a second's nanoseconds: ", futex(shared, FUTEX_WAIT, 1, &bad, 0, 0));
  put_num("an absolute timeout passed: ", futex(shared, FUTEX_WAIT_BITSET, 1, &t10, 0, -1));
  return 0;
}
