/**
 * Pipes (pipe2 59): a 64 KiB buffer in the kernel (F_SETPIPE_SZ changes it) with a read end
 * and a write end, as Linux has them. A read of an empty pipe blocks until there is data (or returns 0, end of file, when
 * no write descriptor is left); a write blocks while the buffer is full, and writes of up to
 * PIPE_BUF bytes are atomic. Writing with no read descriptor left raises SIGPIPE (the writer
 * ends) and returns -EPIPE. O_NONBLOCK turns every block into -EAGAIN.
 */
import type { KernelServices } from './services.js';
import type { Process } from './proc.js';
import { EAGAIN, EBUSY, EFAULT, EINVAL, EMFILE, EPERM, EPIPE } from './errno.js';
import { SIGPIPE } from './signals.js';
import { O_CLOEXEC, O_NONBLOCK, type PipeEnd } from './openfile.js';
import { closeFiles, installFile } from './fdtable.js';
import { PIPE_BUF, Pipe } from './pipebuf.js';

/** What this module uses of the kernel. */
type Kernel = Pick<KernelServices, 'block' | 'copyinPrefix' | 'copyout' | 'kill' | 'wakeup'>;

const O_DIRECT = 0o40000;

/** pipe2(fds, flags): a new pipe; its read and write descriptors are stored at `fdsVa`. */
export function sysPipe2(k: Kernel, p: Process, fdsVa: number, flags: number): number {
  if (flags & ~(O_CLOEXEC | O_NONBLOCK | O_DIRECT)) return -EINVAL;
  const pipe = new Pipe();
  const nonblock = (flags & O_NONBLOCK) !== 0;
  const cloexec = (flags & O_CLOEXEC) !== 0;
  const readFd = installFile(p, { kind: 'pipe', pipe, end: 'read', nonblock }, cloexec);
  if (readFd < 0) return -EMFILE;
  const writeFd = installFile(p, { kind: 'pipe', pipe, end: 'write', nonblock }, cloexec);
  if (writeFd < 0) {
    closeFiles(k, p, (fd) => fd === readFd);
    return -EMFILE;
  }
  const fds = new Uint8Array(8);
  new DataView(fds.buffer).setInt32(0, readFd, true);
  new DataView(fds.buffer).setInt32(4, writeFd, true);
  if (!k.copyout(p, fdsVa, fds)) {
    closeFiles(k, p, (fd) => fd === readFd || fd === writeFd);
    return -EFAULT;
  }
  return 0;
}

/** read() from a pipe's read end. */
export function pipeRead(k: Kernel, p: Process, f: PipeEnd, buf: number, count: number): number {
  const pipe = f.pipe;
  if (count === 0) return 0;
  if (pipe.length === 0) {
    if (pipe.writers === 0) return 0;
    return f.nonblock ? -EAGAIN : k.block(p, pipe, 'read from a pipe');
  }
  const bytes = pipe.peek(count);
  if (!k.copyout(p, buf, bytes)) return -EFAULT;
  pipe.consume(bytes.length);
  k.wakeup(pipe);
  return bytes.length;
}

/**
 * write() to a pipe's write end. A blocking write returns only when all of it is written; what
 * it has written so far is kept in p.written while it sleeps.
 */
export function pipeWrite(k: Kernel, p: Process, f: PipeEnd, buf: number, count: number): number {
  const pipe = f.pipe;
  if (count === 0) return 0; // before the readers are looked at, as Linux's pipe_write
  if (pipe.readers === 0) {
    k.kill(p, SIGPIPE, 'write to a pipe with no reader');
    return -EPIPE;
  }
  while (p.written < count) {
    const left = count - p.written;
    const room = pipe.capacity - pipe.length;
    if (room === 0 || (left <= PIPE_BUF && room < left)) {
      if (f.nonblock) return p.written > 0 ? p.written : -EAGAIN;
      return k.block(p, pipe, 'write to a pipe');
    }
    const bytes = k.copyinPrefix(p, buf + p.written, Math.min(room, left));
    if (bytes.length === 0) return p.written > 0 ? p.written : -EFAULT;
    pipe.append(bytes);
    p.written += bytes.length;
    k.wakeup(pipe);
  }
  return count;
}

/** The most a pipe may hold: Linux's /proc/sys/fs/pipe-max-size default, for a process without CAP_SYS_RESOURCE. */
export const PIPE_MAX_SIZE = 1 << 20;
const PAGE = 4096;

/**
 * fcntl F_SETPIPE_SZ: the pipe holds `size` bytes (unsigned) rounded up to a power of two pages,
 * one at the least, from now on (a writer waiting for room is woken); returns that capacity.
 * Linux's errors in its order: above 2 GiB -EINVAL; a growth past PIPE_MAX_SIZE -EPERM (vmlab
 * grants no CAP_SYS_RESOURCE, which would let a pipe take the host's memory); fewer pages than
 * its data fill -EBUSY (Linux counts its buffers, here the pages the bytes in it need).
 */
export function pipeSetSize(k: Pick<KernelServices, 'wakeup'>, pipe: Pipe, size: number): number {
  const asked = size >>> 0;
  if (asked > 2 ** 31) return -EINVAL;
  let capacity = PAGE;
  while (capacity < asked) capacity *= 2;
  if (capacity > pipe.capacity && capacity > PIPE_MAX_SIZE) return -EPERM;
  if (capacity / PAGE < Math.ceil(pipe.length / PAGE)) return -EBUSY;
  pipe.resize(capacity);
  k.wakeup(pipe);
  return capacity;
}
