/*
 * clone with the flags a fork may carry beside SIGCHLD and the tid ones: CLONE_VFORK (the parent
 * sleeps until the child runs a program or ends; qemu-riscv32 runs it as a fork, so only the
 * result is compared here: test/kernel/processes.test.ts checks the sleep), CLONE_IO and
 * CLONE_DETACHED (which Linux ignores). Each child exits with its own status.
 */
#include "sys.h"

static void try(const char *label, long flags, int status) {
  siginfo_t si;
  long pid = sys6(220, flags, 0, 0, 0, 0, 0);
  if (pid == 0) exit(status);
  puts_(label);
  if (pid < 0) {
    put_num(" clone: ", pid);
    return;
  }
  put_num(" waitid: ", waitid(P_PID, pid, &si, WEXITED));
  put_num(" child exit status: ", si.si_status);
}

int main(void) {
  try("CLONE_VFORK|SIGCHLD", 0x4000 | SIGCHLD, 3);
  try("CLONE_IO|SIGCHLD", 0x80000000 | SIGCHLD, 4);
  try("CLONE_DETACHED|SIGCHLD", 0x400000 | SIGCHLD, 5);
  try("CLONE_VFORK|CLONE_IO|CLONE_DETACHED|SIGCHLD", 0x80404000 | SIGCHLD, 6);
  return 0;
}
