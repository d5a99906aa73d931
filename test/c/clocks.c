/*
 * clock_gettime64 and clock_getres_time64 (rv32 Linux's only clock calls): what every run
 * shows, whatever the clock's value (qemu-riscv32 gives the host's time, vmlab the machine's
 * cycles): the results and errors, a CPU-time clock that has advanced, nanoseconds below a
 * second, a resolution of at most a millisecond, and a monotonic clock that does not go back.
 */
#include "sys.h"

struct timespec64 {
  long long sec, nsec;
};

static long clock_gettime64(int clock, struct timespec64 *tp) { return sys6(403, clock, (long)tp, 0, 0, 0, 0); }
static long clock_getres64(int clock, struct timespec64 *res) { return sys6(406, clock, (long)res, 0, 0, 0, 0); }

int main(void) {
  struct timespec64 first, second, cpu, res;
  put_num("monotonic: ", clock_gettime64(1, &first));
  volatile int sum = 0;
  for (int i = 0; i < 100000; i++) sum += i;
  put_num("monotonic again: ", clock_gettime64(1, &second));
  put_num("not back: ", second.sec > first.sec || (second.sec == first.sec && second.nsec >= first.nsec));
  put_num("nanoseconds below a second: ", first.nsec >= 0 && first.nsec < 1000000000 && second.nsec < 1000000000);
  put_num("realtime: ", clock_gettime64(0, &first));
  put_num("process CPU time: ", clock_gettime64(2, &cpu));
  put_num("CPU time advanced: ", cpu.sec > 0 || cpu.nsec > 0);
  put_num("resolution: ", clock_getres64(1, &res));
  put_num("at most 1 ms: ", res.sec == 0 && res.nsec > 0 && res.nsec <= 1000000);
  put_num("resolution, NULL: ", clock_getres64(0, 0));
  put_num("clock 10: ", clock_gettime64(10, &first));
  put_num("clock 12, resolution: ", clock_getres64(12, &res));
  put_num("bad pointer: ", clock_gettime64(1, (struct timespec64 *)16));
  return 0;
}
