/*
 * mremap: shrinking, moving with the pages (their data kept), MREMAP_FIXED, and Linux's errors.
 * Addresses are printed only as relations (qemu's are the host's choice). Growing in place and a
 * shared mapping's second mapping (an old length of 0) are tested in test/kernel/mremap.test.ts,
 * with the errors where qemu-riscv32 7.2's own mremap is not Linux's (a new length of 0 and a
 * private mapping's second mapping are -EINVAL, an unmapped address -EFAULT): qemu keeps
 * unmapped guest memory reserved, and will not grow into it, and crashes on the second mapping.
 */
#include "sys.h"
#include "resident.h"

#define MREMAP_MAYMOVE 1
#define MREMAP_FIXED 2
#define MREMAP_DONTUNMAP 4

static long mremap(void *old, size_t old_len, size_t new_len, int flags, void *new_addr) {
  return sys6(216, (long)old, old_len, new_len, flags, (long)new_addr, 0);
}

static char *fresh(int pages) {
  return mmap(0, pages * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
}

int main(void) {
  char *a = fresh(4);
  for (int i = 0; i < 4; i++) a[i * 4096] = 'a' + i;
  long r = mremap(a, 4 * 4096, 2 * 4096, 0, 0);
  put_num("shrunk: ", r == (long)a);
  show(" ", a, 2);
  put_num(" its data: ", a[4096]);
  put_num(" its tail unmapped: ", mincore(a + 2 * 4096, 4096, (unsigned char *)a));

  // Something mapped just above: growing needs MREMAP_MAYMOVE.
  char *b = fresh(2);
  for (int i = 0; i < 2; i++) b[i * 4096 + 7] = 'x' + i;
  char *above = mmap(b + 2 * 4096, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | 0x10, -1, 0);
  put_num("a page mapped above: ", above == b + 2 * 4096);
  put_num("grow without MREMAP_MAYMOVE: ", mremap(b, 2 * 4096, 4 * 4096, 0, 0));
  r = mremap(b, 2 * 4096, 4 * 4096, MREMAP_MAYMOVE, 0);
  char *moved = (char *)r;
  put_num("moved: ", r > 0 && moved != b);
  put_num(" its data: ", moved[7] == 'x' && moved[4096 + 7] == 'y');
  show(" ", moved, 4);
  put_num(" the old range unmapped: ", mincore(b, 4096, (unsigned char *)moved + 8192));

  // MREMAP_FIXED: to a chosen address, over what was there.
  char *target = fresh(2);
  target[0] = 'T';
  r = mremap(moved, 4096, 4096, MREMAP_MAYMOVE | MREMAP_FIXED, target + 4096);
  put_num("MREMAP_FIXED: ", r == (long)(target + 4096));
  put_num(" its data: ", target[4096 + 7] == 'x');
  put_num(" the page below kept: ", target[0]);

  put_num("unknown flag: ", mremap(target, 4096, 4096, 8, 0));
  put_num("MREMAP_FIXED alone: ", mremap(target, 4096, 4096, MREMAP_FIXED, target + 8192));
  put_num("unaligned: ", mremap(target + 1, 4096, 4096, 0, 0));
  put_num("across areas: ", mremap(target, 3 * 4096, 4 * 4096, MREMAP_MAYMOVE, 0));
  put_num("MREMAP_FIXED overlapping: ", mremap(target, 4096, 4096, MREMAP_MAYMOVE | MREMAP_FIXED, target));
  put_num("MREMAP_FIXED unaligned: ", mremap(target, 4096, 4096, MREMAP_MAYMOVE | MREMAP_FIXED, target + 100));
  put_num("same length: ", mremap(target, 4096, 4096, 0, 0) == (long)target);
  return 0;
}
