/**
 * fcntl64 (rv32's fcntl): duplicating a descriptor from a lowest number on, its close-on-exec
 * flag, and its open file's status flags (the access mode, O_APPEND, O_NONBLOCK and what open(2)
 * kept, openfile.ts keptFlags; F_SETFL changes O_APPEND, O_NONBLOCK, O_DIRECT and O_NOATIME, and
 * on a pipe O_ASYNC, for every descriptor that shares the open file, as Linux does; vmlab sends no
 * SIGIO), and a pipe's
 * capacity (F_GETPIPE_SZ, F_SETPIPE_SZ: pipe.ts; -EBADF for another file). Record locks, leases
 * and signals are not modelled: those commands are -EINVAL.
 */
import type { KernelServices } from './services.js';
import type { Process } from './proc.js';
import { pipeSetSize } from './pipe.js';
import { EBADF, EINVAL, EMFILE } from './errno.js';
import { fileOf, installFile, ioFileOf } from './fdtable.js';
import { fileLimit } from './rlimits.js';
import { O_ACCMODE, O_APPEND, O_ASYNC, O_DIRECT, O_NOATIME, O_NONBLOCK, O_PATH, O_RDWR, O_WRONLY, type OpenFile } from './openfile.js';

export const SYS_FCNTL64 = 25;

const F_DUPFD = 0, F_GETFD = 1, F_SETFD = 2, F_GETFL = 3, F_SETFL = 4, F_DUPFD_CLOEXEC = 1030, F_SETPIPE_SZ = 1031, F_GETPIPE_SZ = 1032;
const FD_CLOEXEC = 1;
/** The commands an O_PATH descriptor takes. */
const DESCRIPTOR_COMMANDS = new Set([F_DUPFD, F_DUPFD_CLOEXEC, F_GETFD, F_SETFD, F_GETFL]);

/** The status flags F_GETFL shows for `f`. */
function statusFlags(f: OpenFile): number {
  switch (f.kind) {
    case 'stdio': return O_RDWR;
    case 'pipe': return (f.end === 'read' ? 0 : O_WRONLY) | (f.nonblock ? O_NONBLOCK : 0) | (f.packet ? O_DIRECT : 0) | f.kept;
    case 'file': {
      if (f.kept & O_PATH) return f.kept; // the access mode was dropped with the other flags
      const access = f.readable && f.writable ? O_RDWR : f.writable ? O_WRONLY : f.readable ? 0 : O_ACCMODE;
      return access | (f.append ? O_APPEND : 0) | (f.nonblock ? O_NONBLOCK : 0) | f.kept;
    }
  }
}

/** fcntl64(fd, cmd, arg): see the module comment; -EBADF for a descriptor not open, first. */
export function sysFcntl(k: Pick<KernelServices, 'wakeup'>, p: Process, fd: number, cmd: number, arg: number): number {
  const f = fileOf(p, fd);
  if (!f) return -EBADF;
  if (!DESCRIPTOR_COMMANDS.has(cmd) && !ioFileOf(p, fd)) return -EBADF; // an O_PATH descriptor, as Linux's check_fcntl_cmd
  switch (cmd) {
    case F_DUPFD:
    case F_DUPFD_CLOEXEC: {
      if (arg < 0 || arg >= fileLimit(p)) return -EINVAL;
      const copy = installFile(p, f, cmd === F_DUPFD_CLOEXEC, arg);
      return copy < 0 ? -EMFILE : copy;
    }
    case F_GETFD: return p.cloexec.has(fd) ? FD_CLOEXEC : 0;
    case F_SETFD:
      if (arg & FD_CLOEXEC) p.cloexec.add(fd);
      else p.cloexec.delete(fd);
      return 0;
    case F_GETFL: return statusFlags(f);
    case F_SETFL:
      if (f.kind === 'file') {
        if (f.inode.isDir && (arg & O_DIRECT)) return -EINVAL; // no direct I/O for a directory, as in open
        f.append = (arg & O_APPEND) !== 0;
        f.nonblock = (arg & O_NONBLOCK) !== 0;
        f.kept = (f.kept & ~(O_DIRECT | O_NOATIME)) | (arg & (O_DIRECT | O_NOATIME));
      } else if (f.kind === 'pipe') {
        f.nonblock = (arg & O_NONBLOCK) !== 0;
        f.packet = (arg & O_DIRECT) !== 0; // packet mode, as Linux lets F_SETFL set it on a pipe
        // O_APPEND is kept (and means nothing to a pipe); a pipe has Linux's fasync: O_ASYNC is kept too.
        f.kept = arg & (O_APPEND | O_NOATIME | O_ASYNC);
      }
      return 0;
    case F_GETPIPE_SZ: return f.kind === 'pipe' ? f.pipe.capacity : -EBADF;
    case F_SETPIPE_SZ: return f.kind === 'pipe' ? pipeSetSize(k, f.pipe, arg) : -EBADF;
    default: return -EINVAL;
  }
}
