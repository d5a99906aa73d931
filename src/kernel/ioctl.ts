/**
 * ioctl (29): the requests a C library makes of any descriptor, on Linux's generic numbers.
 * - On a terminal (a standard stream that is one on the host, openfile.ts StdioStream): TCGETS
 *   (isatty's question) gives a fresh pseudo-terminal's settings, TIOCGWINSZ the stream's window.
 *   vmlab passes the guest's input and output through with no line discipline of its own, so no
 *   request changes the settings: the others are -ENOTTY.
 * - FIONREAD: the bytes a read could take now: a pipe's buffered bytes; a file's from its offset
 *   to its end, as Linux counts it (negative past the end); a standard stream's 0 (vmlab reads
 *   the host's stream no further ahead than the guest does).
 * - FIONBIO sets or clears O_NONBLOCK (as F_SETFL: a standard stream keeps no flags), FIOCLEX and
 *   FIONCLEX the descriptor's close-on-exec flag.
 * Any other request, or a terminal's on what is not one, is -ENOTTY, as Linux answers a request
 * the file does not know. Checked first: the descriptor (-EBADF); then the argument (-EFAULT).
 */
import type { KernelServices } from './services.js';
import type { Process } from './proc.js';
import { EBADF, EFAULT, ENOTTY } from './errno.js';
import { ioFileOf } from './fdtable.js';
import type { OpenFile } from './openfile.js';

export const SYS_IOCTL = 29;

export const TCGETS = 0x5401, TIOCGWINSZ = 0x5413, FIONREAD = 0x541b, FIONBIO = 0x5421, FIONCLEX = 0x5450, FIOCLEX = 0x5451;

/**
 * A fresh pseudo-terminal's settings (Linux's tty_std_termios as the pts driver starts them, what
 * `stty -g` shows of one) as `struct termios` (asm-generic: four flag words, the line discipline and
 * 19 control characters; 36 bytes): ICRNL IXON; OPOST ONLCR; B38400 CS8 CREAD; ISIG ICANON ECHO
 * ECHOE ECHOK ECHOCTL ECHOKE IEXTEN; ^C ^\ DEL ^U ^D, VMIN 1, ^Q ^S ^Z, ^R ^O ^W ^V.
 */
function freshTermios(): Uint8Array {
  const bytes = new Uint8Array(36);
  const v = new DataView(bytes.buffer);
  v.setUint32(0, 0x500, true);
  v.setUint32(4, 0x5, true);
  v.setUint32(8, 0xbf, true);
  v.setUint32(12, 0x8a3b, true);
  bytes.set([0x03, 0x1c, 0x7f, 0x15, 0x04, 0, 1, 0, 0x11, 0x13, 0x1a, 0, 0x12, 0x0f, 0x17, 0x16, 0], 17);
  return bytes;
}

/** The window of `f`, if it is a terminal. */
const windowOf = (f: OpenFile): { rows: number; columns: number } | null => (f.kind === 'stdio' ? f.stream.window : null);

/** Write the 32-bit `value` to `p`'s memory at `va`: 0, or -EFAULT. */
function putInt(k: KernelServices, p: Process, va: number, value: number): number {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setInt32(0, value, true);
  return k.copyout(p, va, bytes) ? 0 : -EFAULT;
}

/** The bytes a read of `f` could take now (FIONREAD). */
function bytesToRead(f: OpenFile): number {
  if (f.kind === 'pipe') return f.pipe.bytes;
  if (f.kind === 'file') return (f.inode.size - f.offset) | 0;
  return 0;
}

/** ioctl(fd, request, arg): see the module comment. */
export function sysIoctl(k: KernelServices, p: Process, fd: number, request: number, arg: number): number {
  const f = ioFileOf(p, fd);
  if (!f) return -EBADF;
  switch (request) {
    case FIOCLEX:
      p.cloexec.add(fd);
      return 0;
    case FIONCLEX:
      p.cloexec.delete(fd);
      return 0;
    case FIONBIO: {
      const on = k.copyinPrefix(p, arg, 4);
      if (on.length < 4) return -EFAULT;
      if (f.kind !== 'stdio') f.nonblock = new DataView(on.buffer, on.byteOffset).getInt32(0, true) !== 0;
      return 0;
    }
    case FIONREAD:
      if (f.kind === 'file' && f.inode.isDir) return -ENOTTY;
      return putInt(k, p, arg, bytesToRead(f));
    case TCGETS:
      if (!windowOf(f)) return -ENOTTY;
      return k.copyout(p, arg, freshTermios()) ? 0 : -EFAULT;
    case TIOCGWINSZ: {
      const window = windowOf(f);
      if (!window) return -ENOTTY;
      // struct winsize: rows, columns, then the size in pixels (unknown: 0)
      const size = new Uint8Array(8);
      new DataView(size.buffer).setUint16(0, window.rows, true);
      new DataView(size.buffer).setUint16(2, window.columns, true);
      return k.copyout(p, arg, size) ? 0 : -EFAULT;
    }
    default:
      return -ENOTTY;
  }
}
