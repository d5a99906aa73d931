/**
 * The working directory: getcwd 17, chdir 49, fchdir 50 (Linux rv32 numbers and errors). A
 * process starts in the root of the guest's tree, a child of fork in its parent's directory, and
 * execve keeps it; relative paths of every call start there (files.ts resolveAt).
 */
import type { KernelServices } from './services.js';
import type { Process } from './proc.js';
import { EBADF, EFAULT, ENOTDIR, ERANGE } from './errno.js';
import { userPathInode, workingDirectory } from './files.js';
import { fileOf } from './fdtable.js';

type Kernel = Pick<KernelServices, 'copyinPrefix' | 'copyout' | 'fs'>;

export const SYS_GETCWD = 17, SYS_CHDIR = 49, SYS_FCHDIR = 50;

/** getcwd(buf, size): the path and its NUL at `buf`; returns their length, -ERANGE if `size` is less, -EFAULT for a bad buffer. */
export function sysGetcwd(k: Kernel, p: Process, buf: number, size: number): number {
  const cwd = workingDirectory(p);
  if (typeof cwd === 'number') return cwd;
  const bytes = Buffer.from(`${cwd}\0`);
  if (size < bytes.length) return -ERANGE;
  return k.copyout(p, buf, bytes) ? bytes.length : -EFAULT;
}

/** chdir(path): the directory at `path` becomes p's working directory (the path's errors; a file -ENOTDIR). */
export function sysChdir(k: Kernel, p: Process, pathVa: number): number {
  const inode = userPathInode(k, p, pathVa);
  if (typeof inode === 'number') return inode;
  if (!inode.isDir) return -ENOTDIR;
  p.cwd = inode.path;
  p.cwdDir = inode;
  return 0;
}

/** fchdir(fd): the directory open as `fd` becomes p's working directory (-EBADF, -ENOTDIR for anything else). */
export function sysFchdir(_k: Kernel, p: Process, fd: number): number {
  const f = fileOf(p, fd);
  if (!f) return -EBADF;
  if (f.kind !== 'file' || !f.inode.isDir) return -ENOTDIR;
  // A directory removed since it was opened is taken too, as Linux: relative paths then find nothing.
  p.cwd = f.inode.path;
  p.cwdDir = f.inode;
  return 0;
}
