/**
 * A process's descriptor table: installing an open file in the lowest free descriptor, and
 * closing descriptors (a pipe's other end may then see end of file or SIGPIPE).
 */
import type { Process } from './proc.js';
import { O_PATH, retainFile, type OpenFile } from './openfile.js';
import type { KernelServices } from './services.js';
import { fileLimit } from './rlimits.js';

/** A descriptor referring to `f` was closed: a pipe's other end may now see end of file or SIGPIPE. */
export function releaseFile(k: Pick<KernelServices, 'wakeup'>, f: OpenFile): void {
  if (f.kind === 'file' && f.writable) f.inode.writers--;
  if (f.kind !== 'pipe') return;
  if (f.end === 'read') f.pipe.readers--;
  else f.pipe.writers--;
  k.wakeup(f.pipe);
}

/**
 * The open file descriptor `fd` of `p` refers to, or null if it is not open: for the calls an
 * O_PATH descriptor may be given to (Linux's fdget_raw: close, dup, fstat, fchdir, fcntl's
 * descriptor commands, a directory for the *at calls).
 */
export function fileOf(p: Process, fd: number): OpenFile | null {
  return fd >= 0 && fd < p.files.length ? p.files[fd] : null;
}

/** The open file descriptor `fd` of `p` refers to, for the calls that use the file itself (Linux's fdget): null if it is not open, or open with O_PATH (-EBADF). */
export function ioFileOf(p: Process, fd: number): OpenFile | null {
  const f = fileOf(p, fd);
  return f && !(f.kind === 'file' && (f.kept & O_PATH)) ? f : null;
}

/**
 * The open file descriptor `fd` of `p` refers to if it may be read (or written) through it: a
 * pipe's read (write) end, the host's standard input (output or error), a file opened for it;
 * null otherwise (-EBADF).
 */
export function fileFor(p: Process, fd: number, access: 'read' | 'write'): OpenFile | null {
  const f = ioFileOf(p, fd);
  if (!f) return null;
  const ok = f.kind === 'pipe' ? f.end === access : f.kind === 'stdio' ? (f.fd === 0) === (access === 'read')
    : access === 'read' ? f.readable : f.writable;
  return ok ? f : null;
}

/** Whether `p` has a free descriptor below its RLIMIT_NOFILE (installFile would find one). */
export function hasFreeFile(p: Process): boolean {
  const free = p.files.indexOf(null, p.freeFileHint);
  return (free >= 0 ? free : p.files.length) < fileLimit(p);
}

/** Put `f` in `p`'s lowest free descriptor from `lowest` on (counting it); -1 if there is none below its RLIMIT_NOFILE. */
export function installFile(p: Process, f: OpenFile, cloexec: boolean, lowest = 0): number {
  const from = Math.max(lowest, p.freeFileHint);
  let fd = p.files.indexOf(null, from);
  if (fd < 0) fd = Math.max(p.files.length, from);
  if (fd >= fileLimit(p)) return -1;
  while (p.files.length < fd) p.files.push(null);
  p.files[fd] = retainFile(f);
  if (lowest <= p.freeFileHint) p.freeFileHint = fd + 1; // fd was the lowest free one
  if (cloexec) p.cloexec.add(fd);
  else p.cloexec.delete(fd);
  return fd;
}

/** Close descriptor `fd` of `p`, if it is open. */
export function closeFile(k: Pick<KernelServices, 'wakeup'>, p: Process, fd: number): void {
  const f = fileOf(p, fd);
  if (!f) return;
  p.files[fd] = null;
  p.cloexec.delete(fd);
  p.freeFileHint = Math.min(p.freeFileHint, fd);
  releaseFile(k, f);
}

/** Close the descriptors of `p` that `which` selects (all at exit, the close-on-exec ones at execve). */
export function closeFiles(k: Pick<KernelServices, 'wakeup'>, p: Process, which: (fd: number) => boolean): void {
  p.files.forEach((f, fd) => {
    if (f && which(fd)) closeFile(k, p, fd);
  });
}
