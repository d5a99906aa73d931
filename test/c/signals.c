/*
 * Signal handlers: rt_sigaction (a plain handler, SA_SIGINFO's siginfo, SA_RESETHAND, SA_NODEFER,
 * the mask a handler runs with), rt_sigprocmask and rt_sigpending (a blocked signal waits, and
 * is taken as soon as it is unblocked), a SIGSEGV handler that reads si_addr and si_code and
 * moves the saved pc past the faulting load, SIGCHLD with the child's pid and status, SIGPIPE
 * ignored (the write returns -EPIPE), a read on a pipe interrupted (-EINTR, or restarted with
 * SA_RESTART), rt_sigsuspend, sigaltstack, and the errors of each call.
 */
#include "sys.h"

static long sigaction_(int sig, void *handler, unsigned long flags, unsigned mask0, struct ksigaction *old) {
  struct ksigaction sa = {handler, flags, {mask0, 0}};
  return sys6(134, sig, handler == (void *)-1 ? 0 : (long)&sa, (long)old, 8, 0, 0);
}
static long sigprocmask_(int how, unsigned *set, unsigned *old) { return sys6(135, how, (long)set, (long)old, 8, 0, 0); }
static unsigned blocked_now(void) {
  unsigned old[2] = {0, 0};
  sigprocmask_(SIG_BLOCK, 0, old);
  return old[0];
}

static volatile int got, got_code, got_pid, got_status, depth, max_depth;
static volatile unsigned mask_in_handler;
static volatile unsigned long got_addr;

static void plain(int sig) {
  got = sig;
  mask_in_handler = blocked_now();
}

static void with_info(int sig, siginfo_t *info, void *uc) {
  (void)uc;
  got = sig;
  got_code = info->si_code;
  got_pid = info->si_pid;
  got_status = info->si_status;
}

static void segv(int sig, siginfo_t *info, void *uc) {
  got = sig;
  got_code = info->si_code;
  got_addr = *(unsigned long *)((char *)info + 12);
  unsigned *regs = (unsigned *)((char *)uc + 160);
  regs[0] += 4; /* past the faulting lw */
}

static void nested(int sig) {
  depth++;
  if (depth > max_depth) max_depth = depth;
  if (depth < 3) kill(getpid(), sig);
  depth--;
}

static char altstack[8192];
static volatile unsigned long handler_sp;
static void on_alt(int sig) {
  int local;
  got = sig;
  handler_sp = (unsigned long)&local;
}

int main(void) {
  struct ksigaction old;
  unsigned set[2] = {0, 0}, pending[2] = {0, 0};

  put_num("rt_sigaction SIGUSR1: ", sigaction_(SIGUSR1, plain, 0, 0, &old));
  put_num(" old handler: ", (long)old.handler);
  put_num(" kill: ", kill(getpid(), SIGUSR1));
  put_num(" handled: ", got);
  put_num(" SIGUSR1 blocked in its handler: ", (mask_in_handler >> (SIGUSR1 - 1)) & 1);
  put_num(" blocked after: ", blocked_now());

  got = 0;
  set[0] = 1u << (SIGUSR2 - 1);
  sigaction_(SIGUSR2, plain, 0, 1u << (SIGALRM - 1), 0);
  put_num("block SIGUSR2: ", sigprocmask_(SIG_BLOCK, set, 0));
  put_num(" kill: ", kill(getpid(), SIGUSR2));
  put_num(" handled while blocked: ", got);
  sys6(136, (long)pending, 8, 0, 0, 0, 0);
  put_num(" pending: ", pending[0]);
  put_num(" unblock: ", sigprocmask_(SIG_UNBLOCK, set, 0));
  put_num(" handled once unblocked: ", got);
  /* sa_mask (SIGALRM here) is blocked in the handler too on Linux; qemu-riscv32 7.2 leaves it out:
     test/kernel/signals.test.ts checks it. */

  got = 0;
  sigaction_(SIGUSR1, with_info, SA_SIGINFO | SA_RESETHAND, 0, 0);
  kill(getpid(), SIGUSR1);
  put_num("SA_SIGINFO: signal ", got);
  put_num(" si_code: ", got_code);
  put_num(" si_pid is mine: ", got_pid == getpid());
  sigaction_(SIGUSR1, (void *)-1, 0, 0, &old);
  put_num(" SA_RESETHAND left the handler: ", (long)old.handler);

  sigaction_(SIGUSR1, nested, SA_NODEFER, 0, 0);
  kill(getpid(), SIGUSR1);
  put_num("SA_NODEFER: nested handlers: ", max_depth);

  got = 0;
  sigaction_(SIGSEGV, segv, SA_SIGINFO, 0, 0);
  int value = 7;
  __asm__ volatile("li t0, 16\n\tlw %0, 0(t0)" : "+r"(value) : : "t0");
  put_num("SIGSEGV handler: signal ", got);
  put_num(" si_code: ", got_code);
  put_num(" si_addr: ", (long)got_addr);
  put_num(" the load skipped, value kept: ", value);
  char *page = mmap(0, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  __asm__ volatile("sw zero, 0(%0)" : : "r"(page) : "memory");
  put_num(" a store to a read-only page: si_code ", got_code);
  put_num(" si_addr is the page: ", got_addr == (unsigned long)page);

  got = 0;
  sigaction_(SIGCHLD, with_info, SA_SIGINFO, 0, 0);
  int pid = fork();
  if (pid == 0) exit(3);
  siginfo_t si;
  waitid(P_PID, pid, &si, WEXITED);
  put_num("SIGCHLD: signal ", got);
  put_num(" si_code: ", got_code);
  put_num(" si_pid is the child: ", got_pid == pid);
  put_num(" si_status: ", got_status);
  sigaction_(SIGCHLD, 0, 0, 0, 0); /* SIG_DFL again: the children below end unnoticed */

  sigaction_(SIGPIPE, (void *)1, 0, 0, 0);
  int fds[2];
  pipe2(fds, 0);
  close(fds[0]);
  put_num("SIGPIPE ignored: write ", write(fds[1], "x", 1));
  close(fds[1]);

  for (int restart = 0; restart < 2; restart++) {
    got = 0;
    sigaction_(SIGUSR2, plain, restart ? SA_RESTART : 0, 0, 0);
    pipe2(fds, 0);
    int child = fork();
    if (child == 0) {
      int parent = getppid();
      for (int i = 0; i < 2000; i++) sched_yield();
      kill(parent, SIGUSR2);
      for (int i = 0; i < 2000; i++) sched_yield();
      write(fds[1], "y", 1);
      exit(0);
    }
    char c = 0;
    long n = read(fds[0], &c, 1);
    put_num(restart ? "read with SA_RESTART: " : "read interrupted: ", n);
    put_num(" handled: ", got);
    if (n < 0) n = read(fds[0], &c, 1);
    put_num(" then read: ", n);
    waitid(P_PID, child, &si, WEXITED);
    close(fds[0]);
    close(fds[1]);
  }

  got = 0;
  set[0] = 1u << (SIGUSR1 - 1);
  sigaction_(SIGUSR1, plain, 0, 0, 0);
  sigprocmask_(SIG_BLOCK, set, 0);
  kill(getpid(), SIGUSR1);
  unsigned none[2] = {0, 0};
  put_num("rt_sigsuspend: ", sys6(133, (long)none, 8, 0, 0, 0, 0));
  put_num(" handled: ", got);
  put_num(" SIGUSR1 blocked again after: ", (blocked_now() >> (SIGUSR1 - 1)) & 1);
  sigprocmask_(SIG_UNBLOCK, set, 0);

  unsigned long ss[3] = {(unsigned long)altstack, 0, sizeof altstack}, oss[3];
  put_num("sigaltstack: ", sys6(132, (long)ss, (long)oss, 0, 0, 0, 0));
  put_num(" old flags (SS_DISABLE): ", oss[1]);
  got = 0;
  sigaction_(SIGUSR2, on_alt, SA_ONSTACK, 0, 0);
  kill(getpid(), SIGUSR2);
  put_num(" handler ran on it: ", handler_sp >= (unsigned long)altstack && handler_sp < (unsigned long)altstack + sizeof altstack);
  unsigned long small[3] = {(unsigned long)altstack, 0, 100};
  put_num(" too small: ", sys6(132, (long)small, 0, 0, 0, 0, 0));
  small[1] = 5;
  put_num(" bad flags: ", sys6(132, (long)small, 0, 0, 0, 0, 0));

  put_num("rt_sigaction SIGKILL: ", sigaction_(SIGKILL, plain, 0, 0, 0));
  put_num("rt_sigaction 65: ", sigaction_(65, plain, 0, 0, 0));
  put_num("rt_sigaction 0: ", sigaction_(0, plain, 0, 0, 0));
  put_num("rt_sigaction, set size 4: ", sys6(134, SIGUSR1, 0, (long)&old, 4, 0, 0));
  put_num("rt_sigaction, bad act: ", sys6(134, SIGUSR1, 16, 0, 8, 0, 0));
  put_num("rt_sigprocmask, bad how: ", sigprocmask_(7, set, 0));
  put_num("rt_sigprocmask, set size 16: ", sys6(135, SIG_BLOCK, (long)set, 0, 16, 0, 0));
  set[0] = (1u << (SIGKILL - 1)) | (1u << (SIGSTOP - 1));
  sigprocmask_(SIG_BLOCK, set, 0);
  put_num("SIGKILL and SIGSTOP stay unblocked: ", blocked_now() & set[0]);
  put_num("rt_sigpending, set size 9: ", sys6(136, (long)pending, 9, 0, 0, 0, 0));
  return 0;
}
