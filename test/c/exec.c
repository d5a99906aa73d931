/*
 * execve failures: each leaves the caller running, with its descriptors (close-on-exec ones
 * too) and its memory, and returns the Linux errno: ENOENT for a missing path, ENOTDIR for a
 * path through a file, EACCES for a directory, ENOEXEC for an executable file that is not an
 * ELF, EFAULT for a bad argv, ETXTBSY for a file open for writing. A forked child whose execve fails exits 127, as a shell's does.
 *
 * No successful execve: qemu-user hands execve to the host kernel, which cannot run a RISC-V
 * ELF (no binfmt_misc here), so qemu-riscv32 answers ENOEXEC where vmlab runs the program.
 */
#include "sys.h"

static char *const args[] = {"prog", "child", 0};
static char *const env[] = {"VMLAB_TEST=1", 0};
static int marker = 5;

/* Create `path` with permissions rwxr-xr-x holding n bytes of `text`. */
static void make_executable(const char *path, const char *text, int n) {
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0755);
  write(fd, text, n);
  close(fd);
}

int main(void) {
  make_executable("notelf", "just some text\n", 15);
  make_executable("short", "\177ELF\1\1\1", 7);
  int keep = open("log.txt", O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  int local = 7;

  puts_("-- failures leave the caller running\n");
  put_num("  missing path: ", execve("missing", args, env));
  put_num("  missing directory: ", execve("nodir/prog", args, env));
  put_num("  through a file: ", execve("notelf/prog", args, env));
  put_num("  a directory: ", execve(".", args, env));
  put_num("  not an ELF: ", execve("notelf", args, env));
  put_num("  a truncated ELF header: ", execve("short", args, env));
  put_num("  bad argv: ", sys6(221, (long)"notelf", 16, (long)env, 0, 0, 0));
  char *const bad_string[] = {"prog", (char *)16, 0};
  put_num("  bad argv string: ", execve("notelf", bad_string, env));
  put_num("  bad envp: ", sys6(221, (long)"notelf", (long)args, 16, 0, 0, 0));
  put_num("  bad path: ", sys6(221, 16, (long)args, (long)env, 0, 0, 0));
  int writer = open("notelf", O_RDWR, 0);
  put_num("  a file open for writing: ", execve("notelf", args, env));
  close(writer);
  put_num("  still running, global: ", marker);
  put_num("  local: ", local);
  put_num("  close-on-exec descriptor still open: ", write(keep, "kept\n", 5));

  puts_("-- a child whose execve fails exits 127\n");
  int pid = fork();
  if (pid == 0) {
    long r = execve("missing", args, env);
    put_num("child: execve: ", r);
    exit(127);
  }
  siginfo_t si;
  put_num("  waitid: ", waitid(P_PID, pid, &si, WEXITED));
  put_num("  si_code: ", si.si_code);
  put_num("  si_status: ", si.si_status);
  pid = fork();
  if (pid == 0) {
    long r = execve("notelf", args, env);
    put_num("child: execve: ", r);
    write(keep, "child\n", 6);
    exit(r == -8 ? 127 : 1);
  }
  put_num("  waitid: ", waitid(P_ALL, 0, &si, WEXITED));
  put_num("  si_status: ", si.si_status);
  close(keep);
  put_num("  unlink: ", unlink("short"));
  return 0;
}
