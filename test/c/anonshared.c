/*
 * Anonymous shared memory (MAP_SHARED | MAP_ANONYMOUS) is shared with children: what a child
 * writes there, its parent sees.
 */
#include "sys.h"

int main(void) {
  int *shared = mmap(0, 2 * 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  put_num("mapped: ", shared != MAP_FAILED);
  put_num("zero: ", shared[1024]);
  shared[0] = 1;
  int pid = fork();
  if (pid == 0) {
    shared[0] += 10;   /* a page the parent had touched */
    shared[1024] = 20; /* and one nobody had */
    exit(0);
  }
  siginfo_t si;
  put_num("waitid: ", waitid(P_PID, pid, &si, WEXITED));
  put_num("parent sees the child's writes: ", shared[0] + shared[1024]);
  return 0;
}
