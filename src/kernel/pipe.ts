/**
 * Pipes (pipe2 59): 16 page buffers in the kernel (pipebuf.ts; F_SETPIPE_SZ changes how many)
 * with a read end and a write end, as Linux has them. A read of an empty pipe blocks until there
 * is data (or returns 0, end of file, when no write descriptor is left); a write blocks while
 * every buffer is in use, and writes of up to PIPE_BUF bytes are atomic. Writing with no read
 * descriptor left raises SIGPIPE (the writer ends) and returns -EPIPE. O_NONBLOCK turns every
 * block into -EAGAIN; O_DIRECT makes a packet-mode pipe.
 */
import type { KernelServices } from './services.js';
import type { Process } from './proc.js';
import { EAGAIN, EBUSY, EFAULT, EINVAL, EMFILE, ENOPKG, EPERM, EPIPE } from './errno.js';
import { SIGPIPE, sendSignal } from './signals.js';
import { SI_USER } from './sigaction.js';
import { O_CLOEXEC, O_DIRECT, O_NONBLOCK, type PipeEnd } from './openfile.js';
import { closeFile, installFile } from './fdtable.js';
import { PIPE_PAGE, Pipe } from './pipebuf.js';
import type { UserBuffer } from './uio.js';

/** What this module uses of the kernel. */
type Kernel = Pick<KernelServices, 'block' | 'copyinPrefix' | 'copyout' | 'copyoutPrefix' | 'kill' | 'wakeup'>;

/** pipe2's O_NOTIFICATION_PIPE (O_EXCL's bit): a pipe for kernel notifications. */
const O_NOTIFICATION_PIPE = 0o200;

/**
 * pipe2(fds, flags): a new pipe; its read and write descriptors are stored at `fdsVa`. Another
 * flag than O_CLOEXEC, O_NONBLOCK, O_DIRECT and O_NOTIFICATION_PIPE is -EINVAL; a notification
 * pipe -ENOPKG, as from a Linux built without watch queues.
 */
export function sysPipe2(k: Kernel & Pick<KernelServices, 'detachedInodes'>, p: Process, fdsVa: number, flags: number): number {
  if (flags & ~(O_CLOEXEC | O_NONBLOCK | O_DIRECT | O_NOTIFICATION_PIPE)) return -EINVAL;
  if (flags & O_NOTIFICATION_PIPE) return -ENOPKG;
  const pipe = new Pipe(k.detachedInodes.pipeIno());
  const nonblock = (flags & O_NONBLOCK) !== 0;
  const cloexec = (flags & O_CLOEXEC) !== 0;
  const readFd = installFile(p, { kind: 'pipe', pipe, end: 'read', nonblock, packet: false, kept: 0 }, cloexec);
  if (readFd < 0) return -EMFILE;
  // O_DIRECT: packet mode, as Linux, on the write end (each write's pages are messages).
  const writeFd = installFile(p, { kind: 'pipe', pipe, end: 'write', nonblock, packet: (flags & O_DIRECT) !== 0, kept: 0 }, cloexec);
  if (writeFd < 0) {
    closeFile(k, p, readFd);
    return -EMFILE;
  }
  const fds = new Uint8Array(8);
  new DataView(fds.buffer).setInt32(0, readFd, true);
  new DataView(fds.buffer).setInt32(4, writeFd, true);
  if (!k.copyout(p, fdsVa, fds)) {
    closeFile(k, p, readFd);
    closeFile(k, p, writeFd);
    return -EFAULT;
  }
  return 0;
}

/**
 * read() from a pipe's read end, as Linux's pipe_read: buffer by buffer, the oldest first, until
 * `count` bytes or the pipe is empty; a packet-mode buffer is one message (what the read leaves
 * of it is dropped). A buffer that cannot be copied whole (a page of `buf` not writable) ends the
 * read there, unconsumed: the bytes read before it, or -EFAULT. An empty pipe blocks while a
 * writer is left (0, end of file, when none is).
 */
export function pipeRead(k: Kernel, p: Process, f: PipeEnd, into: UserBuffer): number {
  const pipe = f.pipe;
  const count = into.length;
  if (count === 0) return 0;
  let done = 0, left = count, freed = false;
  for (let b = pipe.oldest; b !== undefined; b = pipe.oldest) {
    const chars = Math.min(b.len, left);
    if (into.copyout(done, b.page.subarray(b.offset, b.offset + chars)) < chars) {
      if (done === 0) return -EFAULT;
      break;
    }
    done += chars;
    b.offset += chars;
    b.len -= chars;
    if (b.packet) {
      left = chars;
      b.len = 0;
    }
    if (b.len === 0) {
      pipe.release();
      freed = true;
    }
    left -= chars;
    if (left === 0) break;
  }
  if (freed) k.wakeup(pipe); // a writer waiting for room (an empty buffer's slot counts too)
  if (done > 0) return done;
  if (pipe.writers === 0) return 0;
  return f.nonblock ? -EAGAIN : k.block(p, pipe, 'read from a pipe');
}

/**
 * write() to a pipe's write end, as Linux's pipe_write: the part of `count` that does not fill
 * a page (count mod 4,096) first goes into the last buffer if it fits there (not a packet's;
 * while the call has written nothing: one that blocked before writing tries again when woken,
 * where Linux goes on to new pages); the rest into new whole-page buffers while the pipe has free
 * slots. So a write of up to PIPE_BUF bytes is never split. A page that cannot be copied whole
 * (a page of `buf` not readable) ends the write: the bytes written before it, or -EFAULT. A
 * blocking write returns only when all of it is written; what it has written so far is kept in
 * p.written while it sleeps.
 */
export function pipeWrite(k: Kernel, p: Process, f: PipeEnd, from: UserBuffer): number {
  const pipe = f.pipe;
  const count = from.length;
  if (count === 0) return 0; // before the readers are looked at, as Linux's pipe_write
  if (pipe.readers === 0) {
    // As Linux's pipe_write: SIGPIPE even after a part was written, whose count the call returns.
    sendSignal(k, p, SIGPIPE, { signo: SIGPIPE, code: SI_USER, pid: p.pid }, 'write to a pipe with no reader');
    return p.written > 0 ? p.written : -EPIPE;
  }
  const last = pipe.newest, chars = count % PIPE_PAGE;
  if (p.written === 0 && chars > 0 && last && !last.packet && last.offset + last.len + chars <= PIPE_PAGE) {
    const bytes = from.copyin(0, chars);
    if (bytes.length < chars) return -EFAULT;
    last.page.set(bytes, last.offset + last.len);
    last.len += chars;
    p.written = chars;
    k.wakeup(pipe);
  }
  while (p.written < count) {
    if (pipe.full) {
      if (f.nonblock) return p.written > 0 ? p.written : -EAGAIN;
      return k.block(p, pipe, 'write to a pipe');
    }
    // The buffer stays, empty, if its copy falls short (Linux's does).
    const b = pipe.add(f.packet);
    const want = Math.min(PIPE_PAGE, count - p.written);
    const bytes = from.copyin(p.written, want);
    if (bytes.length < want) return p.written > 0 ? p.written : -EFAULT;
    b.page.set(bytes);
    b.len = want;
    p.written += want;
    k.wakeup(pipe);
  }
  return count;
}

/** The most a pipe may hold: Linux's /proc/sys/fs/pipe-max-size default, for a process without CAP_SYS_RESOURCE. */
export const PIPE_MAX_SIZE = 1 << 20;

/**
 * fcntl F_SETPIPE_SZ: the pipe holds `size` bytes (unsigned) rounded up to a power of two pages,
 * one at the least, from now on (a writer waiting for room is woken); returns that capacity.
 * Linux's errors in its order: above 2 GiB -EINVAL; a growth past PIPE_MAX_SIZE -EPERM (vmlab
 * grants no CAP_SYS_RESOURCE, which would let a pipe take the host's memory); fewer pages than
 * buffers in use -EBUSY.
 */
export function pipeSetSize(k: Pick<KernelServices, 'wakeup'>, pipe: Pipe, size: number): number {
  const asked = size >>> 0;
  if (asked > 2 ** 31) return -EINVAL;
  let capacity = PIPE_PAGE;
  while (capacity < asked) capacity *= 2;
  if (capacity > pipe.capacity && capacity > PIPE_MAX_SIZE) return -EPERM;
  if (capacity / PIPE_PAGE < pipe.occupancy) return -EBUSY;
  pipe.slots = capacity / PIPE_PAGE;
  k.wakeup(pipe);
  return capacity;
}
