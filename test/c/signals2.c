/*
 * More of signal handlers, against qemu-riscv32: a pending signal set back to SIG_DFL whose
 * default is to ignore it is dropped, a parent ignoring SIGCHLD gets none; an alternate stack
 * above sp (a local array) is not "on it"; a write to a pipe whose reader leaves returns what it
 * wrote, SIGPIPE ignored; a handler's return works with a page of the program's own where vmlab
 * would put the sigreturn trampoline first; SIGCONT and a stop signal pending drop each other.
 */
#include "sys.h"
static long sigaction_(int sig, void *handler, unsigned long flags, unsigned mask0, struct ksigaction *old) {
  struct ksigaction sa = {handler, flags, {mask0, 0}};
  return sys6(134, sig, handler == (void *)-1 ? 0 : (long)&sa, (long)old, 8, 0, 0);
}
static long sigaction64(int sig, void *handler, unsigned long flags, unsigned m0, unsigned m1) {
  struct ksigaction sa = {handler, flags, {m0, m1}};
  return sys6(134, sig, (long)&sa, 0, 8, 0, 0);
}
static long sigprocmask_(int how, unsigned *set, unsigned *old) { return sys6(135, how, (long)set, (long)old, 8, 0, 0); }
static unsigned long long blocked64(void) { unsigned o[2] = {0,0}; sigprocmask_(SIG_BLOCK, 0, o); return o[0] | ((unsigned long long)o[1] << 32); }
static unsigned blocked_now(void) { unsigned o[2] = {0,0}; sigprocmask_(SIG_BLOCK, 0, o); return o[0]; }
static unsigned pending_now(void) { unsigned p[2] = {0,0}; sys6(136, (long)p, 8, 0,0,0,0); return p[0]; }
static unsigned pending_hi(void) { unsigned p[2] = {0,0}; sys6(136, (long)p, 8, 0,0,0,0); return p[1]; }
static long block1(int sig) { unsigned s[2] = {0,0}; s[(sig-1)/32] = 1u << ((sig-1)%32); return sigprocmask_(SIG_BLOCK, s, 0); }
static long unblock1(int sig) { unsigned s[2] = {0,0}; s[(sig-1)/32] = 1u << ((sig-1)%32); return sigprocmask_(SIG_UNBLOCK, s, 0); }
static long setmask(unsigned a, unsigned b) { unsigned s[2] = {a,b}; return sigprocmask_(SIG_SETMASK, s, 0); }
static long sigsuspend_(unsigned a, unsigned b) { unsigned s[2] = {a,b}; return sys6(133, (long)s, 8, 0,0,0,0); }
static long tgkill(int tg, int t, int sig) { return sys6(131, tg, t, sig, 0,0,0); }
static long tkill(int t, int sig) { return sys6(130, t, sig, 0,0,0,0); }
static long wait4_(int pid, int *st, int opt) { return sys6(260, pid, (long)st, opt, 0, 0, 0); }
static long sigaltstack_(void *sp, int flags, unsigned size, unsigned long *old) {
  unsigned long ss[3] = {(unsigned long)sp, flags, size};
  return sys6(132, sp == (void*)-1 ? 0 : (long)ss, (long)old, 0,0,0,0);
}
#define UC_PC(uc) (((unsigned *)((char *)(uc) + 160))[0])
#define UC_REG(uc, i) (((unsigned *)((char *)(uc) + 160))[i])
#define UC_MASK(uc) (((unsigned *)((char *)(uc) + 20)))

#define MAP_FIXED 0x10
static volatile int got;
static volatile unsigned long hsp;
static void h(int s) { int l; got = s; hsp = (unsigned long)&l; }
static void nothing(int s) { (void)s; }
static char big[200000];

static void discards(void) {
  sigaction_(SIGURG, nothing, 0, 0, 0);
  block1(SIGURG);
  kill(getpid(), SIGURG);
  put_num("SIGURG pending: ", (pending_now() >> (SIGURG - 1)) & 1);
  sigaction_(SIGURG, (void *)0, 0, 0, 0);
  put_num(" after SIG_DFL: ", (pending_now() >> (SIGURG - 1)) & 1);
  block1(SIGCHLD);
  sigaction_(SIGCHLD, (void *)1, 0, 0, 0);
  int pid = fork();
  if (pid == 0) exit(0);
  for (int i = 0; i < 200; i++) sched_yield();
  put_num("SIGCHLD pending after a child's end, ignored and blocked: ", (pending_now() >> (SIGCHLD - 1)) & 1);
  sigaction_(SIGCHLD, (void *)0, 0, 0, 0);
  unblock1(SIGCHLD);
}

static void stops(void) {
  sigaction_(SIGTSTP, nothing, 0, 0, 0);
  sigaction_(SIGCONT, nothing, 0, 0, 0);
  block1(SIGTSTP);
  block1(SIGCONT);
  kill(getpid(), SIGCONT);
  kill(getpid(), SIGTSTP);
  put_num("SIGTSTP after SIGCONT: SIGCONT pending ", (pending_now() >> (SIGCONT - 1)) & 1);
  kill(getpid(), SIGCONT);
  put_num(" SIGCONT after SIGTSTP: SIGTSTP pending ", (pending_now() >> (SIGTSTP - 1)) & 1);
  setmask(0, 0);
}

static void altstack_above_sp(void) {
  char buf[8192];
  unsigned long old[3] = {9, 9, 9};
  put_num("sigaltstack above sp: ", sigaltstack_(buf, 0, sizeof buf, 0));
  put_num(" again: ", sigaltstack_(buf, 0, sizeof buf, old));
  put_num(" old flags: ", old[1]);
  sigaction_(SIGUSR1, h, SA_ONSTACK, 0, 0);
  kill(getpid(), SIGUSR1);
  put_num(" handled: ", got);
  put_num(" on it: ", hsp >= (unsigned long)buf && hsp < (unsigned long)buf + sizeof buf);
  sigaltstack_(0, SS_DISABLE, 0, 0);
}

static void pipe_write_then_no_reader(void) {
  int fds[2];
  sigaction_(SIGPIPE, (void *)1, 0, 0, 0);
  pipe2(fds, 0);
  int pid = fork();
  if (pid == 0) {
    close(fds[1]);
    char b[100];
    for (int i = 0; i < 500; i++) sched_yield();
    read(fds[0], b, 100);
    exit(0);
  }
  close(fds[0]);
  put_num("write of 200000 bytes, the reader leaving: ", write(fds[1], big, sizeof big));
  siginfo_t si;
  waitid(P_PID, pid, &si, WEXITED);
  close(fds[1]);
}

int main(void) {
  char *p = mmap((void *)0x7ffff000, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
  put_num("a page of its own at 0x7ffff000: ", (long)p == 0x7ffff000);
  p[0] = 42;
  got = 0;
  put_num("sigaction: ", sigaction_(SIGUSR2, h, 0, 0, 0));
  kill(getpid(), SIGUSR2);
  put_num(" handled and returned: ", got);
  put_num(" the page kept: ", p[0]);
  discards();
  stops();
  altstack_above_sp();
  pipe_write_then_no_reader();
  return 0;
}
