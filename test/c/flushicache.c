/*
 * riscv_flush_icache (259), what glibc's __riscv_flush_icache and gcc's __builtin___clear_cache
 * call on Linux: code written at run time into a mapping, the call, then the code run. (Flags
 * other than SYS_RISCV_FLUSH_ICACHE_LOCAL, 1, are Linux's EINVAL; qemu-riscv32 takes any: that
 * case is test/kernel/syscalls.test.ts's.)
 */
#include "sys.h"

#define PROT_EXEC 4

static long flush_icache(void *start, void *end, long flags) { return sys6(259, (long)start, (long)end, flags, 0, 0, 0); }

int main(void) {
  unsigned *code = mmap(0, 4096, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  int total = 0;
  for (int k = 1; k <= 3; k++) {
    code[0] = 0x00000513u | ((unsigned)(k * 7) << 20); /* li a0, 7k */
    code[1] = 0x00008067u;                            /* ret */
    put_num("flush: ", flush_icache(code, code + 2, 0));
    int got = ((int (*)(void))code)();
    put_num("the new code returns ", got);
    total += got;
  }
  put_num("local only: ", flush_icache(code, code + 2, 1));
  put_num("an empty range: ", flush_icache(code, code, 0));
  return total == 42 ? 0 : 1;
}
