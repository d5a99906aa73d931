/*
 * sysinfo: what holds on any machine (qemu-riscv32 hands the call to the host): the call works,
 * its unit of memory is a power of 2, there is a process, the uptime is not negative;
 * a buffer it cannot write is -EFAULT. (A NULL one is too, as Linux; qemu-riscv32 returns 0:
 * test/kernel/sysinfo.test.ts.)
 */
#include "sys.h"

struct sysinfo_ {
  long uptime;
  unsigned long loads[3], totalram, freeram, sharedram, bufferram, totalswap, freeswap;
  unsigned short procs, pad;
  unsigned long totalhigh, freehigh;
  unsigned mem_unit;
  char f[8];
};

int main(void) {
  struct sysinfo_ si;
  put_num("size: ", sizeof si);
  put_num("sysinfo: ", sys6(179, (long)&si, 0, 0, 0, 0, 0));
  put_num(" unit a power of 2: ", si.mem_unit != 0 && (si.mem_unit & (si.mem_unit - 1)) == 0);
  put_num(" a process or more: ", si.procs >= 1);
  put_num(" uptime not negative: ", si.uptime >= 0);
  put_num("unwritable: ", sys6(179, 16, 0, 0, 0, 0, 0));
  return 0;
}
