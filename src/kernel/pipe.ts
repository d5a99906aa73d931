/**
 * Pipes (pipe2 59): a 64 KiB buffer in the kernel with a read end and a write end, as Linux
 * has them. A read of an empty pipe blocks until there is data (or returns 0, end of file, when
 * no write descriptor is left); a write blocks while the buffer is full, and writes of up to
 * PIPE_BUF bytes are atomic. Writing with no read descriptor left raises SIGPIPE (the writer
 * ends) and returns -EPIPE. O_NONBLOCK turns every block into -EAGAIN.
 */
import type { KernelServices } from './services.js';
import type { Process } from './proc.js';
import { EAGAIN, EFAULT, EINVAL, EMFILE, EPIPE } from './errno.js';
import { SIGPIPE } from './signals.js';
import { O_CLOEXEC, O_NONBLOCK, type PipeEnd } from './openfile.js';
import { closeFiles, installFile } from './fdtable.js';
import { PIPE_BUF, PIPE_SIZE, Pipe } from './pipebuf.js';

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
    const room = PIPE_SIZE - pipe.length;
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
