/**
 * System calls, by Linux rv32 number (a7), with a0..a5 as arguments and the result in a0.
 * Behaviour follows Linux as qemu-riscv32 shows it. An unknown number returns -ENOSYS.
 * A handler may instead return SYSCALL_BLOCKED (it put the process to sleep: the call runs again
 * when it is woken) or SYSCALL_NEW_IMAGE (execve replaced the registers: nothing to return).
 */
import type { KernelServices } from './services.js';
import type { Process } from './proc.js';
import { EINVAL, ENOSYS } from './errno.js';
import { sysBrk, sysMadvise, sysMmap2, sysMprotect, sysMsync, sysMunmap } from './mman.js';
import {
  sysClose, sysDup, sysDup3, sysFaccessat, sysFstat, sysReadlinkat, sysFsync, sysFtruncate, sysLlseek, sysOpenat, sysPread, sysPwrite, sysRead, sysReadv, sysStatx, sysTruncate,
  sysUnlinkat, sysWrite, sysWritev,
} from './files.js';
import { sysPipe2 } from './pipe.js';
import { sysWait4, sysWaitid } from './wait.js';
import { sysKill, sysTgkill, sysTkill } from './signals.js';
import { sysExecve } from './execve.js';
import { sysClone } from './lifecycle.js';
import {
  SYS_CLOCK_GETRES_TIME64, SYS_CLOCK_GETTIME64, SYS_CLOCK_NANOSLEEP_TIME64, sysClockGetres, sysClockGettime, sysClockNanosleep,
} from './clocks.js';
import { SYS_GETRANDOM, SYS_SYSINFO, SYS_UNAME, sysGetrandom, sysSysinfo, sysUname } from './sysinfo.js';
import { SYS_FCNTL64, sysFcntl } from './fcntl.js';
import { SYS_IOCTL, sysIoctl } from './ioctl.js';
import { sysRtSigaction, sysRtSigpending, sysRtSigprocmask, sysRtSigreturn, sysRtSigsuspend, sysSigaltstack } from './sigaction.js';
import { SYS_CHDIR, SYS_FCHDIR, SYS_GETCWD, sysChdir, sysFchdir, sysGetcwd } from './cwd.js';
import { SYS_GETDENTS64, SYS_MKDIRAT, SYS_RENAMEAT2, sysGetdents64, sysMkdirat, sysRenameat2 } from './dirs.js';
import { SYS_FCHMOD, SYS_FCHMODAT, SYS_FDATASYNC, SYS_LINKAT, SYS_SYMLINKAT, sysFchmod, sysFchmodat, sysLinkat, sysSymlinkat } from './attrs.js';
import { SYS_GETRUSAGE, SYS_TIMES, sysGetrusage, sysTimes } from './rusage.js';
import { SYS_MINCORE, sysMincore } from './mincore.js';
import { SYS_MREMAP, sysMremap } from './mremap.js';
import { SYS_FUTEX_TIME64, sysFutex } from './futex.js';
import { SYS_PPOLL_TIME64, SYS_PSELECT6_TIME64, sysPpoll, sysPselect6 } from './poll.js';
import { SYS_MLOCK, SYS_MLOCK2, SYS_MLOCKALL, SYS_MUNLOCK, SYS_MUNLOCKALL, sysMlock, sysMlockall, sysMunlock, sysMunlockall } from './mlock.js';
import { SYS_GETITIMER, SYS_SETITIMER, sysGetitimer, sysSetitimer } from './itimers.js';
import { SYS_PRLIMIT64, sysPrlimit64 } from './rlimits.js';
import { SYS_GETPGID, SYS_GETSID, SYS_SETPGID, SYS_SETSID, sysGetpgid, sysGetsid, sysSetpgid, sysSetsid } from './pgrp.js';

/** What these calls use of the kernel. */
type Kernel = KernelServices;

export const SYS_UNLINKAT = 35, SYS_OPENAT = 56, SYS_CLOSE = 57, SYS_LLSEEK = 62, SYS_READ = 63, SYS_WRITE = 64;
export const SYS_READV = 65, SYS_WRITEV = 66, SYS_PREAD64 = 67, SYS_PWRITE64 = 68, SYS_TRUNCATE64 = 45, SYS_FTRUNCATE64 = 46;
export const SYS_FSTAT = 80, SYS_FSYNC = 82, SYS_EXIT = 93, SYS_EXIT_GROUP = 94, SYS_GETPID = 172, SYS_BRK = 214;
export const SYS_MUNMAP = 215, SYS_MMAP2 = 222, SYS_MPROTECT = 226, SYS_MSYNC = 227, SYS_MADVISE = 233, SYS_STATX = 291;
export const SYS_DUP = 23, SYS_DUP3 = 24, SYS_PIPE2 = 59, SYS_WAITID = 95, SYS_SCHED_YIELD = 124, SYS_KILL = 129;
export const SYS_TKILL = 130, SYS_TGKILL = 131, SYS_GETPPID = 173, SYS_CLONE = 220, SYS_EXECVE = 221, SYS_WAIT4 = 260;
export const SYS_RISCV_FLUSH_ICACHE = 259;
export const SYS_SIGALTSTACK = 132, SYS_RT_SIGSUSPEND = 133, SYS_RT_SIGACTION = 134, SYS_RT_SIGPROCMASK = 135, SYS_RT_SIGPENDING = 136;
export const SYS_RT_SIGRETURN = 139, SYS_FACCESSAT = 48, SYS_FACCESSAT2 = 439, SYS_READLINKAT = 78;
export const SYS_UMASK = 166, SYS_SET_TID_ADDRESS = 96, SYS_GETUID = 174, SYS_GETEUID = 175, SYS_GETGID = 176, SYS_GETEGID = 177, SYS_GETTID = 178;


type Syscall = (k: Kernel, p: Process, a: Int32Array) => number;

/** A 64-bit file offset passed in two registers (low, high), exactly. */
const offset64 = (low: number, high: number): bigint => (BigInt(high) << 32n) + BigInt(low >>> 0);

const TABLE = new Map<number, Syscall>([
  [SYS_OPENAT, (k, p, a) => sysOpenat(k, p, a[0], a[1] >>> 0, a[2], a[3])],
  [SYS_CLOSE, (k, p, a) => sysClose(k, p, a[0])],
  [SYS_READ, (k, p, a) => sysRead(k, p, a[0], a[1] >>> 0, a[2] >>> 0)],
  [SYS_LLSEEK, (k, p, a) => sysLlseek(k, p, a[0], a[1], a[2], a[3] >>> 0, a[4])],
  [SYS_FSTAT, (k, p, a) => sysFstat(k, p, a[0], a[1] >>> 0)],
  [SYS_STATX, (k, p, a) => sysStatx(k, p, a[0], a[1] >>> 0, a[2], a[3], a[4] >>> 0)],
  [SYS_FACCESSAT, (k, p, a) => sysFaccessat(k, p, a[0], a[1] >>> 0, a[2], 0)],
  [SYS_FACCESSAT2, (k, p, a) => sysFaccessat(k, p, a[0], a[1] >>> 0, a[2], a[3])],
  [SYS_READLINKAT, (k, p, a) => sysReadlinkat(k, p, a[0], a[1] >>> 0, a[2] >>> 0, a[3])],
  [SYS_UNLINKAT, (k, p, a) => sysUnlinkat(k, p, a[0], a[1] >>> 0, a[2])],
  [SYS_MKDIRAT, (k, p, a) => sysMkdirat(k, p, a[0], a[1] >>> 0, a[2])],
  [SYS_GETDENTS64, (k, p, a) => sysGetdents64(k, p, a[0], a[1] >>> 0, a[2] >>> 0)],
  [SYS_RENAMEAT2, (k, p, a) => sysRenameat2(k, p, a[0], a[1] >>> 0, a[2], a[3] >>> 0, a[4])],
  [SYS_FSYNC, (k, p, a) => sysFsync(k, p, a[0])],
  [SYS_FDATASYNC, (k, p, a) => sysFsync(k, p, a[0])],
  [SYS_LINKAT, (k, p, a) => sysLinkat(k, p, a[0], a[1] >>> 0, a[2], a[3] >>> 0, a[4])],
  [SYS_SYMLINKAT, (k, p, a) => sysSymlinkat(k, p, a[0] >>> 0, a[1], a[2] >>> 0)],
  [SYS_FCHMOD, (k, p, a) => sysFchmod(k, p, a[0], a[1])],
  [SYS_FCHMODAT, (k, p, a) => sysFchmodat(k, p, a[0], a[1] >>> 0, a[2])],
  [SYS_MMAP2, (k, p, a) => sysMmap2(k, p, a[0] >>> 0, a[1] >>> 0, a[2], a[3], a[4], a[5])],
  [SYS_MUNMAP, (k, p, a) => sysMunmap(k, p, a[0] >>> 0, a[1] >>> 0)],
  [SYS_MPROTECT, (k, p, a) => sysMprotect(k, p, a[0] >>> 0, a[1] >>> 0, a[2])],
  [SYS_MSYNC, (k, p, a) => sysMsync(k, p, a[0] >>> 0, a[1] >>> 0, a[2])],
  [SYS_MADVISE, (k, p, a) => sysMadvise(k, p, a[0] >>> 0, a[1] >>> 0, a[2])],
  [SYS_MINCORE, (k, p, a) => sysMincore(k, p, a[0] >>> 0, a[1] >>> 0, a[2] >>> 0)],
  [SYS_FUTEX_TIME64, (k, p, a) => sysFutex(k, p, a[0] >>> 0, a[1], a[2], a[3] >>> 0, a[4] >>> 0, a[5])],
  [SYS_PPOLL_TIME64, (k, p, a) => sysPpoll(k, p, a[0] >>> 0, a[1] >>> 0, a[2] >>> 0, a[3] >>> 0, a[4] >>> 0)],
  [SYS_PSELECT6_TIME64, (k, p, a) => sysPselect6(k, p, a[0], [a[1] >>> 0, a[2] >>> 0, a[3] >>> 0], a[4] >>> 0, a[5] >>> 0)],
  [SYS_MREMAP, (k, p, a) => sysMremap(k, p, a[0] >>> 0, a[1] >>> 0, a[2] >>> 0, a[3], a[4] >>> 0)],
  [SYS_MLOCK, (k, p, a) => sysMlock(k, p, a[0] >>> 0, a[1] >>> 0, 0)],
  [SYS_MLOCK2, (k, p, a) => sysMlock(k, p, a[0] >>> 0, a[1] >>> 0, a[2])],
  [SYS_MUNLOCK, (k, p, a) => sysMunlock(k, p, a[0] >>> 0, a[1] >>> 0)],
  [SYS_MLOCKALL, (k, p, a) => sysMlockall(k, p, a[0])],
  [SYS_MUNLOCKALL, (k, p) => sysMunlockall(k, p)],
  // riscv_flush_icache(start, end, flags): a store into code already drops what was translated
  // from it (as fence.i), so nothing is left to do; flags beyond SYS_RISCV_FLUSH_ICACHE_LOCAL are Linux's EINVAL.
  [SYS_RISCV_FLUSH_ICACHE, (_k, _p, a) => ((a[2] & ~1) !== 0 ? -EINVAL : 0)],
  [SYS_WRITE, (k, p, a) => sysWrite(k, p, a[0], a[1] >>> 0, a[2] >>> 0)],
  [SYS_READV, (k, p, a) => sysReadv(k, p, a[0], a[1] >>> 0, a[2])],
  [SYS_WRITEV, (k, p, a) => sysWritev(k, p, a[0], a[1] >>> 0, a[2])],
  // A 64-bit offset in two registers, the low half first (the RV32 calling convention).
  [SYS_PREAD64, (k, p, a) => sysPread(k, p, a[0], a[1] >>> 0, a[2] >>> 0, offset64(a[3], a[4]))],
  [SYS_PWRITE64, (k, p, a) => sysPwrite(k, p, a[0], a[1] >>> 0, a[2] >>> 0, offset64(a[3], a[4]))],
  [SYS_TRUNCATE64, (k, p, a) => sysTruncate(k, p, a[0] >>> 0, (a[2] | 0) * 2 ** 32 + (a[1] >>> 0))],
  [SYS_FTRUNCATE64, (k, p, a) => sysFtruncate(k, p, a[0], (a[2] | 0) * 2 ** 32 + (a[1] >>> 0))],
  [SYS_EXIT, (k, p, a) => { k.exit(p, a[0] & 0xff); return 0; }],
  [SYS_EXIT_GROUP, (k, p, a) => { k.exit(p, a[0] & 0xff); return 0; }],
  [SYS_GETPID, (_k, p) => p.pid],
  [SYS_GETPPID, (_k, p) => p.ppid],
  // One thread a process: its thread id is its pid. set_tid_address keeps nothing, as Linux
  // clears that word at exit only for an address space with other users (see sysClone).
  [SYS_GETTID, (_k, p) => p.pid],
  [SYS_SET_TID_ADDRESS, (_k, p) => p.pid],
  // One user, the machine's owner: root, as for the alarm clocks (clocks.ts).
  [SYS_GETUID, () => 0],
  [SYS_GETEUID, () => 0],
  [SYS_GETGID, () => 0],
  [SYS_GETEGID, () => 0],
  // umask(mask): the new mask's permission bits; the old one returned.
  [SYS_UMASK, (_k, p, a) => { const old = p.umask; p.umask = a[0] & 0o777; return old; }],
  // clone as fork only (lifecycle.ts): a0 flags, a1 newsp, a2 ptid, a3 tls (unused), a4 ctid.
  [SYS_CLONE, (k, p, a) => sysClone(k, p, a[0], a[1] >>> 0, a[2] >>> 0, a[4] >>> 0)],
  [SYS_EXECVE, (k, p, a) => sysExecve(k, p, a[0] >>> 0, a[1] >>> 0, a[2] >>> 0)],
  [SYS_WAITID, (k, p, a) => sysWaitid(k, p, a[0], a[1], a[2] >>> 0, a[3], a[4] >>> 0)],
  [SYS_WAIT4, (k, p, a) => sysWait4(k, p, a[0], a[1] >>> 0, a[2], a[3] >>> 0)],
  [SYS_KILL, (k, p, a) => sysKill(k, p, a[0], a[1])],
  [SYS_TKILL, (k, p, a) => sysTkill(k, p, a[0], a[1])],
  [SYS_TGKILL, (k, p, a) => sysTgkill(k, p, a[0], a[1], a[2])],
  [SYS_SIGALTSTACK, (k, p, a) => sysSigaltstack(k, p, a[0] >>> 0, a[1] >>> 0)],
  [SYS_RT_SIGSUSPEND, (k, p, a) => sysRtSigsuspend(k, p, a[0] >>> 0, a[1] >>> 0)],
  [SYS_RT_SIGACTION, (k, p, a) => sysRtSigaction(k, p, a[0], a[1] >>> 0, a[2] >>> 0, a[3] >>> 0)],
  [SYS_RT_SIGPROCMASK, (k, p, a) => sysRtSigprocmask(k, p, a[0], a[1] >>> 0, a[2] >>> 0, a[3] >>> 0)],
  [SYS_RT_SIGPENDING, (k, p, a) => sysRtSigpending(k, p, a[0] >>> 0, a[1] >>> 0)],
  [SYS_RT_SIGRETURN, (k, p) => sysRtSigreturn(k, p)],
  [SYS_SCHED_YIELD, (_k, p) => { p.yielded = true; return 0; }],
  [SYS_PIPE2, (k, p, a) => sysPipe2(k, p, a[0] >>> 0, a[1])],
  [SYS_DUP, (k, p, a) => sysDup(k, p, a[0])],
  [SYS_DUP3, (k, p, a) => sysDup3(k, p, a[0], a[1], a[2])],
  [SYS_BRK, (k, p, a) => sysBrk(k, p, a[0] >>> 0)],
  [SYS_CLOCK_GETTIME64, (k, p, a) => sysClockGettime(k, p, a[0], a[1] >>> 0)],
  [SYS_CLOCK_GETRES_TIME64, (k, p, a) => sysClockGetres(k, p, a[0], a[1] >>> 0)],
  [SYS_CLOCK_NANOSLEEP_TIME64, (k, p, a) => sysClockNanosleep(k, p, a[0], a[1], a[2] >>> 0, a[3] >>> 0)],
  [SYS_UNAME, (k, p, a) => sysUname(k, p, a[0] >>> 0)],
  [SYS_SYSINFO, (k, p, a) => sysSysinfo(k, p, a[0] >>> 0)],
  [SYS_GETRANDOM, (k, p, a) => sysGetrandom(k, p, a[0] >>> 0, a[1] >>> 0, a[2])],
  [SYS_FCNTL64, (k, p, a) => sysFcntl(k, p, a[0], a[1], a[2])],
  [SYS_IOCTL, (k, p, a) => sysIoctl(k, p, a[0], a[1] >>> 0, a[2] >>> 0)],
  [SYS_GETCWD, (k, p, a) => sysGetcwd(k, p, a[0] >>> 0, a[1] >>> 0)],
  [SYS_CHDIR, (k, p, a) => sysChdir(k, p, a[0] >>> 0)],
  [SYS_FCHDIR, (k, p, a) => sysFchdir(k, p, a[0])],
  [SYS_SETPGID, (k, p, a) => sysSetpgid(k, p, a[0], a[1])],
  [SYS_GETPGID, (k, p, a) => sysGetpgid(k, p, a[0])],
  [SYS_GETSID, (k, p, a) => sysGetsid(k, p, a[0])],
  [SYS_SETSID, (k, p) => sysSetsid(k, p)],
  [SYS_GETRUSAGE, (k, p, a) => sysGetrusage(k, p, a[0], a[1] >>> 0)],
  [SYS_TIMES, (k, p, a) => sysTimes(k, p, a[0] >>> 0)],
  [SYS_GETITIMER, (k, p, a) => sysGetitimer(k, p, a[0], a[1] >>> 0)],
  [SYS_SETITIMER, (k, p, a) => sysSetitimer(k, p, a[0], a[1] >>> 0, a[2] >>> 0)],
  [SYS_PRLIMIT64, (k, p, a) => sysPrlimit64(k, p, a[0], a[1], a[2] >>> 0, a[3] >>> 0)],
]);

/** Run system call `number` for `p` with arguments `args` (a0..a5); returns a0. */
export function syscall(k: Kernel, p: Process, number: number, args: Int32Array): number {
  const handler = TABLE.get(number);
  return handler ? handler(k, p, args) : -ENOSYS;
}
