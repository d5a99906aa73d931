/*
 * futex_time64, what an adversarial review found against Linux 6.18 (kernel/futex): a wake count
 * of 0 or less wakes one; FUTEX_REQUEUE onto the same futex counts the waiters it moves;
 * FUTEX_PRIVATE_FLAG keys by the process and address whatever the memory (and looks at no page);
 * a read-only MAP_PRIVATE file page is shared by the processes that map it (keyed by the file);
 * without the flag the page is brought in, and PROT_NONE, read-only private anonymous memory or no
 * page is -EFAULT; uaddr's key is taken before uaddr2's; the PI operations' timeout and counts
 * are checked before their -ENOSYS. Waiters are counted by requeueing them away and back, so the
 * output does not depend on timing.
 */
#include "sys.h"
#define FUTEX_WAIT 0
#define FUTEX_WAKE 1
#define FUTEX_FD 2
#define FUTEX_REQUEUE 3
#define FUTEX_CMP_REQUEUE 4
#define FUTEX_WAKE_OP 5
#define FUTEX_LOCK_PI 6
#define FUTEX_UNLOCK_PI 7
#define FUTEX_TRYLOCK_PI 8
#define FUTEX_WAIT_BITSET 9
#define FUTEX_WAKE_BITSET 10
#define FUTEX_WAIT_REQUEUE_PI 11
#define FUTEX_CMP_REQUEUE_PI 12
#define FUTEX_LOCK_PI2 13
#define FUTEX_PRIVATE_FLAG 128
#define FUTEX_CLOCK_REALTIME 256
#define SHANON (MAP_SHARED | MAP_ANONYMOUS)
#define INT_MAX 0x7fffffff
struct ts { long long sec; long nsec; long pad; };
static long futex(volatile int *uaddr, int op, int val, long timeout, volatile int *uaddr2, int val3) {
  return sys6(422, (long)uaddr, op, val, timeout, (long)uaddr2, val3);
}
static void nap_ms(int ms) {
  struct ts t = { 0, ms * 1000000L, 0 };
  sys6(407, 1, 0, (long)&t, 0, 0, 0);
}
/* number of waiters on a (shared) futex a, using b as scratch: move all to b, then back */
static long nwaiters(volatile int *a, volatile int *b) {
  long n = futex(a, FUTEX_REQUEUE, 0, INT_MAX, b, 0);
  futex(b, FUTEX_REQUEUE, 0, INT_MAX, a, 0);
  return n;
}
static void wait_for_waiters(volatile int *a, volatile int *b, int n) {
  for (int i = 0; i < 2000; i++) { if (nwaiters(a, b) >= n) { return; } nap_ms(1); }
  puts_("TIMEOUT waiting for waiters\n");
}
static void reap_all(void) { siginfo_t info; while (waitid(P_ALL, 0, &info, WEXITED) == 0) {} }
/* A waiting child reports its futex result through its exit status; the parent prints it once reaped (output order kept). */
static void reap_one(const char *label) { siginfo_t info; waitid(P_ALL, 0, &info, WEXITED); put_num(label, (signed char)info.si_status); }
static void handle(int sig, void (*h)(int), unsigned long flags) {
  struct ksigaction sa; memset(&sa, 0, sizeof sa); sa.handler = (void *)h; sa.flags = flags;
  sys6(134, sig, (long)&sa, 0, 8, 0, 0);
}

/* one waiter (child, 200 ms timeout); FUTEX_WAKE with val 0, then -1 */
static void wake_counts(void) {
  volatile int *f = mmap(0, 4096, PROT_READ | PROT_WRITE, SHANON, -1, 0);
  int vals[2] = { 0, -1 };
  for (int i = 0; i < 2; i++) {
    if (fork() == 0) { struct ts t = { 0, 200000000, 0 }; exit(futex(f, FUTEX_WAIT, 0, (long)&t, 0, 0) & 0xff); }
    wait_for_waiters(f, f + 1, 1);
    put_num("FUTEX_WAKE val ", vals[i]);
    put_num("  returns ", futex(f, FUTEX_WAKE, vals[i], 0, 0, 0));
    reap_one("  waiter: ");
  }
}

/* three waiters on f; FUTEX_REQUEUE(f -> f, nr_wake 0, nr_requeue INT_MAX); then CMP_REQUEUE(f -> f, 1, 1) */
static void requeue_to_itself(void) {
  volatile int *f = mmap(0, 4096, PROT_READ | PROT_WRITE, SHANON, -1, 0);
  for (int i = 0; i < 3; i++) {
    if (fork() == 0) { struct ts t = { 0, 300000000, 0 }; futex(f, FUTEX_WAIT, 0, (long)&t, 0, 0); exit(0); }
    wait_for_waiters(f, f + 1, i + 1);
  }
  put_num("REQUEUE f->f 0, INT_MAX: ", futex(f, FUTEX_REQUEUE, 0, INT_MAX, f, 0));
  put_num("CMP_REQUEUE f->f 1, 1: ", futex(f, FUTEX_CMP_REQUEUE, 1, 1, f, 0));
  reap_all();
}

/* a child waits with FUTEX_WAIT|FUTEX_PRIVATE_FLAG on MAP_SHARED memory (100 ms timeout); the parent wakes */
static void keys(void) {
  volatile int *f = mmap(0, 4096, PROT_READ | PROT_WRITE, SHANON, -1, 0);
  int ops[2] = { FUTEX_WAKE, FUTEX_WAKE | FUTEX_PRIVATE_FLAG };
  for (int i = 0; i < 2; i++) {
    if (fork() == 0) { struct ts t = { 0, 100000000, 0 }; exit(futex(f, FUTEX_WAIT | FUTEX_PRIVATE_FLAG, 0, (long)&t, 0, 0) & 0xff); }
    nap_ms(50);
    put_num(i ? "parent FUTEX_WAKE|PRIVATE: " : "parent FUTEX_WAKE: ", futex(f, ops[i], 1, 0, 0, 0));
    reap_one("  private-flag waiter: ");
  }
  /* a file mapped MAP_PRIVATE, PROT_READ, never written: Linux keys it by inode+offset */
  int fd = open("r3.dat", O_RDWR | O_CREAT | O_TRUNC, 0644);
  char z[4096]; memset(z, 0, sizeof z); write(fd, z, sizeof z);
  volatile int *p = mmap(0, 4096, PROT_READ, MAP_PRIVATE, fd, 0);
  if (fork() == 0) { struct ts t = { 2, 0, 0 }; exit(futex(p, FUTEX_WAIT, 0, (long)&t, 0, 0) & 0xff); }
  wait_for_waiters(p, p + 1, 1);
  put_num("parent FUTEX_WAKE on its own mapping of the file: ", futex(p, FUTEX_WAKE, 1, 0, 0, 0));
  reap_one("  waiter in MAP_PRIVATE PROT_READ file page: ");
  unlink("r3.dat");
}

#define P FUTEX_PRIVATE_FLAG
#define T(label, expr) put_num(label ": ", expr)
static void checks(void) {
  volatile int *sh = mmap(0, 4096, PROT_READ | PROT_WRITE, SHANON, -1, 0);
  volatile int *un = (volatile int *)0x10000000; /* no area */
  volatile int *pv = mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  volatile int *none = pv, *ro = pv + 1024;
  ro[0] = 7;
  mprotect((void *)none, 4096, PROT_NONE);
  mprotect((void *)ro, 4096, PROT_READ);
  puts_("-- FUTEX_PRIVATE_FLAG: get_futex_key checks no page\n");
  T("WAKE|P unmapped", futex(un, FUTEX_WAKE | P, 1, 0, 0, 0));
  T("WAKE|P NULL", futex(0, FUTEX_WAKE | P, 1, 0, 0, 0));
  T("REQUEUE|P unmapped->unmapped", futex(un, FUTEX_REQUEUE | P, 1, 1, un + 1, 0));
  T("WAKE_OP|P uaddr unmapped", futex(un, FUTEX_WAKE_OP | P, 1, 1, sh, 0));
  T("CMP_REQUEUE|P uaddr2 unmapped, val3 differs", futex(sh, FUTEX_CMP_REQUEUE | P, 1, 1, un, 5));
  T("WAKE_OP|P uaddr2 unmapped, op 7", futex(sh, FUTEX_WAKE_OP | P, 1, 1, un, 7 << 28));
  puts_("-- shared ops: get_futex_key pins the page\n");
  T("WAKE on PROT_NONE private", futex(none, FUTEX_WAKE, 1, 0, 0, 0));
  T("REQUEUE from PROT_NONE", futex(none, FUTEX_REQUEUE, 1, 1, sh, 0));
  T("WAKE_OP uaddr PROT_NONE", futex(none, FUTEX_WAKE_OP, 1, 1, sh, 0));
  T("WAKE on read-only private anon", futex(ro, FUTEX_WAKE, 1, 0, 0, 0));
  T("WAIT on read-only private anon, val differs", futex(ro, FUTEX_WAIT, 1, 0, 0, 0));
  T("WAKE_OP uaddr2 read-only, op 7", futex(sh, FUTEX_WAKE_OP, 1, 1, ro, 7 << 28));
  mprotect((void *)sh, 4096, PROT_NONE);
  T("WAKE on MAP_SHARED PROT_NONE", futex(sh, FUTEX_WAKE, 1, 0, 0, 0));
  mprotect((void *)sh, 4096, PROT_READ | PROT_WRITE);
  puts_("-- order: uaddr's key before uaddr2's\n");
  T("REQUEUE uaddr unmapped, uaddr2 unaligned", futex(un, FUTEX_REQUEUE, 1, 1, (int *)((char *)sh + 1), 0));
  T("WAKE_OP uaddr unmapped, uaddr2 unaligned", futex(un, FUTEX_WAKE_OP, 1, 1, (int *)((char *)sh + 1), 0));
  puts_("-- PI ops: the timeout is read first (futex_cmd_has_timeout)\n");
  struct ts bad = { 0, -1, 0 };
  T("LOCK_PI, nsec -1", futex(sh, FUTEX_LOCK_PI, 0, (long)&bad, 0, 0));
  T("LOCK_PI, timeout at 16", futex(sh, FUTEX_LOCK_PI, 0, 16, 0, 0));
  T("WAIT_REQUEUE_PI, timeout at 16", futex(sh, FUTEX_WAIT_REQUEUE_PI, 0, 16, sh + 1, 0));
  T("CMP_REQUEUE_PI, nr_requeue -1", futex(sh, FUTEX_CMP_REQUEUE_PI, 1, -1, sh + 1, 0));
}

int main(void) {
  wake_counts();
  requeue_to_itself();
  keys();
  checks();
  return 0;
}
