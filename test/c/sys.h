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
#define MS_SYNC 4

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

size_t strlen(const char *s);
void *memcpy(void *d, const void *s, size_t n);
void *memset(void *d, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
void puts_(const char *s);
void put_num(const char *label, long value);

#endif
