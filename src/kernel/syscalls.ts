/**
 * System calls, by Linux rv32 number (a7), with a0..a5 as arguments and the result in a0.
 * Behaviour follows Linux as qemu-riscv32 shows it. An unknown number returns -ENOSYS.
 * A handler may instead return SYSCALL_BLOCKED (it put the process to sleep: the call runs again
 * when it is woken) or SYSCALL_NEW_IMAGE (execve replaced the registers: nothing to return).
 */
import type { KernelServices } from './services.js';
import type { Process } from './proc.js';
import { EBADF, EFAULT, ENOSYS, EPIPE } from './errno.js';
import { sysBrk, sysMmap2, sysMprotect, sysMsync, sysMunmap } from './mman.js';
import {
  sysClose, sysDup, sysDup3, sysFstat, sysFsync, sysLlseek, sysOpenat, sysRead, sysStatx, sysUnlinkat, sysWriteFile,
} from './files.js';
import { pipeWrite, sysPipe2 } from './pipe.js';
import { sysWait4, sysWaitid } from './wait.js';
import { SIGPIPE, sysKill } from './signals.js';
import { sysExecve } from './execve.js';
import { sysClone } from './lifecycle.js';
import { fileFor } from './fdtable.js';
import { inUserSpace } from './exec.js';
import {
  SYS_CLOCK_GETRES_TIME64, SYS_CLOCK_GETTIME64, SYS_CLOCK_NANOSLEEP_TIME64, sysClockGetres, sysClockGettime, sysClockNanosleep,
} from './clocks.js';
import { SYS_GETRANDOM, SYS_UNAME, sysGetrandom, sysUname } from './sysinfo.js';
import { SYS_FCNTL64, sysFcntl } from './fcntl.js';
import { SYS_GETPGID, SYS_GETSID, SYS_SETPGID, SYS_SETSID, sysGetpgid, sysGetsid, sysSetpgid, sysSetsid } from './pgrp.js';

/** What these calls use of the kernel. */
type Kernel = KernelServices;

export const SYS_UNLINKAT = 35, SYS_OPENAT = 56, SYS_CLOSE = 57, SYS_LLSEEK = 62, SYS_READ = 63, SYS_WRITE = 64;
export const SYS_FSTAT = 80, SYS_FSYNC = 82, SYS_EXIT = 93, SYS_EXIT_GROUP = 94, SYS_GETPID = 172, SYS_BRK = 214;
export const SYS_MUNMAP = 215, SYS_MMAP2 = 222, SYS_MPROTECT = 226, SYS_MSYNC = 227, SYS_STATX = 291;
export const SYS_DUP = 23, SYS_DUP3 = 24, SYS_PIPE2 = 59, SYS_WAITID = 95, SYS_SCHED_YIELD = 124, SYS_KILL = 129;
export const SYS_GETPPID = 173, SYS_CLONE = 220, SYS_EXECVE = 221, SYS_WAIT4 = 260;
export const SYS_SET_TID_ADDRESS = 96, SYS_GETUID = 174, SYS_GETEUID = 175, SYS_GETGID = 176, SYS_GETEGID = 177, SYS_GETTID = 178;


type Syscall = (k: Kernel, p: Process, a: Int32Array) => number;

/** write() copies user memory in pieces of this size, so a huge count never needs a huge buffer. */
const WRITE_CHUNK = 64 * 1024;

const TABLE = new Map<number, Syscall>([
  [SYS_OPENAT, (k, p, a) => sysOpenat(k, p, a[0], a[1] >>> 0, a[2], a[3])],
  [SYS_CLOSE, (k, p, a) => sysClose(k, p, a[0])],
  [SYS_READ, (k, p, a) => sysRead(k, p, a[0], a[1] >>> 0, a[2] >>> 0)],
  [SYS_LLSEEK, (k, p, a) => sysLlseek(k, p, a[0], a[1], a[2], a[3] >>> 0, a[4])],
  [SYS_FSTAT, (k, p, a) => sysFstat(k, p, a[0], a[1] >>> 0)],
  [SYS_STATX, (k, p, a) => sysStatx(k, p, a[0], a[1] >>> 0, a[2], a[3], a[4] >>> 0)],
  [SYS_UNLINKAT, (k, p, a) => sysUnlinkat(k, p, a[0], a[1] >>> 0, a[2])],
  [SYS_FSYNC, (k, p, a) => sysFsync(k, p, a[0])],
  [SYS_MMAP2, (k, p, a) => sysMmap2(k, p, a[0] >>> 0, a[1] >>> 0, a[2], a[3], a[4], a[5])],
  [SYS_MUNMAP, (k, p, a) => sysMunmap(k, p, a[0] >>> 0, a[1] >>> 0)],
  [SYS_MPROTECT, (k, p, a) => sysMprotect(k, p, a[0] >>> 0, a[1] >>> 0, a[2])],
  [SYS_MSYNC, (k, p, a) => sysMsync(k, p, a[0] >>> 0, a[1] >>> 0, a[2])],
  [SYS_WRITE, (k, p, a) => {
    const fd = a[0], buf = a[1] >>> 0, count = a[2] >>> 0;
    const f = fileFor(p, fd, 'write');
    if (!f) return -EBADF;
    if (!inUserSpace(buf, count)) return -EFAULT;
    if (f.kind === 'file') return sysWriteFile(k, p, f, buf, count);
    if (f.kind === 'pipe') return pipeWrite(k, p, f, buf, count);
    // In chunks, as Linux does: a bad page part-way gives a short count (-EFAULT if the first).
    // A reader gone away (vmlab run prog | head) is a pipe's: SIGPIPE, and -EPIPE if nothing was written.
    let done = 0;
    while (done < count) {
      const want = Math.min(WRITE_CHUNK, count - done);
      const bytes = k.copyinPrefix(p, buf + done, want);
      if (bytes.length > 0 && !k.output(f.fd, bytes)) {
        k.kill(p, SIGPIPE, 'write to a standard output with no reader');
        return done > 0 ? done : -EPIPE;
      }
      done += bytes.length;
      if (bytes.length < want) return done > 0 ? done : -EFAULT;
    }
    return count;
  }],
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
  // clone as fork only (lifecycle.ts): a0 flags, a1 newsp, a2 ptid, a3 tls (unused), a4 ctid.
  [SYS_CLONE, (k, p, a) => sysClone(k, p, a[0], a[1] >>> 0, a[2] >>> 0, a[4] >>> 0)],
  [SYS_EXECVE, (k, p, a) => sysExecve(k, p, a[0] >>> 0, a[1] >>> 0, a[2] >>> 0)],
  [SYS_WAITID, (k, p, a) => sysWaitid(k, p, a[0], a[1], a[2] >>> 0, a[3], a[4] >>> 0)],
  [SYS_WAIT4, (k, p, a) => sysWait4(k, p, a[0], a[1] >>> 0, a[2], a[3] >>> 0)],
  [SYS_KILL, (k, p, a) => sysKill(k, p, a[0], a[1])],
  [SYS_SCHED_YIELD, (_k, p) => { p.yielded = true; return 0; }],
  [SYS_PIPE2, (k, p, a) => sysPipe2(k, p, a[0] >>> 0, a[1])],
  [SYS_DUP, (k, p, a) => sysDup(k, p, a[0])],
  [SYS_DUP3, (k, p, a) => sysDup3(k, p, a[0], a[1], a[2])],
  [SYS_BRK, (k, p, a) => sysBrk(k, p, a[0] >>> 0)],
  [SYS_CLOCK_GETTIME64, (k, p, a) => sysClockGettime(k, p, a[0], a[1] >>> 0)],
  [SYS_CLOCK_GETRES_TIME64, (k, p, a) => sysClockGetres(k, p, a[0], a[1] >>> 0)],
  [SYS_CLOCK_NANOSLEEP_TIME64, (k, p, a) => sysClockNanosleep(k, p, a[0], a[1], a[2] >>> 0)],
  [SYS_UNAME, (k, p, a) => sysUname(k, p, a[0] >>> 0)],
  [SYS_GETRANDOM, (k, p, a) => sysGetrandom(k, p, a[0] >>> 0, a[1] >>> 0, a[2])],
  [SYS_FCNTL64, (k, p, a) => sysFcntl(k, p, a[0], a[1], a[2])],
  [SYS_SETPGID, (k, p, a) => sysSetpgid(k, p, a[0], a[1])],
  [SYS_GETPGID, (k, p, a) => sysGetpgid(k, p, a[0])],
  [SYS_GETSID, (k, p, a) => sysGetsid(k, p, a[0])],
  [SYS_SETSID, (k, p) => sysSetsid(k, p)],
]);

/** Run system call `number` for `p` with arguments `args` (a0..a5); returns a0. */
export function syscall(k: Kernel, p: Process, number: number, args: Int32Array): number {
  const handler = TABLE.get(number);
  return handler ? handler(k, p, args) : -ENOSYS;
}
