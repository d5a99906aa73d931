/**
 * A file's names and permissions: symlinkat 36, linkat 37 (a hard link), fchmod 52, fchmodat 53, and
 * fdatasync 83 (fsync's, files.ts: vmlab keeps no times, so data and metadata are one). Linux
 * rv32 numbers and errors; the tree's own work is GuestFs's (fs.ts).
 */
import type { KernelServices } from './services.js';
import type { Process } from './proc.js';
import { EBADF, EINVAL, EPERM, EXDEV } from './errno.js';
import { fileOf, ioFileOf } from './fdtable.js';
import { fsCall, fsOf, lookupPath, resolveAt, userPath, userPathAt } from './files.js';
import { AT_EMPTY_PATH, AT_FDCWD } from './openfile.js';

export const SYS_SYMLINKAT = 36, SYS_LINKAT = 37, SYS_FCHMOD = 52, SYS_FCHMODAT = 53, SYS_FDATASYNC = 83;

/**
 * symlinkat(target, newdirfd, linkpath): a symlink at `linkpath` holding `target` as written
 * (GuestFs.symlink). An empty target is ENOENT, as Linux; the new name's errors as linkat's.
 */
export function sysSymlinkat(k: Kernel, p: Process, targetVa: number, newdirfd: number, linkVa: number): number {
  const target = userPath(k, p, targetVa);
  if (typeof target === 'number') return target;
  const path = userPathAt(k, p, newdirfd, linkVa);
  if (typeof path === 'number') return path;
  return fsCall(() => {
    fsOf(k).symlink(target, path);
    return 0;
  });
}

type Kernel = Pick<KernelServices, 'copyinPrefix' | 'fs'>;

const AT_SYMLINK_FOLLOW = 0x400;

/**
 * linkat(olddirfd, oldpath, newdirfd, newpath, flags): `newpath` becomes another name of the
 * file at `oldpath` (GuestFs.link); AT_SYMLINK_FOLLOW follows a symlink there; AT_EMPTY_PATH
 * with an empty `oldpath` links the file open as `olddirfd` (the caller is root, as Linux asks).
 * Another flag is EINVAL.
 */
export function sysLinkat(k: Kernel, p: Process, olddirfd: number, oldVa: number, newdirfd: number, newVa: number, flags: number): number {
  if (flags & ~(AT_SYMLINK_FOLLOW | AT_EMPTY_PATH)) return -EINVAL;
  const from = userPath(k, p, oldVa, (flags & AT_EMPTY_PATH) !== 0);
  if (typeof from === 'number') return from;
  const newPath = userPathAt(k, p, newdirfd, newVa);
  if (typeof newPath === 'number') return newPath;
  if (from === '') {
    if (olddirfd === AT_FDCWD) return -EPERM; // the working directory: a directory
    const f = fileOf(p, olddirfd);
    if (!f) return -EBADF;
    if (f.kind !== 'file') return -EXDEV; // a pipe or a standard stream: on another file system
    return fsCall(() => {
      fsOf(k).addLink(f.inode, newPath);
      return 0;
    });
  }
  const oldPath = resolveAt(p, olddirfd, from);
  if (typeof oldPath === 'number') return oldPath;
  return fsCall(() => {
    fsOf(k).link(oldPath, newPath, (flags & AT_SYMLINK_FOLLOW) !== 0);
    return 0;
  });
}

/** fchmodat(dirfd, path, mode): the permission bits of the file at `path` (followed), as chmod. */
export function sysFchmodat(k: Kernel, p: Process, dirfd: number, pathVa: number, mode: number): number {
  const path = userPathAt(k, p, dirfd, pathVa);
  if (typeof path === 'number') return path;
  const inode = lookupPath(k, path);
  if (typeof inode === 'number') return inode;
  return fsCall(() => {
    fsOf(k).chmod(inode, mode);
    return 0;
  });
}

/**
 * fchmod(fd, mode): the permission bits of the file open as `fd`. A descriptor opened with
 * O_PATH is EBADF, as Linux; a pipe or a standard stream is EPERM (vmlab keeps no mode for them
 * to change: fstat shows a pipe's as 0600, a stream's as the host's).
 */
export function sysFchmod(k: Kernel, p: Process, fd: number, mode: number): number {
  const f = ioFileOf(p, fd);
  if (!f) return -EBADF;
  if (f.kind !== 'file') return -EPERM;
  if (k.fs) k.fs.chmod(f.inode, mode);
  else f.inode.mode = mode & 0o7777; // a file outside any tree (a program assembled in memory)
  return 0;
}
