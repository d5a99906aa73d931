/*
 * mlock, munlock, mlockall's checks and MAP_LOCKED: what a lock fills in, seen through mincore
 * (1: in memory), and Linux's errors. What qemu-riscv32 7.2 cannot show is tested in
 * test/kernel/mlock.test.ts: mlock2 (ENOSYS there), a hole in the range (qemu keeps unmapped
 * guest memory reserved on the host: no hole), MAP_POPULATE of anonymous memory (qemu maps it
 * itself), mlockall's effect (it would lock qemu) and its unknown flags (qemu drops them).
 */
#include "sys.h"
#include "resident.h"

#define MAP_LOCKED 0x2000
#define MCL_ONFAULT 4

static long mlock(void *addr, size_t len) { return sys6(228, (long)addr, len, 0, 0, 0, 0); }
static long munlock(void *addr, size_t len) { return sys6(229, (long)addr, len, 0, 0, 0, 0); }
static long mlockall(int flags) { return sys6(230, flags, 0, 0, 0, 0, 0); }

static char *fresh(int pages, int prot, int flags) {
  return mmap(0, pages * 4096, prot, MAP_PRIVATE | MAP_ANONYMOUS | flags, -1, 0);
}

int main(void) {
  char *a = fresh(4, PROT_READ | PROT_WRITE, 0);
  show("fresh: ", a, 4);
  put_num("mlock of pages 1-2: ", mlock(a + 4096, 2 * 4096));
  show(" ", a, 4);
  put_num("mlock from inside page 3, 1 byte: ", mlock(a + 3 * 4096 + 100, 1));
  show(" ", a, 4);
  put_num("munlock: ", munlock(a, 4 * 4096));
  show(" still in memory: ", a, 4);
  put_num("mlock, length 0: ", mlock(a + 1, 0));

  // PROT_NONE: locked, but no page can be filled in: -ENOMEM.
  char *d = fresh(2, PROT_NONE, 0);
  put_num("mlock of PROT_NONE: ", mlock(d, 2 * 4096));
  put_num("munlock of it: ", munlock(d, 2 * 4096));

  // A read-only private mapping of a file: its pages read in.
  int fd = open("poem.txt", O_RDONLY, 0);
  char *f = mmap(0, 4096, PROT_READ, MAP_PRIVATE, fd, 0);
  put_num("mlock of a file page: ", mlock(f, 4096));
  show(" ", f, 1);
  put_num(" its first byte: ", f[0]);

  char *e = fresh(3, PROT_READ | PROT_WRITE, MAP_LOCKED);
  show("MAP_LOCKED: ", e, 3);

  put_num("msync(MS_INVALIDATE) of a locked area: ", msync(e, 3 * 4096, 2));
  put_num("msync(MS_SYNC) of it: ", msync(e, 3 * 4096, 4));

  put_num("mlockall(0): ", mlockall(0));
  put_num("mlockall(MCL_ONFAULT): ", mlockall(MCL_ONFAULT));
  put_num("mlockall(8): ", mlockall(8));
  return 0;
}
