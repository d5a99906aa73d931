/*
 * RLIMIT_FSIZE: a write past the limit is cut short at it; one at it is -EFBIG with SIGXFSZ,
 * which ends a process that does not ignore it; growing a file past it with ftruncate is the
 * same, shrinking one is not. The file's bytes are compared too.
 */
#include "sys.h"

#define RLIMIT_FSIZE 1
#define SIGXFSZ 25
struct rlimit64 { unsigned long long cur, max; };

static char bytes[1500];

static long ftruncate64(int fd, long long length) { return sys6(46, fd, (long)length, (long)(length >> 32), 0, 0, 0); }

int main(void) {
  struct rlimit64 limit = { 1000, 1000 };
  put_num("prlimit: ", sys6(261, 0, RLIMIT_FSIZE, (long)&limit, 0, 0, 0));
  memset(bytes, 'x', sizeof bytes);

  // A child that keeps SIGXFSZ's default action ends by it.
  int pid = fork();
  if (pid == 0) {
    int fd = open("killed.out", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    write(fd, bytes, 1000);
    write(fd, bytes, 1); // at the limit: SIGXFSZ
    puts_("not reached\n");
    exit(0);
  }
  siginfo_t info;
  waitid(P_PID, pid, &info, WEXITED);
  put_num("child ended by signal: ", info.si_code == CLD_KILLED || info.si_code == 3);
  put_num(" which: ", info.si_status);

  struct ksigaction ignore;
  memset(&ignore, 0, sizeof ignore);
  ignore.handler = (void *)1;
  sys6(134, SIGXFSZ, (long)&ignore, 0, 8, 0, 0);
  int fd = open("limited.out", O_RDWR | O_CREAT | O_TRUNC, 0644);
  put_num("write 1500: ", write(fd, bytes, 1500));
  put_num("write at the limit: ", write(fd, bytes, 1));
  put_num("write of nothing at the limit: ", write(fd, bytes, 0));
  put_num("pwrite across it: ", sys6(68, fd, (long)bytes, 10, 995, 0, 0));
  put_num("ftruncate past it: ", ftruncate64(fd, 2000));
  put_num("ftruncate to 500: ", ftruncate64(fd, 500));
  put_num("ftruncate to 1000: ", ftruncate64(fd, 1000));
  put_num("size: ", lseek(fd, 0, SEEK_END));
  close(fd);
  return 0;
}
