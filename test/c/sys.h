/* A tiny system-call shim for the freestanding C oracle programs (Linux rv32 numbers). */
#ifndef SYS_H
#define SYS_H

typedef unsigned int size_t;
typedef int ssize_t;
typedef long long off64_t;

#define AT_FDCWD (-100)
#define O_RDONLY 0
#define O_WRONLY 1
#define O_RDWR 2
#define O_CREAT 0100
#define O_TRUNC 01000
#define O_APPEND 02000
#define PROT_NONE 0
#define PROT_READ 1
#define PROT_WRITE 2
#define MAP_SHARED 1
#define MAP_PRIVATE 2
#define MAP_ANONYMOUS 0x20
#define MAP_FAILED ((void *)-1)
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#define SEEK_DATA 3
#define SEEK_HOLE 4
#define MS_SYNC 4
#define O_CLOEXEC 02000000
#define O_NONBLOCK 04000
#define P_ALL 0
#define P_PID 1
#define WNOHANG 1
#define WEXITED 4
#define WNOWAIT 0x01000000
#define CLD_EXITED 1
#define CLD_KILLED 2
#define SIGKILL 9
#define SIGPIPE 13
#define SIGTERM 15
#define SIGCHLD 17

/* Signals, sigaction's flags (riscv has no sa_restorer: handler, flags, mask), masks, sigaltstack. */
#define SIGHUP 1
#define SIGINT 2
#define SIGILL 4
#define SIGTRAP 5
#define SIGBUS 7
#define SIGUSR1 10
#define SIGSEGV 11
#define SIGUSR2 12
#define SIGALRM 14
#define SIGCONT 18
#define SIGSTOP 19
#define SIGTSTP 20
#define SIGURG 23
#define SA_NOCLDWAIT 2
#define SA_SIGINFO 4
#define SA_ONSTACK 0x08000000
#define SA_RESTART 0x10000000
#define SA_NODEFER 0x40000000
#define SA_RESETHAND 0x80000000u
#define SIG_BLOCK 0
#define SIG_UNBLOCK 1
#define SIG_SETMASK 2
#define SS_ONSTACK 1
#define SS_DISABLE 2
#define SS_AUTODISARM 0x80000000u
struct ksigaction {
  void *handler;
  unsigned long flags;
  unsigned mask[2];
};

/* The first fields of Linux's siginfo_t as waitid fills them (the whole struct is 128 bytes). */
typedef struct {
  int si_signo, si_errno, si_code, si_pid, si_uid, si_status;
  int pad[26];
} siginfo_t;

long sys6(long n, long a, long b, long c, long d, long e, long f);
int open(const char *path, int flags, int mode);
int close(int fd);
ssize_t read(int fd, void *buf, size_t n);
ssize_t write(int fd, const void *buf, size_t n);
off64_t lseek(int fd, off64_t offset, int whence);
void *mmap(void *addr, size_t len, int prot, int flags, int fd, long offset);
int munmap(void *addr, size_t len);
int mprotect(void *addr, size_t len, int prot);
int msync(void *addr, size_t len, int flags);
int unlink(const char *path);
long brk(void *addr);
long file_size(const char *path);
void exit(int status) __attribute__((noreturn));
int fork(void);
int execve(const char *path, char *const argv[], char *const envp[]);
int waitid(int idtype, int id, siginfo_t *info, int options);
int getpid(void);
int getppid(void);
int kill(int pid, int sig);
int sched_yield(void);
int pipe2(int fds[2], int flags);
int dup(int fd);
int dup3(int oldfd, int newfd, int flags);

size_t strlen(const char *s);
void *memcpy(void *d, const void *s, size_t n);
void *memset(void *d, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
void puts_(const char *s);
void put_num(const char *label, long value);
int streq(const char *a, const char *b);

#endif
