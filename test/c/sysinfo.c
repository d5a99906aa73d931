/*
 * uname and getrandom as every run shows them (qemu-riscv32 gives the host's node name and
 * release, and fresh random bytes): the system and machine names, the results and errors; and
 * the thread and user ids as relations (qemu gives the host's).
 */
#include "sys.h"

struct utsname {
  char sysname[65], nodename[65], release[65], version[65], machine[65], domainname[65];
};

static long uname(struct utsname *u) { return sys6(160, (long)u, 0, 0, 0, 0, 0); }
static long getrandom(void *buf, size_t count, unsigned flags) { return sys6(278, (long)buf, count, flags, 0, 0, 0); }

int main(void) {
  struct utsname u;
  put_num("uname: ", uname(&u));
  puts_(u.sysname);
  puts_(" ");
  puts_(u.machine);
  puts_("\n");
  put_num("uname, bad pointer: ", uname((struct utsname *)16));
  char buf[64];
  put_num("getrandom: ", getrandom(buf, sizeof buf, 0));
  put_num("GRND_NONBLOCK: ", getrandom(buf, 8, 1));
  put_num("GRND_INSECURE: ", getrandom(buf, 8, 4));
  put_num("none wanted: ", getrandom(buf, 0, 0));
  put_num("unknown flag: ", getrandom(buf, 8, 8));
  put_num("GRND_RANDOM | GRND_INSECURE: ", getrandom(buf, 8, 6));
  put_num("bad pointer: ", getrandom((void *)16, 8, 0));
  /* Identities, as relations: one thread, its id the pid; real and effective ids alike. */
  int tid_word = 7;
  put_num("gettid is getpid: ", sys6(178, 0, 0, 0, 0, 0, 0) == getpid());
  put_num("set_tid_address gives the tid: ", sys6(96, (long)&tid_word, 0, 0, 0, 0, 0) == getpid());
  put_num("  and leaves the word: ", tid_word);
  put_num("getuid is geteuid: ", sys6(174, 0, 0, 0, 0, 0, 0) == sys6(175, 0, 0, 0, 0, 0, 0));
  put_num("getgid is getegid: ", sys6(176, 0, 0, 0, 0, 0, 0) == sys6(177, 0, 0, 0, 0, 0, 0));
  put_num("getuid, not an error: ", sys6(174, 0, 0, 0, 0, 0, 0) >= 0);
  return 0;
}
