/*
 * How much execve takes, as Linux's fs/exec.c limits it: a string may be 32 pages with its NUL
 * (MAX_ARG_STRLEN), and all of them with their pointers a quarter of the stack limit, 6 MiB at
 * most. The target is not an ELF, so a call whose arguments fit fails with ENOEXEC (qemu-user
 * hands execve to its host, which checks the arguments before the file's format, as vmlab
 * does); one whose arguments do not fit, with E2BIG. And the auxiliary vector the process
 * started with: the entries Linux gives every program (values that do not depend on the host).
 */
#include "sys.h"

#define AT_NULL 0
#define AT_PHENT 4
#define AT_PAGESZ 6
#define AT_BASE 7
#define AT_FLAGS 8
#define AT_UID 11
#define AT_GID 13
#define AT_CLKTCK 17
#define AT_SECURE 23
#define AT_RANDOM 25
#define AT_EXECFN 31

static char one_k[1000];
static char just_fits[32 * 4096];
static char too_long[32 * 4096 + 1];
static char *args[8000];

static long run_with(int count, char *string) {
  args[0] = "notelf";
  for (int i = 1; i < count; i++) args[i] = string;
  args[count] = 0;
  return execve("notelf", args, 0);
}

int main(int argc, char **argv) {
  int fd = open("notelf", O_WRONLY | O_CREAT | O_TRUNC, 0755);
  write(fd, "just some text\n", 15);
  close(fd);
  memset(one_k, 'x', sizeof one_k - 1);
  put_num("1,000 strings of 1,000 bytes: ", run_with(1000, one_k));
  put_num("7,500 strings of 1,000 bytes (7.5 MB): ", run_with(7500, one_k));
  memset(just_fits, 'y', sizeof just_fits - 1);
  put_num("a string of 131,071 bytes and its NUL: ", run_with(2, just_fits));
  memset(too_long, 'z', sizeof too_long - 1);
  put_num("a string of 131,072 bytes and its NUL: ", run_with(2, too_long));

  /* The entries, by type (their order is the kernel's: qemu's differs from Linux's). */
  char **envp = argv + argc + 1;
  while (*envp) envp++;
  static unsigned value[64], present[64];
  for (unsigned *aux = (unsigned *)(envp + 1); aux[0] != AT_NULL; aux += 2) {
    if (aux[0] < 64) {
      value[aux[0]] = aux[1];
      present[aux[0]] = 1;
    }
  }
  static const int shown[] = {AT_PHENT, AT_PAGESZ, AT_BASE, AT_FLAGS, AT_CLKTCK, AT_SECURE};
  static const char *names[] = {"AT_PHENT ", "AT_PAGESZ ", "AT_BASE ", "AT_FLAGS ", "AT_CLKTCK ", "AT_SECURE "};
  for (int i = 0; i < 6; i++) put_num(names[i], present[shown[i]] ? (long)value[shown[i]] : -1);
  put_num("AT_UID is getuid(): ", present[AT_UID] && value[AT_UID] == (unsigned)sys6(174, 0, 0, 0, 0, 0, 0));
  put_num("AT_GID is getgid(): ", present[AT_GID] && value[AT_GID] == (unsigned)sys6(176, 0, 0, 0, 0, 0, 0));
  put_num("AT_RANDOM is above sp: ", present[AT_RANDOM] && value[AT_RANDOM] > (unsigned)argv);
  put_num("AT_EXECFN is argv[0]'s text: ", present[AT_EXECFN] && streq((char *)value[AT_EXECFN], argv[0]));
  return 0;
}
